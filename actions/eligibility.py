"""Eligibility screening for one service, driven by the catalogue's criteria.

action_start_eligibility picks the service; eligibility_form asks only the
questions that service's criteria still need (facts already known are not
asked again, see actions/facts.py); before a "not eligible" that rests on a
reading of the resident's own words, it confirms that reading;
action_eligibility_verdict gives the verdict per condition with its citation,
and what to do next. action_recheck gives the verdict again when a fact it
rested on is corrected afterwards ("我说错了，是被公司辞退的").
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions.common import (ASKS_WHERE, FOLLOW_UP_BUTTONS, answer_at_office, buttons, latest_text, finding, kb, list_group_services, office_place, reset_failures,
                            service_in_focus, short_words)
from actions.facts import IMPLIED_CONFIDENCE, facts_asked, known_facts
from actions.screening import ScreeningForm
from actions.situation import _cued_where_asked, _gives_way, clear_situation, story_need, told_fits
from bot.story_needs import needs
from bot import answers
from bot.asked_last import named_in_last_clause, told_then_asked_how
from bot.eligibility_cues import HEARSAY_LEAD, WHETHER, WHY_NOT, asks_eligibility, asks_for_help, asks_whether
from bot.triage import is_story
from bot.reading import implied
from bot.finder import named_services, told_in_a_cue
from bot.reading.nonanswers import is_question
from bot.text import text_span
from knowledge_base.eligibility import NEED_MORE_ANSWERS, NOT_ELIGIBLE, Verdict, evaluate
from knowledge_base.types import OUTSIDE_HUZHOU, Service

# A reading below this confidence never refuses on its own: it is confirmed first.
SURE = 0.9


def record(service: Service, result: Verdict) -> Dict[str, Any]:
    return {
        "service": service.id,
        "status": result.status,
        "conditions": [{"label": r.criterion.label, "status": r.status} for r in result.conditions if r.shown],
    }


def with_record(tracker: Tracker, service: Service, result: Verdict) -> SlotSet:
    history = [v for v in (tracker.get_slot("verdicts") or []) if v.get("service") != service.id]
    return SlotSet("verdicts", history + [record(service, result)])


class ActionStartEligibility(Action):
    def name(self) -> Text:
        return "action_start_eligibility"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return start_eligibility(dispatcher, tracker)


def judged(tracker: Tracker, service_id: str) -> bool:
    """Whether the conversation holds a verdict on the service."""
    return any(v.get("service") == service_id for v in tracker.get_slot("verdicts") or [])


def _asked_in_so_many_words(tracker: Tracker, found, service) -> bool:
    """The clause that asks tells the service's situation in so many words (bot/finder_cues.py): "…视力二级 厂里的活干不了
    …听说残疾人交这两份公家能补一点 他能不能" asks for the insurance subsidy, whatever other service the facts told (a grade,
    no capacity to work) would fit better."""
    cued = _cued_where_asked(latest_text(tracker), found)
    return cued is not None and cued.id == service.id


def start_eligibility(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict]:
    """action_start_eligibility's work, callable from other actions (their run is a guarded coroutine)."""
    found = finding(tracker)
    base = kb()
    from actions.service_answers import several_needs  # (service_answers imports this module)

    need = story_need(tracker, found)  # "我儿子脑瘫…能不能给他补点生活费": that need's service
    if need is None and (tracker.active_loop or {}).get("name") != "eligibility_form" and several_needs(dispatcher, tracker, found):
        return [SlotSet("eligibility_service", None), reset_failures()]  # a story of several needs: each a choice
    service = need or last_named(found) or service_in_focus(found, tracker)
    if service is not None and not told_fits(tracker, [service.id]) and not _asked_in_so_many_words(tracker, found, service):
        # "我女儿十九岁那年白血病走了，就这一个孩子，后来也没再要过": the words matched a service
        # the facts told say nothing about; the situation clearly another's (计划生育特别扶助)
        service = clear_situation(tracker, found) or service
    if service is not None and not _asked_in_so_many_words(tracker, found, service):
        # (not when the clause that asks tells the chosen service's situation in so many words: "…儿子七岁在铜仁老家 …这礼拜
        # 就得接过来 这边公家的小学半学期还能不能进" is the migrants' children's schooling, 小学 a word of the general one's)
        service = asked_by_short_name(found, service) or service
    if service is not None:
        service = narrower_for(service, known_facts(tracker), tracker.get_slot("fact_confidence") or {})
    if service is not None and need is None:
        service = _told_more_precisely(latest_text(tracker), service, known_facts(tracker))
    screening = tracker.get_slot("eligibility_service") if (tracker.active_loop or {}).get("name") == "eligibility_form" else None
    if service is not None and screening and service.id != screening and _gives_way(service.id, screening, latest_text(tracker)):
        # "幼儿园的钱能不能少交点" said again in the middle of 学前教育资助's screening: the kindergarten it names
        # is what that screening is about, not a new one
        service = base.service(screening) or service
    if service is None:
        from actions.service_answers import gap_reply

        # "他去世以后那笔公积金…能不能取出来": a matter the catalogue lacks, its body — not the children's
        # services a word of the story names
        if not found.named("service") and gap_reply(dispatcher, tracker, found):
            return [SlotSet("eligibility_service", None), reset_failures()]
        # "我七十多了…有没有什么办法帮帮我们": no one service, but a group of residents
        if not (found.groups and list_group_services(dispatcher, found, found.groups)):
            dispatcher.utter_message(text=answers.WHICH_SERVICE[answers.ELIGIBILITY])
        return [SlotSet("eligibility_service", None)]
    if not service.criteria:
        place, note = office_place(tracker, service)
        text = answers.conditions(base, service, place if note is None else None)
        dispatcher.utter_message(text=text, buttons=buttons(FOLLOW_UP_BUTTONS[1:]))
        return [SlotSet("eligibility_service", None), SlotSet("current_service", service.id)]
    if (tracker.active_loop or {}).get("name") == "eligibility_form" and \
            tracker.get_slot("eligibility_service") == service.id and tracker.get_slot(REQUESTED_SLOT):
        if not (tracker.get_slot("reading") or {}).get("non_answer"):
            # "没人能养我" read as asking to be screened, in the middle of that very screening:
            # an answer to the question pending, not a new start
            return []
        # a question, no answer ("幼儿园的钱能不能少交点" asked again in the middle of 学前教育资助's
        # screening): this is that screening, and it goes on with the question it was on
        dispatcher.utter_message(text=f"我们现在就是在看您能不能申请【{service.name}】，再回答几个问题就知道了。")
        return [SlotSet("eligibility_service", service.id)]
    from actions.service_answers import answer_follow_up

    if judged(tracker, service.id) and not found.named("service") and answer_follow_up(dispatcher, tracker, longest=80):
        return [SlotSet("eligibility_service", None)]  # "来电人问向何处申请" after the verdict: that point
    if _judged_already(tracker, found, service):
        # "家里条件一般，我跟她妈都在上班" after the verdict, read as asking again: nothing in it
        # changes the verdict (a changed fact is rechecked by the rules) — say so, once
        status = next(v["status"] for v in tracker.get_slot("verdicts") if v.get("service") == service.id)
        dispatcher.utter_message(
            text=f"好的，记下了。您说的情况不影响【{service.name}】的判断（{STATUS_WORDS[status]}）"
            "。想了解别的可以直接问，比如“去哪里办”“需要什么材料”，或者说别的服务的名称。",
            buttons=buttons(FOLLOW_UP_BUTTONS[1:]))
        return [SlotSet("eligibility_service", None)]
    # A screening started afresh, also in the middle of another one: no question is pending.
    return [SlotSet("eligibility_service", service.id), SlotSet("current_service", service.id),
            SlotSet(REQUESTED_SLOT, None), SlotSet("pending_confirmation", None), reset_failures()]


def asked_by_short_name(found, chosen: Service) -> Optional[Service]:
    """"包工头欠俺们工钱 人跑了 俺想去仲裁": the finder ranks 劳动保障监察 (no conditions to check)
    first; "老公工伤截了一条腿 …一直租房住 租房补贴能申请不": 工伤保险 first. The clause that asks
    names neither, but another ranked service by a word of its own (仲裁, the last two characters of
    劳动仲裁; 租房, of 残疾人家庭租房): that one, if it has conditions to check. A word every
    other service ends with (补贴, 保险) names none."""
    text = found.text or ""
    asking = [c for c in re.split(r"[，,。；;！!？?\s]+", text) if c and asks_eligibility(c)]
    if not asking:
        return None
    clause = asking[-1]
    at = text.rfind(clause)
    if any(chosen.id in named_services([e], kb()) and at <= _at(e)[0] < at + len(clause) for e in found.entities):
        return None  # "仲裁法律援助能申请吗": the asking clause names the service chosen

    if chosen.criteria and says(clause, chosen):
        return None
    return said_in_clause(found, clause, besides=chosen.id)


def says(clause: str, service: Service) -> bool:
    return any(w in clause and w not in GENERIC_WORDS for w in short_words(service))


def said_in_clause(found, clause: str, besides: str = "") -> Optional[Service]:
    """Of the services ranked, the first with conditions to check that ``clause`` names by a word of its own."""
    for ranked in found.services:
        service = kb().service(ranked.id)
        if service is not None and service.id != besides and service.criteria and says(clause, service):
            return service
    return None


def asked_in_last_clause(found) -> Optional[Service]:
    """"…我们一家一直租房子 租房补贴能申请不": the last clause asks whether one qualifies for a
    service it names by a word of its own, not one of the catalogue's names."""
    parts = [c for c in re.split(r"[，,。；;！!？?\s]+", found.text or "") if c]
    return said_in_clause(found, parts[-1]) if parts and asks_eligibility(parts[-1]) else None


GENERIC_WORDS = frozenset({"补贴", "补助", "救助", "资助", "保险", "服务", "登记", "入学", "申请", "认定", "待遇", "养老",
                           "医疗", "就业", "培训", "检查", "保障", "津贴", "政策", "办理", "么领", "么办"})


def narrower_for(service: Service, known: Dict[str, Any], confidence: Dict[str, float]) -> Service:
    """The same service for a group of residents the resident belongs to: "我们是安徽来湖州打工的，
    孩子六岁了，能上小学吗" is 随迁子女入学, not 义务教育入学. A narrower
    form repeats at least two of the general service's facts (in the same section) and adds one
    yes/no fact about who the resident is; when the resident said that fact in their own words
    ("来湖州打工的", "我是农民工"; not only inferred from a hukou elsewhere and a district here,
    which fits the general service as well), the narrower form is the one to screen."""
    for other in kb().catalogue.services:
        if other.id == service.id or other.section != service.section or not other.criteria:
            continue
        for criterion in other.criteria:
            keys = criterion.facts()
            rest = set(other.facts()) - set(keys)
            if len(keys) == 1 and keys[0] not in service.facts() and criterion.rule == {"is": True} \
                    and len(rest) >= 2 and rest <= set(service.facts()) and known.get(keys[0]) is True \
                    and (confidence.get(keys[0], 0.0) > IMPLIED_CONFIDENCE or said_in_parts(keys[0], known, confidence)) \
                    and implied({k: v for k, v in known.items() if k != keys[0]}).get(keys[0]) is not False:
                return other  # (not when the other facts say otherwise: "户口一直在吴兴")
    return service


# A fact that is two facts said together: "江西过来的 户口在老家 两口子都在练市厂里干活" says the
# 户籍 is elsewhere and that they work here, in the resident's own words — a migrant worker, said,
# not only inferred from a hukou elsewhere and a district here (a grandmother's "外孙户口在四川老家").
SAID_IN_PARTS = {"migrant_worker": (("hukou_place", "外地"), ("employment_status", "在职"))}


def said_in_parts(key: str, known: Dict[str, Any], confidence: Dict[str, float]) -> bool:
    parts = SAID_IN_PARTS.get(key)
    return bool(parts) and all(known.get(k) == v and confidence.get(k, 0.0) > IMPLIED_CONFIDENCE for k, v in parts)


def screen_instead(dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any],
                   found) -> Optional[List[Dict]]:
    """A question whether one qualifies that the classifier took for another intent ("医疗救助伲有份伐",
    "公租房俺能申不": the finder reads it as one): the screening of the service it is about, as
    if asked outright, when that service has criteria and no form is running; else None."""
    if (tracker.active_loop or {}).get("name"):
        return None
    service = last_named(found) or service_in_focus(found, tracker)
    if service is None or not service.criteria:
        return None
    if found.intent != "check_eligibility" and not wants_it(found, tracker, service) \
            and not how_after_telling(found, service) and not story_asks_whether(found, tracker, service) \
            and not prepare_after_telling(found, tracker, service):
        return None
    events = start_eligibility(dispatcher, tracker)
    if any(e.get("name") == "eligibility_service" and e.get("value") for e in events):
        events.append(FollowupAction("eligibility_form"))
    return events


# "我是农民工，想参加免费的技能培训", "我28岁，户口在吴兴…想自己交城乡居民养老保险": wanting a
# service, having just said who one is in its own terms, is asking whether one can have it.
WANTS = re.compile(r"(?:想|要|准备|打算)(?:自己|先|去|给[^，。]{1,6})?(?:参加|交|缴|报名|参保|申请|办)")
HOW_OR_WHERE = re.compile(r"怎么|咋|如何|哪里|哪儿|在哪|去哪|哪个|材料|流程|手续|多少|标准|什么时候|是什么|有没有|吗|呢|？|\?")


def wants_it(found, tracker: Tracker, service: Service) -> bool:
    text = found.text or ""
    read_now = set((tracker.get_slot("reading") or {}).get("read") or [])
    return bool(found.confident and WANTS.search(text) and not HOW_OR_WHERE.search(text)
                and read_now & set(service.facts()))


# what says where to go rather than whether one qualifies
_PLACE_FACTS = frozenset({"hukou_place", "residence_place", "works_or_lives_in_huzhou"})


def story_asks_whether(found, tracker: Tracker, service: Service) -> bool:
    """"我婆婆老年痴呆好几年了…在递铺租房住…听说家里有残疾人租房子政府会补贴", "儿子…九月份能不能送去
    上小小班": the resident tells their situation and asks, yes or no, whether they can have the
    service the finder is sure of (or tells the help they heard of) — whether they qualify, not what
    the service is. Not a group's question ("我是残疾人有没有补贴"), nor where, how or when."""
    text = found.text or ""
    read_now = set((tracker.get_slot("reading") or {}).get("read") or []) - _PLACE_FACTS
    if not found.confident and not _asked_outright_of_the_lead(found, service, read_now):
        return False
    # ("…报脱以后自家还要出两万多 哪里拿得出 有啥地方好帮阿拉一把": a story asking whether anyone can help asks it too)
    if not (asks_whether(text) or is_story(text) and asks_for_help(text)) or (
            found.intent not in ("find_service", "nlu_fallback", None) and not WHY_NOT.search(text)
            and not (found.intent == "ask_where" and (not ASKS_WHERE.search(text) or _whether_then_where(text)))
            and not (found.intent == "ask_amount" and not _amount_asked(text))
            and not (found.intent == "ask_how_to_apply" and not _HOW_ASKED.search(text))
            and not (found.intent == "ask_when" and not _when_asked_last(text))):
        # ("我怎么一分还没领到过", read as asking how: why not, so whether one can; "…拢总交了十六年 现在好勿好去拿铜钿哉",
        # read as asking where with no word of where: whether one can)
        return False
    if found.groups and not is_story(text):
        return False
    return bool(read_now & set(service.facts())) or is_story(text)


# how, asked in words ("咋申请", "要走什么流程", "么样弄"): without them, "…每学期园里那笔钱一交 手里就空了 有这个本本能减吗" read
# as asking how to apply asks whether the family can have it
_HOW_ASKED = re.compile(r"怎么|咋|如何|怎样|么样|哪能|啷个|咋个|流程|手续|步骤|程序|材料|办法")


def _whether_then_where(text: str) -> bool:
    """"女儿…现在五岁半 明年…就满六岁了 能不能跟着那一拨去念书 要先去哪里登记": whether the child can go, asked
    in a clause of its own before where to register — whether first (the verdict's next step and the office
    follow), not only the office of a service the resident may not have."""
    parts = _parts(text)
    where = next((i for i, part in enumerate(parts) if ASKS_WHERE.search(part)), None)
    # (asked outright: "听说政府有公益性岗位 …这种岗位去哪个部门报名" tells what was heard of, then asks where)
    return where is not None and any(not ASKS_WHERE.search(part) and (bool(WHETHER.search(part)) or asks_eligibility(part))
                                     and not HEARSAY_LEAD.search(part) for part in parts[:where])


# when, asked in the resident's own last question: "外孙女…这些天老问我外婆我什么时候去念书 …明年秋天她能不能去" asks whether
# she can go (the when is the child's, told), not when
WHEN_ASKED = re.compile(r"什么时候|啥时候|啥辰光|几时|哪天|几号|多久|几月|哪一年|哪年")


def _when_asked_last(text: str) -> bool:
    parts = _parts(text)
    return bool(parts) and bool(WHEN_ASKED.search(parts[-1]))


# how much, asked in words ("一个月能拿多少", "标准是几块"): without them, "…阿拉到现在一分也呒没拿着 是勿是弄漏脱哉" read as
# asking an amount asks whether they were left out
AMOUNT_ASKED = re.compile(r"多少|几(?:块|百|千|万|钿|个钱)|标准|金额|钱数|数目|多大(?:一笔|数)")


def _amount_asked(text: str) -> bool:
    """How much, asked in the resident's last question: "…一年要好几千 听说像她这样的交这个钱政府能贴一点" tells an amount
    in the story and asks whether the government pays a part — whether she can have it, not how much."""
    parts = _parts(text)
    return bool(parts) and bool(AMOUNT_ASKED.search(parts[-1]))


def _asked_outright_of_the_lead(found, service: Service, read_now: set) -> bool:
    """"阿拉明年正月里才满六十 今年五十九 …现在好先去领伐": the finder is not sure, but the service it puts well
    ahead of any other is the one whose conditions the message tells (an age for the pension), and the last
    clause asks outright whether they can have it — its screening, as if the finder were sure."""
    parts = _parts(text_of(found))
    return bool(found.top is not None and found.top.id == service.id and not found.ambiguous and parts
                and asks_eligibility(parts[-1]) and read_now & set(service.facts()))


def text_of(found) -> str:
    return found.text or ""


def how_after_telling(found, service: Service) -> bool:
    """"我们家吃低保的 医疗救助咋申请": how to apply for a service with conditions, asked right after
    saying who one is — whether one can have it comes first; the verdict's next step says where."""
    if found.intent not in ("ask_how_to_apply", "find_service") or not told_then_asked_how(found.text or ""):
        return False
    return service.id in named_in_last_clause(found.text or "", found.entities) or bool(found.confident)


# "…明年要进学校了 该准备什么", "…明年想让他就在这边念书 要弄什么材料": what to get ready
def _parts(text: str) -> List[str]:
    """A message's clauses, split at punctuation and spaces."""
    return [p for p in re.split(r"[，,。.；;！!？?\s]+", text) if p]


PREPARE = re.compile(r"(?:要|该|得|需要)?(?:准备|弄|带|备)(?:些|点|一些)?(?:什么|啥|哪些)(?:材料|东西|证件)?|(?:要|该|得|需要)(?:些|点)?(?:什么|啥|哪些)材料")


def prepare_after_telling(found, tracker: Tracker, service: Service) -> bool:
    """"女儿今年九月满了六岁 明年要进学校了 该准备什么": what to prepare, asked in the last clause right after
    telling facts of the conditions of the service the finder is sure of — whether the child (the resident) can
    have it comes first; the verdict's next step says where to go."""
    text = found.text or ""
    parts = _parts(text)
    if found.intent not in ("ask_documents", "find_service") or not found.confident or len(parts) < 2:
        return False
    last = next((p for p in reversed(parts) if PREPARE.search(p)), None)
    if last is None or parts.index(last) < len(parts) - 3:
        return False  # (the question must end the message, bar an aside: "说快点我在排队交电费")
    read_now = set((tracker.get_slot("reading") or {}).get("read") or []) - _PLACE_FACTS
    return bool(read_now & set(service.facts()))


def asked_to_prepare_at_start(tracker: Tracker, service_id: str) -> bool:
    """The message that started this screening ended asking what to prepare ("上小学要准备啥")."""
    started = None
    for i in range(len(tracker.events) - 1, -1, -1):
        event = tracker.events[i]
        if event.get("event") == "slot" and event.get("name") == "eligibility_service" and event.get("value") == service_id:
            started = i
        elif started is not None and event.get("event") == "slot" and event.get("name") == "eligibility_service":
            break
    if started is None:
        return False
    opening = next((e.get("text") or "" for e in reversed(tracker.events[:started]) if e.get("event") == "user"), "")
    parts = _parts(opening)
    return bool(parts) and any(PREPARE.search(p) for p in parts[-2:])


STATUS_WORDS = {"likely_eligible": "很可能符合", "possibly_eligible": "可能符合，建议咨询", "not_eligible": "暂不符合",
                "undetermined": "还有条件要向办理部门确认"}


def _judged_already(tracker: Tracker, found, service: Service) -> bool:
    """The service has its verdict and the latest message neither asks for it again (a button,
    its name, "能不能申请") nor tells anything new that its conditions need."""
    if not any(v.get("service") == service.id and v.get("status") in STATUS_WORDS
               for v in tracker.get_slot("verdicts") or []):
        return False  # not judged, or a screening left before its end: it goes on
    text = (tracker.latest_message or {}).get("text") or ""
    if not text or text.startswith("/") or found.named("service") or ASKING.search(text) or is_question(text):
        return False
    reading = tracker.get_slot("reading") or {}
    return not (set(reading.get("read") or []) & set(service.facts()))


ASKING = re.compile(r"(?:能不能|能否|可不可以|可以|能|好|有没有资格)(?:去|再)?(?:申请|领|拿|报|享受|办|参加|上|读|入)"
                    r"|符合|够条件|有资格|行不行|行吗|可以吗|好伐|成不成|中不中|能行吗|能行不")


def _told_more_precisely(text: str, service: Service, known: Dict[str, Any]) -> Service:
    """The service a story tells more precisely than the one it names: "我贵州的 两口子在长兴…干了六年 儿子五岁…
    明年九月想让他就在这边读一年级": the school for a child of a family from elsewhere (bot/story_needs.py's
    reading of who the family is), when the story's one need is that service."""
    if text.startswith("/") or known.get("hukou_place") not in (None, OUTSIDE_HUZHOU):
        return service  # ("刚从外地搬回吴兴，户口一直在吴兴": a 户籍 here, no family from elsewhere)
    told = [sid for _, sid in needs(text)]
    if len(told) == 1 and told[0] in _NARROWER_OF.get(service.id, ()):
        precise = kb().service(told[0])
        return precise if precise is not None and precise.criteria else service
    return service


# Where a precise service is the general one's for a group the story says the resident belongs to
_NARROWER_OF = {"compulsory_school_enrolment": ("migrant_children_enrolment",)}


def last_named(found) -> Optional[Service]:
    """Of several services named, the one asked about: named right after the
    question ("我是特困供养人员，看病能不能申请医疗救助？"), else just before it
    ("学前教育资助我家能申请不 孩子4岁 在乾元上幼儿园"), else the one the finder ranks first
    of those that have criteria to check ("孕前检查是免费的吗 我们准备要二胎 能做不": not 两孩政策,
    which has none; "随迁子女读一年级有没有份": 随迁子女入学), else the last one."""
    # (a service named only inside a situation that leads to another is that situation's setting: "…像他这种交社保
    # 政府有补贴" of a disabled son asks the disabled people's insurance subsidy, not 社保 itself)
    setting = told_in_a_cue(found.entities, found.text or "")
    named = sorted((e for e in found.entities if e.get("entity") == "service" and e.get("value") not in setting), key=lambda e: _at(e)[0])
    if len(named) < 2:
        return None
    rank = {s.id: i for i, s in enumerate(found.services)}
    services = [(e, _service_of(e)) for e in named]
    screenable = [(rank.get(s.id, len(rank)), i) for i, (e, s) in enumerate(services) if s is not None and s.criteria]
    chosen = named[min(screenable)[1]] if screenable else named[-1]
    cue = ([None] + list(ASKING.finditer(found.text or "")))[-1]  # the question is asked last
    if cue is not None:
        text = found.text or ""
        # the subject of the question, just before it in the same clause ("随迁子女明年能上小学不")
        subject = [e for e in named if 0 <= cue.start() - _at(e)[1] <= 4
                   and not re.search(r"[，,。；;！!？?\s]", text[_at(e)[1]:cue.start()])]
        # right after the cue, or overlapping it ("能否申请劳动仲裁": the entity is 申请劳动仲裁), or its
        # object further on in the same clause ("能否再领一份城乡居民基础养老金")
        after = [e for e in named if _at(e)[1] > cue.start() and (_at(e)[0] - cue.end() <= 2 or (
            _at(e)[0] - cue.end() <= 8 and not re.search(r"[，,。；;！!？?\s]", text[cue.end():_at(e)[0]])))]
        before = [e for e in named if _at(e)[1] <= cue.start()]
        chosen = (subject[-1:] or after or before[-1:] or [chosen])[0]
    return _service_of(chosen)


def _service_of(entity) -> Optional[Service]:
    ids = named_services([entity], kb())
    return kb().service(ids[0]) if ids else None


def _at(entity) -> tuple:
    """(start, end) of an entity in the parse's normalised text, which ``found.text`` is."""
    start, end = text_span(entity)
    return start or 0, end or 0


class ValidateEligibilityForm(ScreeningForm):
    def name(self) -> Text:
        return "validate_eligibility_form"

    def on_start(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        service = self.service(tracker)
        if service is None:
            return
        known = known_facts(tracker)
        said = [k for k in service.facts() if k in known]
        intro = f"好的，我帮您看看能不能申请【{service.name}】。只问还需要的情况，随时可以说“算了”停止。"
        if said:
            facts = kb().catalogue.facts
            intro += "\n您已经说过的：" + "；".join(facts[k].describe(known[k]) for k in said) + "，不再重复问。"
        dispatcher.utter_message(text=intro)

    def asked_facts(self, tracker: Tracker, domain: Dict[Text, Any]) -> List[str]:
        service = self.service(tracker)
        return list(service.facts()) if service is not None else []

    def next_question(self, tracker: Tracker, known: Dict[str, Any], domain: Dict[Text, Any]):
        service = self.service(tracker)
        if service is None:
            return None
        verdict = evaluate(service, kb().catalogue.facts, known)
        if verdict.status != NEED_MORE_ANSWERS:
            return None
        return verdict.next_fact, verdict.next_question

    def confirmation(self, dispatcher: CollectingDispatcher, tracker: Tracker, known: Dict[str, Any]) -> Optional[str]:
        """No "不符合" from a reading the resident did not confirm: "我确认一下：…，对吗？"."""
        service = self.service(tracker)
        if service is None:
            return None
        facts = kb().catalogue.facts
        verdict = evaluate(service, facts, known)
        if verdict.status != NOT_ELIGIBLE:
            return None
        confidence = tracker.get_slot("fact_confidence") or {}
        # a fact read from what the resident told, never asked and never confirmed ("俺老家河南驻马店 …户口也迁过来了"
        # read as a 户籍 outside Huzhou): confirmed before it refuses, however sure the reading
        asked = facts_asked(tracker)
        for result in verdict.deciding():
            keys = result.criterion.facts()
            for key in keys:
                if key in known and (confidence.get(key, 1.0) < SURE or key not in asked and key in confidence
                                     and confidence[key] < 1.0):
                    dispatcher.utter_message(
                        text=f"我确认一下：{facts[key].describe(known[key])}，对吗？",
                        buttons=buttons([("对", "对"), ("不对", "不对")]),
                    )
                    return key
        return None


def say_verdict(
    dispatcher: CollectingDispatcher, tracker: Tracker, service: Service, result: Verdict, prefix: str = ""
) -> None:
    place, note = office_place(tracker, service)
    text = answers.verdict(kb(), service, result, place if note is None else None)
    dispatcher.utter_message(text=prefix + text, buttons=buttons(FOLLOW_UP_BUTTONS[1:]))


class ActionEligibilityVerdict(Action):
    def name(self) -> Text:
        return "action_eligibility_verdict"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        sid = tracker.get_slot("eligibility_service")
        base = kb()
        service = base.service(sid) if sid else None
        if service is None:
            return [SlotSet("eligibility_service", None)]
        result = evaluate(service, base.catalogue.facts, known_facts(tracker))
        say_verdict(dispatcher, tracker, service, result)
        if result.status != NOT_ELIGIBLE and asked_to_prepare_at_start(tracker, service.id):
            # "娃马上六岁了…上小学要准备啥": the screening came first, then what was asked
            dispatcher.utter_message(text=answer_at_office(tracker, service, answers.DOCUMENTS))
        # the service screened is the one under discussion again ("特困供养人员是啥意思？" asked
        # during the screening of 医疗救助 does not make "去哪问" afterwards about 特困供养)
        return [with_record(tracker, service, result), SlotSet("eligibility_service", None),
                SlotSet("current_service", service.id)]


class ActionRecheck(Action):
    """A fact a verdict rested on was corrected: the verdict again, or the
    screening again where the correction opens a question not asked before."""

    def name(self) -> Text:
        return "action_recheck"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        base = kb()
        reading = tracker.get_slot("reading") or {}
        known = known_facts(tracker)
        events: List[Dict] = []
        for sid in reading.get("recheck") or []:
            service: Optional[Service] = base.service(sid)
            if service is None:
                continue
            result = evaluate(service, base.catalogue.facts, known)
            if result.status == NEED_MORE_ANSWERS:
                dispatcher.utter_message(text=f"好的，已按您说的更正。【{service.name}】还需要再问一下：")
                return events + [SlotSet("eligibility_service", service.id), SlotSet(REQUESTED_SLOT, None),
                                 FollowupAction("eligibility_form")]
            before = next((v.get("status") for v in tracker.get_slot("verdicts") or [] if v.get("service") == sid), None)
            asks = reading.get("asks") or ASKS_WHERE.search(latest_text(tracker))
            if not (before == result.status and asks and not reading.get("correction")):
                # ("住武康 去哪报名": a place told with the question, the verdict the same — its record
                # updated, the answer only)
                say_verdict(dispatcher, tracker, service, result, prefix="好的，已按您更正的情况重新判断：\n")
            tracker.slots["verdicts"] = [v for v in (tracker.get_slot("verdicts") or []) if v.get("service") != sid] + [
                record(service, result)]
            events.append(SlotSet("verdicts", tracker.slots["verdicts"]))
        from actions.service_answers import answer_follow_up  # (imports this module)

        answer_follow_up(dispatcher, tracker, longest=120)  # "我户口其实在长兴，去哪里办": the question after the correction
        return events
