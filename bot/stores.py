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
import itertools
import json
import logging
from pathlib import Path
from typing import Any, Dict, Optional, Text
from urllib.parse import unquote, urlparse

from rasa.core.brokers.pika import PikaEventBroker
from sqlalchemy import text as sql_text
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import SQLTrackerStore
from rasa.utils.endpoints import EndpointConfig
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.core.trackers import DialogueStateTracker

from bot.lock_store import AtomicRedisLockStore, LockStoreUnavailable  # noqa: F401 - named here too
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

    engine: Any

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
            self._keep_connections()
            _write_ahead_log(self.engine)

    def _keep_connections(self) -> None:
        """SQLite connections kept open between turns. SQLAlchemy 1.4 opens and closes a SQLite file's
        connection for every use (NullPool), and closing the last one in WAL mode checkpoints the log:
        profiled under load, opening and closing were two thirds of saving a turn."""
        import sqlalchemy as sa
        from sqlalchemy.pool import QueuePool

        self.engine.dispose()
        self.engine = sa.create_engine(self.engine.url, poolclass=QueuePool,
                                       connect_args={"check_same_thread": False})
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def serialise_event(self, data: Dict[str, Any]) -> Dict[str, Any]:
        """The event as stored: ID, phone and bank-card numbers masked (bot/privacy.py)."""
        return mask_event(data)

    # Rasa's SQLTrackerStore builds each turn's two queries (the latest session's events, and their
    # count before saving) with the ORM: profiled under load, building them cost more than the rows.
    # The same SQL, written once, in Core: 4.4 -> 1.4 ms per retrieve, 3.9 -> 0.8 ms per count
    # (37 events, this machine). Every turn still reads the conversation from the database, so
    # replicas sharing it see each other's turns as before.
    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """The latest session of the conversation (Rasa's SQLTrackerStore.retrieve, the same rows)."""
        with self.engine.connect() as connection:
            rows = connection.execute(_LATEST_SESSION_EVENTS, {"s": sender_id}).all()
        if not self.domain or not rows:
            return None
        return DialogueStateTracker.from_dict(sender_id, [json.loads(row[0]) for row in rows], self.domain.slots)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's SQLTrackerStore.save: the events not stored yet, each passing serialise_event first."""
        await self.stream_events(tracker)
        with self.engine.begin() as connection:
            stored = connection.execute(_LATEST_SESSION_COUNT, {"s": tracker.sender_id}).scalar() or 0
            rows = [self.event_values(tracker.sender_id, e) for e in itertools.islice(tracker.events, stored, None)]
            if rows:
                connection.execute(self.SQLEvent.__table__.insert(), rows)
        logger.debug("conversation %s stored", tracker.sender_id)

    def event_values(self, sender_id: Text, event: Any) -> Dict[str, Any]:
        """The columns of the row one event of a conversation is stored as (masked)."""
        data = self.serialise_event(event.as_dict())
        return {"sender_id": sender_id, "type_name": event.type_name, "timestamp": data.get("timestamp"),
                "intent_name": (data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY),
                "action_name": data.get("name"), "data": json.dumps(data)}

    def event_row(self, sender_id: Text, event: Any) -> Any:
        """The row one event of a conversation is stored as (masked); `python -m bot simulate` writes these."""
        return self.SQLEvent(**self.event_values(sender_id, event))


# Rasa's _event_query for the latest session: the events since the newest session_started (by
# timestamp, as Rasa compares them), or all of them when there is none; ordered by id.
_LATEST_SESSION = ("sender_id = :s AND (timestamp >= (SELECT MAX(timestamp) FROM events WHERE sender_id = :s "
                   "AND type_name = 'session_started') OR NOT EXISTS (SELECT 1 FROM events WHERE sender_id = :s "
                   "AND type_name = 'session_started'))")
_LATEST_SESSION_EVENTS = sql_text(f"SELECT data FROM events WHERE {_LATEST_SESSION} ORDER BY id")
_LATEST_SESSION_COUNT = sql_text(f"SELECT COUNT(*) FROM events WHERE {_LATEST_SESSION}")


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


# --- lock store (bot/lock_store.py) -------------------------------------------------------------

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

# RabbitMQ down or hung never holds up a reply: events are published in the background (Rasa's
# design); one that RabbitMQ does not take within PUBLISH_TIMEOUT waits in memory, in order, and is
# sent when it answers again. Past MAX_WAITING waiting events the oldest are dropped and counted as
# lost (logged; GET /webhooks/rest/ shows the counts, bot/faults.py).
PUBLISH_TIMEOUT = 2.0
CONNECT_TIMEOUT = 5.0
RETRY_SECONDS = 3.0
MAX_WAITING = 100_000


class EventBroker(PikaEventBroker):
    """endpoints.yml's event broker (``url: ${HUZHOU_BROKER_URL}``): none when the URL is empty,
    else Rasa's pika broker on that AMQP URL (amqp://user:password@host:5672/vhost), publishing
    every event to the queue ``HUZHOU_BROKER_QUEUE`` with identifying numbers masked.

    Unlike Rasa's, it starts when RabbitMQ is down (Rasa's would stop the server from loading the
    model, or drop every event while not connected), gives each publish PUBLISH_TIMEOUT seconds,
    keeps what was not taken in order and sends it once RabbitMQ answers again (connecting anew
    every RETRY_SECONDS while it cannot). An event whose publish timed out may have reached
    RabbitMQ all the same: consumers may see it twice (at least once, never silently lost)."""

    where: str = ""
    lost: int = 0
    sent_late: int = 0
    _outage: bool = False

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
        kwargs.setdefault("connection_attempts", 1)  # then tried again in the background
        kwargs.setdefault("retry_delay_in_seconds", 0)
        broker = cls(url, username=unquote(parsed.username or "guest"), password=unquote(parsed.password or "guest"),
                     port=parsed.port or 5672, queues=[queue], event_loop=event_loop, **kwargs)
        broker.where = f"{parsed.hostname}:{parsed.port or 5672}"
        broker.lost = broker.sent_late = 0
        broker._outage = False
        broker._wake = asyncio.Event()
        if not await broker._try_connect():
            logger.error("event broker: RabbitMQ at %s does not answer; events are kept until it does", broker.where)
            broker._outage = True
        broker._keeper = asyncio.ensure_future(broker._keep_publishing())
        from bot import faults

        faults.report("event_broker", broker.state)
        return broker

    def state(self) -> Dict[str, Any]:
        return {"connected": self._connected(), "waiting": len(self._unpublished_events), "lost": self.lost,
                "sent_late": self.sent_late}

    def _connected(self) -> bool:
        return self._exchange is not None and self.is_ready()

    async def _try_connect(self) -> bool:
        try:
            await asyncio.wait_for(self.connect(), CONNECT_TIMEOUT)
            return True
        except Exception as error:  # noqa: BLE001 - refused, timed out, refused login: tried again later
            logger.debug("event broker: connecting failed (%s)", type(error).__name__)
            self._exchange = None
            return False

    def publish(self, event: Dict[Text, Any], headers: Optional[Dict[Text, Text]] = None) -> None:
        super().publish(mask_event(event), headers)

    async def _publish(self, event: Dict[Text, Any], headers: Optional[Dict[Text, Text]] = None) -> None:
        if self._unpublished_events or not self._connected() or not await self._send(event, headers):
            self._keep(event)  # behind the ones already waiting: the order is kept

    async def _send(self, event: Dict[Text, Any], headers: Optional[Dict[Text, Text]] = None) -> bool:
        try:
            exchange: Any = self._exchange
            await asyncio.wait_for(exchange.publish(self._message(event, headers), ""), PUBLISH_TIMEOUT)
            return True
        except Exception as error:  # noqa: BLE001 - closed, hung, refused: kept for later
            if not self._outage:
                self._outage = True
                logger.error("event broker: RabbitMQ at %s did not take an event (%s); events are kept until "
                             "it does", self.where, type(error).__name__)
            self._wake.set()
            return False

    def _keep(self, event: Dict[Text, Any]) -> None:
        self._unpublished_events.append(event)
        if len(self._unpublished_events) > MAX_WAITING:
            self._unpublished_events.popleft()
            self.lost += 1
            if self.lost == 1 or self.lost % 1000 == 0:
                logger.error("event broker: %d events lost since start (more than %d waiting for RabbitMQ)",
                             self.lost, MAX_WAITING)
        self._wake.set()

    def _publish_unpublished_messages(self, *_: Any, **__: Any) -> None:
        self._wake.set()  # reconnected: the keeper sends what waits, in order

    async def _keep_publishing(self) -> None:
        """Connects while RabbitMQ is unreachable and sends the waiting events, oldest first."""
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), RETRY_SECONDS)
            except asyncio.TimeoutError:
                pass
            self._wake.clear()
            if self._exchange is None and not await self._try_connect():
                continue
            while self._unpublished_events:
                if not self._connected() or not await self._send(self._unpublished_events[0]):
                    break
                self._unpublished_events.popleft()
                self.sent_late += 1
            if not self._unpublished_events and self._outage and self._connected():
                self._outage = False
                logger.warning("event broker: RabbitMQ at %s answers again; %d waiting events sent since start, "
                               "%d lost", self.where, self.sent_late, self.lost)

    async def close(self) -> None:
        keeper = getattr(self, "_keeper", None)
        if keeper is not None:
            keeper.cancel()
        await super().close()
