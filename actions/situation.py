"""A resident who tells their situation after a service's card means "can I get it?".

"我想问下失业金怎么领" → the card; "我是被厂里辞退的，交了三年社保" next is not a new
question (the classifier calls it find_service, the finder hesitates between 失业保险金 and
社保卡): it is the facts the service's conditions need. The screening of the service under
discussion starts, with those facts already recorded (actions/facts.py read them), instead of
a clarification or the same card again.

Only when: no form is running; the service under discussion has conditions and no verdict yet;
the message is not a question or a non-answer, names no other service, and tells at least one
fact of that service's conditions other than a place ("我在长兴" after a card asks where to go).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.forms import REQUESTED_SLOT

from actions.common import current_service, kb, latest_text, reset_failures
from bot.finder import named_services
from bot.reading.nonanswers import is_question
from bot.text import text_span
from knowledge_base.types import Service

# Where the resident is says where to go, not whether they qualify.
PLACE_FACTS = frozenset({"hukou_place", "residence_place", "works_or_lives_in_huzhou", "migrant_worker"})


def situation_for(tracker: Tracker, found) -> Optional[Service]:
    """The service under discussion, when the latest message tells the situation its conditions ask about."""
    if (tracker.active_loop or {}).get("name"):
        return None
    service = current_service(tracker)
    if service is None or not service.criteria:
        return None
    if any(v.get("service") == service.id for v in tracker.get_slot("verdicts") or []):
        return None  # told after its verdict: a correction is rechecked by the rules, a repeat acknowledged
    reading = tracker.get_slot("reading") or {}
    if reading.get("asks") or reading.get("non_answer") or reading.get("correction") and not reading.get("read"):
        return None
    told = (set(reading.get("read") or []) | set(reading.get("repeated") or [])) - PLACE_FACTS
    if not told & set(service.facts()):
        return None
    text = latest_text(tracker)
    if not text or text.startswith("/") or is_question(text):
        return None
    if any(sid != service.id for sid in named_services(found.entities, kb())):
        return None
    return service


def start_screening(service: Service) -> List[Dict[str, Any]]:
    """The events that start eligibility_form on ``service`` (as action_start_eligibility does)."""
    return [SlotSet("eligibility_service", service.id), SlotSet("current_service", service.id),
            SlotSet(REQUESTED_SLOT, None), SlotSet("pending_confirmation", None), reset_failures(),
            FollowupAction("eligibility_form")]


_ONLY_ASKING = set("嗯啊呀哦噢哎唉呢吗嘛吧呃那还有")


def states_more_than_names(found) -> bool:
    """"嗯对，是低保" names 低保 and says something of it (a fact said again); "低保",
    "低保呢" or "那低保呢" only name it (a question about it)."""
    text = found.text or ""
    keep = [True] * len(text)
    for entity in (e for e in found.entities if e.get("entity") == "service"):
        start, end = text_span(entity)
        for i in range(start or 0, min(end or 0, len(text))):
            keep[i] = False
    rest = [c for c, k in zip(text, keep) if k and "\u4e00" <= c <= "\u9fff"]
    return any(c not in _ONLY_ASKING for c in rest)
