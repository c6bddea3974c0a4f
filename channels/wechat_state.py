"""Short-lived state of the WeChat channel, shared between replicas when Redis is configured.

What lives here, each with an expiry: the de-duplication record of every
message WeChat delivered (so a retry that reaches another replica is still
one turn), the numbered choices and the 详情 pages of a resident's last
reply, an answer kept for an account without the customer-service API, and
the API's access token. Without Redis the same lives in this process's
memory, which is right for a single Rasa server.

Values that hold what the assistant told a resident are encrypted in Redis
(Fernet, keyed from the channel's secrets): they may carry personal facts
the resident gave, and a store gets no personal data in the clear.
"""
from __future__ import annotations

import base64
import json
import logging
import threading
import time
from contextlib import contextmanager
from typing import Any, Dict, Iterator, Optional, Tuple

logger = logging.getLogger(__name__)


class MemoryState:
    """State in this process (one Rasa server)."""

    def __init__(self) -> None:
        self._data: Dict[str, Tuple[float, Any]] = {}
        self._guard = threading.Lock()  # the token is fetched from a worker thread
        self._locks: Dict[str, threading.Lock] = {}

    def _live(self, key: str) -> Optional[Any]:
        item = self._data.get(key)
        if item is None:
            return None
        expires, value = item
        if expires < time.monotonic():
            del self._data[key]
            return None
        return value

    def get(self, key: str) -> Optional[Any]:
        with self._guard:
            return self._live(key)

    def set(self, key: str, value: Any, ttl: float) -> None:
        with self._guard:
            self._data[key] = (time.monotonic() + ttl, value)

    def claim(self, key: str, value: Any, ttl: float) -> bool:
        """Sets the key only if it is not set; True when this call set it."""
        with self._guard:
            if self._live(key) is not None:
                return False
            self._data[key] = (time.monotonic() + ttl, value)
            return True

    def pop(self, key: str) -> Optional[Any]:
        with self._guard:
            value = self._live(key)
            self._data.pop(key, None)
            return value

    def delete_if(self, key: str, expected: Any) -> bool:
        with self._guard:
            if self._live(key) == expected:
                del self._data[key]
                return True
            return False

    @contextmanager
    def lock(self, name: str, ttl: float = 10.0) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:
            yield


class RedisState:
    """State in Redis, shared by every replica; keys under `prefix`."""

    # Deleting a key only while it still holds the value this replica saw
    # (the access token that failed), atomically.
    _DELETE_IF = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"

    def __init__(self, url: str, prefix: str, secret: str) -> None:
        import redis
        from cryptography.fernet import Fernet
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        self.redis = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
        self.prefix = prefix
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"huzhou-wechat-state").derive(
            secret.encode("utf-8")
        )
        self.fernet = Fernet(base64.urlsafe_b64encode(key))

    def _key(self, key: str) -> str:
        return f"{self.prefix}:{key}"

    def _dump(self, value: Any) -> bytes:
        return self.fernet.encrypt(json.dumps(value, ensure_ascii=False).encode("utf-8"))

    def _load(self, raw: Optional[bytes]) -> Optional[Any]:
        if raw is None:
            return None
        return json.loads(self.fernet.decrypt(raw).decode("utf-8"))

    def get(self, key: str) -> Optional[Any]:
        return self._load(self.redis.get(self._key(key)))

    def set(self, key: str, value: Any, ttl: float) -> None:
        self.redis.set(self._key(key), self._dump(value), px=max(1, int(ttl * 1000)))

    def claim(self, key: str, value: Any, ttl: float) -> bool:
        return bool(self.redis.set(self._key(key), self._dump(value), px=max(1, int(ttl * 1000)), nx=True))

    def pop(self, key: str) -> Optional[Any]:
        pipe = self.redis.pipeline()
        pipe.get(self._key(key))
        pipe.delete(self._key(key))
        raw, _ = pipe.execute()
        return self._load(raw)

    def delete_if(self, key: str, expected: Any) -> bool:
        # Fernet tokens differ at every encryption: compare decrypted values.
        raw = self.redis.get(self._key(key))
        if raw is None or self._load(raw) != expected:
            return False
        return bool(self.redis.eval(self._DELETE_IF, 1, self._key(key), raw))

    @contextmanager
    def lock(self, name: str, ttl: float = 10.0) -> Iterator[None]:
        with self.redis.lock(self._key(f"lock:{name}"), timeout=ttl, blocking_timeout=ttl):
            yield


def open_state(redis_url: Optional[str], prefix: str, secret: str):
    """Redis when a URL is configured, memory otherwise."""
    if redis_url:
        state = RedisState(redis_url, prefix, secret)
        logger.info("wechat: state shared in Redis (%s)", prefix)
        return state
    return MemoryState()
