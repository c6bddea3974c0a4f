"""The REST channel (/webhooks/rest/webhook) with its input checked first.

Rasa's own REST channel answers a body that is not JSON with an HTML error
page, passes an empty or a 100 000-character message to the pipeline, and
logs the message text when handling fails. This one keeps its URL and its
answers (a JSON list of the assistant's messages) and adds:

- a request it cannot take gets a JSON error the web widget can show, with
  the HTTP status saying why (400 malformed, 413 too long), and touches no
  conversation: what the resident wrote stays in their input box;
- a message longer than ``HUZHOU_MAX_MESSAGE_CHARS`` (default 1000) is
  refused with the limit, so the resident can split it;
- nothing the resident wrote reaches a log line: failures are logged with
  the error only;
- ``GET /webhooks/rest/updates?sender=…&since=<cursor>``: replies a person at
  the hotline console wrote, for a REST client to poll (as the web widget polls
  /widget/updates); like the webhook itself it trusts whoever knows the sender id.
- ``GET /webhooks/rest/`` (the health check HAProxy polls) also says what failed since the
  server started: turns answered with the 12345 apology by error, events waiting for RabbitMQ
  or lost (bot/faults.py; counts only);
- a sender past the per-sender rate limit (channels/ratelimit.py,
  ``HUZHOU_RATE_LIMIT``) gets HTTP 429 with Retry-After and a JSON message
  saying how long to wait; the message touches no conversation.
"""
from __future__ import annotations

import json
import logging
from asyncio import CancelledError
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict, Optional, Text

import rasa.utils.endpoints
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput as RasaRestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import faults
from bot.settings import Settings
from channels.widget import history
from channels import ratelimit

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 128
MAX_BODY_BYTES = 64 * 1024


class RequestRefused(Exception):
    """A request the channel cannot take: the HTTP status and what to tell the client."""

    def __init__(self, status: int, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details

    def as_dict(self) -> Dict[str, Any]:
        return {"error": self.code, "message": self.message, **self.details}


@dataclass(frozen=True)
class RestRequest:
    sender: str
    text: str
    metadata: Optional[Dict[str, Any]]


def parse_request(body: bytes, max_message_chars: int) -> RestRequest:
    """The sender, message and metadata of a request body, or RequestRefused saying what is wrong."""
    if len(body) > MAX_BODY_BYTES:
        raise RequestRefused(413, "body_too_large", f"请求太大（上限 {MAX_BODY_BYTES} 字节）。", limit=MAX_BODY_BYTES)
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise RequestRefused(400, "bad_json", "请求不是有效的 JSON（UTF-8）。") from None
    if not isinstance(data, dict):
        raise RequestRefused(400, "bad_json", '请求应是一个 JSON 对象：{"sender": "…", "message": "…"}。')
    sender = data.get("sender")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        raise RequestRefused(
            400, "bad_sender", f"sender 应是 1—{MAX_SENDER_CHARS} 个字符的字符串，标识一段对话。"
        )
    text = data.get("message")
    if not isinstance(text, str):
        raise RequestRefused(400, "bad_message", "message 应是字符串。")
    if not text.strip():
        raise RequestRefused(400, "empty_message", "消息是空的，请输入您想问的问题。")
    if len(text) > max_message_chars:
        raise RequestRefused(
            413,
            "message_too_long",
            f"消息太长了（{len(text)}字）。请控制在{max_message_chars}字以内，可以分几次发送，或者只说最想问的事。",
            limit=max_message_chars,
            length=len(text),
        )
    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise RequestRefused(400, "bad_metadata", "metadata 应是 JSON 对象。")
    return RestRequest(sender.strip(), text, metadata)


class RestInput(RasaRestInput):
    """Configured in credentials.yml as ``channels.rest.RestInput``; serves /webhooks/rest/."""

    def __init__(self, max_message_chars: Optional[int] = None) -> None:
        self.max_message_chars = max_message_chars or Settings.from_env().max_message_chars
        self.rate_limit = ratelimit.shared()

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "RestInput":
        return cls((credentials or {}).get("max_message_chars"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = Blueprint(f"huzhou_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            """Up, with what failed since start (bot/faults.py: counts only): turns that got the 12345
            apology by error, and the event broker's events waiting for RabbitMQ and lost."""
            return response.json({"status": "ok", "faults": faults.status()})

        @webhook.route("/updates", methods=["GET"])
        async def updates(request: Request) -> HTTPResponse:
            """Replies a person at the hotline console wrote after ``since`` (channels/widget/history.py):
            a REST client polls this while the resident waits for a person."""
            sender = request.args.get("sender") or ""
            if not sender.strip() or len(sender) > MAX_SENDER_CHARS:
                return response.json({"error": "bad_sender", "message": "sender 应是这段对话的标识。"}, status=400)
            try:
                since = float(request.args.get("since") or 0)
            except ValueError:
                return response.json({"error": "bad_since", "message": "since 应是上次返回的 cursor 数值。"}, status=400)
            tracker = await request.app.ctx.agent.tracker_store.retrieve(sender.strip())
            events = [e.as_dict() for e in tracker.events] if tracker is not None else []
            return response.json({"messages": history.operator_messages_after(events, since),
                                  "cursor": history.cursor(events, since),
                                  "paused": bool(tracker is not None and tracker.is_paused())})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> Any:
            try:
                message = parse_request(request.body or b"", self.max_message_chars)
            except RequestRefused as refused:
                logger.info("rest: request refused (%s)", refused.code)
                return response.json(refused.as_dict(), status=refused.status)
            verdict = self.rate_limit.check("rest", message.sender) if self.rate_limit else None
            if verdict is not None and not verdict.allowed:
                return response.json({"error": "rate_limited", "message": verdict.message,
                                      "retry_after": verdict.retry_after},
                                     status=429, headers={"Retry-After": str(verdict.retry_after)})
            if rasa.utils.endpoints.bool_arg(request, "stream", default=False):
                return response.stream(
                    self.stream_response(on_new_message, message.text, message.sender, self.name(), message.metadata),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(message.text, collector, message.sender, input_channel=self.name(),
                                metadata=message.metadata)
                )
            except CancelledError:
                logger.error("rest: handling a message timed out")
            except Exception as error:  # the resident gets what was collected; the log gets no text
                logger.error("rest: handling a message failed: %s", type(error).__name__, exc_info=True)
            return response.json(collector.messages)

        return webhook
