"""The loopback rule over real HTTP: with HOTLINE_TOKEN unset the console's routes answer
a client on this machine's loopback and refuse one reaching it by another address, or
through a proxy. The channel alone on a Sanic server listening on every interface (the
queue in a throwaway SQLite; no model is loaded: the session servers run with a token)."""
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from bot.runner import free_port
from bot.settings import REPO_ROOT

APP = """
import sys
from sanic import Sanic
from channels.hotline.channel import HotlineInput
app = Sanic("hotline_loopback_test")
app.blueprint(HotlineInput(token="").blueprint(None), url_prefix="/webhooks/hotline")
app.run(host="0.0.0.0", port=int(sys.argv[1]), access_log=False)
"""


def other_address() -> str:
    """An IPv4 address of this machine that is not loopback (the one a route to elsewhere would use)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
            address = probe.getsockname()[0]
        except OSError:
            address = ""
    if not address or address.startswith("127."):
        pytest.skip("this machine has no IPv4 address besides loopback")
    return address


def status_of(url: str, headers=None) -> tuple:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture(scope="module")
def tokenless_console(tmp_path_factory):
    port = free_port()
    env = {"PYTHONPATH": str(REPO_ROOT), "HOTLINE_TOKEN": "", "PATH": "/usr/bin:/bin",
           "HUZHOU_HANDOFF_URL": f"sqlite:///{tmp_path_factory.mktemp('queue') / 'queue.sqlite3'}",
           "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "RASA_TELEMETRY_ENABLED": "false"}
    server = subprocess.Popen([sys.executable, "-c", APP, str(port)], cwd=REPO_ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None:
                pytest.fail(f"the test server stopped: {server.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)
    yield port
    server.terminate()
    server.wait(timeout=20)


def test_without_a_token_only_direct_loopback_clients_are_answered(tokenless_console):
    port = tokenless_console
    status, body = status_of(f"http://127.0.0.1:{port}/webhooks/hotline/handoffs")
    assert status == 200 and body == {"handoffs": []}
    status, body = status_of(f"http://{other_address()}:{port}/webhooks/hotline/handoffs")
    assert status == 403 and body["error"] == "loopback_only" and "HOTLINE_TOKEN" in body["message"]
    status, body = status_of(f"http://127.0.0.1:{port}/webhooks/hotline/handoffs",
                             {"X-Forwarded-For": "203.0.113.9"})
    assert status == 403 and body["error"] == "loopback_only"
    # a Bearer token means nothing while none is configured: still loopback only
    status, _ = status_of(f"http://{other_address()}:{port}/webhooks/hotline/handoffs",
                          {"Authorization": "Bearer anything"})
    assert status == 403
