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
from typing import IO, List, Optional

from bot.settings import REPO_ROOT, Settings


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str, timeout: float = 2.0):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


NAMES = ("actions", "rasa")


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


class Servers:
    """The action server and the Rasa server as child processes."""

    def __init__(self, settings: Settings, log: Optional[IO[str]] = None):
        self.settings = settings
        self.log = log  # None: prefix lines and write them to this process's stdout
        self.processes: List[subprocess.Popen] = []
        self._pumps: List[threading.Thread] = []

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.actions_port}"

    def commands(self) -> List[List[str]]:
        s = self.settings
        serve = [sys.executable, "-m", "bot.serve"]  # masks personal data in the logs (bot/privacy.py)
        actions = [*serve, "rasa_sdk", "--actions", "actions", "--port", str(s.actions_port)]
        rasa = [
            *serve, "rasa", "run",
            "--model", str(s.model),
            "--endpoints", str(REPO_ROOT / "endpoints.yml"),
            "--credentials", str(REPO_ROOT / "credentials.yml"),
            "--interface", s.host,
            "--port", str(s.rasa_port),
        ]
        if s.api_enabled:  # the token or JWT secret reach Rasa through the environment (bot/serve.py)
            rasa.append("--enable-api")
        if s.allowed_origins:  # other sites whose pages embed the widget; none: same origin only
            rasa += ["--cors", *s.allowed_origins]
        if s.log_level == "DEBUG":
            rasa.append("--debug")
            actions += ["--debug"]
        return [actions, rasa]

    def start(self) -> "Servers":
        if not Path(self.settings.model).exists():
            raise FileNotFoundError(f"no trained model at {self.settings.model}: run `make train`")
        problem = self.settings.security_problem()
        if problem:
            raise ValueError(problem)
        for name in NAMES:
            self._start(name)
        return self

    def _start(self, name: str) -> None:
        command = dict(zip(NAMES, self.commands()))[name]
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=self.settings.child_env(), stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, bufsize=1, start_new_session=True,
        )
        index = NAMES.index(name)
        if len(self.processes) > index:
            self.processes[index] = process
        else:
            self.processes.append(process)
        pump = threading.Thread(target=self._pump, args=(name, process), daemon=True)
        pump.start()
        self._pumps.append(pump)

    def restart(self, name: str, timeout: float = 300.0) -> None:
        """Stops one server ("actions" or "rasa") as Ctrl-C would, starts it again and waits until it is ready."""
        process = self.processes[NAMES.index(name)]
        _stop(process, 20.0)
        self._start(name)
        self.wait_ready(timeout)

    def _pump(self, name: str, process: subprocess.Popen) -> None:
        for line in process.stdout:
            if self.log is not None:
                self.log.write(f"[{name}] {line}")
                self.log.flush()
            else:
                sys.stdout.write(f"[{name}] {line}")
                sys.stdout.flush()

    def wait_ready(self, timeout: float = 300.0) -> None:
        """Waits until the action server answers and Rasa has loaded its model."""
        deadline = time.monotonic() + timeout
        # With the HTTP API on, /status answers once the model is loaded; without it, the REST
        # channel's health route (the model is loaded before Rasa accepts connections).
        rasa_ready = (f"{self.rasa_url}/status?token={self.settings.auth_token}", lambda body: bool(body.get("model_id"))) \
            if self.settings.auth_token else (f"{self.rasa_url}/webhooks/rest/", lambda body: body.get("status") == "ok")
        checks = {
            "action server": (f"{self.actions_url}/health", lambda body: body.get("status") == "ok"),
            "rasa server": rasa_ready,
        }
        pending = dict(checks)
        while pending:
            for process in self.processes:
                if process.poll() is not None:
                    raise RuntimeError(f"a server exited with code {process.returncode} while starting (see its log)")
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

    def stop(self, timeout: float = 20.0) -> None:
        for process in self.processes:
            _signal(process, signal.SIGINT)
        deadline = time.monotonic() + timeout
        for process in self.processes:
            _stop(process, max(0.1, deadline - time.monotonic()))
        for pump in self._pumps:
            pump.join(timeout=2)

    def wait(self) -> int:
        """Blocks until either server exits; returns its exit code."""
        while True:
            for process in self.processes:
                code = process.poll()
                if code is not None:
                    return code
            time.sleep(0.5)

    def __enter__(self) -> "Servers":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
