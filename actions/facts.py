"""Reads every message for facts: the custom slot mapping of every fact slot.

Rasa runs ``action_read_facts`` after each user message, in a form or not
(domain.yml maps every fact slot to it), so a fact said anywhere — in the
opening story, in passing, in a correction after a verdict — is recorded once
and never asked again. The reading itself is bot.reading; this adapter gives
it the question being asked and what is known, and records:

- the facts read (a changed value is a correction), with their confidence;
- what follows from them with certainty (户籍在外地 and living in Huzhou: a
  migrant worker) where not known yet;
- ``reading``: what kind of message it was (a non-answer, a question back, a
  correction), for the screening forms;
- ``fact_changed``: the message changed a fact a verdict was given on, so the
  rules recheck the verdict (actions/eligibility.py).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Set, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import kb, latest_entities, latest_intent, latest_text
from bot.reading import implied, read
from bot.reading.reader import CORRECTION, bare_boolean
from knowledge_base.eligibility import UNKNOWN
from knowledge_base.types import HUZHOU_DISTRICTS

SCREENING_FORMS = ("eligibility_form", "household_form")
IMPLIED_CONFIDENCE = 0.8


def known_facts(tracker: Tracker) -> Dict[str, Any]:
    """Every fact recorded in the conversation (slots that are set)."""
    facts = kb().catalogue.facts
    return {key: tracker.get_slot(key) for key in facts if tracker.get_slot(key) is not None}


def asked_fact(tracker: Tracker) -> Optional[str]:
    """The fact a screening form is asking right now, if any."""
    loop = (tracker.active_loop or {}).get("name")
    requested = tracker.get_slot("requested_slot")
    if loop in SCREENING_FORMS and requested in kb().catalogue.facts:
        return requested
    return None


def facts_asked(tracker: Tracker) -> Set[str]:
    """Every fact a screening question asked in this conversation."""
    return {e.get("value") for e in tracker.events or [] if e.get("event") == "slot" and e.get("name") == "requested_slot"}


def last_asked(tracker: Tracker) -> Optional[str]:
    """The fact the last screening question asked, after the form has ended."""
    facts = kb().catalogue.facts
    for event in reversed(tracker.events):
        if event.get("event") == "slot" and event.get("name") == "requested_slot" and event.get("value") in facts:
            return event["value"]
    return None


def verdict_facts(tracker: Tracker) -> Dict[str, List[str]]:
    """The facts each service with a verdict in this conversation rests on."""
    base = kb()
    found: Dict[str, List[str]] = {}
    for record in tracker.get_slot("verdicts") or []:
        service = base.service(record.get("service", ""))
        if service is not None:
            found[service.id] = list(service.facts())
    return found


# The facts bot.reading.implied derives from others (they may be said outright too).
DERIVED = ("migrant_worker", "works_or_lives_in_huzhou", "has_disability_certificate", "household_has_disabled")


def recomputed(values: Dict[str, Any], read_now) -> Dict[str, Any]:
    """Derived facts known that the facts read in this message now contradict: what they
    follow from changed ("湖州户口" then "户口其实还在安徽，在吴兴打工"), so they follow again."""
    base = {k: v for k, v in values.items() if k not in DERIVED}
    before = implied({k: v for k, v in base.items() if k not in read_now})
    after = implied(base)
    return {k: v for k, v in after.items()
            if k not in read_now and before.get(k) != v and values.get(k) not in (None, v)}


class ActionReadFacts(Action):
    def name(self) -> Text:
        return "action_read_facts"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        catalogue = kb().catalogue
        text = latest_text(tracker)
        asked = asked_fact(tracker)
        known = known_facts(tracker)
        summary: Dict[str, Any] = {"read": [], "changed": [], "repeated": []}
        if not text or text.startswith("/"):  # a button that names an intent carries no fact
            return [SlotSet("reading", summary), SlotSet("fact_changed", False)]

        service_id = tracker.get_slot("eligibility_service")
        service = kb().service(service_id) if service_id else None
        pending = tracker.get_slot("pending_confirmation") or {}
        if pending and asked == pending.get("fact"):
            # "我确认一下：本人主动离职，对吗？" — "对" confirms the reading, it is not the
            # fact's value; a message with more in it ("不是，是被辞退的") answers again
            confirmed = bare_boolean(text)
            if confirmed is None and len(text) <= 4 and latest_intent(tracker) in ("affirm", "deny"):
                confirmed = latest_intent(tracker) == "affirm"
            if confirmed is not None:
                summary["confirmed"] = confirmed
                return [SlotSet("reading", summary), SlotSet("fact_changed", False)]
        answering = asked
        if asked is None and CORRECTION.search(text):
            # "哦你问的是户口啊，那我说错了，是的": after the verdict, a corrected answer
            # to the last question asked ("是的" answers it, not nothing)
            answering = last_asked(tracker)
        if service is not None:
            relevant = list(service.facts())
        else:  # after a verdict, "我自己只交了十年" is about the facts that verdict rested on
            relevant = [f for facts in verdict_facts(tracker).values() for f in facts]
            current = kb().service(tracker.get_slot("current_service") or "")
            relevant += list(current.facts()) if current is not None else []
        context = {**known, "applicant": tracker.get_slot("applicant")}
        reading = read(text, catalogue, answering, context, tuple(dict.fromkeys(relevant)))
        if asked is None and answering is not None and not reading.facts and reading.correction:
            # "刚才收入那个我说错了…是低于标准的" after a verdict: a correction of an answer left
            # 不清楚 before the last question, not of the last question itself
            for key in dict.fromkeys(relevant):
                if known.get(key) == UNKNOWN and key != answering:
                    again = read(text, catalogue, key, context, tuple(dict.fromkeys(relevant)))
                    if key in again.facts and again.facts[key].value != UNKNOWN:
                        reading, answering = again, key
                        break
        confidence = dict(tracker.get_slot("fact_confidence") or {})
        events: List[Dict] = []
        values = dict(known)
        for key, r in reading.facts.items():
            if r.value == UNKNOWN and key != answering and key not in known:  # unknown unasked: nothing new
                continue
            before = known.get(key)
            confidence[key] = r.confidence
            if before == r.value:
                summary["repeated"].append(key)  # said again: now surer of it
                continue
            events.append(SlotSet(key, r.value))
            values[key] = r.value
            summary["read"].append(key)
            if before is not None and before != UNKNOWN:
                summary["changed"].append(key)
        summary["implied"] = []
        follows = implied(values)
        follows.update(recomputed(values, reading.facts))
        for key, value in follows.items():
            # "我说错了，户口其实还在安徽" after "湖州户口": what followed from the corrected
            # fact follows again (a migrant worker after all), unless this message said it itself
            before = values.get(key)
            events.append(SlotSet(key, value))
            values[key] = value
            confidence[key] = IMPLIED_CONFIDENCE
            summary["implied"].append(key)
            if before is not None and before != UNKNOWN:
                summary["changed"].append(key)
        if reading.applicant:
            events.append(SlotSet("applicant", reading.applicant))
        # the district the message names with no role: the reader's, else the entity the NLU found
        # ("阿拉勒南浔镇上": 南浔镇 is 南浔区, said in words the reader does not take for living there)
        place = reading.place or (None if {"hukou_place", "residence_place"} & set(reading.facts)
                                  else next((p for p in latest_entities(tracker, "place") if p in HUZHOU_DISTRICTS), None))
        if place and not tracker.get_slot("place"):
            events.append(SlotSet("place", place))
        if place and values.get("residence_place") is None and not {"hukou_place", "residence_place"} & set(reading.facts):
            # "安吉的，高中资助找哪个部门": a district said with no role is where the resident is
            events.append(SlotSet("residence_place", place))
            confidence["residence_place"] = 0.7
            summary["read"].append("residence_place")
        summary.update(non_answer=reading.non_answer, asks=reading.asks, correction=reading.correction)
        touched = set(summary["read"]) | set(summary["implied"])
        rechecks = [sid for sid, facts in verdict_facts(tracker).items() if touched & set(facts)]
        summary["recheck"] = rechecks
        return events + [
            SlotSet("fact_confidence", confidence),
            SlotSet("reading", summary),
            SlotSet("fact_changed", bool(rechecks) and asked is None),
        ]
