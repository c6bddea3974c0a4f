"""`python -m bot run --replicas 2` for real: two Rasa replicas and the action server behind
HAProxy, sharing the real PostgreSQL (conversations) and Redis (the atomic lock store).

One conversation goes across both replicas; concurrent messages of one conversation are
whole turns whichever replica takes them; then every server is killed with SIGKILL in the
middle of an eligibility check, the supervisor restarts them (with back-off, logged) and the
check goes on from its stored state, with the rating and the hand-off recorded once."""
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from bot.runner import free_port
from tests.conftest import API_TOKEN, REPO_ROOT, Client

pytestmark = [pytest.mark.servers, pytest.mark.postgres, pytest.mark.redis, pytest.mark.haproxy]

OPENING = "我是二级残疾，住在安吉，护理补贴能领吗"


def children(pid: int):
    """{pid: command line} of a process's children."""
    with open(f"/proc/{pid}/task/{pid}/children", encoding="utf-8") as f:
        pids = [int(p) for p in f.read().split()]
    found = {}
    for child in pids:
        try:
            with open(f"/proc/{child}/cmdline", "rb") as f:
                found[child] = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except FileNotFoundError:
            pass
    return found


class Running:
    def __init__(self, process: subprocess.Popen, port: int, log: Path):
        self.process, self.log = process, log
        self.client = Client(f"http://127.0.0.1:{port}", API_TOKEN)

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for_log(self, pattern: str, timeout: float = 600.0) -> re.Match:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(pattern, self.text())
            if found:
                return found
            if self.process.poll() is not None:
                pytest.fail(f"python -m bot run exited ({self.process.returncode}):\n{self.text()[-4000:]}")
            time.sleep(0.5)
        pytest.fail(f"no {pattern!r} in the log after {timeout:.0f}s:\n{self.text()[-4000:]}")

    def stats(self):
        port = self.wait_for_log(r"HAProxy statistics: http://127\.0\.0\.1:(\d+)/stats").group(1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/stats;csv", timeout=5) as response:
            lines = response.read().decode("utf-8").lstrip("# ").splitlines()
        header = lines[0].split(",")
        rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
        return {r["svname"]: r for r in rows if r["pxname"] == "rasa" and r["svname"].startswith("rasa-")}

    def servers(self, kind: str):
        return [pid for pid, command in children(self.process.pid).items() if kind in command]


@pytest.fixture(scope="module")
def cluster(kb_url, model_path, postgres_database, tmp_path_factory):
    log = tmp_path_factory.mktemp("cluster") / "cluster.log"
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "HUZHOU_KB_URL": kb_url, "HUZHOU_MODEL": str(model_path),
           "HUZHOU_TRACKER_URL": postgres_database, "HUZHOU_LOCK_URL": "redis://127.0.0.1:6379/15",
           "RASA_PORT": str(port), "ACTIONS_PORT": str(free_port()), "RASA_AUTH_TOKEN": API_TOKEN}
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--replicas", "2"], cwd=REPO_ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
        running = Running(process, port, log)
        try:
            running.wait_for_log(r"湖州市民服务助手 is up")
            yield running
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def served(stats):
    return {name: int(row["stot"]) for name, row in stats.items()}


def both_up(cluster, patience: float = 120) -> None:
    """Waits until HAProxy sends to both replicas again: a replica busy loading or
    answering on a loaded machine can miss two health checks and be taken out for a while."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline and not all(row["status"] == "UP" for row in cluster.stats().values()):
        time.sleep(1)


def test_a_conversation_goes_on_across_the_replicas(cluster):
    both_up(cluster)
    before = served(cluster.stats())
    assert set(before) == {"rasa-1", "rasa-2"}
    client = cluster.client
    assert "残疾人证" in client.text("across", OPENING)
    client.text("across", "有")
    assert "很可能符合" in client.text("across", "需要")
    after = served(cluster.stats())
    assert all(after[name] > before[name] for name in before), (before, after)  # both replicas took turns


def test_concurrent_messages_of_one_conversation_are_whole_turns_on_either_replica(cluster):
    client, sender = cluster.client, "concurrent-across"
    messages = ["低保怎么申请", "需要什么材料", "去哪里办", "公租房怎么申请", "谢谢", "孩子上幼儿园怎么办", "在哪里办",
                "护理补贴怎么申请"]
    errors = []

    def say(text):
        try:
            assert client.say(sender, text)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(repr(e))

    threads = [threading.Thread(target=say, args=(m,)) for m in messages]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)
    assert not errors
    events = client.tracker(sender)["events"]
    users = [i for i, e in enumerate(events) if e["event"] == "user"]
    assert sorted(events[i]["text"] for i in users) == sorted(messages)  # none lost, none twice
    for start, end in zip(users, users[1:] + [len(events)]):
        actions = [e["name"] for e in events[start:end] if e["event"] == "action"]
        assert actions and actions[-1] == "action_listen", actions  # no turn cut into by another


def test_every_server_killed_mid_check_is_restarted_and_the_check_goes_on(cluster):
    client, sender = cluster.client, "killed-mid-check"
    client.text(sender, "低保怎么申请")
    client.text(sender, '/rate_service{"rating": "满意"}')
    client.text(sender, "/human_handoff")
    assert "残疾人证" in client.text(sender, OPENING)  # the check has begun and waits for an answer

    victims = cluster.servers("rasa run") + cluster.servers("rasa_sdk")
    assert len(victims) == 3
    for pid in victims:
        os.kill(pid, signal.SIGKILL)
    for name in ("rasa-1", "rasa-2", "actions"):
        cluster.wait_for_log(rf"\[supervisor\] {name} exited with code -9 after \d+s; restarting it in 1s", 30)
    for name in ("rasa-1", "rasa-2", "actions"):
        cluster.wait_for_log(rf"\[supervisor\] {name} restarted \(pid \d+\)", 30)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        try:
            if all(row["status"] == "UP" for row in cluster.stats().values()) and \
                    client.get("/webhooks/rest/")["status"] == "ok":
                break
        except OSError:
            pass
        time.sleep(1)
    assert set(cluster.servers("rasa run")).isdisjoint(victims)

    client.text(sender, "有")
    assert "很可能符合" in client.text(sender, "需要")  # read against the facts given before the kill
    events = client.tracker(sender)["events"]
    said = [e["text"] for e in events if e["event"] == "user"]
    assert said == ["低保怎么申请", '/rate_service{"rating": "满意"}', "/human_handoff", OPENING, "有", "需要"]
    ratings = [e for e in events if e["event"] == "slot" and e["name"] == "rating" and e["value"]]
    handoffs = [e for e in events if e["event"] == "slot" and e["name"] == "handoff_requested" and e["value"]]
    assert len(ratings) == 1 and len(handoffs) == 1, json.dumps([ratings, handoffs], ensure_ascii=False)


def test_the_tracker_database_of_make_cluster_is_created_when_missing():
    import uuid

    from sqlalchemy import create_engine, text

    from bot.cluster import ensure_database
    from tests.conftest import POSTGRES_SERVER

    url = f"{POSTGRES_SERVER}/huzhou_cluster_{uuid.uuid4().hex[:8]}"
    try:
        assert ensure_database(url) is True and ensure_database(url) is False  # created once, then found
        assert ensure_database("sqlite:///build/tracker.sqlite3") is False
    finally:
        admin = create_engine(f"{POSTGRES_SERVER}/postgres", isolation_level="AUTOCOMMIT", future=True)
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
        admin.dispose()


def test_twenty_concurrent_messages_per_conversation_lose_nothing_across_the_replicas(cluster, postgres_database):
    """`python -m bot lock-bench`'s rounds, fewer of them, through HAProxy onto both replicas: every
    message stored once, every turn whole, with the atomic lock store."""
    from bot.cluster_race import QUESTIONS, Tally, run_rounds

    tally = Tally("atomic")
    # in a thread of its own: the browser tests may leave an event loop running in this one
    rounds = threading.Thread(target=run_rounds, args=(tally, [cluster.client.base_url], postgres_database, 5, QUESTIONS))
    rounds.start()
    rounds.join(600)
    assert (tally.sent, tally.errors, tally.lost, tally.duplicated, tally.out_of_order) == (100, 0, 0, 0, 0), tally
