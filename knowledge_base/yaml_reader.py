"""What every catalogue file's reader shares: YAML without duplicate keys,
problems collected with file, record and field, citations and statements.

Validation comes before anything is written anywhere. Every problem found is
reported with the file, the record and the field it concerns, so that an
official editing a YAML file can fix it without reading code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

from knowledge_base.types import Body, Citation, Fact, Place, Section, Source, Statement

SECTION_CODE = re.compile(r"^[1-8]\.[1-9]$")
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


class UniqueKeyLoader(yaml.SafeLoader):
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


UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


class Reader:
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
            return yaml.load(text, Loader=UniqueKeyLoader)
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


@dataclass(frozen=True)
class Context:
    sources: Mapping[str, Source]
    sections: Mapping[str, Section]
    bodies: Mapping[str, Body]
    outline_agencies: Mapping[str, Tuple[str, Optional[Citation]]]
    places: Tuple[Place, ...]
    facts: Mapping[str, Fact]
    groups: Mapping[str, Tuple[str, ...]]
    hotlines: Mapping[str, str]


def citation(reader, raw, file, record, field, sources, sections) -> Optional[Citation]:
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


def statement(reader, raw, file, record, field, context, required=True) -> Optional[Statement]:
    if raw is None:
        if required:
            reader.problem(file, record, field, "is missing")
        return None
    if not isinstance(raw, dict):
        reader.problem(file, record, field, "must be a mapping with 'text' and 'source'")
        return None
    text = reader.text(raw, "text", file, record, required=True)
    cited = citation(reader, raw.get("source"), file, record, f"{field}.source", context.sources, context.sections)
    if text and cited:
        return Statement(text, cited)
    return None
