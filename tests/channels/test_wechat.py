"""The WeChat channel of the running Rasa server, driven as WeChat's servers drive it.

Requests are built with wechatpy (signatures, WeChatCrypto) for WeChat's
published sample account; customer-service messages go to the fake WeChat
API on loopback (tests/channels/fake_wechat_api.py), which records them.
The servers run the channel in 兼容模式 so plain and encrypted messages both
reach the one server; safe mode's refusal of plain messages is tested in
test_wechat_service.py.
"""
import time

import pytest

from bot.wechat_peer import WeChatPeer, event_xml, message_xml, new_openid, next_msg_id, text_xml, voice_xml
from channels import wechat_replies as replies
from channels.wechat_replies import size

pytestmark = pytest.mark.servers
ID_NUMBER = "330501199001011234"


def ask(wechat: WeChatPeer, openid: str, text: str, encrypted: bool = False) -> str:
    answer = wechat.post(text_xml(openid, text), encrypted=encrypted)
    assert answer.status == 200, answer.body
    assert answer.text and size(answer.text) <= replies.MAX_BYTES
    return answer.text


def user_texts(client, openid: str):
    return [e.get("text") for e in client.tracker(openid)["events"] if e["event"] == "user"]


def test_server_verification_echoes_only_a_signed_fresh_request(wechat):
    assert wechat.verify("8271902369532198547") == (200, "8271902369532198547")
    forged = {**wechat.signed_query(), "signature": "0" * 40}
    assert wechat.verify("123", forged)[0] == 403
    assert wechat.verify("123", wechat.signed_query(timestamp=int(time.time()) - 600))[0] == 403


def test_a_plain_text_message_gets_a_passive_answer_naming_the_agency(wechat, client):
    openid = new_openid()
    text = ask(wechat, openid, "低保怎么申请")
    assert "最低生活保障" in text and "湖州市民政局" in text
    # the answer's buttons (怎么申请 itself left out: it is the answer shown), then 好差评
    assert "回复数字：1 详细说明  2 去哪里办  3 我能申请吗  4 来源" in text
    assert user_texts(client, openid) == ["低保怎么申请"]  # the conversation is the OpenID's


def test_an_encrypted_message_gets_an_encrypted_answer(wechat):
    openid = new_openid()
    answer = wechat.post(text_xml(openid, "公租房怎么申请"), encrypted=True)
    assert answer.status == 200 and "<Encrypt>" in answer.body and "公共租赁住房" not in answer.body
    assert "湖州市住房和城乡建设局" in answer.text


def test_a_voice_message_is_read_through_wechats_recognition(wechat, client):
    openid = new_openid()
    answer = wechat.post(voice_xml(openid, "残疾人护理补贴怎么申请"))
    assert "重度残疾人护理补贴" in answer.text and "湖州市民政局" in answer.text
    silent = new_openid()
    assert wechat.post(voice_xml(silent, None)).text == replies.VOICE_UNCLEAR
    assert wechat.post(voice_xml(silent, "")).text == replies.VOICE_UNCLEAR
    assert user_texts(client, silent) == []


def test_subscribing_gets_a_short_welcome(wechat, client):
    openid = new_openid()
    text = wechat.post(event_xml(openid, "subscribe")).text
    assert text == replies.WELCOME and len(text.splitlines()) <= 3
    assert "转人工" in text and "12345" in text
    assert wechat.post(event_xml(openid, "subscribe", key="qrscene_123")).text == replies.WELCOME
    assert wechat.post(event_xml(openid, "unsubscribe")).body == "success"
    assert user_texts(client, openid) == []


def test_menu_clicks_ask_their_question(wechat, client):
    openid = new_openid()
    assert "多大年纪" in wechat.post(event_xml(openid, "CLICK", key="HUZHOU_HOUSEHOLD")).text
    asked = new_openid()
    assert "湖州市民政局" in wechat.post(event_xml(asked, "CLICK", key="ASK:低保怎么申请")).text
    assert user_texts(client, asked) == ["低保怎么申请"]
    assert wechat.post(event_xml(asked, "CLICK", key="NO_SUCH_KEY")).text == replies.MENU_UNKNOWN
    assert wechat.post(event_xml(asked, "VIEW", key="https://www.huzhou.gov.cn/")).body == "success"


@pytest.mark.parametrize("msg_type, fields", [
    ("image", {"PicUrl": "http://mmbiz.qpic.cn/x.jpg", "MediaId": "m1"}),
    ("location", {"Location_X": "30.89", "Location_Y": "120.09", "Scale": 15, "Label": "湖州市政府"}),
    ("link", {"Title": "通知", "Description": "低保", "Url": "https://example.org/a"}),
    ("video", {"MediaId": "m2", "ThumbMediaId": "t2"}),
    ("shortvideo", {"MediaId": "m3", "ThumbMediaId": "t3"}),
    ("file", {"Title": "材料.pdf", "FileKey": "k"}),
])
def test_anything_but_text_gets_a_polite_text_only_reply(wechat, client, msg_type, fields):
    openid = new_openid()
    answer = wechat.post(message_xml(openid, msg_type, fields, next_msg_id()))
    assert answer.text == replies.TEXT_ONLY
    assert user_texts(client, openid) == []


def test_the_same_msgid_three_times_is_one_turn_and_one_answer(wechat, client):
    openid = new_openid()
    xml = text_xml(openid, "低保需要什么材料")
    answers = [wechat.post(xml) for _ in range(3)]
    assert {a.status for a in answers} == {200}
    assert answers[0].text and "最低生活保障" in answers[0].text
    assert answers[1].text == answers[0].text == answers[2].text
    assert user_texts(client, openid) == ["低保需要什么材料"]


def test_a_slow_answer_comes_once_by_customer_service_and_a_stale_token_is_refreshed_once(
        wechat, client, fake_wechat_api):
    openid = new_openid()
    xml = text_xml(openid, "[test-delay]低保怎么申请")  # the test hook: the dialogue waits 5 s
    started = time.monotonic()
    assert wechat.post(xml).body == "success"
    assert time.monotonic() - started < 4.9  # within WeChat's 5 seconds
    assert wechat.post(xml).body == "success"  # WeChat's retry: no second turn
    sent = fake_wechat_api.wait_for(openid, 1, settle=2.0)
    assert len(sent) == 1 and "湖州市民政局" in sent[0] and "回复数字：" in sent[0]
    assert user_texts(client, openid) == ["低保怎么申请"]
    assert "去哪里办" in ask(wechat, openid, "2")  # the numbers of a delivered answer work too

    # The shared token expires: the next delivery fetches exactly one new token.
    fetches, refused = fake_wechat_api.token_fetches, list(fake_wechat_api.refused)
    fake_wechat_api.expire_tokens()
    assert wechat.post(text_xml(openid, "[test-delay]需要什么材料")).body == "success"
    sent = fake_wechat_api.wait_for(openid, 2, settle=1.0)
    assert len(sent) == 2 and "最低生活保障" in sent[1]
    assert fake_wechat_api.token_fetches == fetches + 1
    assert fake_wechat_api.refused[len(refused):] == [42001]


def billion_laughs(openid: str) -> bytes:
    names = ["lol"] + [f"lol{i}" for i in range(1, 10)]
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY {name} "{f"&{previous};" * 10}">' for previous, name in zip(names, names[1:]))
    return (f'<?xml version="1.0"?><!DOCTYPE xml [{entities}]>'
            f"<xml><FromUserName>{openid}</FromUserName><MsgType>text</MsgType><Content>&lol9;</Content></xml>"
            ).encode("utf-8")


def test_refused_requests_change_nothing_and_leave_no_content_in_the_log(wechat, client, servers):
    openid = new_openid()
    ask(wechat, openid, "低保怎么申请")
    before = client.tracker(openid)["events"]
    secret_text = f"我的身份证号{ID_NUMBER}，低保怎么申请"
    good = text_xml(openid, secret_text)

    forged = {**wechat.signed_query(), "signature": "f" * 40}
    assert wechat.post(good, query=forged).status == 403
    unsigned = {k: v for k, v in wechat.signed_query().items() if k != "signature"}
    assert wechat.post(good, query=unsigned).status == 403
    assert wechat.post(good, query=wechat.signed_query(timestamp=int(time.time()) - 310)).status == 403
    xxe = ('<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           f"<xml><FromUserName>{openid}</FromUserName><MsgType>text</MsgType>"
           f"<Content>&xxe;{ID_NUMBER}</Content><MsgId>{next_msg_id()}</MsgId></xml>")
    assert wechat.post(xxe).status == 400
    assert wechat.post(billion_laughs(openid)).status == 400
    assert wechat.post(text_xml(openid, ID_NUMBER + "低" * 34000)).status == 413  # about 100 KB
    body, query = wechat.encrypt(good, wechat.signed_query())
    assert wechat.post(body, query={**query, "msg_signature": "0" * 40}).status == 403
    assert client.tracker(openid)["events"] == before

    text = ask(wechat, openid, "需要什么材料")  # and the conversation goes on where it was
    assert "最低生活保障" in text
    ask(wechat, new_openid(), secret_text)  # personal data in an accepted message
    log = open(servers.log.name, encoding="utf-8").read()
    assert ID_NUMBER not in log and "/etc/passwd" not in log


def test_the_eligibility_form_by_numbers_works_as_on_rest_then_hand_off(wechat, client):
    openid, rest_sender = new_openid(), f"rest-{new_openid()}"
    first = ask(wechat, openid, "护理补贴我能领吗")
    assert "是否持有残疾人证" in first and "回复数字：1 是  2 不是  3 不知道" in first
    grade = ask(wechat, openid, "1")
    assert "残疾等级" in grade and "2 二级" in grade
    care = ask(wechat, openid, "２")  # a full-width digit, as Chinese keyboards type it
    assert "长期照护" in care
    verdict = ask(wechat, openid, "1")
    assert "很可能符合" in verdict

    # The same conversation on REST, clicking the buttons, ends with the same verdict.
    client.say(rest_sender, "护理补贴我能领吗")
    for payload in ("是", "二级", "是"):
        rest_messages = client.say(rest_sender, payload)
    assert rest_messages[0]["text"] in verdict
    handoff = ask(wechat, openid, "转人工")
    assert client.text(rest_sender, "转人工").splitlines()[0] in handoff
