"""The groups of residents a message names ("残疾人", "低保户") or implies (an age of 60 or more)."""
from __future__ import annotations

import re
from typing import Any, List, Mapping, Sequence

from bot.text import text_span

BUSINESS = "企业"  # a group whose words (老板, 单位, 公司) residents mostly use for their employer
AS_A_BUSINESS = re.compile(r"我(?:们|家)?(?:是|开的?)(?:个|家)?(?:企业|公司|厂)|我(?:们|家)企业|我是老板|当老板|开(?:了|个|家|一家|小)*(?:厂|公司|店|企业)"
                           r"|办(?:个|了)?(?:厂|公司|企业)|(?:^|[，,。\s])(?:企业|用人单位|公司|单位)(?:能|可以|有|要|怎么|如何|招|申请|享受|想)")
# 《中华人民共和国老年人权益保障法》第二条: 老年人是指六十周岁以上的公民. An age said
# in passing ("我七十岁了") places the resident in that group, as "我是二级残疾" does 残疾人.
ELDERLY_GROUP, ELDERLY_AGE = "老年人", 60


WHICH_BEFORE = re.compile(r"(?:哪|什么|啥|何)(?:个|家|一个|一家)?$")


def asked_for(entity: Mapping[str, Any], text: str) -> bool:
    """A group word that is what a where-question asks for ("哪个单位", "什么部门")."""
    start, _ = text_span(entity)
    return entity.get("entity") == "group" and isinstance(start, int) and bool(WHICH_BEFORE.search(text[:start]))


def groups_of(entities: Sequence[Mapping[str, Any]]) -> List[str]:
    """Groups named ("残疾人", "低保户"), then groups a fact implies (an age of 60 or more: 老年人)."""
    groups = [str(e.get("value")) for e in entities if e.get("entity") == "group"]
    for e in entities:
        if e.get("entity") == "age" and isinstance(e.get("value"), (int, float)) and e["value"] >= ELDERLY_AGE:
            groups.append(ELDERLY_GROUP)
    return list(dict.fromkeys(groups))


def groups_in(entities: Sequence[Mapping[str, Any]], text: str) -> List[str]:
    """The groups of the message; "去哪家单位做" asks where, it names no 企业 (a group word right
    after 哪/什么/啥 is the place asked for); 企业 only where the resident speaks as the business
    ("厂里拖欠工资，老板跑了" is a worker's)."""
    groups = groups_of([e for e in entities if not asked_for(e, text)])
    if BUSINESS in groups and not AS_A_BUSINESS.search(text):
        groups.remove(BUSINESS)
    return groups
