"""The web widget's page weight and time to interactive: `make widget-bench`.

Starts the action server and Rasa on free ports (as `make run` would, with
the built knowledge base and model), then in Debian's headless chromium loads
the demo page /widget/ with the panel open:

- cold: a fresh browser context each time (nothing cached);
- warm: a reload in the same context (the script revalidated by its ETag);

and reads the widget's performance marks, in milliseconds since navigation
start: "huzhou-assistant:interactive" (the panel drawn, its input usable) and
"huzhou-assistant:ready" (the history loaded from the server and shown); and
the bytes the script took on the wire. Then it times one question's round
trip in the page (Enter to the answer drawn). Prints the figures; the README
quotes them.
"""
from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import time

from bot.runner import Servers, free_port
from bot.settings import REPO_ROOT, Settings, quiet

BUNDLE = REPO_ROOT / "build" / "widget" / "huzhou-widget.js"
CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright never downloads a browser here
# Headless, and no calls home: the machine's network is closed, and refused connections slow the start.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
READY = """() => new Promise((resolve) => {
    const look = () => {
        const [interactive] = performance.getEntriesByName('huzhou-assistant:interactive');
        const [ready] = performance.getEntriesByName('huzhou-assistant:ready');
        if (interactive && ready) {
            const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/huzhou-widget.js'));
            resolve({interactive: interactive.startTime, ready: ready.startTime,
                     wire: script ? script.transferSize : null});
        } else setTimeout(look, 5);
    };
    look();
})"""


def summary(values) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"median {statistics.median(values):.0f} ms, p95 {p95:.0f} ms, max {values[-1]:.0f} ms"


def measure(base_url: str, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    body = BUNDLE.read_bytes()
    print(f"script: {len(body) / 1024:.1f} KB, {len(gzip.compress(body, 9)) / 1024:.1f} KB gzipped")
    times: dict[str, list[float]] = {key: [] for key in ("interactive cold", "interactive reload", "history cold", "history reload")}
    round_trips, wire = [], set()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for i in range(runs + 1):  # the first run warms the servers up and is not counted
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            page.goto(base_url + "/widget/")
            first = page.evaluate(READY)
            page.reload()
            second = page.evaluate(READY)
            if i:
                for label, load in (("cold", first), ("reload", second)):
                    times[f"interactive {label}"].append(load["interactive"])
                    times[f"history {label}"].append(load["ready"])
                wire.add(first["wire"])
                box = page.get_by_role("textbox", name="输入您的问题，按回车发送")
                box.fill("孩子想上幼儿园找哪个部门")
                started = time.perf_counter()
                answers = page.locator(".Message.left .Bubble").count()
                box.press("Enter")
                page.locator(".Message.left .Bubble").nth(answers).wait_for()
                round_trips.append((time.perf_counter() - started) * 1000)
            context.close()
        browser.close()
    print(f"script over the wire (gzip): {', '.join(f'{w / 1024:.1f} KB' for w in sorted(wire) if w)}")
    for label, values in times.items():
        what = "input usable" if label.startswith("interactive") else "history shown"
        print(f"{what}, {label.split()[1]} ({runs} loads): {summary(values)}")
    print(f"question to answer drawn ({runs} questions): {summary(round_trips)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m channels.widget.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    quiet()
    settings = Settings.from_env({**os.environ, "RASA_PORT": str(free_port()), "ACTIONS_PORT": str(free_port())})
    with open(os.devnull, "w") as log, Servers(settings, log=log) as servers:
        started = time.perf_counter()
        servers.wait_ready(timeout=600)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"servers ready in {time.perf_counter() - started:.0f} s; {os.cpu_count()} cores, load average {load:.1f}")
        measure(servers.rasa_url, args.runs)
        if hasattr(os, "getloadavg"):
            print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
