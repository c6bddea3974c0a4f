"""Answers about a service: what it is, how to apply, where, documents, amount."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import FOLLOW_UP_BUTTONS, buttons, current_service, finding, kb, place_of
from bot import answers

FOLLOW_UP_INTENTS = {"ask_how_to_apply", "ask_where", "ask_documents", "ask_amount", "check_eligibility"}


class ActionAnswerService(Action):
    """Finds the service a message is about and answers the aspect asked for."""

    def name(self) -> Text:
        return "action_answer_service"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        found = finding(tracker)
        intent = found.intent
        aspect = answers.ASPECT_OF_INTENT.get(intent, answers.OVERVIEW)
        place = place_of(tracker)
        base = kb()
        service = base.service(found.top.id) if found.top else None
        if service is None and intent in FOLLOW_UP_INTENTS:
            service = current_service(tracker)
        if service is None:
            dispatcher.utter_message(text=answers.NOT_UNDERSTOOD)
            return []
        dispatcher.utter_message(
            text=answers.answer(base, service, aspect, place), buttons=buttons(FOLLOW_UP_BUTTONS)
        )
        return [SlotSet("current_service", service.id)]
