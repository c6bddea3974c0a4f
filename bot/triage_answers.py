"""What the assistant says to a message bot/triage.py has read: nothing to
understand, an insult, a topic the catalogue lacks, a story of several needs.
Like bot/answers.py, only the catalogue speaks: bodies, sections and services
come from its records, and where it holds nothing the answer says so."""
from __future__ import annotations

from typing import Optional

from knowledge_base import KnowledgeBase

# A message with nothing to understand ("👍", "？？", "asdf"): ask, never say goodbye.
NOTHING_TO_UNDERSTAND = (
    "请问您想办什么事？可以直接打字说，比如“孩子上幼儿园”“社保卡丢了”“老人有什么补贴”；"
    "想找工作人员可以说“转人工”，也可以拨打12345政务服务便民热线。"
)
# Venting or an insult: calm, short, an offer to help or to reach a person.
CALM_REPLY = (
    "让您不满意了，很抱歉。我想帮您把事情办好：您遇到了什么问题？直接说想办的事就行。"
    "想找工作人员可以说“转人工”，也可以拨打12345政务服务便民热线反映。"
)


def domain_gap(kb: KnowledgeBase, gap, place: Optional[str] = None) -> str:
    """In the outline's domains, not in the catalogue: say so, name the body in
    charge (the outline's 责任单位 and today's name, the county's office) and 12345.
    A public matter no body of the catalogue does: no body is named (none is in the sources), 12345."""
    if not gap.body:
        return (f"关于{gap.topic}，我的服务目录里没有这一项，《纲要》也没有写负责部门，我没法给您准确答复。"
                "请拨打12345政务服务便民热线，热线会帮您找到负责的部门；想找工作人员也可以说“转人工”。")
    section = kb.catalogue.sections[gap.section]
    body = kb.catalogue.bodies[gap.body]
    outline_name = next((a for a in section.agencies if kb.catalogue.outline_agencies.get(a, (None,))[0] == gap.body),
                        section.agencies[0])
    renamed = kb.catalogue.outline_agencies.get(outline_name, (None, None))[1] is not None
    lines = [
        f"关于{gap.topic}，我的服务目录里没有这一项，没法给您准确答复。",
        f"这类事务属于《纲要》“{section.domain_name} · {section.name}”，"
        + (f"《纲要》写的责任单位是{outline_name}，现在是{body.name}。" if renamed else f"负责部门是{body.name}。"),
    ]
    ask = body.name
    if place:
        match = kb.resolve_place(place)
        if match is not None and match.place.kind in ("district", "county") and body.local_name(match.place.name):
            ask = body.local_name(match.place.name) or ask
            lines.append(f"{match.place.name}：{ask}" + ("" if body.local_checked else "（名称以当地公布为准）"))
    lines.append(f"请咨询{ask}，或拨打12345政务服务便民热线。")
    related = [s for s in (kb.service(sid) for sid in gap.related) if s is not None]
    if related:
        lines.append("目录里相关的服务：" + "、".join(f"【{s.name}】" for s in related) + "，点一下可以了解。")
    return "\n".join(lines)


def needs_list(kb: KnowledgeBase, found) -> str:
    """found: (need, service) pairs, one per hardship a story tells."""
    lines = (["您说的情况里有几件难处，我分开帮您找了对应的服务："] if len(found) > 1
             else ["您说的情况，可以先看看这项服务："])
    for i, (need, service) in enumerate(found, 1):
        lines.append(f"{i}. {need}：{service.name} — {service.agency_current}" if need
                     else f"{i}. {service.name} — {service.agency_current}")
    lines.append("想先了解哪一项，点一下或直接说名称；也可以说“我家能享受哪些政策”一起看看。")
    return "\n".join(lines)
