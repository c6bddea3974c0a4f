"""`make report-bench`: the demand report over 5,000 simulated conversations in PostgreSQL.

    python -m bot.insight.bench [--conversations 5000] [--seed 1]

Creates a throwaway database on the PostgreSQL server (HUZHOU_TEST_POSTGRES, default
postgresql+psycopg2://postgres@127.0.0.1:5432), simulates the conversations into it
(python -m bot simulate), times `python -m bot report` over them as a command (start-up,
imports and the knowledge base included), checks the report's counts against the
simulation's truth, takes the README's screenshots with Debian's headless chromium
(docs/report/) and drops the database. Prints the figures and writes
reports/report_benchmark.md.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List

from bot.settings import REPO_ROOT, Settings, quiet
from bot.throwaway_db import throwaway_database

SERVER = os.environ.get("HUZHOU_TEST_POSTGRES", "postgresql+psycopg2://postgres@127.0.0.1:5432")
SCREENSHOTS = REPO_ROOT / "docs" / "report"
PARTS = (("summary", "report-summary.png"), ("charts", "report-charts.png"),
         ("table-unanswered_clusters", "report-unanswered.png"))


def screenshot(page, folder: Path) -> List[Path]:
    """Pictures of the summary, the charts and the unanswered groups of a report open in ``page``."""
    folder.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    paths = []
    for element, name in PARTS:
        page.locator(f"#{element}").screenshot(path=str(folder / name))
        paths.append(folder / name)
    return paths


def take_screenshots(index: Path, folder: Path) -> List[Path]:
    from playwright.sync_api import sync_playwright

    from channels.widget.bench import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
            page.goto(index.as_uri())
            return screenshot(page, folder)
        finally:
            browser.close()


def rows(folder: Path, name: str) -> List[Dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def mismatches(out: Path, truth: Dict) -> List[str]:
    """The report's counts that differ from the truth (none expected; 5,000 conversations fill every cell)."""
    from bot.insight.tables import shown

    counts, wrong = truth["counts"], []
    summary = {r["指标"]: r["数值"] for r in rows(out, "summary")}
    for label, key in (("对话数", "conversations"), ("居民消息数", "messages"), ("未能回答的提问", "unanswered"),
                       ("转人工的对话", "handoffs"), ("好差评条数", "ratings")):
        if summary[label] != str(shown(counts["total"][key])):
            wrong.append(f"summary {label}: {summary[label]} != {counts['total'][key]}")
    for name, column, key, value in (("by_domain", "领域编号", "domain", "对话数"), ("by_section", "子领域编号", "section", "对话数"),
                                     ("by_service", "服务编号", "service", "对话数"), ("by_channel", "渠道代码", "channel", "对话数"),
                                     ("by_week", "周", "week", "对话数")):
        for row in rows(out, name):
            expected = str(shown(counts[key].get(row[column], 0)))
            if row[value] != expected:
                wrong.append(f"{name} {row[column]}: {row[value]} != {expected}")
    return wrong


def main(argv=None) -> int:
    quiet()
    parser = argparse.ArgumentParser(prog="python -m bot.insight.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "report-bench")
    parser.add_argument("--screenshots", type=Path, default=SCREENSHOTS)
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    from bot.insight.simulate import simulate
    from knowledge_base import KnowledgeBase

    load_before = os.getloadavg()
    with throwaway_database(SERVER, "huzhou_report_bench") as url:
        kb = KnowledgeBase(settings.kb_url)
        started = time.perf_counter()
        truth = simulate(url, kb, args.conversations, args.seed)
        simulated = time.perf_counter() - started
        kb.dispose()
        command = [sys.executable, "-m", "bot", "report", "--url", url, "--since", truth["since"],
                   "--until", truth["until"], "--out", str(args.out)]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=REPO_ROOT, env=settings.child_env(), capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if done.returncode:
            print(done.stdout + done.stderr[-3000:])
            return 1
    load_after = os.getloadavg()
    wrong = mismatches(args.out, truth)
    steps = next((line for line in done.stdout.splitlines() if line.startswith("seconds:")), "")
    pictures = take_screenshots(args.out / "index.html", args.screenshots)
    total = truth["counts"]["total"]
    lines = [
        f"# Demand report benchmark ({dt.date.today()})",
        "",
        f"- {total['conversations']} conversations ({total['messages']} resident messages, seed {args.seed}) "
        f"simulated into a throwaway PostgreSQL database in {simulated:.1f} s",
        f"- `python -m bot report` over them: **{seconds:.1f} s** wall clock, as a command "
        f"(start-up, imports, knowledge base included); inside it, {steps.replace('seconds: ', '')} s",
        f"- counts against the simulation's truth: {'all equal' if not wrong else f'{len(wrong)} differ'}",
        f"- load average before / after: {load_before[0]:.1f} / {load_after[0]:.1f} on {os.cpu_count()} cores",
        f"- screenshots: {', '.join(str(p.relative_to(REPO_ROOT)) if p.is_relative_to(REPO_ROOT) else str(p) for p in pictures)}",
        "",
        "Command: `make report-bench` (python -m bot.insight.bench).",
    ]
    print("\n".join(lines[2:-2]))
    for line in wrong[:20]:
        print("  differs:", line)
    report_file = REPO_ROOT / "reports" / "report_benchmark.md"
    report_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {report_file.relative_to(REPO_ROOT)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
