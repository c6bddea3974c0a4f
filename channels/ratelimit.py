"""A per-sender rate limit shared by every channel (REST and the widget on it, WeChat).

``HUZHOU_RATE_LIMIT`` = "30/60" (default): at most 30 messages from one sender in any
60 seconds (a sliding window per sender; refused messages do not count). A resident who types fast
never reaches it; a script hammering one conversation does, and each message past the
limit is refused before it reaches the conversation, with a clear answer saying how long
to wait (REST: HTTP 429 with Retry-After; WeChat: the same sentence as the reply). "0"
turns the limit off.

The counts live in Redis when HUZHOU_LOCK_URL names one (the replicas of a cluster share
them: a sender cannot get N times the limit by being spread over N replicas), else in
this process's memory. When Redis cannot be reached the message is let through and the
failure logged: a broken limiter must not silence the assistant.
"""
from __future__ import annotations

import logging
import math
import os
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Deque, Dict, Mapping, Optional, Tuple

logger = logging.getLogger(__name__)

DEFAULT = "30/60"


def parse_limit(value: str) -> Optional[Tuple[int, float]]:
    """"30/60" -> (30 messages, 60 seconds); "0" -> None (no limit)."""
    value = (value or DEFAULT).strip()
    if value == "0":
        return None
    try:
        count, seconds = value.split("/")
        limit = (int(count), float(seconds))
    except ValueError:
        raise ValueError(f"HUZHOU_RATE_LIMIT: {value!r} is not messages/seconds like 30/60 (0: no limit)") from None
    if limit[0] < 1 or limit[1] <= 0:
        raise ValueError(f"HUZHOU_RATE_LIMIT: {value!r} needs at least 1 message in more than 0 seconds")
    return limit


def refusal(wait_seconds: int) -> str:
    """What the resident is told (the web widget adds the 12345 hotline to any refusal it shows)."""
    return f"您发送消息太频繁了，请{wait_seconds}秒后再发。"


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0  # seconds until the sender's window ends

    @property
    def message(self) -> str:
        return refusal(self.retry_after)


# One sender's sliding window in Redis, atomically: drop timestamps older than the window,
# refuse when it is full (saying when the oldest leaves it), else record this message.
_SLIDE = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  return tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return -1
"""


REDIS_PAUSE = 10.0  # seconds the counts stay in memory after Redis failed, before it is tried again


class RateLimit:
    """At most ``count`` messages per sender in any ``seconds`` (a sliding window); refused ones don't count."""

    def __init__(self, count: int, seconds: float, redis_url: str = "", prefix: str = "huzhou:rate:"):
        self.count, self.seconds, self.prefix = count, seconds, prefix
        self._sent: Dict[str, Deque[float]] = {}
        self._lock = threading.Lock()
        self.redis = None
        self._redis_paused_until = 0.0
        if redis_url:
            import redis

            self.redis = redis.Redis.from_url(redis_url, socket_timeout=1.0, socket_connect_timeout=1.0)
            self._slide = self.redis.register_script(_SLIDE)

    def check(self, channel: str, sender: str, now: Optional[float] = None) -> Verdict:
        now = time.time() if now is None else now
        key = f"{channel}:{sender}"
        oldest = self._check_redis(key, now) if self.redis is not None else None
        if oldest is None:
            oldest = self._check_memory(key, now)
        if oldest < 0:
            return Verdict(True)
        logger.info("%s: a sender went over the rate limit (%d messages in %.0fs)", channel, self.count, self.seconds)
        return Verdict(False, max(1, math.ceil(oldest + self.seconds - now)))

    def _check_memory(self, key: str, now: float) -> float:
        with self._lock:
            sent = self._sent.setdefault(key, deque())
            while sent and sent[0] <= now - self.seconds:
                sent.popleft()
            if len(sent) >= self.count:
                return sent[0]
            sent.append(now)
            if len(self._sent) > 100_000:  # senders gone quiet are forgotten
                self._sent = {k: v for k, v in self._sent.items() if v and v[-1] > now - self.seconds}
            return -1.0

    def _check_redis(self, key: str, now: float) -> Optional[float]:
        """-1 allowed, else the oldest timestamp (s) in the full window; None if Redis failed (or failed
        less than REDIS_PAUSE seconds ago: a hung Redis delays one message in REDIS_PAUSE seconds by its 1 s
        timeout, not every message)."""
        if time.monotonic() < self._redis_paused_until:
            return None
        now_ms, window_ms = int(now * 1000), int(self.seconds * 1000)
        try:
            oldest = self._slide(keys=[self.prefix + key],
                                 args=[now_ms, window_ms, self.count, f"{now_ms}-{uuid.uuid4().hex[:8]}"])
        except Exception as error:  # noqa: BLE001 - counted in memory instead, said in the log
            logger.warning("rate limit: Redis unreachable (%s); counting in memory for %.0fs",
                           type(error).__name__, REDIS_PAUSE)
            self._redis_paused_until = time.monotonic() + REDIS_PAUSE
            return None
        return -1.0 if int(oldest) < 0 else int(oldest) / 1000


_shared: Dict[str, Optional[RateLimit]] = {}


def shared(env: Optional[Mapping[str, str]] = None) -> Optional[RateLimit]:
    """The process's rate limit from the environment (None: off)."""
    env = os.environ if env is None else env
    key = f"{env.get('HUZHOU_RATE_LIMIT', '')}|{env.get('HUZHOU_LOCK_URL', '')}"
    if key not in _shared:
        limit = parse_limit(env.get("HUZHOU_RATE_LIMIT") or DEFAULT)
        _shared[key] = RateLimit(*limit, redis_url=env.get("HUZHOU_LOCK_URL") or "") if limit else None
    return _shared[key]
