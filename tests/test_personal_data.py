"""Personal data planted in conversations on the REST channel and WeChat never reaches the
tracker store (raw bytes of the SQLite file) or the log of either server at DEBUG level;
their masked forms do, so the checks look where the numbers would be.

The DEBUG servers run the REST channel only: the WeChat channel masks log lines itself
too, and this checks what python -m bot.serve does for every deployment."""
import json
from pathlib import Path

import pytest

from bot.wechat_peer import WeChatPeer, new_openid, text_xml
from tests.conftest import API_TOKEN, Client, running_servers

pytestmark = pytest.mark.servers

ID_NUMBER = "330501199001011234"
MOBILE = "13812345678"
CARD = "6222021234567890123"
PLANTED = (ID_NUMBER, MOBILE, CARD)
MASKED = ("330***********1234", "138****5678", "6222***********0123")
MESSAGE = f"我身份证号{ID_NUMBER}，手机{MOBILE}，银行卡{CARD}，低保怎么申请"


def stored_bytes(database: Path) -> bytes:
    """Every byte SQLite holds for the tracker store: the file and its write-ahead log (bot/stores.py)."""
    wal = database.with_name(database.name + "-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture(scope="module")
def planted(kb_url, model_path, tmp_path_factory):
    """Servers at DEBUG level (REST channel, WeChat off) that were told the numbers."""
    workdir = tmp_path_factory.mktemp("personal-data")
    tracker = workdir / "tracker.sqlite3"
    log_path = workdir / "servers.log"
    env = {"HUZHOU_KB_URL": kb_url, "HUZHOU_MODEL": str(model_path), "HUZHOU_LOG_LEVEL": "DEBUG",
           "HUZHOU_TRACKER_URL": f"sqlite:///{tracker}", "RASA_AUTH_TOKEN": API_TOKEN}
    with running_servers(env, log_path, {"WECHAT_TOKEN": ""}) as servers:
        client = Client(servers.rasa_url, API_TOKEN)
        reply = client.text("pd-rest", MESSAGE)
        second = client.text("pd-rest", "需要什么材料")  # a turn after the masked one, read from the store
        trackers = {"pd-rest": client.tracker("pd-rest")}
    return {"tracker": stored_bytes(tracker), "log": log_path.read_text(encoding="utf-8"),
            "replies": (reply, second), "trackers": trackers}


def test_the_assistant_still_answers(planted):
    reply, second = planted["replies"]
    assert "最低生活保障" in reply and "材料" in second


def test_the_tracker_store_holds_only_masked_numbers(planted):
    raw = planted["tracker"]
    for number in PLANTED:
        assert number.encode() not in raw
    for masked in MASKED:
        assert masked.encode() in raw  # the message was stored, masked
    for tracker in planted["trackers"].values():  # what the HTTP API (and the widget's history) read back
        said = json.dumps([e.get("text") for e in tracker["events"] if e["event"] == "user"], ensure_ascii=False)
        assert all(number not in said for number in PLANTED) and MASKED[1] in said


def test_the_debug_logs_of_both_servers_hold_only_masked_numbers(planted):
    log = planted["log"]
    rasa_lines = [line for line in log.splitlines() if line.startswith("[rasa]")]
    action_lines = [line for line in log.splitlines() if line.startswith("[actions]")]
    assert any("DEBUG" in line for line in rasa_lines) and any("DEBUG" in line for line in action_lines)
    for number in PLANTED:
        assert number not in log
    assert any(MASKED[1] in line for line in rasa_lines)  # Rasa logs the message at DEBUG: masked
    assert API_TOKEN not in log


def test_wechat_messages_are_stored_masked(servers, client):
    wechat = WeChatPeer(f"{servers.rasa_url}/webhooks/wechat/webhook")
    openid = new_openid()
    assert "最低生活保障" in wechat.post(text_xml(openid, MESSAGE)).text
    said = [e.get("text") for e in client.tracker(openid)["events"] if e["event"] == "user"]
    assert said == [MESSAGE.replace(ID_NUMBER, MASKED[0]).replace(MOBILE, MASKED[1]).replace(CARD, MASKED[2])]
    raw = stored_bytes(Path(servers.settings.tracker_url.replace("sqlite:///", "", 1)))
    assert all(number.encode() not in raw for number in PLANTED)
