"""Helpers every action family shares: the knowledge base, the finder, slots."""
from __future__ import annotations

import json
import logging
import re
from typing import Any, Dict, Iterable, List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import answers
from bot.finder import Finding, find_services
from bot.reading.places import ANOTHERS_PLACE
from bot.text import WhereQuestion
from knowledge_base import KnowledgeBase, shared
from knowledge_base.types import HUKOU, HUZHOU_DISTRICTS, OUTSIDE_HUZHOU, Service

logger = logging.getLogger(__name__)

FOLLOW_UP_BUTTONS = [
    ("我能申请吗", "/check_eligibility"),
    ("去哪里办", "/ask_where"),
    ("需要什么材料", "/ask_documents"),
    ("转人工", "/human_handoff"),
]
PLACES = HUZHOU_DISTRICTS


def kb() -> KnowledgeBase:
    """The action server's knowledge base ($HUZHOU_KB_URL), opened once."""
    return shared()


def finding(tracker: Tracker, intent: Optional[str] = None) -> Finding:
    """The finder's answer for the latest message; ``intent`` reads it as that intent instead."""
    parse = tracker.latest_message or {}
    if intent is not None:
        parse = {**parse, "intent": {**(parse.get("intent") or {}), "name": intent}}
    return find_services(parse, kb())


def current_service(tracker: Tracker) -> Optional[Service]:
    sid = tracker.get_slot("current_service")
    return kb().service(sid) if sid else None


# A top candidate this weak (catalogue search alone, no classifier or name)
# is not enough to talk about a service the resident did not name.
WEAK = 0.2


def service_in_focus(found: Finding, tracker: Tracker) -> Optional[Service]:
    """The service a message is about: the one it names or clearly means, else
    the one under discussion, else a reasonably strong guess."""
    base = kb()
    if found.top and found.confident:
        return base.service(found.top.id)
    current = current_service(tracker)
    if current is not None:
        return current
    if found.top and found.top.score >= WEAK:
        return base.service(found.top.id)
    return None


def short_words(service: Service) -> List[str]:
    """A service's name and aliases, and their last two characters (救助, 补贴, 保险: how it is called short)."""
    words = [w for w in (service.name, *service.aliases) if len(w) >= 2]
    return words + [w[-2:] for w in words]


def latest_entities(tracker: Tracker, entity: str) -> List[Any]:
    return [e.get("value") for e in (tracker.latest_message or {}).get("entities", []) if e.get("entity") == entity]


def latest_entity(tracker: Tracker, entity: str) -> Optional[Any]:
    values = latest_entities(tracker, entity)
    return values[-1] if values else None


def latest_intent(tracker: Tracker) -> Optional[str]:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


# "店开在长兴，不在安吉": a place said only to be denied is not where the resident means
_DENIED_PLACE = re.compile(r"(?:不在|不是|没在|不住|没住|不去|而不是)$")


def _place_entities(tracker: Tracker) -> List[Dict[str, Any]]:
    return [e for e in (tracker.latest_message or {}).get("entities") or [] if e.get("entity") == "place"]


def places_named(tracker: Tracker) -> List[str]:
    """Every district or county the latest message names."""
    return [e.get("value") for e in _place_entities(tracker)]


def _kept_places(tracker: Tracker) -> List[Dict[str, Any]]:
    """The latest message's places that are the resident's: not denied ("不在长兴"), not someone
    else's home nor only where one works ("南浔是我上班的地方")."""
    text = latest_text(tracker)
    return [e for e in _place_entities(tracker) if not (isinstance(e.get("start"), int) and (
        _DENIED_PLACE.search(text[:e["start"]]) or ANOTHERS_PLACE.match(text[e.get("end") or e["start"]:])))]


def named_place(tracker: Tracker) -> Optional[str]:
    """The place the latest message names as the resident's, the last one not denied."""
    chosen = (_kept_places(tracker) or _place_entities(tracker))[-1:]
    return chosen[0].get("value") if chosen else None


def office_place(tracker: Tracker, service: Service) -> Tuple[Optional[str], Optional[str]]:
    """(district or county, note) whose office handles ``service`` for this resident.

    A service applied for where the 户籍 is (低保, 护理补贴: the source says
    "向户籍所在地") goes to the 户籍's county, whatever place the resident
    names or lives in; other services go to the place named now, else where
    the resident lives, else the 户籍.
    """
    named = named_place(tracker)
    hukou = tracker.get_slot("hukou_place")
    lives = tracker.get_slot("residence_place")
    if service.apply_at == HUKOU:
        if hukou in PLACES:
            note = None if named in (None, hukou) else f"按规定要向户籍所在地申请，您的户籍在{hukou}，所以去{hukou}办，不是{named}。"
            return hukou, note
        if hukou == OUTSIDE_HUZHOU:
            return named or lives or tracker.get_slot("place"), "按规定要向户籍所在地申请；您的户籍不在湖州，请先向户籍所在地咨询，下面是湖州这边的部门，可以问问能否在居住地办理。"
        place = named or tracker.get_slot("place") or lives
        return place, ("按规定要向户籍所在地申请；下面是您说的区县的部门，如果户籍在别的区县，请找户籍所在地的部门。" if place else None)
    if lives in PLACES and named not in (None, lives) and lives in [e.get("value") for e in _kept_places(tracker)]:
        named = lives  # "我住在吴兴，户口在长兴": for a service applied for where one lives, 吴兴
        # (not "南浔是我上班的地方 小区在德清": the place lived in before, now said to be only the workplace)
    for place in (named, lives if lives in PLACES else None, tracker.get_slot("place"), hukou if hukou in PLACES else None):
        if place:
            return place, None
    return None, None


_OFFICE_LINE = re.compile(r"^(" + "|".join(PLACES) + r")：", re.M)


def place_named_before(tracker: Tracker, service: Service) -> Optional[str]:
    """The district or county whose office an earlier reply named for ``service`` (its line
    "德清县：德清县文化和旅游主管部门"), the latest such reply before the latest message."""
    seen_latest = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            seen_latest = True
            continue
        text = event.get("text") or "" if event.get("event") == "bot" else ""
        if seen_latest and f"【{service.name}】" in text:
            lines = _OFFICE_LINE.findall(text)
            if lines:
                return lines[-1]
    return None


def office_moved_note(tracker: Tracker, service: Service, place: Optional[str]) -> Optional[str]:
    """"改找安吉县文化和旅游主管部门，不是刚才说的德清县文化和旅游主管部门。": when the office for
    ``service`` changed since a reply named one (the resident corrected where they are), say both,
    so that nobody goes to the first one."""
    before = place_named_before(tracker, service)
    if not place or before is None or before == place:
        return None
    office_now, office_before = kb().route(service.id, place).local_office, kb().route(service.id, before).local_office
    if not office_now or not office_before or office_now == office_before:
        return None
    return f"地点按您更正的算：改找{office_now}，不是刚才说的{office_before}。"


def where_note(tracker: Tracker, service: Service, place: Optional[str], note: Optional[str]) -> Optional[str]:
    """What a where-answer says first: office_place's note (户籍所在地), then office_moved_note's."""
    return "\n".join(n for n in (note, office_moved_note(tracker, service, place)) if n) or None


def answer_at_office(tracker: Tracker, service: Service, aspect: str) -> str:
    """The answer on ``aspect`` with the office of the resident's district by the service's rule
    (office_place); a where-answer says first when that rule sends them elsewhere (户籍所在地), or
    when the office changed since one was named (where_note)."""
    place, note = office_place(tracker, service)
    if aspect != answers.WHERE:
        return answers.answer(kb(), service, aspect, place)
    note = where_note(tracker, service, place, note)
    return (note + "\n" if note else "") + answers.answer(kb(), service, aspect, place)


def buttons(pairs: Iterable[Tuple[str, str]]) -> List[Dict[str, str]]:
    return [{"title": title, "payload": payload} for title, payload in pairs]


def service_payload(intent: str, service_id: str) -> str:
    """A button payload that names the service outright: /find_service{"service": "…"}."""
    return f"/{intent}{json.dumps({'service': service_id})}"


def answer_buttons(service_id: str, shown: str = answers.OVERVIEW) -> List[Dict[str, str]]:
    """What to ask next about a service, one tap each: the long card, how, where,
    whether I qualify, the sources (the one just shown is left out)."""
    named = json.dumps({"service": service_id})
    pairs = [
        (answers.DETAIL, "详细说明", "/find_service" + json.dumps({"service": service_id, "aspect": answers.DETAIL})),
        (answers.HOW_TO_APPLY, "怎么申请", "/ask_how_to_apply" + named),
        (answers.WHERE, "去哪里办", "/ask_where" + named),
        (answers.ELIGIBILITY, "我能申请吗", "/check_eligibility" + named),
        (answers.SOURCES, "来源", "/find_service" + json.dumps({"service": service_id, "aspect": answers.SOURCES})),
    ]
    return buttons((title, payload) for aspect, title, payload in pairs if aspect != shown)


def ask_rating(dispatcher: CollectingDispatcher, tracker: Optional[Tracker] = None,
               service_id: Optional[str] = None) -> None:
    """The 好差评 prompt, once per service discussed: not after every answer."""
    if tracker is not None and service_id is not None and (
        service_id in services_discussed(tracker) or tracker.get_slot("rated_service") == service_id
    ):
        return
    dispatcher.utter_message(
        text=answers.RATING_PROMPT,
        buttons=buttons((r, f"/rate_service{json.dumps({'rating': r}, ensure_ascii=False)}") for r in answers.RATINGS),
    )


def services_discussed(tracker: Tracker) -> List[str]:
    """Every service the conversation has been about, in order."""
    seen: List[str] = []
    for event in tracker.events:
        if event.get("event") == "slot" and event.get("name") in ("current_service", "eligibility_service"):
            value = event.get("value")
            if value and value not in seen:
                seen.append(value)
    return seen


# Asking where to go, in every wording residents use ("寻啥个部门好报", "到啥地方去报", "找哪个单位").
ASKS_WHERE = WhereQuestion(
    r"哪里|哪儿|去哪|在哪|哪个部门|找谁|问谁|地址|电话|还是在|还是去|还是回|谁管|归谁|归哪|哪管|找哪|啥地方|什么地方|哪个地方|到哪|哪能办|哪边|哪个学校|哪所学校|哪家医院|啥个?窗口|哪个窗口|什么窗口|受理部门|办理部门|什么部门|啥个?部门|哪个单位|什么单位|啥个?单位|啥个地方"
    r"|[寻找问](?:到|着)?啥人|啥人头上|寻谁|寻哪|何处|向哪|上哪个门|哪个门|哪扇门|哪个衙门|(?:递|交|送|寄|报)给(?:谁|哪)|(?:受理|办理|报名|申请|主管|负责)(?:部门|单位|地点|地方|窗口|机构)"
    # "申请往哪递", "材料朝哪送"
    r"|[往朝]哪(?:里|儿|边)?(?:递|交|送|寄|报|跑|去(?!了))"
    # "我们住孝丰镇 跟谁说去": whom to tell it to
    r"|(?:跟|和|同|对|向)(?:谁|啥人|哪个)(?:去)?(?:说|讲|反映|提|申请)")


def offered_services(tracker: Tracker) -> List[Service]:
    """The services the assistant's last reply offered as buttons (a list for a group,
    the needs of a story, "您想问的是…还是…"): what a bare "找哪里" next is about."""
    seen_user = False
    offered: List[Service] = []
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            if seen_user:
                break
            seen_user = True
        elif kind == "slot" and seen_user and event.get("name") == "current_service" and event.get("value"):
            return []  # that reply answered about a service; "您的话里还提到" buttons are an aside
        elif kind == "bot" and seen_user:
            for button in (event.get("data") or {}).get("buttons") or []:
                payload = str(button.get("payload") or "")
                brace = payload.find("{")
                if not payload.startswith("/") or brace < 0:
                    continue
                try:
                    sid = json.loads(payload[brace:]).get("service")
                except (ValueError, AttributeError):
                    continue
                service = kb().service(sid) if isinstance(sid, str) else None
                if service is not None and service not in offered:
                    offered.append(service)
    return offered


def reset_failures() -> SlotSet:
    return SlotSet("failed_attempts", 0.0)


GROUP_LIST_LIMIT = 8


# "两家头…政府有啥照顾伐": looking after, asked of a group — the services that look after people first
_CARE_ASKED = re.compile(r"照顾|照料|护理|管管|管一管|服侍|上门|陪护|养老院|敬老院|有人管")
CARE_FIRST = ("home_based_elderly_care", "elderly_care_service_subsidy", "elderly_care_institution",
              "severe_disability_care_subsidy")


def _group_services(found: Finding, groups: List[str]):
    """Services for the groups named, ranked by the finder where it ranked them (care first where care is asked
    and the finder ranked none of them)."""
    base = kb()
    order = {s.id: i for i, s in enumerate(found.services)}
    members = []
    for group in groups:
        members.extend(s for s in base.services(group=group) if s not in members)
    if not any(s.id in order for s in members) and _CARE_ASKED.search(found.text or ""):
        order = {sid: i for i, sid in enumerate(CARE_FIRST)}
    members.sort(key=lambda s: order.get(s.id, len(order)))
    return members[:GROUP_LIST_LIMIT]


def list_group_services(dispatcher: CollectingDispatcher, found: Finding, groups: List[str]) -> bool:
    members = _group_services(found, groups)
    if not members:
        return False
    dispatcher.utter_message(
        text=answers.service_list(kb(), f"面向{'、'.join(groups)}的服务有这些：", members),
        buttons=buttons((s.name, service_payload("find_service", s.id)) for s in members[:5]),
    )
    return True


def where_each(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A where-question naming no service right after a reply that offered several as
    choices: the office of each offered one (one offered: where for it)."""
    offered = offered_services(tracker)
    if not offered:
        return False
    named = [s for s in offered if _names_a_part(latest_text(tracker), s)]
    if len(offered) > 1 and len(named) == 1:
        offered = named  # "要去哪个部门认定" after 工伤保险与工伤认定 and 医疗救助: the one its word names
    elif len(offered) > 1:
        # "这种急事的钱找哪个部门" after 医疗救助 and 临时救助: the one the question tells in everyday words
        offered = _told_in_other_words(tracker, offered) or offered
    if len(offered) == 1:
        service = offered[0]
        place, note = office_place(tracker, service)
        dispatcher.utter_message(text=(note + "\n" if note else "") + answers.where(kb(), service, place))
        return True
    offered = offered[:5]
    dispatcher.utter_message(
        text=answers.where_each(kb(), offered, [office_place(tracker, service)[0] for service in offered]),
        buttons=buttons((s.name, service_payload("find_service", s.id)) for s in offered),
    )
    return True


# What one of the needs a list offered is called in everyday words, in a question that follows the list ("帮忙找活的是哪个部门"
# after 辅助器具 and 就业援助): the need's words, by the service the list offered for it
_JOB_WORDS = re.compile(r"找(?:个)?(?:活|工作|事做|事情做|份工)|介绍(?:个)?(?:活|工作)|上班的事|就业")
_PAY_WORDS = r"讨(?:工钱|工资|薪)|要工钱|欠(?:的)?(?:工钱|工资)|工钱|工资"
NEED_WORDS = {
    "employment_assistance": _JOB_WORDS,
    "employment_services": _JOB_WORDS,
    "temporary_assistance": re.compile(r"急事|急用|救急|应急|急难|突然(?:出|遇到)的事"),
    "medical_assistance": re.compile(r"看病|医药费|医疗费|住院|开刀|手术费|药费"),
    "labour_inspection": re.compile(_PAY_WORDS),
    "labour_dispute_arbitration": re.compile(_PAY_WORDS + r"|仲裁|告"),
    "assistive_devices": re.compile(r"助听器|轮椅|假肢|假手|假腿|拐杖|辅具"),
    "compulsory_school_enrolment": re.compile(r"上学|读书|念书|入学|报名"),
    "high_school_student_aid": re.compile(r"学费|读书的钱|上学的钱|资助"),
    "minimum_living_allowance": re.compile(r"低保|保底|生活费"),
}
# the classifier's own probability of one offered service, for a question its words do not name: at least this, and
# OFFERED_LEAD times any other offered one's
OFFERED_FLOOR, OFFERED_LEAD = 0.1, 3.0


def _told_in_other_words(tracker: Tracker, offered: List[Service]) -> List[Service]:
    """The one offered service a question after the list tells in everyday words (NEED_WORDS, unless the words fit
    several of the offered: 讨工钱 after 劳动保障监察 and 劳动人事争议调解仲裁), or the one the classifier clearly hears
    in it ("这种急事的钱" is 临时救助's); [] when the question tells none apart."""
    text = latest_text(tracker)
    if not text or text.startswith("/"):
        return []
    worded = [s for s in offered if s.id in NEED_WORDS and NEED_WORDS[s.id].search(text)]
    if len(worded) == 1:
        return worded
    if worded:
        return []
    ranking = {r.get("id"): float(r.get("confidence") or 0) for r in (tracker.latest_message or {}).get("service_ranking") or []}
    heard = sorted(offered, key=lambda s: -ranking.get(s.id, 0.0))
    first, second = ranking.get(heard[0].id, 0.0), ranking.get(heard[1].id, 0.0)
    return heard[:1] if first >= OFFERED_FLOOR and first >= OFFERED_LEAD * second else []


_GENERIC_PARTS = frozenset({"服务", "办理", "部门", "申请", "管理", "项目", "湖州", "基本", "人员", "家庭"})


def _names_a_part(text: str, service: Service) -> bool:
    """Whether ``text`` holds two characters in a row of the service's name (认定 of 工伤保险与工伤认定)."""
    name = re.sub(r"[（(].*?[）)]", "", service.name)
    return any(name[i:i + 2] in text for i in range(len(name) - 1) if name[i:i + 2] not in _GENERIC_PARTS)


# A candidate the classifier supports: the catalogue search alone gives its best hit 0.15 (bot/finder.py
# WEIGHTS["search"]), which a long story's stray words reach; more than that is the classifier's too.
GUESS_FLOOR = 0.16
GUESSES = 3


def where_guessed(dispatcher: CollectingDispatcher, tracker: Tracker, found) -> List[Dict[str, Any]]:
    """A where-question ("…这个找谁反映 住新市镇") about a matter the finder is unsure of, with nothing
    under discussion: the office of each service it may be about (at most three the classifier
    supports), as choices — rather than "which service?", which leaves the resident nowhere. The
    events to return ([] when there is no such service); one such service is answered and in focus."""
    guesses = [kb().service(s.id) for s in found.services[:GUESSES] if s.score >= GUESS_FLOOR]
    guesses = [s for s in guesses if s is not None]
    if not guesses:
        return []
    if len(guesses) == 1:  # one service the classifier supports: where for it, and it is under discussion
        place, note = office_place(tracker, guesses[0])
        dispatcher.utter_message(text=(note + "\n" if note else "") + answers.where(kb(), guesses[0], place),
                                 buttons=answer_buttons(guesses[0].id, answers.WHERE))
        return [SlotSet("current_service", guesses[0].id), reset_failures()]
    dispatcher.utter_message(
        text=answers.where_each(kb(), guesses, [office_place(tracker, s)[0] for s in guesses], answers.GUESSED_HEADING,
                                answers.GUESSED_TAIL),
        buttons=buttons((s.name, service_payload("find_service", s.id)) for s in guesses),
    )
    return [reset_failures()]


def where_after_choices(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A message asking where ("到啥地方去报") right after a reply that offered choices: each one's office."""
    return bool(ASKS_WHERE.search(latest_text(tracker))) and where_each(dispatcher, tracker)
