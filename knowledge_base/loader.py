"""Reads and validates the catalogue files under ``knowledge_base/catalogue``.

Validation comes before anything is written anywhere. Every problem found is
reported with the file, the record and the field it concerns, so that an
official editing a YAML file can fix it without reading code. Loading stops
with :class:`CatalogueError` listing all problems, not just the first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

from knowledge_base.types import (
    BOOLEAN,
    CHOICE,
    DISTRICT,
    FACT_TYPES,
    NUMBER,
    OUTSIDE_HUZHOU,
    PRIORITY,
    REQUIRED,
    Body,
    Catalogue,
    Citation,
    Criterion,
    Fact,
    Place,
    Section,
    Service,
    Source,
    Statement,
)

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"
SERVICE_ID = re.compile(r"^[a-z][a-z0-9_]{2,63}$")
SECTION_CODE = re.compile(r"^[1-8]\.[1-9]$")
NUMBER_OPS = ("ge", "gt", "le", "lt")
MAX_ALIASES = 40
MAX_TEXT = 600


@dataclass(frozen=True)
class Problem:
    file: str
    record: Optional[str]
    field: Optional[str]
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.record:
            where += f": record '{self.record}'"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class CatalogueError(Exception):
    """The catalogue files are not valid; nothing was loaded."""

    def __init__(self, problems: List[Problem]):
        self.problems = problems
        lines = [f"catalogue is invalid ({len(problems)} problem(s)); nothing was written:"]
        lines += [f"  - {p}" for p in problems]
        super().__init__("\n".join(lines))


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses duplicate keys instead of keeping the last."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


class _Reader:
    """Collects problems while reading; one instance per load."""

    def __init__(self, root: Path):
        self.root = root
        self.problems: List[Problem] = []

    def problem(self, file: str, record: Optional[str], field: Optional[str], message: str):
        self.problems.append(Problem(file, record, field, message))

    def read_yaml(self, relative: str) -> Any:
        path = self.root / relative
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.problem(relative, None, None, "file is missing")
            return None
        except UnicodeDecodeError as e:
            self.problem(relative, None, None, f"file is not UTF-8 text ({e.reason} at byte {e.start})")
            return None
        try:
            return yaml.load(text, Loader=_UniqueKeyLoader)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            detail = getattr(e, "problem", None) or str(e)
            self.problem(relative, None, None, f"malformed YAML{where}: {detail}")
            return None

    def mapping(self, value: Any, file: str, record: Optional[str], field: str) -> Dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(file, record, field, f"must be a mapping, got {type(value).__name__}")
            return {}
        return value

    def text(
        self, data: Mapping, key: str, file: str, record: Optional[str], required: bool = True
    ) -> Optional[str]:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(file, record, key, "is missing")
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.problem(file, record, key, f"must be text, got {type(value).__name__}")
            return None
        value = str(value).strip()
        if len(value) > MAX_TEXT:
            self.problem(file, record, key, f"is {len(value)} characters long; keep it under {MAX_TEXT}")
        return value

    def text_list(self, data: Mapping, key: str, file: str, record: Optional[str]) -> Tuple[str, ...]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            self.problem(file, record, key, "must be a list of words")
            return ()
        return tuple(str(v).strip() for v in value if str(v).strip())


def load_catalogue(root: Optional[Path] = None) -> Catalogue:
    """Reads every catalogue file under ``root`` and validates it as a whole."""
    reader = _Reader(Path(root) if root else CATALOGUE_DIR)
    sources = _read_sources(reader)
    hotlines = _read_hotlines(reader)
    sections = _read_sections(reader)
    bodies, outline_agencies = _read_agencies(reader, sources, hotlines)
    places = _read_places(reader)
    facts = _read_facts(reader)
    groups = _read_groups(reader)
    context = _Context(sources, sections, bodies, outline_agencies, places, facts, groups, hotlines)
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


def _read_sources(reader: _Reader) -> Dict[str, Source]:
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


def _read_hotlines(reader: _Reader) -> Dict[str, str]:
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


def _read_sections(reader: _Reader) -> Dict[str, Section]:
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


def _read_agencies(reader: _Reader, sources: Mapping[str, Source], hotlines: Mapping[str, str]):
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
        citation = _citation(reader, renamed, file, name, "renamed_by", sources, None) if renamed else None
        outline[name] = (body, citation)
    return bodies, outline


def _read_places(reader: _Reader) -> Tuple[Place, ...]:
    file = "places.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "places")
    result = []
    for raw in data.get("places") or []:
        raw = reader.mapping(raw, file, None, "places")
        name = reader.text(raw, "name", file, None)
        kind = raw.get("kind")
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


def _read_facts(reader: _Reader) -> Dict[str, Fact]:
    file = "facts.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "facts")
    result = {}
    for key, raw in reader.mapping(data.get("facts"), file, None, "facts").items():
        raw = reader.mapping(raw, file, key, "facts")
        kind = raw.get("type")
        if kind not in FACT_TYPES:
            reader.problem(file, key, "type", f"must be one of {', '.join(FACT_TYPES)}")
            continue
        options = reader.text_list(raw, "options", file, key)
        if kind == CHOICE and len(options) < 2:
            reader.problem(file, key, "options", "a choice needs at least two options")
        minimum, maximum = raw.get("min"), raw.get("max")
        if kind == NUMBER:
            if not all(isinstance(v, (int, float)) for v in (minimum, maximum)) or minimum >= maximum:
                reader.problem(file, key, "min/max", "a number needs min < max")
            if not raw.get("unit"):
                reader.problem(file, key, "unit", "a number needs a unit")
        result[key] = Fact(
            key=key,
            question=reader.text(raw, "question", file, key) or "",
            type=kind,
            unit=raw.get("unit"),
            minimum=minimum,
            maximum=maximum,
            options=options,
            personal=bool(raw.get("personal", False)),
        )
    return result


def _read_groups(reader: _Reader) -> Dict[str, Tuple[str, ...]]:
    file = "groups.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "groups")
    groups = reader.mapping(data.get("groups"), file, None, "groups")
    return {name: reader.text_list(groups, name, file, name) for name in groups}


@dataclass(frozen=True)
class _Context:
    sources: Mapping[str, Source]
    sections: Mapping[str, Section]
    bodies: Mapping[str, Body]
    outline_agencies: Mapping[str, Tuple[str, Optional[Citation]]]
    places: Tuple[Place, ...]
    facts: Mapping[str, Fact]
    groups: Mapping[str, Tuple[str, ...]]
    hotlines: Mapping[str, str]


def _citation(reader, raw, file, record, field, sources, sections) -> Optional[Citation]:
    if not raw or not isinstance(raw, str):
        reader.problem(file, record, field, "needs a source, written '<source>' or '<source>#<where>'")
        return None
    citation = Citation.parse(raw)
    if citation.source not in sources:
        reader.problem(file, record, field, f"unknown source '{citation.source}' (see sources.yml)")
        return None
    if citation.source == "outline" and sections is not None:
        loc = citation.locator or ""
        if SECTION_CODE.match(loc) and loc not in sections:
            reader.problem(file, record, field, f"the outline has no section {loc}")
        elif not loc:
            reader.problem(file, record, field, "an outline citation names its section, e.g. outline#3.2")
    return citation


def _statement(reader, raw, file, record, field, context, required=True) -> Optional[Statement]:
    if raw is None:
        if required:
            reader.problem(file, record, field, "is missing")
        return None
    if not isinstance(raw, dict):
        reader.problem(file, record, field, "must be a mapping with 'text' and 'source'")
        return None
    text = reader.text(raw, "text", file, record, required=True)
    citation = _citation(reader, raw.get("source"), file, record, f"{field}.source", context.sources, context.sections)
    if text and citation:
        return Statement(text, citation)
    return None


def _read_services(reader: _Reader, context: _Context) -> Tuple[Service, ...]:
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
    "standard", "how_to_apply", "documents", "hotlines", "groups", "criteria", "caveat",
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
        current_source = _citation(
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
    statements = {
        field: _statement(reader, raw.get(field), file, label, field, context, required=field in ("target_group", "content"))
        for field in ("target_group", "content", "standard", "how_to_apply", "documents", "caveat")
    }
    criteria = _read_criteria(reader, raw.get("criteria"), file, label, context)
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
        **statements,
    )


def _read_criteria(reader, raw, file, label, context) -> Tuple[Criterion, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        reader.problem(file, label, "criteria", "must be a list")
        return ()
    result = []
    for i, item in enumerate(raw, 1):
        c = _read_criterion(reader, item, file, label, f"criteria[{i}]", f"c{i}", context, None)
        if c is not None:
            result.append(c)
    return tuple(result)


CRITERION_KEYS = {"label", "fact", "rule", "any_of", "when", "kind", "source", "question"}


def _read_criterion(reader, raw, file, label, field, cid, context, parent_source) -> Optional[Criterion]:
    """Reads one criterion; nested ones (any_of, when) may inherit their parent's source."""
    if not isinstance(raw, dict):
        reader.problem(file, label, field, "a criterion must be a mapping")
        return None
    for key in raw:
        if key not in CRITERION_KEYS:
            reader.problem(file, label, f"{field}.{key}", "unknown field (typo?)")
    text = reader.text(raw, "label", file, label, required=False)
    if not text:
        reader.problem(file, label, f"{field}.label", "is missing (say the condition in plain words)")
    kind = raw.get("kind", REQUIRED)
    if kind not in (REQUIRED, PRIORITY):
        reader.problem(file, label, f"{field}.kind", "must be 'required' or 'priority'")
    if raw.get("source") is None and parent_source is not None:
        citation = parent_source
    else:
        citation = _citation(
            reader, raw.get("source"), file, label, f"{field}.source", context.sources, context.sections
        )
    fact, any_of = raw.get("fact"), raw.get("any_of")
    if bool(fact) == bool(any_of):
        reader.problem(file, label, field, "needs either 'fact' with 'rule', or 'any_of'")
        return None
    members: Tuple[Criterion, ...] = ()
    rule: Dict = {}
    if fact:
        if fact not in context.facts:
            reader.problem(file, label, f"{field}.fact", f"unknown fact '{fact}' (see facts.yml)")
            return None
        rule = _check_rule(reader, raw.get("rule"), context.facts[fact], context, file, label, f"{field}.rule")
    elif not isinstance(any_of, list) or len(any_of) < 2:
        reader.problem(file, label, f"{field}.any_of", "needs a list of at least two conditions")
        return None
    else:
        members = tuple(
            m
            for j, item in enumerate(any_of, 1)
            if (m := _read_criterion(reader, item, file, label, f"{field}.any_of[{j}]", f"{cid}.{j}", context, citation))
        )
    when = None
    if raw.get("when") is not None:
        when = _read_criterion(reader, raw["when"], file, label, f"{field}.when", f"{cid}.when", context, citation)
    if text is None or citation is None:
        return None
    return Criterion(
        id=cid,
        label=text,
        source=citation,
        kind=kind,
        fact=fact,
        rule=rule,
        any_of=members,
        when=when,
        question=reader.text(raw, "question", file, label, required=False),
    )


def _check_rule(reader, rule, fact: Fact, context, file, label, field) -> Dict:
    if not isinstance(rule, dict) or not rule:
        reader.problem(file, label, field, "is missing")
        return {}
    if fact.type == BOOLEAN:
        if set(rule) != {"is"} or not isinstance(rule["is"], bool):
            reader.problem(file, label, field, f"a yes/no fact ('{fact.key}') takes 'is: true' or 'is: false'")
    elif fact.type == NUMBER:
        unknown = set(rule) - set(NUMBER_OPS)
        if unknown or not rule:
            reader.problem(file, label, field, f"a number fact ('{fact.key}') takes ge/gt/le/lt, got {sorted(rule)}")
        for op in set(rule) & set(NUMBER_OPS):
            value = rule[op]
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                reader.problem(file, label, f"{field}.{op}", f"must be a number, got {value!r}")
            elif not fact.minimum <= value <= fact.maximum:
                reader.problem(
                    file, label, f"{field}.{op}", f"{value} is outside {fact.minimum}–{fact.maximum} {fact.unit}"
                )
    elif fact.type in (CHOICE, DISTRICT):
        allowed = (
            set(fact.options)
            if fact.type == CHOICE
            else {p.name for p in context.places if p.kind != "zone"} | {OUTSIDE_HUZHOU}
        )
        if fact.type == DISTRICT and set(rule) == {"in_huzhou"}:
            if not isinstance(rule["in_huzhou"], bool):
                reader.problem(file, label, field, "'in_huzhou' takes true or false")
            return dict(rule)
        if len(rule) != 1 or next(iter(rule)) not in ("in", "not_in"):
            reader.problem(file, label, field, f"a {fact.type} fact ('{fact.key}') takes 'in: [...]' or 'not_in: [...]'")
            return dict(rule)
        values = next(iter(rule.values()))
        if not isinstance(values, list) or not values:
            reader.problem(file, label, field, "needs a list of options")
        else:
            for v in values:
                if v not in allowed:
                    reader.problem(file, label, field, f"'{v}' is not an option of '{fact.key}' ({'、'.join(sorted(allowed))})")
    return dict(rule)


def _check_aliases(reader: _Reader, services: List[Service]) -> None:
    """An alias may point to one service only, and never to another's name."""
    owner: Dict[str, str] = {}
    for s in services:
        for word in (s.name,) + s.aliases:
            if word in owner and owner[word] != s.id:
                reader.problem(
                    "services/", s.id, "aliases", f"'{word}' is also a name or alias of '{owner[word]}'"
                )
            owner.setdefault(word, s.id)
