"""`python -m bot eval-dialogue`: the dialogue's two measures, as `make eval` runs them.

1. Answer understanding on the tables of residents' answers: the development
   tables (tuned on) and each blind test table, scored per kind
   (reports/answers_dev.md, reports/answers_test*.md).
2. Whole conversations: every set played against the assistant, started here
   on free ports with the built knowledge base and the trained model
   (reports/conversations_dev.md, reports/conversations_test*.md).
"""
from __future__ import annotations

import os
import sys
from typing import Dict, List

from bot import clock
from bot.settings import REPO_ROOT, Settings

DATA = REPO_ROOT / "tests" / "data"
REPORTS = REPO_ROOT / "reports"
# Development tables and sets were looked at while the reader and the dialogue were tuned
# (each was blind once, and its first scoring is in the README); the test ones were
# scored once, after tuning had ended. The development ones are grouped here by hand; every blind
# one is found by its name (answers_testN.jsonl, conversations_testN), so a new set lands with its
# files alone.
DEV_ANSWER_TABLES = {"answers_dev.md": ["answers_dev.jsonl", "answers_dev2.jsonl", "answers_dev3.jsonl"]}
DEV_CONVERSATION_SETS = {"conversations_dev.md": ["conversations_dev", "conversations_dev2"]}


def _blind(pattern: str) -> Dict[str, List[str]]:
    """{report: [file]} of every blind table or set matching `pattern` (its number as `(\\d*)`), in order:
    answers_test.jsonl is 1, answers_test7.jsonl is 7; the report takes the file's stem."""
    from bot.evaluation import numbered

    return {path.name.split(".")[0] + ".md": [path.name] for path in numbered(DATA, pattern)}


def answer_tables() -> Dict[str, List[str]]:
    return {**DEV_ANSWER_TABLES, **_blind(r"answers_test(\d*)\.jsonl")}


def conversation_sets() -> Dict[str, List[str]]:
    return {**DEV_CONVERSATION_SETS, **_blind(r"conversations_test(\d*)")}


def _present(sets):
    """The sets whose files are all there (a blind set lands with its own commit)."""
    return {name: parts for name, parts in sets.items() if all((DATA / part).exists() for part in parts)}


def score_answers() -> List[str]:
    from bot.eval_answers import load, report, score
    from knowledge_base.loader import load_catalogue

    catalogue = load_catalogue()
    lines = []
    for name, tables in _present(answer_tables()).items():
        rows = [row for table in tables for row in load(DATA / table)]
        text = report(score(rows, catalogue), "Answer understanding: " + ", ".join(f"tests/data/{t}" for t in tables))
        (REPORTS / name).write_text(text, encoding="utf-8")
        lines.append(f"{name}: " + text.splitlines()[2])
    return lines


def play_conversations(settings: Settings) -> List[str]:
    from bot.eval_conversations import Assistant, load, play, report
    from bot.runner import Servers, free_port

    import secrets

    # the conversations read the tracker over Rasa's HTTP API, which needs a token
    settings = Settings.from_env({**settings.child_env(), "RASA_PORT": str(free_port()),
                                  "ACTIONS_PORT": str(free_port()),
                                  "RASA_AUTH_TOKEN": settings.auth_token or secrets.token_urlsafe(24)})
    servers = Servers(settings, log=open(REPORTS / "conversations_servers.log", "w", encoding="utf-8"))
    lines = []
    try:
        # each set is played on the day it was written (bot/clock.py): these servers take the date
        os.environ[clock.SWITCH] = "1"
        try:
            servers.start()
        finally:
            os.environ.pop(clock.SWITCH, None)
        servers.wait_ready(timeout=600)
        assistant = Assistant(servers.rasa_url, settings.auth_token)
        for name, folders in _present(conversation_sets()).items():
            outcomes = [play(assistant, c) for folder in folders for c in load(DATA / folder)]
            text = report(outcomes, "Conversations: " + ", ".join(f"tests/data/{f}" for f in folders))
            (REPORTS / name).write_text(text, encoding="utf-8")
            lines.append(f"{name}: " + text.splitlines()[2])
    finally:
        servers.stop()
    return lines


def main(settings: Settings) -> int:
    REPORTS.mkdir(exist_ok=True)
    lines = score_answers() + play_conversations(settings)
    print("\n".join(lines))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Settings.from_env()))
