"""Whose fact it is: the applicant, a child (several children are several
people), the wife of a couple, or someone else in the family.

"我老伴二级，我没有" gives the applicant no disability and the household a
disabled member; "大的10岁，小的3岁" two children; "帮我妈问问，她78了" makes
the mother the applicant. A clause without a person speaks of the adult named
just before ("我老头子是二级残疾，有证的": the certificate is his).
"""
from __future__ import annotations

import re
from typing import Any, List, Mapping, Optional, Tuple

from bot.reading import lexicon as lex

# "我就是女方", "女方就是我本人": the resident is the wife; "我是男方": the husband
SHE_IS_WOMAN = r"我(?:自己)?(?:就)?是女方|女方(?:就)?是我|我是女的|我是妻子|我就是老婆|我是(?:当|做)(?:妈|母亲)的|我是(?:孩子(?:的|他|她)?)?(?:妈妈|母亲)"
HE_IS_MAN = r"我(?:自己)?(?:就)?是男方|男方(?:就)?是我|我是男的|我是丈夫|我就是老公"
# a wife's age matters to family planning's services: there it is hers, not the applicant's
FAMILY_PLANNING = r"独生|计划生育|计生|特别扶助|失独|怀孕|备孕|要孩子|生孩子|二胎|再生|扶助"
# the resident asks for themself, or for the two of them
ASKS_FOR_ONESELF = r"我(?:自己|本人)?(?:能不能|能|可以|可不可以|还能|好|符合|够)|我们|我俩|我伲|阿拉两家头|两个人|我自己|我本人"
ADULT_OTHERS = (lex.SPOUSE, lex.WIFE, lex.HUSBAND, lex.PARENT, lex.OTHER)
CHILD_PREFIX = "child:"
# A mother and a father are two people: "我妈干不动了，我爸还行，是给我妈问" asks for the mother only
MOTHERS = ("我妈", "妈妈", "老妈", "母亲", "老母亲", "婆婆", "岳母", "丈母娘", "奶奶", "外婆", "我娘", "老娘", "姆妈", "老太太")
FATHERS = ("我爸", "爸爸", "老爸", "父亲", "老父亲", "公公", "岳父", "老丈人", "丈人", "爷爷", "外公", "我爹", "老爹", "阿爸", "老爷子")


# A woman or a man of the family other than a spouse ("替姑姑问": the aunt is the couple's woman)
_WOMAN_KIN = r"老太太|姑姑|姑妈|姑婆|阿姨|姨妈|小姨|婶婶|舅妈|我妈|妈妈|老妈|母亲|姆妈|老娘|奶奶|外婆|姐姐|妹妹|大姐|二姐|阿姐|阿妹|嫂子|嫂嫂|弟媳"
_MAN_KIN = r"舅舅|伯伯|叔叔|姑父|姨夫|小舅|舅公|我爸|爸爸|老爸|父亲|老爹|爷爷|外公|哥哥|弟弟|大哥|二哥|阿哥|阿弟|姐夫|妹夫|他"


# a child named, then that child's father ("女儿…她爸"): the one telling is the mother
_CHILDS_FATHER = r"(?:女儿|儿子|闺女|孩子|小孩|娃|囡|伢)[^。？?]{0,40}?(?<![老媳])(?:她|他|伊)(?:爸|爹|阿爸)"


def _gender(word: str) -> Optional[str]:
    return "f" if word in MOTHERS else "m" if word in FATHERS else None


class People:
    def __init__(self, lexicon: lex.Lexicon, applicant: Optional[str], minor: bool = False):
        self.words = lexicon.people
        self.applicant = applicant  # role of the person the screening is for; None = the resident
        # the applicant is a child of someone else ("替其外甥咨询…外甥12周岁"): "孩子" in an answer is them
        self.minor = minor
        self.last: Optional[str] = None  # the adult last named, for clauses without a person
        self.last_child: Optional[str] = None  # the child the clause before ended with
        self.subject_child: Optional[str] = None  # the child the clause before was about ("儿子归我")
        self.named: Optional[str] = None  # whoever was named last, for 他/她
        self.parent: Optional[str] = None  # "f"/"m": the one parent the applicant is, when the resident says
        self.resident_last = False  # the last clause that named someone named the resident ("我是当妈的")
        # the adult a clause was about who is not the applicant ("申请的是我妈…我爸也有病"): the clauses
        # after it that name no one go on about that adult ("但能自己照顾自己" is the father's)
        self.other_topic: Optional[str] = None
        # the last person named as someone's of a pronoun ("她爸"): 她 there is another than that person
        self.of_pronoun: Optional[str] = None

    def mentions(self, text: str) -> List[Tuple[int, int, str]]:
        """(start, end, role) of every person named; children keep the word that names them."""
        found: List[Tuple[int, int, str]] = sorted(
            (start, end, CHILD_PREFIX + text[start:end] if role == lex.CHILD else
             lex.OTHER if role == lex.PARENT and self.parent and _gender(text[start:end]) not in (None, self.parent) else role)
            for start, end, role in lex.longest_matches(self.words, text)
            if not (text[start:end] == "老公" and text[end:end + 1] == "房"))  # "老公房": old public housing, no husband
        for i in range(1, len(found)):  # "孩子自己": 自己 is the child, not the resident
            start, end, role = found[i]
            if role == lex.SELF and text[start:end] in ("自己", "自个儿", "本人") and found[i - 1][1] == start \
                    and found[i - 1][2] != lex.SELF:
                found[i] = (start, end, found[i - 1][2])
        taken = {i for start, end, _ in found for i in range(start, end)}
        for pronoun in lex.PRONOUNS:
            for m in re.finditer(pronoun, text):
                if not set(range(m.start(), m.end())) & taken:
                    singular = pronoun not in ("她们", "他们")
                    earlier = [role for start, end, role in found if start < m.start() and role != lex.SELF
                               and not (singular and text[start:end] in lex.PLURAL)]
                    if not earlier and self.named is not None and self.named == self.of_pronoun \
                            and text[m.end():m.end() + 2] in ("自己", "本人"):
                        # "她爸是一级，她自己是三级": 她自己 is whose father he is, not the father
                        found.append((m.start(), m.end(), "pronoun"))
                        continue
                    found.append((m.start(), m.end(), earlier[-1] if earlier else (self.named or "pronoun")))
        found.sort()
        for i in range(1, len(found)):  # "他还能自己拄拐走": 自己 is the one just named, not the resident
            start, end, role = found[i]
            prev_start, prev_end, prev_role = found[i - 1]
            if role == lex.SELF and text[start:end] in ("自己", "自个儿") and prev_role != lex.SELF \
                    and re.fullmatch(r"(?:还|也|都|就|能|会|可以|已经|不能|没法|倒|是)*", text[prev_end:start]):
                found[i] = (start, end, prev_role)
        return found

    def subject(self, text: str) -> Tuple[Optional[str], str]:
        """The person a clause starts with, and the clause without it ("我老伴有" -> spouse, "有";
        "我儿子有": 我 is only the possessive of 儿子)."""
        mentions = self.mentions(text)
        if not mentions or mentions[0][0] != 0:
            return None, text
        start, end, role = mentions[0]
        for s, e, r in mentions[1:]:
            if s == end and role == lex.SELF:
                end, role = e, r
        # "我们家不是", "我们老两口不是", "我们这户不是": the resident's household
        return role, re.sub(r"^(?:们家|们|小家|这个小家|家|老两口|两口子|俩|自己|本人|也|就|呢|啊|的话|这边|那边|这一?户|这一?家|自家)+", "", text[end:])

    def at(self, text: str, position: int, carry: bool = True) -> Optional[str]:
        """The person the words at ``position`` are about ("我跟我老婆都下岗了": the resident too)."""
        cleft = re.search(r"的(?:是|就是)(?:" + "|".join(w for w, _ in self.words) + ")", text[position:])
        if cleft:  # "有退休工资的是我老头子": said of the person after 的是
            named = [role for start, end, role in self.mentions(text[position + cleft.start():])]
            if named:
                return named[-1]
        owner = self.owner(text, position)
        if owner:  # "证是我儿子的": said of the person it belongs to
            return owner
        before = [role for start, end, role in self.mentions(text) if end <= position]
        together = [m for m in re.finditer(r"我(?:跟|和|与|同)[^，,。]{0,5}都|我们|咱们|我俩|两口子|咱俩", text[:position])
                    # "我们老太婆五十五": 我们 names whose she is, not the two of them
                    if not any(start == m.end() for start, _, _ in self.mentions(text))]
        if together and (
            not before or before[-1] in (lex.SELF, lex.SPOUSE, lex.WIFE, lex.HUSBAND)
        ):
            return lex.SELF
        if before:
            return before[-1]
        if self.resident_last:
            return None  # "我是当妈的，今年五十六岁": the resident, not the daughter named before
        return (self.last or self.named) if carry else None

    def owner(self, text: str, position: int) -> Optional[str]:
        """"证是我儿子的", "低保是我爸妈那边在吃": the person whose the thing named at ``position`` is."""
        words = "|".join(w for w, role in self.words if role != lex.SELF)
        m = re.match(rf"^[^，,。\s]{{1,4}}?(?:是|归)(?:我|我们)?(?:家)?(?:的)?({words})(?:的(?!是|话)|个(?=$|[，,。\s])|那边|那里|家|在|那一?户|一户)", text[position:])
        if not m:
            return None
        named = [role for start, end, role in self.mentions(text) if start <= position + m.start(1) < end]
        return named[0] if named and named[0] != lex.SELF else None

    def advance(self, text: str) -> None:
        """After a clause: the adult it named is the topic of a following clause without a person."""
        found = [(start, role) for start, _, role in self.mentions(text) if role != "pronoun"]
        roles = [role for _, role in found]
        self.last_child = None
        self.subject_child = None
        if found:
            first = self.subject(text)[0]
            if first and first.startswith(CHILD_PREFIX) and all(r in (first, lex.SELF) for r in roles):
                self.subject_child = first  # "儿子归我 现在他五岁": 他 is the son, the clause's subject
            self.other_topic = first if first in ADULT_OTHERS and self.applicant is not None \
                and not self.is_applicant(first) else None
        if roles:
            last = roles[-1]
            self.resident_last = last == lex.SELF and len(set(roles)) == 1
            self.last = last if last in ADULT_OTHERS else None
            # "七岁的是老大，已经在读二年级": the child a clause ends with, for the next without a person
            # (not a child denied: "没生过孩子，一分钱收入都没有")
            if last.startswith(CHILD_PREFIX) and not re.search(r"(?:没|无|未|不)[有生养要过了个]{0,3}$", text[:found[-1][0]]):
                self.last_child = last
            if last != lex.SELF:
                self.named = last
                start, end = [(s, e) for s, e, r in self.mentions(text) if r != "pronoun"][-1]
                self.of_pronoun = last if text[start] in "她他伊" and end - start > 1 else None
            if re.match(r"\s*(?:我|俺|阿拉)(?:跟|和|与|同)[^，,。\s]{1,5}?(?:都|也都|全都)", text) \
                    and all(r in (lex.SELF, lex.SPOUSE, lex.WIFE, lex.HUSBAND) for r in roles):
                # "我跟老婆都下岗在家 …也都没有残疾证": the two of them, the resident too, go on being the subject
                self.resident_last, self.last = True, None

    def beneficiary(self, text: str) -> Optional[str]:
        """"单位给我老公交的", "帮她儿子办的": the person something was done for (named after 给 / 帮 / 替), or None."""
        return next((r for start, _, r in self.mentions(text) if r not in (lex.SELF, "pronoun")
                     and re.search(r"(?:给|帮|替)(?:我|我们|我家)?$", text[:start])), None)

    def is_applicant(self, role: Optional[str]) -> bool:
        if role is None or role == "pronoun":
            return True
        if role == lex.SELF:
            return self.applicant in (None, lex.SELF)
        if role.startswith(CHILD_PREFIX):
            return self.applicant == lex.CHILD or (self.minor and self.applicant == lex.OTHER)
        if role in (lex.WIFE, lex.HUSBAND, lex.SPOUSE) and self.applicant == lex.SPOUSE:
            return True
        return role == self.applicant

    def _story_of_another(self, text: str, role: str) -> bool:
        """The message opens on someone else of the family, a sibling or a child ("我哥精神分裂二十年了…我爸妈
        七十多了 这个钱拿不出来"): the story is theirs, not ``role``'s."""
        first = self.mentions(text)[:1]
        return bool(first) and first[0][0] <= 1 and first[0][2] != role \
            and (first[0][2] == lex.OTHER or first[0][2].startswith(CHILD_PREFIX))

    def adopt(self, role: str, answering: bool) -> bool:
        """The resident gave nothing about themself, but an applicant's fact about
        ``role`` while answering the applicant's question: ``role`` is the applicant."""
        wanted = lex.SPOUSE if role in (lex.WIFE, lex.HUSBAND) else role
        if self.applicant in (None, wanted) and answering:
            self.applicant = wanted
            return True
        return False

    def detect_applicant(self, text: str) -> None:
        """"帮我妈问问", "是我老婆申请", "我爸七十了能领吗": whom the resident asks for."""
        if re.search(r"(?:(?:问|申请|办|咨询)的(?:人)?|申请人|申请对象|办理人)(?:就|其实)?是我(?:自己|本人)?(?=$|[，,。！!？?\s]|啊|呀|哦|呢)"
                     # "申请人是我们这房", "申请的是我们这户": the resident's own household
                     r"|(?:(?:问|申请|办|咨询)的(?:人)?|申请人|申请对象)(?:就|其实)?是我们(?:自己)?(?:这房|这一房|这户|这一户|这家|家)(?=$|[，,。！!？?\s])"
                     r"|(?:是|就是)我(?:自己|本人)(?:要)?(?:问|申请|办)", text):
            self.applicant = lex.SELF  # "单位给我老公交的 我一直在家 问的是我": the resident, not the one named
            return
        for role, words in ((lex.PARENT, lex.PEOPLE[lex.PARENT]), (lex.CHILD, lex.PEOPLE[lex.CHILD][:14] + ("孙子", "孙女", "外孙", "外孙女")),
                            (lex.SPOUSE, lex.PEOPLE[lex.SPOUSE] + lex.PEOPLE[lex.WIFE] + lex.PEOPLE[lex.HUSBAND]),
                            (lex.OTHER, tuple(w for w in lex.PEOPLE[lex.OTHER] if w not in ("娘家", "婆家")))):
            alternatives = "|".join(sorted(words, key=len, reverse=True))
            m = re.search(rf"(?:帮|替|给|为)(?:我|我们|其)?(?:家)?(?:{alternatives})(?:问|申请|办|咨询|打听)"
                         rf"|是(?:我)?(?:{alternatives})(?:要)?申请|(?:{alternatives})(?:要|想)?申请|申请的是(?:我)?(?:家)?(?:{alternatives})"
                         rf"|(?:咨询|问)(?:一下)?[，,]?(?:就是)?(?:说)?(?:我)?(?:{alternatives})(?:的事|的情况)?[，,]"
                         rf"|(?:问|申请|办|咨询)的是(?:我|我们)?(?:家)?(?:{alternatives})"  # "问的是我爸"
                         rf"|(?:^|[，,。\s])(?:是|就是)?(?:问|说|讲)(?:我|我们)?(?:家)?(?:{alternatives})的(?:事|情况)?(?=$|[，,。！!\s])"  # "问女儿的"
                         rf"|(?:^|[，,。\s])(?:我)?(?:是|就是|只|就)?问(?:我|我们)?(?:家)?(?:{alternatives})(?:的事|的情况)?(?=$|[，,。！!？?\s])"  # "…问女儿", "问我妈"
                         # hotline "证是她问的那个儿子的", "我问的那个孩子": the one asked about, named
                         rf"|(?:她|他|我|来电人)(?:要)?(?:问|咨询|申请)的(?:就是)?(?:那个|这个|那位)(?:{alternatives})"
                         rf"|(?:申请人|申请对象|办理人)(?:是|为)(?:我|我们)?(?:家)?(?:的)?(?:{alternatives})"  # "申请人是我外婆"
                         rf"|询问(?:其|我|我的)?(?:{alternatives})(?:能否|能不能|是否|可否|可不可以|能)"  # hotline: "询问其丈夫能否…"
                         rf"|(?:这次|这回|现在|今天)(?:是)?(?:问|咨询|申请)(?:的是)?(?:我|我们)?(?:家)?(?:{alternatives})"  # "这次问我妈"
                         rf"|(?:{alternatives})(?:叫|让|喊|要|托)我(?:来|帮(?:她|他)|替(?:她|他))?(?:问|打听|咨询)"  # "我老太婆叫我来问问"
                         # "…阿拉老太婆好勿好拿", "我老婆能不能领": the one named, then whether they can have it, the question
                         rf"|(?:{alternatives})(?:这种|这样|这个样子|这情况|这种情况)?(?:好不好|能不能|能否|可不可以|可以不可以|有没有资格)"
                         rf"(?:拿|领|申请|办|享受)(?:吗|呢|哦|伐|啊|呀)?[？?]?\s*$"
                         # "她想给儿子先把养老的那个保险交起来": the insurance paid for them is theirs
                         rf"|(?:帮|替|给)(?:我|其|她|他)?(?:家)?(?:{alternatives})(?:先|也|就)?(?:把)?[^，,。？?\s]{{0,12}}?"
                         rf"(?:保险|养老|医保|社保)[^，,。？?\s]{{0,6}}?(?:交|缴|参保|投保)", text)
            if m:
                self.applicant = role
                if role == lex.PARENT:
                    genders = {_gender(w) for w in re.findall("|".join(sorted(MOTHERS + FATHERS, key=len, reverse=True)), m.group(0))}
                    self.parent = genders.pop() if len(genders) == 1 else None
                return
        # "这孩子这种情况政府能不能把他养起来": the case between the child and the question
        if re.search(r"(?:这个|这)(?:孩子|小孩|男孩子?|女孩子?)(?:这种情况|这样的?情况|的情况|现在)?(?:政府|国家)?"
                     r"(?:能不能|能|可以|可不可以|好|还能|符合|够)", text):
            self.applicant = lex.CHILD  # "这个孩子能申请特困供养吗"
            return
        pronoun = re.search(r"(?:帮|替|给)(?:他|她)(?:问|申请|办|交|缴|参保|报名)|(?:问|申请|办|咨询)的(?:就)?是(?:他|她)"
                            # "我在国企交着职工养老 我老婆没交过 问她": the one asked about, named last
                            r"|(?:^|[，,。\s])(?:我)?(?:是|就是)?(?:问|咨询|打听)(?:一下)?(?:他|她)(?:的)?(?:情况|的事)?[。？?]?\s*$"
                            r"|(?:他|她|他们|她们|伊)(?:现在)?(?:能不能|能|可以|可不可以|好|还能|符合|够)"
                            # "他失业保险金能领吗": the service named between him and the question
                            r"|(?<![说让叫给])(?:他|她|伊)(?:的|现在)?[^，,。.？?!！我你]{2,10}?(?:能不能|能|可以|可不可以|好|还能)"
                            r"(?:申请|领|拿|办|享受|参加)", text)
        if pronoun:
            # "我弟弟是智力残疾…他跟我妈两个人是低保户，他能领吗": not someone named as company (跟我妈)
            named = [(start, role) for start, _, role in self.mentions(text[:pronoun.start()])
                     if role not in ("pronoun", lex.SELF) and not re.search(r"(?:跟|和|与|同|带|陪|给)着?(?:我|我们)?$", text[:start])]
            # the person a clause starts with is its topic ("我外甥今年十二岁…外公外婆都七十多了，他能申请吗")
            topics = [role for start, role in named
                      if re.search(r"(?:^|[，,。.!！？?\s])(?:我|我家|我们家|俺|我的)?$", text[:start])]
            if named:
                role = topics[0] if topics else named[-1][1]
                self.applicant = (lex.SPOUSE if role in (lex.WIFE, lex.HUSBAND)
                                  else lex.CHILD if role.startswith(CHILD_PREFIX) else role)
                return
        if re.match(r"^\s*来电(?:人|者)", text):
            # hotline "来电人称 她哥哥眼睛从小看不见…": the caller reports on the one person of hers named
            reported = [(start, word_end, role) for start, word_end, role in self.mentions(text) if role not in ("pronoun", lex.SELF)]
            if reported and len({role for _, _, role in reported}) == 1 and (
                    re.search(r"(?:她|他)(?:的|家的|家)?$", text[:reported[0][0]]) or text[reported[0][0]] in "她他"):
                role = reported[0][2]
                self.applicant = (lex.SPOUSE if role in (lex.WIFE, lex.HUSBAND)
                                  else lex.CHILD if role.startswith(CHILD_PREFIX) else role)
                return
        parents = "|".join(sorted(lex.PEOPLE[lex.PARENT], key=len, reverse=True))
        asks_parent = re.search(rf"(?:{parents})([^。.？?]{{0,30}})(?:能不能|能领|能申请|能办|可不可以|符合|够条件|有没有资格)", text)
        if asks_parent and not re.search(r"我们|我家|我伲|咱家", asks_parent.group(1)) \
                and not re.search(r"我(?:能不能|能领|能申请|可以|符合)", text) \
                and not any(role == lex.OTHER or role.startswith(CHILD_PREFIX) for _, _, role in self.mentions(text[:asks_parent.start()])):
            # ("我哥精神分裂二十年了…我爸妈七十多了 这个钱拿不出来…政府能不能再兜一点": the story is the brother's)
            self.applicant = lex.PARENT

    def _answers_about(self, role: Optional[str], asked: Optional[str], text: str) -> bool:
        """"我婆婆，七十九了，早就干不动了" to "申请人有劳动能力吗": the answer starts with the
        person it is about, an adult of the family — the applicant the question means."""
        if asked is None or asked in ("child_age", "woman_age") or role not in ADULT_OTHERS:
            return False
        found = self.mentions(text)
        starts = {start for start, _, _ in found}
        if any(r == lex.SELF and end not in starts for _, end, r in found):
            return False  # "我老伴七十九了，我还能干": the resident speaks of themself too
        first = re.split(r"[，,。\s]", re.sub(r"^(?:要的|是的|是|对|有的|有|没有|不是|嗯)+[，,\s]*", "", text), maxsplit=1)[0]
        return self.subject(first)[0] == role

    def age_facts(self, ages: List[Tuple[Optional[str], Any]], asked: Optional[str], text: str,
                  known: Optional[Mapping[str, Any]] = None, relevant=()) -> List[Tuple[str, Optional[str], Any]]:
        """Which fact each age said is: a child's, the wife's, the applicant's.

        ``ages`` are (role, number) in message order; the result is (fact, role,
        number). An adult other than the resident gives the applicant's age when
        the resident asks for them, or answers "申请人多大年纪？" with it and
        gives no age of their own.
        """
        found: List[Tuple[str, Optional[str], Any]] = []
        own = [n for role, n in ages if role in (None, "pronoun", lex.SELF)]
        # "我老公…": the resident is the wife (not "我是男方")
        woman = bool(re.search("|".join(lex.PEOPLE[lex.HUSBAND]), re.sub(HE_IS_MAN, "", text)))
        # "我们就一个女儿…她爸开车送她…我今年四十八": the child's father named as hers, the resident is the mother
        woman = woman or bool(re.search(_CHILDS_FATHER, text) and not re.search(r"孙|外甥|侄", text))
        for role, n in ages:
            if (role == lex.HUSBAND and re.search(HE_IS_MAN, text)) or (role == lex.WIFE and re.search(SHE_IS_WOMAN, text)):
                role = lex.SELF  # "我是男方，六十": the man named is the resident
            if role in (lex.OTHER, lex.PARENT) and asked == "woman_age" and re.search(r"(?:她|他|伊)(?:妈|娘|姆妈)", text) \
                    and not any(r == lex.WIFE for r, _ in ages):
                role = lex.WIFE  # "她妈妈是八〇年生的 今年四十六" asked the wife's age: the child's mother, the wife
            if role in (lex.OTHER, lex.PARENT) and asked == "woman_age" and len(ages) == 1 and re.search(_WOMAN_KIN, text) \
                    and not re.search(_MAN_KIN, text):
                role = lex.WIFE  # "姑姑今年五十五" asked the woman's age, for an aunt: the one woman named is she
            if role == lex.OTHER and (asked == "child_age" and n.high < 18 or asked is None and n.high < 16 and self.applicant != lex.OTHER) and not any(
                    r and r.startswith(CHILD_PREFIX) for r, _ in ages):
                # "侄女八岁，我帮她问": the child asked about is a relative's; "外甥女五岁，现在跟着我": a child
                role = CHILD_PREFIX + "other"
            if role is not None and role.startswith(CHILD_PREFIX) and asked == "age" and len(ages) == 1 and not own \
                    and self.applicant in (None, lex.CHILD):
                # "那孩子十四五岁 个子还没灶台高" answering the applicant's age: the one age said, of the child
                # asked about, is the applicant's
                found.append(("age", role, n))
                continue
            if role is not None and role.startswith(CHILD_PREFIX):
                found.append(("child_age", role, n))
                if self.applicant is None and n.low >= 18 and not own and asked not in ("child_age", "woman_age") \
                        and sum(1 for r, _ in ages if r and r.startswith(CHILD_PREFIX)) == 1 \
                        and not re.search(r"我(?:自己|本人)?(?:能不能|能|可以|可不可以|还能|好)", text):
                    # "阿拉伲子今年五十岁…农保好交伐": a grown child asked about is the applicant (a
                    # refusal resting on this age is confirmed first: its confidence is below SURE)
                    self.applicant = lex.CHILD
                if self.applicant == lex.CHILD and asked != "child_age":
                    # "我儿子十五岁…他能交吗": the applicant's age ("大儿子十岁 小女儿三岁 问小女儿的" asked
                    # the child's age: that answer, no other fact)
                    found.append(("age", role, n))
            elif role == lex.WIFE or (role == lex.SPOUSE and not woman and (
                asked == "woman_age" or "woman_age" in relevant or re.search(r"独生|计划生育|计生|特别扶助|失独|怀孕|备孕|要孩子|生孩子|二胎", text)
            )):  # "我爱人今年四十八岁" said of a wife where her age matters
                found.append(("woman_age", role, n))
                if re.search(SHE_IS_WOMAN, text) or (role == lex.WIFE and self.applicant == lex.SPOUSE):
                    # "我就是女方，五十岁": her age is the applicant's; "老太婆是六六年三月生的" asking for her
                    found.append(("age", role, n))
                elif role == lex.WIFE and not own and asked is None and "woman_age" not in relevant \
                        and not re.search(FAMILY_PLANNING, text) and not re.search(ASKS_FOR_ONESELF, text) \
                        and self.adopt(role, True):
                    # "阿拉老太婆是六六年十二月十号生个…那个养老钱好领了伐" opening a conversation: the only one
                    # whose age is told, and the resident asks nothing for themself: she is the one asked about
                    # (answering "申请人多大年纪" with her birth is not: the resident may be the applicant)
                    found.append(("age", role, n))
            elif role in (None, "pronoun"):
                about_child = asked not in ("age", "woman_age") and (known or {}).get("child_age") is not None and \
                    (known or {}).get("age") is None and n.high < 16  # "他上个月刚满三岁": the child talked about
                # ("2020年3月生的" told after the card of 义务教育入学, whose conditions ask a child's age and no one else's: the
                # child's — found talking to make run as a hurried parent, session 28)
                about_child = about_child or asked is None and "child_age" in relevant and "age" not in relevant \
                    and "woman_age" not in relevant and n.high < 16
                he = asked == "woman_age" and re.search(HE_IS_MAN, text)  # "我是男方，六十": his age
                found.append(("age" if he else asked if asked in ("age", "child_age", "woman_age") else
                              "child_age" if about_child else "age", role, n))
                if asked == "woman_age" and re.search(SHE_IS_WOMAN, text):
                    found.append(("age", role, n))  # "我就是女方，五十周岁": her age too
                elif asked is None and "woman_age" in relevant and re.search(SHE_IS_WOMAN, text):
                    found.append(("woman_age", role, n))  # "我是当妈的，今年五十六岁" where her age matters
            elif role == lex.SELF:
                if self.applicant in (None, lex.SELF):
                    found.append(("age", role, n))
                if woman or ((asked == "woman_age" or "woman_age" in relevant) and re.search(SHE_IS_WOMAN, text)):
                    found.append(("woman_age", role, n))
                elif asked == "woman_age" and not re.search(HE_IS_MAN, text) and not re.search(
                        r"老婆|媳妇|妻子|爱人|老伴|女方|她|伊", text):
                    # "我是七七年五月生的，今年四十九了" asked the woman's age: the one answering is she
                    found.append(("woman_age", role, n))
            elif self.is_applicant(role) or (not own and self.adopt(role, asked == "age" or asked is None and not self._story_of_another(text, role)
                                                                    or self._answers_about(role, asked, text))):
                found.append(("age", role, n))
                if role in (lex.OTHER, lex.PARENT) and asked is None and "woman_age" in relevant \
                        and sum(1 for r, _ in ages if not (r and r.startswith(CHILD_PREFIX))) == 1 \
                        and re.search(_WOMAN_KIN, text) and not re.search(_MAN_KIN, text):
                    # "她替她阿姨问 她阿姨今年四十八" where a woman's age matters: the one woman named, asked for, is she
                    found.append(("woman_age", role, n))
        return found
