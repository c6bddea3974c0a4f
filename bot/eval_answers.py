"""Scores the answer reader (bot/reading) on a table of residents' answers.

Each line of the table (tests/data/answers_*.jsonl) is a question being asked,
the facts already known, what the resident said, and what it states:
``{"asked", "known", "text", "expect": {"facts": {...}, "non_answer": ...}}``.

Measured per fact: right, wrong value, missed, and read where nothing was
said (spurious). The figure that matters most is "wrong not-met": a wrong or
spurious reading that would make some service's condition "not met" where
the true answer would not — the reading that can end in a wrong 不符合.

    python -m bot.eval_answers tests/data/answers_dev.jsonl [--report reports/answers_dev.md] [--today 2026-12-03]

Dates ("十月二十九号") are read as on the day the table was written
(tests/data/reference_dates.yml; ``--today`` overrides), so the figures do not drift.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

from bot import clock
from bot.reading import implied, read
from knowledge_base.eligibility import NOT_MET, _evaluate
from knowledge_base.types import Catalogue, Criterion

RANGE = "?range"
# A question back, and not understanding the question, are both answered by
# explaining; the strict figure keeps them apart.
QUESTION_BACK = {"side_question", "dont_know_what_you_mean"}


def same(expected: Any, got: Any) -> bool:
    if expected == RANGE:
        return got is None or isinstance(got, dict)
    if isinstance(expected, list) or isinstance(got, list):
        if not (isinstance(expected, list) and isinstance(got, list)):
            return False
        return sorted(float(x) for x in expected) == sorted(float(x) for x in got)
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return abs(float(expected) - float(got)) < 0.01
    return expected == got


def _leaves(criteria) -> List[Criterion]:
    found: List[Criterion] = []
    for c in criteria:
        if c.fact:
            found.append(c)
        found += _leaves(c.any_of)
        if c.when is not None:
            found += _leaves((c.when,))
    return found


def refuses(catalogue: Catalogue, key: str, got: Any, expected: Any) -> bool:
    """Would reading ``got`` instead of ``expected`` make some condition "not met"?"""
    truth = None if expected == RANGE else expected
    for service in catalogue.services:
        for leaf in _leaves(service.criteria):
            if leaf.fact != key:
                continue
            if _evaluate(leaf, catalogue.facts, {key: got}).status == NOT_MET and \
                    _evaluate(leaf, catalogue.facts, {key: truth}).status != NOT_MET:
                return True
    return False


@dataclass
class Score:
    cases: int = 0
    facts: int = 0
    right: int = 0
    wrong: int = 0
    missed: int = 0
    spurious: int = 0
    wrong_not_met: int = 0  # a value read wrong that refuses
    unlisted_not_met: int = 0  # a fact the table does not list, read with a value that refuses
    non_answers: int = 0
    non_answers_right: int = 0
    non_answers_lenient: int = 0
    cases_right: int = 0
    errors: List[Dict[str, Any]] = field(default_factory=list)


def score(rows: List[Dict[str, Any]], catalogue: Catalogue) -> Dict[str, Score]:
    """Scores per kind and overall ("all")."""
    by_kind: Dict[str, Score] = defaultdict(Score)
    for row in rows:
        expect = row.get("expect") or {}
        expected: Dict[str, Any] = expect.get("facts") or {}
        known = row.get("known") or {}
        with clock.fixed(clock.parse(row.get(clock.METADATA_KEY))):
            reading = read(row["text"], catalogue, row.get("asked"), known)
        got = reading.values()
        # What follows with certainty from what was read (implied) is recorded by the
        # dialogue too; it is checked where the table states the fact, and not
        # counted as read where the table is silent (tables list what the text says).
        follows = implied({**known, **got})
        got.update({k: v for k, v in follows.items() if k in expected and k not in got})
        problems: List[str] = []
        refusing: List[str] = []
        for key, value in expected.items():
            if key not in got:
                if value != RANGE:
                    problems.append(f"missed {key}={value!r}")
                continue
            if not same(value, got[key]):
                problems.append(f"{key}: expected {value!r}, read {got[key]!r}")
                if refuses(catalogue, key, got[key], value):
                    refusing.append(key)
        spurious = [k for k in got if k not in expected]
        unlisted: List[str] = []
        for key in spurious:
            problems.append(f"spurious {key}={got[key]!r}")
            if refuses(catalogue, key, got[key], None):
                unlisted.append(key)
        want_non = expect.get("non_answer")
        non_right = reading.non_answer == want_non
        non_lenient = non_right or (reading.non_answer in QUESTION_BACK and want_non in QUESTION_BACK)
        if not non_right:
            problems.append(f"non-answer: expected {want_non}, read {reading.non_answer}")
        for bucket in (by_kind["all"], by_kind[row.get("kind") or "?"]):
            bucket.cases += 1
            counted = [k for k, v in expected.items() if not (v == RANGE and k not in got)] + \
                      [k for k, v in expected.items() if v == RANGE and k not in got]
            bucket.facts += len(counted)
            bucket.right += sum(1 for k, v in expected.items() if (k in got and same(v, got[k])) or (v == RANGE and k not in got))
            bucket.wrong += sum(1 for k, v in expected.items() if k in got and not same(v, got[k]))
            bucket.missed += sum(1 for k, v in expected.items() if k not in got and v != RANGE)
            bucket.spurious += len(spurious)
            bucket.wrong_not_met += len(refusing)
            bucket.unlisted_not_met += len(unlisted)
            if want_non is not None or reading.non_answer is not None:
                bucket.non_answers += 1
                bucket.non_answers_right += non_right
                bucket.non_answers_lenient += non_lenient
            bucket.cases_right += not problems or (not [p for p in problems if not p.startswith("non-answer")] and non_lenient)
        if problems:
            by_kind["all"].errors.append({"id": row.get("id"), "kind": row.get("kind"), "asked": row.get("asked"),
                                          "text": row["text"], "problems": problems, "refusing": refusing,
                                          "unlisted": unlisted})
    return dict(by_kind)


def percent(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "—"


def report(scores: Dict[str, Score], title: str) -> str:
    total = scores["all"]
    lines = [f"# {title}", "",
             f"{total.cases} answers, {total.facts} facts stated. Facts right **{percent(total.right, total.facts)}** "
             f"({total.right}); wrong value {total.wrong}, missed {total.missed}, read where nothing was said "
             f"{total.spurious}; **wrong not-met readings: {total.wrong_not_met}** (a value read wrong that would "
             f"make a condition \"not met\"); facts the table does not list, read with a value that could refuse: "
             f"{total.unlisted_not_met}. Non-answers recognised "
             f"{percent(total.non_answers_right, total.non_answers)} strict, "
             f"{percent(total.non_answers_lenient, total.non_answers)} counting a question back and "
             f"\"what do you mean\" as one. Whole answers right {percent(total.cases_right, total.cases)}.", "",
             "| kind | answers | facts right | wrong | missed | spurious | wrong not-met | unlisted, could refuse | non-answers | whole answer |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for kind, s in sorted(scores.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        lines.append(f"| {kind} | {s.cases} | {percent(s.right, s.facts)} | {s.wrong} | {s.missed} | {s.spurious} | "
                     f"{s.wrong_not_met} | {s.unlisted_not_met} | {percent(s.non_answers_lenient, s.non_answers)} | {percent(s.cases_right, s.cases)} |")
    lines += ["", "## Every answer not read exactly", ""]
    for e in total.errors:
        flag = " **(wrong not-met)**" if e["refusing"] else " *(unlisted, could refuse)*" if e["unlisted"] else ""
        lines.append(f"- `{e['id']}` {e['kind']} · asked `{e['asked']}` · {e['text']} → {'; '.join(e['problems'])}{flag}")
    return "\n".join(lines) + "\n"


def load(path: Path, today: Optional[Any] = None) -> List[Dict[str, Any]]:
    """The rows of a table, each with the date its dates count from (``today``, else the
    table's in tests/data/reference_dates.yml, else none: the real date)."""
    return clock.dated([json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()],
                       path, today)


def main(argv: Optional[List[str]] = None) -> int:
    from knowledge_base.loader import load_catalogue

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", nargs="+", type=Path)
    parser.add_argument("--report", type=Path, help="write a Markdown report here")
    parser.add_argument("--errors", action="store_true", help="print every error")
    parser.add_argument("--today", type=clock.parse, help="read dates as on this day (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    catalogue = load_catalogue()
    rows: List[Dict[str, Any]] = []
    for table in args.tables:
        rows += load(table, args.today)
    scores = score(rows, catalogue)
    text = report(scores, "Answer understanding: " + ", ".join(str(t) for t in args.tables))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")
    summary = text.split("\n## Every")[0]
    print(text if args.errors else summary)
    kinds = Counter(row.get("kind") for row in rows)
    print(f"kinds: {dict(kinds)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
