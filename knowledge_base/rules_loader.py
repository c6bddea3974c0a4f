"""Reads the catalogue's eligibility rules: the facts (facts.yml) and each
service's ``criteria``.

A fact is asked in the positive and carries the words residents use for it
(``says``); a criterion tests one fact, or is met by any of several
(``any_of``), may apply to some residents only (``when``), and says what "not
met" means where the source leaves room (``otherwise: consult`` with a
``note`` and, optionally, ``consult_if`` the values that leave room).
"""
from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

from knowledge_base.types import (
    BOOLEAN,
    CHOICE,
    CRITERION_KINDS,
    DISTRICT,
    FACT_SUBJECTS,
    FACT_TYPES,
    NOT_MET_CONSULT,
    NOT_MET_REFUSES,
    NUMBER,
    OUTSIDE_HUZHOU,
    REQUIRED,
    Criterion,
    Fact,
)
from knowledge_base.yaml_reader import Context, Reader, citation, statement

NUMBER_OPS = ("ge", "gt", "le", "lt")
FACT_KEYS = {"question", "type", "unit", "min", "max", "options", "personal", "label", "subject", "says", "phrases"}
SAYS_KEYS = {
    BOOLEAN: {"positive", "negative", "positive_if_asked", "negative_if_asked"},
    CHOICE: {"options"},
}
PHRASE_KEYS = {"positive", "negative", "value"}
CRITERION_KEYS = {
    "label", "fact", "rule", "any_of", "when", "kind", "source", "question", "otherwise", "consult_if", "note",
}


def read_facts(reader: Reader) -> Dict[str, Fact]:
    file = "facts.yml"
    data = reader.mapping(reader.read_yaml(file), file, None, "facts")
    result = {}
    for key, raw in reader.mapping(data.get("facts"), file, None, "facts").items():
        raw = reader.mapping(raw, file, key, "facts")
        for field in raw:
            if field not in FACT_KEYS:
                reader.problem(file, key, field, "unknown field (typo?)")
        kind = raw.get("type")
        if kind not in FACT_TYPES:
            reader.problem(file, key, "type", f"must be one of {', '.join(FACT_TYPES)}")
            continue
        options = reader.text_list(raw, "options", file, key)
        if kind == CHOICE and len(options) < 2:
            reader.problem(file, key, "options", "a choice needs at least two options")
        minimum, maximum = raw.get("min"), raw.get("max")
        if kind == NUMBER:
            if not (isinstance(minimum, (int, float)) and isinstance(maximum, (int, float))) or minimum >= maximum:
                reader.problem(file, key, "min/max", "a number needs min < max")
            if not raw.get("unit"):
                reader.problem(file, key, "unit", "a number needs a unit")
        subject = raw.get("subject", "applicant")
        if subject not in FACT_SUBJECTS:
            reader.problem(file, key, "subject", f"must be one of {', '.join(FACT_SUBJECTS)}")
        result[key] = Fact(
            key=key,
            question=reader.text(raw, "question", file, key) or "",
            type=kind,
            unit=raw.get("unit"),
            minimum=minimum,
            maximum=maximum,
            options=options,
            personal=bool(raw.get("personal", False)),
            label=reader.text(raw, "label", file, key) or key,
            subject=subject,
            says=_says(reader, raw.get("says"), kind, options, file, key),
            phrases=_phrases(reader, raw.get("phrases"), file, key),
        )
    return result


def _words(reader: Reader, value: Any, file: str, key: str, field: str) -> Tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) and str(v).strip() for v in value):
        reader.problem(file, key, field, "must be a list of words")
        return ()
    return tuple(str(v).strip() for v in value)


def _says(reader: Reader, raw: Any, kind: str, options, file: str, key: str) -> Dict[str, Any]:
    """The words residents use for a fact, checked against its type."""
    if raw is None:
        return {}
    raw = reader.mapping(raw, file, key, "says")
    says: Dict[str, Any] = {}
    for field, value in raw.items():
        if field not in SAYS_KEYS.get(kind, set()):
            allowed = sorted(SAYS_KEYS.get(kind, ())) or "nothing (numbers and places are read by their units)"
            reader.problem(file, key, f"says.{field}", f"a {kind} fact's says takes {allowed}")
            continue
        if field == "options":
            value = reader.mapping(value, file, key, "says.options")
            for option in value:
                if option not in options:
                    reader.problem(file, key, f"says.options.{option}", "is not one of the fact's options")
            says["options"] = {o: _words(reader, w, file, key, f"says.options.{o}") for o, w in value.items()}
        else:
            says[field] = _words(reader, value, file, key, f"says.{field}")
    return says


def _phrases(reader: Reader, raw: Any, file: str, key: str) -> Dict[str, str]:
    raw = reader.mapping(raw, file, key, "phrases")
    for field in raw:
        if field not in PHRASE_KEYS:
            reader.problem(file, key, f"phrases.{field}", f"takes {sorted(PHRASE_KEYS)}")
    return {k: str(v) for k, v in raw.items() if k in PHRASE_KEYS}


def read_criteria(reader: Reader, raw, file, label, context: Context) -> Tuple[Criterion, ...]:
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


def _read_criterion(reader, raw, file, label, field, cid, context: Context, parent_source) -> Optional[Criterion]:
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
    if kind not in CRITERION_KINDS:
        reader.problem(file, label, f"{field}.kind", f"must be one of {', '.join(CRITERION_KINDS)}")
    if raw.get("source") is None and parent_source is not None:
        cited = parent_source
    else:
        cited = citation(reader, raw.get("source"), file, label, f"{field}.source", context.sources, context.sections)
    fact, any_of = raw.get("fact"), raw.get("any_of")
    if bool(fact) == bool(any_of):
        reader.problem(file, label, field, "needs either 'fact' with 'rule', or 'any_of'")
        return None
    members: Tuple[Criterion, ...] = ()
    rule: Dict = {}
    consult_if: Dict = {}
    if fact:
        if fact not in context.facts:
            reader.problem(file, label, f"{field}.fact", f"unknown fact '{fact}' (see facts.yml)")
            return None
        rule = check_rule(reader, raw.get("rule"), context.facts[fact], context, file, label, f"{field}.rule")
        if raw.get("consult_if") is not None:
            consult_if = check_rule(
                reader, raw["consult_if"], context.facts[fact], context, file, label, f"{field}.consult_if"
            )
    elif not isinstance(any_of, list) or len(any_of) < 2:
        reader.problem(file, label, f"{field}.any_of", "needs a list of at least two conditions")
        return None
    else:
        members = tuple(
            m
            for j, item in enumerate(any_of, 1)
            if (m := _read_criterion(reader, item, file, label, f"{field}.any_of[{j}]", f"{cid}.{j}", context, cited))
        )
        if raw.get("consult_if") is not None:
            reader.problem(file, label, f"{field}.consult_if", "an any_of group says 'otherwise: consult' instead")
    when = None
    if raw.get("when") is not None:
        when = _read_criterion(reader, raw["when"], file, label, f"{field}.when", f"{cid}.when", context, cited)
    otherwise = raw.get("otherwise", NOT_MET_CONSULT if consult_if else NOT_MET_REFUSES)
    if otherwise not in (NOT_MET_REFUSES, NOT_MET_CONSULT):
        reader.problem(file, label, f"{field}.otherwise", f"must be '{NOT_MET_REFUSES}' or '{NOT_MET_CONSULT}'")
    note = statement(reader, raw.get("note"), file, label, f"{field}.note", context, required=False)
    if (otherwise == NOT_MET_CONSULT or rule.get("local")) and note is None:
        reader.problem(file, label, f"{field}.note", "a condition that sends the resident to ask says why, with a source")
    if text is None or cited is None:
        return None
    return Criterion(
        id=cid,
        label=text,
        source=cited,
        kind=kind,
        fact=fact,
        rule=rule,
        any_of=members,
        when=when,
        question=reader.text(raw, "question", file, label, required=False),
        otherwise=otherwise,
        consult_if=consult_if,
        note=note,
    )


def check_rule(reader, rule, fact: Fact, context: Context, file, label, field) -> Dict:
    if not isinstance(rule, dict) or not rule:
        reader.problem(file, label, field, "is missing")
        return {}
    if fact.type == BOOLEAN:
        if set(rule) != {"is"} or not isinstance(rule["is"], bool):
            reader.problem(file, label, field, f"a yes/no fact ('{fact.key}') takes 'is: true' or 'is: false'")
    elif fact.type == NUMBER and set(rule) == {"local"}:
        # the line is set locally and no source gives it: any answer sends the resident to ask
        if rule["local"] is not True:
            reader.problem(file, label, field, "'local' takes true (a threshold set locally)")
    elif fact.type == NUMBER:
        unknown = set(rule) - set(NUMBER_OPS)
        if unknown or not rule:
            reader.problem(file, label, field, f"a number fact ('{fact.key}') takes ge/gt/le/lt, got {sorted(rule)}")
        for op in set(rule) & set(NUMBER_OPS):
            value = rule[op]
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                reader.problem(file, label, f"{field}.{op}", f"must be a number, got {value!r}")
            elif fact.minimum is not None and fact.maximum is not None and not fact.minimum <= value <= fact.maximum:
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

