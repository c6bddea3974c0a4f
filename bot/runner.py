"""Starts and stops the two servers: the rasa_sdk action server and Rasa.

`python -m bot run` uses it in the foreground (logs to the terminal, Ctrl-C
stops both); the end-to-end tests use it to start both on free ports.
"""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO, Callable, Dict, List, Optional, Tuple

from bot.settings import REPO_ROOT, Settings


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str, timeout: float = 2.0):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def _signal(process: subprocess.Popen, signum: int) -> None:
    if process.poll() is None:
        try:
            process.send_signal(signum)
        except ProcessLookupError:
            pass


def _stop(process: subprocess.Popen, timeout: float) -> None:
    """SIGINT (as Ctrl-C), then SIGKILL after ``timeout`` seconds."""
    _signal(process, signal.SIGINT)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# The supervisor's back-off: 1 s before the first restart, doubling up to a minute; a server
# that stayed up STABLE_SECONDS has its count reset. Exit code 2 is a refusal to start
# (a setting is wrong, bot/serve.py says which): restarting would not help.
BACKOFF_FIRST, BACKOFF_MAX, STABLE_SECONDS = 1.0, 60.0, 60.0
REFUSED = 2


class Servers:
    """The action server and the Rasa server as child processes, named "actions" and "rasa"."""

    def __init__(self, settings: Settings, log: Optional[IO[str]] = None):
        self.settings = settings
        self.log = log  # None: prefix lines and write them to this process's stdout
        self.running: Dict[str, subprocess.Popen] = {}
        self.started_at: Dict[str, float] = {}
        self.restarts: Dict[str, int] = {}
        self._pumps: List[threading.Thread] = []
        self._stopping = threading.Event()

    @property
    def processes(self) -> List[subprocess.Popen]:
        return list(self.running.values())

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.actions_port}"

    def actions_command(self) -> List[str]:
        s = self.settings
        serve = [sys.executable, "-m", "bot.serve"]  # masks personal data in the logs (bot/privacy.py)
        actions = [*serve, "rasa_sdk", "--actions", "actions", "--port", str(s.actions_port)]
        return actions + (["--debug"] if s.log_level == "DEBUG" else [])

    def rasa_command(self, port: int, interface: str) -> List[str]:
        s = self.settings
        rasa = [
            sys.executable, "-m", "bot.serve", "rasa", "run",
            "--model", str(s.model),
            "--endpoints", str(REPO_ROOT / "endpoints.yml"),
            "--credentials", str(REPO_ROOT / "credentials.yml"),
            "--interface", interface,
            "--port", str(port),
        ]
        if s.api_enabled:  # the token or JWT secret reach Rasa through the environment (bot/serve.py)
            rasa.append("--enable-api")
        if s.allowed_origins:  # other sites whose pages embed the widget; none: same origin only
            rasa += ["--cors", *s.allowed_origins]
        if s.log_level == "DEBUG":
            rasa.append("--debug")
        return rasa

    def commands(self) -> Dict[str, List[str]]:
        """The command of each server, by name, in the order they start."""
        return {"actions": self.actions_command(),
                "rasa": self.rasa_command(self.settings.rasa_port, self.settings.host)}

    def ready_checks(self) -> Dict[str, Tuple[str, Callable[[dict], bool]]]:
        """(URL, test of its JSON) that says each server is ready."""
        # With the HTTP API on, /status answers once the model is loaded; without it, the REST
        # channel's health route (the model is loaded before Rasa accepts connections).
        rasa_ready = (f"{self.rasa_url}/status?token={self.settings.auth_token}", lambda body: bool(body.get("model_id"))) \
            if self.settings.auth_token else (f"{self.rasa_url}/webhooks/rest/", lambda body: body.get("status") == "ok")
        return {"action server": (f"{self.actions_url}/health", lambda body: body.get("status") == "ok"),
                "rasa server": rasa_ready}

    def start(self) -> "Servers":
        if not Path(self.settings.model).exists():
            raise FileNotFoundError(f"no trained model at {self.settings.model}: run `make train`")
        problem = self.settings.security_problem()
        if problem:
            raise ValueError(problem)
        for name in self.commands():
            self._start(name)
        return self

    def _start(self, name: str) -> None:
        command = self.commands()[name]
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=self.settings.child_env(), stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, bufsize=1, start_new_session=True,
        )
        self.running[name] = process
        self.started_at[name] = time.monotonic()
        pump = threading.Thread(target=self._pump, args=(name, process), daemon=True)
        pump.start()
        self._pumps.append(pump)

    def restart(self, name: str, timeout: float = 300.0) -> None:
        """Stops one server ("actions" or "rasa") as Ctrl-C would, starts it again and waits until it is ready."""
        _stop(self.running[name], 20.0)
        self._start(name)
        self.wait_ready(timeout)

    def _write(self, name: str, line: str) -> None:
        out = self.log if self.log is not None else sys.stdout
        out.write(f"[{name}] {line}")
        out.flush()

    def _pump(self, name: str, process: subprocess.Popen) -> None:
        assert process.stdout is not None  # started with stdout=PIPE
        with process.stdout:  # closed when the server exits: a restarted server gets a new pipe
            for line in process.stdout:
                self._write(name, line)

    def wait_ready(self, timeout: float = 300.0) -> None:
        """Waits until every server answers (Rasa has loaded its model)."""
        deadline = time.monotonic() + timeout
        pending = dict(self.ready_checks())
        while pending:
            for name, process in self.running.items():
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited with code {process.returncode} while starting (see its log)")
            for name, (url, ok) in list(pending.items()):
                try:
                    if ok(_get_json(url)):
                        del pending[name]
                except (urllib.error.URLError, ConnectionError, OSError, ValueError):
                    pass
            if pending and time.monotonic() > deadline:
                raise TimeoutError(f"not ready after {timeout:.0f}s: {', '.join(pending)}")
            if pending:
                time.sleep(0.5)

    def pids(self) -> Dict[str, int]:
        """Process id of each server, by name."""
        return {name: process.pid for name, process in self.running.items()}

    def supervise(self, poll: float = 0.5) -> int:
        """Restarts any server that exits, after a back-off (logged), until stop() is called.

        Returns 0 once stopped, or the exit code of a server that refused to start (code 2)."""
        due: Dict[str, float] = {}  # name -> when it restarts
        while not self._stopping.is_set():
            now = time.monotonic()
            for name, process in list(self.running.items()):
                code = process.poll()
                if code is None or name in due:
                    continue
                uptime = now - self.started_at[name]
                if code == REFUSED:
                    self._write("supervisor", f"{name} refused to start (exit code {code}); not restarting it\n")
                    return code
                if uptime >= STABLE_SECONDS:
                    self.restarts[name] = 0
                count = self.restarts.get(name, 0)
                delay = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** count)
                self.restarts[name] = count + 1
                due[name] = now + delay
                self._write("supervisor", f"{name} exited with code {code} after {uptime:.0f}s; restarting it in "
                                          f"{delay:.0f}s (restart {count + 1} in a row)\n")
            for name, when in list(due.items()):
                if now >= when and not self._stopping.is_set():
                    del due[name]
                    self._start(name)
                    self._write("supervisor", f"{name} restarted (pid {self.running[name].pid})\n")
            self._stopping.wait(poll)
        return 0

    def stop(self, timeout: float = 20.0) -> None:
        self._stopping.set()
        processes = list(self.running.values())
        for process in processes:
            _signal(process, signal.SIGINT)
        deadline = time.monotonic() + timeout
        for process in processes:
            _stop(process, max(0.1, deadline - time.monotonic()))
        for pump in self._pumps:
            pump.join(timeout=2)

    def wait(self) -> int:
        """Blocks until either server exits; returns its exit code."""
        while True:
            for process in self.running.values():
                code = process.poll()
                if code is not None:
                    return code
            time.sleep(0.5)

    def __enter__(self) -> "Servers":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
