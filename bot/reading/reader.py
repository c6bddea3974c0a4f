"""Reads a resident's message into facts of the catalogue.

Given the question being asked (if any), the facts already known and the
message, :func:`read` returns every fact the message states — for any fact
of the catalogue, not only the one asked — each with its value and a
confidence, or recognises a non-answer (see nonanswers.py).

How: the message is split into clauses; bare answers ("有的", "不是", "七十二",
"长兴") answer the question asked; the catalogue's words for each fact are
looked up in every clause with their negation ("又不是我要辞职"); numbers are
read only as the quantity their unit names ("两个人一个月六千": a household of
two, six thousand a month; see quantities.py); facts belong to the person they
are said of (people.py). A later clause corrects an earlier one ("三级，不对，
是二级"). What merely follows from what was said (户口在外地 and working in
Huzhou: a migrant worker) is not read here but by :func:`implied`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from bot.reading import lexicon as lex
from bot.reading.clauses import A_NOT_A, NEGATORS, Clause, clauses, negators_before, polarity
from bot.reading.nonanswers import DONT_KNOW, NOT_UNDERSTOOD_RE, classify, is_question
from bot.reading.numbers_reader import NumberReader
from bot.reading.people import People
from bot.text import normalize, parse_number
from knowledge_base.eligibility import NOT_APPLICABLE, UNKNOWN
from knowledge_base.types import APPLICANT, BOOLEAN, CHOICE, DISTRICT, NUMBER, OUTSIDE_HUZHOU, Catalogue, Fact

ANSWERED, SAID = "answer", "said"
HUZHOU = ("吴兴区", "南浔区", "德清县", "长兴县", "安吉县")

_PARTICLES = "啊呀吧呢的了啦嘛哦哈咯噢喔嘞哇哩么滴嗯呗咧"
_ADVERBS = r"(?:也|就|都|还|倒|可|真|确实|肯定|当然|已经|早就|一直|应该|好像|基本上|暂时|目前|现在|本来|是啊|那|哪能)"
_YES_CORE = re.compile(
    r"^(?:是|有|对|要|需要|用|能|可以|会|在|办|办好|弄好|交|缴|领|登记|参加|没错|当然|嗯+|恩|好|行|低|够|符合|属于|"
    r"yes|ok|y|对头|正是|确实是|就是|可能是|是低|是够|是符合|算|算是)(?:过|了|好了|着|个)?$", re.I)
CORRECTION = re.compile(
    r"说错了|搞错了|答错了|选错了|点错了|弄错了|讲错了|记错了|写错了|不对不对|更正一下|纠正一下|改一下|"
    r"刚才(?:说|答|选)?的?不对|前面(?:说|答)?的?不对|(?:说|讲|答)(?:得|的)不对")
_REPAIR = re.compile(r"^(?:不对|不是不是|错了|说错了|搞错了|我是说|应该是|哦不是?|噢不是?|呃不是?|不不)$")
# Common typos and Wu-dialect words of answers ("勿晓得", "困辣床上", "伊" for 他/她)
_TYPOS = {"阿拉自家": "我自己", "侬问阿拉": "你问我", "呒没": "没有", "侪": "都", "爷娘": "爸妈", "已径": "已经", "在值": "在职", "残几证": "残疾证", "残疾正": "残疾证", "残积证": "残疾证", "覅": "不要", "勿": "不", "弗": "不", "自家": "自己", "木有": "没有",
          "么得": "没得", "莫得": "没得", "冇": "没有", "低宝": "低保", "底保": "低保", "不来三": "不行", "一家头": "一个人", "囡儿": "女儿", "走脱": "走", "床浪": "床上", "退修": "退休", "长心": "长兴",
          "辣": "在", "困在床": "躺在床", "阿拉": "我", "我伲": "我们", "伲": "我们", "侬": "你", "交关": "很", "晓得": "知道",
          "小人": "孩子", "做生活": "做工", "用场": "开销", "吃不消": "负担不起", "屋里": "家里", "服侍": "照顾",
          "一天到夜": "整天", "样样": "什么都", "不清爽": "不清楚", "老早": "早就", "户囗": "户口"}
_GRADE = re.compile(r"([一二三四1-4壹贰叁肆])\s*级")
_GRADES = {"1": "一级", "2": "二级", "3": "三级", "4": "四级", "一": "一级", "二": "二级", "三": "三级", "四": "四级",
           "壹": "一级", "贰": "二级", "叁": "三级", "肆": "四级"}
EVENT_FACTS = ("sudden_hardship", "only_child_lost", "involuntary_job_loss")
GRADE_CONTEXT = ("disability_grade", "has_disability_certificate", "needs_long_term_care", "household_has_disabled")
DISABILITY_FACTS = ("disability_grade", "has_disability_certificate")
# Markers of whose place a place is
_HUKOU_BEFORE = re.compile(
    r"(?:户口|户籍|户口本|老家|籍贯|落户|祖籍|出生在|出生于)(?:也|还|就|都|其实|确实|真的|本来|一直|仍然|还是|去年|今年|前年|早就|已经|上个月)*"
    r"(?:是|在|落在|迁到|迁在)?(?:老家)?\s*$")
_BOTH_PLACES = re.compile(r"(?:(?:户口|户籍)(?:和|跟|与|同|、)(?:家|人|住的地方|住处)|(?:家|人|住的地方)(?:和|跟|与|同|、)(?:户口|户籍))"
                          r"(?:也|就|都)*(?:在|是)\s*$")
_N = r"[\d一二两三四五六七八九十百千万.]+"
_UNIT = r"(?:年|周岁|岁|口人|个人|人|元|块钱?|平方米|平米|平|天|个月)?"
_SWAP = re.compile(rf"(?:是|应该是|其实是)\s*(?P<new>{_N}){_UNIT}[，,\s]*(?:而)?不是\s*(?P<old>{_N}){_UNIT}"
                   rf"|不是\s*(?P<old2>{_N}){_UNIT}[，,\s]*(?:是|而是|应该是)\s*(?P<new2>{_N}){_UNIT}")
_HUKOU_AFTER = re.compile(r"^(?:人(?!家|民)|的人|户口|户籍|本地人|农村户口|那边的户口)")
_RESIDENCE_AFTER = re.compile(
    r"^(?:那边|这边|这里|那里|的)?[^，,。.]{0,8}?(?:上班|打工|工作|做事|做工|做了|干活|干了|开|种|住|生活|租房|待了|呆了|带孩子|做)")


@dataclass(frozen=True)
class FactReading:
    key: str
    value: Any
    confidence: float
    how: str  # answer (to the question asked) | said (anywhere else)


@dataclass(frozen=True)
class Reading:
    facts: Mapping[str, FactReading] = field(default_factory=dict)
    non_answer: Optional[str] = None
    correction: bool = False
    applicant: Optional[str] = None  # whom the resident asks for, when the message says ("parent")
    place: Optional[str] = None  # a district or county named without saying whose place it is
    asks: bool = False  # the message asks something back ("有证，要带什么材料？"), answered or not

    def values(self) -> Dict[str, Any]:
        return {k: r.value for k, r in self.facts.items()}


class _Collector:
    """Readings in message order; a later one replaces an earlier one of the same fact."""

    def __init__(self):
        self.found: Dict[str, FactReading] = {}
        self.repaired = False

    def add(self, key: str, value: Any, confidence: float, how: str) -> None:
        previous = self.found.pop(key, None)
        if previous is not None and previous.value != value and not self.repaired:
            confidence = min(confidence, 0.6)  # the message says both: keep the later, but unsure
        self.found[key] = FactReading(key, value, round(confidence, 2), how)


_STOP = re.compile(r"(?:那)?(?:就)?(?:算了|不问了|不用了|不查了|不要了|不弄了|不办了|先这样|就这样吧?)(?:吧|啊|呀)?")
_ENDS_AS_QUESTION = re.compile(r"(?:吗|么|伐|啵|不|没|没有)[啊呀]?$|^.{0,3}呢$")  # "还没去登记呢" is said, "那我呢" asked
_QUESTION_HEAD = re.compile(r"能不能|可不可以|是不是|有没有|要不要|会不会|算不算|好不好|能|可以|好|会")
# Interrogative words; 什么/啥 after a negation are emphatic ("没出什么事", "啥都没有"),
# and 几 after a numeral is a vague number ("十几年").
_INTERROGATIVE = re.compile(
    r"(?<![没不])怎么|哪(?:里|儿|个|些|家)(?!来)|多少|为什么|为啥|(?<![没])谁|多久|(?<![没不无])(?<!没有)(?<!没出)(?<!没得)(?<!没领过)(?<!没交过)(?<!没办过)(?<!没有过)(?:什么|啥)(?![都也])"
    r"|(?<![十百千万一二两三四五六七八九\d])几(?:[个天年月号点岁级]?)(?:[？?啊呀呢]|$)")


def question_start(text: str, trailing: str = "") -> Optional[int]:
    """Where the question in a clause begins, or None when the clause asks nothing.

    "特困和低保有什么区别" is all question; in "娃今年6岁了能报小学不" the
    question is the part from its last modal on ("能报小学不"). A question mark
    alone after a statement ("交了十年？") is a tentative answer, not a question.
    """
    if re.match(r"^(?:你|您)(?:说|讲|问)的", text):
        return 0  # "你说的突发困难": the assistant's words, asked about
    for m in _INTERROGATIVE.finditer(text):
        if m.group(0) in ("什么", "啥") and re.search(r"没|不|无", text[max(0, m.start() - 6):m.start()]):
            continue  # "没被认定过什么困难对象": emphatic, not asked
        return 0  # "零就业家庭是什么", "职工社保和农保哪个划算": all of it is asked
    pair = A_NOT_A.search(text)
    if pair:
        return pair.start()
    ends = bool(_ENDS_AS_QUESTION.search(text)) and (
        not text.endswith(("不", "没", "没有")) or re.search(r"能|可以|好|会|要|有", text[:-1])
    )
    if not ends and not is_question(text):
        return None
    heads = [m.start() for m in _QUESTION_HEAD.finditer(text)]
    if not heads:
        return 0 if ends or trailing in ("？", "?") else None
    return heads[-1]


def _strip(text: str) -> str:
    text = re.sub(rf"[{_PARTICLES}]+$", "", text.strip())
    text = re.sub(rf"^{_ADVERBS}+", "", text)
    return re.sub(rf"[{_PARTICLES}]+$", "", text)


def bare_boolean(text: str) -> Optional[bool]:
    """"是的", "没有", "不是没有", "有的有的": a yes or no with nothing else in it."""
    core = re.sub(rf"[{_PARTICLES}]", "", _strip(text))
    if not core:
        return None
    core = re.sub(r"^(.{1,3}?)\1+$", r"\1", core)  # 有的有的, 对对对
    # "一分没有", "一点都没有", "啥也没有": an emphatic no
    core = re.sub(r"^(?:一分钱?|一点儿?|一毛钱?|一个|啥|什么)(?:都|也)?(?=" + "|".join(NEGATORS) + ")", "", core)
    negations = 0
    while True:
        for negator in NEGATORS:
            if core.startswith(negator):
                negations += 1
                core = _strip(core[len(negator):])
                break
        else:
            break
    if not core:
        return None if negations == 0 else negations % 2 == 0
    if _YES_CORE.match(core):
        return negations % 2 == 0
    return None


class _Reader:
    def __init__(self, text: str, catalogue: Catalogue, asked: Optional[str], known: Mapping[str, Any],
                 relevant: Sequence[str]):
        self.text = text
        self.catalogue = catalogue
        self.facts: Mapping[str, Fact] = catalogue.facts
        self.asked = asked if asked in catalogue.facts else None
        self.known = known
        self.lex = lex.lexicon(catalogue)
        self.out = _Collector()
        age = known.get("age")
        self.people = People(self.lex, known.get("applicant"),
                             minor=isinstance(age, (int, float)) and not isinstance(age, bool) and age < 18)
        self.numbers = NumberReader(self, relevant)
        self.place: Optional[str] = None
        self.pending: List[tuple] = []  # (key, value, confidence, role): an applicant's fact said of someone else
        self.topic: Optional[str] = None  # the place fact the message is about (户口 or where one lives)
        self.districts: List[tuple] = []  # (fact, place, role), kept once whose place it is is known
        self.questions = 0  # clauses that ask something back

    # -- the walk over clauses ------------------------------------------------
    def run(self) -> Reading:
        parts = clauses(self.text)
        self.people.detect_applicant(self.text)
        for i, clause in enumerate(parts):
            bare = _strip(clause.text)
            if (_REPAIR.match(bare) and i < len(parts) - 1) or CORRECTION.fullmatch(bare):
                self.out.repaired = True
                continue
            if i < len(parts) - 1 and re.fullmatch(r"(?:哦|噢|喔|啊|哎|诶|还有)?对了", clause.text.strip()):
                continue  # "哦对了，户口我说错了": "by the way", not a yes
            self._clause(clause)
            self.people.advance(clause.text)
        self._resolve_people()
        self.numbers.finish()
        own = {key for key, _, role in self.districts if role in (None, "pronoun") or self.people.is_applicant(role)}
        for key, place, role in self.districts:
            # "我住在吴兴道场" asking for one's spouse or child: they live together
            lives_with = key == "residence_place" and role == lex.SELF and self.people.applicant in (lex.SPOUSE, lex.CHILD)
            if role in (None, "pronoun") or self.people.is_applicant(role) or lives_with or (
                role and role.startswith("child:") and key not in own  # "我在安徽老家，儿子在吴兴打工": the resident's own place
            ):
                self._district(key, place)
        facts = dict(self.out.found)
        facts.update(self._number_swap(facts))
        if self.asked == "household_has_disabled" and self.asked not in facts and (
                facts.get("disability_grade") and facts["disability_grade"].value == "无残疾"
                and not any(r not in (lex.SELF, "pronoun") for _, _, r in self.people.mentions(self.text))):
            # "屋里人手脚都好，呒没残疾" to "家里有持证的残疾人吗": no one in the household
            facts[self.asked] = FactReading(self.asked, False, 0.8, ANSWERED)
        if self.asked and self.asked not in facts:
            follows = implied({**self.known, **{k: r.value for k, r in facts.items()}})
            if self.asked in follows:  # "我又不残疾": no certificate either
                facts[self.asked] = FactReading(self.asked, follows[self.asked], 0.8, ANSWERED)
        dont_know = bool(DONT_KNOW.search(self.text))
        hedged = self.asked in facts and (
            (facts[self.asked].confidence < 0.9 and re.search(r"好像|可能|大概|估计|应该", self.text))
            # "现在还有没有我不知道", "证是有一本，是不是第二代我不晓得": the doubt is about the answer
            or re.search(r"(\w)[没不]\1.{0,8}(?:不知道|不清楚|说不准|不晓得|讲不清)", self.text))
        about_other = False  # the resident is unsure of something else than the question asked
        if dont_know and self.asked not in facts and re.search(r"好像|可能|大概|估计|说不准", self.text):
            for key, found in list(facts.items()):  # "低保好像去年申请过，批没批下来我不知道"
                if self.facts[key].type == BOOLEAN and found.confidence < 0.9:
                    facts[key] = FactReading(key, UNKNOWN, 0.9, found.how)
                    about_other = True
        if self.asked and dont_know and all(DONT_KNOW.search(c.text) for c in clauses(self.text)):
            hedged = True  # "不清楚，从来没算过": every clause says they do not know
        if self.asked and (self.asked not in facts or hedged) and dont_know and not about_other \
                and not NOT_UNDERSTOOD_RE.search(self.text):
            # "低保……好像报上去了，批没批下来我不知道": unknown, not a guess
            facts[self.asked] = FactReading(self.asked, UNKNOWN, 0.95, ANSWERED)
        if self.asked and self.asked not in facts:
            rhetorical = self._rhetorical()
            if rhetorical is not None:
                facts[self.asked] = rhetorical
                self.questions = max(0, self.questions - 1)  # an answer, asked back: not a question
        if self.asked and self.asked not in facts:
            echo = self._echo()
            if echo is not None:
                facts[self.asked] = echo
        non_answer = classify(self.text, self.asked, self.asked in facts, self.questions > 0)
        applicant = self.people.applicant if self.people.applicant != self.known.get("applicant") else None
        return Reading(facts, non_answer, bool(CORRECTION.search(self.text)), applicant, self.place, self.questions > 0)

    def _number_swap(self, facts: Dict[str, FactReading]) -> Dict[str, FactReading]:
        """"不对，是两年，不是三年": a number said before, taken back for another; the
        fact is the one known with the old number, whatever question is asked now."""
        m = _SWAP.search(self.text)
        if m is None:
            return {}
        new, old = parse_number(m.group("new") or m.group("new2")), parse_number(m.group("old") or m.group("old2"))
        if new is None or old is None:
            return {}
        for key, value in self.known.items():
            if key in facts or key not in self.facts or self.facts[key].type != NUMBER:
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value) == old:
                return {key: FactReading(key, int(new) if float(new).is_integer() else new, 0.9, SAID)}
        return {}

    def _clause(self, clause: Clause) -> None:
        text = clause.text
        trailing = self.text[clause.end:clause.end + 1]
        rhetorical = re.match(r"^(?:我)?不是(?:已经)?(?:都)?(?:说|讲|告诉你|告诉)(?:了|过)?(.+?)(?:了)?(?:吗|嘛)$", text)
        if rhetorical:  # "我不是讲了二级吗": a statement
            text = rhetorical.group(1)
        else:
            start = question_start(text, trailing)
            if start is not None:
                # "娃今年6岁了能报小学不": the question is "能报小学不"; what comes before is said
                if not DONT_KNOW.search(text):
                    self.questions += 1
                if re.search(r"(?:超过|超出|过了|不到|满|如果|要是|假如|万一)\S{0,8}还$", text[:start]):
                    return  # "超过一年还能申请仲裁吗": a case asked about, not a fact
                if not re.search(r"还是|或者", text):
                    self._places(text)  # "在德清找哪个部门": where the resident is, said in the question
                text = self._without_services(text[:start])
                if not text.strip():
                    return
        if self.asked:
            self._bare(text)
        if re.search(r"听说|听人家说|想问|问问|问一下|了解一下|咨询|打听", text):
            text = self._without_services(text)  # "听说有特困供养": hearing of a service is no fact
        consumed = self._phrases(text)
        self._child_lost(text)
        self._grades(text)
        self.numbers.clause(text, consumed)
        self._places(text)

    def _without_services(self, text: str) -> str:
        """"特困供养这种我好申请伐", "听说有特困供养": a service named is no fact about
        the resident — unless the resident says they have it ("我们是低保户", "在吃低保")."""
        for word in self.lex.services:
            if word not in text:  # a plain test first: hundreds of words, each a pattern Python would compile
                continue
            for m in list(re.finditer(re.escape(word), text)):
                before, after = text[:m.start()], text[m.end():]
                if re.search(r"(?:是|属于|评上了?|认定为?|享受着?|在吃|吃着|领着|办了|拿着|已经是)$", before) or \
                        re.match(r"^(?:户|家庭|对象|人员|边缘|证)", after):
                    continue
                text = text[:m.start()] + "□" * len(word) + text[m.end():]
        return text

    def _child_lost(self, text: str) -> None:
        """"我伲就一个儿子，前年出车祸没了": the only child the message spoke of died."""
        if not re.search(r"没了|走了|走掉|走脱|去世|过世|不在了|死了|病故|病死", text):
            return
        role = self.people.at(text, len(text))
        if role and role.startswith("child:") and (
            self.asked == "only_child_lost" or re.search(r"独生|就一个|只有一个|唯一|就这一个|独苗", self.text)
        ):
            self.add("only_child_lost", True, 0.85)

    def add(self, key: str, value: Any, confidence: float) -> None:
        self.out.add(key, value, confidence, ANSWERED if key == self.asked else SAID)

    def said(self, fact: Fact, value: Any, confidence: float, role: Optional[str]) -> None:
        """A reading of ``fact`` said of ``role``; an applicant's fact said of
        someone else waits until the whole message is read (_resolve_people)."""
        if fact.subject != APPLICANT or self.people.is_applicant(role) or (
            # "儿子在上海管不了我": whether someone supports the applicant is said of the supporters
            fact.key == "has_able_supporter" and role not in (None, lex.SELF, "pronoun")
        ):
            self.add(fact.key, value, confidence)
        else:
            self.pending.append((fact.key, value, confidence, role))

    def _resolve_people(self) -> None:
        """"我爸当过兵，我没当过": the resident's own answer wins; "我爸？他早退休了":
        with no answer of their own, the person they answer about is the applicant;
        "我老伴二级": someone in the household is disabled."""
        disabled = {role for key, _, _, role in self.pending if key in DISABILITY_FACTS + ("needs_long_term_care",)}
        opening = not any(k in self.facts for k in self.known)  # nothing known yet: the first message
        if opening and self.asked is None and len(disabled) == 1 and self.people.applicant is None and not any(
            k in self.out.found for k in DISABILITY_FACTS
        ):
            # "我老伴中风瘫掉了，残疾证上写的是三级…护理补贴好领伐": a disability said of one
            # person in the family, none of the resident's own: that person is the applicant
            role = next(iter(disabled))
            if role and role not in (lex.SELF, "pronoun"):
                self.people.applicant = (lex.CHILD if role.startswith("child:") else
                                         lex.SPOUSE if role in (lex.WIFE, lex.HUSBAND) else role)
        for key, value, confidence, role in self.pending:
            if self.people.is_applicant(role):
                self.add(key, value, confidence)
                continue
            adult = role in (lex.PARENT, lex.SPOUSE, lex.WIFE, lex.HUSBAND)
            if adult and key not in self.out.found and self.people.adopt(role, key == self.asked):
                self.add(key, value, confidence - 0.05)
            elif key in DISABILITY_FACTS and role not in (None, lex.OTHER) and not (
                key == "disability_grade" and value == "无残疾"
            ) and not (key == "has_disability_certificate" and value is False):
                self.add("household_has_disabled", True, 0.85)

    # -- bare answers to the question asked ------------------------------------
    def _bare(self, text: str) -> None:
        fact = self.facts[self.asked]
        whole = text
        role, text = self.people.subject(text)  # "我老伴有，我没有": whose yes and whose no
        if role is not None and role.startswith("child:") and self.people.applicant != lex.CHILD:
            return  # "孩子还在的": about the child, not a yes or no to the question
        core = _strip(text)
        if fact.type == BOOLEAN:
            value = bare_boolean(text)
            if value is not None:
                self.said(fact, value, 0.95, role)  # "是的", "没有": a plain answer
        elif fact.type == CHOICE:
            core = re.sub(r"^(?:我|我们|我家|是|我是)+", "", core)
            if role in (None, lex.SELF) and re.fullmatch(
                r"(?:都不是|都没有|都不算|没有|没|无|不是|一个都不是|哪个都不是|都不|其他|别的|都不沾边)", core
            ):
                none = next((o for o in fact.options if o.startswith(("都不", "无", "其他"))), None)
                if none is not None:
                    self.said(fact, none, 0.85, role)
            elif core in fact.options:
                self.said(fact, core, 0.95, role)
        elif fact.type == NUMBER:
            if fact.subject == "child" and (re.search(r"没有?(?:孩子|小孩|子女)|无子女|还没生|没生", text)
                                            or re.fullmatch(r"没有|没|无|木有", core)):
                self.add(fact.key, NOT_APPLICABLE, 0.85)
            elif fact.subject == "woman" and re.search(
                r"(?:老伴|老婆|妻子|爱人|她|女方)[^，,。]{0,4}(?:走了|去世|过世|不在了|没了|死了)|离婚|离了|离异|丧偶|单身|没结婚|没有老婆|没老婆", whole
            ):
                self.add(fact.key, NOT_APPLICABLE, 0.85)
            elif fact.unit == "年" and re.fullmatch(
                    r"(?:没有|没|无|零|0|(?:一(?:年|天|分钱?|次)(?:也|都))?(?:从来)?(?:没有?|未)(?:交|缴|参加|参保)?过?)(?:年|天)?"
                    r"(?:失业保险|养老保险|社保|农保|职工社保)?", core):
                self.add(fact.key, 0, 0.85)
            elif fact.unit == "年" and re.search(r"(?<![一二两三四五六七八九十\d大])半年(?!多)", text) and not re.search(r"\d|[一二两三四五六七八九十]年", text):
                self.add(fact.key, 0.5, 0.85)  # "才交了半年"
            elif fact.unit == "元" and re.search(r"没(?:有)?(?:收入|钱|进账)|一分钱|零收入|收入都没有", text):
                self.add(fact.key, 0, 0.85)
        elif fact.type == DISTRICT:
            if re.fullmatch(r"外地|外省|外地的|不在湖州|不是湖州的|外地户口|不是本地|不是本地的", core):
                self.add(fact.key, OUTSIDE_HUZHOU, 0.9)

    # -- the catalogue's words for each fact -------------------------------------
    def _phrases(self, text: str) -> set:
        consumed: set = set()
        matches = []
        # The question asked decides between two readings of the same words
        # ("没有残疾证" answers the certificate question, not the grade).
        found = [(m, phrase) for phrase in self.lex.phrases if not (phrase.if_asked and phrase.fact != self.asked)
                 for m in phrase.pattern.finditer(text)]
        # the asked fact first, then the longest stretch of words ("没被认定过特困" before "特困供养")
        found.sort(key=lambda mp: (mp[1].fact != self.asked, -(mp[0].end() - mp[0].start()), -mp[1].length))
        taken: Dict[str, set] = {}  # per fact: the words it has read
        spans: List[tuple] = []
        for m, phrase in found:
            span = set(range(m.start(), m.end()))
            # words already read for this fact, or inside a longer phrase of
            # another fact ("没有残疾" inside "没有残疾证"), are not read again
            if span & taken.get(phrase.fact, set()) or any(
                span < other and lex.GAP not in p.text for other, p in spans
            ):
                continue
            taken.setdefault(phrase.fact, set()).update(span)
            spans.append((span, phrase))
            consumed |= span
            gaps = "".join(g or "" for g in m.groups())
            matches.append((m.start(), m.end(), phrase, gaps))
        denied = set()  # facts a clause denies ("没被认定过什么困难对象": the denial wins)
        for start, end, phrase, gaps in sorted(matches, key=lambda x: x[0]):
            own = set(range(start, end))
            # a negator inside another phrase belongs to it ("没房子住厂里"), unless
            # the two phrases overlap ("没考上高中": 没 denies both)
            others = frozenset(i for span, _ in spans if not span & own for i in span)
            fact = self.facts[phrase.fact]
            if gaps and any(role != lex.SELF and not (role == "pronoun" or self.people.is_applicant(role))
                            for _, _, role in self.people.mentions(gaps)):
                continue  # "孩子爸妈都没了": the gap holds another person; "孩子…没了" is not said
                # ("厂里不跟他续签了" asking for him: the applicant in the gap does not stop it)
            names_someone = bool(self.people.mentions(text[start:end]))
            # "儿女也没有": the children named are the object; a disability said of
            # the person named before ("我老头子是二级残疾，有证的") carries over
            carry = fact.key in DISABILITY_FACTS and not names_someone
            role = self.people.at(text, start, carry=carry)
            inside = negators_before(gaps, len(gaps), window=20) if gaps else 0
            if fact.type == BOOLEAN:
                # an event is not denied by what follows it ("出车祸没了": died, not "no accident")
                value, negations = polarity(text, start, end, phrase.negative, others, after=fact.key not in EVENT_FACTS)
                if inside % 2:
                    value = not value  # "单位从来不给我们交": the negation is inside the phrase
                explicit = phrase.negative or negations or inside
                if phrase.one_way and (negations + inside) % 2:
                    continue  # "合同还没到期就让我走了": no contract's end, but no resignation either
                if fact.key in denied and not explicit:
                    continue
                if explicit and value is False:
                    denied.add(fact.key)
                self.said(fact, value, 0.85 - 0.05 * (negations + inside), role)
            else:
                value, _ = polarity(text, start, end, False, others)
                if value and not inside:  # "不是失业" says nothing about which option
                    self.said(fact, phrase.value, 0.85, role)
        return consumed

    def _grades(self, text: str) -> None:
        if "伤残" in text or re.search(r"级以上|级以下|级别以上", text):
            return
        if not (re.search(r"残|证", text) or self.asked in GRADE_CONTEXT):
            return
        fact = self.facts["disability_grade"]
        for m in _GRADE.finditer(text):
            stated, _ = polarity(text, m.start(), m.end())
            if not stated:
                continue
            grade = _GRADES[m.group(1)]
            role = self.people.at(text, m.start(), carry=True) or (
                self.people.named if self.asked == "only_child_lost" else None)
            if role and role.startswith("child:") and (self.asked == "only_child_lost" or re.search(r"独生|失独|计生", self.text)):
                # 计划生育特别扶助: an only child's disability of grade three or worse
                self.add("only_child_lost", grade in ("一级", "二级", "三级"), 0.85)
                continue
            self.said(fact, grade, 0.9, role)

    # -- places ---------------------------------------------------------------
    def _places(self, text: str) -> None:
        taken: set = set()
        for word, place in self.lex.places:
            if word not in text:
                continue
            for m in re.finditer(re.escape(word), text):
                span = set(range(m.start(), m.end()))
                if span & taken:
                    continue
                taken |= span
                self._place(text, m.start(), m.end(), place)

    def _place(self, text: str, start: int, end: int, place: str) -> None:
        before, after = text[:start], text[end:]
        if negators_before(text, start, window=3) or re.match(r"^(?:是)?(?:说错了|搞错了|不对)", after):
            return  # "不是外地的", "前面说吴兴是说错了"
        adults = [r for s, e, r in self.people.mentions(before) if r in (lex.SPOUSE, lex.WIFE, lex.HUSBAND, lex.PARENT, lex.OTHER)]
        # "我和老伴住在乾元", "跟老公一起到长兴的厂里上班"
        together = re.search(r"我(?:和|跟|与|同)|我们|我俩|两口子|(?:跟|和|同)[^，,。]{1,4}一起", before)
        if adults and not together and not self.people.is_applicant(adults[-1]):
            if adults[-1] in (lex.SPOUSE, lex.WIFE, lex.HUSBAND) and place in HUZHOU and _RESIDENCE_AFTER.match(after):
                self.add("works_or_lives_in_huzhou", True, 0.85)  # "孩子他爸在织里做童装"
            return  # "我老婆户口在外地": not the applicant's
        mine = None if together else self.people.at(text, start, carry=False)  # "我们住德清": the household's place
        if re.search(r"户口|户籍", text):
            self.topic = "hukou_place"
        elif re.search(r"住|上班|打工|工作", text):
            self.topic = "residence_place"
        if _BOTH_PLACES.search(before):  # "户口跟家都在织里": the 户籍 and where one lives
            self.districts += [("hukou_place", place, mine), ("residence_place", place, mine)]
            return
        key = None
        if _HUKOU_BEFORE.search(before) or _HUKOU_AFTER.match(after) or (
            place == OUTSIDE_HUZHOU and re.match(r"^(?:来|过来|的|人|[\u4e00-\u9fff]{1,3}人(?![员家]))", after)
        ):
            key = "hukou_place"
        elif _RESIDENCE_AFTER.match(after) or re.search(
            r"(?:住在|住|租在|租房在|搬到|搬回|搬回了|搬来|搬回到|我是|家里?(?:就|也)?(?:在|住)|(?:上班|工作|打工|做工)的(?:厂|单位|公司|地方|工地)(?:就|也)?在|(?:我|我们|我家|人|现在|目前|一直|平时|两口子|夫妻俩?|我俩|一家人?)(?:就|也|都)?在)\s*$", before
        ) or (self.asked != "hukou_place" and re.fullmatch(r"\s*在\s*", before)
        ):
            key = "residence_place"
        elif self.asked in ("hukou_place", "residence_place") and not self.topic:
            key = self.asked
        elif self.topic and self.out.repaired:
            key = self.topic  # "户口我前面说吴兴是说错了，是德清"
        elif self.asked in ("hukou_place", "residence_place"):
            key = self.asked
        elif place != OUTSIDE_HUZHOU:
            self.place = place
        if key:
            self.districts.append((key, place, mine))

    def _echo(self) -> Optional[FactReading]:
        """"照顾倒不需要" to "需要长期照护（…照顾）吗？": the answer repeats words of the
        question, with or without a negation. Read last, when nothing else
        answered, and with less confidence."""
        fact = self.facts[self.asked]
        if fact.type != BOOLEAN:
            return None
        words = question_words(fact)
        value = None
        for clause in clauses(self.text):
            text = clause.text
            if A_NOT_A.search(text) or is_question(text) or question_start(text, self.text[clause.end:clause.end + 1]) is not None:
                continue  # "危房要谁来鉴定？": the words of the question, asked back
            for word in words:
                if word not in text:
                    continue
                for m in re.finditer(re.escape(word), text):
                    value, _ = polarity(text, m.start(), m.end())
        return FactReading(fact.key, value, 0.75, ANSWERED) if value is not None else None

    def _rhetorical(self) -> Optional[FactReading]:
        """"读啥书啊，我五十五了" to "是在校学生吗": the words of a yes, asked back with 什么 — a no."""
        if self.facts[self.asked].type != BOOLEAN:
            return None
        for clause in clauses(self.text):
            m = _RHETORICAL.fullmatch(clause.text.strip())
            if m is None:
                continue
            said = _Reader(m.group(1) + m.group(2), self.catalogue, self.asked, self.known, ()).run()
            found = said.facts.get(self.asked)
            if found is not None and found.value is True:
                return FactReading(self.asked, False, 0.8, ANSWERED)
        return None

    def _district(self, key: str, place: str) -> None:
        self.add(key, place, 0.9)


# "读啥书啊", "上什么学哦", "哪有啥收入": a verb and its object with 什么 between, asked back
# (the particles are gone by now: normalize() drops 啊/呀); not "在读啥书" or "算什么收入", which ask
_RHETORICAL = re.compile(r"(?:还|都|哪里|哪)?(?:有)?(?!在|正在|是|要|需要|算)((?:(?![没不无未])[\u4e00-\u9fff]){1,2}?)(?:什么|啥)([\u4e00-\u9fff]{1,3}?)"
                         r"(?:啊|呀|哦|嘛|哟|哇|呢|噢)*[!！]*")
_QUESTION_STOPWORDS = {"是否", "申请人", "您家", "家里", "现在", "已经", "或者", "比如", "当地", "清楚", "可以", "不知道",
                       "这个", "什么", "怎么", "多少", "还是", "就是", "吗", "的", "了", "有", "是", "没有", "或", "和",
                       "等", "他", "她", "您", "我", "自己", "里", "在", "之后", "一个", "规定", "标准", "情况"}
_WORDS: Dict[str, Tuple[str, ...]] = {}


def question_words(fact: Fact) -> Tuple[str, ...]:
    """The content words of a fact's question and label ("照护", "照顾", "需要")."""
    if fact.key not in _WORDS:
        import jieba

        question = re.sub(r"（[^）]*不知道[^）]*）", "", fact.question)  # not the "不清楚可以说不知道" note
        if re.search(r"符合|规定|以内|以下|不超过", question.split("（")[0]) or re.search(r"（[^）]*[没不无][^）]*）", question):
            # "财产（存款、房产、车辆等）符合规定吗": denying an example ("存款没有") is no "no"
            # to the question; examples of what one has ("有生活来源吗（工资…）") are
            question = re.sub(r"（[^）]*）", "", question)
        text = re.sub(r"[（）()，,。？?、“”：:]", " ", question + " " + fact.label)
        words = {w for w in jieba.lcut(text) if len(w) >= 2 and w not in _QUESTION_STOPWORDS and w.strip()}
        _WORDS[fact.key] = tuple(sorted(words, key=lambda w: (-len(w), w)))  # (a fixed order: not the hash seed's)
    return _WORDS[fact.key]


def implied(values: Mapping[str, Any]) -> Dict[str, Any]:
    """Facts that follow from others with certainty, for the facts not yet known.

    户籍在外地 and living in Huzhou: a migrant worker; 户籍 in Huzhou: not one;
    living in Huzhou: the parents live or work there; no disability: no
    disability certificate; a certificate or a grade: someone in the household
    is disabled.
    """
    found: Dict[str, Any] = {}
    hukou, residence = values.get("hukou_place"), values.get("residence_place")
    if hukou == OUTSIDE_HUZHOU and residence in HUZHOU:
        found["migrant_worker"] = True
    elif hukou in HUZHOU:
        found["migrant_worker"] = False
    elif hukou == OUTSIDE_HUZHOU and values.get("works_or_lives_in_huzhou") is True:
        found["migrant_worker"] = True
    if residence in HUZHOU:
        found["works_or_lives_in_huzhou"] = True
    grade = values.get("disability_grade")
    if grade == "无残疾":
        found["has_disability_certificate"] = False
    elif grade in ("一级", "二级", "三级", "四级") or values.get("has_disability_certificate") is True:
        found["household_has_disabled"] = True
    return {k: v for k, v in found.items() if values.get(k) is None}


def _years_and_months(m: "re.Match[str]") -> str:
    years, months = parse_number(m.group(1)), parse_number(m.group(2))
    if years is None or months is None or months >= 12:
        return m.group(0)
    return f"{round(years + months / 12, 2):g}年"


def _months_as_years(m: "re.Match[str]") -> str:
    months = parse_number(m.group(2))
    if months is None or months >= 12 and months % 12:
        return m.group(0)
    return f"{m.group(1)}{round(months / 12, 2):g}年"


def read(
    text: str,
    catalogue: Catalogue,
    asked: Optional[str] = None,
    known: Optional[Mapping[str, Any]] = None,
    relevant: Sequence[str] = (),
) -> Reading:
    """Every fact ``text`` states, as an answer to ``asked`` (a fact key, or None).

    ``known`` holds the facts recorded so far (and "applicant": whom the
    screening is for); ``relevant`` the facts of the service being screened,
    which decide between two readings of an ambiguous number ("交了十年").
    """
    # Wu 额 for 的 after a word ("当过兵额", "哪里来额退休工资"), not in 金额, 名额, 额度
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?<![金名限定超差余份配总数面巨])额(?![度外])", "的", text or "")
    # Wu 勒 for 在 ("户口勒菱湖", "儿子勒上海"), 哉 for 了 ("走了五年哉")
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?<!勾)勒(?![索令紧])", "在", text)
    text = re.sub(r"哉(?=$|[，,。.!！?？\s])", "了", text)
    normalized = normalize(text)
    if _STOP.fullmatch(normalized.strip(" ，,。.!！")):
        return Reading()  # "算了", "不问了": the resident stops, nothing is answered
    for typo, right in _TYPOS.items():
        normalized = normalized.replace(typo, right)
    normalized = lex.canonical(normalized)  # "一分铜钿", "出啥事体": the words the phrases are written in
    normalized = normalized.replace("廿", "二十").replace("卅", "三十")  # "农保交了廿年"
    # "失业保险正好交了半年": half a year of contributions is a number of years like any other
    normalized = re.sub(r"((?:交|缴|缴纳|参保|买)(?:了|过)?(?:失业保险|养老保险|社保|农保|保险)?(?:正好|刚好|刚刚|才|只|就|差不多|大概|将近)?)半年(?!多)",
                        r"\g<1>0.5年", normalized)
    normalized = re.sub(r"((?:交|缴|缴纳|参保)(?:了|过)?(?:正好|刚好|刚刚|才|只|就|差不多|大概|将近)?)([一二两三四五六七八九十\d]{1,2})个月",
                        _months_as_years, normalized)  # "就交了六个月": half a year of contributions
    normalized = re.sub(r"([一二两三四五六七八九十\d]{1,3})年(?:零|又)([一二两三四五六七八九十\d]{1,2})个月", _years_and_months,
                        normalized)  # "缴满四年零三个月": 4.25 years
    # "宝宝十一个月": a child under one is 0 years old
    normalized = re.sub(r"((?:宝宝|孩子|小孩|娃娃?|小囡|囡囡|儿子|女儿)(?:现在|今年|才|刚|刚刚|刚满|满)?)"
                        r"(?:十一|十|[一二两三四五六七八九]|1[01]|[1-9])个(?:多)?月(?:大)?(?![前后以])", r"\g<1>0岁", normalized)
    normalized = re.sub(r"([一二三四1-4])急", r"\1级", normalized)  # "二急": a typo of 二级
    # "住在，嗯，和孚的乡下": a marker whose place follows after a pause
    normalized = re.sub(r"(住在|户口在|户口是|户籍在|老家在|家在)[，,]\s*", r"\1", normalized)
    if not normalized:
        return Reading()
    return _Reader(normalized, catalogue, asked, dict(known or {}), relevant).run()
