"""Serves the web widget from the Rasa server itself (no CDN: the city's site may sit on an intranet).

Configured in credentials.yml as ``channels.widget.WidgetInput``; its routes
live under /widget on the Rasa port:

- ``GET /widget/huzhou-widget.js`` the embeddable script (built by `make widget`
  into build/widget/; sent gzipped to browsers that take it);
- ``GET /widget/`` a demo page that looks like a page of the city's site, with
  the widget open on it;
- ``GET /widget/history?sender=web-…`` the conversation so far (user, bot and
  operator messages from the tracker store), so a reload shows it again;
- ``GET /widget/updates?sender=web-…&since=<cursor>`` replies a person at the
  hand-off console appended after the cursor (see channels/widget/history.py
  for how they are marked); the widget polls it while open.

Messages themselves go over the REST channel (/webhooks/rest/webhook), which
checks their input. Which other sites may call these routes from a browser is
Rasa's CORS setting, from HUZHOU_ALLOWED_ORIGINS (bot/settings.py).
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Tuple

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.core.trackers import EventVerbosity
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.settings import REPO_ROOT
from channels.widget import history

logger = logging.getLogger(__name__)

WIDGET_SOURCE = Path(__file__).resolve().parent
BUNDLE_DIR = REPO_ROOT / "build" / "widget"
SCRIPT_NAME = "huzhou-widget.js"
NOT_BUILT = "/* 湖州市民服务助手: the widget is not built; run `make widget` */\nconsole.error('huzhou-widget: not built');\n"


class _StaticFile:
    """A file read once per change (mtime), with its ETag and its .gz sibling when there is one."""

    def __init__(self, path: Path):
        self.path = path
        self._key: Optional[Tuple[float, float]] = None
        self.body = self.gzipped = b""
        self.etag = ""

    def load(self) -> bool:
        try:
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            return False
        gz = self.path.with_name(self.path.name + ".gz")
        gz_mtime = gz.stat().st_mtime if gz.exists() else 0.0
        if self._key != (mtime, gz_mtime):
            self.body = self.path.read_bytes()
            self.gzipped = gz.read_bytes() if gz_mtime >= mtime else b""  # a stale .gz is not served
            self.etag = '"' + hashlib.sha256(self.body).hexdigest()[:32] + '"'
            self._key = (mtime, gz_mtime)
        return True

    def respond(self, request: Request, content_type: str) -> HTTPResponse:
        headers = {"ETag": self.etag, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff",
                   "Vary": "Accept-Encoding"}
        if request.headers.get("if-none-match") == self.etag:
            return response.empty(status=304, headers=headers)
        if self.gzipped and "gzip" in (request.headers.get("accept-encoding") or ""):
            headers["Content-Encoding"] = "gzip"
            return response.raw(self.gzipped, content_type=content_type, headers=headers)
        return response.raw(self.body, content_type=content_type, headers=headers)


def _refused(code: str, message: str, status: int = 400) -> HTTPResponse:
    return response.json({"error": code, "message": message}, status=status)


def _sender(request: Request) -> Optional[str]:
    sender = request.args.get("sender")
    return sender if history.valid_sender(sender) else None


BAD_SENDER = "sender 应是小部件生成的对话标识（web- 加 32 位十六进制数字）。"


class WidgetInput(InputChannel):
    """The widget's script, demo page and history; its messages use the REST channel."""

    def __init__(self, bundle_dir: Optional[Path] = None) -> None:
        bundle_dir = Path(bundle_dir or BUNDLE_DIR)
        self.script = _StaticFile(bundle_dir / SCRIPT_NAME)
        self.demo = _StaticFile(WIDGET_SOURCE / "demo.html")

    @classmethod
    def name(cls) -> Text:
        return "widget"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "WidgetInput":
        return cls((credentials or {}).get("bundle_dir"))

    def url_prefix(self) -> Text:
        # An absolute path: Rasa joins it to /webhooks/, and urljoin keeps it as it is.
        return "/widget"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        widget = Blueprint("huzhou_widget", __name__)

        @widget.route("/", methods=["GET"])
        async def demo_page(request: Request) -> HTTPResponse:
            if not request.path.endswith("/"):  # the page loads huzhou-widget.js relative to /widget/
                return response.redirect(request.path + "/")
            self.demo.load()
            return self.demo.respond(request, "text/html; charset=utf-8")

        @widget.route(f"/{SCRIPT_NAME}", methods=["GET"])
        async def script(request: Request) -> HTTPResponse:
            if not self.script.load():
                logger.error("widget: %s is missing; run `make widget`", self.script.path)
                return response.text(NOT_BUILT, status=503, content_type="application/javascript; charset=utf-8")
            return self.script.respond(request, "application/javascript; charset=utf-8")

        @widget.route("/history", methods=["GET"])
        async def conversation(request: Request) -> HTTPResponse:
            sender = _sender(request)
            if sender is None:
                return _refused("bad_sender", BAD_SENDER)
            tracker = await request.app.ctx.agent.tracker_store.retrieve_full_tracker(sender)
            events = _events(tracker)
            return response.json({
                "messages": history.messages_from_events(events),
                "cursor": history.cursor(events),
                "handoff": _handoff(tracker),
            })

        @widget.route("/updates", methods=["GET"])
        async def updates(request: Request) -> HTTPResponse:
            sender = _sender(request)
            if sender is None:
                return _refused("bad_sender", BAD_SENDER)
            try:
                since = float(request.args.get("since") or 0)
            except ValueError:
                return _refused("bad_since", "since 应是上次返回的 cursor 数值。")
            tracker = await request.app.ctx.agent.tracker_store.retrieve(sender)
            events = _events(tracker)
            return response.json({
                "messages": history.operator_messages_after(events, since),
                "cursor": history.cursor(events, since),
                "handoff": _handoff(tracker),
            })

        return widget


def _events(tracker) -> list:
    if tracker is None:
        return []
    return tracker.current_state(EventVerbosity.ALL).get("events") or []


def _handoff(tracker) -> bool:
    """Whether the resident asked for a person in this session: the widget then polls more often."""
    return bool(tracker is not None and tracker.get_slot("handoff_requested"))
