"""The atomic Redis lock store: one conversation's messages handled one at a time across replicas.

bot/stores.py's LockStore (named in endpoints.yml) builds it when HUZHOU_LOCK_URL names a Redis server.
"""
from __future__ import annotations

import asyncio
import logging
import time
import uuid
from contextlib import asynccontextmanager
from typing import AsyncGenerator, Optional, Set, Text

from rasa.core.lock_store import LOCK_LIFETIME, LockError
from rasa.core.lock_store import LockStore as RasaLockStore

logger = logging.getLogger("bot.stores")

# --- lock store ----------------------------------------------------------------------------------

# One Lua script per step, so each runs atomically inside Redis. Keys of one conversation:
# <prefix><id>:next (ticket counter), <prefix><id>:queue (sorted set, score = ticket number)
# <prefix><id>:expires (hash, ticket -> expiry in ms) and <prefix><id>:drawn (hash, the drawing
# turn's token -> its ticket, or "x" when the turn gave up first). Every key expires with the
# lock's lifetime, so a replica that crashed holding a ticket blocks its conversation for at
# most that long (rasa issue #8756). The token lets a turn that gave up on a hung Redis take
# back a ticket it may have drawn (CANCEL): a hung Redis runs the held command when it wakes,
# and that ticket would otherwise block the conversation for the lock's lifetime.
_ISSUE = """
if redis.call('HGET', KEYS[4], ARGV[3]) then return -1 end
local n = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], n, n)
redis.call('HSET', KEYS[3], n, tonumber(ARGV[1]) + tonumber(ARGV[2]))
redis.call('HSET', KEYS[4], ARGV[3], n)
for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[2]) end
return n
"""
_CANCEL = """
local n = redis.call('HGET', KEYS[3], ARGV[1])
if n and n ~= 'x' then
  redis.call('ZREM', KEYS[1], n)
  redis.call('HDEL', KEYS[2], n)
else
  redis.call('HSET', KEYS[3], ARGV[1], 'x')
  redis.call('PEXPIRE', KEYS[3], ARGV[2])
end
return 1
"""
_SERVING = """
while true do
  local first = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
  if not first then return -1 end
  local expires = tonumber(redis.call('HGET', KEYS[2], first) or '0')
  if expires > tonumber(ARGV[1]) then return tonumber(first) end
  redis.call('ZREM', KEYS[1], first)
  redis.call('HDEL', KEYS[2], first)
end
"""
_HOLDS = """
local expires = redis.call('HGET', KEYS[2], ARGV[1])
if expires and tonumber(expires) > tonumber(ARGV[2]) then return 1 end
return 0
"""
_RELEASE = """
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
if redis.call('ZCARD', KEYS[2]) == 0 then redis.call('DEL', KEYS[1], KEYS[2], KEYS[3]) end
return 1
"""


class LockStoreUnavailable(LockError):
    """Redis did not answer (down, hung, refused): the turn cannot take its conversation's lock."""


# Seconds one call to Redis may take: a hung Redis costs a turn this long, then the resident gets
# the 12345 apology (bot/faults.py), within 3 s with the rest of the turn.
REDIS_TIMEOUT = 1.0


class AtomicRedisLockStore(RasaLockStore):
    """A ticket lock per conversation in Redis whose every step is one Lua script.

    Rasa's RedisLockStore reads the lock, changes it in Python and writes it back
    (rasa issue #9213): two replicas can draw the same ticket or overwrite each
    other's, and then both process one conversation at once. Here a ticket is an
    INCR, the queue a sorted set, and each read-and-change runs inside Redis.
    Messages of one conversation are served in the order their tickets were drawn.

    ``lock`` (what Rasa calls for each message) talks to Redis with redis.asyncio, so a
    hung Redis never blocks the server's event loop, and each call gives up after
    ``socket_timeout`` seconds with LockStoreUnavailable. A Redis that is down at start
    is logged, not fatal: each turn apologises until it answers again.
    """

    def __init__(self, url: str, key_prefix: str = "huzhou:lock:", lifetime: Optional[float] = None,
                 poll_seconds: float = 0.02, socket_timeout: float = REDIS_TIMEOUT) -> None:
        import redis

        self.url = url
        self.socket_timeout = socket_timeout
        self.red = redis.Redis.from_url(url, socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout)
        self.key_prefix = key_prefix
        self.lifetime = float(lifetime if lifetime is not None else LOCK_LIFETIME)
        self.poll_seconds = poll_seconds
        self._scripts = {name: self.red.register_script(source) for name, source in _SCRIPTS.items()}
        self._async: Optional[tuple] = None  # (event loop, client, scripts)
        self._retries: Set[asyncio.Future] = set()
        kwargs = self.red.connection_pool.connection_kwargs
        where = f"{kwargs.get('host', kwargs.get('path'))}:{kwargs.get('port', '')}/{kwargs.get('db', 0)}"
        try:
            self.red.ping()
        except redis.RedisError as error:
            logger.error("conversation locks: Redis at %s does not answer (%s); every message gets the 12345 "
                         "apology until it does", where, type(error).__name__)
        logger.info("conversation locks in Redis at %s (atomic ticket lock, lifetime %.0fs)", where, self.lifetime)
        super().__init__()

    def _keys(self, conversation_id: Text):
        base = self.key_prefix + conversation_id
        return base + ":next", base + ":queue", base + ":expires", base + ":drawn"

    @staticmethod
    def _now_ms() -> int:
        return int(time.time() * 1000)

    # Synchronous steps (tests, tools); the server's turns use the asynchronous ones below.
    def issue(self, conversation_id: Text, lifetime: Optional[float] = None, token: Optional[str] = None) -> int:
        return int(self._scripts["issue"](keys=list(self._keys(conversation_id)),
                                          args=[self._now_ms(), self._lifetime_ms(lifetime), token or _token()]))

    def now_serving(self, conversation_id: Text) -> int:
        _, queue, expires, _ = self._keys(conversation_id)
        return int(self._scripts["serving"](keys=[queue, expires], args=[self._now_ms()]))

    def release(self, conversation_id: Text, ticket: int) -> None:
        self._scripts["release"](keys=list(self._keys(conversation_id))[:3], args=[ticket])

    def _lifetime_ms(self, lifetime: Optional[float]) -> int:
        return int((lifetime if lifetime is not None else self.lifetime) * 1000)

    async def _run(self, name: str, keys, args) -> int:
        """One script on this event loop's asynchronous client; LockStoreUnavailable when Redis fails."""
        import redis
        import redis.asyncio

        loop = asyncio.get_running_loop()
        if self._async is None or self._async[0] is not loop:
            client = redis.asyncio.Redis.from_url(self.url, socket_timeout=self.socket_timeout,
                                                  socket_connect_timeout=self.socket_timeout)
            self._async = (loop, client, {n: client.register_script(src) for n, src in _SCRIPTS.items()})
        try:
            return int(await asyncio.wait_for(self._async[2][name](keys=keys, args=args), self.socket_timeout * 2))
        except (redis.RedisError, OSError, asyncio.TimeoutError) as error:
            raise LockStoreUnavailable(f"Redis did not answer ({type(error).__name__})") from None

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: Optional[float] = None,
                   wait_time_in_seconds: Optional[float] = None) -> AsyncGenerator[int, None]:
        """Holds the conversation's lock: waits for this ticket's turn, releases it however the block ends."""
        next_key, queue, expires, drawn = self._keys(conversation_id)
        token, lifetime_ms = _token(), self._lifetime_ms(lock_lifetime)
        try:
            ticket = await self._run("issue", [next_key, queue, expires, drawn], [self._now_ms(), lifetime_ms, token])
        except LockStoreUnavailable:  # Redis may yet draw it: take it back once Redis answers
            self._later("cancel", [queue, expires, drawn], [token, lifetime_ms], lifetime_ms)
            raise
        try:
            await self._wait_for_turn(conversation_id, ticket, wait_time_in_seconds or self.poll_seconds)
            yield ticket
        finally:
            try:
                await self._run("release", [next_key, queue, expires], [ticket])
            except LockStoreUnavailable as error:
                logger.warning("conversation lock not released: %s; trying again", error)
                self._later("release", [next_key, queue, expires], [ticket], lifetime_ms)

    def _later(self, name: str, keys, args, lifetime_ms: int) -> None:
        """Runs a script in the background, once a second until Redis answers (at most the lock's lifetime)."""
        async def retry() -> None:
            deadline = time.monotonic() + lifetime_ms / 1000
            while time.monotonic() < deadline:
                try:
                    await self._run(name, keys, args)
                    return
                except LockStoreUnavailable:
                    await asyncio.sleep(1.0)

        task = asyncio.ensure_future(retry())
        self._retries.add(task)
        task.add_done_callback(self._retries.discard)

    async def _wait_for_turn(self, conversation_id: Text, ticket: int, poll: float) -> None:
        _, queue, expires, _ = self._keys(conversation_id)
        while True:
            serving = await self._run("serving", [queue, expires], [self._now_ms()])
            if serving == ticket:
                return
            if not await self._run("holds", [queue, expires], [ticket, self._now_ms()]):
                raise LockError(f"the lock of a conversation expired before its turn came (lifetime {self.lifetime:.0f}s)")
            await asyncio.sleep(poll)


_SCRIPTS = {"issue": _ISSUE, "serving": _SERVING, "holds": _HOLDS, "release": _RELEASE, "cancel": _CANCEL}


def _token() -> str:
    return uuid.uuid4().hex
