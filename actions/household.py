"""Household screening: "我家能享受哪些政策?"

household_form collects a few facts once (age, 户籍, disability, 低保 status,
children, housing, work: the form's required_slots in domain.yml, asked in that
order), then action_household_results evaluates every
service of the catalogue against them and lists those the household probably
qualifies for, ranked, each with its agency.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import buttons, kb, service_payload
from actions.facts import known_facts
from actions.screening import ScreeningForm
from actions.situation import services_for_facts
from bot import answers
from bot.groups import ELDERLY_AGE, ELDERLY_GROUP
from knowledge_base.eligibility import LIKELY_ELIGIBLE, MET, NEED_MORE_ANSWERS, NOT_APPLICABLE, evaluate

# How the household form asks a fact, where not as the catalogue asks it.
HOUSEHOLD_QUESTIONS = {
    "age": "先说说申请人本人：今年多大年纪（周岁）？",
    "disability_grade": "家里有没有残疾人？有的话残疾等级是几级（一级到四级）？没有请回答“没有”。",
    "child_age": "家里有没有未成年的孩子？有的话孩子几岁？没有请回答“没有孩子”。",
}
RESULT_LIMIT = 8


def groups_of(facts: Dict[str, Any]) -> List[str]:
    """The groups of residents a household belongs to, from its facts."""
    groups = []
    age = facts.get("age")
    if isinstance(age, (int, float)) and age >= ELDERLY_AGE:
        groups.append(ELDERLY_GROUP)
    if facts.get("disability_grade") in ("一级", "二级", "三级", "四级"):
        groups.append("残疾人")
    if facts.get("dibao_household") is True:
        groups += ["低保户", "困难家庭"]
    child = facts.get("child_age")
    if isinstance(child, (int, float)):
        groups += ["儿童"] + (["学生"] if child >= 6 else [])
    status = facts.get("employment_status")
    groups += {"失业": ["失业人员"], "务农": ["农村居民"], "在职": ["职工"]}.get(status, [])
    if facts.get("hukou_place") == "外地":
        groups.append("外来务工人员")
    return groups


# Groups one is only by a status of one's own (a veteran, a graduate, a couple planning a child): a service for such a group
# is no service "for a household like yours" unless the household said it is one ("军队离退休干部…移交安置" is not for every
# widow of 78)
_STATUS_GROUPS = frozenset({"退役军人", "优抚对象", "高校毕业生", "育龄夫妇"})


def rank_services(facts: Dict[str, Any]):
    """(service, verdict or None) for the services this household may use, best first."""
    base = kb()
    catalogue = base.catalogue
    groups = set(groups_of(facts))
    screened, by_group = [], []
    for service in catalogue.services:
        if service.criteria:
            verdict = evaluate(service, catalogue.facts, facts)
            met = sum(r.status == MET for r in verdict.required)
            if verdict.status == LIKELY_ELIGIBLE or (verdict.status == NEED_MORE_ANSWERS and met >= 1):
                if groups & set(service.groups) or verdict.status == LIKELY_ELIGIBLE:
                    screened.append((service, verdict))
        elif groups & set(service.groups) and "企业" not in service.groups and not (set(service.groups) & _STATUS_GROUPS) - groups:
            # A service meant for exactly this household's groups (居家养老服务 for
            # 老年人) before one it shares a single group with (特殊教育入学 is for
            # 残疾人 who are 儿童): the share of the service's groups matched, then how many.
            overlap = len(groups & set(service.groups))
            by_group.append((overlap / len(service.groups), overlap, service))
    screened.sort(key=lambda pair: (-(pair[1].status == LIKELY_ELIGIBLE), -pair[1].score()))
    by_group.sort(key=lambda triple: (-triple[0], -triple[1]))
    ranked = screened + [(s, None) for _, _, s in by_group]
    return ranked[:RESULT_LIMIT]


class ValidateHouseholdForm(ScreeningForm):
    def name(self) -> Text:
        return "validate_household_form"

    def on_start(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        dispatcher.utter_message(
            text="好的，我问您几个简单的问题（最多7个），然后列出您家可能享受的服务。随时可以说“算了”停止。"
        )

    def next_question(self, tracker: Tracker, known: Dict[str, Any], domain: Dict[Text, Any]) -> Optional[tuple]:
        for key in self.domain_slots(domain):  # the form's required_slots, in the domain's order
            if key not in known:
                return key, HOUSEHOLD_QUESTIONS.get(key)
        return None


class ActionHouseholdResults(Action):
    def name(self) -> Text:
        return "action_household_results"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        facts = known_facts(tracker)
        if facts.get("disability_grade") == "无残疾":
            facts.setdefault("has_disability_certificate", False)
            facts.setdefault("household_has_disabled", False)
        if facts.get("child_age") == NOT_APPLICABLE:
            facts.setdefault("child_situation", NOT_APPLICABLE)
        say_results(dispatcher, rank_services(facts))
        return []


def say_results(dispatcher: CollectingDispatcher, ranked) -> None:
    """The services a household may use, each one tap from its screening."""
    dispatcher.utter_message(
        text=answers.household_results(kb(), ranked),
        buttons=buttons((s.name, service_payload("check_eligibility", s.id)) for s, _ in ranked[:5]),
    )


# "阿拉老太婆八十一哉…有啥补贴伐": an open question about what there is, after saying who one is
OPEN_QUESTION = re.compile(r"有(?:什么|啥|啥个|哪些|没有什么)(?:政策|补贴|补助|福利|待遇|优惠|照顾|帮扶|救助|帮衬|帮助|贴补)"
                           # "还有别的补助吗" after an answer: what else a situation like theirs may use
                           r"|还有(?:没有)?(?:别的|其他|其它|别个)(?:的|啥|什么)?(?:政策|补贴|补助|福利|待遇|优惠|照顾|帮扶|救助|帮助|好申请|可以申请|能申请)")
# facts that place a resident, not the situation a service is for
_WHERE_FACTS = {"hukou_place", "residence_place"}


def open_question_results(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """An open question ("有什么补贴") from a resident who has said who they are (an age of 60 or
    more, a disability, a 低保 family, a child): the services their household may use, as the
    household screening gives them, rather than "out of scope" for words the classifier missed."""
    text = (tracker.latest_message or {}).get("text") or ""
    if not OPEN_QUESTION.search(text):
        return False
    facts = known_facts(tracker)
    if facts.get("age") is None and isinstance(facts.get("woman_age"), (int, float)):
        facts["age"] = facts["woman_age"]  # "阿拉老太婆八十一哉": the one asked about is she
    if not groups_of(facts):
        return other_services_for_situation(dispatcher, tracker, facts)
    ranked = rank_services(facts)
    if not ranked:
        return False
    say_results(dispatcher, ranked)
    return True


def other_services_for_situation(dispatcher: CollectingDispatcher, tracker: Tracker, facts: Dict[str, Any]) -> bool:
    """"老公走了，一个人带两个孩子，没收入…" then "还有别的补助吗": no group to list by, but the
    situation told meets conditions of other services (临时救助 for a sudden hardship) — those,
    less the one just discussed, each one tap from its screening."""
    told = set(facts) - _WHERE_FACTS
    current = tracker.get_slot("current_service")
    catalogue = kb().catalogue
    ranked = [(service, evaluate(service, catalogue.facts, facts))
              for _, service in services_for_facts(tracker, told) if service.id != current]
    if not ranked:
        return False
    say_results(dispatcher, ranked)
    return True
