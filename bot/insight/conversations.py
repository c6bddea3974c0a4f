"""The stored conversations, read back from Rasa's SQL tracker store into one record each.

The tracker store (bot/stores.py: TrackerStore, HUZHOU_TRACKER_URL) keeps every event of
every conversation as a row of Rasa's ``events`` table: the event's type, its time and
the event itself as JSON (``Event.as_dict()``, identifying numbers already masked). A
*conversation* here is one of Rasa's sessions: a sender's events from one
``session_started`` to the next (a session ends after 60 minutes of silence, domain.yml).

What each record keeps is what the actions and the NLU put in the tracker:

- the channel: ``input_channel`` of the resident's messages (the web widget talks over the
  REST channel with a ``web-`` sender id, channels/widget/history.py);
- the services discussed: the ``current_service`` and ``eligibility_service`` slots the
  actions set from the finder's result (bot/finder.py), and which message each answered (a
  message ``eligibility_form`` answered is about the service it screens);
- the district or county: the ``place`` slot (the place entity), else ``residence_place``,
  else ``hukou_place`` (facts the answer reader took from the resident's words);
- the eligibility verdicts: the last value of the ``verdicts`` slot (one per service);
- a hand-off: ``action_handoff`` ran; 好差评: the ``rating`` and ``rated_service`` slots;
- unanswered questions: messages the NLU read as out of scope or fell back on, after which
  no service was taken up (a button's payload, noise and insults are not questions).

Events are plain dicts, so this module needs no Rasa.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from sqlalchemy import MetaData, Table, create_engine, inspect, select
from sqlalchemy.engine import make_url

from bot.settings import REPO_ROOT
from bot.triage import message_kind

CHINA = dt.timezone(dt.timedelta(hours=8))  # weeks and dates are Huzhou's
SERVICE_SLOTS = ("current_service", "eligibility_service")
PLACE_SLOTS = ("place", "residence_place", "hukou_place")  # the place named first, then facts read
UNANSWERED_INTENTS = frozenset({"out_of_scope", "nlu_fallback"})
FALLBACK_ACTIONS = frozenset({"action_default_fallback"})
HANDOFF_ACTION = "action_handoff"
SCREENING_FORM = "eligibility_form"  # its turns are about the service in eligibility_service
NEW_CONVERSATION = frozenset({"session_started", "restart"})
MARGIN = dt.timedelta(days=1)  # events read around the period, so a conversation is read whole

# How a conversation reached the assistant, by the channel's name (channels/*.py).
WIDGET = "widget"
CHANNEL_LABELS = {WIDGET: "网页小部件", "wechat": "微信公众号", "rest": "REST 接口"}


def channel_label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, channel or "未知")


def is_widget_sender(sender: str) -> bool:
    return _widget_rule()(sender)


@lru_cache(maxsize=1)
def _widget_rule():
    """channels/widget/history.py's valid_sender, the widget's own rule for its sender ids. The module
    needs nothing but the standard library; its package imports the Rasa channel (3 s), so the file
    is loaded alone unless the package is loaded already."""
    import importlib.util
    import sys

    if "channels.widget.history" in sys.modules:
        return sys.modules["channels.widget.history"].valid_sender
    spec = importlib.util.spec_from_file_location("huzhou_widget_history", REPO_ROOT / "channels" / "widget" / "history.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.valid_sender


@dataclass
class Conversation:
    sender: str
    start: Optional[float] = None  # the resident's first message (epoch seconds)
    channel: str = ""
    messages: int = 0  # the resident's messages, button clicks included
    services: List[str] = field(default_factory=list)  # discussed, in order
    service_messages: Counter = field(default_factory=Counter)  # messages answered about each
    places: Dict[str, str] = field(default_factory=dict)  # slot -> last district named
    verdicts: Dict[str, Optional[str]] = field(default_factory=dict)  # service -> status (knowledge_base/eligibility.py)
    handoff: bool = False
    ratings: List[List[Optional[str]]] = field(default_factory=list)  # [service, rating]
    unanswered: List[str] = field(default_factory=list)
    _turn: Optional[Dict[str, Any]] = None
    _screening: Optional[str] = None  # the service eligibility_form screens, while it does

    @property
    def place(self) -> Optional[str]:
        for slot in PLACE_SLOTS:
            if slot in self.places:
                return self.places[slot]
        return None

    @property
    def day(self) -> dt.date:
        assert self.start is not None, "a conversation is reported once it has a message"
        return dt.datetime.fromtimestamp(self.start, CHINA).date()

    @property
    def week(self) -> dt.date:
        """The Monday of the conversation's week (China time)."""
        day = self.day
        return day - dt.timedelta(days=day.weekday())

    # -- reading events --------------------------------------------------------------------
    def feed(self, type_name: str, data: Dict[str, Any], places: Sequence[str]) -> None:
        if type_name == "user":
            self._end_turn()
            self.messages += 1
            if self.start is None:
                self.start = data.get("timestamp")
                channel = data.get("input_channel") or ""
                self.channel = WIDGET if channel == "rest" and is_widget_sender(self.sender) else channel
            intent = ((data.get("parse_data") or {}).get("intent") or {}).get("name")
            self._turn = {"text": data.get("text") or "", "unanswered": intent in UNANSWERED_INTENTS,
                          "service": None}
        elif type_name == "slot":
            self._slot(data.get("name"), data.get("value"), places)
        elif type_name == "action":
            name = data.get("name")
            if name == HANDOFF_ACTION:
                self.handoff = True
            if name in FALLBACK_ACTIONS and self._turn is not None:
                self._turn["unanswered"] = True
            if name == SCREENING_FORM and self._screening and self._turn is not None:
                self._turn["service"] = self._screening  # an answer to its question

    def _slot(self, name: Optional[str], value: Any, places: Sequence[str]) -> None:
        if name == "eligibility_service":
            self._screening = value if isinstance(value, str) and value else None
        if name in SERVICE_SLOTS and isinstance(value, str) and value:
            if value not in self.services:
                self.services.append(value)
            if self._turn is not None and self._turn["service"] != value:
                if self._turn["service"] is None or name == "eligibility_service":
                    self._turn["service"] = value
        elif name in PLACE_SLOTS and value in places:
            self.places[name] = value
        elif name == "verdicts" and isinstance(value, list):
            self.verdicts = {v["service"]: v.get("status") for v in value
                             if isinstance(v, dict) and isinstance(v.get("service"), str)}
        elif name == "handoff_requested" and value:
            self.handoff = True
        elif name == "rating" and isinstance(value, str) and value:
            self.ratings.append([None, value])
        elif name == "rated_service" and self.ratings and self.ratings[-1][0] is None:
            self.ratings[-1][0] = value if isinstance(value, str) else None

    def _end_turn(self) -> None:
        turn, self._turn = self._turn, None
        if turn is None:
            return
        if turn["service"] is not None:
            self.service_messages[turn["service"]] += 1
        elif turn["unanswered"] and is_question(turn["text"]):
            self.unanswered.append(turn["text"])

    def finish(self) -> "Conversation":
        self._end_turn()
        return self


def is_question(text: str) -> bool:
    """A resident's words worth reading as demand: not a button's payload, noise or an insult."""
    text = (text or "").strip()
    return bool(text) and not text.startswith("/") and message_kind(text) is None


# -- the store ---------------------------------------------------------------------------------

def day_bounds(since: dt.date, until: dt.date) -> Tuple[float, float]:
    """[since 00:00, the day after until 00:00) in China time, as epoch seconds."""
    start = dt.datetime.combine(since, dt.time(), CHINA)
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), CHINA)
    return start.timestamp(), end.timestamp()


def read_rows(url: str, since: dt.date, until: dt.date) -> Iterator[Tuple[str, str, Dict[str, Any]]]:
    """(sender, event type, event) of every event stored around the period, by sender, in order."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).exists():
        raise LookupError(f"no conversations stored at {url}: there is no such file (`make run` creates it)")
    engine = create_engine(url, future=True)
    try:
        if not inspect(engine).has_table("events"):
            raise LookupError(f"no conversations stored at {engine.url!r}: the tracker store has no events table")
        events = Table("events", MetaData(), autoload_with=engine)  # Rasa's SQLTrackerStore schema
        low, high = day_bounds(since, until)
        margin = MARGIN.total_seconds()
        query = (select(events.c.sender_id, events.c.type_name, events.c.data)
                 .where(events.c.timestamp >= low - margin, events.c.timestamp < high + margin)
                 .order_by(events.c.sender_id, events.c.id)
                 .execution_options(stream_results=True, yield_per=5000))
        with engine.connect() as connection:
            for sender, type_name, data in connection.execute(query):
                yield sender, type_name, json.loads(data)
    finally:
        engine.dispose()


def split(rows: Iterable[Tuple[str, str, Dict[str, Any]]], places: Sequence[str]) -> Iterator[Conversation]:
    """One Conversation per session that has a message from the resident."""
    for sender, events in groupby(rows, key=lambda row: row[0]):
        current = Conversation(sender)
        for _, type_name, data in events:
            if type_name in NEW_CONVERSATION and current.messages:
                yield current.finish()
                current = Conversation(sender)
            current.feed(type_name, data, places)
        if current.messages:
            yield current.finish()


def read_conversations(url: str, since: dt.date, until: dt.date, places: Sequence[str]) -> List[Conversation]:
    """The conversations whose first message falls between ``since`` and ``until`` (days, inclusive)."""
    low, high = day_bounds(since, until)
    return [c for c in split(read_rows(url, since, until), places) if c.start is not None and low <= c.start < high]
