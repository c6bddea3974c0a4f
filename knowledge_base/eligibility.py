"""Evaluates a service's eligibility criteria against what a resident has said.

Answers are a mapping from fact key to value. A fact that was asked and that
the resident could not answer is given as :data:`UNKNOWN`; it is not asked
again, and conditions that need it stay unknown. The evaluation never guesses:
each condition comes back met, not met, consult (the source leaves room: ask
the body) or unknown, with its citation; a condition that does not apply to
this resident is marked so and not shown. It leans to inclusion: only a
condition the source states without room refuses.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional, Tuple

from knowledge_base.types import (
    BOOLEAN,
    CHOICE,
    DISTRICT,
    NOT_MET_CONSULT,
    NUMBER,
    HUZHOU_DISTRICTS,
    OUTSIDE_HUZHOU,
    PRIORITY,
    REQUIRED,
    STEP,
    Criterion,
    Fact,
    Service,
)

MET, NOT_MET, UNKNOWN_STATUS = "met", "not_met", "unknown"
CONSULT = "consult"  # not met as asked, but the source leaves room: the resident should ask
NOT_APPLICABLE_STATUS = "not_applicable"  # a `when` gate that does not hold: not shown to the resident
UNKNOWN = "不知道"  # the answer value for "asked, but the resident does not know"
NOT_APPLICABLE = "不适用"  # the fact does not exist for this resident (no child: no child's age)

LIKELY_ELIGIBLE = "likely_eligible"
POSSIBLY_ELIGIBLE = "possibly_eligible"  # nothing refuses, some condition needs asking the body
NOT_ELIGIBLE = "not_eligible"
NEED_MORE_ANSWERS = "need_more_answers"
UNDETERMINED = "undetermined"  # everything askable was asked; some conditions stay unknown
NO_CRITERIA = "no_criteria"  # the catalogue holds no conditions for this service

HUZHOU_PLACES = HUZHOU_DISTRICTS


@dataclass(frozen=True)
class ConditionResult:
    criterion: Criterion
    status: str
    answer: Any = None  # the value the decision rests on (for several children: the child's age that decided)

    @property
    def kind(self) -> str:
        return self.criterion.kind

    @property
    def shown(self) -> bool:
        """A condition that does not apply to this resident is not listed."""
        return self.status != NOT_APPLICABLE_STATUS


@dataclass(frozen=True)
class Verdict:
    service_id: str
    status: str
    conditions: Tuple[ConditionResult, ...]
    next_fact: Optional[str] = None  # the fact to ask next when status is need_more_answers
    next_question: Optional[str] = None

    @property
    def required(self) -> Tuple[ConditionResult, ...]:
        return tuple(c for c in self.conditions if c.kind == REQUIRED and c.shown)

    @property
    def priorities(self) -> Tuple[ConditionResult, ...]:
        return tuple(c for c in self.conditions if c.kind == PRIORITY)

    @property
    def steps(self) -> Tuple[ConditionResult, ...]:
        """Things to do when applying that the resident has not said are done."""
        return tuple(c for c in self.conditions if c.kind == STEP and c.status != MET)

    def deciding(self) -> Tuple[ConditionResult, ...]:
        """The required conditions that make the verdict "not eligible"."""
        return tuple(c for c in self.required if c.status == NOT_MET)

    def score(self) -> float:
        """Ranks verdicts for household screening: more conditions met is better."""
        if self.status == NOT_ELIGIBLE:
            return -1.0
        required = self.required
        if not required:
            return 0.0
        met = sum(1.0 if c.status == MET else 0.5 if c.status == CONSULT else 0.0 for c in required)
        bonus = sum(c.status == MET for c in self.priorities) * 0.1
        return met / len(required) + bonus


def _values(value: Any) -> Tuple[Any, ...]:
    """Several people give several values ("大的10岁，小的3岁"); one is a tuple of one."""
    return tuple(value) if isinstance(value, (list, tuple)) else (value,)


def _check_one(fact: Fact, rule: Mapping[str, Any], value: Any) -> Optional[bool]:
    if value is None or value == UNKNOWN:
        return None
    if value == NOT_APPLICABLE:
        return False
    if isinstance(value, Mapping) and "from" in value and "to" in value:
        # a range ("一两年"): decided only when both ends decide alike
        low, high = _check_one(fact, rule, value["from"]), _check_one(fact, rule, value["to"])
        return low if low == high else None
    if fact.type == BOOLEAN:
        return bool(value) is rule["is"] if isinstance(value, bool) else None
    if fact.type == NUMBER:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None
        checks = {
            "ge": number >= rule.get("ge", number),
            "gt": number > rule["gt"] if "gt" in rule else True,
            "le": number <= rule.get("le", number),
            "lt": number < rule["lt"] if "lt" in rule else True,
        }
        return all(checks.values())
    if fact.type == DISTRICT and "in_huzhou" in rule:
        if value not in HUZHOU_PLACES and value != OUTSIDE_HUZHOU:
            return None
        return (value in HUZHOU_PLACES) is rule["in_huzhou"]
    if fact.type in (CHOICE, DISTRICT):
        if "in" in rule:
            return value in rule["in"]
        return value not in rule["not_in"]
    return None


def check_rule(fact: Fact, rule: Mapping[str, Any], value: Any) -> Optional[bool]:
    """True/False when the value decides the rule, None when it cannot.

    With several values (several children) the rule holds when it holds for one.
    """
    results = [_check_one(fact, rule, v) for v in _values(value)]
    if any(r is True for r in results):
        return True
    if results and all(r is False for r in results):
        return False
    return None


def _deciding_value(fact: Fact, rule: Mapping[str, Any], value: Any) -> Any:
    """Of several values, the one that meets the rule (the child who qualifies)."""
    if isinstance(value, (list, tuple)):
        return next((v for v in value if _check_one(fact, rule, v)), value)
    return value


def _not_met(criterion: Criterion, fact: Optional[Fact], value: Any) -> str:
    """What "not met" means for this condition: refuse, or send the resident to ask."""
    if criterion.otherwise != NOT_MET_CONSULT:
        return NOT_MET
    if value == NOT_APPLICABLE:  # "女方已经去世": the source's detailed rules decide, so ask
        return CONSULT
    if criterion.consult_if and fact is not None:
        return CONSULT if check_rule(fact, criterion.consult_if, value) else NOT_MET
    return CONSULT


def _evaluate(
    criterion: Criterion, facts: Mapping[str, Fact], answers: Mapping[str, Any], alternative: bool = False
) -> ConditionResult:
    """``alternative`` is true for a member of an ``any_of``.

    A condition whose ``when`` gate does not hold does not apply: on its own it
    asks nothing of the resident and is not shown, but as one alternative of
    several it offers no way to qualify (not met).
    """
    if criterion.when is not None:
        gate = _evaluate(criterion.when, facts, answers)
        if gate.status in (NOT_MET, NOT_APPLICABLE_STATUS):
            return ConditionResult(criterion, NOT_MET if alternative else NOT_APPLICABLE_STATUS, answer=gate.answer)
        if gate.status != MET:
            return ConditionResult(criterion, UNKNOWN_STATUS)
    if criterion.any_of:
        members = [_evaluate(m, facts, answers, alternative=True) for m in criterion.any_of]
        for wanted in (MET, CONSULT):
            for m in members:
                if m.status == wanted:
                    return ConditionResult(criterion, wanted, answer=m.answer)
        if all(m.status == NOT_MET for m in members):
            return ConditionResult(criterion, _not_met(criterion, None, None))
        return ConditionResult(criterion, UNKNOWN_STATUS)
    assert criterion.fact is not None, "a criterion without any_of tests a fact (the loader checks it)"
    fact = facts[criterion.fact]
    value = answers.get(criterion.fact)
    if criterion.rule.get("local"):
        # a line set locally that no source gives: a known answer still needs the body's check
        known = value is not None and value != UNKNOWN
        return ConditionResult(criterion, CONSULT if known else UNKNOWN_STATUS, answer=value)
    decided = check_rule(fact, criterion.rule, value)
    if decided is None:
        return ConditionResult(criterion, UNKNOWN_STATUS, answer=value)
    if decided:
        return ConditionResult(criterion, MET, answer=_deciding_value(fact, criterion.rule, value))
    return ConditionResult(criterion, _not_met(criterion, fact, value), answer=value)


def _next_fact(criterion: Criterion, answers: Mapping[str, Any]) -> Optional[str]:
    """The first fact this undecided criterion needs that has not been asked."""
    for key in criterion.facts():
        if key not in answers:
            return key
    return None


def evaluate(service: Service, facts: Mapping[str, Fact], answers: Mapping[str, Any]) -> Verdict:
    """Evaluates every criterion of ``service`` against ``answers``.

    Not eligible as soon as one required condition is not met (a condition the
    source leaves room on is "consult", never "not met"); likely eligible when
    all are met; possibly eligible when the rest is met and some need asking
    the body; otherwise the next question to ask, or undetermined when the
    remaining unknowns cannot be settled by asking. Steps are never asked.
    """
    if not service.criteria:
        return Verdict(service.id, NO_CRITERIA, ())
    results = tuple(_evaluate(c, facts, answers) for c in service.criteria)
    required = [r for r in results if r.kind == REQUIRED and r.shown]
    if any(r.status == NOT_MET for r in required):
        return Verdict(service.id, NOT_ELIGIBLE, results)
    pending = [r for r in results if r.status == UNKNOWN_STATUS and r.kind != STEP]
    # Ask for required conditions first, then for priorities.
    pending.sort(key=lambda r: r.kind == PRIORITY)
    for r in pending:
        key = _next_fact(r.criterion, answers)
        if key is not None:
            question = _question_for(r.criterion, key, facts)
            return Verdict(service.id, NEED_MORE_ANSWERS, results, key, question)
    if all(r.status == MET for r in required):
        return Verdict(service.id, LIKELY_ELIGIBLE, results)
    if all(r.status in (MET, CONSULT) for r in required):
        return Verdict(service.id, POSSIBLY_ELIGIBLE, results)
    return Verdict(service.id, UNDETERMINED, results)


def _question_for(criterion: Criterion, key: str, facts: Mapping[str, Fact]) -> str:
    """A criterion may word its fact's question for its own context."""
    if criterion.fact == key and criterion.question:
        return criterion.question
    for member in criterion.any_of:
        if key in member.facts():
            return _question_for(member, key, facts)
    if criterion.when is not None and key in criterion.when.facts():
        return _question_for(criterion.when, key, facts)
    return facts[key].question
