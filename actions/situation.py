"""A resident who tells their situation after a service's card means "can I get it?".

"我想问下失业金怎么领" → the card; "我是被厂里辞退的，交了三年社保" next is not a new
question (the classifier calls it find_service, the finder hesitates between 失业保险金 and
社保卡): it is the facts the service's conditions need. The screening of the service under
discussion starts, with those facts already recorded (actions/facts.py read them), instead of
a clarification or the same card again.

Only when: no form is running; the service under discussion has conditions and no verdict yet;
the message is not a question or a non-answer, names no other service, and tells at least one
fact of that service's conditions other than a place ("我在长兴" after a card asks where to go).
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions.common import (answer_at_office, buttons, current_service, kb, latest_text, offered_services, reset_failures,
                            service_payload)
from actions.facts import known_facts
from actions.screening import DATE_FACTS, understood
from bot import answers
from bot.eligibility_cues import HEARSAY_LEAD, asks_for_help, asks_whether
from bot.finder import named_services
from bot.finder_cues import cued_services, cued_spans
from bot.story_needs import BARE_ASK, GIVES_WAY, IN_CONTEXT, gives_way_when, asked_spans, candidates, needs, passing_mentions
from bot.triage import STATUS_AFTER, is_story
from bot.reading import read
from bot.reading.nonanswers import is_question
from bot.text import simplified, text_span
from knowledge_base.eligibility import MET, NOT_ELIGIBLE, UNKNOWN, evaluate
from knowledge_base.types import HUKOU, HUZHOU_DISTRICTS as PLACES, Service

# Where the resident is says where to go, not whether they qualify.
# implied by where one lives alone: not a situation told
SAID_BY_PLACE = {"works_or_lives_in_huzhou"}
PLACE_FACTS = frozenset({"hukou_place", "residence_place", "works_or_lives_in_huzhou", "migrant_worker"})


def situation_for(tracker: Tracker, found) -> Optional[Service]:
    """The service under discussion, when the latest message tells the situation its conditions ask about."""
    return _situation_of(tracker, found, current_service(tracker))


# "…想问残疾人家庭的租房补贴", "今年六十八，想问问特困供养": wanting to know about a service
ASKS_TO_KNOW = re.compile(r"(?:想|要|来)?(?:问问|问一下|问下|问|了解|打听|咨询)(?:一下|下)?[^，。,.；;！!？?]{1,16}$"
                         # "想让孩子在这边上公办小学": a want for a child's place, as much a question
                         r"|(?:想|要|打算)(?:让|给|送)(?:孩子|小孩|娃|儿子|女儿|囡|小囡|伢儿)[^，。,.；;！!？?]{0,8}(?:上|读|进)[^，。,.；;！!？?]{1,10}$")


def situation_told_with(tracker: Tracker, found, service: Service) -> bool:
    """The first message about ``service`` tells the situation its conditions ask about and
    ends wanting to know about it ("我老婆二级视力残疾，有证的，在安吉租房住，想问残疾人家庭的
    租房补贴"): whether they qualify is the question, not what the service is."""
    text = latest_text(tracker)
    # ("饭店上个月关门了 我被辞了 …想学个做面点的手艺 听说政府开的班不收钱": the help heard of, asked whether)
    if not (ASKS_TO_KNOW.search(text) or asks_whether(text) and not found.groups or _told_and_left(tracker, found, text)):
        return False
    return _situation_of(tracker, found, service, asking=True) is not None


def _told_and_left(tracker: Tracker, found, text: str) -> bool:
    """"…楼板往下沉了一指头 …县里的人来鉴定 说是D级 …搬到隔壁堆毛竹的棚里": a first message that tells a story of
    one service's conditions the finder is sure of and asks nothing — whether they qualify is what it is told for."""
    return bool(found.confident and current_service(tracker) is None and is_story(text) and not is_question(text)
                and not found.named("service") and not found.groups)


def _situation_of(tracker: Tracker, found, service: Optional[Service], asking: bool = False) -> Optional[Service]:
    if (tracker.active_loop or {}).get("name"):
        return None
    if service is None or not service.criteria:
        return None
    if any(v.get("service") == service.id for v in tracker.get_slot("verdicts") or []):
        return None  # told after its verdict: a correction is rechecked by the rules, a repeat acknowledged
    reading = tracker.get_slot("reading") or {}
    if reading.get("asks") and not asking or reading.get("non_answer") or reading.get("correction") and not reading.get("read"):
        return None
    told = (set(reading.get("read") or []) | set(reading.get("repeated") or [])) - PLACE_FACTS
    if told:  # "户口都在老家…在善琏做了六年": a migrant worker, which the words imply for certain
        # (and a group a choice implies: out of work, of the training courses' unemployed)
        told |= {key for key in reading.get("implied") or [] if tracker.get_slot(key) is True
                 or isinstance(tracker.get_slot(key), str) and tracker.get_slot(key) not in NO_GROUP} - SAID_BY_PLACE
    if not told & set(service.facts()):
        return None
    text = latest_text(tracker)
    if not text or text.startswith("/") or is_question(text) and not asking:
        return None
    named = [e for e in found.entities if e.get("entity") == "service" and not _denied_name(text, e)]
    if any(sid != service.id for sid in named_services(named, kb())):
        return None
    return service


# "我家不是低保" after the card of 医疗救助: a service named only to say one is not in it — a fact of the
# service under discussion (dibao_household), not a question about the one named
_DENIES_BEFORE = re.compile(r"(?:不是|勿是|弗是|不算|不属于|没有|没|呒没|没评上|没评过|没吃)$")


def _denied_name(text: str, entity: Dict[str, Any]) -> bool:
    start = entity.get("start")
    return isinstance(start, int) and bool(_DENIES_BEFORE.search(text[:start].rstrip()))


def start_screening(service: Service) -> List[Dict[str, Any]]:
    """The events that start eligibility_form on ``service`` (as action_start_eligibility does)."""
    return [SlotSet("eligibility_service", service.id), SlotSet("current_service", service.id),
            SlotSet(REQUESTED_SLOT, None), SlotSet("pending_confirmation", None), reset_failures(),
            FollowupAction("eligibility_form")]


_ONLY_ASKING = set("嗯啊呀哦噢哎唉呢吗嘛吧呃那还有")


def states_more_than_names(found) -> bool:
    """"嗯对，是低保" names 低保 and says something of it (a fact said again); "低保",
    "低保呢" or "那低保呢" only name it (a question about it)."""
    text = found.text or ""
    keep = [True] * len(text)
    for entity in (e for e in found.entities if e.get("entity") == "service"):
        start, end = text_span(entity)
        for i in range(start or 0, min(end or 0, len(text))):
            keep[i] = False
    rest = [c for c, k in zip(text, keep) if k and "\u4e00" <= c <= "\u9fff"]
    return any(c not in _ONLY_ASKING for c in rest)


def _choices_offered(tracker: Tracker) -> List[Dict[str, Any]]:
    """The service buttons of the assistant's last message that had any, since the resident's
    message before the latest one (a list of services, a clarification)."""
    users = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users > 2:
                break
        if event.get("event") == "bot":
            options = [b for b in (event.get("data") or {}).get("buttons") or []
                       if str(b.get("payload", "")).startswith("/find_service")]
            if options:
                return options
    return []


# "来电人补充：…", "另外，…": what follows adds facts, it does not ask.
SUPPLEMENT = re.compile(r"^\s*(?:来电人|居民|市民|对方|老人|家属)?\s*(?:补充|再补充|另外|还有就是|对了)")


def acknowledge_facts(dispatcher: CollectingDispatcher, tracker: Tracker, found, fallback: bool = False) -> bool:
    """"我有退休工资的，两千多块" with no service under discussion: facts, not a question about
    whatever services their words resemble — say what was understood, and offer again the
    services just listed (or ask which service). A service the words clearly mean is answered,
    unless the message says it adds to what was said ("来电人补充：母亲有退休工资"); in the
    fallback (the classifier understood no intent) the finder's guess does not count."""
    if current_service(tracker) is not None or (tracker.active_loop or {}).get("name"):
        return False
    denial = named_only_in_denial(found)
    if (found.named("service") and not denial) or (found.confident and not fallback and not denial
                                                   and not SUPPLEMENT.match(latest_text(tracker))):
        return False
    reading = tracker.get_slot("reading") or {}
    if reading.get("asks") or reading.get("non_answer"):
        return False
    read_now = list(reading.get("read") or [])
    said = understood(kb().catalogue.facts, read_now, {k: tracker.get_slot(k) for k in read_now})
    text = latest_text(tracker)
    if not said or not text or text.startswith("/") or is_question(text):
        return False
    options = _choices_offered(tracker)
    suggested = [] if options else services_for_facts(tracker, conditions_told(tracker), found)
    if _clearly_ahead(suggested):
        return False  # the situation is clearly about one service: the caller screens it (clear_situation)
    suggested = [service for _, service in suggested]
    if suggested:
        lines = [said + "根据您说的情况，下面几项可能和您有关："]
        lines += [f"{i}. {s.name} — {s.agency_current}" for i, s in enumerate(suggested, 1)]
        lines.append("想先看哪一项，点一下或直接说名称；想知道能不能申请，可以说“X我能申请吗”。")
        dispatcher.utter_message(text="\n".join(lines),
                                 buttons=buttons((s.name, service_payload("find_service", s.id)) for s in suggested))
        return True
    ask = ("您想了解上面哪一项？点一下或直接说名称。" if options else
           "您想了解哪项服务？可以直接说名称，或者说说想办什么事，比如“有没有人上门照顾老人”。")
    dispatcher.utter_message(text=said + ask, buttons=options or None)
    return True


# "阿拉勿是低保", "我们家没有低保", "低保也没吃过": a status service named only to deny it — a fact told, not a question about it
_DENIED_BEFORE = re.compile(r"(?:不是|勿是|弗是|没有|没得|呒没|没吃过|没吃|没拿过|没领过|没|无|冇得|冇)(?:吃|拿|领|评|办)?(?:过)?(?:个|的)?$")
_DENIED_AFTER = re.compile(r"^(?:户|家庭|人家|对象)?(?:也|都|倒|是)?(?:没有|没得|呒没|没|不是|勿是|冇)")


def asks_nothing(text: str) -> bool:
    """No question, no help asked for, no whether: a message that only tells."""
    return not is_question(text) and not asks_for_help(text) and not asks_whether(text)


def named_only_in_denial(found) -> bool:
    """Every service the message names is named only to say it is not theirs, and nothing is asked."""
    text = found.text or ""
    spans = [text_span(e) for e in found.entities if e.get("entity") == "service"]
    if not spans or any(a is None or b is None for a, b in spans) or not asks_nothing(text):
        return False
    return all(_DENIED_BEFORE.search(text[:a].rstrip()) or _DENIED_AFTER.search(text[b:]) for a, b in spans)


SUGGESTED = 3
# Facts nearly every service's conditions ask (an age of 16 or more, the size of the household):
# they tell nothing of which service a situation is about.
GENERIC_FACTS = frozenset({"age", "household_size", "household_monthly_income"})


# Where one lives, said as the setting of a story ("我一个人住勒练市乡下"): a condition of 农村危房改造, but no sign
# by itself that the house is what the resident asks help with
SETTING_FACTS = frozenset({"rural_housing"})


def conditions_told(tracker: Tracker) -> set:
    """The facts the latest message told that say whether one qualifies: not where one lives, an age or a
    household's size, which every service's conditions may ask."""
    return set((tracker.get_slot("reading") or {}).get("read") or []) - PLACE_FACTS - GENERIC_FACTS


def services_for_facts(tracker: Tracker, told: set, found=None) -> List[Tuple[int, Service]]:
    """The services whose conditions the facts just told meet ("我哥哥五十多了，两条腿都使不上劲，
    一辈子没结婚，爸妈也都走了，一个人住": 特困人员救助供养 first), none refused by what is known;
    the most conditions met by what was told first, then the finder's order for the words
    (at most three)."""
    if not told:
        return []
    catalogue = kb().catalogue
    facts = known_facts(tracker)
    words = {s.id: s.score for s in getattr(found, "services", None) or []}
    ranked = []
    for service in catalogue.services:
        if not service.criteria or not told & set(service.facts()):
            continue
        verdict = evaluate(service, catalogue.facts, facts)
        if verdict.status == NOT_ELIGIBLE:
            continue
        met = sum(c.status == MET and bool(told & set(c.criterion.facts())) for c in verdict.required)
        if met:
            ranked.append((met, words.get(service.id, 0.0), verdict.score(), service))
    ranked.sort(key=lambda ranks: (-ranks[0], -ranks[1], -ranks[2]))
    return [(ranks[0], ranks[-1]) for ranks in ranked[:SUGGESTED]]


# Conditions met by what was told, ahead of every other service: the situation is about that one
CLEAR_LEAD = 2


def clear_situation(tracker: Tracker, found) -> Optional[Service]:
    """"阿拉老头子中风瘫辣床上两年哉…残疾证新个办好哉，一级" with nothing under discussion: the
    one service whose conditions the facts told meet, clearly ahead of any other (重度残疾人护理补贴:
    long-term care, a certificate, grade one): its screening, with those facts recorded."""
    if current_service(tracker) is not None or (tracker.active_loop or {}).get("name"):
        return None
    reading = tracker.get_slot("reading") or {}
    if reading.get("non_answer") or found.named("service") and told_fits(tracker, found.named("service")):
        return None
    told = conditions_told(tracker)
    suggested = services_for_facts(tracker, told, found)
    text = latest_text(tracker)
    # (a condition of its own told, not only the setting: "…回来一年了一直帮家里种田 现在村里打药都用无人机 …听说当过兵的学这些公家管"
    # tells a rural home and a veteran — the rural house's repair is not what it asks, session 28)
    if len(suggested) == 1 and not found.confident and not found.groups and _asks_to_have(text) \
            and (told & set(suggested[0][1].facts())) - SETTING_FACTS and {sid for _, sid in needs(text)} <= {suggested[0][1].id}:
        # "阿拉就养了一个伲子 七年前生血癌走脱哉 …听讲像阿拉迭种人家政府有点贴补": one condition told, one service
        # it fits, and the message asks whether there is help for them — that service's screening (not when the
        # story reads another need: "女儿先天心脏有个洞 …日子紧巴 还能不能再报一点" is medical aid, not a school's)
        return suggested[0][1]
    return suggested[0][1] if _clearly_ahead(suggested) else None


NO_GROUP = frozenset({"都不是", "不知道", "其他"})


def _asks_to_have(text: str) -> bool:
    return bool(text) and not text.startswith("/") and (asks_whether(text) or asks_for_help(text))


def one_need(tracker: Tracker, found) -> Optional[Service]:
    """The one service the situation a message tells calls for, when the message names no service
    and the finder is unsure: "水龙头一开放出来是黄的 找谁" (供水), "老头子中风瘫了三年…有啥个贴补伐"
    (重度残疾人护理补贴). bot/story_needs.py reads the situations."""
    text = latest_text(tracker)
    named = found.named("service")
    services = [kb().service(sid) for _, sid in needs(text)]
    services = [s for s in services if s is not None]
    if text.startswith("/") or named and _asks_a_named_service(text, found) and not (
            len(services) == 1 and (all(_gives_way_when_told(sid, services[0].id, text) for sid in _named_where_asked(text, found))
                                    or _need_asked_beside_a_named_one(text, found, services[0]))):
        return None  # (unless what it names is the general help the story's precise need takes the place of:
        # "…两个大人都没工作…听说政府能帮着介绍工作 还会一对一地管": the help for those who cannot find work)
    if len(services) != 1:
        return None
    top = found.top.id if found.top else None
    if found.confident and top is not None and top != services[0].id and top not in named \
            and _cue_overrides(text, top, services[0].id) and _cued_instead(found.text or text, top, services[0].id):
        return None
    if found.confident and top != services[0].id and top not in named and not _more_precise(services[0], found) \
            and top not in passing_mentions(text) and not _gives_way(top or "", services[0].id, text) \
            and not _close_behind(services[0], found, tracker):
        return None  # (unless a service named only in what is told, or mentioned in passing, made the finder sure of
        # it, or the finder's service is one the story's more precise need takes the place of: 轮椅 at a pool)
    return services[0]


def _need_told_where_asked(text: str, need: str) -> bool:
    """Whether the story's need is told inside the clauses that ask ("…听说政府能帮着介绍工作 还会一对一地管": the help for
    those who cannot find work, asked) rather than only in what is told before ("前年中风 …听说像他这样有证的 还能有一份
    生活上的补贴": the care told, the living allowance asked)."""
    asking = _asking_clauses(text)
    return any(a <= at < b for _, at, _, sid in candidates(text) if sid == need for a, b in asking)


def _cue_overrides(text: str, cued: str, need: str) -> bool:
    """Whether a cued service may take the place of the story's one need: unless the need is what the cued service is
    told more precisely as and the need is told where the story asks (介绍工作 and 一对一: the help for those who cannot
    find work)."""
    return not _gives_way(cued, need, text) or not _need_told_where_asked(text, need)


def _cued_instead(text: str, top: str, need: str) -> bool:
    """The finder is sure of a service a situation told in so many words leads to (bot/finder_cues.py), and the
    story's one need is not cued: "…上个月合同到期了 …合同到期不干了 每个月能不能领点钱" is the unemployment benefit,
    not the floor of living every hardship's monthly money reads as; "…听说像他这样有证的 还能有一份生活上的补贴" the
    disabled's living subsidy, not the carer's."""
    cued = cued_services(text)
    return top in cued and need not in cued


def _need_asked_beside_a_named_one(text: str, found, need: Service) -> bool:
    """"…幼儿园老师说他坐得住了 明年九月能不能直接进学堂坐教室": the need is told in the clause that asks,
    every service named stands in clauses that ask nothing (where the child is now)."""
    asking = _asking_clauses(text)
    named = [kb().service(sid) for sid in found.named("service")]
    # (another programme: a service of the need's own sub-area named is the same matter in other words —
    # "农保交了十五年，现在能按月领养老金吗")
    if not asking or need.id in found.named("service") or any(s is None or s.section == need.section for s in named):
        return False
    if not any(a <= at < b for _, at, _, sid in candidates(text) if sid == need.id for a, b in asking):
        return False
    for entity in found.entities:
        if entity.get("entity") == "service":
            start, _ = text_span(entity)
            if start is None or any(a <= start < b for a, b in asking):
                return False
    return True


def _named_where_asked(text: str, found) -> List[str]:
    """The services named in the clauses that ask, where some clause plainly asks (else every one named):
    "女儿四岁…耳朵不好戴着助听器 幼儿园的钱能不能少交点" asks about the kindergarten's fees, the hearing aid
    is told."""
    asking = _asking_clauses(text)
    named: List[str] = []
    for entity in found.entities:
        if entity.get("entity") != "service":
            continue
        start, _ = text_span(entity)
        if not asking or start is None or any(a <= start < b for a, b in asking):
            named.append(entity.get("value"))
    return [sid for sid in dict.fromkeys(named)] or list(found.named("service"))


def _gives_way_when_told(general: str, precise: str, text: str) -> bool:
    """A service the resident names gives way only where the story tells what makes the need precise
    (GIVES_WAY_WHEN); "宝宝刚生 城乡居民医保在吴兴去哪办" keeps the scheme it names."""
    return any(precise in specific and told.search(text) for specific, told in gives_way_when(general))


def _gives_way(general: str, precise: str, text: str) -> bool:
    """Whether ``general`` (轮椅: assistive devices; 介绍工作: the employment services) is what the story tells
    more precisely as ``precise`` (a venue out of reach; the help for those who cannot find work)."""
    return precise in GIVES_WAY.get(general, frozenset()) or _gives_way_when_told(general, precise, text)


def _asks_a_named_service(text: str, found) -> bool:
    """A service the message names where it asks: "家里前年评上了低保。听人说残疾人每个月还能领点钱，他能领吗？"
    names 低保 in what it tells (who they are), not in what it asks."""
    # the clause that asks whether, where there is one ("…幼儿园大班了…问明年九月能不能直接进小学": the
    # kindergarten is where the child is, the school is asked); else each sentence that asks
    asked = _asking_clauses(text) or asked_spans(text)
    if not asked:
        return True  # nothing that plainly asks: where the name stands cannot tell told from asked
    passing = None
    for entity in found.entities:
        if entity.get("entity") != "service":
            continue
        start, end = text_span(entity)
        if start is None or any(a <= start < b for a, b in asked):
            return True
        if _STATUS_BEFORE.search(text[max(0, start - 4):start]) or STATUS_AFTER.match(text[end or start:]) \
                or _LIVES_ON_BEFORE.search(text[max(0, start - 7):start]) or _STATUS_NAMED.match(text[start:end or start]) and not re.search(r"[想要能好该]$", text[:start]) \
                or re.match(r"(?:的)?(?:大|中|小|托)班(?:了|啦|呢)", text[end or start:]):
            continue  # "评上了低保", "幼儿园大班了": who they are
        if _CAUSE_AFTER.match(text[end or start:]):
            continue  # "我姐跟姐夫前年出车祸都走了": how a loss came about, told, not what is asked
        passing = passing_mentions(text) if passing is None else passing
        if entity.get("value") not in passing:
            return True  # "失业保险也交了整整五年…是不是可以领？": the story is about it, the question too
    return False  # ("老大七岁上小学了不用管": a school mentioned in passing)


# what a named event did to someone ("出车祸都走了", "车祸以后截了一条腿"): the cause of the story, not its question
_CAUSE_AFTER = re.compile(r"[^，。,；;？?！!\s]{0,2}(?:都|也|就|以后|之后|后)?(?:走了|去世|过世|没了|死了|走脱|截了|截肢|瘫了|瘫痪)")


# A service's name that says who the resident is ("评上了低保", "吃低保"; after it, bot/triage.py's
# STATUS_AFTER: "低保户", "特困人员"), not what they ask for
# ("儿子还在读高中", "儿子在读技校": where a child is already, told)
_STATUS_BEFORE = re.compile(r"(?:评上了?|评了|吃上了?|吃着|在吃|(?<![想要能好该])吃|享受着|已经是|属于|是|还在|正在|已经在|一直在|在读|在念|在上)$")
# the name itself with the verb of having it ("家里吃低保好几年": the entity is 吃低保)
_STATUS_NAMED = re.compile(r"(?:吃|评上|享受)")
# "一家五口就靠我妈那点退休金", "全靠低保过日子": what the family lives on, told — who they are, not what they ask
_LIVES_ON_BEFORE = re.compile(r"靠[^，。,；;？?！!\s]{0,6}$")


def _close_behind(need: Service, found, tracker: Tracker) -> bool:
    """The classifier torn between two services, the story's one need the second: "我月底结婚…老婆说明年就想要孩子…怀之前
    两个人能去做一轮检查 公家出钱 我们刚领证的能做吗" is the check before pregnancy (the wedding is what is told). Not when the
    classifier is sure of the first and only the words searched bring the second close ("我妈上个月走了 办丧事借了两万 …
    有没有什么钱能帮一把": the emergency help, not the funeral)."""
    if not (found.ambiguous and len(found.services) > 1 and found.services[1].id == need.id):
        return False
    ranking = {r.get("id"): float(r.get("confidence") or 0) for r in (tracker.latest_message or {}).get("service_ranking") or []}
    return ranking.get(need.id, 0.0) >= TORN_FLOOR and ranking.get(found.services[0].id, 0.0) - ranking.get(need.id, 0.0) < TORN_GAP


TORN_FLOOR, TORN_GAP = 0.3, 0.15  # the classifier's own probabilities of the two: both likely, and close


def _more_precise(need: Service, found) -> bool:
    """The finder is sure of a general service the story tells more precisely: "儿子耳朵不好…社保是他
    自己按灵活就业在交…听说有残疾的人交社保政府会补一点" is 残疾人社会保险补贴, not 全民参保."""
    return found.top is not None and need.id in GIVES_WAY.get(found.top.id, frozenset())


def story_need(tracker: Tracker, found) -> Optional[Service]:
    """A story of one need that asks for help ("我儿子脑瘫…每个月能不能给他补点生活费"): the
    screening of that need's service (困难残疾人生活补贴), when it has conditions to check and no
    form is running — rather than that service offered as a choice."""
    text = latest_text(tracker)
    if (tracker.active_loop or {}).get("name"):
        return None
    if not (asks_for_help(text) or asks_whether(text)):
        return _told_hardship(tracker, found, text) or _need_to_prepare_for(tracker, found, text)
    cued = _cued_where_asked(text, found)
    service = one_need(tracker, found) or _specific_need(text, found) or cued
    if cued is not None and service is not None and service.id != cued.id and found.confident and found.top is not None \
            and found.top.id == cued.id and _cue_overrides(text, cued.id, service.id):
        # "…上个月合同到期了 …合同到期不干了 每个月能不能领点钱": the situation the clause that asks tells in so many words
        # (a job ended, money each month), the finder sure of it — not the floor of living a story need reads as (unless
        # the need is what the cued service is told more precisely as: 介绍工作 and 一对一, the help for those who
        # cannot find work)
        service = cued
    if service is None or _asks_the_groups(text, found, service):
        return None  # "我是残疾人有什么补贴": who one is, and what there is for them — the group's services
    return service if service is not None and service.criteria else None


def _cued_where_asked(text: str, found) -> Optional[Service]:
    """The one service a situation told inside the clauses that ask leads to (bot/finder_cues.py), when no other
    service is named there: "…技校读的是电脑 …政府有没有专门帮这种孩子找活的" asks for help in finding work (the
    school is where he was), "…房东说明年要涨租 听说家里有残疾人的 租房子政府能补一点" asks for the rent."""
    asking = _asking_clauses(text)
    if text.startswith("/") or not asking:
        return None

    def inside(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in asking)

    spans = cued_spans(text)
    cued = {sid for sid, start, end in spans if inside(start, end)}
    if not cued and not any(inside(at, at + 1) for _, at, _, _ in candidates(text)) and not _asks_a_named_service(text, found):
        # "…钢管砸在我肩膀上 骨头裂了 …儿子在读技校 …想问现在再去申请还来得及吗": a clause that asks and names
        # nothing asks of the story, and the one situation it tells that leads to a service (the school is where
        # the son is)
        cued = {sid for sid, _, _ in spans}
    if len(cued) != 1:
        return None
    for entity in found.entities:
        if entity.get("entity") == "service" and entity.get("value") not in cued:
            start, end = text_span(entity)
            if start is None or inside(start, end or start + 1):
                return None  # ("…低保能不能也申请"): a service named where it asks is asked too
    chosen = cued.pop()
    if found.confident and found.top is not None and found.top.id in GIVES_WAY.get(chosen, frozenset()):
        return None  # ("…退伍以后…听说当过兵的学手艺开店政府有扶持": the finder sure of the veterans' own training, which
        # the general training a cue leads to gives way to — session 19)
    return kb().service(chosen)


# "…明年想让他就在这边念书 …要弄什么材料", "…明年要进学校了 该准备什么": what to get ready
PREPARE_ASKED = re.compile(r"(?:要|该|得|需要)?(?:准备|弄|带|备)(?:些|点|一些)?(?:什么|啥|哪些)(?:材料|东西|证件)?|(?:要|该|得|需要)(?:些|点)?(?:什么|啥|哪些)材料"
                           # "…我们户口不在这里的娃要怎么弄": what to do about it, after telling the facts
                           r"|(?:要|该|得)怎么(?:弄|搞)")


def _need_to_prepare_for(tracker: Tracker, found, text: str) -> Optional[Service]:
    """"儿子今年刚满六岁 我们老家安徽阜阳的 明年想让他就在这边念书 …要弄什么材料": what to prepare for the one need
    the story tells, asked right after telling facts of that service's conditions — whether they can have it
    comes first (its verdict says where to go next). Not when a service is named or another is under discussion."""
    if current_service(tracker) is not None or found.named("service"):
        return None
    clauses = [c for c in _CLAUSE.findall(text)]
    if len(clauses) < 2 or not any(PREPARE_ASKED.search(c) for c in clauses[-3:]):
        return None
    service = one_need(tracker, found) or _one_cued(text)
    if service is None or not service.criteria:
        return None
    return service if conditions_told(tracker) & set(service.facts()) else None


def need_to_tell(tracker: Tracker, found) -> Optional[Service]:
    """A message of one situation asking about its help, when that need's service has no conditions to
    check ("肚子里放了十几年的那个避孕的圈…想拿掉 听说是免费的"): that service, to be answered (its card),
    rather than "which service?"; None when the finder is sure of another or a form is running."""
    text = latest_text(tracker)
    if (tracker.active_loop or {}).get("name") or current_service(tracker) is not None \
            or not (asks_for_help(text) or asks_whether(text)):
        return None
    service = one_need(tracker, found)
    if service is None or service.criteria or _asks_the_groups(text, found, service):
        return None
    return service


def _asks_the_groups(text: str, found, service: Service) -> bool:
    """Whether a short message asks what there is for a group rather than for its situation: the need was
    read from the group's own word ("我是残疾人有什么补贴": 残疾), not from a situation told beside it
    ("想先把身体查一遍再要孩子": 孩子 is no group the need is for; "女儿…想明年春天送她去园里 不知道收不收":
    the kindergarten is told apart from 女儿)."""
    if not found.groups or is_story(text):
        return False
    at = next((start for _, start, _, sid in candidates(text) if sid == service.id), None)
    if at is None:
        return True
    for entity in found.entities:
        if entity.get("entity") != "group":
            continue
        start, end = text_span(entity)
        if start is None or start <= at < (end if end is not None else start + 1):
            return True
        value = str(entity.get("value") or "")
        if value and any(m.start() <= at < m.end() for m in re.finditer(re.escape(value), text)):
            return True  # (the group's word itself, wherever the parse put it)
    return False


def _told_hardship(tracker: Tracker, found, text: str) -> Optional[Service]:
    """"阿拉今年六十七 一世人一个人过 脚骨坏脱两年哉 田种勿动": a hardship told and nothing asked, with
    nothing under discussion — told to a public service, it asks for the help its one need calls for.
    Screened when the facts told are that service's conditions (not only where one lives, an age or
    a household's size); a question of any kind, or no fact of its conditions, keeps the offer."""
    if current_service(tracker) is not None or is_question(text) or found.named("service"):
        return None
    reading = tracker.get_slot("reading") or {}
    if reading.get("non_answer"):
        return None
    # ("我爸前年骑电瓶车被货车撞了 高位截瘫 …吃喝拉撒全靠人": the accident is how it began, the care its need)
    service = one_need(tracker, found) or _specific_need(text, found) or _one_cued(text)
    if service is None or not service.criteria:
        return None
    return service if conditions_told(tracker) & set(service.facts()) else None


def _one_cued(text: str) -> Optional[Service]:
    """The one service the message's situation leads to (bot/finder_cues.py), where it leads to one:
    "阿拉七十八哉 一生一世呒没讨老婆 也呒没小囡 …塘也看勿动哉" (特困人员救助供养)."""
    cued = cued_services(text)
    return kb().service(cued[0]) if len(cued) == 1 and not text.startswith("/") else None


# The catch-all for what befell a family (车祸, 火灾): a cause told, not the help asked for when a
# precise need follows it
CATCH_ALL = "temporary_assistance"
_CLAUSE = re.compile(r"[^，,。.；;！!？?\s]+")


# "想问我这种在外面给厂里干活摔伤的 算不算厂里的责任": a clause led by 想问 says what the clause after it asks about
_ASK_LEAD = re.compile(r"(?:我|我们|她|他|来电人)?(?:就|还|也)?(?:想|要)?(?:问问|问一下|问下|请问|问)(?!题)")
# "一学期交的钱不少 她这种情况能不能少交点": a clause asking only to pay less asks of the cost told before it
_LESS_ASKED = re.compile(r"(?:那)?(?:我|我们|她|他|俺|阿拉)?(?:这种情况|这样的?|这种)?(?:能不能|可不可以|能|可以|好)(?:再)?"
                         r"(?:少交|少收|少付|减|减免|便宜|免)(?:一)?(?:点|些|掉)?(?:吗|伐|么|不)?")


def _asking_clauses(text: str) -> List[Tuple[int, int]]:
    """(start, end) of each clause that asks for help or asks, yes or no, whether one can have it; a clause
    that only asks whether one can apply ("…可以让政府每个月兜个底 我能申请吗") asks of the clause before it."""
    spans: List[Tuple[int, int]] = []
    previous: Optional[Tuple[int, int]] = None
    before: Optional[Tuple[int, int]] = None
    for m in _CLAUSE.finditer(text):
        clause = m.group(0)
        # ("听邻居讲 像我儿子这样的每个月还能再领一点": a hearsay lead typed apart asks with the clause after it)
        lead = previous is not None and HEARSAY_LEAD.fullmatch(text[previous[0]:previous[1]])
        less = previous is not None and bool(_LESS_ASKED.fullmatch(clause))
        bare = previous is not None and (BARE_ASK.fullmatch(clause) or less)
        led = previous is not None and bool(_ASK_LEAD.match(text[previous[0]:previous[1]]))
        if asks_for_help(clause) or asks_whether(clause) or (lead and asks_whether(text[previous[0]:previous[1]] + clause)) or bare:
            if previous is not None and (lead or bare or led) and previous not in spans:
                spans.append(previous)
            if less and before is not None and before not in spans:
                spans.append(before)  # ("在园里念中班 一学期交的钱不少 能不能少交点": the place, then its cost)
            spans.append((m.start(), m.end()))
        previous, before = (m.start(), m.end()), previous
    return spans


def _specific_need(text: str, found) -> Optional[Service]:
    """"我老公车祸以后截了一条腿…现在社保都得自己交…有没有能帮着出一点的": the accident is how it
    began (临时救助's catch-all), the help asked for is the one precise need told after it."""
    if text.startswith("/"):
        return None
    told = needs(text)
    if found.named("service") and _asks_a_named_service(text, found):
        # (a service named only in what is told — "家里前年就评了低保" — is who they are); "女儿戴着助听器在园里念中班 …
        # 园里的伙食费能不能少收点": one need told in the only clauses that ask, every name in what is told, is what is asked
        asked_need = _the_need_asked(text, told)
        if asked_need is None or not _need_asked_beside_a_named_one(text, found, asked_need):
            return None
        return asked_need
    if len(told) > 1:
        # "…医保报掉一部分…我们家前年就吃上低保了…看病的钱政府还能再帮一把吗？", "老婆脑溢血进了ICU…政府有没有
        # 救急的钱": the one need told in the clause that asks for help
        asking = _asking_clauses(text)
        ids = _needs_at_all(text, told)
        # (a need the rest of the story makes another service — "…坐轮椅…租房能不能补一点": a disabled family's rent — is
        # asked as that service)
        context = {general[1]: precise[1] for pattern, general, precise in IN_CONTEXT if pattern.search(simplified(text))}
        asked = {context.get(sid, sid) for _, at, _, sid in candidates(text) if context.get(sid, sid) in ids and any(a <= at < b for a, b in asking)}
        # (a service named only in what is told — "我姐跟姐夫前年出车祸都走了" — makes the finder sure of no question)
        if len(asked) == 1 and (not found.confident or found.named("service")
                                or (found.top and (found.top.id in asked or _gives_way(found.top.id, next(iter(asked)), text)))):
            return kb().service(asked.pop())  # (or the finder's service is what the asked need tells more precisely)
    if found.confident:
        return None
    precise = [sid for _, sid in told if sid != CATCH_ALL]
    if len(told) != 2 or len(precise) != 1:
        return None
    at = {service: start for _, start, _, service in candidates(text)}
    if at.get(precise[0], -1) < at.get(CATCH_ALL, len(text)):
        return None
    return kb().service(precise[0])


def _the_need_asked(text: str, told) -> Optional[Service]:
    """The one need of a story of several told inside the clauses that ask (None if none or more)."""
    if len(told) < 2:
        return None
    asking = _asking_clauses(text)
    ids = _needs_at_all(text, told)
    asked = {sid for _, at, _, sid in candidates(text) if sid in ids and any(a <= at < b for a, b in asking)}
    return kb().service(asked.pop()) if len(asked) == 1 else None


def _needs_at_all(text: str, told) -> set:
    """The services of every need a story tells, not only the three offered ("…儿子读大专 …积蓄花光了 村里的会计跟我说
    可以去申请政府每个月兜着底的那笔钱": the fourth need told is the one its hearsay asks) — less those a more precise
    need told beside them takes the place of."""
    present = {sid for _, _, _, sid in candidates(text)} | {sid for _, sid in told}
    return {sid for _, sid in told} | {sid for sid in present if not GIVES_WAY.get(sid, frozenset()) & present}


def told_fits(tracker: Tracker, service_ids) -> bool:
    """Whether the facts the latest message told are conditions of one of these services:
    "阿拉就养过一个伲子，十年前出车祸走脱哉" tells an only child lost, which 道路交通安全 (车祸,
    named by a word of the story) asks nothing about — the situation is another service's."""
    reading = tracker.get_slot("reading") or {}
    told = set(reading.get("read") or []) - PLACE_FACTS
    # "有殘疾證，一級…殘疾人家庭租房有補貼": a certificate implies a disabled household member
    told_or_implied = told | set(reading.get("implied") or [])
    services = [kb().service(sid) for sid in service_ids]
    return not told or not services or any(s is None or told_or_implied & set(s.facts()) for s in services)


def _clearly_ahead(suggested: List[Tuple[int, Service]]) -> bool:
    """The first service meets at least CLEAR_LEAD told conditions, more than any other."""
    return bool(suggested) and suggested[0][0] >= CLEAR_LEAD and (len(suggested) == 1 or suggested[0][0] > suggested[1][0])


def acknowledge_for_current(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """"去年九月份开始没发的" after the card of 劳动保障监察: a fact about the matter under
    discussion, not a question out of scope — say what was understood and what can be asked."""
    service = current_service(tracker)
    reading = tracker.get_slot("reading") or {}
    read_now = list(reading.get("read") or [])
    text = latest_text(tracker)
    if service is None or (tracker.active_loop or {}).get("name") or not read_now or not text or text.startswith("/"):
        return False
    said = understood(kb().catalogue.facts, read_now, {k: tracker.get_slot(k) for k in read_now})
    if not said:
        return False
    if {"residence_place", "hukou_place"} & set(read_now) and tracker.get_slot(
            "hukou_place" if service.apply_at == HUKOU else "residence_place") in PLACES:
        # "不对不对 想开店的是我…我住安吉天子湖" after the card: the office of the place now told
        dispatcher.utter_message(text=said + "\n" + answer_at_office(tracker, service, answers.WHERE))
        return True
    dispatcher.utter_message(text=f"{said}关于【{service.name}】，您还可以问：怎么申请、去哪里办、需要什么材料。")
    return True


# "有的", "对", "嗯": a yes before what is told
_TOLD = re.compile(r"^(?:有的|有|是的|是|对|对的|嗯|哦|噢)?[，,\s]*[\u4e00-\u9fff]")


def told_beside_the_conditions(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """"有的 居住证办了三年了" after the verdict on 随迁子女入学: something told about the matter under
    discussion that is none of its conditions the reader knows — said so plainly, with what can be asked
    next, instead of "没有听懂". Not a question, not a service named, nothing read."""
    service = current_service(tracker)
    text = latest_text(tracker)
    reading = tracker.get_slot("reading") or {}
    if service is None or (tracker.active_loop or {}).get("name") or not text or text.startswith("/") \
            or len(text) < 4 or is_question(text) or reading.get("read") or reading.get("non_answer") \
            or not _TOLD.match(text) or named_services(tracker.latest_message.get("entities") or [], kb()):
        return False
    dispatcher.utter_message(
        text=f"好的。您说的这一点，我没能对应到【{service.name}】的办理条件上，具体以办理部门的要求为准。"
             f"关于【{service.name}】，您还可以问：怎么申请、去哪里办、需要什么材料。")
    return True


_DATE_WORDS = re.compile(r"号|日|月|年|天|礼拜|星期|前|以前|之前")


def chosen_by_date(tracker: Tracker) -> Optional[Tuple[Service, List[Dict[str, Any]]]]:
    """After a reply that offered services as choices, a bare date ("上个月十二号", "九月底") answers the one
    offered service that asks how long ago something happened (工伤认定: the injury; 劳动仲裁: the rights
    infringed): that service's screening, with the time recorded. Not when two offered services could take it."""
    text = latest_text(tracker)
    if (tracker.active_loop or {}).get("name") or not text or text.startswith("/") or not _DATE_WORDS.search(text) \
            or is_question(text) or conditions_told(tracker):
        return None
    catalogue = kb().catalogue
    known = {**known_facts(tracker), "applicant": tracker.get_slot("applicant")}
    hits = []
    for service in offered_services(tracker):
        for key in DATE_FACTS:
            if key in service.facts():
                value = read(text, catalogue, key, known).values().get(key)
                if value is not None and value != UNKNOWN:
                    hits.append((service, key, value))
    if len(hits) != 1:
        return None
    service, key, value = hits[0]
    return service, [SlotSet(key, value)]


def chosen_by_fact(tracker: Tracker) -> Optional[Service]:
    """After a reply that offered services as choices (a story's needs: 工伤认定, 医疗救助), a message that
    tells a fact of one offered service's conditions only ("是十一月三号摔的": the days since the injury)
    chooses it: its screening, with that fact recorded — not "out of scope"."""
    if (tracker.active_loop or {}).get("name"):
        return None
    reading = tracker.get_slot("reading") or {}
    told = conditions_told(tracker)
    if not told or reading.get("non_answer") or is_question(latest_text(tracker)):
        return None
    offered = [s for s in offered_services(tracker) if s.criteria]
    fits = [s for s in offered if told & set(s.facts())]
    return fits[0] if len(fits) == 1 else None

