"""Shared fixtures. Expensive things happen once per test session: the
knowledge base is built once, the two servers start once, the model loads once
in each process that needs it."""
from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

from bot.settings import DEFAULT_MODEL, Settings, quiet
from tests.servers import POSTGRES_SERVER, SERVERS, require

quiet()
REPO_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CATALOGUE = REPO_ROOT / "knowledge_base" / "catalogue"
API_TOKEN = secrets.token_urlsafe(24)  # Rasa's HTTP API of the test servers: on, behind this token
HOTLINE_TOKEN = secrets.token_urlsafe(24)  # the hotline console of the test servers (channels/hotline/)


def run_coroutine(coroutine):
    """asyncio.run in a thread of its own: the browser tests' Playwright keeps an event loop
    running in the main thread, where asyncio.run refuses to start another."""
    import threading

    outcome: Dict[str, Any] = {}

    def target():
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as error:  # noqa: BLE001 - re-raised in the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.fixture(scope="session")
def kb_url(tmp_path_factory) -> str:
    """A knowledge base built from the shipped catalogue, private to this session."""
    from knowledge_base.loader import load_catalogue
    from knowledge_base.store import build, catalogue_checksum

    path = tmp_path_factory.mktemp("kb") / "kb.sqlite3"
    url = f"sqlite:///{path}"
    build(load_catalogue(SHIPPED_CATALOGUE), url, catalogue_checksum(SHIPPED_CATALOGUE))
    return url


@pytest.fixture(scope="session")
def kb(kb_url):
    from knowledge_base import KnowledgeBase

    base = KnowledgeBase(kb_url)
    yield base
    base.dispose()


@pytest.fixture(scope="session")
def model_path() -> Path:
    path = Path(os.environ.get("HUZHOU_MODEL") or DEFAULT_MODEL)
    if not path.exists():
        pytest.fail(f"no trained model at {path}: run the tests with `make test`, which trains it first")
    return path


class Client:
    """Talks to the Rasa server over HTTP, as a channel would; sends the HTTP API's token when it has one."""

    def __init__(self, base_url: str, token: Optional[str] = None):
        self.base_url = base_url
        self.token = token

    def url(self, path: str) -> str:
        if not self.token:
            return self.base_url + path
        return self.base_url + path + ("&" if "?" in path else "?") + urllib.parse.urlencode({"token": self.token})

    def post(self, path: str, body: Any, content_type: str = "application/json", raw: bool = False):
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(
            self.url(path), data=data, headers={"Content-Type": content_type}, method="POST"
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            payload = response.read().decode("utf-8")
        return payload if raw else json.loads(payload)

    def get(self, path: str):
        with urllib.request.urlopen(self.url(path), timeout=60) as response:
            return json.loads(response.read().decode("utf-8"))

    def say(self, sender: str, message: str) -> List[Dict[str, Any]]:
        return self.post("/webhooks/rest/webhook", {"sender": sender, "message": message})

    def text(self, sender: str, message: str) -> str:
        return "\n".join(m.get("text", "") for m in self.say(sender, message))

    def tracker(self, sender: str) -> Dict[str, Any]:
        return self.get(f"/conversations/{sender}/tracker")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """A test marked with a server it needs (tests/servers.py: SERVERS) is skipped when the server is
    absent, or fails under CI, before its fixtures start anything."""
    for name in SERVERS:
        if item.get_closest_marker(name) is not None:
            require(name)


@contextlib.contextmanager
def throwaway_postgres(prefix: str = "huzhou_test"):
    """A new database on the real PostgreSQL server (its URL), dropped afterwards."""
    from bot.throwaway_db import throwaway_database

    require("postgres")
    with contextlib.ExitStack() as stack:
        try:
            url = stack.enter_context(throwaway_database(POSTGRES_SERVER, prefix))
        except Exception as e:  # the machine promises a server; say plainly if it is not there
            pytest.fail(f"PostgreSQL at {POSTGRES_SERVER} is not reachable: {e}")
        yield url


@pytest.fixture(scope="session")
def postgres_database():
    """A throwaway database on the real PostgreSQL server, for this test session; dropped at the end."""
    with throwaway_postgres() as url:
        yield url


@pytest.fixture(scope="session")
def fake_wechat_api():
    """WeChat's API servers on loopback (the only part of WeChat that cannot be reached from here)."""
    from bot.wechat_peer import SAMPLE_APP_ID, TEST_APP_SECRET
    from tests.channels.fake_wechat_api import FakeWeChatAPI

    api = FakeWeChatAPI(SAMPLE_APP_ID, TEST_APP_SECRET).start()
    yield api
    api.stop()


@pytest.fixture(scope="session")
def widget_origin_port() -> int:
    """Port of http://localhost:<port>, a page of another site that embeds the web widget
    (tests/channels/conftest.py serves it); the servers allow that origin (CORS)."""
    from bot.runner import free_port

    return free_port()


@contextlib.contextmanager
def running_servers(env: Dict[str, str], log_path: Path, extra_env: Optional[Dict[str, str]] = None):
    """Both servers on free ports with ``env`` as their settings (bot/settings.py), logging to ``log_path``.

    ``extra_env``: variables read by the servers' own code (not settings), set while they start."""
    from bot.runner import Servers, free_port

    settings = Settings.from_env({"RASA_PORT": str(free_port()), "ACTIONS_PORT": str(free_port()), **env})
    with open(log_path, "w", encoding="utf-8") as log:
        running = Servers(settings, log=log)
        try:
            with pytest.MonkeyPatch.context() as patch:  # read once, when the servers start
                for name, value in (extra_env or {}).items():
                    patch.setenv(name, value)
                running.start()
            running.wait_ready(timeout=600)
        except Exception:
            running.stop()
            log.flush()
            pytest.fail(f"servers did not start; log:\n{log_path.read_text(encoding='utf-8')[-4000:]}")
        try:
            yield running
        finally:
            running.stop()


@pytest.fixture(scope="session")
def servers(kb_url, model_path, widget_origin_port, tmp_path_factory, fake_wechat_api):
    """The action server and the Rasa server on free ports, for the whole session; the WeChat
    channel on WeChat's published sample account, its API calls going to the fake API; the
    hotline console behind HOTLINE_TOKEN."""
    from bot.wechat_peer import server_env

    workdir = tmp_path_factory.mktemp("servers")
    env = {"HUZHOU_KB_URL": kb_url, "HUZHOU_MODEL": str(model_path),
           "HUZHOU_TRACKER_URL": f"sqlite:///{workdir / 'tracker.sqlite3'}",
           "RASA_AUTH_TOKEN": API_TOKEN,
           "HUZHOU_ALLOWED_ORIGINS": f"http://localhost:{widget_origin_port}"}
    with running_servers(env, workdir / "servers.log",
                         {**server_env(fake_wechat_api.base_url, delay_seconds=5),
                          "HOTLINE_TOKEN": HOTLINE_TOKEN,
                          "HUZHOU_ACCEPT_REFERENCE_DATE": "1",  # conversations on their set's date
                          "HUZHOU_REPORT_DIR": str(workdir / "report")}) as running:
        running.report_dir = workdir / "report"  # the demand report the console links to (empty at first)
        running.log_path = workdir / "servers.log"
        yield running


@pytest.fixture(scope="session")
def client(servers) -> Client:
    return Client(servers.rasa_url, servers.settings.auth_token)
