"""Where to go: the responsible body, and its counterpart in the resident's district."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (PLACES, buttons, current_service, finding, kb, office_place, reset_failures,
                            service_in_focus, short_words, where_each, where_guessed, where_note)
from actions.eligibility import screen_instead
from actions.situation import one_need, start_screening
from actions.service_answers import gap_reply, illness_where, need_asked_before, place_corrected, several_needs
from bot import answers
from knowledge_base.types import Service
from bot.text import WhereQuestion


WHERE_ASKED = WhereQuestion(r"哪里|哪儿|去哪|在哪|哪个部门|找谁|[寻找问](?:到|着)?啥人|啥人头上|何处|向哪|(?:递|交|送|寄|报)给(?:谁|哪)|哪个单位|什么部门|归谁|谁(?:来|在)?(?:管|修|负责|处理)"
                            # "啥部门好帮帮忙", "归啥人管", "提醒由谁发"
                            r"|啥个?部门|啥个?单位|啥人管|由谁(?:发|管|负责|来)|[往朝]哪(?:里|儿|边)?(?:递|交|送|寄|报|跑|去(?!了))")


_words = short_words


def asked_of(text: str, current: Service, named: Service) -> bool:
    """The clause asking where names the service under discussion, not the other one the message names."""
    if current.id == named.id:
        return False
    clauses = [c for c in re.split(r"[，,。；;！!？?\s]+", text) if WHERE_ASKED.search(c)]
    if not clauses:
        return False
    clause = clauses[-1]
    return any(w in clause for w in _words(current)) and not any(w in clause for w in _words(named))


class ActionAnswerWhere(Action):
    def name(self) -> Text:
        return "action_answer_where"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        found = finding(tracker)
        base = kb()
        if current_service(tracker) is None and not WHERE_ASKED.search(found.text or ""):
            # "我老糊涂了 七岁的是她哥哥 她是四岁 在新安镇上的园里念中班" (a place, read as asking where) right after "which
            # service?": the question asked before, read with what is told now
            asked_before = need_asked_before(tracker)
            if asked_before is not None:
                return start_screening(asked_before)
        # "水龙头放出来是黄的 找谁": the one service the situation calls for (with nothing under discussion:
        # "住和孚 找哪个单位" after an answer asks about that answer's service)
        need = one_need(tracker, found) if current_service(tracker) is None else None
        illness = illness_where(dispatcher, tracker) if need is None else None
        if illness is not None:
            return illness  # "…丢了工作 …自言自语 …问哪里有管这方面病的": the illness's office
        if need is None and several_needs(dispatcher, tracker, found):  # several needs asking where: each a choice
            return [reset_failures()]
        if need is None and not found.named("service") and gap_reply(dispatcher, tracker, found):
            return [reset_failures()]  # "转学去哪里办": not in the catalogue, the body in charge
        if need is None and not found.named("service") and place_corrected(dispatcher, tracker):
            # "不好意思 我说错了 安吉是我当兵前上班的地方 我现在住德清舞阳街道 学这个找哪个部门" right after the card of the veterans'
            # training: the place corrected, the office of the service just answered (not what 当兵…上班 sounds like, session 28)
            return [reset_failures()]
        screening = screen_instead(dispatcher, tracker, domain, found)
        if screening is not None:
            return screening  # "公租房俺能申不" taken for a where-question
        if need is None and not found.named("service") and not found.confident and where_each(dispatcher, tracker):
            return [reset_failures()]  # "户口和人都在武康 找哪里" right after a list of choices
        service = need or service_in_focus(found, tracker)
        current = current_service(tracker)
        if service is not None and current is not None and asked_of(found.text or "", current, service):
            service = current  # "他户口和敬老院都在长兴…救助该去哪里申请": 敬老院 is where, 医疗救助 what
        if service is None:
            guessed = where_guessed(dispatcher, tracker, found)
            if guessed:
                return guessed  # "小区楼下的桶全撤了…这个找谁反映": each likely service's office
            dispatcher.utter_message(text=answers.WHICH_SERVICE[answers.WHERE])
            return []
        place, note = office_place(tracker, service)
        note = where_note(tracker, service, place, note)  # ("我说错了 她户口迁到安吉递铺了": the office named before is not hers)
        events = [SlotSet("current_service", service.id), reset_failures()]
        if place:
            dispatcher.utter_message(text=(note + "\n" if note else "") + answers.where(base, service, place))
            return events
        dispatcher.utter_message(
            text=answers.where(base, service, None),
            buttons=buttons((p, f"我在{p}") for p in PLACES),
        )
        return events
