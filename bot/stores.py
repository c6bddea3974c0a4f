"""Where the Rasa server keeps conversations: Rasa's own stores, configured from the environment.

endpoints.yml names the classes below; each reads one URL (bot/settings.py
passes them to the Rasa server, with defaults for the embedded setup):

- ``TrackerStore`` (``HUZHOU_TRACKER_URL``): Rasa's SQLTrackerStore on any
  SQLAlchemy URL: SQLite under build/ by default, so `make run` keeps every
  conversation across a restart with nothing else running; PostgreSQL in
  production (``postgresql://user@host:5432/huzhou``). ID, phone and bank-card
  numbers are masked in every event before it is written (bot.privacy.mask_event):
  the conversation in memory keeps them for the one turn that needs them.
- ``LockStore`` (``HUZHOU_LOCK_URL``): Rasa's in-memory lock store by default (one
  Rasa process); with a Redis URL, AtomicRedisLockStore, a ticket lock whose every
  step is a Lua script, for several replicas.
- ``EventBroker`` (``HUZHOU_BROKER_URL``): none by default; with an AMQP URL, Rasa's
  pika broker (RabbitMQ), every event masked before it is published.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncGenerator, Dict, Optional, Text
from urllib.parse import unquote, urlparse

from rasa.core.brokers.pika import PikaEventBroker
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError
from rasa.core.lock_store import LockStore as RasaLockStore
from rasa.core.tracker_store import SQLTrackerStore
from rasa.utils.endpoints import EndpointConfig
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy import mask_event

logger = logging.getLogger(__name__)


def sqlite_path(url: str) -> Optional[Path]:
    """The file of a sqlite:/// URL (None for other databases or an in-memory SQLite)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


class TrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store on the URL endpoints.yml gives (``url: ${HUZHOU_TRACKER_URL}``)."""

    def __init__(self, domain=None, host: Optional[Text] = None, event_broker=None,
                 url: Optional[Text] = None, **kwargs: Any) -> None:
        url = host or url
        if not url or "://" not in url:
            raise ValueError(
                "the tracker store needs a database URL (HUZHOU_TRACKER_URL), e.g. "
                "sqlite:///build/tracker.sqlite3 or postgresql://huzhou@127.0.0.1:5432/huzhou"
            )
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(domain=domain, host=url, event_broker=event_broker, **kwargs)
        if path is not None:
            _write_ahead_log(self.engine)

    def serialise_event(self, data: Dict[str, Any]) -> Dict[str, Any]:
        """The event as stored: ID, phone and bank-card numbers masked (bot/privacy.py)."""
        return mask_event(data)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's SQLTrackerStore.save, each event passing serialise_event first."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                session.add(self.event_row(tracker.sender_id, event))
            session.commit()
        logger.debug("conversation %s stored", tracker.sender_id)

    def event_row(self, sender_id: Text, event: Any) -> Any:
        """The row one event of a conversation is stored as (masked); `python -m bot simulate` writes these too."""
        data = self.serialise_event(event.as_dict())
        return self.SQLEvent(
            sender_id=sender_id,
            type_name=event.type_name,
            timestamp=data.get("timestamp"),
            intent_name=(data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY),
            action_name=data.get("name"),
            data=json.dumps(data),
        )


def _write_ahead_log(engine) -> None:
    """SQLite in WAL mode, synced at checkpoints: profiled under load, waiting for the disk at each
    turn's commit (journal mode DELETE, synchronous FULL) was a fifth of the Rasa server's busy time,
    with the event loop blocked. A killed server loses nothing committed; a power cut can lose the
    last turns (PostgreSQL for production, see README "Production")."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _pragmas(connection, _record) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    engine.dispose()  # connections opened before the listener get the pragmas too


# --- lock store ----------------------------------------------------------------------------------

# One Lua script per step, so each runs atomically inside Redis. Keys of one conversation:
# <prefix><id>:next (ticket counter), <prefix><id>:queue (sorted set, score = ticket number)
# and <prefix><id>:expires (hash, ticket -> expiry in ms). Every key expires with the lock's
# lifetime, so a replica that crashed holding a ticket blocks its conversation for at most
# that long (rasa issue #8756).
_ISSUE = """
local n = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], n, n)
redis.call('HSET', KEYS[3], n, tonumber(ARGV[1]) + tonumber(ARGV[2]))
for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[2]) end
return n
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


class AtomicRedisLockStore(RasaLockStore):
    """A ticket lock per conversation in Redis whose every step is one Lua script.

    Rasa's RedisLockStore reads the lock, changes it in Python and writes it back
    (rasa issue #9213): two replicas can draw the same ticket or overwrite each
    other's, and then both process one conversation at once. Here a ticket is an
    INCR, the queue a sorted set, and each read-and-change runs inside Redis.
    Messages of one conversation are served in the order their tickets were drawn.
    """

    def __init__(self, url: str, key_prefix: str = "huzhou:lock:", lifetime: Optional[float] = None,
                 poll_seconds: float = 0.02, socket_timeout: float = 10.0) -> None:
        import redis

        self.red = redis.Redis.from_url(url, socket_timeout=socket_timeout)
        self.key_prefix = key_prefix
        self.lifetime = float(lifetime if lifetime is not None else LOCK_LIFETIME)
        self.poll_seconds = poll_seconds
        self._issue = self.red.register_script(_ISSUE)
        self._serving = self.red.register_script(_SERVING)
        self._holds = self.red.register_script(_HOLDS)
        self._release = self.red.register_script(_RELEASE)
        self.red.ping()  # an unreachable Redis stops the start, with its address
        kwargs = self.red.connection_pool.connection_kwargs
        logger.info("conversation locks in Redis at %s:%s/%s (atomic ticket lock, lifetime %.0fs)",
                    kwargs.get("host", kwargs.get("path")), kwargs.get("port", ""), kwargs.get("db", 0), self.lifetime)
        super().__init__()

    def _keys(self, conversation_id: Text):
        base = self.key_prefix + conversation_id
        return base + ":next", base + ":queue", base + ":expires"

    @staticmethod
    def _now_ms() -> int:
        return int(time.time() * 1000)

    def issue(self, conversation_id: Text, lifetime: Optional[float] = None) -> int:
        next_key, queue, expires = self._keys(conversation_id)
        lifetime_ms = int((lifetime if lifetime is not None else self.lifetime) * 1000)
        return int(self._issue(keys=[next_key, queue, expires], args=[self._now_ms(), lifetime_ms]))

    def now_serving(self, conversation_id: Text) -> int:
        _, queue, expires = self._keys(conversation_id)
        return int(self._serving(keys=[queue, expires], args=[self._now_ms()]))

    def release(self, conversation_id: Text, ticket: int) -> None:
        self._release(keys=list(self._keys(conversation_id)), args=[ticket])

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: Optional[float] = None,
                   wait_time_in_seconds: Optional[float] = None) -> AsyncGenerator[int, None]:
        """Holds the conversation's lock: waits for this ticket's turn, releases it however the block ends."""
        ticket = self.issue(conversation_id, lock_lifetime)
        try:
            await self._wait_for_turn(conversation_id, ticket, wait_time_in_seconds or self.poll_seconds)
            yield ticket
        finally:
            self.release(conversation_id, ticket)

    async def _wait_for_turn(self, conversation_id: Text, ticket: int, poll: float) -> None:
        _, queue, expires = self._keys(conversation_id)
        while True:
            serving = self.now_serving(conversation_id)
            if serving == ticket:
                return
            if not int(self._holds(keys=[queue, expires], args=[ticket, self._now_ms()])):
                raise LockError(f"the lock of a conversation expired before its turn came (lifetime {self.lifetime:.0f}s)")
            await asyncio.sleep(poll)


class LockStore:
    """endpoints.yml's lock store (``url: ${HUZHOU_LOCK_URL}``): Rasa's in-memory lock store
    when the URL is empty (one Rasa process), else AtomicRedisLockStore on that Redis URL
    (several replicas). Rasa builds it as ``LockStore(endpoint_config=…)``."""

    def __new__(cls, endpoint_config: Optional[EndpointConfig] = None):
        url = (endpoint_config.url if endpoint_config else None) or ""
        if not url:
            return InMemoryLockStore()
        if not url.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError(f"HUZHOU_LOCK_URL: {url!r} is not a Redis URL like redis://127.0.0.1:6379/1")
        kwargs = endpoint_config.kwargs if endpoint_config else {}
        return AtomicRedisLockStore(url, key_prefix=kwargs.get("key_prefix") or "huzhou:lock:")


# --- event broker --------------------------------------------------------------------------------

class EventBroker(PikaEventBroker):
    """endpoints.yml's event broker (``url: ${HUZHOU_BROKER_URL}``): none when the URL is empty,
    else Rasa's pika broker on that AMQP URL (amqp://user:password@host:5672/vhost), publishing
    every event to the queue ``HUZHOU_BROKER_QUEUE`` with identifying numbers masked."""

    @classmethod
    async def from_endpoint_config(cls, broker_config: Optional[EndpointConfig],
                                   event_loop: Optional[asyncio.AbstractEventLoop] = None):
        url = (broker_config.url if broker_config else None) or ""
        if broker_config is None or not url:
            return None
        parsed = urlparse(url)
        if parsed.scheme not in ("amqp", "amqps") or not parsed.hostname:
            raise ValueError(f"HUZHOU_BROKER_URL: {url!r} is not an AMQP URL like amqp://guest:guest@127.0.0.1:5672/%2F")
        kwargs = dict(broker_config.kwargs)
        queue = kwargs.pop("queue", None) or "huzhou_events"
        broker = cls(url, username=unquote(parsed.username or "guest"), password=unquote(parsed.password or "guest"),
                     port=parsed.port or 5672, queues=[queue], event_loop=event_loop, **kwargs)
        await broker.connect()
        return broker

    def publish(self, event: Dict[Text, Any], headers: Optional[Dict[Text, Text]] = None) -> None:
        super().publish(mask_event(event), headers)
