"""Reads a resident's answer to a screening question into a fact's value.

Residents answer the way they talk: "有的", "没有", "不清楚", "七十", "二级",
"我在长兴". Each fact type has its reader; a reader returns the value, or a
Problem saying what kind of answer is expected, so the question can be asked
again with a hint. Knows nothing of Rasa: the form actions and tests call it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Tuple

from bot.text import normalize, parse_number
from knowledge_base.eligibility import NOT_APPLICABLE, UNKNOWN
from knowledge_base.types import BOOLEAN, CHOICE, DISTRICT, NUMBER, OUTSIDE_HUZHOU, Fact

_DONT_KNOW = re.compile(r"不知道|不(?:是很|太|大)?清楚|不确定|说不准|不太清楚|搞不清|记不清|不晓得|不了解|没数")
_NO = re.compile(r"^(?:不是|没有|没|否|无|不|不对|没得|没呢|不用|不需要|还没|未|非)|(?:没有|不是|没办|没参加|没领|没交|没缴|不需要)")
_YES = re.compile(r"^(?:是|有|对|嗯|恩|好|需要|要|已经|办了|参加了|交了|缴了|领了|在|yes|ok|y\b)|(?:是的|有的|对的|没错|正是|是啊|有啊|需要的|已经)")
_OUTSIDE = re.compile(r"外地|外省|不在湖州|不是湖州|不是本地|外市|老家|户口不在")
_NONE_WORDS = re.compile(r"没有孩子|没孩子|无子女|没有子女|不适用|没有小孩|没小孩")

AFFIRM, DENY, DONT_KNOW = "affirm", "deny", "dont_know"

HINTS = {
    BOOLEAN: "请回答“是”或“不是”（不清楚可以说“不知道”）。",
    NUMBER: "请告诉我一个数字，比如 {example}（不清楚可以说“不知道”）。",
    CHOICE: "请在这几项里选一项：{options}。",
    DISTRICT: "请说区县名称：吴兴区、南浔区、德清县、长兴县、安吉县，户籍不在湖州请说“外地”。",
}
_GRADE_DIGITS = {"1": "一", "2": "二", "3": "三", "4": "四", "壹": "一", "贰": "二", "叁": "三", "肆": "四"}


@dataclass(frozen=True)
class Problem:
    hint: str


def hint_for(fact: Fact) -> str:
    if fact.type == NUMBER:
        example = {"周岁": "70", "年": "15", "天": "30", "平方米": "15"}.get(fact.unit or "", "5")
        return HINTS[NUMBER].format(example=example)
    if fact.type == CHOICE:
        return HINTS[CHOICE].format(options="、".join(fact.options))
    return HINTS[fact.type]


def read_boolean(text: str, intent: Optional[str]) -> Optional[bool]:
    if intent == AFFIRM:
        return True
    if intent == DENY:
        return False
    t = text.strip(" ,.!?，。！？")
    if _NO.search(t):
        return False
    if _YES.search(t):
        return True
    return None


def read_number(fact: Fact, text: str, entities: Iterable[Mapping[str, Any]]) -> Optional[float]:
    for e in entities:
        if e.get("entity") in ("age", "child_age") and fact.unit == "周岁":
            return float(e["value"])
    return parse_number(text)


def read_choice(fact: Fact, text: str, entities: Iterable[Mapping[str, Any]]) -> Optional[str]:
    for e in entities:
        if e.get("entity") == "disability_grade" and e.get("value") in fact.options:
            return e["value"]
    for option in sorted(fact.options, key=len, reverse=True):
        if option in text:
            return option
    if "无残疾" in fact.options:  # the disability grade question
        if re.search(r"没有|不是残疾|没残疾|无|健全|不残疾", text):
            return "无残疾"
        m = re.search(r"([1-4一二三四壹贰叁肆])\s*级?", text)
        if m:
            grade = _GRADE_DIGITS.get(m.group(1), m.group(1)) + "级"
            if grade in fact.options:
                return grade
    if re.search(r"都不是|都没有|都不|以上都不|没有|不是", text):
        for option in fact.options:
            if option.startswith("都不") or option.startswith("无"):
                return option
    return None


def read_district(text: str, entities: Iterable[Mapping[str, Any]], resolve) -> Optional[str]:
    for e in entities:
        if e.get("entity") == "place" and e.get("value"):
            value = str(e["value"])
            match = resolve(value)
            if match is not None and match.place.kind != "zone":
                return match.place.name
    match = resolve(text)
    if match is not None and match.place.kind != "zone":
        return match.place.name
    if _OUTSIDE.search(text):
        return OUTSIDE_HUZHOU
    return None


def read_answer(
    fact: Fact,
    text: str,
    intent: Optional[str] = None,
    entities: Iterable[Mapping[str, Any]] = (),
    resolve=None,
    allow_not_applicable: bool = False,
) -> Tuple[Any, Optional[Problem]]:
    """(value, None) when the answer gives the fact, (None, Problem) when not.

    "不知道" gives :data:`UNKNOWN`: the fact was asked and stays unknown.
    """
    text = normalize(text or "")
    entities = list(entities or [])
    if intent == DONT_KNOW or _DONT_KNOW.search(text):
        return UNKNOWN, None
    if allow_not_applicable and fact.type == NUMBER and (
        _NONE_WORDS.search(text) or re.fullmatch(r"(?:没有|没|无|没得|不是)[。.!！]?", text)
    ):
        return NOT_APPLICABLE, None
    if fact.type == BOOLEAN:
        value = read_boolean(text, intent)
    elif fact.type == NUMBER:
        value = read_number(fact, text, entities)
        if value is not None and not (fact.minimum <= value <= fact.maximum):
            return None, Problem(f"{value:g}{fact.unit or ''}好像不太对。" + hint_for(fact))
        if value is not None and float(value).is_integer():
            value = int(value)
    elif fact.type == CHOICE:
        value = read_choice(fact, text, entities)
    elif fact.type == DISTRICT:
        value = read_district(text, entities, resolve) if resolve else None
    else:
        value = None
    if value is None:
        return None, Problem(hint_for(fact))
    return value, None
