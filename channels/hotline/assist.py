"""What a hotline operator sees for a caller's words: the finder's ranking, and for
the top services their card, checklist, answer script and a draft work order (工单).

Nothing here is a second copy of the assistant's logic: the ranking is
bot.finder.find_services on the Rasa model's parse (the object `bot predict`
writes), the card and the script are bot/answers.py (what the chat says), the
checklist is knowledge_base's own evaluation of the service's criteria, facts
said in passing are read by bot/reading (the dialogue's answer reader), and
what leaves for a work order is masked by bot/privacy.py. No Rasa imports:
the channel hands in the parse.
"""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

from bot import answers
from bot.finder import find_services
from bot.privacy import mask, mask_identifiers
from bot.reading import reader
from bot.triage import domain_gap
from bot.triage_answers import domain_gap as gap_text
from knowledge_base import KnowledgeBase
from knowledge_base.eligibility import UNKNOWN, _question_for
from knowledge_base.types import BOOLEAN, NUMBER, Criterion, Service

TOP = 3  # services given in full
RANKED = 5  # services ranked
HOTLINE = "12345"
OUT_OF_SCOPE_GUIDANCE = ("这不在服务目录里，助手没有可靠答案：请不要凭印象答复，"
                         "按12345工单流程转相关部门办理（下面是最接近的部门，仅供参考）。")
MAX_SUMMARY_CHARS = 200


def place_of(kb: KnowledgeBase, text: str, district: Optional[str] = None) -> Optional[str]:
    """The district or county the operator chose, else the one the caller named (directly or by a town)."""
    for words in (district, text):
        match = kb.resolve_place(words) if words else None
        if match is not None:
            return match.place.name
    return None


def _fact_input(kb: KnowledgeBase, criterion: Criterion, key: str) -> Dict[str, Any]:
    fact = kb.catalogue.facts[key]
    item: Dict[str, Any] = {"fact": key, "label": fact.label or key, "type": fact.type,
            "question": _question_for(criterion, key, kb.catalogue.facts)}
    if fact.type == NUMBER:
        item["unit"] = fact.unit or ""
    elif fact.type != BOOLEAN:
        item["options"] = list(fact.options) if fact.options else [p.name for p in kb.catalogue.places
                                                                    if p.kind in ("district", "county")]
    return item


def checklist(kb: KnowledgeBase, service: Service) -> List[Dict[str, Any]]:
    """Each condition of the service with its source and the questions to ask the caller."""
    return [{
        "id": c.id, "label": c.label, "kind": c.kind, "source": kb.cite(c.source),
        "note": f"{c.note.text}（{kb.cite(c.note.source)}）" if c.note is not None else None,
        "facts": [_fact_input(kb, c, key) for key in c.facts()],
    } for c in service.criteria]


def clean_answers(kb: KnowledgeBase, service: Service, given: Mapping[str, Any]) -> Dict[str, Any]:
    """The answers the operator ticked, kept only where they fit the fact (a wrong one is dropped, not guessed)."""
    facts = kb.catalogue.facts
    kept: Dict[str, Any] = {}
    for key in service.facts():
        value = given.get(key)
        fact = facts[key]
        if value is None or value == "":
            continue
        if value == UNKNOWN:
            kept[key] = UNKNOWN
        elif fact.type == BOOLEAN and isinstance(value, bool):
            kept[key] = value
        elif fact.type == NUMBER and isinstance(value, (int, float, str)) and not isinstance(value, bool):
            try:
                kept[key] = float(value)
            except ValueError:
                continue
        elif fact.type not in (BOOLEAN, NUMBER) and isinstance(value, str):
            kept[key] = value
    return kept


def check(kb: KnowledgeBase, service: Service, given: Mapping[str, Any], place: Optional[str] = None,
          text: str = "") -> Dict[str, Any]:
    """The checklist evaluated on the ticked answers: met / not met / consult / unknown per condition,
    and the work order with those answers."""
    values = clean_answers(kb, service, given)
    verdict = kb.evaluate(service.id, values)
    return {
        "work_order": work_order(kb, text, service, place, {k: v for k, v in values.items() if v != UNKNOWN}),
        "service": service.id, "status": verdict.status, "answers": values,
        "conditions": [{"id": r.criterion.id, "status": r.status, "shown": r.shown} for r in verdict.conditions],
        "next_question": verdict.next_question,
        "text": answers.verdict(kb, service, verdict, place),
    }


def facts_said(kb: KnowledgeBase, services: List[Service], text: str) -> Dict[str, Any]:
    """Facts of these services the caller stated in passing ("我是二级残疾", "住在安吉"), read once."""
    relevant = tuple(dict.fromkeys(k for s in services for k in s.facts()))
    if not text or not relevant:
        return {}
    try:
        values = reader.read(text, kb.catalogue, relevant=relevant).values()
    except Exception:  # the reader is a helper here: a sentence it cannot read leaves the boxes empty
        return {}
    return {k: v for k, v in values.items() if k in relevant}


def office(kb: KnowledgeBase, service: Service, place: Optional[str]) -> Dict[str, Any]:
    route = kb.route(service.id, place)
    return {
        "agency": service.agency_current,
        "agency_outline": route.agency_outline or None,
        "place": route.place.name if route.place else None,
        "local_office": route.local_office,
        "local_office_checked": route.local_checked,
        "hotline": answers.hotline_line(kb, service) or HOTLINE,
    }


def work_order(kb: KnowledgeBase, text: str, service: Optional[Service], place: Optional[str],
               said: Mapping[str, Any]) -> Dict[str, Any]:
    """A draft 工单; personal data (ID, phone, bank-card numbers, income, disability details) masked."""
    facts = kb.catalogue.facts
    # a personal fact (disability, income, health …) is named, its value is not written down
    lines = [f"{facts[k].label or k}：（个人信息，工单中不写明）" if facts[k].personal else mask(facts[k].describe(v))
             for k, v in said.items() if k in facts]
    route = office(kb, service, place) if service is not None else None
    body = (route["local_office"] or route["agency"]) if route else "12345相关部门"
    order = {
        "summary": mask(text.strip())[:MAX_SUMMARY_CHARS],
        "service": {"id": service.id, "name": service.name} if service else None,
        "district": place,
        "facts": lines,
        "suggested_body": body,
    }
    text_lines = [
        "【12345工单（草稿）】",
        f"来电诉求：{order['summary']}",
        f"匹配服务：{service.name if service else '（目录中没有对应服务）'}",
        f"所在区县：{place or '未说明'}",
    ]
    text_lines += [f"已了解：{line}" for line in order["facts"]] or ["已了解：（无）"]
    text_lines.append(f"建议承办单位：{body}")
    order["text"] = "\n".join(text_lines)
    return order


def service_card(kb: KnowledgeBase, service: Service, place: Optional[str], text: str = "",
                 said: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
    """Everything the console's card shows for one service; ``said``: the facts read from ``text`` already."""
    said = facts_said(kb, [service], text) if said is None else said
    said = {k: v for k, v in said.items() if k in service.facts()}
    statements = {k: {"text": s.text, "source": kb.cite(s.source)} for k, s in service.statements().items()}
    return {
        "id": service.id, "name": service.name, "section": service.section,
        "section_name": f"{service.domain_name} · {service.section_name}",
        "statements": statements,
        "office": office(kb, service, place),
        "sources": kb.sources_of(service),
        "checklist": checklist(kb, service),
        "facts_said": said,
        "check": check(kb, service, said, place, text) if service.criteria else None,
        "script": answers.overview(kb, service, place),
        "where": answers.where(kb, service, place),
        "work_order": work_order(kb, text, service, place, said),
    }


def closest_bodies(kb: KnowledgeBase, text: str, place: Optional[str]) -> Dict[str, Any]:
    """Out of scope: the body in charge when the topic is a known gap, else the bodies of the nearest entries."""
    gap = domain_gap(text)
    if gap is not None:
        body = kb.catalogue.bodies[gap.body]
        return {"bodies": [body.name], "topic": gap.topic, "text": gap_text(kb, gap, place)}
    bodies: List[str] = []
    for hit in kb.search(text, limit=5):
        if hit.service.agency_current not in bodies:
            bodies.append(hit.service.agency_current)
    return {"bodies": bodies[:3], "topic": None, "text": None}


def assist(parse: Mapping[str, Any], kb: KnowledgeBase, district: Optional[str] = None,
           text: Optional[str] = None) -> Dict[str, Any]:
    """The assist API's answer for one parse of the caller's words ``text`` (see README "For hotline operators")."""
    found = find_services(parse, kb, RANKED)
    text = text if text is not None else (found.text or "")
    place = place_of(kb, text, district)
    result = found.as_dict()
    result["text"] = mask_identifiers(text)  # same length: the entities' offsets still hold
    result["district"] = place
    top = [service for service in (kb.service(s.id) for s in found.services[:TOP]) if service is not None]
    said = facts_said(kb, top, text)
    result["top"] = [service_card(kb, service, place, text, said) for service in top]
    if not found.in_scope or not found.services:
        result["out_of_scope"] = {**closest_bodies(kb, text, place), "guidance": OUT_OF_SCOPE_GUIDANCE,
                                  "hotline": HOTLINE}
        result["work_order"] = work_order(kb, text, None, place, {})
    return result


def search(kb: KnowledgeBase, words: str = "", section: str = "", body: str = "", limit: int = 20) -> List[Dict[str, Any]]:
    """Knowledge-base search by words (BM25), section (code or name) or body (today's or the outline's name)."""
    catalogue = kb.catalogue
    chosen: Optional[List[Service]] = None
    if section:
        codes = {code for code, s in catalogue.sections.items() if section in (code, s.name) or section in s.name}
        chosen = [s for s in catalogue.services if s.section in codes]
    if body:
        by_body = [s for s in (chosen if chosen is not None else catalogue.services)
                   if body in s.agency_current or body in s.agency]
        chosen = by_body
    if words.strip():
        hits = kb.search(words, limit=limit if chosen is None else len(catalogue.services))
        allowed = None if chosen is None else {s.id for s in chosen}
        chosen = [h.service for h in hits if allowed is None or h.service.id in allowed]
    return [{"id": s.id, "name": s.name, "section": s.section, "section_name": s.section_name,
             "agency": s.agency, "agency_current": s.agency_current} for s in (chosen or [])[:limit]]
