"""The hotline operators' console and its API, served by the Rasa server under /webhooks/hotline/.

Configured in credentials.yml as ``channels.hotline.HotlineInput``. Every route
checks channels/hotline/auth.py first (Bearer ``HOTLINE_TOKEN`` or the console's
session cookie; loopback only when no token is set).

| route | what it does |
| --- | --- |
| ``GET /console`` | the console page (its script is built by `make widget`) |
| ``POST /login`` | form field ``token``: sets the console's session cookie |
| ``POST /assist`` | ``{"text", "district"?}``: the finder's ranking and the top services' cards |
| ``GET /service/<id>?district=`` | one service's card |
| ``POST /check`` | ``{"service", "answers", "district"?}``: the checklist evaluated |
| ``GET /search?q=&section=&body=`` | knowledge-base search |
| ``GET /handoffs`` | the queue (waiting and claimed, oldest first) |
| ``GET /handoffs/<id>`` | one request with its transcript and its log |
| ``POST /handoffs/<id>/claim`` ``/reply`` ``/close`` | ``{"operator", "text"?}`` |
"""
from __future__ import annotations

import json
import logging
import os
import re
import time
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import handoff_queue
from bot.privacy import mask_identifiers
from bot.settings import REPO_ROOT
from bot.text import MAX_MESSAGE_CHARS
from channels.hotline import assist, auth, conversation
from channels.hotline.page import LOGIN_PAGE, console_page
from channels.widget.channel import BUNDLE_DIR, _StaticFile

logger = logging.getLogger(__name__)

SCRIPT_NAME = "hotline-console.js"
MAX_BODY_BYTES = 64 * 1024
MAX_REPLY_CHARS = 1000
# Only the console's own script runs on the page (its styles are one <style> it adds); no framing.
PAGE_HEADERS = {
    "Cache-Control": "no-store", "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                               "frame-ancestors 'none'; form-action 'self'",
}


def _error(status: int, code: str, message: str) -> HTTPResponse:
    return response.json({"error": code, "message": message}, status=status)


REPORT_FILE = re.compile(r"[A-Za-z0-9_-]+\.(?:html|csv)")  # the report's own files, nothing else


def report_dir() -> Path:
    return Path(os.environ.get("HUZHOU_REPORT_DIR") or REPO_ROOT / "build" / "report")


def _body(request: Request) -> Dict[str, Any]:
    """The JSON object of a request, or ValueError with what is wrong."""
    raw = request.body or b""
    if len(raw) > MAX_BODY_BYTES:
        raise ValueError(f"请求太大（上限 {MAX_BODY_BYTES} 字节）。")
    try:
        data = json.loads(raw.decode("utf-8") or "{}")
    except (UnicodeDecodeError, ValueError):
        raise ValueError("请求不是有效的 JSON（UTF-8）。") from None
    if not isinstance(data, dict):
        raise ValueError("请求应是一个 JSON 对象。")
    return data


def _operator(data: Dict[str, Any]) -> Optional[str]:
    name = data.get("operator")
    if not isinstance(name, str) or not name.strip() or len(name.strip()) > handoff_queue.MAX_OPERATOR_CHARS:
        return None
    return name.strip()


class HotlineInput(InputChannel):
    def __init__(self, token: Optional[str] = None, kb_url: Optional[str] = None) -> None:
        self.token = token if token is not None else auth.configured_token()
        self.kb_url = kb_url
        self.script = _StaticFile(BUNDLE_DIR / SCRIPT_NAME)
        self._kb = None
        self._queue: Optional[handoff_queue.HandoffQueue] = None
        logger.info("hotline console on /webhooks/hotline/console (%s)",
                    "token required" if self.token else "no HOTLINE_TOKEN: loopback clients only")

    @classmethod
    def name(cls) -> Text:
        return "hotline"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "HotlineInput":
        return cls()

    @property
    def kb(self):
        if self._kb is None:
            from knowledge_base import shared

            self._kb = shared(self.kb_url)
        return self._kb

    @property
    def queue(self) -> handoff_queue.HandoffQueue:
        if self._queue is None:
            self._queue = handoff_queue.shared()
        return self._queue

    def refused(self, request: Request) -> Optional[HTTPResponse]:
        problem = auth.refusal(self.token, request.headers, request.ip, request.cookies)
        if problem is None:
            return None
        status, code, message = problem
        logger.info("hotline: %s refused (%s)", request.path, code)
        return _error(status, code, message)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hotline = Blueprint("huzhou_hotline", __name__)

        def guarded(handler):
            async def run(request: Request, *args, **kwargs) -> HTTPResponse:
                refusal = self.refused(request)
                if refusal is not None:
                    return refusal
                try:
                    return await handler(request, *args, **kwargs)
                except ValueError as bad:
                    return _error(400, "bad_request", str(bad))
                except Exception as error:  # the database or the tracker store gone: say so, in JSON
                    logger.error("hotline: %s failed: %s", request.path, type(error).__name__, exc_info=True)
                    return _error(500, "server_error", "服务器内部出错，操作可能没有完成；请刷新后重试，或联系系统管理员。")
            run.__name__ = handler.__name__
            return run

        @hotline.route("/", methods=["GET"])
        @guarded
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @hotline.route("/console", methods=["GET"])
        async def page(request: Request) -> HTTPResponse:
            refusal = self.refused(request)
            if refusal is not None:
                if refusal.status == 401:
                    return response.html(LOGIN_PAGE, status=401)
                return refusal
            districts = [p.name for p in self.kb.catalogue.places if p.kind in ("district", "county")]
            return response.html(console_page(SCRIPT_NAME, districts), headers=PAGE_HEADERS)

        @hotline.route(f"/{SCRIPT_NAME}", methods=["GET"])
        @guarded
        async def script(request: Request) -> HTTPResponse:
            if not self.script.load():
                return response.text("/* the console is not built: run `make widget` */", status=503,
                                     content_type="application/javascript; charset=utf-8")
            return self.script.respond(request, "application/javascript; charset=utf-8")

        @hotline.route("/report/", methods=["GET"])
        @hotline.route("/report/<name>", methods=["GET"])
        @guarded
        async def report(request: Request, name: str = "index.html") -> HTTPResponse:
            """The latest demand report (`make report` writes it; HUZHOU_REPORT_DIR elsewhere)."""
            name = name or "index.html"
            if not REPORT_FILE.fullmatch(name):
                return _error(404, "not_found", "报告里没有这个文件。")
            path = report_dir() / name
            if not path.is_file():
                return _error(404, "no_report", "还没有需求报告：请先运行 `make report`（或 python -m bot report --out 该目录）。")
            kind = "text/html; charset=utf-8" if name.endswith(".html") else "text/csv; charset=utf-8"
            return response.raw(path.read_bytes(), content_type=kind, headers=PAGE_HEADERS if name.endswith(".html") else {})

        @hotline.route("/login", methods=["POST"])
        async def login(request: Request) -> HTTPResponse:
            if not self.token:
                refusal = self.refused(request)
                return refusal or response.redirect("console", status=303)
            given = (request.form.get("token") or "").strip() if request.form else ""
            if auth.refusal(self.token, {"authorization": f"Bearer {given}"}, request.ip) is not None:
                return response.html(LOGIN_PAGE.replace("<!--error-->", "<p class=error>令牌不对，请重新输入。</p>"),
                                     status=401)
            redirect = response.redirect("console", status=303)
            redirect.cookies[auth.COOKIE] = auth.session_value(self.token)
            redirect.cookies[auth.COOKIE]["httponly"] = True
            redirect.cookies[auth.COOKIE]["samesite"] = "Strict"
            redirect.cookies[auth.COOKIE]["path"] = "/webhooks/hotline"
            return redirect

        @hotline.route("/assist", methods=["POST"])
        @guarded
        async def assist_route(request: Request) -> HTTPResponse:
            data = _body(request)
            text = data.get("text")
            if not isinstance(text, str) or not text.strip():
                return _error(400, "empty_text", "text 应是来电人说的话（非空字符串）。")
            if len(text) > MAX_MESSAGE_CHARS * 4:
                return _error(413, "text_too_long", f"text 太长（上限 {MAX_MESSAGE_CHARS * 4} 字）。")
            district = data.get("district")
            if district is not None and not isinstance(district, str):
                return _error(400, "bad_district", "district 应是区县名称字符串。")
            parse = await request.app.ctx.agent.parse_message(text)
            return response.json(assist.assist(parse, self.kb, district, text))

        @hotline.route("/service/<service_id>", methods=["GET"])
        @guarded
        async def service_route(request: Request, service_id: str) -> HTTPResponse:
            service = self.kb.service(service_id)
            if service is None:
                return _error(404, "no_service", f"没有这项服务：{service_id}")
            place = assist.place_of(self.kb, "", request.args.get("district"))
            return response.json(assist.service_card(self.kb, service, place, request.args.get("text") or ""))

        @hotline.route("/check", methods=["POST"])
        @guarded
        async def check_route(request: Request) -> HTTPResponse:
            data = _body(request)
            service = self.kb.service(str(data.get("service") or ""))
            if service is None:
                return _error(404, "no_service", "service 应是目录里的服务编号。")
            answers = data.get("answers") or {}
            if not isinstance(answers, dict):
                return _error(400, "bad_answers", "answers 应是 {事实: 值} 的 JSON 对象。")
            place = assist.place_of(self.kb, "", data.get("district") if isinstance(data.get("district"), str) else None)
            text = data["text"] if isinstance(data.get("text"), str) else ""
            return response.json(assist.check(self.kb, service, answers, place, text[:MAX_MESSAGE_CHARS * 4]))

        @hotline.route("/search", methods=["GET"])
        @guarded
        async def search_route(request: Request) -> HTTPResponse:
            words, section, body = (request.args.get(k) or "" for k in ("q", "section", "body"))
            if not (words.strip() or section.strip() or body.strip()):
                return _error(400, "empty_query", "请给出 q（词语）、section（领域）或 body（部门）之一。")
            return response.json({"results": assist.search(self.kb, words[:200], section.strip(), body.strip())})

        @hotline.route("/handoffs", methods=["GET"])
        @guarded
        async def handoffs(_: Request) -> HTTPResponse:
            now = time.time()
            return response.json({"handoffs": [h.as_dict(now) for h in self.queue.list()]})

        @hotline.route("/handoffs/<handoff_id:int>", methods=["GET"])
        @guarded
        async def handoff(request: Request, handoff_id: int) -> HTTPResponse:
            found = self.queue.get(handoff_id)
            if found is None:
                return _error(404, "no_handoff", "没有这条转人工记录。")
            messages = await conversation.transcript(request.app.ctx.agent, found.sender)
            for m in messages:  # as the tracker store keeps them (a turn still running may hold a number)
                m["text"] = mask_identifiers(m["text"])
            return response.json({**found.as_dict(), "transcript": messages, "log": self.queue.log(handoff_id)})

        @hotline.route("/handoffs/<handoff_id:int>/claim", methods=["POST"])
        @guarded
        async def claim(request: Request, handoff_id: int) -> HTTPResponse:
            operator = _operator(_body(request))
            if operator is None:
                return _error(400, "bad_operator", f"operator 应是接线员姓名（1—{handoff_queue.MAX_OPERATOR_CHARS} 字）。")
            if not self.queue.claim(handoff_id, operator):
                current = self.queue.get(handoff_id)
                if current is None:
                    return _error(404, "no_handoff", "没有这条转人工记录。")
                return _error(409, "already_claimed", f"这条已被{current.claimed_by or '其他人'}接起或已结束。")
            found = self.queue.get(handoff_id)
            assert found is not None  # the update above just succeeded on this row, and rows are never deleted
            await conversation.pause(request.app.ctx.agent, found.sender, operator)
            delivery = await self._deliver(found, conversation.CLAIMED_TEXT)
            return response.json({**found.as_dict(), **delivery})

        @hotline.route("/handoffs/<handoff_id:int>/reply", methods=["POST"])
        @guarded
        async def reply(request: Request, handoff_id: int) -> HTTPResponse:
            data = _body(request)
            operator, text = _operator(data), data.get("text")
            if operator is None:
                return _error(400, "bad_operator", "operator 应是接线员姓名。")
            if not isinstance(text, str) or not text.strip() or len(text) > MAX_REPLY_CHARS:
                return _error(400, "bad_text", f"text 应是回复内容（1—{MAX_REPLY_CHARS} 字）。")
            if not self.queue.record_reply(handoff_id, operator, text.strip()):
                return _error(409, "not_yours", "只有接起这条的接线员才能回复；请先接起。")
            found = self.queue.get(handoff_id)
            assert found is not None  # the update above just succeeded on this row, and rows are never deleted
            await conversation.reply(request.app.ctx.agent, found.sender, operator, text.strip())
            return response.json({"id": handoff_id, **await self._deliver(found, text.strip())})

        @hotline.route("/handoffs/<handoff_id:int>/close", methods=["POST"])
        @guarded
        async def close(request: Request, handoff_id: int) -> HTTPResponse:
            operator = _operator(_body(request))
            if operator is None:
                return _error(400, "bad_operator", "operator 应是接线员姓名。")
            if not self.queue.close(handoff_id, operator):
                return _error(409, "not_yours", "只有接起这条的接线员才能结束它。")
            found = self.queue.get(handoff_id)
            assert found is not None  # the update above just succeeded on this row, and rows are never deleted
            await conversation.resume(request.app.ctx.agent, found.sender, operator)
            delivery = await self._deliver(found, conversation.CLOSED_TEXT)
            return response.json({**found.as_dict(), **delivery})

        return hotline

    async def _deliver(self, found: handoff_queue.Handoff, text: str) -> Dict[str, Any]:
        """The message is in the conversation already (widget and REST read it there); WeChat gets it pushed."""
        if found.channel == "wechat":
            return await conversation.deliver_wechat(found.sender, text)
        how = {"widget": "居民的网页小窗口会在几秒内显示", "rest": "REST 客户端通过 /webhooks/rest/updates 取到"}
        return {"delivered": True, "how": how.get(found.channel, "")}
