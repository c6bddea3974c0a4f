"""Chinese text helpers shared by the NLU pipeline and the actions.

normalize() runs before everything else: traditional to simplified characters,
full-width to half-width forms, no emoji, one space between words, bounded
length. parse_number() reads the numbers residents write: 70, 七十, 七十五,
一百零二, 两千, 3.5, 十来.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Mapping, Optional, Tuple

MAX_MESSAGE_CHARS = 500  # longer messages are cut; channels reject far longer ones first

_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
           "九": 9, "玖": 9}
_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000, "萬": 10000}
CHINESE_NUMBER = r"[零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬]+"
NUMBER = rf"(?:\d+(?:\.\d+)?|{CHINESE_NUMBER})"

_SPACES = re.compile(r"\s+")
# What hotline transcripts and spoken messages carry besides the question.
# 喂 is "hello", not the verb of feeding ("要人喂饭", "一口口喂")
_FILLERS = re.compile(
    r"(?:喂+(?<![一口]喂)(?![饭药奶水他她孩吃养])|嗯+|呃+|哎+|唉+|啊(?=[,，.。!！?？ …]))[,，.。!！ …]*"
    # 额 is a filler only on its own ("额，我想问下"), never in 金额 or 名额
    r"|(?:^|(?<=[,，.。!！?？ …]))额+(?=[,，.。!！?？ …]|$)[,，.。!！ …]*"
    r"|(?:^|(?<=[,，.。!！?？ ]))那个+[,，.。…… ]*|那个+(?=[,，.。…… ]|$)|就是说[,，.。…… ]*|然后呢?[,，…… ]+|听得[到见]吗[?？]?[,，]*"
    r"|^(?:你好|您好)(?:[,，!！ ]+|(?=那个|我|请问|想))|(?:\.{2,}|…+)"
)


# "阿拉两家头哪里拿得出", "哪里还有钱看病": 哪里 of a plea (how could one afford it), not a question of where
RHETORICAL_WHERE = re.compile(
    r"哪(?:里|儿)(?=(?:还|再)?(?:拿|付|出|交|凑|吃|顾|忙|负担|承担|撑|熬|养|供|看)得(?:出|起|消|过来|住|下去|了))"
    r"|哪(?:里|儿)(?=(?:还|再)?有(?:钱|铜钿|钞票|闲钱|这么多钱|那么多钱))"
    # "有没有哪里能帮着贴一点房租", "还有呒没哪里好再补一眼": whether any help is there, not where to go
    r"|(?:(?<=有没有)|(?<=有呒没)|(?<=有冇)|(?<=有没))哪(?:里|儿)(?=(?:能|可以|会|肯|好)?(?:再|帮着|帮忙|给)?(?:帮|补|贴|救|资助)(?!办|卡|证))"
    # "有啥地方好帮阿拉一把", "有没有什么地方能补一点": the same, in other words for a place
    r"|(?:(?<=有)|(?<=有没有)|(?<=有呒没))(?:啥|什么|啥个)地方(?=(?:能|可以|会|肯|好)?(?:再|帮着|帮忙|给)?(?:帮|补|贴|救|资助)(?!办|卡|证))")


# "一年打一趟电话", "弟媳改嫁到外省 电话换了": a phone call told, not the office's number asked
PHONE_CALL_TOLD = re.compile(
    r"(?:打|接|回|挂)(?:了|过|到)?(?:一|个|几|两|三|一个)?(?:趟|次|回|通|个)?电话"
    r"|电话(?=换|也|都|打不通|不通|没人接|关机|停机|号码换|联系不上|里|上|费|卡)"
)


# "儿子跟前妻走了 现在在哪 有没有能力 谁都说不清": where someone is, told as not known — no question of where to go
WHERE_NOT_KNOWN = re.compile(
    r"(?:在哪(?:里|儿)?|去(?:了)?哪(?:里|儿)?|哪(?:里|儿)去了)(?![里儿申办报交问领登看查打找弄开去])(?=[^。？?]{0,16}(?:说不清|讲不清|不知道|不晓得|勿晓得|搞不清|弄不清|没人知道|没人晓得|谁也不知道|联系不上|找不到))"
    # "伲子后来一跑 到现在勿晓得人勒哪里": the same, told with the not-knowing first (session 28)
    r"|(?:说不清|讲不清|不知道|不晓得|勿晓得|搞不清|弄不清|没人知道|没人晓得|谁也不知道)[^，,。？?\s]{0,4}?(?:人|他|她|伊|儿子|伲子|女儿|囡|老公|老婆)"
    r"(?:在|勒|辣|跑到|跑去|去了|到了|躲到|躲在|藏在)哪(?:里|儿)(?:去了|了)?(?![申办报交问领登看查打找弄开去])(?=$|[，,。\s])"
)


def without_rhetorical_where(text: str) -> str:
    """The text with each rhetorical 哪里, each phone call told and each whereabouts told as unknown blanked (same
    length, so positions hold)."""
    for pattern in (RHETORICAL_WHERE, PHONE_CALL_TOLD, WHERE_NOT_KNOWN):
        text = pattern.sub(lambda m: "　" * len(m.group(0)), text)
    return text


class WhereQuestion:
    """A where-pattern that does not take a plea's 哪里 ("哪里拿得出") for a question of where."""

    def __init__(self, pattern: str):
        self.pattern = re.compile(pattern)

    def search(self, text: str):
        return self.pattern.search(without_rhetorical_where(text))


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional characters as simplified ones, position for position ("孫女四歲了 在泗安讀小班" →
    "孙女四岁了 在泗安读小班"): where the conversion would change the length (a phrase mapped to
    another), the text as it is, so that positions found in one stand in the other."""
    if not text:
        return text or ""
    converted = _converter().convert(text)
    return converted if len(converted) == len(text) else text


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    if unicodedata.category(ch) in ("So", "Cs", "Co", "Cn"):
        return True
    return 0xFE00 <= cp <= 0xFE0F or cp == 0x200D or 0x1F3FB <= cp <= 0x1F3FF


# English words residents mix in for common services, and Wu words the classifier
# would not know, in the Chinese the catalogue uses. Words the fact reader already
# reads in their Wu form (侬, 阿拉, 哪能 …) are left to it (bot/reading/reader.py).
_ENGLISH = {
    "kindergarten": "幼儿园", "nursery": "幼儿园", "school": "学校", "insurance": "保险",
    "pension": "养老金", "disability": "残疾", "disabled": "残疾", "rent": "租房", "renting": "租房",
    "job": "工作", "work": "工作", "unemployed": "失业", "office": "办事处", "hospital": "医院",
    "doctor": "医生", "vaccine": "疫苗", "vaccination": "疫苗接种", "lawyer": "律师",
    "subsidy": "补贴", "allowance": "补贴", "elderly": "老人", "baby": "宝宝", "housing": "住房",
    "twins": "双胞胎", "twin": "双胞胎",
}
_ENGLISH_WORDS = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(_ENGLISH, key=len, reverse=True)) + r")s?(?![A-Za-z])",
                            re.IGNORECASE)
_WU = {"啥辰光": "什么时候", "啥个辰光": "什么时候", "小囡": "孩子", "囡囡": "孩子", "哪能办": "怎么办",
       "哪能弄": "怎么弄", "哪能申请": "怎么申请"}
_WU_WORDS = re.compile("|".join(sorted(_WU, key=len, reverse=True)))


def plain_words(text: str) -> str:
    """English service words and a few Wu words in the catalogue's Chinese."""
    text = _ENGLISH_WORDS.sub(lambda m: _ENGLISH[m.group(1).lower()], text)
    return _WU_WORDS.sub(lambda m: _WU[m.group(0)], text)


def normalize(text: str) -> str:
    """The form of a message every component sees: fillers of spoken Chinese
    (喂, 嗯, 那个…, 就是说) are dropped when something else is left; English
    service words and a few Wu words become the catalogue's Chinese."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)[: MAX_MESSAGE_CHARS * 2])
    original = "".join(ch for ch in text if unicodedata.category(ch) != "Cc").strip()
    text = "".join(" " if _is_emoji(ch) or unicodedata.category(ch) == "Cc" else ch for ch in text)
    if not text.strip():
        # Emoji only ("👍", "🙏🙏"): kept as they are, never an empty message, which
        # leaves the classifiers no feature at all (an exception, an empty reply).
        # bot.triage reads such a message as one with nothing to understand.
        return original[:MAX_MESSAGE_CHARS]
    text = plain_words(_converter().convert(text))
    text = _SPACES.sub(" ", text).strip()
    stripped = text
    for _ in range(4):  # "喂，你好，那个…": removing one filler can bring the next to the front
        previous = stripped
        stripped = _SPACES.sub(" ", _FILLERS.sub(" ", stripped)).strip(" ,，")
        if stripped == previous:
            break
    if len(stripped) >= 2:  # "你好" or "嗯" alone is the message itself
        text = stripped
    return text[:MAX_MESSAGE_CHARS]


def parse_chinese_integer(text: str) -> Optional[int]:
    """七十五 -> 75, 一百零二 -> 102, 两千 -> 2000, 十 -> 10; None if not a number."""
    if not text or not re.fullmatch(CHINESE_NUMBER, text):
        return None
    if len(text) > 1 and all(c in _DIGITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text))  # 七五 reads as digits
    total, section, digit, last_unit = 0, 0, None, 1
    for i, ch in enumerate(text):
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:
                section = (section + (digit or 0)) * unit
                total += section
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    if digit is not None:
        # 两千五 is 2500 and 一万二 is 12000: a last digit right after a unit is one unit lower
        follows_unit = len(text) > 1 and text[-2] in _UNITS
        section += digit * (last_unit // 10 if follows_unit and last_unit >= 100 else 1)
    return total + section


def parse_number(text: str) -> Optional[float]:
    """The first number in ``text``, Arabic or Chinese."""
    if text is None:
        return None
    match = re.search(NUMBER, str(text))
    if not match:
        return None
    token = match.group(0)
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    value = parse_chinese_integer(token)
    return float(value) if value is not None else None


# An entity's position in the parse's normalised ``text``, kept beside the typed one
# (bot/nlu/positions.py) when normalising changed the length before it
TEXT_START, TEXT_END = "text_start", "text_end"


def text_span(entity: Mapping[str, Any]) -> Tuple[Any, Any]:
    """Where ``entity`` is in the parse's normalised ``text`` (the text the finder and the actions read)."""
    return entity.get(TEXT_START, entity.get("start")), entity.get(TEXT_END, entity.get("end"))
