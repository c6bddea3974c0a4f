"""Answers about a service: what it is, how to apply, documents, amount; the
services for a group of residents; clarification and the fallback."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    ASKS_WHERE,
    answer_at_office,
    answer_buttons,
    ask_rating,
    buttons,
    current_service,
    finding,
    kb,
    latest_entity,
    latest_text,
    list_group_services,
    office_place,
    places_named,
    reset_failures,
    service_in_focus,
    service_payload,
    where_after_choices,
    where_each,
    where_guessed,
    where_note,
)
from actions.eligibility import asked_in_last_clause, judged, screen_instead, start_eligibility
from actions.facts import known_facts
from actions.household import open_question_results
from actions.replies import earlier_messages
from actions.situation import (_cued_where_asked, acknowledge_facts, asks_nothing, chosen_by_date, chosen_by_fact, need_to_tell, told_beside_the_conditions, acknowledge_for_current, clear_situation, situation_for, one_need, situation_told_with, start_screening, story_need, told_fits,
                               states_more_than_names)
from bot import answers, triage_answers
from bot.reading import read
from bot.reading.nonanswers import is_question
from bot.asked_last import clauses, named_in_last_clause, the_one_named_asked
from bot.eligibility_cues import asks_eligibility, asks_for_help, asks_whether, question_parts
from bot.finder import BESIDE_WORDS, Finding, heard_of, named_services
from bot.finder_cues import cued_services, cued_spans
from bot.story_needs import FEES_ASKED_LOWER, asked_spans
from bot.text import simplified
from bot.triage import ABUSE, NOISE, asks_about_a_named_service, domain_gap, gap_aside, gap_words, is_story, message_kind, needs

# "…想学个电焊，政府有没有培训" names a group (外来务工) but clearly means one service:
# its top candidate is strong and far ahead of the next; "我是残疾人有什么补贴" has no such one.
OVER_GROUP_SCORE, OVER_GROUP_RATIO = 0.45, 2.5
IN_PASSING_RATIO = 2.0  # a story's confident top service this far ahead is what it is about


def clearly_one(found) -> bool:
    services = found.services
    if not services or services[0].score < OVER_GROUP_SCORE:
        return False
    return len(services) == 1 or services[0].score >= OVER_GROUP_RATIO * services[1].score


# a clause that asks something: a question word or particle, or what was heard of
# ("我爸说办了证政府每个月会有点钱 叫我问问": told to ask, of what someone said they would get)
_ASKING_CLAUSE = re.compile(r"[吗伐么呢？?]|什么|啥|哪|怎么|咋|有没有|能不能|可不可以|可以不|行不行|是不是|想问|请问|听说|听讲|有补贴|有补助"
                            r"|(?:叫|让|要)(?:我|阿拉|俺)?(?:来|去)?问(?:问|一问|一下)?$")


_WHO_ONE_IS = re.compile(r"是|属于|作为|当过|算")


def _groups_only_where_nothing_is_asked(text: str, entities) -> bool:
    """A message of several clauses whose group words ("俩娃", "孩子读初二正要花钱") all stand in
    clauses that ask nothing, while another clause asks: the group is part of the story."""
    # each clause with the mark that ends it, so that "…？" asks
    spans = [(a, b + 1) for a, b in clauses(text)]
    if len(spans) < 2 or not any(_ASKING_CLAUSE.search(text[a:b]) for a, b in spans):
        return False
    groups = [e for e in entities if e.get("entity") == "group"]
    if not groups or not all(isinstance(e.get("start"), int) for e in groups):
        return False
    for e in groups:
        clause = next(((a, b) for a, b in spans if a <= e["start"] < b), None)
        # "我是残疾人，有什么补贴": a clause saying who one is names whom the question is for
        if clause is None or _ASKING_CLAUSE.search(text[clause[0]:clause[1]]) or _WHO_ONE_IS.search(text[clause[0]:clause[1]]):
            return False
    return True


SURE_OUTSIDE = 0.4  # a short message's top score that names its service over a group it mentions


def group_in_passing(tracker: Tracker, found, groups) -> bool:
    """"老公走了，一个人带两个孩子，没收入，日子过不下去了": a story that names a group
    (孩子) while telling a need the finder is sure of, outside that group (低保) — the group
    word describes the family, it does not ask for the group's services."""
    if _groups_only_where_nothing_is_asked(found.text or "", found.entities):
        return True  # "丝织厂倒闭了…想考个育婴师证 政府有补贴的班吗 四点前我得去接俩娃"
    if not found.confident:
        return False
    top = found.services[0].id
    outside = all(top not in {s.id for s in kb().services(group=group)} for group in groups)
    if not is_story(latest_text(tracker)):
        # "我带孩子当保姆六年了 雇主说有个等级证书工钱能多一截 我想去考": a short message clearly about a service outside
        # the group (the children are the resident's work) — session 19
        services = found.services
        return outside and services[0].score >= SURE_OUTSIDE and (
            len(services) == 1 or services[0].score >= IN_PASSING_RATIO * services[1].score)
    if outside:
        return True
    # "我们四川来的…户口都在老家 想让孩子在这边上公办小学": a story about one of the group's
    # services, well ahead of the next — that service, not the whole group's list
    services = found.services
    return len(services) == 1 or services[0].score >= IN_PASSING_RATIO * services[1].score


def an_answer_not_understood(tracker: Tracker, found) -> bool:
    """"评残上个月刚做完，证还没拿到手" to a screening's question, read as a question
    about a service: an answer the reader did not understand, not a new question —
    no service card, the screening asks again (a loop of the same card otherwise)."""
    if (tracker.active_loop or {}).get("name") not in ("eligibility_form", "household_form"):
        return False
    if not tracker.get_slot("requested_slot"):
        return False
    text = latest_text(tracker)
    if found.named("service") and not named_in_passing_of_an_answer(text, found):
        return False
    return bool(text) and not text.startswith("/") and not is_question(text)


# wanting, asking about or applying for what it names: a new question, not an answer
_TURNS_TO_IT = re.compile(r"想|要|问|了解|咨询|申请|办|领|呢|吗|伐|么|怎么|哪|^(?:那|还有|另外)")


def named_in_passing_of_an_answer(text: str, found) -> bool:
    """"他连中考都没去考 学校那边早就不去了" to "申请人现在是在校学生吗？": a service named (中考) in what the answer
    tells, the answer neither asking nor turning to it — the screening goes on, no card of the service it names."""
    if not text or len(text) < 8 or _TURNS_TO_IT.search(text) or not states_more_than_names(found):
        return False
    return not (asks_eligibility(text) or asks_whether(text) or asks_for_help(text))


# A school's fees asked to be lower right after its card ("学费能少点吗" after 幼儿园入园):
# the aid for that stage of schooling, not the card's amount again.
FEE_RELIEF_OF = {
    "kindergarten_enrolment": "preschool_financial_aid",
    "high_school_education": "high_school_student_aid",
    "vocational_school_education": "high_school_student_aid",
}


def fee_relief_after_card(tracker: Tracker, current, named) -> Any:
    """The aid for the schooling under discussion when its fees are asked to be lower (None otherwise)."""
    if current is None or named or current.id not in FEE_RELIEF_OF:
        return None
    text = latest_text(tracker)
    if len(text) > 40 or not FEES_ASKED_LOWER.search(text):
        return None
    return kb().service(FEE_RELIEF_OF[current.id])


FOLLOW_UP_INTENTS = {"ask_how_to_apply", "ask_where", "ask_documents", "ask_amount", "check_eligibility", "inform"}
MAX_FAILURES_BEFORE_HANDOFF = 2


class ActionAnswerService(Action):
    """Finds the service a message is about and answers the aspect asked for."""

    def name(self) -> Text:
        return "action_answer_service"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        found = finding(tracker)
        if an_answer_not_understood(tracker, found):
            return []  # the form goes on: it says it did not understand and asks again, more plainly
        current = current_service(tracker)
        told_a_fact = found.intent == "inform"
        if told_a_fact and current is None:
            # A fact or a place with no service under discussion ("我七十岁了住在德清县
            # 有什么养老的补贴"): read it as a question about what it mentions.
            found = finding(tracker, intent="find_service")
        intent = found.intent
        base = kb()
        named = [e for e in found.named("service")]
        groups = found.groups
        if triage_reply(dispatcher, tracker):
            return [reset_failures()]
        chosen = chosen_by_fact(tracker)
        if chosen is not None:  # "是十一月三号摔的" right after 工伤认定 and 医疗救助 were offered
            return start_screening(chosen)
        dated = chosen_by_date(tracker)
        if dated is not None:  # "上个月十二号" right after 工伤认定 and a school's aid were offered
            return dated[1] + start_screening(dated[0])
        one = one_need_reply(dispatcher, tracker, domain, found)
        if one is not None:
            return one
        if not named and place_corrected(dispatcher, tracker):
            return [reset_failures()]  # "说岔了 南浔是我爸妈家 我单位和家都在吴兴": where, for the service just answered
        if several_needs(dispatcher, tracker, found):
            return [reset_failures()]
        if not named and not _told_after_the_verdict(tracker, current) and gap_reply(dispatcher, tracker, found):
            return [reset_failures()]
        if not named and not found.confident and where_after_choices(dispatcher, tracker):
            return [reset_failures()]  # "阿拉住辣钟管，到啥地方去问" right after "您想问的是下面哪一项"
        if (not named or states_more_than_names(found)) and told_again(dispatcher, tracker):
            return [reset_failures()]  # a fact said again after the verdict ("嗯对，是低保"), not a new question
        situation = situation_for(tracker, found)
        if situation is not None:  # "我是被厂里辞退的，交了三年社保" after the card: screen it
            return start_screening(situation)
        # (not when the clause that asks tells the one service the finder is sure of: "…残联评了一级 …要一直做膀胱训练 …医保到底
        # 能报哪几样" asks what the insurance pays for the disabled, whatever care the grade told would fit — session 28)
        situation = clear_situation(tracker, found) \
            if not found.confident or not told_fits(tracker, [s.id for s in found.services[:1]]) \
            and not _cued_in_the_question(latest_text(tracker), found) else None
        if situation is not None:  # "老头子中风瘫在床上两年…残疾证一级": clearly one service's situation
            return start_screening(situation)
        screening = screen_instead(dispatcher, tracker, domain, found)
        if screening is not None:
            return screening

        # "来电人工作单位在安吉县，询问仲裁受理部门": a follow-up about the service under
        # discussion, not a question about the group its words name (单位: 企业)
        if groups and not named and current is not None and answer_follow_up(dispatcher, tracker, longest=60):
            return [reset_failures()]
        # "我是残疾人有什么补贴": a group and no particular service -> the group's services
        if groups and not named and intent in ("find_service", "nlu_fallback", None) and not clearly_one(found) \
                and not group_in_passing(tracker, found, groups):
            if list_group_services(dispatcher, found, groups):
                return [reset_failures()]

        if not named and (tracker.get_slot("reading") or {}).get("changed") and _told_not_asked_after_the_verdict(tracker, current) \
                and acknowledge_for_current(dispatcher, tracker):
            # "哦不对 是二级 我记错了" after the verdict on 困难残疾人生活补贴: a fact taken back that none of its conditions
            # asks (a changed condition is rechecked by the rules first) — understood, not the service's card again
            return [reset_failures()]
        if not named and not found.confident and _told_not_asked_after_a_card(tracker, current) \
                and acknowledge_for_current(dispatcher, tracker):
            # "来电人说 她父亲有退休工资 一个月三千多" after the card of 居家养老服务 (no conditions to check): facts told, no
            # question — understood, not the same card again (found talking to make run as a hotline operator, session 27)
            return [reset_failures()]
        relief = fee_relief_after_card(tracker, current, named)
        # A follow-up ("需要什么材料") is about the service under discussion,
        # unless the message is clearly about another one.
        if relief is not None:  # "学费能少点吗" after the kindergarten card: 学前教育资助
            service, intent = relief, "find_service"
        elif current is not None and intent in FOLLOW_UP_INTENTS and not found.confident:
            service = current
        elif current is not None and not named and not found.confident and answer_follow_up(dispatcher, tracker):
            return [reset_failures()]  # "到啥地方去领" read as a new question: about the service just discussed
        else:
            if acknowledge_facts(dispatcher, tracker, found):
                return [reset_failures()]  # facts with no service in focus: understood, not a new question
            if not named and not found.confident and ASKS_WHERE.search(latest_text(tracker)):
                # "侬讲慢一点，到啥地方去问" with no service in view: which service, not a guess between strangers
                # (a matter the classifier supports some services for: each one's office)
                guessed = where_guessed(dispatcher, tracker, found)
                if guessed:
                    return guessed
                dispatcher.utter_message(text=answers.WHICH_SERVICE[answers.WHERE])
                return []
            # "阿拉老头子去年走脱哉 阿拉今年七十六 一个人住勒乡下 …政府有啥帮衬伐": a story asking what help there is,
            # no service sure — what a household like theirs may use, not a choice between the classifier's guesses
            if not found.confident and not named and is_story(found.text or "") and asks_for_help(found.text or "") \
                    and open_question_results(dispatcher, tracker):
                return [reset_failures()]
            # "在厂里干了三年了 租房住在煤山" after the verdict on 随迁子女入学: more told about the matter judged, no
            # question — what was understood, not a choice between services its words resemble
            if not named and not found.confident and _told_not_asked_after_the_verdict(tracker, current) \
                    and acknowledge_for_current(dispatcher, tracker):
                return [reset_failures()]
            # Two candidates too close to call, and none named outright: ask which.
            if found.ambiguous and not named and intent != "inform":
                candidates = found.close_candidates
                dispatcher.utter_message(
                    text=answers.clarification(candidates),
                    buttons=buttons((c.name, service_payload(intent or "find_service", c.id)) for c in candidates),
                )
                return []
            service = service_in_focus(found, tracker)
        if service is None:
            if (ASKS_WHERE.search(latest_text(tracker)) or latest_entity(tracker, "place")) and where_each(dispatcher, tracker):
                return [reset_failures()]  # "户口辣天子湖，到哪里去办" right after a list of choices
            aspect = answers.ASPECT_OF_INTENT.get(intent, answers.OVERVIEW)
            if told_a_fact or aspect != answers.OVERVIEW:
                # "需要什么材料" or "我在长兴" with nothing under discussion: ask which service
                dispatcher.utter_message(text=answers.WHICH_SERVICE[aspect])
            else:
                dispatcher.utter_message(text=answers.NOT_UNDERSTOOD)
            return []

        place, note = office_place(tracker, service)
        aspect = answers.ASPECT_OF_INTENT.get(intent, answers.OVERVIEW)
        if intent == "inform":  # "我在长兴" after a service: where to go there
            aspect = answers.WHERE if place else answers.OVERVIEW
        if aspect == answers.OVERVIEW:  # "幼儿园啥辰光报名", "社保卡补办要带什么": that point, not the card
            aspect = next((a for a, words in FOLLOW_UP_ASPECTS if a in POINTED and words.search(pointed_in(found.text or ""))), aspect)
        if aspect == answers.OVERVIEW and current is not None and current.id == service.id and _where_asked_last(found.text or ""):
            aspect = answers.WHERE  # "儿子户口在天荒坪镇 一直跟着我们住 生活补贴问哪里": where, the classifier's 'find_service' notwithstanding
        if intent == "find_service" and aspect == answers.OVERVIEW and situation_told_with(tracker, found, service):
            return start_screening(service)  # "今年六十八，一个人过，想问问特困供养": whether they qualify
        if latest_entity(tracker, "aspect") in (answers.DETAIL, answers.SOURCES):  # a 详细说明 / 来源 button
            aspect = latest_entity(tracker, "aspect")
        if aspect == answers.WHERE:  # "不是德清 我们小区在安吉": the office named before is not theirs
            note = where_note(tracker, service, place, note)
        # "住在安吉" for a service applied for where the 户籍 is: say so before the office
        lead = note + "\n" if note and aspect == answers.WHERE else ""
        dispatcher.utter_message(
            text=lead + answers.answer(base, service, aspect, place), buttons=answer_buttons(service.id, aspect)
        )
        # "宝宝刚出生 医保怎么办 疫苗在哪打": one answer, and the other services named, one tap away
        others = [base.service(sid) for sid in named_services(found.entities, base) if sid != service.id]
        others = [o for o in others if o is not None][:3]
        if others:
            dispatcher.utter_message(
                text="您的话里还提到：" + "、".join(f"【{o.name}】" for o in others) + "，想了解可以点下面的按钮。",
                buttons=buttons((o.name, service_payload("find_service", o.id)) for o in others),
            )
        ask_rating(dispatcher, tracker, service.id)
        return [SlotSet("current_service", service.id), reset_failures()]


class ActionClarify(Action):
    """The fallback: offer the closest services, and after repeated failure a person."""

    def name(self) -> Text:
        return "action_clarify"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        found = finding(tracker)
        if triage_reply(dispatcher, tracker):
            return [reset_failures()]
        chosen = chosen_by_fact(tracker)
        if chosen is not None:  # "是十一月三号摔的" right after 工伤认定 and 医疗救助 were offered
            return start_screening(chosen)
        dated = chosen_by_date(tracker)
        if dated is not None:  # "上个月十二号" right after 工伤认定 and a school's aid were offered
            return dated[1] + start_screening(dated[0])
        one = one_need_reply(dispatcher, tracker, domain, found)
        if one is not None:
            return one
        if not found.named("service") and place_corrected(dispatcher, tracker):
            return [reset_failures()]  # "哎说错了 埭溪是我娘家 我们村在长兴水口" after a reply on a service
        if several_needs(dispatcher, tracker, found):
            return [reset_failures()]
        if not found.named("service") and where_after_choices(dispatcher, tracker):
            return [reset_failures()]  # "户口辣天子湖，到哪里去办" right after a list of choices
        if found.named("service") and found.confident and found.intent in FOLLOW_UP_INTENTS - {"inform"} | {"find_service"}:
            # the classifier was unsure of the intent, but the message names its service
            # ("…护理补贴有没有份"): answer it, or screen it, as if the intent were clear
            if found.intent == "check_eligibility":
                events = start_eligibility(dispatcher, tracker)
                if any(e.get("name") == "eligibility_service" and e.get("value") for e in events):
                    events.append(FollowupAction("eligibility_form"))
                return events
            return ActionAnswerService().run(dispatcher, tracker, domain)
        if not found.named("service") and answer_follow_up(dispatcher, tracker):
            return [reset_failures()]  # "那到啥地方去申请": about the service just discussed
        if not found.named("service") and told_again(dispatcher, tracker):
            return [reset_failures()]  # "来电人补充：父亲没有领其他养老待遇": a fact, not a question
        if not found.named("service") and _told_not_asked_after_the_verdict(tracker, current_service(tracker)) \
                and acknowledge_for_current(dispatcher, tracker):
            return [reset_failures()]  # "住织里 在厂里上班" after the verdict: facts told, understood — not "没有听懂"
        situation = situation_for(tracker, found)
        if situation is not None:
            return start_screening(situation)
        situation = clear_situation(tracker, found)
        if situation is not None:
            return start_screening(situation)
        if not found.named("service") and gap_reply(dispatcher, tracker, found):
            return [reset_failures()]
        groups = found.groups
        if groups and not found.named("service") and list_group_services(dispatcher, found, groups):
            return [reset_failures()]
        if acknowledge_facts(dispatcher, tracker, found, fallback=True):
            return [reset_failures()]
        if open_question_results(dispatcher, tracker):
            return [reset_failures()]  # "我八十一了…有什么补贴吗": what a household like theirs may use
        failures = int(tracker.get_slot("failed_attempts") or 0) + 1
        guessing = found.in_scope and bool(found.services)
        if failures < MAX_FAILURES_BEFORE_HANDOFF and (not guessing or not (found.named("service") or found.confident)) \
                and told_beside_the_conditions(dispatcher, tracker):
            # "有的 居住证办了三年了", "三年多了，社保一直交着" after the verdict on 随迁子女入学: told about the matter
            # under discussion, not a question not understood nor a guess between unrelated services (全民阅读…)
            return [reset_failures()]
        if guessing and found.confident and not found.ambiguous and ASKS_WHERE.search(latest_text(tracker)):
            # "…想问困境儿童的保障归哪个部门管" with no intent understood, but one service clearly ahead: where
            # to go for it, not a choice of one
            service = kb().service(found.services[0].id)
            if service is not None:
                dispatcher.utter_message(text=answer_at_office(tracker, service, answers.WHERE),
                                         buttons=answer_buttons(service.id, answers.WHERE))
                ask_rating(dispatcher, tracker, service.id)
                return [SlotSet("current_service", service.id), reset_failures()]
        if guessing:
            candidates = found.services[:3]
            options = [(c.name, service_payload("find_service", c.id)) for c in candidates]
            dispatcher.utter_message(
                text="我不太确定您的意思。" + answers.clarification(candidates),
                buttons=buttons(options + [("都不是", "/deny")]),
            )
            # one candidate only: "到啥地方去报名" next is about it
            focus = [SlotSet("current_service", candidates[0].id)] if len(candidates) == 1 else []
            return [SlotSet("failed_attempts", float(failures))] + focus
        if failures >= MAX_FAILURES_BEFORE_HANDOFF:
            dispatcher.utter_message(
                text="抱歉，我还是没能理解。您可以转人工服务，或拨打12345政务服务便民热线。",
                buttons=buttons([("转人工", "/human_handoff")]),
            )
        else:
            dispatcher.utter_message(text=answers.NOT_UNDERSTOOD)
        return [SlotSet("failed_attempts", float(failures))]


class ActionDefaultFallback(Action):
    """When no rule or story says what to do next: say so, offer a person, and
    forget the message so the conversation stays where it was."""

    def name(self) -> Text:
        return "action_default_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        dispatcher.utter_message(
            text="抱歉，这个我没能接上。您可以换个说法，或者说“转人工”，也可以拨打12345政务服务便民热线。",
            buttons=buttons([("转人工", "/human_handoff")]),
        )
        return [UserUtteranceReverted()]


# A short follow-up the classifier took for another topic ("那去哪里问问清楚？")
# is about the service under discussion when it asks where, how, what or how much.
FOLLOW_UP_ASPECTS = (
    (answers.WHEN, re.compile(r"什么时候|啥时候|几时|多久|哪天|截止|期限")),
    (answers.AMOUNT, re.compile(r"免费吗|要钱吗|收费吗|要不要钱|收不收费|花钱吗")),
    (answers.SOURCES, re.compile(r"来源|出处|依据是什么|哪个文件|哪条规定")),
    (answers.DETAIL, re.compile(r"详细说明|详细说|说详细|详细点|具体说说|说具体点|全部内容|完整")),
    (answers.WHERE, ASKS_WHERE),
    (answers.DOCUMENTS, re.compile(r"材料|证件|带什么|准备什么")),
    (answers.AMOUNT, re.compile(r"多少钱|标准|多少|金额")),
    # ("公家的幼儿园咋报名": 咋, 如何 and 怎样 ask how as 怎么 does)
    (answers.HOW_TO_APPLY, re.compile(r"(?:怎么|咋|如何|怎样)(?:样)?(?:申请|办|弄|领|补|换|挂失|交|报|打|参保)|流程|手续")),
)

# Points a message that names its service can ask about, whatever intent the classifier gave it.
POINTED = (answers.WHEN, answers.AMOUNT, answers.DOCUMENTS, answers.HOW_TO_APPLY)


def _where_asked_last(text: str) -> bool:
    """The message ends on a short clause asking where ("…生活补贴问哪里", "…这个找哪个部门"): of the service under discussion,
    a where-question, whatever the clauses before it tell (a place, who lives with whom) — the lead's session 29. (A story
    asking where to sue, "…我想问这种能去哪里告", is no follow-up: its screening starts.)"""
    if is_story(text):
        return False
    parts = question_parts(text)
    return bool(parts) and len(parts[-1]) <= 12 and bool(ASKS_WHERE.search(parts[-1])) and not re.search(r"还是在|在哪(?:里|儿)?(?:上班|做|住|读)", parts[-1])


def pointed_in(text: str) -> str:
    """Where a point asked (when, how much, what to bring, how) is looked for: a short message whole; a story only in its
    last clause — "这些天老问我外婆我什么时候去念书 …明年秋天她能不能去" tells a child's when and asks whether."""
    if not is_story(text):
        return text
    parts = question_parts(text)
    return parts[-1] if parts else text


def told_again(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """After a verdict, a message that only states facts the verdict already rested on: say so
    (a changed fact goes to action_recheck by the rules, before this fallback is reached)."""
    if not tracker.get_slot("verdicts"):
        return False
    if (tracker.get_slot("reading") or {}).get("read"):
        return False  # "我在吴兴": new this turn (the slots already hold it), not said again
    catalogue = kb().catalogue
    known = known_facts(tracker)
    said = read(latest_text(tracker), catalogue, None, {**known, "applicant": tracker.get_slot("applicant")})
    values = said.values()
    if said.asks or said.non_answer or not values or any(known.get(k) != v for k, v in values.items()) \
            or ASKS_WHERE.search(latest_text(tracker)):
        return False  # a question ("住新市镇 材料交到哪"), or something new (a changed fact is rechecked by the rules)
    facts = catalogue.facts
    known = [facts[k].describe(v) for k, v in values.items() if k in facts]
    dispatcher.utter_message(text="好的，这些您前面已经说过，我都记着：" + "；".join(known) + "。判断结果不变；想了解别的可以直接问，"
                                  "比如“去哪里办”“需要什么材料”。",
                             buttons=buttons([("去哪里办", "去哪里办"), ("需要什么材料", "需要什么材料"), ("转人工", "/human_handoff")]))
    return True


def answer_follow_up(dispatcher: CollectingDispatcher, tracker: Tracker, longest: int = 40) -> bool:
    """Answers a short where/how/what follow-up about the service under discussion."""
    service = current_service(tracker)
    text = (tracker.latest_message or {}).get("text") or ""
    if service is None or len(text) > longest:
        return False
    for aspect, words in FOLLOW_UP_ASPECTS:
        if words.search(text):
            dispatcher.utter_message(text=answer_at_office(tracker, service, aspect), buttons=answer_buttons(service.id, aspect))
            return True
    if THIS_SERVICE.search(text) and (ASKS_BACK.search(text) or is_question(text)):
        # "这个补贴是直接打到卡上还是少交房租": about the service under discussion, a point the
        # catalogue does not cover — said so, with who knows; never "not in my scope"
        place, _ = office_place(tracker, service)
        lines = [f"【{service.name}】" + answers.unknown_line(kb(), service, "您问的这一点")]
        lines += answers.local_office_lines(kb(), service, place)
        dispatcher.utter_message(text="\n".join(lines), buttons=answer_buttons(service.id, answers.DETAIL))
        return True
    return False


# "说岔了", "不是德清", "我记错了": the resident takes back something said before
PLACE_CORRECTION = re.compile(r"说岔|说错|讲错|讲岔|记错|记岔|记混|搞错|弄错|搞岔|不对|改口|更正|纠正|口误|^\s*(?:哦|噢|啊|呃|哎)?\s*不是")


def place_corrected(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """"说岔了 南浔是我爸妈家 我单位和家都在吴兴爱山街道" right after a reply on a service: the place
    corrected, so where to go for that service, at the office of the place meant now — not a new
    question about what the correction's words name (单位: 企业). Only when the message corrects
    (a correction word), names a place and asks nothing else."""
    service = current_service(tracker)
    text = latest_text(tracker)
    if service is None or not places_named(tracker) or not PLACE_CORRECTION.search(text):
        return False
    if is_question(text) and not ASKS_WHERE.search(text):
        return False  # "不对 那长兴有没有这个补贴": a question of its own
    if len(text) > 60:
        return False
    read_now = (tracker.get_slot("reading") or {}).get("read") or []
    if {"residence_place", "hukou_place"} & set(read_now) and acknowledge_for_current(dispatcher, tracker):
        return True  # what was understood ("记下了：居住或工作地：安吉县。"), then the office of the place now told
    dispatcher.utter_message(text=answer_at_office(tracker, service, answers.WHERE), buttons=answer_buttons(service.id, answers.WHERE))
    return True


# "这个补贴…", "那这笔钱…", "该政策…": the service just discussed, asked about
THIS_SERVICE = re.compile(r"^(?:那|那么|请问)?(?:这个|这项|这笔|这种|该|那个)(?:补贴|补助|救助|资助|钱|政策|待遇|服务|保险|津贴|项目|费用)")
ASKS_BACK = re.compile(r"还是|吗|呢|怎么|咋|多少|什么|啥|哪|是不是|会不会|能不能|有没有|[？?]")


class ActionOutOfScope(Action):
    """Out of scope — unless it is a follow-up about the service under discussion."""

    def name(self) -> Text:
        return "action_out_of_scope"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if triage_reply(dispatcher, tracker):
            return []
        if where_after_choices(dispatcher, tracker):
            return [reset_failures()]  # "到啥地方去报？阿拉是杭垓个" right after a list of choices
        chosen = chosen_by_fact(tracker)
        if chosen is not None:
            return start_screening(chosen)
        dated = chosen_by_date(tracker)
        if dated is not None:  # "上个月十二号" right after 工伤认定 and a school's aid were offered
            return dated[1] + start_screening(dated[0])
        if answer_follow_up(dispatcher, tracker) or place_corrected(dispatcher, tracker):
            return [reset_failures()]
        found = finding(tracker)
        one = one_need_reply(dispatcher, tracker, domain, found)
        if one is not None:
            return one
        if several_needs(dispatcher, tracker, found) or gap_reply(dispatcher, tracker, found):
            return [reset_failures()]
        situation = situation_for(tracker, found)
        if situation is not None:  # "…我们俩上个月就把药停了 准备要了" after the card of the check: screen it
            return start_screening(situation)
        if acknowledge_for_current(dispatcher, tracker):
            return [reset_failures()]  # a fact about the service just discussed, not a question out of scope
        if open_question_results(dispatcher, tracker):
            return [reset_failures()]  # "阿拉老太婆八十一哉…有啥补贴伐": what a household like theirs may use
        if (tracker.get_slot("reading") or {}).get("correction") and acknowledge_facts(dispatcher, tracker, found, fallback=True):
            return [reset_failures()]  # "等下 户口我说错了 结婚那年迁到南浔菱湖了": a fact corrected, not a question
        if still_a_chance(dispatcher, tracker):
            return [reset_failures()]  # "那我这种外地户口的 还有没有希望" after the verdict
        if told_again(dispatcher, tracker):
            return [reset_failures()]  # "来电人说她自己也顾不上" after the verdict: a fact it already rested on
        if (_A_QUANTITY.search(latest_text(tracker)) or _AGREED_THEN_TOLD.match(latest_text(tracker))) \
                and told_beside_the_conditions(dispatcher, tracker):
            return [reset_failures()]  # "是十一月八号出的事" after the verdict, not read: told, not out of scope
        if ASKS_WHERE.search(latest_text(tracker)) and not found.named("service"):
            cued = where_cued(dispatcher, tracker)
            if cued is not None:
                return cued  # "…我的手机一声都没响过 这种提醒归谁管": the situation leads to one service, its office
            # "洪桥镇的 具体找谁报名" with nothing in view: which service, not "out of scope" (the office is
            # a public body's, whatever the matter)
            dispatcher.utter_message(text=answers.WHICH_SERVICE[answers.WHERE])
            return []
        dispatcher.utter_message(response="utter_out_of_scope")
        return []


def where_cued(dispatcher: CollectingDispatcher, tracker: Tracker):
    """A where-question the classifier put out of scope whose situation leads to one service (bot/finder_cues.py:
    "老法搭脉开草药个先生 …归啥个单位管"): that service's office, in the resident's district; None otherwise."""
    text = latest_text(tracker)
    cued = cued_services(text)
    if current_service(tracker) is not None or len(cued) != 1:
        return None
    service = kb().service(cued[0])
    if service is None:
        return None
    place, note = office_place(tracker, service)
    dispatcher.utter_message(text=(note + "\n" if note and place else "") + answers.where(kb(), service, place),
                             buttons=answer_buttons(service.id, answers.WHERE))
    return [SlotSet("current_service", service.id), reset_failures()]


# a date, an age, a count or a sum told: a statement of fact, whatever the classifier made of it
# "有的 跟包工头签过一张纸", "是的 他们都知道": a yes, then what goes with it — a conversation going on, not a new matter
_AGREED_THEN_TOLD = re.compile(r"^(?:有的|有|是的|对的|对|嗯嗯?|没有|没)[，,\s]+[\u4e00-\u9fff]")
_A_QUANTITY = re.compile(r"[\d０-９]|[一二两三四五六七八九十百几]+\s*(?:号|日|月|年|天|岁|周岁|个|口|块|元|万|千|百|平|点)"
                         r"|(?:礼拜|星期|周)[一二三四五六日天]")


# "还有没有希望", "有没有机会", "还有戏吗": whether the matter just discussed can still come through
_A_CHANCE = re.compile(r"有没有希望|有希望吗|还有希望|有没有机会|还有机会|有戏|没戏|还能不能办|还能办吗|还能申请吗|还行不行")


def still_a_chance(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """After the answer or verdict on a service, "那我这种外地户口的 还有没有希望": the decision is the
    office's — said so, with where to ask by the service's rule (the 户籍's office, or a note when the
    户籍 is outside Huzhou), instead of "out of scope"."""
    service = current_service(tracker)
    if service is None or not _A_CHANCE.search(latest_text(tracker)):
        return False
    dispatcher.utter_message(text="能不能办，要由办理部门按规定审核决定，我这里不能替他们下结论。\n"
                             + answer_at_office(tracker, service, answers.WHERE), buttons=answer_buttons(service.id, answers.WHERE))
    return True


def triage_reply(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A message with nothing to understand gets a question back; venting or an
    insult a calm reply and a person to talk to (bot/triage.py)."""
    kind = message_kind(latest_text(tracker))
    if kind == NOISE:
        dispatcher.utter_message(text=triage_answers.NOTHING_TO_UNDERSTAND)
        return True
    if kind == ABUSE:
        dispatcher.utter_message(text=triage_answers.CALM_REPLY, buttons=buttons([("转人工", "/human_handoff")]))
        return True
    return False


def _one_situation_asked(text: str, found) -> bool:
    """The clauses that ask (whether, for help, or where: "这种事情要得到哪里去告嘛") tell one situation in so many words
    (bot/finder_cues.py), the very service the finder is sure of."""
    if not found.confident or found.top is None:
        return False
    cued = _cued_where_asked(text, found)
    if cued is not None:
        return cued.id == found.top.id
    return _cued_in_the_question(text, found)


def _cued_in_the_question(text: str, found) -> bool:
    """The clauses that ask (whether, where or what) tell, in so many words, the one situation of the service the finder is
    sure of (bot/finder_cues.py)."""
    if not found.confident or found.top is None:
        return False
    asked = asked_spans(text, clauses=True)
    told = {sid for sid, start, end in cued_spans(text) if any(start < b and a < end for a, b in asked)}
    return told == {found.top.id}


def several_needs(dispatcher: CollectingDispatcher, tracker: Tracker, found) -> bool:
    """A long story of several hardships whose last clause asks about no service
    it names ("…低保我能申请吗" does): the services for each (up to three), offered as
    choices, rather than the one service a stray word matched."""
    text = latest_text(tracker)
    if text.startswith("/") or not is_story(text) or asks_about_a_named_service(text, found.entities):
        return False
    if named_in_last_clause(found.text or "", found.entities) or asked_in_last_clause(found) is not None \
            or the_one_named_asked(found.text or "", found.entities):
        return False  # "…我们家吃低保的 医疗救助咋申请": the story ends asking about the service it names
    if heard_of(found.text or "", kb()) is not None:
        return False  # "…听说残疾学生读书有资助 问哪个部门": about what they heard of
    if _one_situation_asked(text, found):
        return False  # "…工钱都在他手上 …老家娃儿还等着交学费 这种事情要得到哪里去告嘛": the clause that asks tells one
        # situation in so many words, the finder sure of it — the story's other hardships are what is told
    pairs = [(need, kb().service(sid)) for need, sid in needs(text)]
    pairs = [(need, s) for need, s in pairs if s is not None]
    if len(pairs) < 2 and not (pairs and not found.named("service") and not found.confident):
        return False  # one need the finder is not sure of: that need's service, as a choice
    dispatcher.utter_message(
        text=triage_answers.needs_list(kb(), pairs),
        buttons=buttons((s.name, service_payload("find_service", s.id)) for _, s in pairs),
    )
    return True


# "这方面的病", "这种病", "他这个毛病": the illness the story told, referred to by the question
_THIS_ILLNESS = re.compile(r"(?:这|那)(?:方面|种|个|类|样)的?(?:病|毛病)")
HEALTH_DOMAIN = 4  # the outline's 基本健康服务


def illness_where(dispatcher: CollectingDispatcher, tracker: Tracker):
    """"…丢了工作以后整天关在房间里 半夜自言自语 …问哪里有管这方面病的": of the several needs a story tells, the one
    illness is what a where-question about "this illness" asks of — its office; None otherwise."""
    text = latest_text(tracker)
    if current_service(tracker) is not None or text.startswith("/") or not (_THIS_ILLNESS.search(text) and ASKS_WHERE.search(text)):
        return None
    told = [kb().service(sid) for _, sid in needs(text)]
    health = [s for s in told if s is not None and s.domain == HEALTH_DOMAIN]
    if len(told) < 2 or len(health) != 1:
        return None
    place, note = office_place(tracker, health[0])
    dispatcher.utter_message(text=(note + "\n" if note and place else "") + answers.where(kb(), health[0], place),
                             buttons=answer_buttons(health[0].id, answers.WHERE))
    return [SlotSet("current_service", health[0].id), reset_failures()]


def one_need_reply(dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any], found):
    """A message telling one situation and naming no service: the screening of its service when it
    asks for help ("我儿子脑瘫…每个月能不能给他补点生活费"), its office when it asks where; else None."""
    need = story_need(tracker, found) or need_asked_before(tracker)
    if need is not None:
        return start_screening(need)
    where = where_for_need(dispatcher, tracker, domain, found) or illness_where(dispatcher, tracker)
    if where is not None:
        return where
    told = need_to_tell(tracker, found)
    if told is None:
        return None
    # "避孕的圈…想拿掉 听说是免费的": a need with no conditions to check, asked about — its card
    place, _ = office_place(tracker, told)
    dispatcher.utter_message(text=answers.answer(kb(), told, answers.OVERVIEW, place),
                             buttons=answer_buttons(told.id, answers.OVERVIEW))
    ask_rating(dispatcher, tracker, told.id)
    return [SlotSet("current_service", told.id), reset_failures()]


def need_asked_before(tracker: Tracker) -> Any:
    """"外孙女七岁 …念书的钱能不能少交点" got "which service?"; then "我老糊涂了 七岁的是她哥哥 她是四岁 在园里念中班": the
    question asked before, read with what is told now in place of what it corrects — the one need's service (学前教育资助),
    if it has conditions to check; None otherwise (a question now, a service under discussion, a form running)."""
    if current_service(tracker) is not None or (tracker.active_loop or {}).get("name"):
        return None
    text = latest_text(tracker)
    if not text or text.startswith("/") or is_question(text) or asks_whether(text) or asks_for_help(text):
        return None
    if last_reply(tracker) not in (answers.WHICH_SERVICE[answers.ELIGIBILITY], answers.WHICH_SERVICE[answers.WHERE]):
        return None
    previous = earlier_messages(tracker)[:1]
    if not previous or not (asks_for_help(previous[0]) or asks_whether(previous[0])):
        return None
    told = needs(text + " " + previous[0])
    service = kb().service(told[0][1]) if len(told) == 1 else None
    return service if service is not None and service.criteria else None


def _told_after_the_verdict(tracker: Tracker, current) -> bool:
    """"住织里镇 暂住证有的 社保交了两年" after the verdict on 普惠性幼儿园入园: facts of the matter judged, read (or told
    again), and no question — what was understood (acknowledge_for_current), not the police's business its 暂住证 resembles (session 25)."""
    reading = tracker.get_slot("reading") or {}
    return bool(reading.get("read") or reading.get("repeated")) and _told_not_asked_after_the_verdict(tracker, current)


def _told_not_asked_after_a_card(tracker: Tracker, current) -> bool:
    """Facts read from a message after the card of a service with no conditions to check, and nothing asked."""
    text = latest_text(tracker)
    reading = tracker.get_slot("reading") or {}
    return current is not None and not current.criteria and bool(reading.get("read")) and not reading.get("asks") \
        and not text.startswith("/") and asks_nothing(text)


def _told_not_asked_after_the_verdict(tracker: Tracker, current) -> bool:
    """A message after the verdict on the service under discussion that asks nothing: no question, no help asked for,
    no whether — what it tells is acknowledged (acknowledge_for_current), not taken for a new question."""
    text = latest_text(tracker)
    return current is not None and judged(tracker, current.id) and asks_nothing(text)


def where_for_need(dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any], found):
    """"我们村后面新开了个养猪的…这事归谁管", "电瓶车…锁都给剪断了…这个该找谁" read as another intent: a
    where-question about the one service the situation calls for (actions/routing.py), or None."""
    from actions.routing import WHERE_ASKED, ActionAnswerWhere  # (routing imports this module)

    if current_service(tracker) is not None or not WHERE_ASKED.search(latest_text(tracker)):
        return None
    if one_need(tracker, found) is None:
        return None
    return ActionAnswerWhere().run(dispatcher, tracker, domain)


def last_reply(tracker: Tracker) -> str:
    """The assistant's first message after the resident's previous one (before the latest)."""
    users, reply = 0, ""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users == 2:
                return reply
        elif event.get("event") == "bot" and users == 1:
            reply = event.get("text") or ""
    return ""


# a gap's word followed by where beside it ("老渡口边浪", "公交站旁边"): the place one lives, not the topic asked; or by
# where it stands ("儿子住仁皇山街道 健身房也在仁皇山": where the dispute's gym is, session 25)
_BESIDE = re.compile(rf"(?:{BESIDE_WORDS}|那边|这边|边|(?:也|都|就)?(?:开)?在(?!哪))")


def _gap_words_where_one_lives(text: str, spans: Optional[List[Tuple[int, int]]] = None) -> bool:
    """Whether every word of the gap's topic (``spans``: gap_words' own, read again when not given) stands beside a place."""
    if spans is None:
        told = gap_words(text)
        spans = told[1] if told else []
    plain = simplified(text)
    return bool(spans) and all(_BESIDE.match(plain, end) for _, end in spans)


def gap_reply(dispatcher: CollectingDispatcher, tracker: Tracker, found: Finding) -> bool:
    """In the outline's domains but not in the catalogue (高龄津贴, 转学): the body in charge.
    A place said right after that answer ("我在长兴") is where the resident wants that body."""
    text = latest_text(tracker)
    # (the topic and where its words stand, read once: the same scan as domain_gap's)
    told = None if text.startswith("/") or gap_aside(text, found, kb()) else gap_words(text)
    gap = told[0] if told else None
    place = latest_entity(tracker, "place")
    if gap is not None and cued_services(text):
        # a situation that leads to one service without its name (bot/finder_cues.py) is ranked as if named:
        # "村委会那间放书的屋子…归哪个部门管" is the farmers' bookstore, not the village committee's body
        return False
    if gap is not None and current_service(tracker) is not None and ASKS_WHERE.search(text) \
            and _gap_words_where_one_lives(text, told[1] if told else []):
        # "阿拉个棚屋就搭勒菱湖镇老渡口边浪 要去寻啥个部门讲" after a screening: the ferry landing is where the shed
        # stands, and the question is where to go for the service just judged — not the ferries' body
        return False
    # (a word of a service that means something else where it stands — "打不着火" — names nothing: bot/finder.py)
    named = bool(found.named("service"))
    if gap is None and place and not named:
        previous = earlier_messages(tracker)[:1]
        gap = domain_gap(previous[0]) if previous else None
        if gap is not None and not last_reply(tracker).startswith(triage_answers.domain_gap(kb(), gap, None)[:20]):
            gap = None  # that message got another answer (a service it also named)
    if gap is None:
        return False
    place = place or tracker.get_slot("place") or tracker.get_slot("residence_place")
    related = [kb().service(sid) for sid in gap.related]
    dispatcher.utter_message(
        text=triage_answers.domain_gap(kb(), gap, place),
        buttons=buttons([(s.name, service_payload("find_service", s.id)) for s in related if s is not None]
                        + [("转人工", "/human_handoff")]),
    )
    return True
