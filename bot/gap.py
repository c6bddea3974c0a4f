"""The record of a topic the catalogue has no entry for (bot/gap_topics*.py, bot/triage.py)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Gap:
    """A topic inside the outline's domains that the catalogue has no entry for."""

    topic: str  # what the resident asked about, in plain words
    section: str  # the outline's sub-area whose 责任单位 is responsible
    body: str  # key of bodies in agencies.yml: the body today
    related: tuple = ()  # catalogue services worth a look
