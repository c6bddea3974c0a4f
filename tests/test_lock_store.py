"""The atomic lock store against the real Redis at 127.0.0.1:6379 (database 15)."""
import asyncio
import time
import uuid

import pytest

from bot.lock_race import race
from bot.stores import AtomicRedisLockStore, LockStore
from rasa.core.lock_store import InMemoryLockStore
from rasa.utils.endpoints import EndpointConfig
from tests.conftest import run_coroutine
from tests.servers import require

REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture
def store():
    import redis

    require("redis")
    try:
        redis.Redis.from_url(REDIS).ping()
    except Exception as e:  # the machine promises a server; say plainly if it is not there
        pytest.fail(f"Redis at {REDIS} is not reachable: {e}")
    prefix = f"huzhou-test-{uuid.uuid4().hex[:8]}:"
    yield AtomicRedisLockStore(REDIS, key_prefix=prefix, poll_seconds=0.01)
    red = redis.Redis.from_url(REDIS)
    for key in red.scan_iter(prefix + "*"):
        red.delete(key)


def test_two_replicas_never_hold_one_conversation_at_once():
    """2 processes x 10 concurrent tasks x 10 rounds: every read-modify-write kept, never two holders."""
    result = race("atomic", REDIS, replicas=2, tasks=10, rounds=10, time_limit=120)
    assert not result["timed_out"]
    assert (result["counted"], result["overlaps"], result["errors"]) == (200, 0, 0), result


def test_turns_are_served_in_ticket_order(store):
    served = []

    async def turn(i):
        async with store.lock("c"):
            served.append(i)
            await asyncio.sleep(0.01)

    async def main():
        tasks = []
        for i in range(5):
            tasks.append(asyncio.create_task(turn(i)))
            await asyncio.sleep(0.005)  # tickets drawn in this order
        await asyncio.gather(*tasks)

    run_coroutine(main())
    assert served == [0, 1, 2, 3, 4]
    assert store.now_serving("c") == -1  # all released: nothing left in Redis


def test_a_crashed_holder_blocks_the_conversation_only_for_the_lock_lifetime(store):
    store.issue("c", lifetime=1.0)  # a replica took the lock and died without releasing it

    async def next_turn():
        started = time.monotonic()
        async with store.lock("c", lock_lifetime=5.0):
            return time.monotonic() - started

    waited = run_coroutine(next_turn())
    assert 0.5 < waited < 3.0


def test_endpoints_choose_the_lock_store():
    assert isinstance(LockStore(endpoint_config=EndpointConfig(url="")), InMemoryLockStore)
    assert isinstance(LockStore(endpoint_config=EndpointConfig(url=REDIS)), AtomicRedisLockStore)
    with pytest.raises(ValueError, match="HUZHOU_LOCK_URL"):
        LockStore(endpoint_config=EndpointConfig(url="127.0.0.1:6379"))


def test_a_ticket_given_up_on_a_hung_redis_is_taken_back_whichever_arrives_first(store):
    """A turn that gave up waiting for a hung Redis cancels its token; the ISSUE Redis runs when it
    wakes (before or after the cancel) leaves no ticket that would block the conversation."""
    next_key, queue, expires, drawn = store._keys("c")
    store._scripts["cancel"](keys=[queue, expires, drawn], args=["late", 60_000])  # cancel first …
    assert store.issue("c", token="late") == -1  # … then the held ISSUE: refused
    ticket = store.issue("c", token="early")  # drawn first …
    assert store.now_serving("c") == ticket
    store._scripts["cancel"](keys=[queue, expires, drawn], args=["early", 60_000])  # … then cancelled
    assert store.now_serving("c") == -1
