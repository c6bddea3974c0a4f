"""Personal facts kept only as long as configured: `python -m bot purge` removes them from older events.

The facts facts.yml marks ``personal: true`` — disability (残疾等级, 残疾人证, 长期照护, 家中残疾人),
income and assets (人均收入, 家庭月收入, 财产, 生活来源), hardship (低保/特困家庭, 突发困难 …) — stay in a
stored conversation for ``HUZHOU_FACT_RETENTION`` (default 30d); after that, in every event older than
the period (the conversation itself stays until ``--older-than``):

- a slot event that set such a fact keeps its name and loses its value (``null``); slots that hold
  several facts by name (``fact_confidence``) lose those entries;
- a resident's message in a turn that set such a fact is replaced whole by LABEL (its text, the
  text NLU read and the entities): "有" answering "是否持有残疾人证？" says it as much as "我有残疾人证";
- every other message, the resident's and the assistant's, loses the assistant's phrases for those
  facts (their ``phrases`` in facts.yml: "持有残疾人证", "全家月收入约3000元"), income amounts and
  disability details (bot.privacy.mask_facts, the rules that mask them in log lines).

Idempotent: a second run changes nothing. Works on the tracker store's ``events`` table (SQLite or
PostgreSQL) in one transaction.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Dict, List, Mapping, Optional, Tuple

from bot.privacy import mask_facts

LABEL = "[个人情况已删除]"
DEFAULT_FACT_RETENTION = "30d"
MULTI_FACT_SLOTS = ("fact_confidence",)  # slots whose value maps fact names to something


def _phrase_pattern(word: str) -> str:
    """A facts.yml phrase as a regular expression: "{value}" any short value."""
    return re.escape(word).replace(r"\{value\}", r"[^，。,.;；\s]{1,12}")


class FactScrubber:
    """Removes personal facts from Rasa events (dicts as stored)."""

    def __init__(self, facts: Mapping[str, Any]):
        self.personal = frozenset(key for key, fact in facts.items() if fact.personal)
        # the assistant's words for these facts (confirmations, verdicts, hand-off summaries); the
        # residents' words (``says``) are not searched in free text: "低保" names a service as often
        # as a household's situation, and a message that gave a fact is replaced whole anyway
        words: List[str] = [p for key in self.personal for p in facts[key].phrases.values() if isinstance(p, str)]
        patterns = sorted({_phrase_pattern(w) for w in words if w}, key=len, reverse=True)
        self._words = re.compile("|".join(patterns)) if patterns else None

    def text(self, text: Any) -> Any:
        if not isinstance(text, str) or not text:
            return text
        if self._words is not None:
            text = self._words.sub(LABEL, text)
        return mask_facts(text)

    def sets_fact(self, data: Mapping[str, Any]) -> bool:
        """A slot event that gave a personal fact a value."""
        return data.get("event") == "slot" and data.get("name") in self.personal and data.get("value") is not None

    def event(self, data: Dict[str, Any], whole: bool = False) -> Dict[str, Any]:
        """The event without personal facts; ``whole``: a resident's message that gave one, replaced whole."""
        data = json.loads(json.dumps(data))  # a copy
        kind = data.get("event")
        if kind == "slot":
            if data.get("name") in self.personal:
                data["value"] = None
            elif data.get("name") in MULTI_FACT_SLOTS and isinstance(data.get("value"), dict):
                data["value"] = {k: v for k, v in data["value"].items() if k not in self.personal}
        elif kind in ("user", "bot"):
            clean = (lambda _: LABEL) if whole and kind == "user" else self.text
            data["text"] = clean(data.get("text"))
            parse = data.get("parse_data")
            if isinstance(parse, dict):
                parse["text"] = clean(parse.get("text"))
                if whole and kind == "user":
                    parse["entities"] = []
                for entity in parse.get("entities") or []:
                    entity["value"] = self.text(entity.get("value"))
        return data


def scrub_conversation(scrubber: FactScrubber, rows: List[Tuple[Any, float, Dict[str, Any]]],
                       cutoff: float) -> Dict[Any, Dict[str, Any]]:
    """(id, timestamp, data) of one conversation in stored order -> the changed events by id (only those
    older than ``cutoff``)."""
    changed: Dict[Any, Dict[str, Any]] = {}
    users = [i for i, (_, _, d) in enumerate(rows) if d.get("event") == "user"]
    gave_fact = set()
    for start, end in zip(users, users[1:] + [len(rows)]):
        if any(scrubber.sets_fact(d) for _, _, d in rows[start:end]):
            gave_fact.add(start)
    for i, (row_id, timestamp, data) in enumerate(rows):
        if (timestamp or 0) >= cutoff:
            continue
        clean = scrubber.event(data, whole=i in gave_fact)
        if clean != data:
            changed[row_id] = clean
    return changed


def scrub_facts(url: str, older_than: dt.timedelta, facts: Mapping[str, Any], now: Optional[dt.datetime] = None,
                dry_run: bool = False) -> Tuple[int, int]:
    """(conversations, events) whose personal facts older than ``older_than`` were removed (or would be)."""
    from sqlalchemy import create_engine, inspect, text

    cutoff = ((now or dt.datetime.now(dt.timezone.utc)) - older_than).timestamp()
    scrubber = FactScrubber(facts)
    engine = create_engine(url, future=True)
    try:
        if not inspect(engine).has_table("events"):
            return 0, 0
        conversations = events = 0
        with engine.begin() as c:
            senders = [r[0] for r in c.execute(text("SELECT DISTINCT sender_id FROM events WHERE timestamp < :cutoff "
                                                    "AND type_name IN ('user', 'bot', 'slot')"), {"cutoff": cutoff})]
            for sender in senders:
                rows = [(row_id, timestamp, json.loads(data)) for row_id, timestamp, data in c.execute(
                    text("SELECT id, timestamp, data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender})]
                changed = scrub_conversation(scrubber, rows, cutoff)
                conversations += bool(changed)
                events += len(changed)
                if not dry_run:
                    for row_id, data in changed.items():
                        c.execute(text("UPDATE events SET data = :d WHERE id = :id"), {"d": json.dumps(data), "id": row_id})
        return conversations, events
    finally:
        engine.dispose()
