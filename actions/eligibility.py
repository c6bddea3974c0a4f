"""Eligibility screening for one service, driven by the catalogue's criteria.

action_start_eligibility picks the service; eligibility_form asks only the
questions that service's criteria still need (facts already known are not
asked again); action_eligibility_verdict gives the verdict per condition with
its citation, and what to do next.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import FOLLOW_UP_BUTTONS, buttons, finding, kb, list_group_services, reset_failures, service_in_focus
from actions.screening import ScreeningForm, answers_so_far
from bot import answers
from knowledge_base.eligibility import NEED_MORE_ANSWERS, evaluate


class ActionStartEligibility(Action):
    def name(self) -> Text:
        return "action_start_eligibility"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        found = finding(tracker)
        base = kb()
        service = service_in_focus(found, tracker)
        if service is None:
            # "我七十多了…有没有什么办法帮帮我们": no one service, but a group of residents
            if not (found.groups and list_group_services(dispatcher, found, found.groups)):
                dispatcher.utter_message(text=answers.WHICH_SERVICE[answers.ELIGIBILITY])
            return [SlotSet("eligibility_service", None)]
        if not service.criteria:
            dispatcher.utter_message(text=answers.conditions(base, service), buttons=buttons(FOLLOW_UP_BUTTONS[1:]))
            return [SlotSet("eligibility_service", None), SlotSet("current_service", service.id)]
        # A screening started afresh, also in the middle of another one: no question is pending.
        return [SlotSet("eligibility_service", service.id), SlotSet("current_service", service.id),
                SlotSet("requested_slot", None), reset_failures()]


class ValidateEligibilityForm(ScreeningForm):
    def name(self) -> Text:
        return "validate_eligibility_form"

    def _service(self, tracker: Tracker):
        sid = tracker.get_slot("eligibility_service")
        return kb().service(sid) if sid else None

    def on_start(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict]:
        service = self._service(tracker)
        if service is None:
            return []
        dispatcher.utter_message(
            text=f"好的，我帮您看看能不能申请【{service.name}】。只问还需要的情况，随时可以说“算了”停止。"
        )
        # A place said earlier ("我住在安吉") answers the district question.
        place = tracker.get_slot("place")
        if place and tracker.get_slot("hukou_place") is None and "hukou_place" in service.facts():
            match = kb().resolve_place(place)
            if match is not None and match.place.kind != "zone":
                return [SlotSet("hukou_place", match.place.name)]
        return []

    def keep_alive(self, tracker: Tracker) -> List[Dict]:
        return [SlotSet("eligibility_service", tracker.get_slot("eligibility_service"))]

    def next_question(self, tracker: Tracker, known: Dict[str, Any]) -> Optional[tuple]:
        service = self._service(tracker)
        if service is None:
            return None
        verdict = evaluate(service, kb().catalogue.facts, known)
        if verdict.status != NEED_MORE_ANSWERS:
            return None
        return verdict.next_fact, verdict.next_question


class ActionEligibilityVerdict(Action):
    def name(self) -> Text:
        return "action_eligibility_verdict"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        sid = tracker.get_slot("eligibility_service")
        base = kb()
        service = base.service(sid) if sid else None
        if service is None:
            return [SlotSet("eligibility_service", None)]
        result = evaluate(service, base.catalogue.facts, answers_so_far(tracker))
        dispatcher.utter_message(text=answers.verdict(base, service, result), buttons=buttons(FOLLOW_UP_BUTTONS[1:]))
        record = {
            "service": service.id,
            "status": result.status,
            "conditions": [{"label": r.criterion.label, "status": r.status} for r in result.conditions],
        }
        history = [v for v in (tracker.get_slot("verdicts") or []) if v.get("service") != service.id]
        return [SlotSet("verdicts", history + [record]), SlotSet("eligibility_service", None)]
