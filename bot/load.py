"""`python -m bot load`: the whole assistant under load, measured and written to reports/load.md.

    python -m bot load [--rates 10,20,30,50] [--duration 30] [--setups sqlite,postgres,cluster]

For each setup the servers start as `make run` starts them (bot/runner.py):

- ``sqlite``: one Rasa replica, conversations in SQLite (the embedded default);
- ``postgres``: one Rasa replica, conversations in a throwaway database on the real
  PostgreSQL (HUZHOU_LOAD_POSTGRES, default postgresql://postgres@127.0.0.1:5432);
- ``cluster``: two Rasa replicas behind HAProxy (`python -m bot run --replicas 2`) on
  PostgreSQL with the atomic Redis lock store.

The client is aiohttp on one event loop (an open-loop generator: conversations start on
a fixed schedule whatever the latency, so a slow server is not spared load). Each
conversation has its own sender and is one of CONVERSATIONS, a reply awaited before
the next message, a think time of THINK seconds between. Conversations start at
``rate / turns`` per second, so messages arrive at ``rate`` per second once the first
ones are under way. Only messages sent in the measured window count (after WARMUP s).
An error is an HTTP status other than 200, a timeout (TIMEOUT s), an empty reply or the
apology of a failed action (bot/faults.py).
Resident memory (VmRSS, and the peak VmHWM) of every server process is read from /proc
after each rate; the machine's CPU use (all processes) and ours during each rate too,
because other work shares the machine.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import os
import platform
import random
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

from bot.benchmark import percentile
from bot.faults import APOLOGY
from bot.settings import REPO_ROOT, Settings
from bot.throwaway_db import throwaway_database

CONVERSATIONS: List[List[str]] = [
    ["你好", "低保怎么申请", "需要什么材料", "去哪里办", "谢谢"],
    ["我是二级残疾，住在安吉，护理补贴能领吗", "有", "需要", "谢谢"],
    ["孩子上幼儿园怎么办", "需要什么材料", "我住在吴兴区", "好的"],
    ["我是残疾人有什么补贴", "重度残疾人护理补贴怎么申请", "去哪里办"],
    ["我七十岁了住在德清县有什么养老的补贴", "怎么申请", "满意"],
    ["公租房怎么申请", "需要什么材料", "我的电话是13812345678", "谢谢"],
]
TURNS = sum(map(len, CONVERSATIONS)) / len(CONVERSATIONS)
THINK = (1.0, 3.0)  # seconds a resident reads and types between messages (uniform)
WARMUP = 12.0  # seconds before the measured window: conversations get under way
TIMEOUT = 10.0  # seconds: a reply later than this is an error
REPORT = REPO_ROOT / "reports" / "load.md"
SETUPS = ("sqlite", "postgres", "cluster")
CPU_PER_REPLY = ("*Servers' CPU ms per reply* is the CPU time the servers under test used during the step divided by "
                 "the replies they gave: the figure other work on the machine changes least.")


@dataclass
class Sample:
    sent: float
    seconds: float
    error: Optional[str] = None
    counted: bool = True  # sent in the measured window


@dataclass
class Step:
    setup: str
    rate: float
    duration: float
    samples: List[Sample] = field(default_factory=list)
    memory: Dict[str, Tuple[float, float]] = field(default_factory=dict)  # name -> (RSS MB, peak MB)
    machine_cpu: float = 0.0  # % of all cores busy during the step (every process on the machine)
    our_cpu: float = 0.0  # % of all cores used by the servers under test
    server_cpu_seconds: float = 0.0  # CPU time the servers under test used during the step
    loadavg: str = ""

    def figures(self) -> Dict[str, float]:
        counted = [s for s in self.samples if s.counted]
        ok = [s.seconds * 1000 for s in counted if s.error is None]
        errors = sum(1 for s in counted if s.error is not None)
        replies = sum(1 for s in self.samples if s.error is None)
        return {
            "sent": len(counted), "errors": errors, "throughput": len(ok) / self.duration,
            # CPU the servers spent per reply over the whole step: what other work on the machine changes least
            "cpu_ms": 1000 * self.server_cpu_seconds / replies if replies else float("nan"),
            "p50": percentile(ok, 50) if ok else float("nan"),
            "p95": percentile(ok, 95) if ok else float("nan"),
            "p99": percentile(ok, 99) if ok else float("nan"),
        }


async def _conversation(session, url: str, script: List[str], rng: random.Random, window: Tuple[float, float],
                        samples: List[Sample]) -> None:
    import aiohttp

    sender = f"load-{uuid.uuid4().hex[:12]}"
    for i, text in enumerate(script):
        if i:
            await asyncio.sleep(rng.uniform(*THINK))
        sent = time.monotonic()
        error = None
        try:
            async with session.post(url, json={"sender": sender, "message": text},
                                    timeout=aiohttp.ClientTimeout(total=TIMEOUT)) as response:
                body = await response.json(content_type=None)
                if response.status != 200:
                    error = f"HTTP {response.status}"
                elif not body:
                    error = "empty reply"
                elif any(APOLOGY in (m.get("text") or "") for m in body):
                    error = "apology"
        except asyncio.TimeoutError:
            error = "timeout"
        except aiohttp.ClientError as e:
            error = type(e).__name__
        samples.append(Sample(sent, time.monotonic() - sent, error, window[0] <= sent < window[1]))
        if error in ("timeout",) or (error and error.startswith("Client")):
            return  # a resident whose message got nothing back does not carry on the script


async def drive(base_url: str, rate: float, duration: float, seed: int = 1) -> List[Sample]:
    """Conversations at ``rate`` messages/s for WARMUP + ``duration`` seconds; the measured samples."""
    import aiohttp

    url = base_url + "/webhooks/rest/webhook"
    rng = random.Random(seed)
    samples: List[Sample] = []
    interval = TURNS / rate
    start = time.monotonic()
    window = (start + WARMUP, start + WARMUP + duration)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        tasks = []
        scripts = itertools.cycle(CONVERSATIONS)
        for n in itertools.count():
            at = start + n * interval
            if at >= window[1]:
                break
            await asyncio.sleep(max(0.0, at - time.monotonic()))
            tasks.append(asyncio.create_task(
                _conversation(session, url, next(scripts), random.Random(rng.random()), window, samples)))
        await asyncio.gather(*tasks)
    return samples


# --- processes and the machine --------------------------------------------------------------------

def memory_mb(pid: int) -> Tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="utf-8") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", float("nan")), values.get("VmHWM", float("nan"))


def _cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _machine_ticks() -> Tuple[int, int]:
    with open("/proc/stat", encoding="utf-8") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def measure_step(setup: str, url: str, pids: Dict[str, int], rate: float, duration: float) -> Step:
    step = Step(setup, rate, duration)
    busy0, total0 = _machine_ticks()
    ours0 = sum(_cpu_ticks(p) for p in pids.values())
    step.samples = asyncio.run(drive(url, rate, duration))
    busy1, total1 = _machine_ticks()
    ours1 = sum(_cpu_ticks(p) for p in pids.values())
    step.machine_cpu = 100.0 * (busy1 - busy0) / max(1, total1 - total0)
    step.our_cpu = 100.0 * (ours1 - ours0) / max(1, total1 - total0)
    step.server_cpu_seconds = (ours1 - ours0) / os.sysconf("SC_CLK_TCK")
    with open("/proc/loadavg", encoding="utf-8") as f:
        step.loadavg = " ".join(f.read().split()[:3])
    step.memory = {name: memory_mb(pid) for name, pid in pids.items()}
    return step


# --- setups -----------------------------------------------------------------------------------------

@contextlib.contextmanager
def stack(setup: str, workdir: Path) -> Iterator[Tuple[str, Dict[str, int]]]:
    """The servers of ``setup`` running: (base URL, {process name: pid})."""
    from bot.runner import Servers, free_port

    env = {"RASA_PORT": str(free_port()), "ACTIONS_PORT": str(free_port()), "HUZHOU_LOG_LEVEL": "WARNING",
           "HUZHOU_TRACKER_URL": f"sqlite:///{workdir / f'tracker-{setup}.sqlite3'}"}
    server = os.environ.get("HUZHOU_LOAD_POSTGRES", "postgresql+psycopg2://postgres@127.0.0.1:5432")
    with contextlib.ExitStack() as stack_:
        if setup in ("postgres", "cluster"):
            env["HUZHOU_TRACKER_URL"] = stack_.enter_context(throwaway_database(server, "huzhou_load"))
        if setup == "cluster":
            from bot.cluster import Cluster

            env["HUZHOU_LOCK_URL"] = os.environ.get("HUZHOU_LOAD_REDIS", "redis://127.0.0.1:6379/14")
            settings = Settings.from_env({**os.environ, **env})
            running: Servers = Cluster(settings, replicas=2, log=stack_.enter_context(open(workdir / f"{setup}.log", "w")))
        else:
            settings = Settings.from_env({**os.environ, **env})
            running = Servers(settings, log=stack_.enter_context(open(workdir / f"{setup}.log", "w")))
        stack_.callback(running.stop)
        running.start()
        running.wait_ready(timeout=600)
        yield f"http://127.0.0.1:{settings.rasa_port}", running.pids()


def warm_up(url: str) -> None:
    """A few conversations first: the first messages of a new process build TensorFlow's graphs."""
    asyncio.run(drive(url, rate=5, duration=0.1))


# --- profile -------------------------------------------------------------------------------------------

def start_profiling(pids: Dict[str, int], seconds: float, out: Path) -> List[subprocess.Popen]:
    """py-spy (build/tools, `make load-profile` installs it) sampling each server for ``seconds``."""
    import shutil

    spy = shutil.which("py-spy") or str(REPO_ROOT / "build" / "tools" / "bin" / "py-spy")
    out.mkdir(parents=True, exist_ok=True)
    return [subprocess.Popen([spy, "record", "--pid", str(pid), "--format", "raw", "--rate", "100", "--nonblocking",
                              "--duration", str(int(seconds)), "-o", str(out / f"{name}.txt")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for name, pid in pids.items() if name != "haproxy"]  # py-spy reads Python processes only


def profile_summary(path: Path, top: int = 12) -> List[str]:
    """The functions (inclusive) taking most of a server's busy samples; the event loop waiting is idle."""
    import collections

    busy, idle = 0, 0
    inclusive: collections.Counter[str] = collections.Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = [f.split(" (")[0] + " (" + f.split(" (")[-1].split("/")[-1].split(":")[0] + ")" for f in stack.split(";")]
        if frames[-1].startswith("serve ("):  # Sanic's loop in select(): nothing to do
            idle += int(count)
            continue
        busy += int(count)
        for frame in set(frames):
            inclusive[frame] += int(count)
    lines = [f"{path.stem}: {busy} busy samples of {busy + idle} ({100 * busy / max(1, busy + idle):.0f}%)"]
    skip = ("_run_module", "_run_code", "run_module", "<module>", "main (", "run (", "serve", "http1", "connection_task",
            "handle_request")
    shown = [(f, c) for f, c in inclusive.most_common() if not f.startswith(skip)][:top]
    return lines + [f"  {100 * c / max(1, busy):5.1f}%  {f}" for f, c in shown]


# --- report ---------------------------------------------------------------------------------------------

def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def report(steps: List[Step], command: str, notes: str = "") -> str:
    lines = [
        "# Load: the whole assistant (REST channel → NLU, dialogue, actions, SQL tracker store)",
        "",
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores ({_cpu_model()}), "
        f"Python {platform.python_version()}. Reproduce: `{command}`.",
        "",
        f"Open-loop client (aiohttp, one event loop in its own process): each conversation a new sender, "
        f"{len(CONVERSATIONS)} scripts of {min(map(len, CONVERSATIONS))}–{max(map(len, CONVERSATIONS))} messages, "
        f"{THINK[0]:.0f}–{THINK[1]:.0f} s think time between messages; conversations start on a fixed schedule so "
        f"messages arrive at the offered rate; first {WARMUP:.0f} s not counted; an error is an HTTP status other "
        f"than 200, no reply within {TIMEOUT:.0f} s, an empty reply, or the apology of a failed or late action. "
        "Latency of replies that came back.",
        "",
        "The machine is shared: *machine CPU* is the share of both cores busy during the step (every process, "
        "the client included), *servers CPU* the share the processes under test used; the rest is the client "
        "and other work on the machine. " + CPU_PER_REPLY,
        "",
        "| setup | offered msg/s | sent | served msg/s | errors | p50 ms | p95 ms | p99 ms | servers' CPU ms per reply | machine CPU | servers CPU | load avg |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in steps:
        f = s.figures()
        lines.append(
            f"| {s.setup} | {s.rate:g} | {f['sent']} | {f['throughput']:.1f} | {f['errors']} | {f['p50']:.0f} | "
            f"{f['p95']:.0f} | {f['p99']:.0f} | {f['cpu_ms']:.0f} | {s.machine_cpu:.0f}% | {s.our_cpu:.0f}% | {s.loadavg} |")
    lines += ["", "Resident memory of each process after each setup's last rate (VmRSS) and its peak (VmHWM), MB:", "",
              "| setup | process | RSS MB | peak MB |", "| --- | --- | --- | --- |"]
    last = {s.setup: s for s in steps}
    for setup, s in last.items():
        for name, (rss, peak) in s.memory.items():
            lines.append(f"| {setup} | {name} | {rss:.0f} | {peak:.0f} |")
    for s in steps:
        kinds: Dict[str, int] = {}
        for x in s.samples:
            if x.counted and x.error:
                kinds[x.error] = kinds.get(x.error, 0) + 1
        if kinds:
            lines.append(("" if "Errors by kind" in "\n".join(lines) else "\nErrors by kind (apology: an action "
                          "slower than HUZHOU_ACTION_TIMEOUT, answered with the 12345 apology):\n\n") +
                         f"- {s.setup} {s.rate:g} msg/s: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    if notes:
        lines += ["", notes]
    return "\n".join(lines) + "\n"


def main(setups: List[str], rates: List[float], duration: float, out: Path, command: str,
         profile: Optional[Path] = None) -> int:
    import tempfile

    steps: List[Step] = []
    with tempfile.TemporaryDirectory(prefix="huzhou-load-") as tmp:
        for setup in setups:
            print(f"{setup}: starting the servers …", flush=True)
            with stack(setup, Path(tmp)) as (url, pids):
                warm_up(url)
                for i, rate in enumerate(rates):
                    spies = start_profiling(pids, WARMUP + duration, profile / setup) if profile and i == 0 else []
                    step = measure_step(setup, url, pids, rate, duration)
                    for spy in spies:
                        spy.wait()
                    for name in pids if spies else ():
                        if profile and (profile / setup / f"{name}.txt").exists():
                            print("\n".join(profile_summary(profile / setup / f"{name}.txt")), flush=True)
                    f = step.figures()
                    print(f"{setup} {rate:g} msg/s: served {f['throughput']:.1f}/s, errors {f['errors']}/{f['sent']}, "
                          f"p50 {f['p50']:.0f} ms, p95 {f['p95']:.0f} ms, p99 {f['p99']:.0f} ms, "
                          f"servers' CPU {f['cpu_ms']:.0f} ms/reply, machine CPU {step.machine_cpu:.0f}%, "
                          f"servers {step.our_cpu:.0f}%", flush=True)
                    steps.append(step)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report(steps, command), encoding="utf-8")
    print(f"wrote {out}")
    return 0
