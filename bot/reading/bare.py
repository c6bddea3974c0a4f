"""Bare answers to the question asked: "是的", "没有", "三级", "都不是", "没交过" (part of the reader)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from bot.reading import lexicon as lex
from bot.reading.yesno import _strip, bare_boolean
from knowledge_base.eligibility import NOT_APPLICABLE
from knowledge_base.types import BOOLEAN, CHOICE, DISTRICT, NUMBER, OUTSIDE_HUZHOU

if TYPE_CHECKING:  # the reader that owns this part
    from bot.reading.people import People
    from knowledge_base.types import Fact

DISABILITY_FACTS = ("disability_grade", "has_disability_certificate")


class BareReading:
    """Part of the reader (reader.py: _Reader) that reads a bare answer to the question asked."""

    text: str
    asked: Optional[str]
    facts: Mapping[str, "Fact"]
    people: "People"
    add: Callable[[str, Any, float], None]
    said: Callable[["Fact", Any, float, Optional[str]], None]

    def _bare(self, text: str) -> None:
        assert self.asked is not None  # read only for the question asked
        fact = self.facts[self.asked]
        whole = text
        role, text = self.people.subject(text)  # "我老伴有，我没有": whose yes and whose no
        if role is None and self.asked in DISABILITY_FACTS:
            role = self.people.last  # "是我丈夫有残疾，一级": the grade of the man just named
        if role is None:  # "单位给我老公交的": done for the one named after 给 / 帮 / 替 — their yes, not the resident's
            role = self.people.beneficiary(text)
        if role is not None and role.startswith("child:") and self.people.applicant != lex.CHILD \
                and self.asked not in DISABILITY_FACTS:  # ("我儿子有": a disabled child in the household)
            return  # "孩子还在的": about the child, not a yes or no to the question
        core = _strip(text)
        if fact.type == BOOLEAN:
            value = bare_boolean(text)
            if value is False and fact.key.startswith("income_below") and re.fullmatch(
                    r"(?:都|也|根本|远远|还|肯定|实在)*不够(?:用|花|吃|开销)?(?:的|啊|呀|呢)?", core):
                value = True  # "一个月就几百块，不够" asked whether below the line: the money falls short, below it
            at = self.text.find(whole)
            if value is False and at >= 0 and re.match(r"\s*(?:并)?不是[\u4e00-\u9fff]{2,}", whole) and \
                    re.match(r"[，,\s]*(?:而|就|倒)?是[\u4e00-\u9fff]", self.text[at + len(whole):]):
                value = None  # "不是老早就有的，是上个月突然查出来的": 不是 denies what it names, the next clause says what is
            if value is False and fact.key not in ("has_able_supporter", "only_child_lost") \
                    and re.search(r"(?:没了|走了|去世了?|过世了?|不在了|死了)(?:啊|呀|哦)?[。.！!]?$", whole.strip()) \
                    and any(whole[a:b] not in lex.PRONOUNS for a, b, _ in self.people.mentions(whole)):
                value = None  # "公婆都没了": someone died, no answer to whether the household is on 低保
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
            else:  # "困难的" to "家庭经济困难、孤儿…": the one option the answer ends
                core = re.sub(r"^(?:很|挺|蛮|比较|特别|非常|真|确实|算|属于)+", "", core)
                tails = [o for o in fact.options if len(core) >= 2 and o.endswith(core) and not o.startswith(("无", "未", "都不", "没"))]
                if len(tails) == 1 and role in (None, lex.SELF):
                    self.said(fact, tails[0], 0.8, role)
        elif fact.type == NUMBER:
            if fact.subject == "child" and (re.search(r"没有?(?:孩子|小孩|子女)|无子女|还没生|没生", text)
                                            or re.fullmatch(r"没有|没|无|木有", core)):
                self.add(fact.key, NOT_APPLICABLE, 0.85)
            elif fact.subject == "woman" and re.search(
                r"(?:老伴|老婆|妻子|爱人|她|女方)[^，,。]{0,4}(?:走了|去世|过世|不在了|没了|死了)|离婚|离了|离异|丧偶|单身|没结婚|没有老婆|没老婆", whole
            ):
                self.add(fact.key, NOT_APPLICABLE, 0.85)
            elif fact.unit == "年" and re.fullmatch(
                    # "湖州迭搭一年也没交过", "江西老家也没交": where, then none paid there
                    r"(?:(?:在)?[\u4e00-\u9fff]{0,4}?(?:这里|这边|那里|那边|这搭|迭搭|搿搭|老家|本地|当地|湖州|外地|外省)(?:也|都)?)?"
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
