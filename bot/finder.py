"""The service finder: one function from an NLU parse to a ranked list of services.

The dialogue's actions, the hotline operators' assist API and the batch
command `python -m bot predict` all call :func:`find_services`, so a resident
and an operator always see the same ranking.

Signals, combined into one score per service:
  - the ServiceClassifier's probability (learned from examples),
  - a service named outright (the entity ruler found its name or an alias),
  - catalogue full-text search (jieba + BM25), scaled to the best hit,
  - the groups of residents the message mentions (残疾人, 老年人 …).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence

from bot.eligibility_cues import asks_eligibility, asks_for_a_share
from bot.finder_cues import cued_services, cued_spans, surely_cued
from bot.groups import groups_in, groups_of
from bot.triage import EXAM_AS_TIME, message_kind
from bot.text import text_span
from knowledge_base import KnowledgeBase

OUT_OF_SCOPE = "out_of_scope"
FALLBACK = "nlu_fallback"
# Intents about a service; other intents (greetings, answers to a form) list none.
SERVICE_INTENTS = frozenset(
    {"find_service", "check_eligibility", "ask_how_to_apply", "ask_where", "ask_documents", "ask_amount", FALLBACK}
)
SMALL_TALK = frozenset({"greet", "goodbye", "thanks", "bot_challenge"})
YES_NO = frozenset({"affirm", "deny"})
# a word that says yes or no, in any wording residents use ("嗯", "对的", "呒没", "勿是", "ok")
_YES_NO_WORD = re.compile(r"是|对|有|好|嗯|恩|行|可以|要|没|不|否|无|呒|勿|弗|覅|木|冇|ok|OK|yes|no|算|当然|肯定|确定|中|成|哦|噢|啊|呀", re.I)
NONE_LABEL = "__none__"
GENERAL_LABEL = "__general__"
FOLLOW_UP_CHARS = 12  # follow-ups without a topic are short: "需要什么材料", "在长兴县去哪里办"
# ... and clearly follow-ups: the "general" class at least twice as likely as
# "none" ("需要什么材料" 0.57 to 0.03; "护招怎么办理" 0.062 to 0.060 is not one).
FOLLOW_UP_MARGIN = 2.0

WEIGHTS = {"classifier": 0.55, "named": 0.30, "search": 0.15, "group": 0.05, "cue_extra": 0.3, "sure_extra": 0.5}
OPERATOR_NOTE = re.compile(r"^\s*(?:来电(?:人|者|市民)|市民|居民)[^，,。]{0,8}[，,]?[^，,。]{0,6}(?:称|反映|表示|替|帮|为|代)")
HOW_OR_WHERE = re.compile(r"哪里|哪儿|去哪|在哪|哪个部门|找谁|地址|电话|怎么|如何|流程|材料|手续|多少|标准|什么|何处|向哪")
WHERE_WORDS = re.compile(r"哪里|哪儿|去哪|在哪|哪个部门|找谁|地址|电话")
ABOUT_ANOTHER = re.compile(r"^\s*(?:那|那么|那个|还有)?[^，。,.；;]{2,16}(?:呢|怎么样|咋样|如何)[？?]?\s*$")
ASKS_ELIGIBILITY_FROM = frozenset({"find_service", "ask_how_to_apply", "ask_amount", "ask_documents", FALLBACK, "inform"})
MIN_SCORE = 0.08  # below this a service is noise, not a candidate
CERTAIN = 0.9  # the classifier's probability above which a cue does not outrank its service
CLOSE = 0.12  # two candidates this close are ambiguous: ask which one
CONFIDENT = 0.35  # a top score this high names a service even without its name


@dataclass(frozen=True)
class RankedService:
    id: str
    name: str
    section: str
    agency: str  # the outline's 责任单位
    agency_current: str
    score: float


@dataclass(frozen=True)
class Finding:
    text: str
    intent: Optional[str]
    confidence: float
    in_scope: bool
    entities: List[Dict[str, Any]] = field(default_factory=list)
    services: List[RankedService] = field(default_factory=list)

    @property
    def top(self) -> Optional[RankedService]:
        return self.services[0] if self.services else None

    @property
    def confident(self) -> bool:
        """The message is clearly about its top service (named, or strongly classified, or the one its situation
        leads to: a cue of bot/finder_cues.py ranks a service as if named, and so it is as sure)."""
        return bool(self.services) and (self.services[0].score >= CONFIDENT or bool(self.named("service"))
                                        or self.services[0].id in cued_services(self.text))

    @property
    def ambiguous(self) -> bool:
        """The two best candidates are too close to choose between (unless the situation told leads to the first
        and not to the second: a cue is as sure as a name)."""
        if len(self.services) < 2 or self.services[0].score - self.services[1].score >= CLOSE:
            return False
        cued = cued_services(self.text)
        return not (self.services[0].id in cued and self.services[1].id not in cued)

    @property
    def close_candidates(self) -> List[RankedService]:
        """The top candidates that are too close to the best to rule out (at most three)."""
        if not self.services:
            return []
        return [s for s in self.services[:3] if self.services[0].score - s.score < CLOSE]

    def named(self, entity: str) -> List[Any]:
        return [e.get("value") for e in self.entities if e.get("entity") == entity]

    @property
    def groups(self) -> List[str]:
        """The groups of residents the message names or implies; "去哪家单位做" asks where, it names
        no 企业 (a group word right after 哪/什么/啥 is the place asked for); 企业 only where the
        resident speaks as the business ("厂里拖欠工资，老板跑了" is a worker's)."""
        return groups_in(self.entities, self.text)

    def as_dict(self) -> Dict[str, Any]:
        """The contract of `bot predict` and the hotline assist API."""
        return {
            "text": self.text,
            "intent": self.intent,
            "confidence": round(self.confidence, 4),
            "in_scope": self.in_scope,
            "entities": [
                {k: e.get(k) for k in ("entity", "value", "start", "end") if k in e} for e in self.entities
            ],
            "groups": self.groups,
            "services": [{**asdict(s), "score": round(s.score, 4)} for s in self.services],
        }


def _real_intent(parse: Mapping[str, Any]) -> tuple:
    """The intent and its confidence; behind a fallback, the best real guess too."""
    intent = parse.get("intent") or {}
    name, confidence = intent.get("name"), float(intent.get("confidence") or 0.0)
    guess = name
    if name == FALLBACK:
        for candidate in parse.get("intent_ranking") or []:
            if candidate.get("name") != FALLBACK:
                guess = candidate.get("name")
                break
    return name, confidence, guess


def _runner_up(parse: Mapping[str, Any]) -> Optional[str]:
    """The second real intent of the ranking (behind a fallback, the one after its best guess)."""
    real = [c.get("name") for c in parse.get("intent_ranking") or [] if c.get("name") != FALLBACK]
    return real[1] if len(real) > 1 else None


def decide_scope(parse: Mapping[str, Any]) -> tuple:
    """See _decide_scope; then a question whether one qualifies, however it is
    worded ("护理补贴好领伐？", "娃6岁了能报小学不 户口长兴的"), is a screening."""
    in_scope, intent = _decide_scope(parse)
    text = parse.get("text") or ""
    if not in_scope and message_kind(text) is None and pension_named(text, parse.get("entities") or []):
        in_scope, intent = True, "find_service"  # "交了九年…现在好领伐": the residents' pension
    if not in_scope and message_kind(text) is None and cued_services(text):
        # a situation that leads to one service without its name (bot/finder_cues.py) is about the catalogue
        # as a service named is, whatever the classifier's "none" ("老板…说口头讲好就行": no written contract)
        _, _, guess = _real_intent(parse)
        if guess not in SMALL_TALK:
            in_scope, intent = True, (guess if guess in SERVICE_INTENTS else "find_service")
    if in_scope and intent in ASKS_ELIGIBILITY_FROM and asks_eligibility(text):
        return True, "check_eligibility"
    if in_scope and intent == "household_screening" and (asks_eligibility(text) or asks_for_a_share(text)) and any(
            e.get("entity") == "service" for e in parse.get("entities") or []):
        return True, "check_eligibility"  # "残疾人家庭住房租赁补贴…我家能不能享受": that service, not the household list
    if in_scope and intent in ASKS_ELIGIBILITY_FROM and asks_for_a_share(text):
        return True, "check_eligibility"
    if in_scope and intent in SERVICE_INTENTS - {"check_eligibility"} and OPERATOR_NOTE.search(text):
        # a hotline operator's note of the caller's situation, then "咨询X": whether they qualify
        parts = [s for s in re.split(r"[。！!？?\n，,]+", text) if s.strip()]
        # "…，咨询X。" last, or "替哥哥咨询X。哥哥持…": the caller's request, about their situation
        asks = [p for p in parts if re.match(r"\s*(?:来电(?:人|者|市民)|市民|居民)?(?:(?:替|帮|为|代)\S{1,4})?(?:咨询|询问|问)", p)]
        # ("…，咨询医疗救助。姑妈住德清禹越。": a last word of where they live does not change that)
        if asks and asks[-1] in (*parts[-2:], parts[0], parts[1] if len(parts) > 1 else None) \
                and not HOW_OR_WHERE.search(asks[-1]):
            return True, "check_eligibility"
    if in_scope and intent == "ask_where" and not HOW_OR_WHERE.search(text) and asks_for_a_share(text):
        return True, "check_eligibility"  # "…残疾证还没去办过，听说残疾人家庭租房子有补贴": no where in it
    if in_scope and intent == "ask_where":
        # a long story that mentions 程序 or 材料 but ends "…他能申请吗？": the last question decides
        last = [s for s in re.split(r"[。！!？?\n]+", text) if s.strip()][-1:]
        if last and asks_eligibility(last[0]) and not WHERE_WORDS.search(last[0]):
            return True, "check_eligibility"
        # "…问护理补贴能不能领，然后去哪里办": both in the last sentence; the verdict names the office
        # as its next step ("…他能申请吗？在安吉去哪里申请？" ends asking where: the last question decides)
        # ("…咨询失业金能否领取及去哪里办理": two asks joined by 及/以及/并 or 、: each is a clause)
        clauses = [c for c in re.split(r"[，,；;、]+|(?:以及|及|并且|并)(?=去|到|在|向|找|哪)", last[0] if last else "") if c.strip()]
        if any(asks_eligibility(c) and not WHERE_WORDS.search(c) for c in clauses):
            return True, "check_eligibility"
    return in_scope, intent



def _decide_scope(parse: Mapping[str, Any]) -> tuple:
    """(in_scope, intent): is the message about a catalogue service, and what for.

    Whether a question is in scope is a matter of its topic, not of its form:
    "护照怎么办" asks how to apply just like "低保怎么申请". So the topic decides:
    a service named outright is in scope; otherwise the service classifier's
    "none" class (trained on out-of-scope questions and small talk) must not
    outweigh its best service, or its "general" class for a group question or
    a short follow-up ("需要什么材料" is about the service under discussion).
    The intent is made consistent with the decision. Small talk is not about
    the catalogue; answers to the assistant's questions are part of a
    conversation about it; neither intent is changed.
    """
    intent, _, guess = _real_intent(parse)
    if message_kind(parse.get("text") or "") is not None:
        # "👍", "asdf", "你们这些废物": nothing to match to a service (废物 is no 危险废物)
        return False, OUT_OF_SCOPE
    entities = {e.get("entity") for e in parse.get("entities") or []}
    has_group = bool(groups_of(parse.get("entities") or []))
    if "service" in entities and guess in ("greet", OUT_OF_SCOPE):  # "你好，低保怎么申请"
        return True, "find_service"
    if "service" in entities and intent == FALLBACK:
        # "那残疾人生活补贴呢", "…护理补贴有没有份": a service named outright is what the message is about
        return True, "find_service"
    if guess in SMALL_TALK:  # answered as it is, but not a question about the catalogue
        return False, intent
    if guess in YES_NO and not _YES_NO_WORD.search(parse.get("text") or ""):
        # "办狗证" taken for a yes: no yes or no in it, a matter asked about — the topic decides
        intent = guess = "find_service"
    if guess not in SERVICE_INTENTS and guess != OUT_OF_SCOPE:
        return True, intent
    ranking = {r["id"]: float(r["confidence"]) for r in parse.get("service_ranking") or []}
    none_probability = ranking.pop(NONE_LABEL, 0.0)
    general = ranking.pop(GENERAL_LABEL, 0.0)
    best = max(ranking.values(), default=0.0)
    in_scope = (
        "service" in entities
        or best >= none_probability
        # "残疾人有什么补贴": a group of residents and no one service
        or (has_group and best + general >= none_probability)
        # "需要什么材料": a short follow-up about the service under discussion;
        # a longer message that only sounds like one ("宽带断网了打哪个电话") is not
        or (general >= FOLLOW_UP_MARGIN * none_probability and len(parse.get("text") or "") <= FOLLOW_UP_CHARS)
    )
    if in_scope:
        if intent == FALLBACK and guess in SERVICE_INTENTS and _runner_up(parse) in SERVICE_INTENTS and best >= general:
            # "…身上一分钱没有，回不了家了怎么办": torn between asking how and asking what there is, about a service the
            # topic is sure of — a question about that service all the same, as its best guess asks it
            return True, guess
        # out of scope by its form, in scope by its topic; a fallback whose best guess was out of scope too
        return True, ("find_service" if OUT_OF_SCOPE in (intent, guess) else intent)
    return False, OUT_OF_SCOPE


def named_services(entities: Sequence[Mapping[str, Any]], kb: KnowledgeBase) -> List[str]:
    """Service ids the message names (synonym-mapped ids, or names/aliases)."""
    ids: List[str] = []
    by_word = None
    for e in entities:
        if e.get("entity") != "service":
            continue
        value = str(e.get("value", ""))
        if kb.service(value) is not None:
            ids.append(value)
            continue
        if by_word is None:
            by_word = {w: s.id for s in kb.catalogue.services for w in (s.name, *s.aliases)}
        if value in by_word:
            ids.append(by_word[value])
    return list(dict.fromkeys(ids))


_SENTENCE = re.compile(r"[。！!？?；;\n]+")


def more_specific(entities: Sequence[Mapping[str, Any]], text: str, kb: KnowledgeBase) -> List[Dict[str, Any]]:
    """A service named by a word another service's name or alias contains, where
    the sentence also says the rest of that alias, means the other service:
    "幼儿园那个资助" is 学前教育资助 (alias 幼儿园资助), not 幼儿园入园; "交社保的残疾人补贴"
    is 残疾人社会保险参保缴费补贴 (alias 残疾人交社保补贴), not 全民参保登记."""
    out: List[Dict[str, Any]] = []
    words = None
    for e in entities:
        e = dict(e)
        start, end = text_span(e)
        if e.get("entity") == "service" and isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            if words is None:
                words = [(w, s.id) for s in kb.catalogue.services for w in (s.name, *s.aliases)]
            said = text[start:end]
            own = named_services([e], kb)
            if len(said) < 2 or not any(w == said and sid in own for w, sid in words):
                out.append(e)  # the span is not one of its service's own words: nothing to compare
                continue
            left = max((m.end() for m in _SENTENCE.finditer(text, 0, start)), default=0)
            right = next((m.start() for m in _SENTENCE.finditer(text, end)), len(text))
            sentence = text[left:start] + "\0" + text[end:right]  # the rest of the sentence, the word itself held out
            best, best_len = None, 0
            for word, sid in words:
                if sid in own or said not in word or len(word) <= len(said):
                    continue
                pieces = [p for p in word.split(said) if p]
                if pieces and all(len(p) >= 2 and p in sentence for p in pieces) and len(word) > best_len:
                    best, best_len = sid, len(word)
            if best is not None:
                e["value"] = best
        out.append(e)
    return out


# "呒没退休工资，农保交过十二年，养老金我好领伐": what the resident says they do not have is a
# fact about them, not the service they ask about; a service only its denied words point to
# keeps a fifth of its classifier score and no bonus for being named.
DENIED = 0.2
_DENIAL = re.compile(r"(?:没有|没得|呒没|木有|没|无|不是|不拿|不领|不要)(?:什么|啥|任何)?([\u4e00-\u9fff]{2,4})")


def denied_services(text: str, kb: KnowledgeBase, candidates: Sequence[str]) -> set:
    nouns = [m.group(1) for m in _DENIAL.finditer(text)]
    if not nouns:
        return set()
    denied = set()
    for sid in dict.fromkeys(candidates):
        service = kb.service(sid)
        if service is None:
            continue
        words = (service.name, *service.aliases)
        said = [w for w in words if w in text]  # its own words said without a denial keep it
        hit = any(n[:k] in w for n in nouns for w in words for k in (4, 3) if len(n) >= k and len(n[:k]) >= 3)
        if hit and not any(not re.search(r"(?:没有|没得|呒没|没|无|不是)(?:什么|啥|任何)?$", text[:text.index(w)]) for w in said):
            denied.add(sid)
    others = [sid for sid in candidates if sid not in denied]
    return denied if others else set()


def named_across_de(entities: Sequence[Mapping[str, Any]], text: str, kb: KnowledgeBase) -> List[Dict[str, Any]]:
    """"居民额养老金" (Wu 额 for 的), "残疾人的护理补贴": a name or alias with 的 inside it is named too."""
    out = [dict(e) for e in entities]
    if "的" not in text and "额" not in text:
        return out
    kept = [i for i, ch in enumerate(text) if ch not in "的额"]
    bare = "".join(text[i] for i in kept)
    spans = [text_span(e) for e in out if e.get("entity") == "service"]
    for service in kb.catalogue.services:
        for word in (service.name, *service.aliases):
            if len(word) < 4 or word in text or "的" in word or "额" in word:
                continue
            at = bare.find(word)
            if at < 0:
                continue
            start, end = kept[at], kept[at + len(word) - 1] + 1
            if any(isinstance(a, int) and isinstance(b, int) and a < end and start < b for a, b in spans):
                continue
            out.append({"entity": "service", "value": service.id, "start": start, "end": end})
            spans.append((start, end))
    return sorted(out, key=lambda e: text_span(e)[0] or 0)


# "农保" names two services, and "交了九年…好领伐" names none: paying into the residents' pension
# scheme, or drawing its pension; the verb of the question decides ("还好交伐" / "现在好领伐").
PENSION_WORD = re.compile(r"农保|(?:交|缴)(?:了|满|过)?(?:[\d一二两三四五六七八九十几]+|好几)年")
NOT_RESIDENTS = re.compile(r"退休|单位|职工|企业|公司|厂里交|失业|医保|医疗")
DRAW, PAY = re.compile(r"领|拿|发|养老金|钞票|钱"), re.compile(r"交|缴|参保|参加|补")
RESIDENTS_PENSION = {"draw": "resident_pension_benefit", "pay": "resident_basic_pension"}


def pension_named(text: str, entities: Sequence[Mapping[str, Any]]) -> List[Dict[str, Any]]:
    """The residents' pension service a message names by 农保 or its years paid alone, as an entity."""
    word = PENSION_WORD.search(text)
    if word is None or any(e.get("entity") == "service" for e in entities) or NOT_RESIDENTS.search(text):
        return []
    asked = [p for p in re.split(r"[，,。.；;！!？?\s]+", text) if p and asks_eligibility(p)] or [text]
    verb = "draw" if DRAW.search(asked[-1]) else "pay" if PAY.search(asked[-1]) and word.group() == "农保" else None
    if verb is None:
        return []
    return [{"entity": "service", "value": RESIDENTS_PENSION[verb], "start": word.start(), "end": word.end()}]


# "…听说残疾学生读书有资助 问哪个部门": what the resident heard of is the service asked about,
# whatever else the story mentions (耳朵听不见 is no need of its own here)
HEARD = re.compile(r"(?:听说|听讲|听人说|听人讲|听人家说|听人家讲|听别人说|据说|听朋友说|听邻居说)(?:了)?(?:过)?([^，,。.；;！!？?\s]{4,30})")
HEARD_MARGIN, HEARD_FLOOR = 1.4, 11.0


def heard_of(text: str, kb: KnowledgeBase) -> Optional[str]:
    """The service a "听说…" clause describes, when the catalogue search finds one clearly
    ahead of the next ("听说重度残疾人做康复能走医保" → 重度残疾人医疗保障)."""
    for clause in HEARD.findall(text or ""):
        hits = kb.search(clause, limit=2)
        if not hits or hits[0].score < HEARD_FLOOR:
            continue
        if len(hits) == 1 or hits[0].score >= HEARD_MARGIN * hits[1].score:
            return hits[0].service.id
    return None


# "我退休前在镇上小学教了三十多年语文": a school (a hospital, a kindergarten) named as where one works
_WORKED_BEFORE = re.compile(r"在[^，,。\s]{0,4}$")
_WORKED_AFTER = re.compile(r"^[^，,。\s]{0,3}?(?:教书|教了|教过|任教|当老师|当过老师|上班|上了|工作|当医生|当护士|做了|干了|做过|干过"
                           r"|烧饭|做饭|烧菜|帮厨|洗碗|打扫|扫地|做保洁|当保洁|看门|当保安|做保安|打工|干活|做事|开车"
                           r"|当(?:护工|保姆|会计|出纳|司机|厨师|门卫))")


_EXAM_AS_TIME = re.compile(EXAM_AS_TIME)

# "阿拉住勒千金镇敬老院隔壁个老屋里 开刀个钞票寻啥个部门": a nursing home (a school, a hospital) named as what one lives beside
_LIVES_BEFORE = re.compile(r"(?:住|住在|住勒|住辣|住了|家在|屋里在|屋里就在|家就在|租在)[^，,。\s]{0,10}$")
# the words that place one thing beside another ("边浪", "隔壁"): also actions/service_answers.py's gap words beside a place
BESIDE_WORDS = r"边浪|边上|旁边|边头|附近|对面|后面|前面|隔壁|门口"
_BESIDE_AFTER = re.compile(rf"(?:{BESIDE_WORDS}|后头|前头)")


# a hospital where someone lies ill ("女儿还躺在县医院", "老头子在县医院住院", "人还在卫生院挂水"): where the patient is
_HOSPITAL = re.compile(r"医院|卫生院|卫生服务中心")
_LIES_BEFORE = re.compile(r"(?:躺在|躺勒|躺辣|睡在|困勒|关在|抢救在|住进(?:了)?|送进(?:了)?|送到(?:了)?|还在|还勒)[^，,。\s]{0,3}$")
_LIES_AFTER = re.compile(r"^[^，,。\s]{0,2}?(?:住院|住着|躺着|抢救|挂水|挂盐水|吊水|输液|开刀|做手术|动手术|重症|监护|ICU|icu|病房|床上)")


def _in_bed(text: str, start: int, end: int) -> bool:
    """"女儿还躺在县医院 …这种时候该去求哪个部门": the hospital where a patient lies, not its service asked about (session 28)."""
    return bool(_HOSPITAL.search(text[start:end]) and (_LIES_BEFORE.search(text[max(0, start - 6):start])
                                                       or _LIES_AFTER.match(text[end:end + 6])))


def _named_only_as(entities: Sequence[Mapping[str, Any]], text: str, only: Callable[[str, int, int], bool]) -> set:
    """Services every mention of which is of the kind ``only`` tells (text, start, end)."""
    mentions: Dict[str, List[bool]] = {}
    for e in entities:
        start, end = text_span(e)
        if e.get("entity") == "service" and isinstance(start, int) and isinstance(end, int):
            mentions.setdefault(str(e.get("value")), []).append(only(text, start, end))
    return {sid for sid, kind in mentions.items() if all(kind)}


def where_patients_lie(entities: Sequence[Mapping[str, Any]], text: str) -> set:
    """Services named only as the hospital where someone lies ill: the classifier, which heard the word, does not rank them
    either."""
    return _named_only_as(entities, text, _in_bed)


def _beside_home(text: str, start: int, end: int) -> bool:
    return bool(_LIVES_BEFORE.search(text[max(0, start - 12):start]) and _BESIDE_AFTER.match(text[end:end + 2]))


def lived_beside(entities: Sequence[Mapping[str, Any]], text: str) -> set:
    """Services named only as what the resident lives beside ("住勒千金镇敬老院隔壁个老屋里"): the classifier, which
    heard the word, does not rank them either."""
    return _named_only_as(entities, text, _beside_home)


# "为了让他上特殊教育学校 我们从乡下搬出来 在学校边上租了个一楼": what a move or a rent was for, something already done
_FOR_BEFORE = re.compile(r"(?:为了|为着|因为要)(?:让|给|叫|送|方便)?(?:他|她|伊|孩子|儿子|女儿|孙子|孙女|外孙|外孙女|娃|小孩)?(?:能)?(?:去)?(?:上|读|念|进)?$")
_DONE_AFTER = re.compile(r"^[^，,。？?！!]{0,4}[\s，,]*(?:我们|我|阿拉|全家|一家)?(?:就|才|只好|特意|专门)?(?:从|搬|租|辞|卖|来|转)")


def _as_reason(text: str, start: int, end: int) -> bool:
    return bool(_FOR_BEFORE.search(text[max(0, start - 10):start]) and _DONE_AFTER.match(text[end:end + 14]))


def named_as_reasons(entities: Sequence[Mapping[str, Any]], text: str) -> set:
    """Services named only as what something done was for ("为了让他上特殊教育学校 我们从乡下搬出来 …房租压得喘不过气"): the
    school he goes to is why they moved, the rent is the trouble told — not a service asked about (the lead's session 29)."""
    return _named_only_as(entities, text, _as_reason)


def workplaces(entities: Sequence[Mapping[str, Any]], text: str) -> set:
    """Services named only as where the resident works or worked, lives beside, or by a word that means
    something else where it stands, not asked about."""
    mentions: Dict[str, List[bool]] = {}
    for e in entities:
        start, end = text_span(e)
        if e.get("entity") != "service" or not isinstance(start, int) or not isinstance(end, int):
            continue
        # "燃气灶打不着火了": 着火 in a verb's complement (cannot light), no fire
        unlit = text[start:end].startswith("着") and text[max(0, start - 2):start] in ("打不", "点不", "烧不", "引不")
        # "想中考后去学做西点": the exam says when, the school asked for is another (session 19)
        when = text[start:end] in ("中考", "高考") and bool(_EXAM_AS_TIME.match(text[end:end + 4]))
        # "住勒千金镇敬老院隔壁": where one lives, beside it (session 25)
        beside = _beside_home(text, start, end)
        mentions.setdefault(str(e.get("value")), []).append(unlit or when or beside or _in_bed(text, start, end) or bool(
            _WORKED_BEFORE.search(text[max(0, start - 5):start]) and _WORKED_AFTER.match(text[end:end + 8])))
    return {sid for sid, at_work in mentions.items() if all(at_work)}


def told_in_a_cue(entities: Sequence[Mapping[str, Any]], text: str) -> set:
    """Services named only inside the words of a situation that leads to another one: "手机上有个平台 村里想看戏
    可以在上面点" orders a show on a platform (湖州文化云), 看戏 is what is ordered; "生完二胎想把避孕的环放上" asks for
    a coil, 二胎 is when. The name is the situation's setting: it keeps its classifier score, not a name's bonus."""
    spans = cued_spans(text)
    if not spans:
        return set()
    where: Dict[str, List[tuple]] = {}
    for e in entities:
        if e.get("entity") == "service":
            where.setdefault(str(e.get("value")), []).append(text_span(e))
    return {sid for sid, mentions in where.items()
            if all(start is not None and end is not None
                   and any(cued != sid and a <= start and end <= b for cued, a, b in spans) for start, end in mentions)}


def find_services(parse: Mapping[str, Any], kb: KnowledgeBase, limit: int = 5) -> Finding:
    text = parse.get("text") or ""
    entities = more_specific(named_across_de(list(parse.get("entities") or []), text, kb), text, kb)
    entities += pension_named(text, entities)
    in_scope, intent = decide_scope(parse)
    confidence = float((parse.get("intent") or {}).get("confidence") or 0.0)
    guess = _real_intent({**parse, "intent": {"name": intent}})[2]
    reasons = named_as_reasons(entities, text)
    worked = workplaces(entities, text) | reasons
    beside = lived_beside(entities, text) | where_patients_lie(entities, text) | reasons
    entities = [e for e in entities if not (e.get("entity") == "service" and e.get("value") in worked)]
    named = named_services(entities, kb)
    ranking = {r["id"]: float(r["confidence"]) for r in parse.get("service_ranking") or []}
    ranking.pop(NONE_LABEL, None)
    ranking.pop(GENERAL_LABEL, None)
    if not in_scope or (guess not in SERVICE_INTENTS and not named):
        return Finding(text, intent, confidence, in_scope, entities, [])

    denied = denied_services(text, kb, [sid for sid, _ in sorted(ranking.items(), key=lambda kv: -kv[1])[:3]] + named)
    scores: Dict[str, float] = {}
    for sid, p in ranking.items():
        scores[sid] = scores.get(sid, 0.0) + WEIGHTS["classifier"] * p * (DENIED if sid in denied or sid in beside else 1.0)
    setting = told_in_a_cue(entities, text)
    for sid in named:
        if sid not in denied and sid not in setting:
            scores[sid] = scores.get(sid, 0.0) + WEIGHTS["named"]
    heard = heard_of(text, kb)
    if heard is not None and heard not in denied:
        scores[heard] = scores.get(heard, 0.0) + WEIGHTS["named"]
    # a situation that leads to one service without its name ("想请医生来村里讲讲怎么吃": health
    # education): ranked as if named (bot/finder_cues.py), and above — the situation told is surer than
    # the word the classifier heard in it ("想再要一个 …要先去哪里登个记" is the two-child policy, not 就业登记; "打磨车间的
    # 吸尘机器坏了 …木粉 …会炸" is a work-safety report, not the occupational-disease service the classifier leans to: cue_extra
    # 0.1 -> 0.3 in session 21, four more first replies right over every conversation set, no gap or story row changed)
    # (not above a service the classifier is all but certain of: "我妈上个月走了 办丧事借了两万 …有没有什么钱能帮一把"
    # is the emergency help, the funeral told is its cause)
    # (except a cue sure enough to outrank it, finder_cues.SURE: "打针的人后来才知道没有医生的证" is no vaccination)
    extra = WEIGHTS["cue_extra"] if max(ranking.values(), default=0.0) < CERTAIN else 0.0
    sure = surely_cued(text)
    for sid in cued_services(text):
        if sid not in denied and sid not in named and sid != heard and kb.service(sid) is not None:
            scores[sid] = scores.get(sid, 0.0) + WEIGHTS["named"] + (WEIGHTS["sure_extra"] if sid in sure else extra)
    hits = kb.search(text, limit=10)
    if hits:
        best = hits[0].score
        for hit in hits:
            scores[hit.service.id] = scores.get(hit.service.id, 0.0) + WEIGHTS["search"] * hit.score / best
    groups = set(groups_of(entities))
    if groups:
        for sid in list(scores):
            service = kb.service(sid)
            if service is not None and groups & set(service.groups):
                scores[sid] += WEIGHTS["group"]

    ranked: List[RankedService] = []
    for sid, score in sorted(scores.items(), key=lambda kv: -kv[1]):
        service = kb.service(sid)
        if service is None or score < MIN_SCORE:
            continue
        ranked.append(
            RankedService(service.id, service.name, service.section, service.agency, service.agency_current, score)
        )
        if len(ranked) == limit:
            break
    return Finding(text, intent, confidence, in_scope, entities, ranked)
