"""Reads and validates the catalogue files under ``knowledge_base/catalogue``.

This module reads sources, sections, agencies, places, groups and services;
facts and eligibility criteria are read by ``rules_loader``, and what every
reader shares is in ``yaml_reader``. Loading stops with :class:`CatalogueError`
listing all problems, not just the first.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

from knowledge_base.rules_loader import read_criteria, read_facts
from knowledge_base.types import HUKOU, RESIDENCE, Body, Catalogue, Citation, Place, Section, Service, Source
from knowledge_base.yaml_reader import (  # noqa: F401  (CatalogueError and Problem are part of this module's API)
    SECTION_CODE,
    CatalogueError,
    Context,
    Problem,
    Reader,
    citation,
    statement,
)

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"
SERVICE_ID = re.compile(r"^[a-z][a-z0-9_]{2,63}$")
MAX_ALIASES = 40


def load_catalogue(root: Optional[Path] = None) -> Catalogue:
    """Reads every catalogue file under ``root`` and validates it as a whole."""
    reader = Reader(Path(root) if root else CATALOGUE_DIR)
    sources = _read_sources(reader)
    hotlines = _read_hotlines(reader)
    sections = _read_sections(reader)
    bodies, outline_agencies = _read_agencies(reader, sources, hotlines)
    places = _read_places(reader)
    facts = read_facts(reader)
    groups = _read_groups(reader)
    context = Context(sources, sections, bodies, outline_agencies, places, facts, groups, hotlines)
    services = _read_services(reader, context)
    if reader.problems:
        raise CatalogueError(reader.problems)
    return Catalogue(
        sources=sources,
        sections=sections,
        bodies=bodies,
        outline_agencies=outline_agencies,
        places=places,
        facts=facts,
        groups=groups,
        hotlines=hotlines,
        services=services,
    )


def _read_sources(reader: Reader) -> Dict[str, Source]:
    file = "sources.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "sources")
    result = {}
    for key, raw in reader.mapping(data.get("sources"), file, None, "sources").items():
        raw = reader.mapping(raw, file, key, "sources")
        title = reader.text(raw, "title", file, key)
        kind = reader.text(raw, "kind", file, key)
        if title and kind:
            result[key] = Source(
                key=key,
                title=title,
                kind=kind,
                number=reader.text(raw, "number", file, key, required=False),
                issuer=reader.text(raw, "issuer", file, key, required=False),
                date=reader.text(raw, "date", file, key, required=False),
                via=reader.text(raw, "via", file, key, required=False),
            )
    if "outline" not in result:
        reader.problem(file, "outline", None, "the action outline must be a source")
    return result


def _read_hotlines(reader: Reader) -> Dict[str, str]:
    file = "hotlines.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "hotlines")
    result = {}
    for number, name in reader.mapping(data.get("hotlines"), file, None, "hotlines").items():
        number = str(number)
        if not re.fullmatch(r"\d{3,5}", number):
            reader.problem(file, number, None, "a public hotline is 3 to 5 digits")
            continue
        result[number] = str(name)
    return result


def _read_sections(reader: Reader) -> Dict[str, Section]:
    file = "sections.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "domains")
    result: Dict[str, Section] = {}
    domains = data.get("domains") or []
    if not isinstance(domains, list):
        reader.problem(file, None, "domains", "must be a list")
        return result
    for raw_domain in domains:
        raw_domain = reader.mapping(raw_domain, file, None, "domains")
        code = raw_domain.get("code")
        name = reader.text(raw_domain, "name", file, f"domain {code}")
        if not isinstance(code, int) or not 1 <= code <= 8:
            reader.problem(file, f"domain {code}", "code", "must be a number from 1 to 8")
            continue
        for raw in raw_domain.get("sections") or []:
            raw = reader.mapping(raw, file, f"domain {code}", "sections")
            scode = str(raw.get("code", ""))
            if not SECTION_CODE.match(scode) or not scode.startswith(f"{code}."):
                reader.problem(file, scode or "?", "code", f"must look like '{code}.1'")
                continue
            if scode in result:
                reader.problem(file, scode, "code", "duplicate section")
                continue
            agencies = reader.text_list(raw, "agencies", file, scode)
            if not agencies:
                reader.problem(file, scode, "agencies", "every sub-area names at least one 责任单位")
            result[scode] = Section(
                code=scode,
                name=reader.text(raw, "name", file, scode) or "",
                domain=code,
                domain_name=name or "",
                agencies=agencies,
            )
    return result


def _read_agencies(reader: Reader, sources: Mapping[str, Source], hotlines: Mapping[str, str]):
    file = "agencies.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "bodies")
    bodies: Dict[str, Body] = {}
    for key, raw in reader.mapping(data.get("bodies"), file, None, "bodies").items():
        raw = reader.mapping(raw, file, key, "bodies")
        local = reader.text(raw, "local", file, key, required=False)
        if local and "{place}" not in local:
            reader.problem(file, key, "local", "must contain {place}")
        numbers = reader.text_list(raw, "hotlines", file, key)
        for n in numbers:
            if n not in hotlines:
                reader.problem(file, key, "hotlines", f"{n} is not a public hotline in hotlines.yml")
        bodies[key] = Body(
            key=key,
            name=reader.text(raw, "name", file, key) or "",
            local=local,
            local_checked=bool(raw.get("local_checked", False)),
            hotlines=numbers,
        )
    outline: Dict[str, Tuple[str, Optional[Citation]]] = {}
    for name, raw in reader.mapping(data.get("outline_names"), file, None, "outline_names").items():
        raw = reader.mapping(raw, file, name, "outline_names")
        body = raw.get("body")
        if body not in bodies:
            reader.problem(file, name, "body", f"unknown body '{body}'")
            continue
        renamed = raw.get("renamed_by")
        cited = citation(reader, renamed, file, name, "renamed_by", sources, None) if renamed else None
        outline[name] = (body, cited)
    return bodies, outline


def _read_places(reader: Reader) -> Tuple[Place, ...]:
    file = "places.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "places")
    result = []
    for raw in data.get("places") or []:
        raw = reader.mapping(raw, file, None, "places")
        name = reader.text(raw, "name", file, None)
        kind = raw.get("kind", "")
        if kind not in ("district", "county"):
            reader.problem(file, name, "kind", "must be 'district' or 'county'")
        if name:
            result.append(
                Place(name, kind, reader.text_list(raw, "aliases", file, name), reader.text_list(raw, "towns", file, name))
            )
    for raw in data.get("zones") or []:
        raw = reader.mapping(raw, file, None, "zones")
        name = reader.text(raw, "name", file, None)
        if name:
            result.append(Place(name, "zone", reader.text_list(raw, "aliases", file, name)))
    return tuple(result)


def _read_groups(reader: Reader) -> Dict[str, Tuple[str, ...]]:
    file = "groups.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "groups")
    groups = reader.mapping(data.get("groups"), file, None, "groups")
    return {name: reader.text_list(groups, name, file, name) for name in groups}


def _read_services(reader: Reader, context: Context) -> Tuple[Service, ...]:
    services: List[Service] = []
    seen_ids: Dict[str, str] = {}
    files = sorted((reader.root / "services").glob("*.yml"))
    if not files:
        reader.problem("services/", None, None, "no service files found")
    for path in files:
        file = f"services/{path.name}"
        data = reader.read_yaml(file)
        if data is None:
            continue
        data = reader.mapping(data, file, None, "services")
        domain = data.get("domain")
        records = data.get("services")
        if not isinstance(records, list):
            reader.problem(file, None, "services", "must be a list of services")
            continue
        for index, raw in enumerate(records, 1):
            record = raw.get("id") if isinstance(raw, dict) else None
            label = str(record) if record else f"#{index}"
            if not isinstance(raw, dict):
                reader.problem(file, label, None, "a service must be a mapping")
                continue
            service = _read_service(reader, raw, file, label, domain, context)
            if service is None:
                continue
            if service.id in seen_ids:
                reader.problem(file, label, "id", f"duplicate id, already used in {seen_ids[service.id]}")
                continue
            seen_ids[service.id] = file
            services.append(service)
    _check_aliases(reader, services)
    return tuple(services)


KNOWN_SERVICE_KEYS = {
    "id", "name", "aliases", "section", "agency", "agency_current", "target_group", "content",
    "standard", "how_to_apply", "documents", "hotlines", "groups", "criteria", "caveat", "apply_at",
}


def _read_service(reader, raw, file, label, domain, context) -> Optional[Service]:
    before = len(reader.problems)
    for key in raw:
        if key not in KNOWN_SERVICE_KEYS:
            reader.problem(file, label, key, "unknown field (typo?)")
    sid = raw.get("id")
    if not isinstance(sid, str) or not SERVICE_ID.match(sid):
        reader.problem(file, label, "id", "must be lower-case English words joined by '_' (e.g. minimum_living_allowance)")
    name = reader.text(raw, "name", file, label)
    aliases = reader.text_list(raw, "aliases", file, label)
    if len(aliases) > MAX_ALIASES:
        reader.problem(file, label, "aliases", f"at most {MAX_ALIASES} aliases")
    section_code = str(raw.get("section", ""))
    section = context.sections.get(section_code)
    if section is None:
        reader.problem(file, label, "section", f"unknown section '{section_code}' (known: 1.1 … 8.3, see sections.yml)")
    elif domain is not None and section.domain != domain:
        reader.problem(file, label, "section", f"section {section_code} is not in this file's domain {domain}")
    agency = reader.text(raw, "agency", file, label)
    body_key, renamed_by = None, None
    if agency:
        if section is not None and agency not in section.agencies:
            reader.problem(
                file, label, "agency",
                f"'{agency}' is not a 责任单位 of section {section_code} (the outline names: {'、'.join(section.agencies)})",
            )
        if agency not in context.outline_agencies:
            reader.problem(file, label, "agency", f"'{agency}' is not in agencies.yml outline_names")
        else:
            body_key, renamed_by = context.outline_agencies[agency]
    current = raw.get("agency_current")
    current_source = renamed_by
    if current is not None:
        current = reader.mapping(current, file, label, "agency_current")
        if current.get("body") not in context.bodies:
            reader.problem(file, label, "agency_current.body", f"unknown body '{current.get('body')}'")
        else:
            body_key = current["body"]
        current_source = citation(
            reader, current.get("source"), file, label, "agency_current.source", context.sources, context.sections
        )
    hotlines = reader.text_list(raw, "hotlines", file, label)
    for n in hotlines:
        if n not in context.hotlines:
            reader.problem(file, label, "hotlines", f"{n} is not a public hotline in hotlines.yml")
    groups = reader.text_list(raw, "groups", file, label)
    for g in groups:
        if g not in context.groups:
            reader.problem(file, label, "groups", f"unknown group '{g}' (see groups.yml)")
    statements: Dict[str, Any] = {  # target_group and content are required: checked just below
        field: statement(reader, raw.get(field), file, label, field, context, required=field in ("target_group", "content"))
        for field in ("target_group", "content", "standard", "how_to_apply", "documents", "caveat")
    }
    criteria = read_criteria(reader, raw.get("criteria"), file, label, context)
    apply_at, apply_at_source = _apply_at(reader, raw.get("apply_at"), file, label, context)
    if len(reader.problems) > before:
        return None
    body = context.bodies[body_key]
    return Service(
        id=sid,
        name=name,
        aliases=aliases,
        section=section.code,
        section_name=section.name,
        domain=section.domain,
        domain_name=section.domain_name,
        agency=agency,
        agency_body=body.key,
        agency_current=body.name,
        agency_current_source=current_source,
        hotlines=tuple(dict.fromkeys(hotlines + body.hotlines)),
        groups=groups,
        criteria=criteria,
        apply_at=apply_at,
        apply_at_source=apply_at_source,
        **statements,
    )


def _check_aliases(reader: Reader, services: List[Service]) -> None:
    """An alias may point to one service only, and never to another's name."""
    owner: Dict[str, str] = {}
    for s in services:
        for word in (s.name,) + s.aliases:
            if word in owner and owner[word] != s.id:
                reader.problem(
                    "services/", s.id, "aliases", f"'{word}' is also a name or alias of '{owner[word]}'"
                )
            owner.setdefault(word, s.id)


def _apply_at(reader, raw, file, label, context) -> Tuple[Optional[str], Optional[Citation]]:
    """Where the service is applied for, as a source says: ``{where: hukou, source: ...}``."""
    if raw is None:
        return None, None
    raw = reader.mapping(raw, file, label, "apply_at")
    where = raw.get("where")
    if where not in (HUKOU, RESIDENCE):
        reader.problem(file, label, "apply_at.where", f"must be '{HUKOU}' (户籍所在地) or '{RESIDENCE}' (居住地)")
    source = citation(reader, raw.get("source"), file, label, "apply_at.source", context.sources, context.sections)
    return where, source
