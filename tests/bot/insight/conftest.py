"""Fixtures of the demand report's tests: a few hundred simulated conversations with their
known counts (python -m bot simulate), and the report written from them, once per session."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Dict, List

import pytest

from tests.servers import require

START = dt.date(2026, 9, 7)  # a Monday
WEEKS = 8
CONVERSATIONS = 400


@pytest.fixture(scope="session")
def simulated(kb, tmp_path_factory):
    """(store URL, truth, folder) of conversations simulated into a SQLite tracker store of their own."""
    from bot.insight.simulate import simulate

    folder = tmp_path_factory.mktemp("simulated")
    url = f"sqlite:///{folder / 'tracker.sqlite3'}"
    truth = simulate(url, kb, CONVERSATIONS, seed=7, start=START, weeks=WEEKS, truth_path=folder / "truth.json")
    return url, truth, folder


@pytest.fixture(scope="session")
def report(simulated, kb, tmp_path_factory):
    """The report over the whole simulated period: build_report's result (its folder in result["out"])."""
    from bot.insight.report import build_report

    require("cjk_font")  # the charts' labels
    url, truth, _ = simulated
    out = tmp_path_factory.mktemp("report")
    result = build_report(url, dt.date.fromisoformat(truth["since"]), dt.date.fromisoformat(truth["until"]), out, kb)
    result["out"] = out
    return result


def read_csv(folder: Path, name: str) -> List[Dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))
