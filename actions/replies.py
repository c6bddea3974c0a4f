"""What kind of reply a resident's message is to the screening question asked.

action_read_facts (actions/facts.py) has read the message before the form runs:
the slot ``reading`` holds the facts read and the kind of non-answer. This module
says what that is as a reply to the question asked now (an answer, a
confirmation, a non-answer, a correction, another topic), looking at the
conversation where it must ("我刚才说了", the same words a third time, a form
coming back after an interruption). The forms (actions/screening.py) act on it.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker

from actions.common import ASKS_WHERE, kb, latest_intent, latest_text
from bot.eligibility_cues import asks_eligibility, asks_for_a_share
from bot.finder import named_services
from bot.reading import ALREADY_SAID, CORRECTION, NOT_UNDERSTOOD, SIDE_QUESTION, WAIT
from bot.reading.nonanswers import is_question
from knowledge_base.types import BOOLEAN, CHOICE, DISTRICT, HUZHOU_DISTRICTS, NUMBER, Fact

# A reading said again when asked to confirm it settles it only if it was read this clearly.
REPEAT_SURE = 0.8
# Intents that answer a question; any other intent with nothing read in the
# message is a change of topic, and the form gives way.
ANSWER_INTENTS = {"affirm", "deny", "dont_know", "inform", "nlu_fallback", "out_of_scope"}
# The kinds of reply to the question asked (reply_to); ALREADY_SAID and WAIT are the reader's own.
ANSWERED = "answered"  # the fact asked was read (perhaps with others), or said again
CONFIRMED, DENIED = "confirmed", "denied"  # "对" / "不对" to "我确认一下：…，对吗？"
UNSURE_AGAIN = "unsure_again"  # asked to confirm, the same unclear words again
SAID_THRICE = "said_thrice"  # asked to confirm, the same words a third time
OTHER_CORRECTED = "other_corrected"  # asked to confirm one fact, the resident corrected another
TAKEN_BACK = "taken_back"  # "我说错了": the previous answer is asked again
OTHER_TOPIC = "other_topic"  # not a reply: the form gives way to the rules
QUESTION_BACK = "question_back"  # "标准是多少？", "啥叫劳动能力？"
OTHER_FACTS = "other_facts"  # facts, but not the one asked
SAID_BEFORE = "said_before"  # only facts already known, said again ("呒没人好靠" asked whether one can work)
MISSED_TWICE = "missed_twice"  # the question with its hint already, and still no answer
NOT_ANSWERED = "not_answered"
HINTS = {
    BOOLEAN: "请回答“是”或“不是”（不清楚可以说“不知道”）。",
    NUMBER: "请告诉我一个数字，比如 {example}（不清楚可以说“不知道”）。",
    CHOICE: "请在这几项里选一项：{options}。",
    DISTRICT: f"请说区县名称：{'、'.join(HUZHOU_DISTRICTS)}，不在湖州请说“外地”。",
}
EXAMPLES = {"周岁": "70", "年": "15", "天": "30", "平方米": "15", "人": "3", "元": "3000"}


def hint_for(fact: Fact) -> str:
    if fact.type == NUMBER:
        return HINTS[NUMBER].format(example=EXAMPLES.get(fact.unit or "", "5"))
    if fact.type == CHOICE:
        return HINTS[CHOICE].format(options="、".join(fact.options))
    return HINTS[fact.type]


def resuming(tracker: Tracker, form: str) -> bool:
    """True when the form comes back after another action answered the message
    ("标准是多少？" answered by the rules): the question is asked again."""
    spoke = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        spoke = spoke or event.get("event") == "bot"
        if event.get("event") == "action" and event.get("name") not in (
            form, "action_extract_slots", "action_listen", "action_read_facts",
        ) and not (event.get("name") == "action_start_eligibility" and form == "eligibility_form" and not spoke):
            # (the same screening asked for again goes on, see action_start_eligibility — unless it
            # answered the message, "幼儿园的钱能不能少交点" asked again: then the question is asked again; the
            # household screening comes back after the conditions of a service were given)
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
    """How many messages in a row before the latest one said word for word the same (as typed:
    the parse's text is normalised, the earlier messages are not)."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    latest = said[-1] if said else latest_text(tracker)
    count = 0
    for earlier in earlier_messages(tracker):
        if earlier != latest:
            break
        count += 1
    return count


def _says_more(text: str) -> bool:
    """"不对不对，是三千五，我老婆的工资算错了" corrects something it names (a figure, 工资) that the
    reader could not place: not a bare "我说错了", so the previous answer is not thrown away."""
    rest = CORRECTION.sub("", text)
    rest = re.sub(r"不对|不是|错了|我|刚才|前面|说|的|了|啊|哦|呃|嗯|唉|哎|[\s，,。.！!？?、]", "", rest)
    return bool(re.search(r"[\d一二两三四五六七八九十百千万]", rest)) or len(rest) >= 6


def reply_to(tracker: Tracker, requested: str, known: Dict[str, Any]) -> str:
    """What kind of reply the latest message is to the question asking ``requested``.

    Read from the slot ``reading`` (action_read_facts read the message before the form
    runs) and the confirmation pending, in this order of precedence."""
    facts = kb().catalogue.facts
    reading = tracker.get_slot("reading") or {}
    pending = tracker.get_slot("pending_confirmation") or {}
    if pending and "confirmed" in reading:
        return CONFIRMED if reading["confirmed"] else DENIED
    repeated = requested in (reading.get("repeated") or [])
    if pending and repeated:
        if said_again(tracker) >= 1:
            # the very words that were read, again: they do not say the reading is right
            # (a misread stays misread), so the fact stays 不清楚 rather than decide a refusal
            return SAID_THRICE
        if (tracker.get_slot("fact_confidence") or {}).get(requested, 1.0) < REPEAT_SURE:
            return UNSURE_AGAIN
    read_now = words_read(reading, requested)
    # "来电人问，她住李家巷镇，该去哪问": a where-question asks back, whatever the reader made of it
    asks = reading.get("asks") or bool(ASKS_WHERE.search(latest_text(tracker)))
    if asks_to_screen_another(tracker):
        return OTHER_TOPIC  # "孩子6岁 户口吴兴 上小学行不行": its facts are recorded, the screening it asks for starts
    if pending and read_now and requested not in read_now and known.get(requested) is not None \
            and (reading.get("correction") or not asks):
        return OTHER_CORRECTED  # (a question with a place in it, "户口搭人都勒道场 到辰光跑啥地方", asks: answered below)
    if requested in read_now or repeated:
        return ANSWERED
    if reading.get("correction") and not read_now and last_answered(tracker, requested) is not None \
            and not _says_more(latest_text(tracker)):
        return TAKEN_BACK
    kind = reading.get("non_answer")
    if latest_intent(tracker) not in ANSWER_INTENTS and not read_now and kind != ALREADY_SAID \
            and not unread_answer(tracker, reading):
        return OTHER_TOPIC
    if kind in (ALREADY_SAID, WAIT):
        return kind
    if kind in (SIDE_QUESTION, NOT_UNDERSTOOD) or asks:
        return QUESTION_BACK
    if read_now:
        return OTHER_FACTS
    if missed_before(tracker, facts[requested]):
        return MISSED_TWICE
    if any(k in facts and k != requested for k in reading.get("repeated") or []):
        return SAID_BEFORE
    if missed_before(tracker, facts[requested]):
        return MISSED_TWICE
    return NOT_ANSWERED


# Intents a reply the reader could not read is often taken for ("我弟跟我爸妈住，我爸还在厂里上班"
# to "您家是零就业家庭吗": find_service); a question about a service names one or asks something.
SERVICE_QUESTIONS = {"find_service", "ask_where", "ask_how_to_apply", "ask_documents", "ask_amount"}


def unread_answer(tracker: Tracker, reading: Dict[str, Any]) -> bool:
    """The latest message, classified as a question about a service, names none and asks
    nothing: an answer not understood, which the form deals with (a hint, then 不清楚),
    rather than a change of topic that answers nothing and asks the same again."""
    text = latest_text(tracker)
    entities = (tracker.latest_message or {}).get("entities") or []
    return latest_intent(tracker) in SERVICE_QUESTIONS and bool(text) and not text.startswith("/") \
        and not any(e.get("entity") == "service" for e in entities) and not reading.get("asks") and not is_question(text)


def asks_to_screen_another(tracker: Tracker) -> bool:
    """The latest message asks whether one qualifies for a service it names, other than the one
    being screened (any, during the household screening): a new screening, not an answer."""
    text = latest_text(tracker)
    if latest_intent(tracker) != "check_eligibility" or not (asks_eligibility(text) or asks_for_a_share(text)):
        return False
    named = named_services((tracker.latest_message or {}).get("entities") or [], kb())
    screened = tracker.get_slot("eligibility_service") if (tracker.active_loop or {}).get("name") == "eligibility_form" else None
    return bool(named) and screened not in named


def words_read(reading: Dict[str, Any], requested: str) -> List[str]:
    """The facts the latest message gave, the one asked among them when it follows from them."""
    facts = kb().catalogue.facts
    read_now = [k for k in reading.get("read") or [] if k in facts]
    if requested in (reading.get("implied") or []):
        read_now.append(requested)  # "我又不残疾": no certificate either
    return read_now
