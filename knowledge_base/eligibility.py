"""Evaluates a service's eligibility criteria against what a resident has said.

Answers are a mapping from fact key to value. A fact that was asked and that
the resident could not answer is given as :data:`UNKNOWN`; it is not asked
again, and conditions that need it stay unknown. The evaluation never guesses:
each condition comes back met, not met or unknown, with its citation.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional, Tuple

from knowledge_base.types import (
    BOOLEAN,
    CHOICE,
    DISTRICT,
    NUMBER,
    OUTSIDE_HUZHOU,
    PRIORITY,
    Criterion,
    Fact,
    Service,
)

MET, NOT_MET, UNKNOWN_STATUS = "met", "not_met", "unknown"
UNKNOWN = "不知道"  # the answer value for "asked, but the resident does not know"
NOT_APPLICABLE = "不适用"  # the fact does not exist for this resident (no child: no child's age)

LIKELY_ELIGIBLE = "likely_eligible"
NOT_ELIGIBLE = "not_eligible"
NEED_MORE_ANSWERS = "need_more_answers"
UNDETERMINED = "undetermined"  # everything askable was asked; some conditions stay unknown
NO_CRITERIA = "no_criteria"  # the catalogue holds no conditions for this service

HUZHOU_PLACES = ("吴兴区", "南浔区", "德清县", "长兴县", "安吉县")


@dataclass(frozen=True)
class ConditionResult:
    criterion: Criterion
    status: str
    answer: Any = None  # the value the decision rests on, if any

    @property
    def kind(self) -> str:
        return self.criterion.kind


@dataclass(frozen=True)
class Verdict:
    service_id: str
    status: str
    conditions: Tuple[ConditionResult, ...]
    next_fact: Optional[str] = None  # the fact to ask next when status is need_more_answers
    next_question: Optional[str] = None

    @property
    def required(self) -> Tuple[ConditionResult, ...]:
        return tuple(c for c in self.conditions if c.kind != PRIORITY)

    @property
    def priorities(self) -> Tuple[ConditionResult, ...]:
        return tuple(c for c in self.conditions if c.kind == PRIORITY)

    def score(self) -> float:
        """Ranks verdicts for household screening: more conditions met is better."""
        if self.status == NOT_ELIGIBLE:
            return -1.0
        required = self.required
        if not required:
            return 0.0
        met = sum(c.status == MET for c in required)
        bonus = sum(c.status == MET for c in self.priorities) * 0.1
        return met / len(required) + bonus


def check_rule(fact: Fact, rule: Mapping[str, Any], value: Any) -> Optional[bool]:
    """True/False when the value decides the rule, None when it cannot."""
    if value is None or value == UNKNOWN:
        return None
    if value == NOT_APPLICABLE:
        return False
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


def _evaluate(
    criterion: Criterion, facts: Mapping[str, Fact], answers: Mapping[str, Any], alternative: bool = False
) -> ConditionResult:
    """``alternative`` is true for a member of an ``any_of``.

    A condition whose ``when`` gate does not hold does not apply: on its own it
    asks nothing of the resident (met), but as one alternative of several it
    offers no way to qualify (not met).
    """
    if criterion.when is not None:
        gate = _evaluate(criterion.when, facts, answers)
        if gate.status == NOT_MET:
            return ConditionResult(criterion, NOT_MET if alternative else MET, answer=gate.answer)
        if gate.status == UNKNOWN_STATUS:
            return ConditionResult(criterion, UNKNOWN_STATUS)
    if criterion.any_of:
        members = [_evaluate(m, facts, answers, alternative=True) for m in criterion.any_of]
        for m in members:
            if m.status == MET:
                return ConditionResult(criterion, MET, answer=m.answer)
        if all(m.status == NOT_MET for m in members):
            return ConditionResult(criterion, NOT_MET)
        return ConditionResult(criterion, UNKNOWN_STATUS)
    value = answers.get(criterion.fact)
    decided = check_rule(facts[criterion.fact], criterion.rule, value)
    if decided is None:
        return ConditionResult(criterion, UNKNOWN_STATUS, answer=value)
    return ConditionResult(criterion, MET if decided else NOT_MET, answer=value)


def _next_fact(criterion: Criterion, answers: Mapping[str, Any]) -> Optional[str]:
    """The first fact this undecided criterion needs that has not been asked."""
    for key in criterion.facts():
        if key not in answers:
            return key
    return None


def evaluate(service: Service, facts: Mapping[str, Fact], answers: Mapping[str, Any]) -> Verdict:
    """Evaluates every criterion of ``service`` against ``answers``.

    The verdict is not eligible as soon as one required condition is not met;
    likely eligible when all are met; otherwise the next question to ask, or
    undetermined when the remaining unknowns cannot be settled by asking.
    """
    if not service.criteria:
        return Verdict(service.id, NO_CRITERIA, ())
    results = tuple(_evaluate(c, facts, answers) for c in service.criteria)
    required = [r for r in results if r.kind != PRIORITY]
    if any(r.status == NOT_MET for r in required):
        return Verdict(service.id, NOT_ELIGIBLE, results)
    pending = [r for r in results if r.status == UNKNOWN_STATUS]
    # Ask for required conditions first, then for priorities.
    pending.sort(key=lambda r: r.kind == PRIORITY)
    for r in pending:
        key = _next_fact(r.criterion, answers)
        if key is not None:
            question = _question_for(r.criterion, key, facts)
            return Verdict(service.id, NEED_MORE_ANSWERS, results, key, question)
    if all(r.status == MET for r in required):
        return Verdict(service.id, LIKELY_ELIGIBLE, results)
    return Verdict(service.id, UNDETERMINED, results)


def _question_for(criterion: Criterion, key: str, facts: Mapping[str, Fact]) -> str:
    """A criterion may word its fact's question for its own context."""
    if criterion.fact == key and criterion.question:
        return criterion.question
    for member in criterion.any_of:
        if key in member.facts():
            return _question_for(member, key, facts)
    return facts[key].question
