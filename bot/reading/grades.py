"""Disability grades and whose they are: "有证，三级", "三级是我爸的，我是一级"."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from bot.reading.clauses import polarity

if TYPE_CHECKING:  # the reader that owns this part
    from bot.reading.people import People
    from knowledge_base.types import Fact

# (not "最轻的那一级", "哪一级", "上一级", "比最重的轻一级": 一 there counts no grade)
_GRADE = re.compile(r"(?<![那这哪同上下每轻重低高])([一二三四1-4壹贰叁肆])\s*级")
_GRADES = {"1": "一级", "2": "二级", "3": "三级", "4": "四级", "一": "一级", "二": "二级", "三": "三级", "四": "四级",
           "壹": "一级", "贰": "二级", "叁": "三级", "肆": "四级"}
# a grade of the past: "以前是三级", "三级是他刚办证那年的", "三级是老证上的"
_THEN = r"(?:以前|之前|原来|原先|早先|当初|过去|早些年|那时候?|那会儿?|那年|那一年|刚办证|刚办的时候|刚评的时候|老证|旧证)"
PAST_BEFORE = re.compile(_THEN + r"(?:的时候|时候)?(?:的证上|证上)?(?:是|评的是|办的是|定的是|写的是|评的|定的|写的)?\s*$")
PAST_AFTER = re.compile(r"^\s*(?:的)?(?:是|那是|还是)[^，,。]{0,10}?" + _THEN)
# a disability certificate named anywhere in the message: a grade in a clause of its own is its grade
_CERTIFICATE_TOLD = re.compile(r"残疾证|残疾人证|残联[^，。,\s]{0,4}证|残疾[^，。,\s]{0,2}(?:等级|级别)")
GRADE_CONTEXT = ("disability_grade", "has_disability_certificate", "needs_long_term_care", "household_has_disabled")


class GradeReading:
    """Part of the reader (reader.py: _Reader) that reads disability grades."""

    people: "People"
    asked: Optional[str]
    text: str
    facts: Mapping[str, "Fact"]
    add: Callable[[str, Any, float], None]
    said: Callable[["Fact", Any, float, Optional[str]], None]

    def _grades(self, text: str) -> None:
        if "伤残" in text or re.search(r"级以上|级以下|级别以上", text):
            return
        if not (re.search(r"残|证", text) or self.asked in GRADE_CONTEXT or _CERTIFICATE_TOLD.search(self.text) and "伤残" not in self.text):
            return  # ("残疾证办好哉 一级个": the grade in a clause of its own, the certificate told in the one before)
        fact = self.facts["disability_grade"]
        for m in _GRADE.finditer(text):
            stated, _ = polarity(text, m.start(), m.end())
            if not stated:
                continue
            if PAST_BEFORE.search(text[:m.start()]) or PAST_AFTER.match(text[m.end():]):
                continue  # "三级是他刚办证那年的", "以前是三级": the grade it was, not the grade now
            grade = _GRADES[m.group(1)]
            role = self._owner_after(text, m.end()) or self.people.at(text, m.start(), carry=True) or (
                self.people.named if self.asked == "only_child_lost" else None)
            if role and role.startswith("child:") and (self.asked == "only_child_lost" or re.search(r"独生|失独|计生", self.text)):
                # 计划生育特别扶助: an only child's disability of grade three or worse
                self.add("only_child_lost", grade in ("一级", "二级", "三级"), 0.85)
                continue
            self.said(fact, grade, 0.9, role)

    def _owner_after(self, text: str, end: int) -> Optional[str]:
        """"三级是我爸的": whose the thing just named is, said after it."""
        after = text[end:]
        owner = re.match(r"^\s*(?:的)?(?:是|那是|属于|说的是)", after)
        if not owner:
            return None
        for start, stop, role in self.people.mentions(after):
            if start <= owner.end() + 1 and re.match(r"^(?:的|那本|那个)", after[stop:]):
                return role
        return None
