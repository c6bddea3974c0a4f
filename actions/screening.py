"""What the two screening forms share: asking a fact, and what to do with the reply.

The reply itself is read before the form runs, by ``action_read_facts``
(actions/facts.py): every fact the message carries is already in the slots,
and the slot ``reading`` says what kind of message it was. The form then
moves on when the question was answered (saying which other facts it
understood), and otherwise deals with the non-answer: "你等一下" waits,
"我刚才说了" looks back through the conversation, a question back is
answered, "我说错了" takes back the previous answer, anything else gets the
question again with a hint. Another topic altogether gives way to the rules
(the form resumes afterwards, or is dropped on "算了").
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction

from actions.common import PLACES, buttons, kb, latest_intent, latest_text
from actions.facts import known_facts
from bot import answers
from bot.reading import ALREADY_SAID, NOT_UNDERSTOOD, SIDE_QUESTION, WAIT, read
from knowledge_base.eligibility import UNKNOWN
from knowledge_base.types import BOOLEAN, CHOICE, DISTRICT, HUZHOU_DISTRICTS, NUMBER, OUTSIDE_HUZHOU, Fact

# A reading said again when asked to confirm it settles it only if it was read this clearly.
REPEAT_SURE = 0.8
# Intents that answer a question; any other intent with nothing read in the
# message is a change of topic, and the form gives way.
ANSWER_INTENTS = {"affirm", "deny", "dont_know", "inform", "nlu_fallback", "out_of_scope"}
HINTS = {
    BOOLEAN: "请回答“是”或“不是”（不清楚可以说“不知道”）。",
    NUMBER: "请告诉我一个数字，比如 {example}（不清楚可以说“不知道”）。",
    CHOICE: "请在这几项里选一项：{options}。",
    DISTRICT: f"请说区县名称：{'、'.join(HUZHOU_DISTRICTS)}，不在湖州请说“外地”。",
}
EXAMPLES = {"周岁": "70", "年": "15", "天": "30", "平方米": "15", "人": "3", "元": "3000"}
ASPECT_WORDS = (
    (answers.AMOUNT, r"多少钱|标准|多少|金额|能拿|给多少|补多少"),
    (answers.DOCUMENTS, r"材料|证件|带什么|准备什么|要什么东西|手续"),
    (answers.WHERE, r"哪里|哪儿|去哪|在哪|哪个部门|找谁|地址|电话"),
    (answers.HOW_TO_APPLY, r"怎么申请|怎么办|怎么弄|流程|程序|怎么领|怎么交|补交|补缴"),
)


def hint_for(fact: Fact) -> str:
    if fact.type == NUMBER:
        return HINTS[NUMBER].format(example=EXAMPLES.get(fact.unit or "", "5"))
    if fact.type == CHOICE:
        return HINTS[CHOICE].format(options="、".join(fact.options))
    return HINTS[fact.type]


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


def resuming(tracker: Tracker, form: str) -> bool:
    """True when the form comes back after another action answered the message
    ("标准是多少？" answered by the rules): the question is asked again."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") not in (
            form, "action_extract_slots", "action_listen", "action_read_facts",
            "action_start_eligibility",  # the same screening asked for again: it goes on (see there)
        ):
            return True
    return False


def last_answered(tracker: Tracker, requested: Optional[str]) -> Optional[str]:
    """The fact the resident answered last (not the one being asked now)."""
    facts = kb().catalogue.facts
    for event in reversed(tracker.events):
        name = event.get("name")
        if event.get("event") == "slot" and name in facts and name != requested and event.get("value") is not None:
            return name
    return None


def earlier_messages(tracker: Tracker) -> List[str]:
    """What the resident said before the latest message, newest first."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    return [t for t in reversed(said[:-1]) if t and not t.startswith("/")]


def missed_before(tracker: Tracker, fact: Fact) -> bool:
    """The assistant's words before the latest message were this question with
    its hint: the answer to it was missed once already."""
    hint = hint_for(fact)
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_user:
                return False
            seen_user = True
        elif event.get("event") == "bot" and seen_user:
            return (event.get("text") or "").startswith(hint)
    return False


def said_again(tracker: Tracker) -> int:
    """How many messages in a row before the latest one said word for word the same."""
    latest = latest_text(tracker)
    count = 0
    for earlier in earlier_messages(tracker):
        if earlier != latest:
            break
        count += 1
    return count


def understood(facts: Dict[str, Fact], keys: List[str], values: Dict[str, Any]) -> str:
    """"记下了：没有自己的住房；户籍：外地；…": the facts a message gave, in words."""
    shown = [facts[k].describe(values[k]) for k in keys if k in facts and values.get(k) is not None]
    return "好的，记下了：" + "；".join(shown) + "。" if shown else ""


class ScreeningForm(FormValidationAction, ABC):
    """Validation action of a form whose questions are facts of the catalogue."""

    @abstractmethod
    def next_question(self, tracker: Tracker, known: Dict[str, Any]) -> Optional[Tuple[str, Optional[str]]]:
        """(fact key, question) to ask next, or None when the form is complete."""

    def on_start(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict]:
        """Said and set when the form starts; subclasses introduce themselves."""
        return []

    def keep_alive(self, tracker: Tracker) -> List[Dict]:
        """An event that tells Rasa the form handled the message (see README)."""
        return []

    def before_done(self, dispatcher: CollectingDispatcher, tracker: Tracker, known: Dict[str, Any]) -> List[Dict]:
        """Last word before the form ends; a form may ask one more thing (a confirmation)."""
        return []

    def side_answer(self, dispatcher: CollectingDispatcher, tracker: Tracker, fact: Fact, kind: Optional[str]) -> None:
        """Answers a question back ("标准是多少？", "啥叫劳动能力？") before the form goes on."""
        text = latest_text(tracker)
        if kind == NOT_UNDERSTOOD or re.search(r"意思|啥叫|什么叫|什么是|是指|是谁|算不算|包括", text):
            explanation = re.search(r"（([^）]*)）", fact.question)
            note = f"简单说就是：{explanation.group(1)}。" if explanation else ""
            dispatcher.utter_message(text=f"这一项问的是“{fact.label}”。{note}不清楚的话，回答“不知道”就行。")
            return
        service = self.service(tracker)
        for aspect, words in ASPECT_WORDS:
            if service is not None and re.search(words, text):
                dispatcher.utter_message(text=answers.answer(kb(), service, aspect, tracker.get_slot("place")))
                return
        dispatcher.utter_message(text="这个问题等核对完条件，我再回答您；您也可以拨打12345政务服务便民热线咨询。")

    def service(self, tracker: Tracker):
        sid = tracker.get_slot("eligibility_service")
        return kb().service(sid) if sid else None

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        events = await self._run(dispatcher, tracker)
        return events

    async def _run(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict]:
        facts = kb().catalogue.facts
        requested = tracker.get_slot(REQUESTED_SLOT)
        known = known_facts(tracker)
        reading = tracker.get_slot("reading") or {}
        if requested is None:
            events = self.on_start(dispatcher, tracker)
            return events + self.ask_next(dispatcher, tracker, known)
        if requested not in facts:
            return self.ask_next(dispatcher, tracker, known)
        fact = facts[requested]
        if resuming(tracker, self.form_name()):
            ask(dispatcher, fact, self.question_for(tracker, requested, known), prefix="我们接着刚才的问题：")
            return self.keep_alive(tracker) + [SlotSet(REQUESTED_SLOT, requested)]

        pending = tracker.get_slot("pending_confirmation") or {}
        events: List[Dict] = []
        if pending and "confirmed" in reading:
            if reading["confirmed"]:
                confidence = dict(tracker.get_slot("fact_confidence") or {})
                confidence[pending["fact"]] = 1.0
                events += [SlotSet("fact_confidence", confidence), SlotSet("pending_confirmation", None)]
                return events + self.ask_next(dispatcher, tracker, known, events)
            known.pop(requested, None)
            ask(dispatcher, fact, self.question_for(tracker, requested, known), prefix="好的，那请您再说一下：")
            return [SlotSet(requested, None), SlotSet("pending_confirmation", None), SlotSet(REQUESTED_SLOT, requested)] \
                + self.keep_alive(tracker)
        if pending:
            events.append(SlotSet("pending_confirmation", None))
            if requested in (reading.get("repeated") or []):
                confidence = dict(tracker.get_slot("fact_confidence") or {})
                said_before = said_again(tracker)
                if said_before >= 2:  # the same words a third time: neither a yes nor a no we can trust
                    return events + self.give_up_on(dispatcher, tracker, fact, known, events)
                if confidence.get(requested, 1.0) < REPEAT_SURE:
                    # the same unclear words again ("呒没额…哪里来额退休工资"): not a confirmation
                    # of a reading they may not mean; ask the question plainly instead
                    known.pop(requested, None)
                    ask(dispatcher, fact, self.question_for(tracker, requested, known),
                        prefix="抱歉，我没能确定您的意思，请直接回答：")
                    return events + [SlotSet(requested, None), SlotSet(REQUESTED_SLOT, requested)] \
                        + self.keep_alive(tracker)
                # asked to confirm, the resident says it again clearly: that is what they mean
                confidence[requested] = 1.0
                events.append(SlotSet("fact_confidence", confidence))

        read_now = [k for k in reading.get("read") or [] if k in facts]
        if requested in (reading.get("implied") or []):
            read_now.append(requested)  # "我又不残疾": no certificate either
        kind = reading.get("non_answer")
        if pending and read_now and requested not in read_now and known.get(requested) is not None:
            # "不对不对，我算错了，人均才十二平" asked to confirm another fact: the resident
            # corrected what they meant; the fact being confirmed stands, the rules look again
            dispatcher.utter_message(text=understood(facts, read_now, known))
            return events + self.ask_next(dispatcher, tracker, known, events)
        if requested in read_now or requested in (reading.get("repeated") or []):
            others = [k for k in read_now if k != requested and k in facts]
            note = understood(facts, others, known) if len(others) >= 1 else ""
            if note:
                dispatcher.utter_message(text=note)
            if reading.get("asks"):
                self.side_answer(dispatcher, tracker, fact, None)
            return events + self.ask_next(dispatcher, tracker, known, events)
        if reading.get("correction") and not read_now:
            previous = last_answered(tracker, requested)  # "我说错了": take back the previous answer
            if previous is not None:
                known.pop(previous, None)
                ask(dispatcher, facts[previous], self.question_for(tracker, previous, known), prefix="好的，这一题重新回答：")
                return events + [SlotSet(previous, None), SlotSet(REQUESTED_SLOT, previous)] + self.keep_alive(tracker)
        if latest_intent(tracker) not in ANSWER_INTENTS and not read_now and kind != ALREADY_SAID:
            return []  # a change of topic: Rasa rejects the form and the rules take over
        if kind == ALREADY_SAID:
            for earlier in earlier_messages(tracker):
                found = read(earlier, kb().catalogue, requested, known)
                if requested in found.facts:
                    value = found.facts[requested].value
                    dispatcher.utter_message(text=f"对，您前面说过：{fact.describe(value)}。我记下了。")
                    known[requested] = value
                    return events + [SlotSet(requested, value)] + self.ask_next(dispatcher, tracker, known, events)
            prefix = "抱歉，前面的话里我没找到这一项，麻烦您再说一下："
        elif kind == WAIT:
            prefix = "好的，不着急，您问好了再告诉我。"
        elif kind in (SIDE_QUESTION, NOT_UNDERSTOOD) or reading.get("asks"):
            self.side_answer(dispatcher, tracker, fact, kind)
            prefix = "我们接着刚才的问题："
        elif read_now:
            dispatcher.utter_message(text=understood(facts, read_now, known))
            prefix = "还想问一下："
        elif missed_before(tracker, fact):
            # the same question missed twice: never a third time
            return events + self.give_up_on(dispatcher, tracker, fact, known, events)
        else:
            prefix = hint_for(fact) + "\n"
        ask(dispatcher, fact, self.question_for(tracker, requested, known), prefix=prefix)
        return events + self.keep_alive(tracker) + [SlotSet(REQUESTED_SLOT, requested)]

    def give_up_on(self, dispatcher: CollectingDispatcher, tracker: Tracker, fact: Fact, known: Dict[str, Any],
                   events: List[Dict]) -> List[Dict]:
        """A question whose answer could not be read twice: the fact stays unknown (the verdict
        says 待确认 for it, never 不符合), the resident can still say it later, the form goes on."""
        dispatcher.utter_message(text=f"抱歉，“{fact.label}”这一项我没能听明白，先记为“不清楚”，"
                                      "判断结果里会标为待确认；您想起来可以随时补充。")
        known[fact.key] = UNKNOWN
        events = events + [SlotSet(fact.key, UNKNOWN)]
        return [SlotSet(fact.key, UNKNOWN)] + self.ask_next(dispatcher, tracker, known, events)

    def ask_next(self, dispatcher: CollectingDispatcher, tracker: Tracker, known: Dict[str, Any],
                 events: Optional[List[Dict]] = None) -> List[Dict]:
        for event in events or []:  # what this turn set, as the next question sees it
            if event.get("event") == "slot":
                tracker.slots[event["name"]] = event["value"]
        following = self.next_question(tracker, known)
        if following is None:
            last = self.before_done(dispatcher, tracker, known)
            if last:
                return self.keep_alive(tracker) + last
            return [SlotSet(REQUESTED_SLOT, None)]
        key, question = following
        ask(dispatcher, kb().catalogue.facts[key], question)
        return self.keep_alive(tracker) + [SlotSet(REQUESTED_SLOT, key)]

    def question_for(self, tracker: Tracker, key: str, known: Dict[str, Any]) -> Optional[str]:
        following = self.next_question(tracker, {k: v for k, v in known.items() if k != key})
        return following[1] if following and following[0] == key else None
