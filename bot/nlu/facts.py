"""Extracts facts residents mention in passing: ages, disability grade, income.

"我七十岁了" gives age 70, "孩子五岁" child_age 5, "我是二级残疾" disability_grade
二级, "月收入两千" income 2000. Rules, not a trained model: these facts have a
fixed form, and a wrong number is worse than none.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.stateless import StatelessComponent
from bot.text import NUMBER, parse_number

GRADES = {"1": "一级", "2": "二级", "3": "三级", "4": "四级", "一": "一级", "二": "二级", "三": "三级", "四": "四级",
          "壹": "一级", "贰": "二级", "叁": "三级", "肆": "四级"}
CHILD = r"(?:孩子|小孩|儿子|女儿|娃娃?|宝宝|孙子|孙女|外孙女?|小朋友|闺女|丫头|小儿子|小女儿|大儿子|大女儿)"
KINDS = r"(?:肢体|视力|听力|言语|智力|精神|多重)?"

_PATTERNS = [
    # 孩子五岁 / 儿子今年7周岁 / 小孩刚满三岁
    ("child_age", re.compile(rf"{CHILD}[^，。,.!?！？]{{0,6}}?(?P<n>{NUMBER})\s*多?\s*(?:周岁|岁)半?")),
    # 我七十岁了 / 老人八十多岁 / 今年65周岁
    ("age", re.compile(rf"(?P<n>{NUMBER})\s*多?\s*(?:周岁|岁)半?")),
    # 我也七十多了 / 都八十了: an older person's age said without 岁, in whole tens
    ("age", re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万])(?P<n>[五六七八九]十[一二三四五六七八九]?)\s*多?\s*了")),
    # 二级残疾 / 残疾等级是二级 / 肢体残疾一级 / 2级残疾证
    ("disability_grade", re.compile(rf"(?P<g>[1-4一二三四壹贰叁肆])\s*级\s*{KINDS}残|{KINDS}残疾(?:人证)?(?:等级)?(?:是|为|属于)?\s*(?P<g2>[1-4一二三四壹贰叁肆])\s*级")),
    # 月收入两千 / 一个月收入1500元 / 家里人均收入三千块
    ("income", re.compile(rf"收入[^，。,.!?！？\d一二三四五六七八九十两百千万]{{0,4}}(?P<n>{NUMBER})\s*(?:元|块)?")),
]


def extract_facts(text: str) -> List[Dict[str, Any]]:
    """Fact entities in ``text``, each with the span it was read from."""
    found: List[Dict[str, Any]] = []
    taken: List[range] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            span = range(m.start(), m.end())
            if any(set(span) & set(t) for t in taken):
                continue
            value = _value(name, m)
            if value is None:
                continue
            taken.append(span)
            found.append({"entity": name, "value": value, "start": m.start(), "end": m.end(), "text": m.group(0)})
    return sorted(found, key=lambda e: e["start"])


def _value(name: str, m: re.Match) -> Optional[Any]:
    if name == "disability_grade":
        return GRADES.get(m.group("g") or m.group("g2"))
    number = parse_number(m.group("n"))
    if number is None:
        return None
    if name in ("age", "child_age"):
        if not 0 <= number <= 120:
            return None
        return int(number)
    if name == "income":
        return int(number) if number >= 0 else None
    return number


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class PersonalFactExtractor(StatelessComponent, EntityExtractorMixin):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            entities = [
                {"entity": e["entity"], "value": e["value"], "start": e["start"], "end": e["end"],
                 "confidence_entity": 1.0}
                for e in extract_facts(text)
            ]
            entities = self.add_extractor_name(entities)
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages
