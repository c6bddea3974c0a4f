"""What the assistant says about a service, in short lines readable on a phone.

Only the catalogue speaks here: every line comes from a record and carries its
source, and where the catalogue holds nothing (an amount, the documents, the
address of an office) the answer says so and names who knows. Used by the
dialogue's actions and by the hotline console alike.
"""
from __future__ import annotations

import re
from typing import List, Optional

from knowledge_base import KnowledgeBase
from knowledge_base.eligibility import (
    CONSULT,
    LIKELY_ELIGIBLE,
    MET,
    NEED_MORE_ANSWERS,
    NO_CRITERIA,
    NOT_ELIGIBLE,
    NOT_MET,
    POSSIBLY_ELIGIBLE,
    UNDETERMINED,
    Verdict,
)
from knowledge_base.types import HUKOU, HUZHOU_DISTRICTS, Criterion, Service

OVERVIEW, HOW_TO_APPLY, WHERE, DOCUMENTS, AMOUNT, ELIGIBILITY = (
    "overview", "how_to_apply", "where", "documents", "amount", "eligibility",
)
# The long card (详细说明) and every source in full (来源): one tap from the short first answer.
DETAIL, SOURCES = "detail", "sources"
WHEN = "when"  # "什么时候办": the time limits a source gives, or that none is given
_TIME = re.compile(r"\d+日内|[一二三四五六七八九十两\d]+(?:个)?月内|[一二三四五六七八九十\d]+年内|之日起|每年|时效|年满|周岁|出生后")
_DATED = re.compile(r"\d+\s*(?:日|天|个月|年)内|[一二三四五六七八九十\d]+月|截止|期限|期间|之前|以前|之日起|每年|当年|年度")  # not an age
MORE = "想了解更多可以问：详细说明、怎么申请、去哪里办、我能申请吗。"
ASPECT_OF_INTENT = {
    "find_service": OVERVIEW,
    "ask_how_to_apply": HOW_TO_APPLY,
    "ask_where": WHERE,
    "ask_documents": DOCUMENTS,
    "ask_amount": AMOUNT,
    "check_eligibility": ELIGIBILITY,
}
NOT_UNDERSTOOD = (
    "抱歉，我没有听懂。您可以换个说法，比如“老人养老有什么服务”“失业金怎么领”，"
    "或拨打12345政务服务便民热线。"
)
# A question about an aspect with no service named or under discussion: ask which.
WHICH_SERVICE = {
    OVERVIEW: "请问您想了解哪项服务？可以直接说想办的事，比如“孩子上幼儿园”“低保怎么申请”；"
              "想知道全家能享受哪些政策，可以说“我家能享受哪些政策”。",
    HOW_TO_APPLY: "请问您想办哪项服务？告诉我服务名称，比如“低保怎么申请”。",
    WHERE: "请问您想办哪项服务？告诉我服务名称，我告诉您去哪里办。",
    DOCUMENTS: "请问您想问哪项服务要带什么材料？告诉我服务名称，比如“公租房要带什么材料”。",
    AMOUNT: "请问您想问哪项服务的标准？告诉我服务名称，比如“护理补贴一个月多少钱”。",
    ELIGIBILITY: "请问您想看哪项服务能不能申请？比如“护理补贴我能领吗”。",
}
STATUS_MARK = {MET: "✔ 符合", NOT_MET: "✘ 不符合", CONSULT: "△ 可咨询", "unknown": "？ 待确认"}


def hotline_line(kb: KnowledgeBase, service: Service) -> str:
    names = kb.catalogue.hotlines
    return "、".join(f"{n}（{names.get(n, '')}）" for n in service.hotlines)


def agency_line(kb: KnowledgeBase, service: Service) -> str:
    line = service.agency_current
    source = service.agency_current_source
    if source is not None and source.source == "institutional_reform_2018":
        line += f"（《纲要》写作“{service.agency}”，机构改革后由{service.agency_current}承担）"
    elif source is not None:  # another law gives the work to another body (法律援助: 司法局)
        line += f"（依据{kb.cite(source)}）"
    return line


def unknown_line(kb: KnowledgeBase, service: Service, what: str) -> str:
    return f"{what}：我这里的资料没有写明，以当地公布为准，请咨询{service.agency_current}或拨打12345政务服务便民热线。"


def sources_line(kb: KnowledgeBase, service: Service, limit: int = 3) -> str:
    """The sources of a record, one entry per source with all places cited in it."""
    grouped: dict = {}
    for citation in service.citations():
        grouped.setdefault(citation.source, []).append(citation)
    entries = []
    for citations in list(grouped.values())[:limit]:
        first = kb.cite(citations[0])
        more = [c.locator for c in citations[1:] if c.locator]
        if more and citations[0].source != "outline":
            first += "、" + "、".join(more)
        elif more:
            first += "；" + "；".join(kb.cite(c) for c in citations[1:])
        entries.append(first)
    return "来源：" + "；".join(entries)


def compact_sources(kb: KnowledgeBase, service: Service, limit: int = 2) -> str:
    """The sources in a few characters (《纲要》四(三)2, 国发〔2015〕52号): the full list is one tap away."""
    labels: List[str] = []
    seen = set()
    for citation in service.citations():
        if citation.source in seen or citation.source == "institutional_reform_2018":
            continue
        seen.add(citation.source)
        source = kb.catalogue.sources.get(citation.source)
        if source is None:
            continue
        if citation.source == "outline":
            cited = kb.cite(citation)  # 《…纲要》 四(三)2 社会救助
            label = "《纲要》" + (cited.split(" ")[1] if " " in cited else "")
        elif len(source.title) <= 12 or not source.number:  # 《社会救助暂行办法》第九条
            label = f"《{source.title}》" + (citation.locator or "")
        else:  # 国发〔2015〕52号 rather than its 40-character title
            label = source.number
        labels.append(label)
    more = "等" if len(labels) > limit else ""
    return "依据：" + "、".join(labels[:limit]) + more + "（点“来源”看全部）"


def _clip(text: str, limit: int) -> str:
    """The first clause of a statement, at most ``limit`` characters."""
    first = re.split(r"(?<=[。；])", text.strip())[0]
    if len(first) <= limit + 1:
        return first.rstrip("；")  # the record's own words, as written
    return first[: limit - 1] + "…"


def brief(kb: KnowledgeBase, service: Service, place: Optional[str] = None) -> str:
    """The first answer about a service, short enough for a phone: what it is, who
    it is for, who handles it; the rest (详细说明, 来源) one tap away."""
    lines = [
        f"【{service.name}】",
        f"是什么：{_clip(service.content.text, 40)}",
        f"给谁：{_clip(service.target_group.text, 36)}",
        f"找谁办：{service.agency_current}" + (
            f"（《纲要》写作“{service.agency}”）" if service.agency_current_source is not None
            and service.agency_current_source.source == "institutional_reform_2018" else ""),
    ]
    lines.extend(local_office_lines(kb, service, place))
    lines.append(compact_sources(kb, service))
    lines.append(MORE)
    return "\n".join(lines)


def all_sources(kb: KnowledgeBase, service: Service, place: Optional[str] = None) -> str:
    """Every source of a record, one per line, with the places cited in it."""
    lines = [f"【{service.name}】的依据"]
    for entry in sources_line(kb, service, limit=99)[len("来源："):].split("；"):
        lines.append(f"· {entry}")
    return "\n".join(lines)


def local_office_lines(kb: KnowledgeBase, service: Service, place: Optional[str]) -> List[str]:
    """The counterpart office in the resident's district or county, if named."""
    if not place:
        return []
    route = kb.route(service.id, place)
    if route.place is None:
        return []
    if route.place.kind == "zone":
        return [f"{route.place.name}是功能区，请向{service.agency_current}咨询或拨打12345，由热线告诉您对应的窗口。"]
    if route.local_office is None:
        return [f"{route.place.name}的对应部门：资料中没有，请拨打12345查询。"]
    line = f"{route.place.name}：{route.local_office}"
    if not route.local_checked:
        line += "（名称以当地公布为准，可拨打12345核实）"
    return [line]


def overview(kb: KnowledgeBase, service: Service, place: Optional[str] = None) -> str:
    lines = [
        f"【{service.name}】{service.domain_name} · {service.section_name}",
        f"服务对象：{service.target_group.text}",
        f"服务内容：{service.content.text}",
    ]
    if service.standard:
        lines.append(f"标准：{service.standard.text}")
    lines.append(f"办理部门：{agency_line(kb, service)}")
    lines.extend(local_office_lines(kb, service, place))
    if service.how_to_apply:
        lines.append(f"怎么申请：{service.how_to_apply.text}")
    if service.caveat:
        lines.append(f"提示：{service.caveat.text}")
    lines.append(f"咨询电话：{hotline_line(kb, service)}")
    lines.append(compact_sources(kb, service))
    return "\n".join(lines)


def how_to_apply(kb: KnowledgeBase, service: Service, place: Optional[str] = None) -> str:
    lines = [f"【{service.name}】怎么申请"]
    if service.how_to_apply:
        lines.append(service.how_to_apply.text)
    else:
        lines.append(f"服务内容：{service.content.text}")
        lines.append(unknown_line(kb, service, "具体办理方式"))
        if service.caveat:
            lines.append(f"提示：{service.caveat.text}")
    lines.append(f"办理部门：{agency_line(kb, service)}")
    lines.extend(local_office_lines(kb, service, place))
    lines.append(f"咨询电话：{hotline_line(kb, service)}")
    lines.append(compact_sources(kb, service))
    return "\n".join(lines)


def where(kb: KnowledgeBase, service: Service, place: Optional[str] = None) -> str:
    lines = [f"【{service.name}】去哪里办", f"负责部门：{agency_line(kb, service)}"]
    local = local_office_lines(kb, service, place)
    if local:
        lines.extend(local)
    else:
        lines.append(f"各区县都有对应部门。告诉我您在哪个区县（{'、'.join(HUZHOU_DISTRICTS)}），我告诉您去哪个部门。")
    if service.how_to_apply:
        lines.append(f"怎么申请：{service.how_to_apply.text}")
    lines.append("具体办公地址和办公时间资料中没有，请拨打12345政务服务便民热线查询。")
    lines.append(f"咨询电话：{hotline_line(kb, service)}")
    lines.append(compact_sources(kb, service))
    return "\n".join(lines)


GUESSED_HEADING = "我不太确定您说的是哪一项服务，下面几项可能和您说的事有关，分别找这些部门："
GUESSED_TAIL = "如果都不是，请换个说法再说说您的事，或拨打12345政务服务便民热线，由他们转给负责的部门。"


def where_each(kb: KnowledgeBase, services, places, heading: str = "刚才列出的几项分别找这些部门办理：",
               tail: Optional[str] = None) -> str:
    """Where to go for each of several services just offered as choices ("…找哪里"
    after a list), or guessed from a question the finder was unsure of: the office of
    each, in its own district or county when known — ``places[i]`` is where
    ``services[i]`` is handled for this resident (the 户籍's county for a service
    applied for "向户籍所在地", else where the resident is)."""
    lines = [heading]
    for i, (service, place) in enumerate(zip(services, places), 1):
        route = kb.route(service.id, place) if place else None
        if route is not None and route.place is not None and route.place.kind != "zone" and route.local_office:
            office = route.local_office + ("" if route.local_checked else "（名称以当地公布为准）")
        else:
            office = f"{service.agency_current}（告诉我您在哪个区县，我告诉您对应的部门）"
        if service.apply_at == HUKOU:
            office += "（按规定向户籍所在地申请）"
        lines.append(f"{i}. {service.name} — {office}")
    lines.append("具体办公地址和办公时间资料中没有，请拨打12345政务服务便民热线查询。")
    lines.append("想先办哪一项，点一下或直接说名称，我再告诉您怎么申请、能不能申请。")
    if tail:
        lines.append(tail)
    return "\n".join(lines)


def documents(kb: KnowledgeBase, service: Service, place: Optional[str] = None) -> str:
    lines = [f"【{service.name}】需要的材料"]
    if service.documents:
        lines.append(service.documents.text)
        lines.append(f"（依据：{kb.cite(service.documents.source)}）")
    else:
        lines.append(unknown_line(kb, service, "所需材料"))
    if service.how_to_apply:
        lines.append(f"怎么申请：{service.how_to_apply.text}")
    lines.extend(local_office_lines(kb, service, place))
    lines.append(f"咨询电话：{hotline_line(kb, service)}")
    lines.append(compact_sources(kb, service))
    return "\n".join(lines)


def amount(kb: KnowledgeBase, service: Service, place: Optional[str] = None) -> str:
    lines = [f"【{service.name}】标准"]
    if service.standard:
        lines.append(service.standard.text)
        lines.append(f"（依据：{kb.cite(service.standard.source)}）")
    else:
        lines.append(
            f"具体金额或标准：我这里的资料没有，这类标准由当地确定并调整，请咨询{service.agency_current}或拨打12345政务服务便民热线。"
        )
        lines.append(f"服务内容：{service.content.text}")
        lines.append(compact_sources(kb, service))
    lines += local_office_lines(kb, service, place)  # who to ask in the resident's district or county
    return "\n".join(lines)


def conditions(kb: KnowledgeBase, service: Service, place: Optional[str] = None) -> str:
    """The conditions of a service, as a list, before any screening."""
    if not service.criteria:
        return "\n".join([
            f"【{service.name}】的申请条件，我这里的资料没有列出。服务对象：{service.target_group.text}",
            f"具体条件请咨询{service.agency_current}或拨打12345。",
            *local_office_lines(kb, service, place),
        ])
    lines = [f"【{service.name}】申请条件："]
    for i, c in enumerate(service.criteria, 1):
        mark = "（优先条件）" if c.kind == "priority" else ""
        lines.append(f"{i}. {c.label}{mark}")
    lines.append(compact_sources(kb, service))
    return "\n".join(lines)


def when(kb: KnowledgeBase, service: Service, place: Optional[str] = None) -> str:
    """Only the time limits and ages a statement of the record gives, with its source."""
    lines = [f"【{service.name}】什么时候办"]
    found = dated = False
    for statement in (service.how_to_apply, service.target_group, service.standard, service.caveat):
        if statement is None:
            continue
        for clause in re.split(r"(?<=[。；])", statement.text):
            if _TIME.search(clause):
                lines.append(f"{clause.strip()}（{kb.cite(statement.source)}）")
                found = True
                dated = dated or bool(_DATED.search(clause))
    if not found:
        lines.append(f"办理时间和期限：我这里的资料没有写明，请咨询{service.agency_current}或拨打12345政务服务便民热线。")
    elif service.caveat and "没有" in service.caveat.text:
        lines.append(f"提示：{service.caveat.text}")
    if found and not dated:  # an age is no date: "啥辰光报名" is not answered by "3至6周岁"
        lines.append(f"具体的报名或办理日期：我这里的资料没有写明，请咨询{service.agency_current}"
                     "或拨打12345政务服务便民热线。")
    lines += local_office_lines(kb, service, place)  # who to ask in the resident's district or county
    lines.append("具体办公时间资料中没有，请拨打12345查询。")
    return "\n".join(lines)


ASPECTS = {
    WHEN: when,
    OVERVIEW: brief,
    DETAIL: overview,
    SOURCES: all_sources,
    HOW_TO_APPLY: how_to_apply,
    WHERE: where,
    DOCUMENTS: documents,
    AMOUNT: amount,
}


def answer(kb: KnowledgeBase, service: Service, aspect: str = OVERVIEW, place: Optional[str] = None) -> str:
    if aspect == ELIGIBILITY:
        return conditions(kb, service, place)
    return ASPECTS.get(aspect, overview)(kb, service, place)


def _condition_line(kb: KnowledgeBase, c: Criterion, status: str, previous: Optional[Criterion] = None) -> str:
    """One condition and its citation; a source just cited is "同上" (short lines on a phone)."""
    source, before = c.source, previous.source if previous is not None else None
    if before is not None and before.source == source.source and (
        source.source != "outline" or before.locator == source.locator
    ):
        where = "同上" + (f"，{source.locator}" if source.locator and source.source != "outline" else "")
    else:
        where = kb.cite(source)
    return f"{STATUS_MARK.get(status, status)}：{c.label}（{where}）"


def verdict(kb: KnowledgeBase, service: Service, result: Verdict, place: Optional[str] = None) -> str:
    """The outcome of a screening: each condition that applies to this resident
    with its citation (one that does not apply is not listed), why a condition
    the source leaves room on sends the resident to ask, then what next (and
    the office of ``place``, the resident's district or county, when known)."""
    headline = {
        LIKELY_ELIGIBLE: f"根据您的回答，您很可能符合【{service.name}】的条件。",
        POSSIBLY_ELIGIBLE: f"根据您的回答，您可能符合【{service.name}】的条件，建议向{service.agency_current}咨询或直接申请。",
        NOT_ELIGIBLE: f"根据您的回答，您暂不符合【{service.name}】的条件。",
        UNDETERMINED: f"根据您的回答，【{service.name}】还有条件需要向办理部门确认。",
        NEED_MORE_ANSWERS: f"【{service.name}】还需要再了解一些情况。",
        NO_CRITERIA: f"【{service.name}】的申请条件我这里没有资料。",
    }[result.status]
    lines = [headline]
    previous = None
    for r in result.required:
        lines.append(_condition_line(kb, r.criterion, r.status, previous))
        previous = r.criterion
        if r.status in (CONSULT, NOT_MET) and r.criterion.note is not None:
            lines.append(f"   说明：{r.criterion.note.text}（{kb.cite(r.criterion.note.source)}）")
    for r in result.priorities:
        if r.status == MET:
            lines.append(f"★ 优先：{r.criterion.label}（{kb.cite(r.criterion.source)}）")
    steps = [f"{r.criterion.label}（{kb.cite(r.criterion.source)}）" for r in result.steps]
    if result.status in (LIKELY_ELIGIBLE, POSSIBLY_ELIGIBLE):
        step = service.how_to_apply.text if service.how_to_apply else f"请向{service.agency_current}提出申请。"
        lines.append(f"下一步：{step}")
        lines.extend(f"   {line}" for line in local_office_lines(kb, service, place))
        lines.extend(f"   还要：{s}" for s in steps)
    elif result.status == NOT_ELIGIBLE:
        lines.append(f"如果情况有变化或有疑问，可以咨询{service.agency_current}或拨打12345。")
        lines.extend(f"   {line}" for line in local_office_lines(kb, service, place))
    else:
        lines.append(f"标注“待确认”的条件，请向{service.agency_current}核实，或拨打12345。")
        lines.extend(f"   {line}" for line in local_office_lines(kb, service, place))
        lines.extend(f"   还要：{s}" for s in steps)
    if service.caveat:
        lines.append(f"提示：{service.caveat.text}")
    lines.append("以上是初步判断，最终以受理部门审核为准。")
    return "\n".join(lines)


RATING_PROMPT = "这个回答对您有帮助吗？请评价："
RATINGS = ("非常满意", "满意", "基本满意", "不满意", "非常不满意")  # 政务服务“好差评”五级


def service_list(kb: KnowledgeBase, title: str, services, place: Optional[str] = None) -> str:
    """Several services, each with the body that handles it."""
    lines = [title]
    for i, s in enumerate(services, 1):
        lines.append(f"{i}. {s.name} — {s.agency_current}")
    lines.append("想了解哪一项，点一下或直接说名称；想知道自己能不能申请，可以说“X我能申请吗”。")
    return "\n".join(lines)


def clarification(candidates) -> str:
    names = [c.name for c in candidates]
    if len(names) == 2:
        return f"您想问的是“{names[0]}”还是“{names[1]}”？"
    return "您想问的是下面哪一项？" + "、".join(f"“{n}”" for n in names)


def household_results(kb: KnowledgeBase, ranked) -> str:
    """ranked: (service, verdict or None) pairs, best first."""
    if not ranked:
        return (
            "根据您说的情况，我在资料里没有找到明确适合您家的服务。"
            "具体可以咨询户籍所在地的乡镇（街道）或拨打12345政务服务便民热线。"
        )
    lines = ["根据您家的情况，这些服务您家可能可以享受（初步判断，以受理部门审核为准）："]
    for i, (service, result) in enumerate(ranked, 1):
        if result is None:
            note = "面向您家这类人群"
        elif result.status == LIKELY_ELIGIBLE:
            note = "很可能符合条件"
        else:
            note = "部分条件符合，还需确认"
        lines.append(f"{i}. {service.name}（{note}）— {service.agency_current}")
    lines.append("点一下某一项，我帮您逐条核对条件。")
    return "\n".join(lines)

