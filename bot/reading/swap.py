"""A number taken back for another: "不对，是两年，不是三年"."""
from __future__ import annotations

import re
from typing import Any, Dict, Mapping

from bot.reading.result import SAID, FactReading
from bot.text import parse_number
from knowledge_base.types import NUMBER, Fact

_N = r"[\d一二两三四五六七八九十百千万.]+"
_UNIT = r"(?:年|周岁|岁|口人|个人|人|元|块钱?|平方米|平米|平|天|个月)?"
_SWAP = re.compile(rf"(?:是|应该是|其实是)\s*(?P<new>{_N}){_UNIT}[，,\s]*(?:而)?不是\s*(?P<old>{_N}){_UNIT}"
                   rf"|不是\s*(?P<old2>{_N}){_UNIT}[，,\s]*(?:是|而是|应该是)\s*(?P<new2>{_N}){_UNIT}")


def number_swap(text: str, known: Mapping[str, Any], catalogue_facts: Mapping[str, Fact],
                found: Mapping[str, FactReading]) -> Dict[str, FactReading]:
    """"不对，是两年，不是三年": a number said before, taken back for another; the
    fact is the one known with the old number, whatever question is asked now."""
    m = _SWAP.search(text)
    if m is None:
        return {}
    new, old = parse_number(m.group("new") or m.group("new2")), parse_number(m.group("old") or m.group("old2"))
    if new is None or old is None:
        return {}
    for key, value in known.items():
        if key in found or key not in catalogue_facts or catalogue_facts[key].type != NUMBER:
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value) == old:
            return {key: FactReading(key, int(new) if float(new).is_integer() else new, 0.9, SAID)}
    return {}
