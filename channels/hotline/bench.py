"""The assist API's latency on loopback: `make hotline-bench`.

Starts the action server and Rasa on free ports (as `make run` would, with the
built knowledge base and model, the console behind a token), warms up with 20
requests, then posts every development-set question (tests/data/dev.jsonl) to
``POST /webhooks/hotline/assist`` over one kept-alive connection, as the console
page does, and times each request from sending to the whole JSON answer read:
the Rasa parse, the finder, and the cards of the top three services. Prints
p50/p95/max and the machine's load; the README quotes the figures.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import sys
import time

from bot.runner import Servers, free_port
from bot.settings import Settings, quiet

TARGET_P95_MS = 100.0
PATH = "/webhooks/hotline/assist"


def percentile(values, q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def measure(port: int, token: str, texts, rounds: int) -> dict:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def post(text: str) -> dict:
        connection.request("POST", PATH, json.dumps({"text": text}, ensure_ascii=False).encode(), headers)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"assist answered {response.status}: {body[:200]!r}")
        return json.loads(body)

    for text in texts[:20]:
        post(text)
    times, sizes, in_scope = [], [], 0
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            answer = post(text)
            times.append((time.perf_counter() - started) * 1000)
            in_scope += bool(answer["in_scope"])
            sizes.append(len(json.dumps(answer, ensure_ascii=False).encode()))
    connection.close()
    return {"requests": len(times), "p50": percentile(times, 50), "p95": percentile(times, 95),
            "max": max(times), "in_scope": in_scope, "kb_answer": sum(sizes) / len(sizes) / 1024}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m channels.hotline.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="passes over the development set")
    args = parser.parse_args(argv)
    quiet()
    from bot.evaluation import load_dev_set

    texts = [e["text"] for e in load_dev_set()]
    token = secrets.token_urlsafe(24)
    os.environ["HOTLINE_TOKEN"] = token  # the servers read it when they start
    settings = Settings.from_env({**os.environ, "RASA_PORT": str(free_port()), "ACTIONS_PORT": str(free_port())})
    with open(os.devnull, "w") as log, Servers(settings, log=log) as servers:
        started = time.perf_counter()
        servers.wait_ready(timeout=600)
        load = os.getloadavg()[0]
        print(f"servers ready in {time.perf_counter() - started:.0f} s; {os.cpu_count()} cores, load average {load:.1f}")
        figures = measure(settings.rasa_port, token, texts, args.rounds)
        print(f"assist, {figures['requests']} requests ({figures['in_scope']} in scope), one kept-alive connection: "
              f"p50 {figures['p50']:.1f} ms, p95 {figures['p95']:.1f} ms, max {figures['max']:.1f} ms "
              f"(target p95 ≤ {TARGET_P95_MS:.0f} ms); answers {figures['kb_answer']:.1f} KB on average")
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0 if figures["p95"] <= TARGET_P95_MS else 2


if __name__ == "__main__":
    sys.exit(main())
