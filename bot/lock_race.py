"""Two "replicas" (processes) race for one conversation's lock in a real Redis.

    python -m bot.lock_race [--redis redis://127.0.0.1:6379/15] [--tasks 10] [--rounds 10]

Each replica runs ``tasks`` concurrent asyncio tasks; each task takes the lock
``rounds`` times and, holding it, does a read-modify-write of a counter in
Redis with an await in the middle (as a turn awaits the action server), while
a second counter records how many holders are inside at once. A correct lock
ends with counter == replicas * tasks * rounds and never two holders inside.
Runs the same race on Rasa's RedisLockStore and on bot.stores.AtomicRedisLockStore
and prints both.
"""
from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import time
import uuid
from typing import Any, Dict

STORES = ("rasa", "atomic")
LIFETIME = 5.0  # seconds a ticket lives: a lost ticket stalls its conversation this long, not forever


def _store(kind: str, url: str, prefix: str):
    if kind == "atomic":
        from bot.stores import AtomicRedisLockStore

        return AtomicRedisLockStore(url, key_prefix=prefix + ":lock:", poll_seconds=0.01)
    from urllib.parse import urlparse

    from rasa.core.lock_store import RedisLockStore

    parsed = urlparse(url)
    return RedisLockStore(host=parsed.hostname or "127.0.0.1", port=parsed.port or 6379,
                          db=int((parsed.path or "/0").lstrip("/") or 0), key_prefix=prefix.replace("-", ""))


def _replica(kind: str, url: str, prefix: str, tasks: int, rounds: int, errors: Any, start: Any) -> None:
    import redis

    store = _store(kind, url, prefix)
    red = redis.Redis.from_url(url)
    start.wait()  # every replica ready: they race from the same moment
    counter, inside, overlaps = prefix + ":counter", prefix + ":inside", prefix + ":overlaps"

    async def worker() -> None:
        for _ in range(rounds):
            try:
                async with store.lock("conversation", lock_lifetime=LIFETIME, wait_time_in_seconds=0.01):
                    if red.incr(inside) > 1:
                        red.incr(overlaps)
                    value = int(red.get(counter) or 0)
                    await asyncio.sleep(0.001)  # the turn awaits something: others may run now
                    red.set(counter, value + 1)
                    red.decr(inside)
            except Exception:  # a lock that failed: counted, the race goes on
                with errors.get_lock():
                    errors.value += 1

    async def main() -> None:
        await asyncio.gather(*(worker() for _ in range(tasks)))

    asyncio.run(main())


def race(kind: str, url: str, replicas: int = 2, tasks: int = 10, rounds: int = 10,
         time_limit: float = 120.0) -> Dict[str, Any]:
    """Runs the race; returns the expected and counted increments, overlaps, errors and seconds."""
    import redis

    prefix = f"huzhou-lockrace-{uuid.uuid4().hex[:8]}"
    context = multiprocessing.get_context("spawn")
    errors = context.Value("i", 0)
    start = context.Barrier(replicas + 1)
    processes = [context.Process(target=_replica, args=(kind, url, prefix, tasks, rounds, errors, start))
                 for _ in range(replicas)]
    for p in processes:
        p.start()
    start.wait(timeout=300)
    started = time.monotonic()
    deadline, timed_out = started + time_limit, False
    for p in processes:
        p.join(timeout=max(1.0, deadline - time.monotonic()))
        if p.is_alive():  # a replica stuck behind lost tickets: stopped, its missing updates count as lost
            p.kill()
            timed_out = True
    seconds = time.monotonic() - started
    red = redis.Redis.from_url(url)
    try:
        counted = int(red.get(prefix + ":counter") or 0)
        overlaps = int(red.get(prefix + ":overlaps") or 0)
    finally:
        for key in red.scan_iter(prefix + "*"):
            red.delete(key)
        for key in red.scan_iter(prefix.replace("-", "") + "*"):
            red.delete(key)
    return {"store": kind, "expected": replicas * tasks * rounds, "counted": counted,
            "lost": replicas * tasks * rounds - counted, "overlaps": overlaps, "errors": errors.value,
            "seconds": round(seconds, 1), "timed_out": timed_out}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15")
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--tasks", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--stores", default="atomic,rasa", help="which lock stores race, in order")
    args = parser.parse_args()
    print("| lock store | expected | counted | lost updates | overlapping holders | lock errors | seconds |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for kind in args.stores.split(","):
        r = race(kind, args.redis, args.replicas, args.tasks, args.rounds)
        name = "Rasa RedisLockStore" if kind == "rasa" else "AtomicRedisLockStore"
        print(f"| {name} | {r['expected']} | {r['counted']} | {r['lost']} | {r['overlaps']} | {r['errors']} | "
              f"{r['seconds']}{' (stopped at the time limit)' if r['timed_out'] else ''} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
