"""Several Rasa replicas and the action server behind HAProxy: `python -m bot run --replicas N`.

    HUZHOU_TRACKER_URL=postgresql://postgres@127.0.0.1:5432/huzhou \\
    HUZHOU_LOCK_URL=redis://127.0.0.1:6379/1 python -m bot run --replicas 2

Rasa's own scale-out design: the replicas are identical `rasa run` processes that keep
nothing of a conversation between messages; they share the SQL tracker store
(HUZHOU_TRACKER_URL, PostgreSQL for several machines), the conversation locks (Redis,
bot/stores.py's atomic lock store) and the event broker (RabbitMQ). HAProxy (Debian's
package) listens on HUZHOU_HOST:RASA_PORT, where one Rasa server would, and sends each
request to the next replica that passes its health check (the REST channel's GET
/webhooks/rest/ every second; a replica that fails two is taken out, and a request
whose connection is refused is sent to another). Replicas listen on loopback ports of
their own. The supervisor (bot/runner.py) restarts any process that exits.
HAProxy's statistics (CSV) are on 127.0.0.1:<stats port>/stats;csv.
"""
from __future__ import annotations

import csv
import io
import shutil
import tempfile
import urllib.request
from pathlib import Path
from typing import IO, Callable, Dict, List, Optional, Tuple

from bot.runner import Servers, free_port
from bot.settings import Settings
from bot.stores import sqlite_path

HAPROXY_CONFIG = """\
global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    # a connection refused by a replica that just died goes to another one
    retries 2
    option redispatch

frontend huzhou
    bind {bind}:{port}
    default_backend rasa

backend rasa
    balance roundrobin
    option httpchk GET /webhooks/rest/
    http-check expect status 200
    default-server check inter 1s fall 2 rise 1
{servers}

listen stats
    bind 127.0.0.1:{stats_port}
    stats enable
    stats uri /stats
"""


def haproxy_config(bind: str, port: int, replicas: Dict[str, int], stats_port: int) -> str:
    servers = "\n".join(f"    server {name} 127.0.0.1:{p}" for name, p in replicas.items())
    return HAPROXY_CONFIG.format(bind=bind, port=port, servers=servers, stats_port=stats_port)


def ensure_database(url: str) -> bool:
    """Creates the PostgreSQL database of ``url`` when it does not exist yet; True if it did that."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        return False
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as c:
            if c.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": parsed.database}).first():
                return False
            c.execute(text('CREATE DATABASE "%s"' % parsed.database.replace('"', '""')))
            return True
    finally:
        admin.dispose()


class Cluster(Servers):
    """The action server, ``replicas`` Rasa servers ("rasa-1" …) and HAProxy in front of them."""

    def __init__(self, settings: Settings, replicas: int = 2, log: Optional[IO[str]] = None,
                 workdir: Optional[Path] = None):
        super().__init__(settings, log)
        if replicas < 1:
            raise ValueError("--replicas: at least 1")
        self.replica_ports = {f"rasa-{i}": free_port() for i in range(1, replicas + 1)}
        self.stats_port = free_port()
        self._tmp = None
        if not workdir:
            self._tmp = tempfile.TemporaryDirectory(prefix="huzhou-cluster-")
            workdir = Path(self._tmp.name)
        self.workdir = Path(workdir)
        self.config = self.workdir / "haproxy.cfg"

    def problems(self) -> List[str]:
        """What stops several replicas from sharing conversations safely."""
        found = []
        if shutil.which("haproxy") is None:
            found.append("HAProxy is not installed (apt-get install haproxy)")
        if len(self.replica_ports) > 1 and not self.settings.lock_url:
            found.append("several replicas need the shared lock store: set HUZHOU_LOCK_URL=redis://127.0.0.1:6379/1 "
                         "(without it two replicas can handle one conversation's messages at once)")
        return found

    def commands(self) -> Dict[str, List[str]]:
        commands = {"actions": self.actions_command()}
        for name, port in self.replica_ports.items():
            commands[name] = self.rasa_command(port, "127.0.0.1")
        commands["haproxy"] = [shutil.which("haproxy") or "haproxy", "-db", "-f", str(self.config)]
        return commands

    def start(self) -> "Cluster":
        problems = self.problems()
        if problems:
            raise ValueError("; ".join(problems))
        if sqlite_path(self.settings.tracker_url) is not None and len(self.replica_ports) > 1:
            self._write("cluster", "conversations are in SQLite: fine for replicas on this machine only; "
                                   "use PostgreSQL (HUZHOU_TRACKER_URL) for several machines\n")
        if ensure_database(self.settings.tracker_url):
            self._write("cluster", "created the tracker store's database\n")
        self.config.write_text(haproxy_config(self.settings.host, self.settings.rasa_port, self.replica_ports,
                                              self.stats_port), encoding="utf-8")
        super().start()
        return self

    def ready_checks(self) -> Dict[str, Tuple[str, Callable[[dict], bool]]]:
        checks = {"action server": super().ready_checks()["action server"]}
        for name, port in self.replica_ports.items():
            checks[name] = (f"http://127.0.0.1:{port}/webhooks/rest/", lambda body: body.get("status") == "ok")
        checks["haproxy"] = (f"{self.rasa_url}/webhooks/rest/", lambda body: body.get("status") == "ok")
        return checks

    def stats(self) -> Dict[str, Dict[str, str]]:
        """HAProxy's statistics of each replica: status (UP/DOWN), stot (requests sent to it), …"""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.stats_port}/stats;csv", timeout=5) as response:
            text = response.read().decode("utf-8").lstrip("# ")
        return {row["svname"]: row for row in csv.DictReader(io.StringIO(text))
                if row["pxname"] == "rasa" and row["svname"] in self.replica_ports}

    def stop(self, timeout: float = 20.0) -> None:
        super().stop(timeout)
        if self._tmp is not None:
            self._tmp.cleanup()
