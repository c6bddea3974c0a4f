"""Who can reach what: Rasa's HTTP API only behind a token (or JWT), no start beyond
loopback without one, the action server on loopback, no secret on a command line."""
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from bot.serve import Refused, rasa_arguments
from bot.settings import REPO_ROOT, Settings
from tests.conftest import API_TOKEN, running_servers


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def listening(port: int):
    """The local addresses (hex, as in /proc/net/tcp*) that listen on ``port``."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table, encoding="ascii") as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                address, hex_port = fields[1].split(":")
                if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                    found.append(address)
    return found


# --- the running test servers: API on, behind the token -------------------------------------------

@pytest.mark.servers
def test_the_http_api_answers_only_with_the_token(servers):
    base = servers.rasa_url
    assert status(f"{base}/conversations/someone/tracker") == 401
    assert status(f"{base}/conversations/someone/tracker?token=wrong") == 401
    assert status(f"{base}/status") == 401
    assert status(f"{base}/status?token={API_TOKEN}") == 200
    # the channels need no token: they are what residents use
    assert status(f"{base}/webhooks/rest/") == 200


@pytest.mark.servers
def test_the_token_is_on_no_command_line(servers):
    for process in servers.processes:
        with open(f"/proc/{process.pid}/cmdline", "rb") as f:
            assert API_TOKEN.encode() not in f.read()


@pytest.mark.servers
def test_the_action_server_listens_on_loopback_only(servers):
    addresses = listening(servers.settings.actions_port)
    assert addresses, "the action server is not listening"
    assert set(addresses) == {"0100007F"}  # 127.0.0.1, not 0.0.0.0 or ::


# --- a server without a token: no API at all -------------------------------------------------------

@pytest.mark.servers
def test_without_a_token_the_api_is_off_and_the_channels_work(kb_url, model_path, tmp_path):
    env = {"HUZHOU_KB_URL": kb_url, "HUZHOU_MODEL": str(model_path),
           "HUZHOU_TRACKER_URL": f"sqlite:///{tmp_path / 'tracker.sqlite3'}"}
    with running_servers(env, tmp_path / "servers.log") as running:
        base = running.rasa_url
        assert status(f"{base}/status") == 404
        assert status(f"{base}/conversations/someone/tracker") == 404
        assert status(f"{base}/model/parse") == 404
        request = urllib.request.Request(
            f"{base}/webhooks/rest/webhook", method="POST", headers={"Content-Type": "application/json"},
            data='{"sender": "no-api", "message": "低保怎么申请"}'.encode("utf-8"))
        with urllib.request.urlopen(request, timeout=60) as response:
            assert "最低生活保障" in json.loads(response.read().decode("utf-8"))[0]["text"]


# --- refusals, before anything starts ---------------------------------------------------------------

def run_bot(env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in ("RASA_AUTH_TOKEN", "RASA_JWT_SECRET")}
    env.update(env_overrides)
    return subprocess.run([sys.executable, "-m", "bot", "run"], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_make_run_refuses_a_public_interface_without_a_token():
    result = run_bot({"HUZHOU_HOST": "0.0.0.0"})
    assert result.returncode == 2
    assert "RASA_AUTH_TOKEN" in result.stderr and "0.0.0.0" in result.stderr


def test_the_rasa_wrapper_refuses_unsafe_arguments():
    with pytest.raises(Refused, match="RASA_AUTH_TOKEN"):
        rasa_arguments(["run", "--interface", "0.0.0.0"], {})
    with pytest.raises(Refused, match="RASA_AUTH_TOKEN"):
        rasa_arguments(["run", "--interface", "127.0.0.1", "--enable-api"], {})
    with pytest.raises(Refused, match="command line"):
        rasa_arguments(["run", "--enable-api", "--auth-token", "x"], {"RASA_AUTH_TOKEN": "x"})
    assert rasa_arguments(["run", "--interface", "127.0.0.1"], {}) == ["run", "--interface", "127.0.0.1"]
    assert rasa_arguments(["run", "--interface", "0.0.0.0", "--enable-api"], {"RASA_AUTH_TOKEN": "t"})[-1:] == \
        ["--auth-token=t"]
    assert rasa_arguments(["run", "--enable-api"], {"RASA_JWT_SECRET": "s"})[-3:] == \
        ["--jwt-secret=s", "--jwt-method", "HS256"]
    # a token that starts with "-" stays the token's value (argparse would take "-x…" for an option)
    assert rasa_arguments(["run", "--enable-api"], {"RASA_AUTH_TOKEN": "-Xy_z"})[-1:] == ["--auth-token=-Xy_z"]
    result = subprocess.run([sys.executable, "-m", "bot.serve", "rasa", "run", "--interface", "10.0.0.1"],
                            cwd=REPO_ROOT, env={**os.environ, "RASA_AUTH_TOKEN": "", "RASA_JWT_SECRET": ""},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "10.0.0.1" in result.stderr


def test_settings_say_when_the_api_is_on():
    assert not Settings.from_env({}).api_enabled
    assert Settings.from_env({"RASA_AUTH_TOKEN": "t"}).api_enabled
    assert Settings.from_env({"RASA_JWT_SECRET": "s"}).api_enabled
    assert Settings.from_env({"HUZHOU_HOST": "0.0.0.0"}).security_problem()
    assert Settings.from_env({"HUZHOU_HOST": "0.0.0.0", "RASA_AUTH_TOKEN": "t"}).security_problem() is None
    assert Settings.from_env({}).security_problem() is None
