"""What the two screening forms share: asking a fact, and what to do with the reply.

The reply itself is read before the form runs, by ``action_read_facts``
(actions/facts.py, the custom slot mapping of every fact slot): every fact the
message carries is already in the slots, and the slot ``reading`` says what
kind of message it was. The form then moves on when the question was answered
(saying which other facts it understood), and otherwise deals with the
non-answer: "你等一下" waits, "我刚才说了" looks back through the conversation, a
question back is answered, "我说错了" takes back the previous answer, anything
else gets the question again with a hint. Another topic altogether gives way to
the rules (the form resumes afterwards, or is dropped on "算了"). All of it runs
in rasa-sdk's FormValidationAction hooks (see ScreeningForm and the README's
"Forms").
"""
from __future__ import annotations

import functools
import re
from abc import ABC, abstractmethod
from typing import Any, Dict, List, Mapping, Optional, Text, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from actions.common import PLACES, answer_at_office, buttons, kb, latest_text
from actions.facts import known_facts
from actions.replies import (
    ALREADY_SAID, ANSWERED, CONFIRMED, DENIED, MISSED_TWICE, NOT_UNDERSTOOD, OTHER_CORRECTED, OTHER_FACTS, SAID_BEFORE,
    OTHER_TOPIC, QUESTION_BACK, SAID_THRICE, TAKEN_BACK, UNSURE_AGAIN, WAIT, earlier_messages, hint_for,
    last_answered, reply_to, resuming, said_again, words_read,
)
from bot import answers
from bot.reading import read
from knowledge_base.eligibility import UNKNOWN
from knowledge_base.types import BOOLEAN, CHOICE, DISTRICT, OUTSIDE_HUZHOU, Fact

# A message dict that leads to the question asked next carries this key (see lead_in).
LEAD_IN = "lead_in"
# Yes/no facts that compare an amount with a line set locally (not in the sources), and that line
LOCAL_LINES = {"income_below_dibao_line": "低保标准", "income_below_housing_line": "公租房的收入和财产准入标准",
               "income_within_200pct_dibao": "低保标准"}
# Facts told by a date ("八月二十号老板扣了工资"): looked for in the messages before a screening starts, and a bare date
# after a list of choices picks the service that asks one (actions/situation.chosen_by_date)
DATE_FACTS = ("days_since_injury", "days_since_rights_infringed")
_DATED = re.compile(r"\d+\s*[号日]|[〇一二三四五六七八九十廿卅两]+\s*[号日]|月底|月初|月中|号头")
ASPECT_WORDS = (
    # "少交的事该去哪个部门递材料": where to hand the papers in, not what they are
    (answers.WHERE, r"(?:哪个部门|哪里|哪儿|去哪|到哪|哪个单位|哪个窗口|啥地方|啥个?部门)[^，。？?\s]{0,4}(?:递|交|送|报)(?:材料|申请|资料)"
                     r"|(?:材料|资料|申请)(?:要)?(?:递|交|送|报)(?:到|给)?(?:哪|谁|啥地方|啥个?部门)"),
    (answers.AMOUNT, r"多少钱|标准|多少|金额|能拿|给多少|补多少|几钿|几块钱|多少钞票"),
    (answers.DOCUMENTS, r"材料|证件|带什么|准备什么|要什么东西|手续"),
    (answers.WHERE, r"哪里|哪儿|去哪|在哪|哪个部门|找谁|地址|电话|[寻找问]啥人|寻谁|何处|向哪|哪个单位"
                    r"|啥地方|什么地方|哪个地方|到哪|哪边|哪个窗口|什么窗口|啥个?窗口|受理部门|办理部门"
                    # "计划生育个事体归啥个部门管"
                    r"|啥个?部门|什么部门|啥个?单位|什么单位|归谁|谁管|哪家"),
    (answers.HOW_TO_APPLY, r"怎么申请|怎么办|怎么弄|流程|程序|怎么领|怎么交|补交|补缴|怎么报名|咋报名|咋申请|咋办|咋弄|哪能办"),
)


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


def understood(facts: Mapping[str, Fact], keys: List[str], values: Dict[str, Any]) -> str:
    """"记下了：没有自己的住房；户籍：外地；…": the facts a message gave, in words."""
    shown = [facts[k].describe(values[k]) for k in keys if k in facts and values.get(k) is not None]
    return "好的，记下了：" + "；".join(shown) + "。" if shown else ""


def give_up_on(dispatcher: CollectingDispatcher, fact: Fact) -> Dict[str, Any]:
    """A question whose answer could not be read twice: the fact stays unknown (the verdict
    says 待确认 for it, never 不符合), the resident can still say it later, the form goes on."""
    dispatcher.utter_message(text=f"抱歉，“{fact.label}”这一项我没能听明白，先记为“不清楚”，"
                                  "判断结果里会标为待确认；您想起来可以随时补充。")
    return {fact.key: UNKNOWN}


def lead_in(dispatcher: CollectingDispatcher, text: str) -> None:
    """Words that lead to the question asked again ("好的，不着急…"): said with it, in one message."""
    dispatcher.utter_message(text=text, **{LEAD_IN: True})


def take_lead_in(dispatcher: CollectingDispatcher) -> str:
    if dispatcher.messages and dispatcher.messages[-1].get(LEAD_IN):
        return dispatcher.messages.pop().get("text") or ""
    return ""


class ScreeningForm(FormValidationAction, ABC):
    """Validation action of a form whose questions are facts of the catalogue, on rasa-sdk's hooks.

    - ``required_slots``: the facts the form asks, from the catalogue at run time;
    - ``extract_<fact>`` (every fact, through ``__getattr__``): the reply to the fact asked,
      or nothing when the message is about something else, so that Rasa rejects the form
      and the rules answer (the fact slots themselves are filled by their custom mapping,
      action_read_facts, before the form runs);
    - ``validate_<fact>``: what the reply means for the form (a value, a confirmation, a
      non-answer, a correction) and what to say about it;
    - ``get_validation_events`` adds what concerns the form as a whole: its introduction,
      and the confirmation before a refusal;
    - ``next_requested_slot`` asks the question (a catalogue question, with buttons).
    """

    @abstractmethod
    def next_question(self, tracker: Tracker, known: Dict[str, Any],
                      domain: DomainDict) -> Optional[Tuple[str, Optional[str]]]:
        """(fact key, question) to ask next, or None when the form is complete."""

    def asked_facts(self, tracker: Tracker, domain: DomainDict) -> List[str]:
        """The facts this form may ask beyond the domain's required_slots, in order."""
        return []

    def on_start(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """Said when the form starts; subclasses introduce themselves."""

    def told_in_story(self, tracker: Tracker) -> List[EventType]:
        """Dates the resident's messages so far told, read again as the answer to this form's question about
        them: "十一月二十三号干活的时候…咬在小腿上" opening a story is the day of the injury, which the story
        read with no question asked leaves open (a bare date answers nothing until it is asked about)."""
        service = self.service(tracker)
        if service is None:
            return []
        known = {**known_facts(tracker), "applicant": tracker.get_slot("applicant")}
        said = [latest_text(tracker)] + earlier_messages(tracker)
        events: List[EventType] = []
        for key in DATE_FACTS:
            if key not in service.facts() or known.get(key) is not None:
                continue
            for text in said:
                if not text or text.startswith("/") or not _DATED.search(text):
                    continue
                value = read(text, kb().catalogue, key, known).values().get(key)
                if value is not None and value != UNKNOWN:
                    events.append(SlotSet(key, value))
                    break
        return events

    def confirmation(self, dispatcher: CollectingDispatcher, tracker: Tracker, known: Dict[str, Any]) -> Optional[str]:
        """The fact to confirm before the form ends (it says "我确认一下…"), or None."""
        return None

    def side_answer(self, dispatcher: CollectingDispatcher, tracker: Tracker, fact: Fact, kind: Optional[str]) -> None:
        """Answers a question back ("标准是多少？", "啥叫劳动能力？") before the form goes on."""
        text = latest_text(tracker)
        if kind == NOT_UNDERSTOOD or re.search(r"意思|啥叫|什么叫|什么是|是指|是谁|算不算|包括", text):
            # (the question's own aside, when it explains: not "不清楚可以说…", which the line below says)
            explanation = next((m for m in re.finditer(r"（([^）]*)）", fact.question)
                                if not m.group(1).startswith("不清楚")), None)
            note = f"简单说就是：{explanation.group(1)}。" if explanation else ""
            dispatcher.utter_message(text=f"这一项问的是“{fact.label}”。{note}不清楚的话，回答“不知道”就行。")
            return
        service = self.service(tracker)
        for aspect, words in ASPECT_WORDS:
            if service is not None and re.search(words, text):
                # (the office where the resident's place is, by the service's rule: "他住李家巷镇 该去哪里问")
                dispatcher.utter_message(text=answer_at_office(tracker, service, aspect))
                return
        dispatcher.utter_message(text="这个问题等核对完条件，我再回答您；您也可以拨打12345政务服务便民热线咨询。")

    def service(self, tracker: Tracker):
        sid = tracker.get_slot("eligibility_service")
        return kb().service(sid) if sid else None

    def question_for(self, tracker: Tracker, key: str, known: Dict[str, Any], domain: DomainDict) -> Optional[str]:
        following = self.next_question(tracker, {k: v for k, v in known.items() if k != key}, domain)
        return following[1] if following and following[0] == key else None

    # rasa-sdk's hooks

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> List[Text]:
        """The facts known that the form rests on, then those still open: a fact the resident
        took back this turn, the fact being asked, the next one the catalogue needs."""
        facts = kb().catalogue.facts
        known = known_facts(tracker)
        requested = tracker.get_slot(REQUESTED_SLOT)
        taken_back = [k for k, v in tracker.slots_to_validate().items() if k in facts and v is None and k != requested]
        slots = [k for k in domain_slots + self.asked_facts(tracker, domain) if k in known] + taken_back
        if requested in facts:
            slots.append(requested)
        following = self.next_question(tracker, known, domain)
        if following is not None:
            slots.append(following[0])
        return list(dict.fromkeys(slots))

    def __getattr__(self, name: str):
        # extract_<fact> and validate_<fact> for every fact of the catalogue: rasa-sdk looks them up by name
        if name.startswith("__"):
            raise AttributeError(name)
        for prefix, method in (("extract_", self.extract_fact), ("validate_", self.validate_fact)):
            if name.startswith(prefix) and name[len(prefix):] in kb().catalogue.facts:
                return functools.partial(method, name[len(prefix):])
        raise AttributeError(name)

    def gives_way(self, tracker: Tracker) -> bool:
        """The latest message, a reply to nothing the form asked, is about something else."""
        requested = tracker.get_slot(REQUESTED_SLOT)
        return requested in kb().catalogue.facts and not resuming(tracker, self.form_name()) and \
            reply_to(tracker, requested, known_facts(tracker)) == OTHER_TOPIC

    def extract_fact(self, key: str, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: DomainDict) -> Dict[Text, Any]:
        """The reply to the fact asked, as action_read_facts recorded it (None: no value in
        it); nothing when the form comes back after an interruption or the message is about
        something else."""
        if key != tracker.get_slot(REQUESTED_SLOT) or resuming(tracker, self.form_name()) or self.gives_way(tracker):
            return {}
        return {key: tracker.get_slot(key)}

    def validate_fact(self, key: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                      domain: DomainDict) -> Dict[Text, Any]:
        """What the reply means for the form; a fact other than the one asked stands as read."""
        if key != tracker.get_slot(REQUESTED_SLOT):
            return {key: value}
        facts = kb().catalogue.facts
        fact = facts[key]
        known = known_facts(tracker)
        reading = tracker.get_slot("reading") or {}
        pending = tracker.get_slot("pending_confirmation") or {}
        kind = reply_to(tracker, key, known)
        slots: Dict[Text, Any] = {key: value}
        if pending and kind != SAID_THRICE:
            slots["pending_confirmation"] = None
        confidence = dict(tracker.get_slot("fact_confidence") or {})
        if kind == CONFIRMED:
            confidence[pending["fact"]] = 1.0
            slots["fact_confidence"] = confidence
        elif kind == DENIED:
            lead_in(dispatcher, "好的，那请您再说一下：")
            slots[key] = None
        elif kind == UNSURE_AGAIN:
            # the same unclear words again ("呒没额…哪里来额退休工资"): not a confirmation
            # of a reading they may not mean; the question is asked plainly instead
            lead_in(dispatcher, "抱歉，我没能确定您的意思，请直接回答：")
            slots[key] = None
        elif kind in (SAID_THRICE, MISSED_TWICE):  # neither a yes nor a no we can trust; never a third time
            slots.update(give_up_on(dispatcher, fact))
        elif kind == OTHER_CORRECTED:
            # "不对不对，我算错了，人均才十二平" asked to confirm another fact: the resident
            # corrected what they meant; the fact being confirmed stands, the rules look again
            dispatcher.utter_message(text=understood(facts, words_read(reading, key), known))
        elif kind == ANSWERED:
            if pending and key in (reading.get("repeated") or []):
                # asked to confirm, the resident says it again clearly: that is what they mean
                confidence[key] = 1.0
                slots["fact_confidence"] = confidence
            others = [k for k in words_read(reading, key) if k != key]
            note = understood(facts, others, known)
            if note:
                dispatcher.utter_message(text=note)
            if reading.get("asks"):
                self.side_answer(dispatcher, tracker, fact, None)
        elif kind == TAKEN_BACK:  # "我说错了": the previous answer is asked again (required_slots)
            lead_in(dispatcher, "好的，这一题重新回答：")
            previous = last_answered(tracker, key)
            if previous is not None:  # (reply_to found it)
                slots[previous] = None
        elif kind == ALREADY_SAID:
            for earlier in earlier_messages(tracker):
                found = read(earlier, kb().catalogue, key, known)
                if key in found.facts:
                    said = found.facts[key].value
                    dispatcher.utter_message(text=f"对，您前面说过：{fact.describe(said)}。我记下了。")
                    return {**slots, key: said}
            lead_in(dispatcher, "抱歉，前面的话里我没找到这一项，麻烦您再说一下：")
        elif kind == WAIT:
            lead_in(dispatcher, "好的，不着急，您问好了再告诉我。")
        elif kind == QUESTION_BACK and said_again(tracker) >= 1:
            # "啥个两倍勿两倍 阿拉勿懂" a second time: explained once already — 不清楚, and the form goes on
            # (any words taken for a question back, said again word for word: never the same reply a third time)
            slots.update(give_up_on(dispatcher, fact))
        elif kind == QUESTION_BACK:
            self.side_answer(dispatcher, tracker, fact, reading.get("non_answer"))
            lead_in(dispatcher, "我们接着刚才的问题：")
        elif kind == OTHER_FACTS and key in LOCAL_LINES and "household_monthly_income" in words_read(reading, key):
            # "一个月四千多" to "低于当地公租房标准吗": the resident gave the amount, the line is set
            # locally and not in the sources: the comparison is the agency's, not asked again
            dispatcher.utter_message(text=understood(facts, words_read(reading, key), known) + "\n"
                                     + f"{LOCAL_LINES[key]}由当地确定，我这里没有具体数额，是否低于标准先记为“待确认”。")
            slots[key] = UNKNOWN
        elif kind == OTHER_FACTS:
            dispatcher.utter_message(text=understood(facts, words_read(reading, key), known))
            lead_in(dispatcher, "还想问一下：")
        elif kind == SAID_BEFORE:
            # "呒没人好靠" asked whether the applicant can work: what they said before, said again —
            # acknowledged as known, and the question asked with its hint (a second miss gives up on it)
            again = [facts[k].describe(known[k]) for k in reading.get("repeated") or []
                     if k in facts and k != key and known.get(k) is not None]
            if again:
                dispatcher.utter_message(text="这一点您前面说过了，我记着：" + "；".join(again) + "。")
            lead_in(dispatcher, hint_for(fact) + "\n")
        else:
            lead_in(dispatcher, hint_for(fact) + "\n")
        return slots

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[EventType]:
        """The reply validated (validate_<fact>), with what concerns the form as a whole: its
        introduction when it starts, the confirmation of a reading a refusal would rest on."""
        starting = tracker.get_slot(REQUESTED_SLOT) is None
        told: List[EventType] = []
        if starting:
            told = self.told_in_story(tracker)
            tracker.add_slots(told)  # (the introduction lists them among what was said)
            self.on_start(dispatcher, tracker)
        events = told + await super().get_validation_events(dispatcher, tracker, domain)
        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        # (a screening another action started — "家里两个娃 老大七岁…想找个园子" answered by the
        # screening of its need — is starting, not resuming: a refusal from its opening's facts is confirmed too)
        if (starting or not resuming(tracker, self.form_name())) and not self.gives_way(tracker) and \
                all(tracker.get_slot(k) is not None for k in required):
            key = self.confirmation(dispatcher, tracker, known_facts(tracker))  # the form would end here
            if key is not None:
                events.append(SlotSet("pending_confirmation", {"fact": key}))
        return events

    async def next_requested_slot(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Optional[EventType]:
        """The fact to ask next, asked: the one to confirm (the confirmation was said), the
        question interrupted again, or the first open fact of ``required_slots``."""
        facts = kb().catalogue.facts
        requested = tracker.get_slot(REQUESTED_SLOT)
        back = requested in facts and resuming(tracker, self.form_name())
        if self.gives_way(tracker):
            # not a reply: Rasa rejects the form and the rules answer; said outright, because facts the
            # message carries were validated ("孩子6岁 户口吴兴 上小学行不行": the form would go on silently)
            return ActionExecutionRejected(self.form_name())
        pending = tracker.slots_to_validate().get("pending_confirmation")
        if pending:
            return SlotSet(REQUESTED_SLOT, pending["fact"])
        prefix = take_lead_in(dispatcher)
        if back:
            # the form comes back after another action answered the message ("标准是多少？")
            key, prefix = requested, "我们接着刚才的问题："
        else:
            required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
            key = next((k for k in required if tracker.get_slot(k) is None), None)
        if key is None:
            if prefix:
                dispatcher.utter_message(text=prefix)
            return SlotSet(REQUESTED_SLOT, None)
        ask(dispatcher, facts[key], self.question_for(tracker, key, known_facts(tracker), domain), prefix=prefix)
        return SlotSet(REQUESTED_SLOT, key)
