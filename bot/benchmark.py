"""`python -m bot bench`: parse latency and memory, measured and printed.

Loads the model once, warms it up, then times every development-set question
through the whole understanding path a message takes (Rasa NLU pipeline +
service finder), several rounds. Prints and writes reports/benchmark.md.
Figures depend on the machine; the README quotes them with the machine.
"""
from __future__ import annotations

import os
import platform
import statistics
import time
from typing import Dict, List

from bot.settings import REPO_ROOT, Settings

ROUNDS = 3


def rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure(settings: Settings) -> Dict[str, float]:
    from bot.evaluation import load_dev_set
    from bot.finder import find_services
    from bot.predict import Parser
    from knowledge_base import KnowledgeBase

    texts = [e["text"] for e in load_dev_set()]
    before = rss_mb()
    started = time.perf_counter()
    parser = Parser(str(settings.model))
    kb = KnowledgeBase(settings.kb_url)
    load_seconds = time.perf_counter() - started
    for text in texts[:20]:  # warm-up: first calls build TensorFlow graphs
        find_services(parser.parse(text), kb)
    parse_ms, finder_ms = [], []
    for _ in range(ROUNDS):
        for text in texts:
            t0 = time.perf_counter()
            parse = parser.parse(text)
            t1 = time.perf_counter()
            find_services(parse, kb)
            t2 = time.perf_counter()
            parse_ms.append((t1 - t0) * 1000)
            finder_ms.append((t2 - t0) * 1000)
    return {
        "messages": len(parse_ms),
        "model_load_s": load_seconds,
        "parse_p50_ms": percentile(parse_ms, 50),
        "parse_p95_ms": percentile(parse_ms, 95),
        "parse_mean_ms": statistics.mean(parse_ms),
        "parse_max_ms": max(parse_ms),
        "with_finder_p50_ms": percentile(finder_ms, 50),
        "with_finder_p95_ms": percentile(finder_ms, 95),
        "rss_before_mb": before,
        "rss_after_mb": rss_mb(),
    }


def render(m: Dict[str, float]) -> str:
    cpu = platform.processor() or platform.machine()
    return "\n".join([
        "# Benchmark: understanding one message",
        "",
        f"Machine: {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}. "
        f"{m['messages']} messages (the development set, {ROUNDS} rounds) after a warm-up. "
        "Reproduce with `make bench`.",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| NLU parse p50 | {m['parse_p50_ms']:.1f} ms |",
        f"| NLU parse p95 | {m['parse_p95_ms']:.1f} ms |",
        f"| NLU parse mean / max | {m['parse_mean_ms']:.1f} / {m['parse_max_ms']:.1f} ms |",
        f"| parse + service finder p50 | {m['with_finder_p50_ms']:.1f} ms |",
        f"| parse + service finder p95 | {m['with_finder_p95_ms']:.1f} ms |",
        f"| model + knowledge base load | {m['model_load_s']:.1f} s |",
        f"| resident memory after load and run | {m['rss_after_mb']:.0f} MB (before load {m['rss_before_mb']:.0f} MB) |",
        "",
    ])


def publish(text: str, name: str) -> None:
    """Prints a benchmark's report and writes it to reports/<name>."""
    path = REPO_ROOT / "reports" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(text)
    print(f"written to {path.relative_to(REPO_ROOT)}")


def main(settings: Settings) -> int:
    publish(render(measure(settings)), "benchmark.md")
    return 0
