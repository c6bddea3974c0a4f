"""Plain, immutable records of the catalogue.

These are what the loader produces from the YAML files, what the database
stores, and what the query layer hands to callers. Nothing here knows about
Rasa or SQL.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Tuple

# Answer types of a fact.
BOOLEAN, NUMBER, CHOICE, DISTRICT = "boolean", "number", "choice", "district"
FACT_TYPES = (BOOLEAN, NUMBER, CHOICE, DISTRICT)

# Kinds of criteria: a required condition decides eligibility, a priority one
# only says who is served first, a step is something to do when applying
# ("办理失业登记"): it is listed as a next step and never refuses anyone.
REQUIRED, PRIORITY, STEP = "required", "priority", "step"
CRITERION_KINDS = (REQUIRED, PRIORITY, STEP)

# What a required condition that is not met means. "not_met" refuses; "consult"
# is for conditions the source leaves room on (local extensions, transition
# rules, open lists ending in 等): the resident may qualify and is sent to ask.
NOT_MET_REFUSES, NOT_MET_CONSULT = "not_met", "consult"

# Whose fact it is: the applicant, a child of the household (several children
# are several people), the woman of a couple, the household as a whole.
APPLICANT, CHILD, WOMAN, HOUSEHOLD = "applicant", "child", "woman", "household"
FACT_SUBJECTS = (APPLICANT, CHILD, WOMAN, HOUSEHOLD)

# Where a service is applied for: where the applicant's 户籍 is, or where they live.
HUKOU, RESIDENCE = "hukou", "residence"

# What a district question accepts besides the five district and county names.
OUTSIDE_HUZHOU = "外地"
# Huzhou's three districts and two counties: the one list in code (the catalogue's places.yml
# must name the same, tests/knowledge_base/test_catalogue.py checks it)
HUZHOU_DISTRICTS = ("吴兴区", "南浔区", "德清县", "长兴县", "安吉县")


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    kind: str
    number: Optional[str] = None
    issuer: Optional[str] = None
    date: Optional[str] = None
    via: Optional[str] = None

    def label(self) -> str:
        title = f"《{self.title}》" if self.kind not in ("public_fact", "public_numbers", "reform") else self.title
        return f"{title}（{self.number}）" if self.number else title


@dataclass(frozen=True)
class Citation:
    """A pointer into a source: ``outline#3.2`` or ``social_assistance_measures#第九条``."""

    source: str
    locator: Optional[str] = None

    @classmethod
    def parse(cls, text: str) -> "Citation":
        key, _, locator = str(text).partition("#")
        return cls(key.strip(), locator.strip() or None)

    def __str__(self) -> str:
        return f"{self.source}#{self.locator}" if self.locator else self.source


@dataclass(frozen=True)
class Statement:
    text: str
    source: Citation


@dataclass(frozen=True)
class Fact:
    """Something about a resident that eligibility rules test.

    ``question`` is always asked in the positive ("有劳动能力吗？"), so that a
    "没有" has one meaning; a criterion carries any negation in its rule.
    ``says`` holds the words residents use for it: for a yes/no fact the
    phrases that assert it (``positive``) or deny it (``negative``), and words
    too broad to read unless its question was asked (``positive_if_asked``,
    ``negative_if_asked``: "住院" answers "突发困难吗？" but says nothing
    elsewhere); a phrase "A…B" allows a few characters between A and B; for a choice, phrases
    per option (``options``); for a number, the words of the quantity
    (``words``). The answer reader (bot/reading) reads them; ``phrases`` turns
    a value back into words for confirmations and hand-off summaries.
    """

    key: str
    question: str
    type: str
    unit: Optional[str] = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    options: Tuple[str, ...] = ()
    personal: bool = False
    label: str = ""
    subject: str = APPLICANT
    says: Mapping[str, Any] = field(default_factory=dict)
    phrases: Mapping[str, str] = field(default_factory=dict)

    def yes_words(self, asked: bool = False) -> Tuple[str, ...]:
        """Phrases asserting the fact; ``asked``: those only read as an answer to its question."""
        return tuple(self.says.get("positive_if_asked" if asked else "positive") or ())

    def no_words(self, asked: bool = False) -> Tuple[str, ...]:
        return tuple(self.says.get("negative_if_asked" if asked else "negative") or ())

    def option_words(self) -> Dict[str, Tuple[str, ...]]:
        """Each option with the words that mean it, the option itself first."""
        extra = self.says.get("options") or {}
        return {o: (o, *extra.get(o, ())) for o in self.options}

    def quantity_words(self) -> Tuple[str, ...]:
        return tuple(self.says.get("words") or ())

    def describe(self, value: Any) -> str:
        """The value in words: "申请人没有劳动能力", "孩子5周岁"."""
        if isinstance(value, bool):
            phrase = self.phrases.get("positive" if value else "negative")
            if phrase:
                return phrase
            return f"{self.label or self.key}：{'是' if value else '否'}"
        if isinstance(value, (list, tuple)):
            shown = "、".join(f"{v:g}" if isinstance(v, (int, float)) else str(v) for v in value)
            return f"{self.label or self.key}：{shown}{self.unit or ''}"
        if isinstance(value, dict) and "from" in value:  # a range: "一年多" is 366 to 729 天
            low, high = value.get("from"), value.get("to")
            value = f"{low:g}至{high:g}" if high is not None else f"不少于{low:g}"
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        template = self.phrases.get("value")
        if template:
            return template.format(value=value, unit=self.unit or "")
        return f"{self.label or self.key}：{value}{self.unit or '' if isinstance(value, (int, float)) else ''}"


@dataclass(frozen=True)
class Criterion:
    """One condition of a service.

    A leaf criterion tests one fact with ``rule``; a group criterion is met when
    any of its ``any_of`` members is. ``when`` makes the criterion apply only to
    residents for whom that condition holds (e.g. only to migrant workers).
    """

    id: str
    label: str
    source: Citation
    kind: str = REQUIRED
    fact: Optional[str] = None
    rule: Mapping[str, Any] = field(default_factory=dict)
    any_of: Tuple["Criterion", ...] = ()
    when: Optional["Criterion"] = None
    question: Optional[str] = None
    otherwise: str = NOT_MET_REFUSES  # what "not met" means: refuse, or send to ask
    consult_if: Mapping[str, Any] = field(default_factory=dict)  # only these not-met values consult
    note: Optional["Statement"] = None  # why the resident should ask, with its source

    def facts(self) -> Tuple[str, ...]:
        """Every fact this criterion may need, in asking order."""
        keys: list = []
        if self.when is not None:
            keys.extend(self.when.facts())
        if self.fact:
            keys.append(self.fact)
        for member in self.any_of:
            keys.extend(member.facts())
        return tuple(dict.fromkeys(keys))


@dataclass(frozen=True)
class Body:
    """A body that does the work today, and its district/county counterpart."""

    key: str
    name: str
    local: Optional[str]
    local_checked: bool
    hotlines: Tuple[str, ...]

    def local_name(self, place: str) -> Optional[str]:
        return self.local.replace("{place}", place) if self.local else None


# A town's name without 镇/乡/街道 that means something else as often: the lake (太湖街道), a
# common word (朝阳), a city or county elsewhere (龙泉, 舞阳), a painter (昌硕), a side of a lake (湖东, 滨湖)
# — only the full name counts.
AMBIGUOUS_SHORT_TOWNS = frozenset({"太湖", "朝阳", "龙泉", "龙山", "舞阳", "昌硕", "湖东", "滨湖"})


def town_words(town: str) -> Tuple[str, ...]:
    """The words that name a town: its full name, and without 镇/乡/街道 ("洪桥镇", "洪桥")
    unless that short form is ambiguous."""
    short = town[:-2] if town.endswith("街道") else town[:-1]
    if len(short) >= 2 and town[-1] in "镇乡道" and short not in AMBIGUOUS_SHORT_TOWNS:
        return (town, short)
    return (town,)


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # district | county | zone
    aliases: Tuple[str, ...] = ()
    towns: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    code: str
    name: str
    domain: int
    domain_name: str
    agencies: Tuple[str, ...]


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    aliases: Tuple[str, ...]
    section: str
    section_name: str
    domain: int
    domain_name: str
    agency: str  # the outline's 责任单位, exactly as written
    agency_body: str  # key of the body that does the work today
    agency_current: str  # that body's name
    agency_current_source: Optional[Citation]  # the reform that renamed or moved it
    target_group: Statement
    content: Statement
    standard: Optional[Statement] = None
    how_to_apply: Optional[Statement] = None
    documents: Optional[Statement] = None
    hotlines: Tuple[str, ...] = ()
    groups: Tuple[str, ...] = ()
    criteria: Tuple[Criterion, ...] = ()
    caveat: Optional[Statement] = None
    apply_at: Optional[str] = None  # hukou | residence, when a source says where to apply
    apply_at_source: Optional[Citation] = None

    def statements(self) -> Dict[str, Statement]:
        named = {
            "target_group": self.target_group,
            "content": self.content,
            "standard": self.standard,
            "how_to_apply": self.how_to_apply,
            "documents": self.documents,
            "caveat": self.caveat,
        }
        return {k: v for k, v in named.items() if v is not None}

    def citations(self) -> Tuple[Citation, ...]:
        """Every source this record rests on, in order of first use."""
        found = [s.source for s in self.statements().values()]
        if self.agency_current_source:
            found.append(self.agency_current_source)

        def walk(criteria):
            for c in criteria:
                found.append(c.source)
                if c.note is not None:
                    found.append(c.note.source)
                walk(c.any_of)
                if c.when is not None:
                    walk((c.when,))

        walk(self.criteria)
        if self.apply_at_source:
            found.append(self.apply_at_source)
        return tuple(dict.fromkeys(found))

    def facts(self) -> Tuple[str, ...]:
        keys: list = []
        for c in self.criteria:
            keys.extend(c.facts())
        return tuple(dict.fromkeys(keys))


@dataclass(frozen=True)
class Catalogue:
    """Everything the catalogue files say, validated."""

    sources: Mapping[str, Source]
    sections: Mapping[str, Section]
    bodies: Mapping[str, Body]
    outline_agencies: Mapping[str, Tuple[str, Optional[Citation]]]  # name -> (body, renamed_by)
    places: Tuple[Place, ...]
    facts: Mapping[str, Fact]
    groups: Mapping[str, Tuple[str, ...]]
    hotlines: Mapping[str, str]
    services: Tuple[Service, ...]

    def service(self, service_id: str) -> Optional[Service]:
        for s in self.services:
            if s.id == service_id:
                return s
        return None
