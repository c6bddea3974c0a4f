"""The per-sender rate limit (channels/ratelimit.py): in memory and on the real Redis, then on
the running servers' REST channel and WeChat channel (default 30 messages in any 60 s)."""
import time
import uuid

import pytest

from bot.wechat_peer import new_openid, text_xml
from channels.ratelimit import RateLimit, parse_limit, refusal

REDIS = "redis://127.0.0.1:6379/15"


@pytest.mark.parametrize("url", ["", pytest.param(REDIS, marks=pytest.mark.redis)], ids=["memory", "redis"])
def test_a_sliding_window_per_sender_where_refused_messages_do_not_count(url):
    limit = RateLimit(3, 10, url, prefix=f"huzhou-test-{uuid.uuid4().hex[:6]}:")
    assert [limit.check("rest", "a", now=1000 + i).allowed for i in range(3)] == [True] * 3
    refused = limit.check("rest", "a", now=1004.5)
    assert not refused.allowed and refused.retry_after == 6  # the first message leaves the window at 1010
    assert "6秒后再发" in refused.message
    assert limit.check("rest", "b", now=1004.5).allowed  # another sender
    assert limit.check("wechat", "a", now=1004.5).allowed  # the same id on another channel
    assert limit.check("rest", "a", now=1010.5).allowed  # a sliding window: one slot free again
    assert not limit.check("rest", "a", now=1010.6).allowed


def test_an_unreachable_redis_counts_in_memory_instead():
    limit = RateLimit(1, 60, "redis://127.0.0.1:1/0")
    assert limit.check("rest", "a").allowed and not limit.check("rest", "a").allowed


def test_the_setting():
    assert parse_limit("30/60") == (30, 60.0) and parse_limit("0") is None and parse_limit("") == (30, 60.0)
    for bad in ("30", "a/b", "0/60", "5/0"):
        with pytest.raises(ValueError, match="HUZHOU_RATE_LIMIT"):
            parse_limit(bad)


@pytest.mark.servers
def test_rest_and_wechat_refuse_the_31st_message_in_a_minute_with_a_clear_answer(client, wechat):
    started = time.monotonic()
    sender = f"fast-{uuid.uuid4().hex[:8]}"
    for _ in range(30):
        assert client.say(sender, "/greet")
    import urllib.error

    with pytest.raises(urllib.error.HTTPError) as refused:
        client.say(sender, "/greet")
    assert refused.value.code == 429
    retry_after = int(refused.value.headers["Retry-After"])
    body = __import__("json").loads(refused.value.read().decode("utf-8"))
    assert body["error"] == "rate_limited" and body["message"] == refusal(body["retry_after"])
    assert 1 <= retry_after <= 60 and body["retry_after"] == retry_after
    said = [e for e in client.tracker(sender)["events"] if e["event"] == "user"]
    assert len(said) == 30  # the refused message touched no conversation

    openid = new_openid()
    for _ in range(30):
        assert wechat.post(text_xml(openid, "/greet")).status == 200
    answer = wechat.post(text_xml(openid, "/greet"))
    assert answer.status == 200 and "太频繁" in answer.text and "12345" in answer.text
    assert time.monotonic() - started < 60, "too slow to test a 60 s window on this machine"
