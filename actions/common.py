"""Helpers every action family shares: the knowledge base, the finder, slots."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker

from bot.finder import Finding, find_services
from knowledge_base import KnowledgeBase, shared
from knowledge_base.types import Service

logger = logging.getLogger(__name__)

FOLLOW_UP_BUTTONS = [
    ("我能申请吗", "/check_eligibility"),
    ("去哪里办", "/ask_where"),
    ("需要什么材料", "/ask_documents"),
]


def kb() -> KnowledgeBase:
    """The action server's knowledge base ($HUZHOU_KB_URL), opened once."""
    return shared()


def finding(tracker: Tracker) -> Finding:
    return find_services(tracker.latest_message or {}, kb())


def current_service(tracker: Tracker) -> Optional[Service]:
    sid = tracker.get_slot("current_service")
    return kb().service(sid) if sid else None


def latest_entity(tracker: Tracker, entity: str) -> Optional[Any]:
    values = [e.get("value") for e in (tracker.latest_message or {}).get("entities", []) if e.get("entity") == entity]
    return values[-1] if values else None


def place_of(tracker: Tracker) -> Optional[str]:
    """The district or county the resident named now or earlier."""
    return latest_entity(tracker, "place") or tracker.get_slot("place")


def buttons(pairs) -> List[Dict[str, str]]:
    return [{"title": title, "payload": payload} for title, payload in pairs]
