"""`python -m bot purge --older-than 90d`: conversations past the retention period deleted,
and personal facts past theirs (``--facts-older-than``, HUZHOU_FACT_RETENTION, default 30d)
removed from the conversations kept (bot/retention.py); the hand-off queue follows both periods
(bot/handoff_retention.py).

A conversation is deleted whole (every event of its sender) once its last event is older
than the period, so an open conversation never loses its beginning. Works on the tracker
store's database (HUZHOU_TRACKER_URL: SQLite or PostgreSQL, Rasa's ``events`` table) in
one transaction; ``--dry-run`` only counts. Run it daily (cron or a systemd timer).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Tuple

UNITS = {"d": "days", "h": "hours", "w": "weeks", "m": "minutes"}

# Senders whose newest event is older than the cutoff: their whole conversation goes.
_EXPIRED = "SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :cutoff"


def parse_age(text: str, option: str = "--older-than") -> dt.timedelta:
    """"90d", "12h", "2w", "30m" as a timedelta; ValueError for anything else."""
    match = re.fullmatch(r"\s*(\d+)\s*([dhwm])\s*", text or "")
    if not match or int(match.group(1)) == 0:
        raise ValueError(f"{option}: {text!r} is not an age like 90d, 12h, 2w or 30m")
    return dt.timedelta(**{UNITS[match.group(2)]: int(match.group(1))})


def purge(url: str, older_than: dt.timedelta, now: Optional[dt.datetime] = None,
          dry_run: bool = False) -> Tuple[int, int]:
    """(conversations, events) deleted — or that would be, with ``dry_run``."""
    from sqlalchemy import create_engine, inspect, text

    cutoff = ((now or dt.datetime.now(dt.timezone.utc)) - older_than).timestamp()
    engine = create_engine(url, future=True)
    try:
        if not inspect(engine).has_table("events"):
            return 0, 0  # no conversation was ever stored
        with engine.begin() as c:
            conversations = c.execute(text(f"SELECT COUNT(*) FROM ({_EXPIRED}) AS expired"), {"cutoff": cutoff}).scalar()
            events = c.execute(text(f"SELECT COUNT(*) FROM events WHERE sender_id IN ({_EXPIRED})"),
                               {"cutoff": cutoff}).scalar()
            if not dry_run and conversations:
                c.execute(text(f"DELETE FROM events WHERE sender_id IN ({_EXPIRED})"), {"cutoff": cutoff})
        return int(conversations or 0), int(events or 0)
    finally:
        engine.dispose()


def main(url: str, older_than: str, dry_run: bool = False, facts_older_than: str = "",
         kb_url: Optional[str] = None, handoff_url: Optional[str] = None) -> int:
    from bot.retention import DEFAULT_FACT_RETENTION, scrub_facts

    try:
        age = parse_age(older_than)
        facts_age = parse_age(facts_older_than or DEFAULT_FACT_RETENTION, "--facts-older-than (HUZHOU_FACT_RETENTION)")
    except ValueError as error:
        print(error)
        return 2
    conversations, events = purge(url, age, dry_run=dry_run)
    now = dt.datetime.now(dt.timezone.utc)
    verb = "would delete" if dry_run else "deleted"
    print(f"{verb} {conversations} conversations ({events} events) whose last message was before "
          f"{now - age:%Y-%m-%d %H:%M} UTC")
    from knowledge_base import KnowledgeBase

    base = KnowledgeBase(kb_url)
    try:
        facts = base.catalogue.facts
    finally:
        base.dispose()
    conversations, events = scrub_facts(url, facts_age, facts, now=now, dry_run=dry_run)
    verb = "would remove" if dry_run else "removed"
    print(f"{verb} personal facts (disability, income, hardship) from {events} events of {conversations} "
          f"conversations, said before {now - facts_age:%Y-%m-%d %H:%M} UTC")
    from bot.handoff_queue import queue_url
    from bot.handoff_retention import purge_handoffs

    deleted, scrubbed = purge_handoffs(handoff_url or queue_url(), age, facts_age, facts, now=now, dry_run=dry_run)
    print(f"hand-off queue: {'would delete' if dry_run else 'deleted'} {deleted} hand-offs past the period, "
          f"{'would remove' if dry_run else 'removed'} personal facts from {scrubbed}")
    return 0
