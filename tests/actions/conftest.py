"""Actions run against the session's knowledge base with rasa_sdk's own
Tracker and CollectingDispatcher, as the action server would run them."""
import asyncio
from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from knowledge_base import repository
from tests.conftest import run_coroutine


@pytest.fixture(autouse=True)
def action_kb(kb, monkeypatch):
    monkeypatch.setattr(repository, "_shared", kb)
    return kb


@pytest.fixture(autouse=True)
def handoff_queue_url(tmp_path, monkeypatch) -> str:
    """action_handoff writes the hand-off queue: into a throwaway SQLite, never build/."""
    url = f"sqlite:///{tmp_path / 'handoffs.sqlite3'}"
    monkeypatch.setenv("HUZHOU_HANDOFF_URL", url)
    return url


def message(text: str, intent: Optional[str] = None, entities: Optional[List[Dict[str, Any]]] = None,
            ranking: Optional[List[Dict[str, Any]]] = None, confidence: float = 0.99) -> Dict[str, Any]:
    return {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": [{"name": intent, "confidence": confidence}],
        "entities": entities or [],
        "service_ranking": ranking or [],
    }


def entity(name: str, value: Any) -> Dict[str, Any]:
    return {"entity": name, "value": value, "start": 0, "end": 1}


def tracker(latest: Dict[str, Any], slots: Optional[Dict[str, Any]] = None, events: Optional[List[Dict]] = None,
            active_loop: Optional[str] = None, sender: str = "test-resident") -> Tracker:
    return Tracker(
        sender, dict(slots or {}), latest, list(events or []), False, None,
        {"name": active_loop} if active_loop else {}, "action_listen",
    )


def run(action, t: Tracker, domain: Optional[Dict[str, Any]] = None):
    dispatcher = CollectingDispatcher()
    result = action.run(dispatcher, t, domain or {})
    if asyncio.iscoroutine(result):
        result = run_coroutine(result)
    return dispatcher.messages, result


def texts(messages) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def slots_set(events) -> Dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
