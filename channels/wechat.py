"""The WeChat official account channel (公众号), /webhooks/wechat/webhook.

Configured in credentials.yml as ``channels.wechat.WeChatInput`` from WECHAT_TOKEN (off, 404,
while empty), WECHAT_APP_ID, WECHAT_APP_SECRET, WECHAT_AES_KEY (safe mode when set),
WECHAT_ENCRYPTION (plain, compatible or safe: the console's 消息加解密方式), WECHAT_API_BASE_URL,
WECHAT_CUSTOMER_SERVICE and WECHAT_REDIS_URL. Beside it: wechat_protocol.py checks and reads
WeChat's requests, wechat_replies.py fits answers to WeChat, wechat_api.py sends
customer-service messages, wechat_state.py keeps what must outlive a request.

WeChat waits 5 seconds for an answer and then retries, three times. So:
- one MsgId (FromUserName+CreateTime for events) is one turn: the first
  request to arrive claims it in the shared state and answers; a retry,
  on whichever replica, waits for that answer and repeats it;
- an answer ready within REPLY_SECONDS is the passive reply; otherwise the
  reply is `success` and the answer follows as customer-service messages
  from a background task; an account without that API (WECHAT_CUSTOMER_SERVICE
  off) gets "正在为您查询…" and the answer is kept and shown, once, on the
  resident's next message.

The sender id is the resident's OpenID; the dialogue is the same as on REST.
Nothing a resident wrote is logged: refusals and failures are logged with
their reason only, and every log line passes bot.privacy's masking.
"""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict, Mapping, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from wechatpy.events import BaseEvent, ClickEvent, SubscribeEvent, SubscribeScanEvent
from wechatpy.messages import TextMessage, VoiceMessage

from bot.privacy import install_log_masking
from bot.settings import Settings
from channels import ratelimit
from channels import wechat_replies as replies
from channels.wechat_api import DEFAULT_API_BASE_URL, CustomerServiceClient
from channels.wechat_protocol import Protocol, Refused
from channels.wechat_replies import Reply
from channels.wechat_state import open_state

logger = logging.getLogger(__name__)

REPLY_SECONDS = 4.0      # WeChat gives up after 5 s; leave time for the network
DEDUP_SECONDS = 120      # WeChat's three retries come within about 15 s
CHOICES_SECONDS = 3600   # numbered choices and 详情 pages of the last reply
KEPT_SECONDS = 48 * 3600  # an answer kept for the next message (WeChat's own window)
WORKING_SECONDS = 600    # "still working" outlives no turn; a crashed replica blocks no one for long
POLL_SECONDS = 0.1

# Menu CLICK keys → the question the dialogue gets. "ASK:<问题>" asks that question,
# so the 公众号 console can add menu entries without a code change.
MENU = {
    "HUZHOU_GUIDE": "你好",  # the greeting says what to ask and how
    "HUZHOU_HOUSEHOLD": "我家能享受哪些政策",
    "HUZHOU_HUMAN": "转人工",
}
MENU_QUESTION_PREFIX = "ASK:"

# Test hook: only when this variable is set (never in production), a message
# starting with the marker waits that many seconds before the dialogue gets it.
TEST_DELAY_ENV = "HUZHOU_TEST_DIALOGUE_DELAY"
TEST_DELAY_MARKER = "[test-delay]"


def _flag(value: Any, default: bool) -> bool:
    text = str(value if value is not None else "").strip().lower()
    if not text:
        return default
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"WECHAT_CUSTOMER_SERVICE should be true or false, not {value!r}")


@dataclass(frozen=True)
class WeChatConfig:
    token: str = ""
    app_id: str = ""
    app_secret: str = ""
    aes_key: str = ""
    encryption: str = ""
    api_base_url: str = DEFAULT_API_BASE_URL
    customer_service: bool = False
    redis_url: str = ""
    reply_seconds: float = REPLY_SECONDS
    test_delay_seconds: float = 0.0

    @property
    def enabled(self) -> bool:
        return bool(self.token)

    @classmethod
    def from_credentials(cls, credentials: Mapping[str, Any], env: Optional[Mapping[str, str]] = None
                         ) -> "WeChatConfig":
        env = os.environ if env is None else env
        text = {k: str(credentials.get(k) or "").strip() for k in
                ("token", "app_id", "app_secret", "aes_key", "encryption", "api_base_url", "customer_service",
                 "redis_url")}
        has_api = bool(text["app_id"] and text["app_secret"])
        customer_service = _flag(text["customer_service"], default=has_api)
        if customer_service and not has_api:
            raise ValueError("WECHAT_CUSTOMER_SERVICE needs WECHAT_APP_ID and WECHAT_APP_SECRET")
        return cls(
            token=text["token"], app_id=text["app_id"], app_secret=text["app_secret"], aes_key=text["aes_key"],
            encryption=text["encryption"].lower(), api_base_url=text["api_base_url"] or DEFAULT_API_BASE_URL,
            customer_service=customer_service, redis_url=text["redis_url"], test_delay_seconds=float(env.get(TEST_DELAY_ENV) or 0),
        )


def dedup_id(message: Any) -> str:
    """What makes a delivery unique: MsgId, or what WeChat recommends for events, which have none —
    sender + CreateTime — with the event and its key, so two menu items clicked in one second are two."""
    if message.id:  # Protocol.read checked it is a number
        return f"id:{message.id}"
    data = message._data
    return f"event:{message.source}:{data.get('CreateTime')}:{data.get('Event')}:{data.get('EventKey')}"


def _is_event(message: Any) -> bool:
    return isinstance(message, BaseEvent) or str(message._data.get("MsgType", "")).lower() == "event"


class WeChatService:
    """One official account: checks requests, runs turns, delivers answers."""

    def __init__(self, config: WeChatConfig, state=None, client=None, max_message_chars: Optional[int] = None):
        self.config = config
        self.protocol = Protocol(config.token, config.app_id, config.aes_key, config.encryption)
        secret = "|".join((config.token, config.app_secret, config.aes_key))
        self.state = state or open_state(config.redis_url, f"huzhou:wechat:{config.app_id or 'account'}", secret)
        if client is None and config.customer_service:
            client = CustomerServiceClient(config.app_id, config.app_secret, self.state, config.api_base_url)
        self.client = client
        self.max_message_chars = max_message_chars or Settings.from_env().max_message_chars
        self.rate_limit = ratelimit.shared()
        self._tasks: set = set()

    # -- requests -----------------------------------------------------------------
    def verify(self, query: Mapping[str, str]) -> str:
        return self.protocol.echo(query)

    async def receive(self, query: Mapping[str, str], body: bytes,
                      on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> str:
        """The HTTP body answering one POST; Refused (nothing done) when a check fails."""
        message = self.protocol.read(query, body)
        key = f"msg:{dedup_id(message)}"
        try:
            first = self.state.claim(key, {"state": "working"}, DEDUP_SECONDS)
        except Exception as error:  # state unreachable: answer rather than lose the message
            logger.error("wechat: de-duplication unavailable (%s); answering anyway", type(error).__name__)
            first = True
        if first:
            try:
                text = await self.answer(message, on_new_message)
            except Exception as error:
                logger.error("wechat: answering failed: %s", type(error).__name__, exc_info=True)
                text = replies.FAILED
            self._quietly(self.state.set, key, {"state": "done", "reply": text}, DEDUP_SECONDS)
        else:
            logger.info("wechat: repeated delivery of one message; repeating its answer")
            text = await self._answer_of_first(key)
        return self.protocol.reply(message, text, query)

    async def _answer_of_first(self, key: str) -> str:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.config.reply_seconds + 0.5
        while True:
            record = self._quietly(self.state.get, key)
            if record is None or record.get("state") == "done":
                return (record or {}).get("reply", "")
            if loop.time() > deadline:
                return ""
            await asyncio.sleep(POLL_SECONDS)

    # -- what a message means -------------------------------------------------------
    async def answer(self, message: Any, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> str:
        """The passive reply's text for one message ("" for `success`)."""
        if isinstance(message, TextMessage):
            text = (message.content or "").strip()
        elif isinstance(message, VoiceMessage):
            text = (message.recognition or "").strip()
            if not text:
                return replies.VOICE_UNCLEAR
        elif isinstance(message, (SubscribeEvent, SubscribeScanEvent)):
            return replies.WELCOME
        elif isinstance(message, ClickEvent):
            key = (message.key or "").strip()
            text = key[len(MENU_QUESTION_PREFIX):].strip() if key.startswith(MENU_QUESTION_PREFIX) else MENU.get(key)
            if not text:
                return replies.MENU_UNKNOWN
        elif _is_event(message):
            return ""  # unsubscribe, menu links, scans, job reports: nothing to say
        else:
            return replies.TEXT_ONLY  # image, location, link, video, file, anything new
        if not text:
            return replies.TEXT_ONLY
        if len(text) > self.max_message_chars:
            return (f"消息太长了（{len(text)}字）。请控制在{self.max_message_chars}字以内，"
                    "可以分几次发送，或者只说最想问的事。")
        verdict = self.rate_limit.check("wechat", message.source) if self.rate_limit else None
        if verdict is not None and not verdict.allowed:  # channels/ratelimit.py
            return verdict.message + "着急的话可以拨打12345政务服务便民热线。"
        return await self.converse(message.source, text, on_new_message)

    async def converse(self, openid: str, text: str, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> str:
        kept = self.state.get(f"kept:{openid}")
        if kept is not None:
            if kept.get("state") == "working":
                return replies.STILL_WORKING
            kept = self.state.pop(f"kept:{openid}")  # whoever pops it shows it: once
            if kept is not None and kept.get("state") == "ready":
                # The resident was told to send anything; a longer message may be a new question.
                footnote = replies.KEPT_FOOTNOTE if len(text) > 4 else ""
                return self._show(openid, Reply.from_dict(kept["reply"]), footnote)
        if replies.asks_for_details(text):
            remaining = self.state.get(f"details:{openid}")
            if remaining:
                page, rest = replies.next_page(remaining)
                self._keep_or_drop(f"details:{openid}", rest)
                return page
        payload = replies.pick_choice(text, self.state.get(f"choices:{openid}") or [])
        if payload:
            text = payload  # typing the number is clicking the button

        task = asyncio.ensure_future(self._turn(openid, text, on_new_message))
        done, _ = await asyncio.wait({task}, timeout=self.config.reply_seconds)
        if task in done:
            return self._show(openid, task.result())
        if self.client is None:
            self.state.set(f"kept:{openid}", {"state": "working"}, WORKING_SECONDS)
            self._background(self._keep_when_done(openid, task))
            return replies.SLOW_NOTICE
        self._background(self._send_when_done(openid, task))
        return ""

    async def _turn(self, openid: str, text: str, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Reply:
        if self.config.test_delay_seconds > 0 and text.startswith(TEST_DELAY_MARKER):
            text = text[len(TEST_DELAY_MARKER):].strip()
            await asyncio.sleep(self.config.test_delay_seconds)
        collector = CollectingOutputChannel()
        try:
            await on_new_message(UserMessage(text, collector, openid, input_channel=WeChatInput.name(),
                                             metadata={"channel": "wechat"}))
        except asyncio.CancelledError:  # as on REST: Rasa gave up on the turn
            logger.error("wechat: handling a message timed out")
            collector.messages.append({"text": replies.FAILED})
        except Exception as error:  # the resident gets what was collected and an apology; no text logged
            logger.error("wechat: handling a message failed: %s", type(error).__name__, exc_info=True)
            collector.messages.append({"text": replies.FAILED})
        return replies.from_messages(collector.messages)

    # -- delivering ----------------------------------------------------------------
    def _show(self, openid: str, reply: Reply, footnote: str = "") -> str:
        """The reply as one message; remembers its numbered choices and what 详情 will show."""
        if reply.empty:
            return ""
        text, rest = replies.one_message(reply, footnote=footnote)
        self._remember(openid, reply, rest)
        return text

    def _remember(self, openid: str, reply: Reply, rest: list) -> None:
        self._keep_or_drop(f"choices:{openid}", [list(c) for c in reply.choices])
        self._keep_or_drop(f"details:{openid}", rest)

    def _keep_or_drop(self, key: str, value: list) -> None:
        if value:
            self.state.set(key, value, CHOICES_SECONDS)
        else:
            self.state.pop(key)

    async def _send_when_done(self, openid: str, task: "asyncio.Future[Reply]") -> None:
        reply = await task
        if reply.empty:
            return
        texts, rest = replies.up_to_three(reply)
        loop = asyncio.get_running_loop()
        try:
            for text in texts:
                await loop.run_in_executor(None, self.client.send_text, openid, text)
        except Exception as error:
            # Outside the 48-hour window, no such API after all, WeChat or the token store
            # unreachable: keep the answer for the resident's next message.
            logger.warning("wechat: customer-service message not delivered (%s, errcode %s); kept for the "
                           "resident's next message", type(error).__name__, getattr(error, "errcode", None))
            self.state.set(f"kept:{openid}", {"state": "ready", "reply": reply.as_dict()}, KEPT_SECONDS)
            return
        self._remember(openid, reply, rest)

    async def _keep_when_done(self, openid: str, task: "asyncio.Future[Reply]") -> None:
        reply = await task
        if reply.empty:
            self.state.pop(f"kept:{openid}")
        else:
            self.state.set(f"kept:{openid}", {"state": "ready", "reply": reply.as_dict()}, KEPT_SECONDS)

    def _background(self, coroutine: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)  # a reference, so the task is not garbage-collected mid-way

        def finished(done: asyncio.Future) -> None:
            self._tasks.discard(done)
            error = None if done.cancelled() else done.exception()
            if error is not None:
                logger.error("wechat: delivering a slow answer failed: %s", type(error).__name__,
                             exc_info=(type(error), error, error.__traceback__))

        task.add_done_callback(finished)

    async def drain(self) -> None:
        """Waits for the background deliveries (tests, benchmark, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    @staticmethod
    def _quietly(function: Callable, *args: Any) -> Any:
        try:
            return function(*args)
        except Exception as error:
            logger.error("wechat: state unavailable (%s)", type(error).__name__)
            return None


def _query(request: Request) -> Dict[str, str]:
    return {key: values[0] for key, values in request.args.items() if values}


_ACTIVE: Optional[WeChatService] = None


def active_service() -> Optional[WeChatService]:
    """This process's WeChat channel (None when it is off): one access token for both its answers
    and the hotline console's customer-service messages."""
    return _ACTIVE


class WeChatInput(InputChannel):
    """Configured in credentials.yml as ``channels.wechat.WeChatInput``; serves /webhooks/wechat/."""

    def __init__(self, config: WeChatConfig) -> None:
        global _ACTIVE
        self.config = config
        self.service = WeChatService(config) if config.enabled else None
        _ACTIVE = self.service  # the hotline console sends operators' replies through its client
        if self.service is not None:
            install_log_masking()  # the Rasa server's log lines, as the action server's
            logger.info("wechat: channel on (%s mode, customer-service API %s)", self.service.protocol.mode,
                        "on" if self.service.client else "off")

    @classmethod
    def name(cls) -> Text:
        return "wechat"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "WeChatInput":
        return cls(WeChatConfig.from_credentials(credentials or {}))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("huzhou_wechat", __name__)

        def off() -> HTTPResponse:
            return response.text("微信公众号渠道未启用（未设置 WECHAT_TOKEN）。", status=404)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            if self.service is None:
                return response.json({"status": "off"})
            return response.json({"status": "ok", "mode": self.service.protocol.mode,
                                  "customer_service": self.service.client is not None})

        @webhook.route("/webhook", methods=["GET"])
        async def verify(request: Request) -> HTTPResponse:
            if self.service is None:
                return off()
            try:
                return response.text(self.service.verify(_query(request)))
            except Refused as refused:
                logger.warning("wechat: verification refused (%s: %s)", refused.status, refused.reason)
                return response.text(refused.reason, status=refused.status)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if self.service is None:
                return off()
            try:
                body = await self.service.receive(_query(request), request.body or b"", on_new_message)
            except Refused as refused:
                logger.warning("wechat: request refused (%s: %s)", refused.status, refused.reason)
                return response.text(refused.reason, status=refused.status)
            content_type = "text/plain" if body == "success" else "application/xml"
            return response.text(body, content_type=f"{content_type}; charset=utf-8")

        return webhook
