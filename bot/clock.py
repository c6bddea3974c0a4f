"""Today, in the residents' calendar (China, UTC+8), whatever the server's zone.

Every reading of a date ("十月二十九号", "去年十一月十号", "七七年五月生的") counts from
``today()``. An evaluation set is written on a day and its expectations count from
that day (a set written on 3 December expects "十月二十九号" to be 35 days ago), so
its figures would drift day by day: the evaluators play each set on the date it was
written (tests/data/reference_dates.yml) with ``fixed``. Over HTTP, a message's
metadata ``{"reference_date": "2026-12-03"}`` does the same, but only on an action
server started with ``HUZHOU_ACCEPT_REFERENCE_DATE=1`` (the evaluation's and the test
suite's servers); the servers residents talk to ignore it.
"""
from __future__ import annotations

import contextlib
import contextvars
import datetime
import logging
import os
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Union

import yaml

logger = logging.getLogger(__name__)

CHINA = datetime.timezone(datetime.timedelta(hours=8))
METADATA_KEY = "reference_date"
SWITCH = "HUZHOU_ACCEPT_REFERENCE_DATE"
REFERENCE_DATES = Path(__file__).resolve().parent.parent / "tests" / "data" / "reference_dates.yml"

_fixed: contextvars.ContextVar[Optional[datetime.date]] = contextvars.ContextVar("huzhou_today", default=None)


def today() -> datetime.date:
    """The date in China now, or the date ``fixed`` pins."""
    return _fixed.get() or datetime.datetime.now(CHINA).date()


@contextlib.contextmanager
def fixed(day: Optional[datetime.date]) -> Iterator[None]:
    """Within the block, ``today()`` is ``day`` (None: the real date)."""
    token = _fixed.set(day)
    try:
        yield
    finally:
        _fixed.reset(token)


def parse(value: Any) -> Optional[datetime.date]:
    """A date from an ISO string or a date; None for anything else."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def accepts_reference_date(env: Optional[Mapping[str, str]] = None) -> bool:
    return (os.environ if env is None else env).get(SWITCH, "") == "1"


def from_metadata(metadata: Any, env: Optional[Mapping[str, str]] = None) -> Optional[datetime.date]:
    """The reference date a message's metadata carries, if this server accepts one."""
    if not isinstance(metadata, dict) or METADATA_KEY not in metadata or not accepts_reference_date(env):
        return None
    day = parse(metadata[METADATA_KEY])
    if day is None:
        logger.warning("ignored a %s that is not an ISO date", METADATA_KEY)
    return day


def metadata_for(day: Optional[datetime.date]) -> Dict[str, str]:
    return {METADATA_KEY: day.isoformat()} if day else {}


def dated(items: List[Dict[str, Any]], path: Union[str, Path], today: Any = None) -> List[Dict[str, Any]]:
    """``items`` (rows of a table, conversations of a set) each with the date its dates count from:
    ``today``, else the set's in tests/data/reference_dates.yml, else none (the real date)."""
    day = parse(today) or reference_date(path)
    if day:
        for item in items:
            item.setdefault(METADATA_KEY, day.isoformat())
    return items


def reference_date(path: Union[str, Path], table: Path = REFERENCE_DATES) -> Optional[datetime.date]:
    """The date the evaluation set at ``path`` (a file or folder of tests/data) was written, if listed."""
    if not table.exists():
        return None
    dates = yaml.safe_load(table.read_text(encoding="utf-8")) or {}
    day = dates.get(Path(path).name)
    parsed = parse(day)
    if day is not None and parsed is None:
        raise ValueError(f"{table}: {Path(path).name}: {day!r} is not a date (YYYY-MM-DD)")
    return parsed
