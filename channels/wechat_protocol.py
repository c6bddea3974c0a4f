"""WeChat's callback protocol: checking a request, reading the message, writing the reply.

Every check happens before anything is read for the conversation, cheapest
first: the signature over token, timestamp and nonce (403), the timestamp's
age (403: a replayed request is refused even with a good signature), the
body's size (413), then the XML itself through defusedxml (400 for a
DOCTYPE, an entity declaration or anything that is not well-formed XML).
The three modes of the 公众号 console's 消息加解密方式 are supported:
明文模式 (plain: an encrypted message is refused, there is no key), 安全模式
(safe: every message must be encrypted and carry a good `msg_signature`,
which signs the body — `signature` alone does not) and 兼容模式 (compatible,
for the switch-over: both are taken, each answered in kind). wechatpy's
WeChatCrypto decrypts and encrypts; the decrypted XML goes through the same
defusedxml check; wechatpy's parse_message and create_reply do the rest: no
hand-written crypto or XML parsing.
"""
from __future__ import annotations

import time
from typing import Any, Mapping, Optional

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from wechatpy import create_reply, parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidAppIdException, InvalidSignatureException
from wechatpy.utils import check_signature

MAX_BODY_BYTES = 64 * 1024
MAX_AGE_SECONDS = 300
SUCCESS = "success"  # what WeChat takes for "no reply"
MODES = ("plain", "compatible", "safe")  # 明文模式, 兼容模式, 安全模式


class Refused(Exception):
    """A request the channel does not take: the HTTP status and a reason for the log (no content)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def _checked_xml(raw: bytes) -> bytes:
    """The XML if it is plain, well-formed, and has an <xml> root; Refused(400) otherwise."""
    try:
        root = fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise Refused(400, f"forbidden XML construct ({type(error).__name__})") from None
    except (ParseError, ValueError):
        raise Refused(400, "not well-formed XML") from None
    if root.tag != "xml":
        raise Refused(400, "XML root is not <xml>")
    return raw


class Protocol:
    """Checks and reads WeChat's requests for one official account."""

    def __init__(self, token: str, app_id: str = "", aes_key: str = "", mode: str = "", clock=time.time) -> None:
        self.token = token
        self.mode = mode or ("safe" if aes_key else "plain")
        if self.mode not in MODES:
            raise ValueError(f"WECHAT_ENCRYPTION should be one of {', '.join(MODES)}, not {mode!r}")
        self.crypto: Optional[WeChatCrypto] = None
        if self.mode != "plain":
            if len(aes_key) != 43:
                raise ValueError(f"{self.mode} mode needs WECHAT_AES_KEY, the 43-character EncodingAESKey")
            if not app_id:
                raise ValueError(f"{self.mode} mode needs WECHAT_APP_ID")
            self.crypto = WeChatCrypto(token, aes_key, app_id)
        self.clock = clock

    def verify(self, query: Mapping[str, str]) -> None:
        """Signature and freshness of any request from WeChat; Refused(403) when wrong."""
        signature, timestamp, nonce = (query.get(k) or "" for k in ("signature", "timestamp", "nonce"))
        if not (signature and timestamp and nonce):
            raise Refused(403, "missing signature, timestamp or nonce")
        try:
            check_signature(self.token, signature, timestamp, nonce)
        except InvalidSignatureException:
            raise Refused(403, "wrong signature") from None
        try:
            sent = int(timestamp)
        except ValueError:
            raise Refused(403, "timestamp is not a number") from None
        if abs(self.clock() - sent) > MAX_AGE_SECONDS:
            raise Refused(403, "stale timestamp")

    def echo(self, query: Mapping[str, str]) -> str:
        """The server-verification answer (GET): the echostr WeChat sent."""
        self.verify(query)
        echostr = query.get("echostr")
        if not echostr:
            raise Refused(400, "missing echostr")
        return echostr

    def read(self, query: Mapping[str, str], body: bytes) -> Any:
        """The wechatpy message of a POST, after every check; Refused when one fails."""
        self.verify(query)
        if len(body) > MAX_BODY_BYTES:
            raise Refused(413, f"body over {MAX_BODY_BYTES} bytes")
        xml = _checked_xml(body)
        encrypted = query.get("encrypt_type") == "aes"
        if encrypted and self.crypto is None:
            raise Refused(400, "encrypted message but plain mode is configured (no WECHAT_AES_KEY)")
        if not encrypted and self.mode == "safe":
            raise Refused(403, "safe mode: message not encrypted")
        if encrypted:
            xml = self._decrypt(query, xml)
        try:
            message = parse_message(xml.decode("utf-8"))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise Refused(400, "not a WeChat message") from None
        if message is None or not message.source:
            raise Refused(400, "not a WeChat message")
        try:
            message.id, message.time  # numbers, or the de-duplication key is meaningless
        except (TypeError, ValueError):
            raise Refused(400, "MsgId or CreateTime is not a number") from None
        return message

    def _decrypt(self, query: Mapping[str, str], xml: bytes) -> bytes:
        if not query.get("msg_signature"):
            raise Refused(403, "encrypted message without msg_signature")
        assert self.crypto is not None  # parse() refused an encrypted message in plain mode
        try:
            plain = self.crypto.decrypt_message(xml.decode("utf-8"), query["msg_signature"],
                                                query["timestamp"], query["nonce"])
        except InvalidSignatureException:
            raise Refused(403, "wrong msg_signature") from None
        except InvalidAppIdException:
            raise Refused(403, "message for another AppID") from None
        except Exception:  # bad base64, padding or layout: wechatpy raises several kinds
            raise Refused(400, "cannot decrypt the message") from None
        return _checked_xml(plain if isinstance(plain, bytes) else plain.encode("utf-8"))

    def reply(self, message: Any, text: str, query: Mapping[str, str]) -> str:
        """The HTTP body answering `message`: a passive text reply, or `success` when text is empty."""
        if not text:
            return SUCCESS
        xml = create_reply(text, message=message, render=True)
        if query.get("encrypt_type") == "aes":  # answered in kind (兼容模式 takes both)
            assert self.crypto is not None  # parse() refused an encrypted message in plain mode
            return self.crypto.encrypt_message(xml, query.get("nonce") or "", str(int(self.clock())))
        return xml
