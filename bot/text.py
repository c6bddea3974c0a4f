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
from typing import Optional

MAX_MESSAGE_CHARS = 500  # longer messages are cut; channels reject far longer ones first

_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
           "九": 9, "玖": 9}
_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000, "萬": 10000}
CHINESE_NUMBER = r"[零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬]+"
NUMBER = rf"(?:\d+(?:\.\d+)?|{CHINESE_NUMBER})"

_SPACES = re.compile(r"\s+")
# What hotline transcripts and spoken messages carry besides the question.
_FILLERS = re.compile(
    r"(?:喂+|嗯+|呃+|额+|哎+|唉+|啊(?=[,，.。!！?？ …]))[,，.。!！ …]*"
    r"|(?:^|(?<=[,，.。!！?？ ]))那个+[,，.。…… ]*|那个+(?=[,，.。…… ]|$)|就是说[,，.。…… ]*|然后呢?[,，…… ]+|听得[到见]吗[?？]?[,，]*"
    r"|^(?:你好|您好)(?:[,，!！ ]+|(?=那个|我|请问|想))|(?:\.{2,}|…+)"
)


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    if unicodedata.category(ch) in ("So", "Cs", "Co", "Cn"):
        return True
    return 0xFE00 <= cp <= 0xFE0F or cp == 0x200D or 0x1F3FB <= cp <= 0x1F3FF


def normalize(text: str) -> str:
    """The form of a message every component sees: fillers of spoken Chinese
    (喂, 嗯, 那个…, 就是说) are dropped when something else is left."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)[: MAX_MESSAGE_CHARS * 2])
    text = "".join(" " if _is_emoji(ch) or unicodedata.category(ch) == "Cc" else ch for ch in text)
    text = _converter().convert(text)
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
