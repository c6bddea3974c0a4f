"""The hand-off queue under the same retention as the conversations (`python -m bot purge`).

The queue (bot/handoff_queue.py: ``hotline_handoffs`` and ``hotline_handoff_log``, in the tracker
store's database or HUZHOU_HANDOFF_URL) keeps a summary of each conversation an operator was asked
to pick up: the services, the facts the resident gave, the verdicts. Identifiers are masked when a
summary is written; the facts themselves are what the operator needs, so they stay — until:

- ``--older-than`` (the conversations' period): a hand-off whose last activity (requested, claimed
  or closed) is older goes, with its log; the conversation it summarised is gone by then too;
- ``--facts-older-than`` (HUZHOU_FACT_RETENTION): in a hand-off requested before that, the personal
  facts (facts.yml ``personal: true``: disability, income, assets, hardship) lose their value in the
  summary, their lines in the summary's text become "[个人情况已删除]", and the operators' replies
  lose the words for them (bot/retention.py's FactScrubber, the same rules as the conversations).

Idempotent; one transaction; SQLite or PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Dict, List, Mapping, Optional, Tuple

from bot.retention import LABEL, FactScrubber

_LAST_ACTIVITY = ("CASE WHEN COALESCE(closed_at, 0) > COALESCE(claimed_at, 0) THEN COALESCE(closed_at, 0) "
                  "ELSE COALESCE(claimed_at, 0) END")


def scrub_summary(scrubber: FactScrubber, summary: Dict[str, Any], summary_text: str) -> Tuple[Dict[str, Any], str]:
    """A hand-off's summary (actions/handoff.py summary()) and its text without personal facts."""
    summary = json.loads(json.dumps(summary))  # a copy
    said: List[str] = []
    for fact in summary.get("facts") or []:
        if isinstance(fact, dict) and fact.get("fact") in scrubber.personal and fact.get("said") != LABEL:
            if isinstance(fact.get("said"), str) and fact["said"]:
                said.append(fact["said"])
            fact["answer"], fact["said"] = None, LABEL
    for words in sorted(set(said), key=len, reverse=True):  # the summary's own line for each fact
        summary_text = summary_text.replace(words, LABEL)
    return summary, scrubber.text(summary_text)


def purge_handoffs(url: str, older_than: dt.timedelta, facts_older_than: dt.timedelta, facts: Mapping[str, Any],
                   now: Optional[dt.datetime] = None, dry_run: bool = False) -> Tuple[int, int]:
    """(hand-offs deleted, hand-offs whose personal facts were removed) — or that would be."""
    from sqlalchemy import bindparam, create_engine, inspect, text

    now = now or dt.datetime.now(dt.timezone.utc)
    cutoff, facts_cutoff = (now - older_than).timestamp(), (now - facts_older_than).timestamp()
    engine = create_engine(url, future=True)
    try:
        if not inspect(engine).has_table("hotline_handoffs"):
            return 0, 0  # no hand-off was ever asked for
        has_log = inspect(engine).has_table("hotline_handoff_log")
        scrubber = FactScrubber(facts)
        with engine.begin() as c:
            expired = [r[0] for r in c.execute(text(
                f"SELECT id FROM hotline_handoffs WHERE requested_at < :cutoff AND {_LAST_ACTIVITY} < :cutoff"),
                {"cutoff": cutoff})]
            if expired and not dry_run:
                ids = {"ids": expired}
                if has_log:
                    c.execute(text("DELETE FROM hotline_handoff_log WHERE handoff_id IN :ids")
                              .bindparams(bindparam("ids", expanding=True)), ids)
                c.execute(text("DELETE FROM hotline_handoffs WHERE id IN :ids")
                          .bindparams(bindparam("ids", expanding=True)), ids)
            scrubbed = 0
            for row_id, stored, stored_text in c.execute(text(
                    "SELECT id, summary, summary_text FROM hotline_handoffs WHERE requested_at < :cutoff ORDER BY id"),
                    {"cutoff": facts_cutoff}).all():
                if row_id in expired:
                    continue
                summary, summary_text = scrub_summary(scrubber, json.loads(stored or "{}"), stored_text or "")
                replies = []
                if has_log:
                    for log_id, reply in c.execute(text(
                            "SELECT id, text FROM hotline_handoff_log WHERE handoff_id = :h AND text IS NOT NULL"),
                            {"h": row_id}).all():
                        if scrubber.text(reply) != reply:
                            replies.append((log_id, scrubber.text(reply)))
                changed = summary != json.loads(stored or "{}") or summary_text != (stored_text or "") or replies
                if not changed:
                    continue
                scrubbed += 1
                if dry_run:
                    continue
                c.execute(text("UPDATE hotline_handoffs SET summary = :s, summary_text = :t WHERE id = :id"),
                          {"s": json.dumps(summary, ensure_ascii=False), "t": summary_text, "id": row_id})
                for log_id, reply in replies:
                    c.execute(text("UPDATE hotline_handoff_log SET text = :t WHERE id = :id"), {"t": reply, "id": log_id})
        return len(expired), scrubbed
    finally:
        engine.dispose()
