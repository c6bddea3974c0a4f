"""`python -m bot lock-bench`: Rasa's RedisLockStore against the atomic lock store, on two whole Rasa replicas.

    python -m bot lock-bench [--rounds 200] [--messages 20] [--stores atomic,rasa]

For each lock store, two Rasa replicas and the action server start as `make cluster` starts them
(bot/cluster.py) on a throwaway PostgreSQL database (the tracker store) and Redis (the lock store,
database 15, keys of their own). Each round is a new conversation: ``messages`` different questions
sent at the same moment, alternately straight to each replica (no proxy in between, so the two really
compete), each answered before the round ends. Then the conversation as stored in PostgreSQL is read
and counted (``check``):

- *lost*: a message sent whose user event is not in the stored conversation;
- *duplicated*: a message stored more than once, or a second session start;
- *out of order*: a turn that is not whole in the stored order — its actions cut into by another turn's
  events, not ending with one ``action_listen``, or an event stored before one with a later time.

Rasa's RedisLockStore is configured as Rasa's docs say (``type: redis``); the atomic store as
endpoints.yml names it (bot/stores.py). Both get the same ticket lifetime (TICKET_LOCK_LIFETIME).
Writes reports/lock_race.md.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import platform
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

from bot.cluster import Cluster
from bot.faults import APOLOGY
from bot.settings import REPO_ROOT, Settings
from bot.throwaway_db import throwaway_database

STORES = ("atomic", "rasa")
NAMES = {"atomic": "AtomicRedisLockStore (bot/lock_store.py)", "rasa": "Rasa RedisLockStore"}
REDIS = "redis://127.0.0.1:6379/15"
POSTGRES = "postgresql+psycopg2://postgres@127.0.0.1:5432"
REPORT = REPO_ROOT / "reports" / "lock_race.md"
TIMEOUT = 120.0  # seconds a reply may take: the twentieth message of a round waits for nineteen turns
# Twenty questions that each make one turn (no form is opened, so no answer depends on another's).
QUESTIONS = ["低保怎么申请", "公租房怎么申请", "孩子上幼儿园怎么办", "重度残疾人护理补贴怎么申请", "医保怎么报销",
             "失业了怎么办", "老年人有什么补贴", "残疾人证怎么办", "临时救助怎么申请", "高龄津贴怎么领",
             "特困供养怎么申请", "居住证怎么办", "公积金怎么提取", "新生儿医保怎么办", "养老保险怎么交",
             "廉租房怎么申请", "困难家庭有什么补助", "独生子女奖励怎么领", "残疾人两项补贴", "灵活就业社保怎么交"]


@dataclass
class Tally:
    """One lock store's counts over every round."""
    store: str
    rounds: int = 0
    sent: int = 0
    errors: int = 0  # HTTP errors or no reply within TIMEOUT
    lost: int = 0
    duplicated: int = 0
    out_of_order: int = 0
    bad_rounds: int = 0
    seconds: float = 0.0
    stopped: bool = False  # the time limit ended the rounds early
    error_kinds: Counter = field(default_factory=Counter)


def check(sent: Sequence[str], events: Sequence[dict]) -> Dict[str, int]:
    """Counts what went wrong in one stored conversation: ``events`` in the store's order (Rasa's
    event dicts), ``sent`` the messages sent to it."""
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    stored: Counter = Counter(str(events[i].get("text")) for i in users)
    wanted: Counter = Counter(sent)
    lost = sum(max(0, n - stored[text]) for text, n in wanted.items())
    duplicated = sum(max(0, n - wanted[text]) for text, n in stored.items())
    duplicated += max(0, sum(1 for e in events if e.get("event") == "session_started") - 1)
    out_of_order = 0
    for start, end in zip(users, users[1:] + [len(events)]):
        turn = events[start:end]
        actions = [e.get("name") for e in turn if e.get("event") == "action"]
        whole = bool(actions) and actions[-1] == "action_listen" and actions.count("action_listen") == 1 \
            and not any(e.get("event") == "session_started" for e in turn)
        times = [e.get("timestamp") or 0 for e in turn]
        if not whole or times != sorted(times):
            out_of_order += 1
    before_first = events[:users[0]] if users else events
    if [e.get("name") for e in before_first if e.get("event") == "action"].count("action_listen") > 1:
        out_of_order += 1  # a turn whose user event was lost left its actions before the first message
    return {"lost": lost, "duplicated": duplicated, "out_of_order": out_of_order}


def stored_events(url: str, sender: str) -> List[dict]:
    """One conversation's events as the tracker store holds them, in the order they were written."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, future=True)
    try:
        with engine.connect() as c:
            rows = c.execute(text("SELECT data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender})
            return [json.loads(row[0]) for row in rows]
    finally:
        engine.dispose()


async def send_round(urls: Sequence[str], sender: str, messages: Sequence[str]) -> List[Optional[str]]:
    """Sends every message at once, message i to urls[i % len(urls)]; the error of each (None: answered)."""
    import aiohttp

    async def one(session, url: str, text: str) -> Optional[str]:
        try:
            async with session.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}) as r:
                body = await r.text()
                if r.status != 200:
                    return f"HTTP {r.status}"
                replies = json.loads(body)
                if not replies:
                    return "empty reply"
                return "apology" if any(APOLOGY in (m.get("text") or "") for m in replies) else None
        except asyncio.TimeoutError:
            return "timeout"
        except aiohttp.ClientError as error:
            return type(error).__name__

    timeout = aiohttp.ClientTimeout(total=TIMEOUT)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=0)) as session:
        return list(await asyncio.gather(*(one(session, urls[i % len(urls)], m) for i, m in enumerate(messages))))


def run_rounds(tally: Tally, urls: Sequence[str], tracker_url: str, rounds: int, messages: Sequence[str],
               progress=None, time_limit: Optional[float] = None) -> Tally:
    """``rounds`` conversations of concurrent ``messages`` against ``urls``, counted into ``tally``;
    no new round starts after ``time_limit`` seconds."""
    started = time.monotonic()
    for n in range(rounds):
        if time_limit is not None and time.monotonic() - started > time_limit:
            tally.stopped = True
            break
        sender = f"race-{tally.store}-{n}-{uuid.uuid4().hex[:6]}"
        errors = asyncio.run(send_round(urls, sender, messages))
        found = check(messages, stored_events(tracker_url, sender))
        tally.rounds += 1
        tally.sent += len(messages)
        tally.errors += sum(1 for e in errors if e)
        tally.error_kinds.update(e for e in errors if e)
        tally.lost += found["lost"]
        tally.duplicated += found["duplicated"]
        tally.out_of_order += found["out_of_order"]
        tally.bad_rounds += int(any(found.values()) or any(errors))
        if progress:
            progress(tally, n, found, errors)
    tally.seconds += time.monotonic() - started
    return tally


def endpoints_yaml(store: str, prefix: str) -> str:
    """endpoints.yml with the lock store under test; the tracker store as the project's."""
    if store == "rasa":  # Rasa's own, as its docs configure it (the key prefix must be alphanumeric)
        lock = f"  type: redis\n  url: 127.0.0.1\n  port: 6379\n  db: 15\n  key_prefix: {prefix.replace('-', '')}\n"
    else:
        lock = f"  type: bot.stores.LockStore\n  url: {REDIS}\n  key_prefix: \"{prefix}:\"\n"
    return ("action_endpoint:\n  url: ${ACTION_ENDPOINT_URL}\n"
            "tracker_store:\n  type: bot.stores.TrackerStore\n  url: ${HUZHOU_TRACKER_URL}\n"
            f"lock_store:\n{lock}")


class RaceCluster(Cluster):
    """Two replicas as `make cluster` starts them, with an endpoints file naming the lock store under test."""

    def __init__(self, settings: Settings, endpoints: Path, log):
        super().__init__(settings, replicas=2, log=log)
        self.endpoints = endpoints

    def rasa_command(self, port: int, interface: str) -> List[str]:
        command = super().rasa_command(port, interface)
        command[command.index("--endpoints") + 1] = str(self.endpoints)
        return command

    @property
    def replica_urls(self) -> List[str]:
        return [f"http://127.0.0.1:{port}" for port in self.replica_ports.values()]


def race_store(store: str, rounds: int, messages: Sequence[str], lifetime: int, log_dir: Path,
               time_limit: Optional[float] = None) -> Tally:
    """Starts two replicas on ``store``, runs the rounds, stops them and cleans Redis and PostgreSQL up."""
    import redis

    from bot.runner import free_port

    prefix = f"huzhou-race-{uuid.uuid4().hex[:8]}"
    tally = Tally(store)
    with tempfile.TemporaryDirectory(prefix="huzhou-race-") as tmp, \
            throwaway_database(POSTGRES, "huzhou_lock_race") as tracker_url:
        endpoints = Path(tmp) / "endpoints.yml"
        endpoints.write_text(endpoints_yaml(store, prefix), encoding="utf-8")
        env = {**os.environ, "HUZHOU_TRACKER_URL": tracker_url, "HUZHOU_LOCK_URL": REDIS, "HUZHOU_BROKER_URL": "",
               "RASA_PORT": str(free_port()), "ACTIONS_PORT": str(free_port()), "RASA_AUTH_TOKEN": "",
               "RASA_JWT_SECRET": ""}
        os.environ["TICKET_LOCK_LIFETIME"] = str(lifetime)  # both stores: Rasa reads it in each replica
        with open(log_dir / f"lock_race_{store}.log", "w", encoding="utf-8") as log:
            cluster = RaceCluster(Settings.from_env(env), endpoints, log)
            try:
                cluster.start()
                cluster.wait_ready(600)

                def progress(t: Tally, n: int, found: Dict[str, int], errors) -> None:
                    if (n + 1) % 10 == 0 or any(found.values()):
                        print(f"  {store} round {n + 1}: lost {t.lost}, duplicated {t.duplicated}, out of order "
                              f"{t.out_of_order}, errors {t.errors}", flush=True)

                run_rounds(tally, cluster.replica_urls, tracker_url, rounds, messages, progress, time_limit)
            finally:
                cluster.stop()
                red = redis.Redis.from_url(REDIS)
                for pattern in (prefix + "*", prefix.replace("-", "") + "*"):
                    for key in red.scan_iter(pattern):
                        red.delete(key)
    return tally


def table(tallies: Iterable[Tally]) -> str:
    lines = ["| lock store | rounds | messages | errors | lost | duplicated | out of order | rounds with a fault | "
             "seconds |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for t in tallies:
        lines.append(f"| {NAMES[t.store]} | {t.rounds} | {t.sent} | {t.errors} | {t.lost} | {t.duplicated} | "
                     f"{t.out_of_order} | {t.bad_rounds} | {t.seconds:.0f}"
                     f"{' (time limit: stopped early)' if t.stopped else ''} |")
    return "\n".join(lines)


def commit() -> str:
    import subprocess

    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                              text=True, timeout=10).stdout.strip() or "?"
    except OSError:
        return "?"


def main(rounds: int, messages: int, stores: Sequence[str], lifetime: int, report: Path, command: str,
         time_limit: Optional[float] = None) -> int:
    if not 2 <= messages <= len(QUESTIONS):
        print(f"--messages: 2 to {len(QUESTIONS)}")
        return 2
    bad = [s for s in stores if s not in STORES]
    if bad:
        print(f"--stores: {', '.join(bad)} is not one of {', '.join(STORES)}")
        return 2
    load_before, measured = os.getloadavg(), commit()
    tallies = []
    log_dir = REPO_ROOT / "build" / "lock_race"
    log_dir.mkdir(parents=True, exist_ok=True)
    for store in stores:
        print(f"{NAMES[store]}: two replicas, {rounds} rounds of {messages} concurrent messages", flush=True)
        tallies.append(race_store(store, rounds, QUESTIONS[:messages], lifetime, log_dir, time_limit))
    load_after = os.getloadavg()
    text = table(tallies)
    print(text)
    errors = "; ".join(f"{NAMES[t.store]}: " + ", ".join(f"{k} ×{n}" for k, n in t.error_kinds.most_common())
                       for t in tallies if t.error_kinds) or "none"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(
        f"# Two Rasa replicas, one conversation: Rasa's RedisLockStore against the atomic lock store\n\n"
        f"`{command}` (`make lock-bench`, bot/cluster_race.py) at commit {measured}, "
        f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, on {platform.node()} ({os.cpu_count()} cores, "
        f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after: the machine is shared).\n\n"
        f"Each round is a new conversation: {messages} different questions sent at the same moment, alternately "
        f"straight to each of two Rasa replicas (the whole server: NLU, dialogue, action server) sharing a "
        f"PostgreSQL tracker store and the Redis lock store under test; ticket lifetime {lifetime} s for both. "
        f"The conversation is then read back from PostgreSQL. *Lost*: a message whose user event is not stored; "
        f"*duplicated*: a message stored twice or a second session start; *out of order*: a turn not stored "
        f"whole (another turn's events inside it, not ending with one `action_listen`, or times going backwards); "
        f"*errors*: HTTP errors, an empty reply, the 12345 apology or no reply within {TIMEOUT:.0f} s.\n\n{text}\n\nErrors by kind: {errors}.\n",
        encoding="utf-8")
    print(f"wrote {report.relative_to(REPO_ROOT) if report.is_relative_to(REPO_ROOT) else report}")
    return 0
