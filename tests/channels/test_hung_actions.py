"""The action server hung (SIGSTOP: it accepts connections and never answers): the resident
gets the 12345 apology within 3 s on every channel, and service comes back by itself."""
import os
import signal
import time

import pytest

from bot.faults import APOLOGY
from bot.wechat_peer import new_openid, text_xml

pytestmark = pytest.mark.servers


def test_a_hung_action_server_gets_the_resident_an_apology_within_3_seconds_on_every_channel(servers, client, wechat):
    """The action server stopped (SIGSTOP: it accepts connections and never answers): REST (and so the
    web widget, which posts there) and WeChat answer with the 12345 apology in under 3 s, not after
    Rasa's five-minute wait; once it runs again, the next message is answered as usual."""
    actions = servers.running["actions"].pid
    openid = new_openid()
    os.kill(actions, signal.SIGSTOP)
    try:
        started = time.monotonic()
        rest = client.text("hung-actions", "低保怎么申请")
        rest_seconds = time.monotonic() - started
        started = time.monotonic()
        answer = wechat.post(text_xml(openid, "低保怎么申请"))
        wechat_seconds = time.monotonic() - started
    finally:
        os.kill(actions, signal.SIGCONT)
    assert APOLOGY in rest and rest_seconds < 3.0, (rest, rest_seconds)
    assert answer.status == 200 and APOLOGY in answer.text and wechat_seconds < 3.0, (answer, wechat_seconds)
    assert "湖州市民政局" in client.text("hung-actions", "低保怎么申请")  # back by itself
    log = servers.log.name
    with open(log, encoding="utf-8") as f:
        assert "did not answer within 2.0s; the resident was pointed to 12345" in f.read()
