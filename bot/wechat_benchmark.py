"""`python -m bot wechat-bench`: round trip of a WeChat passive reply, measured and printed.

Starts the action server and Rasa on free ports with the WeChat channel on
WeChat's sample account (兼容模式, no customer-service API), then plays
WeChat's servers on loopback: each development-set question is posted as a
signed text message (and once more encrypted, in safe-mode form), timing
the whole request from the first byte sent to the reply read. Prints
p50/p99 and writes reports/wechat_benchmark.md. A reply that comes as
"正在为您查询" (the dialogue took longer than 4 s) is counted, not hidden.
"""
from __future__ import annotations

import os
import platform
import statistics
import tempfile
import time
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, Dict, Iterator, List

from bot.benchmark import percentile, publish
from bot.evaluation import load_dev_set
from bot.runner import Servers, free_port
from bot.settings import Settings
from bot.wechat_peer import WeChatPeer, new_openid, server_env, text_xml

MESSAGES = 200
WARM_UP = 10
TURNS_PER_RESIDENT = 10  # conversations of ten questions, as a resident would ask


@contextmanager
def _environment(values: Dict[str, str]) -> Iterator[None]:
    """os.environ with `values` set, restored afterwards (child processes read it at start)."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _load_average() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def run_mode(peer: WeChatPeer, texts: List[str], encrypted: bool, count: int) -> Dict[str, Any]:
    timings, deferred, silent = [], 0, []
    openid = new_openid()
    for i in range(count):
        if i % TURNS_PER_RESIDENT == 0:
            openid = new_openid()
        xml = text_xml(openid, texts[i % len(texts)])
        started = time.perf_counter()
        answer = peer.post(xml, encrypted=encrypted)
        timings.append((time.perf_counter() - started) * 1000)
        if answer.status != 200:
            raise RuntimeError(f"the channel answered HTTP {answer.status}: {answer.body[:200]}")
        if answer.text and answer.text.startswith("正在为您查询"):
            deferred += 1  # over 4 s: kept for the next message (no customer-service API here)
        elif answer.text is None:
            silent.append(texts[i % len(texts)])  # the dialogue said nothing
    return {
        "messages": count, "deferred": deferred, "silent": silent,
        "p50_ms": percentile(timings, 50), "p99_ms": percentile(timings, 99),
        "mean_ms": statistics.mean(timings), "max_ms": max(timings),
    }


def measure(settings: Settings, count: int = MESSAGES) -> Dict[str, Dict[str, Any]]:
    texts = [e["text"] for e in load_dev_set()]
    settings = replace(settings, rasa_port=free_port(), actions_port=free_port())
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        servers = Servers(settings, log=log)
        try:
            with _environment(server_env()):
                servers.start()
            servers.wait_ready(timeout=600)
            peer = WeChatPeer(f"{servers.rasa_url}/webhooks/wechat/webhook")
            run_mode(peer, texts[-WARM_UP:], encrypted=False, count=WARM_UP)
            return {"plain": run_mode(peer, texts, False, count), "safe": run_mode(peer, texts, True, count)}
        finally:
            servers.stop()


def render(results: Dict[str, Dict[str, Any]], load: str) -> str:
    cpu = platform.processor() or platform.machine()
    lines = [
        "# Benchmark: a WeChat passive reply, round trip on loopback",
        "",
        f"Machine: {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}; load average "
        f"during the run {load} (the machine was shared with other work). Each mode: "
        f"{results['plain']['messages']} text messages (development-set questions, {TURNS_PER_RESIDENT} per "
        f"resident) posted as WeChat posts them, after {WARM_UP} warm-up messages; the time is the whole "
        "HTTP request: checks, decryption, the dialogue (NLU, actions over HTTP), the reply. "
        "Reproduce with `make wechat-bench`.",
        "",
        "| mode | p50 | p99 | mean | max | answered later (over 4 s) | no answer from the dialogue |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for mode, m in results.items():
        name = {"plain": "plain (明文)", "safe": "encrypted (安全模式)"}[mode]
        lines.append(f"| {name} | {m['p50_ms']:.0f} ms | {m['p99_ms']:.0f} ms | {m['mean_ms']:.0f} ms | "
                     f"{m['max_ms']:.0f} ms | {m['deferred']} of {m['messages']} | {len(m['silent'])} |")
    silent = sorted({t for m in results.values() for t in m["silent"]})
    if silent:
        lines += ["", "Questions the dialogue gave no answer to (WeChat got `success`):", ""]
        lines += [f"- {t}" for t in silent]
    return "\n".join(lines + [""])


def main(settings: Settings, count: int = MESSAGES) -> int:
    before = _load_average()
    results = measure(settings, count)
    publish(render(results, f"{before} before, {_load_average()} after (1, 5, 15 min)"), "wechat_benchmark.md")
    return 0
