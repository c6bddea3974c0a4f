"""The widget channel: history from tracker events, the served script and
page, the history and updates endpoints, and which origins may call them.
The browser tests are in test_widget_browser.py."""
import gzip
import json
import urllib.error
import urllib.request

import pytest

from bot.settings import REPO_ROOT, allowed_origins
from channels.widget.history import (
    OPERATOR_KEY,
    cursor,
    messages_from_events,
    operator_messages_after,
    valid_sender,
)

BUNDLE = REPO_ROOT / "build" / "widget" / "huzhou-widget.js"
SENDER = "web-" + "0123456789abcdef" * 2

EVENTS = [
    {"event": "action", "name": "action_session_start", "timestamp": 1.0},
    {"event": "user", "text": "低保怎么申请", "timestamp": 2.0, "metadata": {}},
    {"event": "slot", "name": "current_service", "value": "x", "timestamp": 2.5},
    {"event": "bot", "text": "【最低生活保障】…", "timestamp": 3.0,
     "data": {"buttons": [{"title": "去哪里办", "payload": "/ask_where"}]}},
    {"event": "user", "text": "/ask_where", "timestamp": 4.0},  # a click from a client that sent no title
    {"event": "bot", "text": "去民政局", "timestamp": 5.0, "data": {}},
    {"event": "user", "text": "/human_handoff", "timestamp": 6.0, "metadata": {"title": "转人工"}},
    {"event": "bot", "text": "", "timestamp": 6.5, "data": {"custom": {"handoff": {}}}},  # nothing to show
    {"event": "bot", "text": "您好，我是工作人员", "timestamp": 7.0, "metadata": {OPERATOR_KEY: {"name": "王"}}},
]


def test_history_shows_what_the_resident_saw():
    messages = messages_from_events(EVENTS)
    assert [(m["role"], m["text"]) for m in messages] == [
        ("user", "低保怎么申请"),
        ("bot", "【最低生活保障】…"),
        ("user", "去哪里办"),
        ("bot", "去民政局"),
        ("user", "转人工"),
        ("operator", "您好，我是工作人员"),
    ]
    assert messages[1]["buttons"] == [{"title": "去哪里办", "payload": "/ask_where"}]
    assert messages_from_events(EVENTS, limit=2)[0]["text"] == "转人工"


def test_updates_are_operator_replies_after_the_cursor():
    assert [m["text"] for m in operator_messages_after(EVENTS, 6.0)] == ["您好，我是工作人员"]
    assert operator_messages_after(EVENTS, 7.0) == []
    assert cursor(EVENTS) == 7.0 and cursor([], 3.5) == 3.5


@pytest.mark.parametrize("sender, ok", [
    (SENDER, True), ("web-" + "0" * 31, False), ("web-" + "G" * 32, False), ("oX1abc", False), ("", False), (None, False),
])
def test_only_widget_senders_can_be_read_back(sender, ok):
    assert valid_sender(sender) is ok


def test_allowed_origins_are_origins():
    assert allowed_origins("") == ()
    assert allowed_origins("https://www.huzhou.gov.cn, http://10.1.2.3:8080/") == (
        "https://www.huzhou.gov.cn", "http://10.1.2.3:8080")
    for bad in ("www.huzhou.gov.cn", "https://www.huzhou.gov.cn/zwfw", "https://*.huzhou.gov.cn"):
        with pytest.raises(ValueError, match="HUZHOU_ALLOWED_ORIGINS"):
            allowed_origins(bad)


def test_the_built_script_is_within_the_page_weight_budget():
    body = BUNDLE.read_bytes()
    size = len(gzip.compress(body, 9))
    print(f"widget script: {len(body) / 1024:.1f} KB, {size / 1024:.1f} KB gzipped")
    assert size <= 300 * 1024


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.mark.servers
def test_the_script_is_served_gzipped_and_revalidated(servers):
    url = servers.rasa_url + "/widget/huzhou-widget.js"
    status, headers, body = fetch(url, {"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert headers["Content-Type"].startswith("application/javascript")
    assert gzip.decompress(body) == BUNDLE.read_bytes()
    status, _, plain = fetch(url)
    assert status == 200 and plain == BUNDLE.read_bytes()
    assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304


@pytest.mark.servers
def test_the_demo_page_embeds_the_script(servers):
    status, headers, body = fetch(servers.rasa_url + "/widget/")
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert '<div id="huzhou-assistant"' in page and '<script src="huzhou-widget.js"' in page


@pytest.mark.servers
def test_history_of_a_conversation(client):
    sender = "web-" + "ab" * 16
    client.say(sender, "孩子想上幼儿园找哪个部门")
    status, _, body = fetch(f"{client.base_url}/widget/history?sender={sender}")
    data = json.loads(body)
    assert status == 200 and data["messages"][0] == {
        "role": "user", "text": "孩子想上幼儿园找哪个部门", "buttons": [], "time": data["messages"][0]["time"]}
    assert data["messages"][1]["role"] == "bot" and data["cursor"] >= data["messages"][-1]["time"]
    status, _, body = fetch(f"{client.base_url}/widget/updates?sender={sender}&since={data['cursor']}")
    assert status == 200 and json.loads(body)["messages"] == []


@pytest.mark.servers
@pytest.mark.parametrize("query, code", [
    ("history?sender=resident-1", "bad_sender"),
    ("history", "bad_sender"),
    (f"updates?sender={SENDER}&since=yesterday", "bad_since"),
])
def test_bad_history_requests_get_a_json_reason(servers, query, code):
    status, _, body = fetch(f"{servers.rasa_url}/widget/{query}")
    assert status == 400 and json.loads(body)["error"] == code


@pytest.mark.servers
def test_only_allowed_origins_get_cors_headers(servers, widget_origin_port):
    url = f"{servers.rasa_url}/widget/history?sender={SENDER}"
    allowed = f"http://localhost:{widget_origin_port}"
    _, headers, _ = fetch(url, {"Origin": allowed})
    assert headers.get("Access-Control-Allow-Origin") == allowed
    _, headers, _ = fetch(url, {"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in headers
