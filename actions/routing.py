"""Where to go: the responsible body, and its counterpart in the resident's district."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import PLACES, buttons, finding, kb, office_place, reset_failures, service_in_focus
from actions.eligibility import screen_instead
from actions.service_answers import gap_reply
from bot import answers


class ActionAnswerWhere(Action):
    def name(self) -> Text:
        return "action_answer_where"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        found = finding(tracker)
        base = kb()
        if not found.named("service") and gap_reply(dispatcher, tracker):
            return [reset_failures()]  # "转学去哪里办": not in the catalogue, the body in charge
        screening = screen_instead(dispatcher, tracker, domain, found)
        if screening is not None:
            return screening  # "公租房俺能申不" taken for a where-question
        service = service_in_focus(found, tracker)
        if service is None:
            dispatcher.utter_message(text=answers.WHICH_SERVICE[answers.WHERE])
            return []
        place, note = office_place(tracker, service)
        events = [SlotSet("current_service", service.id), reset_failures()]
        if place:
            dispatcher.utter_message(text=(note + "\n" if note else "") + answers.where(base, service, place))
            return events
        dispatcher.utter_message(
            text=answers.where(base, service, None),
            buttons=buttons((p, f"我在{p}") for p in PLACES),
        )
        return events
