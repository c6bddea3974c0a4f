"""The hand-off queue: conversations residents handed to a person, in the database.

``action_handoff`` (the action server) puts a conversation in the queue when a
resident says 转人工 (or presses the 转人工 button the dialogue offers after
repeated failure), at any hour: outside the desk's hours the resident is told
so and the request waits. The hotline console (channels/hotline/, in the Rasa
server) lists the queue, and operators claim, reply to and close entries.

The queue lives in SQL, so it survives restarts and every replica sees the
same one: ``HUZHOU_HANDOFF_URL``, by default the conversations' own database
(``HUZHOU_TRACKER_URL``: SQLite under build/ for `make run`, PostgreSQL in
production). Two tables: ``hotline_handoffs`` (one row per request) and
``hotline_handoff_log`` (who did what when: request, claim, reply, close).

A claim is one ``UPDATE … WHERE status = 'waiting'``: the database lets one of
two concurrent claims change the row (on PostgreSQL the second waits for the
first's row lock, re-reads the row and finds it claimed), so exactly one
operator wins. What is stored passes bot.privacy.mask_event first, like every
tracker event: ID, phone and bank-card numbers keep only their ends.

No Rasa here: the action server and the Rasa server both import this module.
"""
from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

from sqlalchemy import Boolean, Column, Float, Integer, String, Text, create_engine, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, registry
from sqlalchemy.orm.decl_api import DeclarativeMeta

from bot.privacy import mask_event, mask_identifiers
from bot.senders import channel_of  # noqa: F401 - re-exported for the action
from bot.settings import DEFAULT_TRACKER

WAITING, CLAIMED, CLOSED = "waiting", "claimed", "closed"
OPEN = (WAITING, CLAIMED)
MAX_OPERATOR_CHARS = 32

_registry = registry()


class Base(metaclass=DeclarativeMeta):
    """``declarative_base()`` written as a class, for type checkers (as in knowledge_base/models.py)."""
    __abstract__ = True
    registry = _registry
    metadata = _registry.metadata
    __init__ = _registry.constructor


class HandoffRow(Base):
    __tablename__ = "hotline_handoffs"
    id = Column(Integer, primary_key=True, autoincrement=True)
    sender = Column(String(255), nullable=False, index=True)
    channel = Column(String(16), nullable=False)
    status = Column(String(10), nullable=False, index=True, default=WAITING)
    requested_at = Column(Float, nullable=False)
    during_hours = Column(Boolean, nullable=False, default=True)
    summary = Column(Text, nullable=False)  # JSON of actions/handoff.py summary(), masked
    summary_text = Column(Text, nullable=False)  # masked
    claimed_by = Column(String(MAX_OPERATOR_CHARS))
    claimed_at = Column(Float)
    closed_by = Column(String(MAX_OPERATOR_CHARS))
    closed_at = Column(Float)


class LogRow(Base):
    __tablename__ = "hotline_handoff_log"
    id = Column(Integer, primary_key=True, autoincrement=True)
    handoff_id = Column(Integer, nullable=False, index=True)
    action = Column(String(10), nullable=False)  # request | claim | reply | close
    operator = Column(String(MAX_OPERATOR_CHARS))  # none for the resident's request
    at = Column(Float, nullable=False)
    text = Column(Text)  # a reply, masked


@dataclass(frozen=True)
class Handoff:
    id: int
    sender: str
    channel: str
    status: str
    requested_at: float
    during_hours: bool
    summary: Dict[str, Any]
    summary_text: str
    claimed_by: Optional[str]
    claimed_at: Optional[float]
    closed_by: Optional[str]
    closed_at: Optional[float]

    @classmethod
    def of(cls, row: HandoffRow) -> "Handoff":
        return cls(row.id, row.sender, row.channel, row.status, row.requested_at, bool(row.during_hours),
                   json.loads(row.summary or "{}"), row.summary_text, row.claimed_by, row.claimed_at,
                   row.closed_by, row.closed_at)

    def as_dict(self, now: Optional[float] = None) -> Dict[str, Any]:
        now = time.time() if now is None else now
        return {
            "id": self.id, "channel": self.channel, "sender": self.sender, "status": self.status,
            "waiting_since": self.requested_at, "waiting_seconds": round(max(0.0, now - self.requested_at)),
            "during_hours": self.during_hours, "summary": self.summary_text, "services": self.summary.get("services", []),
            "place": self.summary.get("place"), "claimed_by": self.claimed_by, "claimed_at": self.claimed_at,
            "closed_by": self.closed_by, "closed_at": self.closed_at,
        }


def queue_url(env: Optional[Mapping[str, str]] = None) -> str:
    """``HUZHOU_HANDOFF_URL``, else the tracker store's database, else SQLite under build/."""
    env = os.environ if env is None else env
    return env.get("HUZHOU_HANDOFF_URL") or env.get("HUZHOU_TRACKER_URL") or f"sqlite:///{DEFAULT_TRACKER}"


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # two processes (action server, Rasa server) write the file: wait for each other's lock
        return create_engine(url, future=True, connect_args={"timeout": 30, "check_same_thread": False})
    return create_engine(url, future=True, pool_pre_ping=True)


class HandoffQueue:
    def __init__(self, url: Optional[str] = None) -> None:
        self.url = url or queue_url()
        self.engine = _engine(self.url)
        Base.metadata.create_all(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    # -- the resident's side ------------------------------------------------------
    def request(self, sender: str, channel: str, summary: Dict[str, Any], summary_text: str,
                during_hours: bool = True, now: Optional[float] = None) -> Handoff:
        """Queues the conversation; one already waiting or claimed keeps its place and gets the new summary."""
        now = time.time() if now is None else now
        summary_json = json.dumps(mask_event(summary), ensure_ascii=False)
        text = mask_identifiers(summary_text)
        with Session(self.engine, future=True) as session:
            row = session.scalars(select(HandoffRow).where(HandoffRow.sender == sender, HandoffRow.status.in_(OPEN))
                                  .order_by(HandoffRow.id).limit(1)).first()
            if row is None:
                row = HandoffRow(sender=sender, channel=channel, status=WAITING, requested_at=now,
                                 during_hours=during_hours, summary=summary_json, summary_text=text)
                session.add(row)
            else:
                row.summary, row.summary_text = summary_json, text
            session.flush()
            session.add(LogRow(handoff_id=row.id, action="request", at=now))
            session.commit()
            return Handoff.of(row)

    # -- the operators' side ------------------------------------------------------
    def get(self, handoff_id: int) -> Optional[Handoff]:
        with Session(self.engine, future=True) as session:
            row = session.get(HandoffRow, handoff_id)
            return Handoff.of(row) if row is not None else None

    def open_for(self, sender: str) -> Optional[Handoff]:
        """The sender's waiting or claimed request, if any."""
        with Session(self.engine, future=True) as session:
            row = session.scalars(select(HandoffRow).where(HandoffRow.sender == sender, HandoffRow.status.in_(OPEN))
                                  .order_by(HandoffRow.id).limit(1)).first()
            return Handoff.of(row) if row is not None else None

    def list(self, statuses=OPEN, limit: int = 200) -> List[Handoff]:
        """Oldest first."""
        with Session(self.engine, future=True) as session:
            rows = session.scalars(select(HandoffRow).where(HandoffRow.status.in_(tuple(statuses)))
                                   .order_by(HandoffRow.requested_at, HandoffRow.id).limit(limit))
            return [Handoff.of(r) for r in rows]

    def claim(self, handoff_id: int, operator: str, now: Optional[float] = None) -> bool:
        """True for the one operator whose claim changed the row from waiting to claimed."""
        now = time.time() if now is None else now
        return self._move(handoff_id, "claim", operator, now, [HandoffRow.status == WAITING],
                          status=CLAIMED, claimed_by=operator, claimed_at=now)

    def record_reply(self, handoff_id: int, operator: str, text: str, now: Optional[float] = None) -> bool:
        """Logs a reply of the operator holding the request; False if they do not hold it."""
        now = time.time() if now is None else now
        with Session(self.engine, future=True) as session:
            row = session.get(HandoffRow, handoff_id)
            if row is None or row.status != CLAIMED or row.claimed_by != operator:
                return False
            session.add(LogRow(handoff_id=handoff_id, action="reply", operator=operator, at=now,
                               text=mask_identifiers(text)))
            session.commit()
            return True

    def close(self, handoff_id: int, operator: str, now: Optional[float] = None) -> bool:
        """Closes a request the operator holds; False if they do not hold it (or it is closed)."""
        now = time.time() if now is None else now
        return self._move(handoff_id, "close", operator, now,
                          [HandoffRow.status == CLAIMED, HandoffRow.claimed_by == operator],
                          status=CLOSED, closed_by=operator, closed_at=now)

    def _move(self, handoff_id: int, action: str, operator: str, now: float, when: List[Any], **values) -> bool:
        """One conditional UPDATE (so two operators cannot both win) and its log row, in one transaction."""
        with Session(self.engine, future=True) as session:
            changed = session.execute(
                update(HandoffRow).where(HandoffRow.id == handoff_id, *when).values(**values)
            ).rowcount
            if changed == 1:
                session.add(LogRow(handoff_id=handoff_id, action=action, operator=operator, at=now))
            session.commit()
            return changed == 1

    def log(self, handoff_id: int) -> List[Dict[str, Any]]:
        """Who did what when, oldest first."""
        with Session(self.engine, future=True) as session:
            rows = session.scalars(select(LogRow).where(LogRow.handoff_id == handoff_id).order_by(LogRow.id))
            return [{"action": r.action, "operator": r.operator, "at": r.at, "text": r.text} for r in rows]


_shared: Optional[HandoffQueue] = None
_shared_lock = threading.Lock()


def shared() -> HandoffQueue:
    """The process's queue on ``queue_url()``, opened on first use."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared.url != queue_url():
            _shared = HandoffQueue()
        return _shared
