"""What the last clause of a message asks, and of which service it names.

A resident who tells a story and then asks about one service by name ("…我们家吃低保的
医疗救助咋申请", "…失业保险交了八年 我能领失业金吗") asks about that service, not about each
hardship the story mentions; one who tells their own situation and then asks how to apply
for a service with conditions ("我们一家在外面租房子 压力太大 残疾人家庭的房租补贴怎么申请")
is asking, first of all, whether they can have it. Clauses are cut at punctuation and at
spaces: hurried residents type spaces for commas.
"""
from __future__ import annotations

import re
from typing import Any, List, Mapping, Sequence, Tuple

from bot.eligibility_cues import ABOUT_ONESELF, TRAILING, asks_eligibility
from bot.text import text_span
from bot.story_needs import passing_mentions

CLAUSE = re.compile(r"[^，,。.；;！!？?\s]+")
# a question about the service in the clause: whether, how, where, what it takes
# (HOW: how to apply; "怎么办"/"咋办" is "what now", answered with the service's card, not a screening)
ASKS = re.compile(r"吗|伐|不$|么$|呢|怎么|咋|如何|哪里|哪儿|去哪|在哪|找谁|哪个|多少|什么|啥|能不能|可不可以|有没有")
# (Hubei 么样弄, Wu 哪能弄, Sichuan 啷个弄, northern 咋整: how to go about it)
HOW = re.compile(r"怎么申请|怎么办理|怎么弄|怎么领|咋申请|咋弄|咋领|如何申请|如何办理|怎么报名|咋报名|怎样申请"
                 r"|(?:么样|哪能|啷个|咋个|怎个)(?:弄|办理|申请|报名|搞)|怎么搞|咋搞|咋整")


def clauses(text: str) -> List[Tuple[int, int]]:
    """(start, end) of each clause, the trailing fillers ("急", "谢谢") left out."""
    spans = [(m.start(), m.end()) for m in CLAUSE.finditer(text or "")]
    while len(spans) > 1 and TRAILING.match(text[spans[-1][0]:spans[-1][1]]):
        spans.pop()
    return spans


def named_in_last_clause(text: str, entities: Sequence[Mapping[str, Any]]) -> List[str]:
    """The services named in the message's last clause, when that clause asks about them."""
    spans = clauses(text)
    if not spans:
        return []
    start, end = spans[-1]
    if not ASKS.search(text[start:end]) and not asks_eligibility(text[start:end]):
        return []
    named = []
    for e in entities:
        a, b = text_span(e)
        if e.get("entity") == "service" and isinstance(a, int) and isinstance(b, int) and start <= a and b <= end:
            named.append(str(e.get("value")))
    return named


def told_then_asked_how(text: str) -> bool:
    """The resident said something about themselves in a clause before the last, and the last asks
    how to apply: "我们一家在外面租房子 房租…压力太大 残疾人家庭的房租补贴怎么申请" (not "我想问下
    失业金怎么领", whose only clause is the question)."""
    spans = clauses(text)
    if len(spans) < 2 or not HOW.search(text[spans[-1][0]:spans[-1][1]]):
        return False
    return any(ABOUT_ONESELF.search(text[a:b]) for a, b in spans[:-1])


# "低保户", "特困人员": a service's word that says who someone is, not what they ask for
STATUS_AFTER = re.compile(r"户|人员|老人|对象|家庭|的人")


def the_one_named_asked(text: str, entities: Sequence[Mapping[str, Any]]) -> List[str]:
    """"…听同事说政府有免费的孕前优生检查，…想问问我们能不能去做": the question names no service,
    and the story names exactly one (not as who someone is): the question is about it."""
    spans = clauses(text)
    asking = [(a, b) for a, b in spans if asks_eligibility(text[a:b])]
    if not asking:
        return []
    if any(re.search(r"申请(?:些)?(?:什么|啥|哪些|哪几)|(?:什么|啥|哪些)(?:补助|补贴|政策|救助|帮助)", text[a:b]) for a, b in asking):
        return []  # "…我们这样的能申请什么？": what there is, not the one service the story mentions
    named = set()
    for e in entities:
        a, b = text_span(e)
        if e.get("entity") != "service" or not isinstance(a, int) or not isinstance(b, int):
            continue
        if any(s <= a < t for s, t in asking):
            return []  # the asking clause names its service: the other rules decide
        if not STATUS_AFTER.match(text, b):
            named.add(str(e.get("value")))
    # ("…两个孩子一个读初中一个读小学 …房租又涨了 真的撑不下去了 政府能不能帮帮我们": a school the children are at,
    # told in passing, is not what the story asks about)
    named -= set(passing_mentions(text))
    return sorted(named) if len(named) == 1 else []
