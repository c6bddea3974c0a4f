"""What the reader looks for, built once per catalogue: the words of every
fact (facts.yml ``says``), places, people.

The words are data in the catalogue, not code: an official who hears
residents say "五保户" for 特困供养 adds it to the fact's ``says`` and the
assistant understands it after the next build.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, List, Tuple

from knowledge_base.types import BOOLEAN, CHOICE, OUTSIDE_HUZHOU, Catalogue, town_words

# People a resident talks about. Longest words win ("我妈" is a parent, not 我).
SELF, SPOUSE, WIFE, HUSBAND, CHILD, PARENT, OTHER = "self", "spouse", "wife", "husband", "child", "parent", "other"
PEOPLE = {
    SELF: ("我自个儿", "我自个", "自个儿", "我自己", "本人", "自己", "我", "俺", "阿拉", "吾"),
    WIFE: ("老婆", "妻子", "媳妇", "太太", "孩子他妈", "孩子妈", "孩子她妈", "女方", "老太婆", "老婆子", "嫂子", "嫂嫂",
           # "伲子个娘五十八" (儿子的娘): the children's mother, the wife
           "孩子的妈", "孩他妈", "娃他妈", "儿子他妈", "儿子的妈", "儿子的娘", "儿子个娘", "孩子的娘", "孩子个娘", "女儿她妈", "女儿的妈", "女儿的娘", "女儿个娘"),
    HUSBAND: ("老公", "丈夫", "孩子他爸", "孩子爸", "男方", "男人", "老头子", "老头", "孩子的爸", "孩他爸", "娃他爸", "儿子他爸", "儿子的爸",
              "儿子个爷", "女儿她爸", "女儿的爸"),
    SPOUSE: ("老伴儿", "老伴", "爱人", "对象", "另一半", "家属"),
    CHILD: ("大儿子", "小儿子", "大女儿", "小女儿", "二儿子", "二女儿", "儿子", "女儿", "闺女", "孩子", "小孩", "小孩子",
            "娃娃", "娃", "宝宝", "小囡", "囡囡", "小朋友", "孙子", "孙女", "外孙女", "外孙", "老大", "老二", "老三",
            "大的", "小的", "最大的", "最小的", "大宝", "二宝", "双胞胎", "独生女", "独生子", "独女", "独子", "小人", "小鬼", "囡儿", "囡",
            "小家伙", "小丫头", "丫头", "小宝", "小毛头", "毛头", "小子", "小姑娘", "小女孩", "小男孩", "小伢儿", "伢儿", "伢子", "伢", "幺儿", "幺妹"),
    PARENT: ("我妈", "我爸", "妈妈", "爸爸", "老妈", "老爸", "母亲", "父亲", "老母亲", "老父亲", "婆婆", "公公", "岳母",
             "岳父", "丈母娘", "老丈人", "丈人", "奶奶", "爷爷", "外婆", "外公", "老人家", "老人", "家里老人", "我娘", "我爹",
             "老娘", "老爹", "姆妈", "阿爸", "老太太", "老爷子", "我爸妈", "我父母", "爸妈", "父母", "爹妈", "爹娘", "公婆", "岳父母"),
    # "她爸", "他妈": the parent of someone just named (a child's other parent, a spouse's parent), never that one
    OTHER: ("她爸", "她妈", "他爸", "他妈", "他哥", "她哥", "他姐", "她姐", "他弟", "她弟", "他妹", "她妹", "她爹", "他爹", "她娘", "他娘", "我弟", "我哥", "我姐", "我妹", "老弟", "娘家", "婆家", "儿媳", "儿媳妇", "女婿", "哥哥", "姐姐", "弟弟", "妹妹", "邻居", "亲戚", "朋友", "舅舅", "伯伯", "叔叔",
            "阿姨", "姑姑", "姨妈", "舅妈", "婶婶", "侄子", "侄女", "外甥", "外甥女", "哥嫂", "大伯", "表哥", "表姐",
            "表弟", "表妹", "堂哥", "堂姐", "堂弟", "堂妹", "姑妈", "姑父", "姨夫", "小姨", "小舅", "舅公", "姑婆",
            "弟媳", "妹夫", "姐夫", "小叔子", "小叔", "大伯子", "小姑子", "大姑子", "妯娌", "连襟", "大哥", "二哥", "大姐", "二姐", "阿哥", "阿姐", "阿弟", "阿妹", "同事", "工友", "老乡"),
}
# Words that name two or more people: 他/她 does not point back to them ("爸妈都去世了，他能申请吗": 他 is not 爸妈).
PLURAL = ("我爸妈", "我父母", "爸妈", "父母", "爹妈", "爹娘", "公婆", "岳父母", "双胞胎", "哥嫂", "他们", "她们")
PRONOUNS = ("她们", "他们", "她", "他", "伊")  # someone named before (伊: Wu for he/she)
# Places outside Huzhou residents name as their 户籍 ("老家河南的").
OUTSIDE_WORDS = (
    "外地", "外省", "外市", "省外", "市外", "河南", "安徽", "四川", "贵州", "江西", "湖北", "湖南", "江苏", "山东", "云南", "广西",
    "甘肃", "重庆", "陕西", "山西", "河北", "福建", "广东", "东北", "黑龙江", "吉林", "辽宁", "内蒙", "新疆", "西藏",
    "青海", "宁夏", "海南", "上海", "北京", "天津", "杭州", "嘉兴", "绍兴", "宁波", "温州", "金华", "衢州", "台州", "丽水", "舟山",
    "苏州", "无锡", "宜兴", "南京",
    # the cities most of Huzhou's workers come from, named without their province ("户口都还在铜仁松桃")
    "铜仁", "毕节", "遵义", "六盘水", "黔东南", "周口", "信阳", "驻马店", "商丘", "阜阳", "亳州", "宿州", "安庆", "蚌埠",
    "淮南", "滁州", "宣城", "邵阳", "怀化", "永州", "衡阳", "娄底", "广元", "达州", "南充", "巴中", "宜宾", "绵阳", "昭通",
    "曲靖", "上饶", "赣州", "九江", "抚州", "宜春", "恩施", "黄冈", "孝感", "十堰", "临沂", "菏泽", "徐州", "盐城",
)


GAP = "…"  # in a phrase: up to six characters of the same clause ("孩子…没了")
ONE_WAY = "~"  # before a phrase: negated, it says nothing ("~倒闭": "厂没倒闭" is no resignation)


@dataclass(frozen=True)
class Phrase:
    text: str
    fact: str
    value: Any  # True/False for yes/no facts (the value the phrase asserts), the option for a choice
    negative: bool  # a yes/no phrase that denies ("干不动"): negated, it affirms
    if_asked: bool = False  # read only as the answer to this fact's question
    pattern: Any = None  # compiled regex
    one_way: bool = False  # "~合同到期": asserts the fact, but its negation says nothing ("合同没到期")

    @property
    def length(self) -> int:
        return len(self.text.replace(GAP, ""))


# Words that mean the same to every fact, in one form on both sides (the message
# and the catalogue's phrases): Wu 铜钿/钞票 are 钱, 事体 is 事情, and "出啥事" is 出事.
_CANON = (
    (re.compile(r"一(?:个|只|张)?(?:铜钿|铜板|钞票|子儿|毛钱|角子|分洋钿|洋钿)|一角(?:钱|洋)?(?=也|都)"), "一分钱"),  # Wu 角子: a coin; "一角也呒没": not a dime
    (re.compile(r"铜钿|铜板|钞票"), "钱"),
    (re.compile(r"事体"), "事情"),
    (re.compile(r"失业险"), "失业保险"), (re.compile(r"养老险"), "养老保险"), (re.compile(r"租钿"), "租金"),
    (re.compile(r"屋里(?!人)"), "家里"),
    (re.compile(r"(出|有)(?:啥|什么)(事情|事)"), r"\1\2"),
    (re.compile(r"(?<=线|准)(?:的)?底下"), "下面"),  # "在那条线底下": below the line
    (re.compile(r"(?<=家里)条件(?:很|蛮|挺|比较|特别|非常|太|真|实在)?(?:困难|艰难)"), "经济困难"),  # "家里条件很困难"
    (re.compile(r"瓦(?:片)?(?:掉|落|碎|飞|吹)(?:落|掉|走|飞)?"), "瓦片掉"),  # "屋顶的瓦掉了一半", "瓦碎了几块": tiles fell
    (re.compile(r"(?:能|可以)塞(?:进|得进)(?:去)?(手|拳头)"), r"塞得进\1"),  # "墙裂得能塞进手"
)


def longest_matches(words, text: str):
    """(start, end, value) of each word of ``words`` ((word, value) pairs, longest first) found in
    ``text``, a shorter word never inside a longer one already found; in the order of ``words``."""
    taken: set = set()
    for word, value in words:
        if word not in text:  # a plain test first: no pattern compiled for a word that is not there
            continue
        for m in re.finditer(re.escape(word), text):
            span = set(range(m.start(), m.end()))
            if span & taken:
                continue
            taken |= span
            yield m.start(), m.end(), value


def canonical(text: str) -> str:
    for pattern, replacement in _CANON:
        text = pattern.sub(replacement, text)
    return text


def _phrase(text: str, fact: str, value: Any, negative: bool, if_asked: bool = False) -> Phrase:
    one_way = text.startswith(ONE_WAY)
    text = canonical(text.lstrip(ONE_WAY))
    parts = [re.escape(p) for p in text.split(GAP)]
    pattern = re.compile(r"([^，,。.;；！!？?]{0,6}?)".join(parts))  # each gap is a group
    return Phrase(text, fact, value, negative, if_asked, pattern, one_way)


@dataclass(frozen=True)
class Lexicon:
    phrases: Tuple[Phrase, ...]  # longest first
    places: Tuple[Tuple[str, str], ...]  # (word, district/county name or 外地), longest first
    people: Tuple[Tuple[str, str], ...]  # (word, role), longest first
    facts: Catalogue
    services: Tuple[str, ...] = ()  # service names and aliases, longest first


def _phrases(catalogue: Catalogue) -> List[Phrase]:
    found: List[Phrase] = []
    for fact in catalogue.facts.values():
        if fact.type == BOOLEAN:
            for asked in (False, True):
                found += [_phrase(w, fact.key, True, False, asked) for w in fact.yes_words(asked)]
                found += [_phrase(w, fact.key, False, True, asked) for w in fact.no_words(asked)]
        elif fact.type == CHOICE:
            for option, words in fact.option_words().items():
                # "都不是" answers only the question asked ("都不是" to one question is not "都不是" to another)
                none = option.startswith("都不") or option == "无"  # (the words for 其他 name something: "家庭主妇")
                # an option's own short name ("退休", "失业") is part of longer words
                # ("退休工资", "失业金"): it is read only where a word ends ("我在家务农")
                found += [_phrase(w, fact.key, option, False, none) for w in words
                          if len(w) >= 2 and (w != option or len(w) >= 4)]
                if len(option) < 4:
                    found.append(Phrase(option, fact.key, option, False, none or option == "其他",
                                        re.compile(rf"{re.escape(option)}(?=$|了|的|啦|呢|吧|在家|[，。,.!！])")))
    return sorted(found, key=lambda p: -p.length)


def _places(catalogue: Catalogue) -> List[Tuple[str, str]]:
    words: Dict[str, str] = {}
    for place in catalogue.places:
        if place.kind == "zone":
            continue
        for word in (place.name, *place.aliases):
            words[word] = place.name
        for town in place.towns:
            words[town] = place.name
            for short in town_words(town)[1:]:
                words.setdefault(short, place.name)
    for word in OUTSIDE_WORDS:
        words.setdefault(word, OUTSIDE_HUZHOU)
    return sorted(words.items(), key=lambda kv: -len(kv[0]))


def _people() -> List[Tuple[str, str]]:
    return sorted(((w, role) for role, words in PEOPLE.items() for w in words), key=lambda kv: -len(kv[0]))


_BUILT: Dict[int, Lexicon] = {}


def lexicon(catalogue: Catalogue) -> Lexicon:
    """The lexicon of a catalogue, built once (a catalogue is immutable; a
    rebuilt knowledge base is a new catalogue object and gets its own)."""
    built = _BUILT.get(id(catalogue))
    if built is None or built.facts is not catalogue:
        if len(_BUILT) > 4:
            _BUILT.clear()
        names = {w for s in catalogue.services for w in (s.name, *s.aliases) if len(w) >= 2}
        built = _BUILT[id(catalogue)] = Lexicon(tuple(_phrases(catalogue)), tuple(_places(catalogue)),
                                                tuple(_people()), catalogue, tuple(sorted(names, key=len, reverse=True)))
    return built
