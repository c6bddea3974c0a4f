"""The WeChat channel in this process, with a scripted dialogue in place of Rasa's.

What the running server cannot show with one configuration: safe and plain
mode's refusals, an account without the customer-service API, two replicas
sharing Redis (the real server at 127.0.0.1:6379), the 详情 pages of a
turn longer than 2048 bytes. Requests are still built by wechatpy as
WeChat builds them, and customer-service messages go to the fake WeChat API.
"""
import asyncio
import uuid
from pathlib import Path

import pytest
import redis

from bot.settings import Settings
from bot.wechat_peer import (SAMPLE_AES_KEY, SAMPLE_APP_ID, SAMPLE_TOKEN, TEST_APP_SECRET, WeChatPeer, new_openid,
                             text_xml)
from channels import wechat_replies as replies
from channels.wechat import TEST_DELAY_MARKER, WeChatConfig, WeChatInput, WeChatService
from channels.wechat_api import CustomerServiceClient
from channels.wechat_protocol import Refused
from channels.wechat_replies import MAX_BYTES, size
from channels.wechat_state import MemoryState, RedisState
from tests.channels.fake_wechat_api import FakeWeChatAPI
from tests.conftest import run_coroutine  # Playwright (the browser tests) may hold an event loop in this thread
from tests.servers import require

REDIS_URL = "redis://127.0.0.1:6379/0"
PEER = WeChatPeer("in-process")


class ScriptedDialogue:
    """Answers "你说：<text>" with two buttons; takes `slow` seconds for messages containing 慢."""

    def __init__(self, slow: float = 0.0, long_text: str = "") -> None:
        self.heard, self.slow, self.long_text = [], slow, long_text

    async def __call__(self, message) -> None:
        self.heard.append((message.sender_id, message.text))
        if "慢" in message.text:
            await asyncio.sleep(self.slow)
        text = self.long_text if "长" in message.text else f"你说：{message.text}"
        await message.output_channel.send_text_with_buttons(
            message.sender_id, text, [{"title": "是", "payload": "是"}, {"title": "不是", "payload": "/deny"}])


def service(mode="compatible", customer_service=False, state=None, client=None, reply_seconds=0.3):
    config = WeChatConfig(token=SAMPLE_TOKEN, app_id=SAMPLE_APP_ID, app_secret=TEST_APP_SECRET,
                          aes_key=SAMPLE_AES_KEY, encryption=mode, customer_service=customer_service,
                          reply_seconds=reply_seconds)
    return WeChatService(config, state=state or MemoryState(), client=client, max_message_chars=1000)


async def post(svc, dialogue, openid, text, encrypted=False, xml=None):
    query = PEER.signed_query()
    body = (xml or text_xml(openid, text)).encode("utf-8")
    if encrypted:
        body, query = PEER.encrypt(body.decode("utf-8"), query)
    return PEER.read_reply(await svc.receive(query, body, dialogue), encrypted)


def refusal(svc, xml: str, encrypted=False, query=None):
    query = query or PEER.signed_query()
    body = xml.encode("utf-8")
    if encrypted:
        body, query = PEER.encrypt(xml, query)
    with pytest.raises(Refused) as info:
        run_coroutine(svc.receive(query, body, ScriptedDialogue()))
    return info.value.status


def test_safe_mode_takes_only_encrypted_messages_and_plain_mode_only_plain():
    openid = new_openid()
    assert refusal(service("safe"), text_xml(openid, "低保")) == 403
    assert run_coroutine(post(service("safe"), ScriptedDialogue(), openid, "低保", encrypted=True)).startswith("你说：低保")
    assert refusal(service("plain"), text_xml(openid, "低保"), encrypted=True) == 400
    assert run_coroutine(post(service("plain"), ScriptedDialogue(), openid, "低保")).startswith("你说：低保")


@pytest.mark.parametrize("xml, status", [
    ("<notxml><MsgType>text</MsgType></notxml>", 400),
    ("<xml><MsgType>text</MsgType>", 400),
    ("<xml><FromUserName>o</FromUserName></xml>", 400),  # no MsgType
    ('<!DOCTYPE xml><xml><MsgType>text</MsgType></xml>', 400),  # a DOCTYPE, even without entities
    ("<xml><FromUserName>o</FromUserName><MsgType>text</MsgType><MsgId>x1</MsgId></xml>", 400),
])
def test_malformed_messages_are_refused(xml, status):
    assert refusal(service(), xml) == status


def test_timestamps_must_be_numbers_within_five_minutes_either_way():
    import time

    xml = text_xml(new_openid(), "低保")
    assert refusal(service(), xml, query=PEER.signed_query(timestamp=int(time.time()) + 400)) == 403
    assert refusal(service(), xml, query={**PEER.signed_query(), "timestamp": "abc"}) == 403
    assert run_coroutine(post(service(), ScriptedDialogue(), new_openid(), "低保"))  # a fresh one passes


def test_configuration_mistakes_are_said_plainly():
    with pytest.raises(ValueError, match="43-character"):
        WeChatService(WeChatConfig(token="t", app_id="wx1", aes_key="short"), state=MemoryState())
    with pytest.raises(ValueError, match="WECHAT_ENCRYPTION"):
        WeChatService(WeChatConfig(token="t", encryption="secret"), state=MemoryState())
    with pytest.raises(ValueError, match="WECHAT_APP_SECRET"):
        WeChatConfig.from_credentials({"token": "t", "customer_service": "true"}, env={})
    assert WeChatConfig.from_credentials({"token": "t", "app_id": "wx1", "app_secret": "s"}, env={}).customer_service
    assert not WeChatConfig.from_credentials({"token": "t", "app_id": "wx1", "app_secret": "s",
                                              "customer_service": "false"}, env={}).customer_service


def test_the_channel_is_off_without_a_token_so_make_run_needs_no_wechat(monkeypatch):
    from rasa.shared.utils.io import read_config_file

    for name, value in Settings.from_env({}).child_env().items():
        if name.startswith("WECHAT_"):
            monkeypatch.setenv(name, value)  # what `python -m bot run` passes when nothing is set
    credentials = read_config_file(str(Path(__file__).resolve().parents[2] / "credentials.yml"))
    channel = WeChatInput.from_credentials(credentials["channels.wechat.WeChatInput"])
    assert channel.service is None and not channel.config.enabled


def test_the_test_delay_hook_is_inert_without_its_variable():
    assert WeChatConfig.from_credentials({"token": "t"}, env={}).test_delay_seconds == 0
    dialogue = ScriptedDialogue()
    run_coroutine(post(service(), dialogue, new_openid(), TEST_DELAY_MARKER + "低保"))
    assert dialogue.heard[0][1] == TEST_DELAY_MARKER + "低保"  # passed on as text, not delayed


def test_without_the_customer_service_api_a_slow_answer_is_kept_for_the_next_message():
    async def scenario():
        svc, dialogue, openid = service(), ScriptedDialogue(slow=0.6), new_openid()
        first = await post(svc, dialogue, openid, "慢的问题")
        meanwhile = await post(svc, dialogue, openid, "好了吗")
        await svc.drain()
        kept = await post(svc, dialogue, openid, "好")
        again = await post(svc, dialogue, openid, "2")
        return first, meanwhile, kept, again, dialogue.heard

    first, meanwhile, kept, again, heard = run_coroutine(scenario())
    assert first == replies.SLOW_NOTICE and meanwhile == replies.STILL_WORKING
    assert kept.startswith("你说：慢的问题") and replies.KEPT_FOOTNOTE not in kept  # delivered, once
    assert again.startswith("你说：/deny")  # its numbered choices work once it is shown
    assert [text for _, text in heard] == ["慢的问题", "/deny"]


def test_a_new_question_sent_to_see_a_kept_answer_is_asked_to_be_sent_again():
    async def scenario():
        svc, dialogue, openid = service(), ScriptedDialogue(slow=0.6), new_openid()
        await post(svc, dialogue, openid, "慢的问题")
        await svc.drain()
        return await post(svc, dialogue, openid, "残疾人有什么补贴")

    assert replies.KEPT_FOOTNOTE in run_coroutine(scenario())


@pytest.fixture
def api():
    fake = FakeWeChatAPI(SAMPLE_APP_ID, TEST_APP_SECRET).start()
    yield fake
    fake.stop()


def test_outside_the_48_hour_window_the_answer_waits_for_the_next_message(api):
    openid = new_openid()
    api.outside_window.add(openid)

    async def scenario():
        state = MemoryState()
        client = CustomerServiceClient(SAMPLE_APP_ID, TEST_APP_SECRET, state, api.base_url)
        svc, dialogue = service(customer_service=True, state=state, client=client), ScriptedDialogue(slow=0.6)
        first = await post(svc, dialogue, openid, "慢的问题")
        await svc.drain()
        return first, await post(svc, dialogue, openid, "好")

    first, later = run_coroutine(scenario())
    assert first is None  # `success`
    assert api.refused == [45015] and api.sent == []
    assert later.startswith("你说：慢的问题")


def test_a_long_answer_is_shortened_with_pages_or_split_in_up_to_three_messages(kb, api):
    from tests.channels.test_wechat_replies import long_reply

    text = long_reply(kb).render()
    openid = new_openid()

    async def scenario():
        state = MemoryState()
        client = CustomerServiceClient(SAMPLE_APP_ID, TEST_APP_SECRET, state, api.base_url)
        svc, dialogue = service(customer_service=True, state=state, client=client), ScriptedDialogue(0.6, text)
        shown, pages = await post(svc, dialogue, openid, "长的回答"), []
        while True:
            page = await post(svc, dialogue, openid, "详情")
            pages.append(page)
            if replies.MORE_PAGES not in page:
                break
        choice = await post(svc, dialogue, openid, "1")
        slow = await post(svc, dialogue, openid, "慢且长的回答")
        await svc.drain()
        return shown, pages, choice, slow

    shown, pages, choice, slow = run_coroutine(scenario())
    assert size(shown) <= MAX_BYTES and replies.MORE in shown and "回复数字：1 是  2 不是" in shown
    assert all(size(p) <= MAX_BYTES for p in pages) and len(pages) >= 1
    for line in text.splitlines():
        assert line in shown or any(line in p for p in pages)
    assert choice.startswith("你说：是\n")  # after the pages, the numbers still pick the choices
    sent = api.messages_to(openid)
    assert slow is None and 2 <= len(sent) <= 3 and all(size(m) <= MAX_BYTES for m in sent)


@pytest.fixture
def redis_prefix():
    prefix = f"wechat-test:{uuid.uuid4().hex[:10]}"
    require("redis")
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except Exception as error:  # the machine promises a server; say plainly if it is not there
        pytest.fail(f"Redis at {REDIS_URL} is not reachable: {error}")
    yield prefix
    for key in connection.scan_iter(f"{prefix}:*"):
        connection.delete(key)


def test_two_replicas_sharing_redis_make_one_turn_of_one_msgid(redis_prefix):
    secret = "t|s|k"
    replicas = [service(state=RedisState(REDIS_URL, redis_prefix, secret), reply_seconds=2.0) for _ in range(2)]
    dialogue, openid = ScriptedDialogue(slow=0.3), new_openid()
    xml = text_xml(openid, "慢的问题，我的身份证号330501199001011234")

    async def scenario():
        return await asyncio.gather(*(post(r, dialogue, openid, "", xml=xml) for r in replicas))

    answers = run_coroutine(scenario())
    assert len(dialogue.heard) == 1 and answers[0] == answers[1] and answers[0].startswith("你说：慢的问题")
    connection = redis.Redis.from_url(REDIS_URL)
    stored = b"".join(connection.get(key) or b"" for key in connection.scan_iter(f"{redis_prefix}:*"))
    assert stored and "330501199001011234".encode() not in stored and "你说".encode() not in stored  # encrypted


def test_replicas_share_one_access_token_and_refresh_it_once(redis_prefix, api):
    clients = [CustomerServiceClient(SAMPLE_APP_ID, TEST_APP_SECRET, RedisState(REDIS_URL, redis_prefix, "x"),
                                     api.base_url) for _ in range(2)]
    openid = new_openid()
    clients[0].send_text(openid, "一")
    clients[1].send_text(openid, "二")
    assert api.token_fetches == 1
    api.expire_tokens()
    clients[1].send_text(openid, "三")  # 42001: a new token, once
    clients[0].send_text(openid, "四")  # finds the new token already shared
    assert api.token_fetches == 2 and api.refused == [42001]
    assert api.messages_to(openid) == ["一", "二", "三", "四"]
