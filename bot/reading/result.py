"""What a reading returns: each fact read with its value, confidence and how it was said."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional

ANSWERED, SAID = "answer", "said"


@dataclass(frozen=True)
class FactReading:
    key: str
    value: Any
    confidence: float
    how: str  # answer (to the question asked) | said (anywhere else)


@dataclass(frozen=True)
class Reading:
    facts: Mapping[str, FactReading] = field(default_factory=dict)
    non_answer: Optional[str] = None
    correction: bool = False
    applicant: Optional[str] = None  # whom the resident asks for, when the message says ("parent")
    place: Optional[str] = None  # a district or county named without saying whose place it is
    asks: bool = False  # the message asks something back ("有证，要带什么材料？"), answered or not

    def values(self) -> Dict[str, Any]:
        return {k: r.value for k, r in self.facts.items()}


class _Collector:
    """Readings in message order; a later one replaces an earlier one of the same fact."""

    def __init__(self) -> None:
        self.found: Dict[str, FactReading] = {}
        self.said: Dict[str, list] = {}  # every value read of each fact, in message order
        self.repaired = False

    def add(self, key: str, value: Any, confidence: float, how: str) -> None:
        self.said.setdefault(key, []).append(value)
        previous = self.found.pop(key, None)
        if previous is not None and previous.value != value and not self.repaired:
            confidence = min(confidence, 0.6)  # the message says both: keep the later, but unsure
        self.found[key] = FactReading(key, value, round(confidence, 2), how)
