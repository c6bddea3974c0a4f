"""Actions run against the session's knowledge base with rasa_sdk's own
Tracker and CollectingDispatcher, as the action server would run them."""
import asyncio
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from knowledge_base import repository
from tests.conftest import run_coroutine

# The domain as Rasa sends it to the action server (the forms' required_slots among it).
DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[2] / "domain.yml").read_text(encoding="utf-8"))


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


def entity_at(text: str, word: str, name: str, value: Any) -> Dict[str, Any]:
    """An entity where ``word`` first stands in ``text``."""
    start = text.index(word)
    return {"entity": name, "value": value, "start": start, "end": start + len(word)}


def tracker(latest: Dict[str, Any], slots: Optional[Dict[str, Any]] = None, events: Optional[List[Dict]] = None,
            active_loop: Optional[str] = None, sender: str = "test-resident") -> Tracker:
    return Tracker(
        sender, dict(slots or {}), latest, list(events or []), False, None,
        {"name": active_loop} if active_loop else {}, "action_listen",
    )


def form_tracker(latest: Dict[str, Any], slots: Dict[str, Any], form: str, events: Optional[List[Dict]] = None,
                 set_now: Optional[Dict[str, Any]] = None) -> Tracker:
    """The tracker a form's validation action gets from Rasa's FormAction: the conversation,
    the form's own action, then the slots this message set that the form asks (the one
    requested, the domain's required_slots) as the candidates to validate."""
    requested = slots.get("requested_slot")
    asked = set(DOMAIN["forms"][form].get("required_slots") or []) | {requested}
    candidates = [{"event": "slot", "name": k, "value": v} for k, v in (set_now or {}).items() if k in asked]
    history = list(events or []) + [{"event": "slot", "name": "requested_slot", "value": requested},
                                    {"event": "action", "name": form}] + candidates
    return tracker(latest, slots, events=history, active_loop=form)


def run(action, t: Tracker, domain: Optional[Dict[str, Any]] = None):
    dispatcher = CollectingDispatcher()
    result = action.run(dispatcher, t, DOMAIN if domain is None else domain)
    if asyncio.iscoroutine(result):
        result = run_coroutine(result)
    return dispatcher.messages, result


def texts(messages) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def slots_set(events) -> Dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
