"""WeChat's side of the callback protocol, for the tests and `python -m bot wechat-bench`.

Builds requests the way WeChat's servers do — signed query, XML body,
encrypted with wechatpy's WeChatCrypto in safe mode — and reads the replies.
The account is the published sample of WeChat's 消息加解密 documentation
(AppID wxb11529c136998cb6, token pamtest, EncodingAESKey abcdef…ABCDEFG).
"""
from __future__ import annotations

import itertools
import random
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

import xmltodict
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.utils import WeChatSigner

SAMPLE_APP_ID = "wxb11529c136998cb6"
SAMPLE_TOKEN = "pamtest"
SAMPLE_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
TEST_APP_SECRET = "huzhou-test-app-secret"  # WeChat publishes no sample secret; the fake API checks this one
ACCOUNT = "gh_7f083739789a"  # the sample's original id (ToUserName)

# Message ids unique to this process, so test sessions sharing a machine never collide.
_IDS = itertools.count(random.randrange(10**15, 9 * 10**15))


def server_env(api_base_url: Optional[str] = None, delay_seconds: Optional[float] = None) -> Dict[str, str]:
    """The environment that puts the Rasa server's WeChat channel on the sample account, in
    兼容模式 (plain and encrypted both taken); the customer-service API only with a (fake) API
    to call, the test hook that delays the dialogue only when asked for."""
    env = {
        "WECHAT_TOKEN": SAMPLE_TOKEN, "WECHAT_APP_ID": SAMPLE_APP_ID, "WECHAT_APP_SECRET": TEST_APP_SECRET,
        "WECHAT_AES_KEY": SAMPLE_AES_KEY, "WECHAT_ENCRYPTION": "compatible",
        "WECHAT_API_BASE_URL": api_base_url or "", "WECHAT_CUSTOMER_SERVICE": "true" if api_base_url else "false",
        "WECHAT_REDIS_URL": "",
    }
    if delay_seconds:
        env["HUZHOU_TEST_DIALOGUE_DELAY"] = str(delay_seconds)
    return env


def new_openid() -> str:
    return "o" + "".join(random.choices("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", k=27))


def next_msg_id() -> int:
    return next(_IDS)


def _cdata(value: str) -> str:
    return f"<![CDATA[{value}]]>"


def message_xml(openid: str, msg_type: str, fields: Dict[str, str], msg_id: Optional[int] = None,
                create_time: Optional[int] = None) -> str:
    """A message as WeChat posts it; msg_id None for events (they have none)."""
    parts = [f"<ToUserName>{_cdata(ACCOUNT)}</ToUserName>", f"<FromUserName>{_cdata(openid)}</FromUserName>",
             f"<CreateTime>{create_time or int(time.time())}</CreateTime>", f"<MsgType>{_cdata(msg_type)}</MsgType>"]
    parts += [f"<{k}>{_cdata(v) if isinstance(v, str) else v}</{k}>" for k, v in fields.items()]
    if msg_id is not None:
        parts.append(f"<MsgId>{msg_id}</MsgId>")
    return "<xml>" + "".join(parts) + "</xml>"


def text_xml(openid: str, content: str, msg_id: Optional[int] = None) -> str:
    return message_xml(openid, "text", {"Content": content}, msg_id or next_msg_id())


def voice_xml(openid: str, recognition: Optional[str], msg_id: Optional[int] = None) -> str:
    fields = {"MediaId": "voice-media-1", "Format": "amr"}
    if recognition is not None:
        fields["Recognition"] = recognition
    return message_xml(openid, "voice", fields, msg_id or next_msg_id())


def event_xml(openid: str, event: str, key: Optional[str] = None, create_time: Optional[int] = None) -> str:
    fields = {"Event": event}
    if key is not None:
        fields["EventKey"] = key
    return message_xml(openid, "event", fields, None, create_time)


@dataclass
class Answer:
    status: int
    body: str
    text: Optional[str]  # the passive reply's content; None for `success` or a refusal


class WeChatPeer:
    """Posts to the channel as WeChat's servers do."""

    def __init__(self, webhook_url: str, token: str = SAMPLE_TOKEN, app_id: str = SAMPLE_APP_ID,
                 aes_key: str = SAMPLE_AES_KEY) -> None:
        self.url = webhook_url
        self.token = token
        self.crypto = WeChatCrypto(token, aes_key, app_id)

    def signed_query(self, timestamp: Optional[int] = None, nonce: Optional[str] = None) -> Dict[str, str]:
        stamp = str(timestamp if timestamp is not None else int(time.time()))
        nonce = nonce or str(random.randrange(10**9))
        signer = WeChatSigner()
        signer.add_data(self.token, stamp, nonce)
        return {"signature": signer.signature, "timestamp": stamp, "nonce": nonce}

    def encrypt(self, xml: str, query: Dict[str, str]) -> Tuple[bytes, Dict[str, str]]:
        """The safe-mode body and query for a plain message."""
        envelope = xmltodict.parse(self.crypto.encrypt_message(xml, query["nonce"], query["timestamp"]))["xml"]
        body = f"<xml><ToUserName>{_cdata(ACCOUNT)}</ToUserName><Encrypt>{_cdata(envelope['Encrypt'])}</Encrypt></xml>"
        return body.encode("utf-8"), {**query, "encrypt_type": "aes", "msg_signature": envelope["MsgSignature"]}

    def request(self, method: str, query: Dict[str, str], body: Optional[bytes] = None) -> Tuple[int, str]:
        url = f"{self.url}?{urllib.parse.urlencode(query)}"
        request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": "text/xml"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", errors="replace")

    def post(self, xml, encrypted: bool = False, query: Optional[Dict[str, str]] = None) -> Answer:
        query = query or self.signed_query()
        body = xml.encode("utf-8") if isinstance(xml, str) else xml
        if encrypted:
            body, query = self.encrypt(body.decode("utf-8"), query)
        status, text = self.request("POST", query, body)
        return Answer(status, text, self.read_reply(text, encrypted) if status == 200 else None)

    def read_reply(self, body: str, encrypted: bool) -> Optional[str]:
        if body in ("", "success"):
            return None
        if encrypted:
            envelope = xmltodict.parse(body)["xml"]
            body = self.crypto.decrypt_message(body, envelope["MsgSignature"], envelope["TimeStamp"],
                                               envelope["Nonce"])
        return parse_message(body).content

    def verify(self, echostr: str, query: Optional[Dict[str, str]] = None) -> Tuple[int, str]:
        return self.request("GET", {**(query or self.signed_query()), "echostr": echostr})
