"""What the two screening forms share: asking a fact, reading the answer.

Both forms choose their next question at run time (from a service's criteria,
or from the household facts), ask it with answer buttons, read the reply with
bot.replies, accept corrections, and give way when the resident asks about
something else (the form is then resumed by a rule, or dropped on "算了").
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction

from actions.common import PLACES, buttons, kb, latest_intent, latest_text
from bot.replies import read_answer
from knowledge_base.types import BOOLEAN, CHOICE, DISTRICT, OUTSIDE_HUZHOU, Fact

# Intents that answer a question; any other intent with nothing readable in it
# is a change of topic, and the form gives way.
ANSWER_INTENTS = {"affirm", "deny", "dont_know", "inform", "nlu_fallback", "out_of_scope"}
# Facts a resident may state without being asked; a later statement corrects an earlier one.
ENTITY_FACTS = {"age": "age", "child_age": "child_age", "disability_grade": "disability_grade"}
# "我说错了，有房子": the resident takes back the previous answer.
CORRECTION = re.compile(r"(?:我)?(?:说错了|搞错了|答错了|选错了|点错了|弄错了|刚才(?:说|答|选)?的?不对|更正一下|改一下)[，,。.！!\s]*")


def resuming(tracker: Tracker, form: str) -> bool:
    """True when the form comes back after answering something else.

    Then the latest message was not an answer to the form's question, and the
    question is asked again instead of read from it.
    """
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") not in (form, "action_extract_slots", "action_listen"):
            return True
    return False


def last_answered(tracker: Tracker, facts: Dict[str, Fact], requested: Optional[str]) -> Optional[str]:
    """The fact the resident answered last (not the one being asked now)."""
    for event in reversed(tracker.events):
        name = event.get("name")
        if event.get("event") == "slot" and name in facts and name != requested and event.get("value") is not None:
            return name
    return None


def answers_so_far(tracker: Tracker) -> Dict[str, Any]:
    facts = kb().catalogue.facts
    return {key: tracker.get_slot(key) for key in facts if tracker.get_slot(key) is not None}


def ask(dispatcher: CollectingDispatcher, fact: Fact, question: Optional[str] = None, prefix: str = "") -> None:
    text = prefix + (question or fact.question)
    if fact.type == BOOLEAN:
        options = [("是", "是"), ("不是", "不是"), ("不知道", "不知道")]
    elif fact.type == CHOICE:
        options = [(o, o) for o in fact.options]
    elif fact.type == DISTRICT:
        options = [(p, p) for p in PLACES] + [(OUTSIDE_HUZHOU, OUTSIDE_HUZHOU)]
    else:
        options = [("不知道", "不知道")]
    dispatcher.utter_message(text=text, buttons=buttons(options))


class ScreeningForm(FormValidationAction, ABC):
    """Validation action of a form whose questions are facts of the catalogue."""

    allow_not_applicable = False

    @abstractmethod
    def next_question(self, tracker: Tracker, answers: Dict[str, Any]) -> Optional[tuple]:
        """(fact key, question) to ask next, or None when the form is complete."""

    def on_start(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict]:
        """Said and set when the form starts; subclasses introduce themselves."""
        return []

    def keep_alive(self, tracker: Tracker) -> List[Dict]:
        """An event that tells Rasa the form handled the message (see README)."""
        return []

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        facts = kb().catalogue.facts
        requested = tracker.get_slot(REQUESTED_SLOT)
        answers = answers_so_far(tracker)
        events: List[Dict] = []
        starting = requested is None

        # Facts stated in passing, or corrected ("不对，是三级"), from entities.
        for entity in (tracker.latest_message or {}).get("entities", []):
            key = ENTITY_FACTS.get(entity.get("entity"))
            if key and key in facts and key != requested and answers.get(key) != entity.get("value"):
                answers[key] = entity.get("value")
                events.append(SlotSet(key, entity.get("value")))
        if not starting and resuming(tracker, self.form_name()):
            if requested in facts:
                ask(dispatcher, facts[requested], self.question_for(tracker, requested, answers), prefix="我们接着刚才的问题：")
                return events + self.keep_alive(tracker) + [SlotSet(REQUESTED_SLOT, requested)]
        if starting:
            events.extend(self.on_start(dispatcher, tracker))
            for e in events:
                if e.get("name") in facts:
                    answers[e["name"]] = e.get("value")
        elif requested in facts and not events and CORRECTION.search(latest_text(tracker)):
            previous = last_answered(tracker, facts, requested)
            if previous is not None:
                return events + self.correct(dispatcher, tracker, previous, answers) + self.keep_alive(tracker)
        if not starting and requested in facts:
            value, problem = read_answer(
                facts[requested], latest_text(tracker), latest_intent(tracker),
                (tracker.latest_message or {}).get("entities", []), kb().resolve_place,
                allow_not_applicable=self.allow_not_applicable,
            )
            if problem is not None:
                if latest_intent(tracker) not in ANSWER_INTENTS and not events:
                    return []  # a change of topic: Rasa rejects the form and the rules take over
                ask(dispatcher, facts[requested], self.question_for(tracker, requested, answers), prefix=problem.hint + "\n")
                return events + self.keep_alive(tracker) + [SlotSet(REQUESTED_SLOT, requested)]
            answers[requested] = value
            events.append(SlotSet(requested, value))

        following = self.next_question(tracker, answers)
        if following is None:
            return events + [SlotSet(REQUESTED_SLOT, None)]
        key, question = following
        ask(dispatcher, facts[key], question)
        return events + self.keep_alive(tracker) + [SlotSet(REQUESTED_SLOT, key)]

    def correct(self, dispatcher: CollectingDispatcher, tracker: Tracker, key: str,
                answers: Dict[str, Any]) -> List[Dict]:
        """Takes back the answer to ``key``: reads the new one from the message
        ("我说错了，有房子"), or asks the question again when it holds none."""
        facts = kb().catalogue.facts
        rest = CORRECTION.sub("", latest_text(tracker)).strip()
        rest = re.sub(r"^(?:我们家|我家|家里|我们|我)", "", rest)  # "家里有房子" answers as "有房子"
        value, problem = (None, True) if not rest else read_answer(
            facts[key], rest, None, (tracker.latest_message or {}).get("entities", []), kb().resolve_place,
            allow_not_applicable=self.allow_not_applicable,
        )
        if problem is not None:
            answers.pop(key, None)
            ask(dispatcher, facts[key], self.question_for(tracker, key, answers), prefix="好的，这一题重新回答：")
            return [SlotSet(key, None), SlotSet(REQUESTED_SLOT, key)]
        answers[key] = value
        shown = {True: "是", False: "不是"}.get(value, value)
        dispatcher.utter_message(text=f"好的，已改正：{facts[key].question.split('？')[0]} — {shown}。")
        following = self.next_question(tracker, answers)
        if following is None:
            return [SlotSet(key, value), SlotSet(REQUESTED_SLOT, None)]
        ask(dispatcher, facts[following[0]], following[1])
        return [SlotSet(key, value), SlotSet(REQUESTED_SLOT, following[0])]

    def question_for(self, tracker: Tracker, key: str, answers: Dict[str, Any]) -> Optional[str]:
        following = self.next_question(tracker, {k: v for k, v in answers.items() if k != key})
        return following[1] if following and following[0] == key else None
