"""WeChat's API servers on loopback, as far as the channel uses them, recording what they were sent.

GET  /cgi-bin/token?grant_type=client_credential&appid=…&secret=…  → an access token
POST /cgi-bin/message/custom/send?access_token=…                     → a customer-service message

Answers as WeChat documents: 40013 for an unknown AppID, 40125 for a wrong
secret, 40001 for a token it never issued, 42001 for one it has expired, and
(when told) 45015 for a resident outside the 48-hour window.
"""
from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional


class FakeWeChatAPI:
    def __init__(self, app_id: str, secret: str) -> None:
        self.app_id, self.secret = app_id, secret
        self.lock = threading.Lock()
        self.token_fetches = 0
        self.sent: List[Dict[str, Any]] = []  # every accepted customer-service message
        self.refused: List[int] = []  # errcodes of refused sends
        self.valid_tokens: set = set()
        self.expired_tokens: set = set()
        self.outside_window: set = set()  # OpenIDs that get 45015
        self._numbers = itertools.count(1)
        self._server: Optional[ThreadingHTTPServer] = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/cgi-bin/"

    def start(self) -> "FakeWeChatAPI":
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def _answer(self, payload: Dict[str, Any]) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(url.query))
                if url.path != "/cgi-bin/token":
                    return self._answer({"errcode": 40066, "errmsg": "invalid url"})
                self._answer(api.issue_token(query))

            def do_POST(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(url.query))
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if url.path != "/cgi-bin/message/custom/send":
                    return self._answer({"errcode": 40066, "errmsg": "invalid url"})
                self._answer(api.accept_message(query.get("access_token", ""), body))

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def issue_token(self, query: Dict[str, str]) -> Dict[str, Any]:
        if query.get("grant_type") != "client_credential" or query.get("appid") != self.app_id:
            return {"errcode": 40013, "errmsg": "invalid appid"}
        if query.get("secret") != self.secret:
            return {"errcode": 40125, "errmsg": "invalid appsecret"}
        with self.lock:
            self.token_fetches += 1
            token = f"TOKEN-{next(self._numbers)}"
            self.valid_tokens.add(token)
        return {"access_token": token, "expires_in": 7200}

    def accept_message(self, token: str, body: bytes) -> Dict[str, Any]:
        with self.lock:
            if token in self.expired_tokens:
                code = 42001
            elif token not in self.valid_tokens:
                code = 40001
            else:
                message = json.loads(body.decode("utf-8"))
                if message.get("touser") in self.outside_window:
                    code = 45015
                else:
                    self.sent.append({**message, "access_token": token})
                    return {"errcode": 0, "errmsg": "ok"}
            self.refused.append(code)
        return {"errcode": code, "errmsg": "refused"}

    def expire_tokens(self) -> None:
        """Every token issued so far expires (WeChat's 42001 on the next call)."""
        with self.lock:
            self.expired_tokens |= self.valid_tokens
            self.valid_tokens = set()

    def messages_to(self, openid: str) -> List[str]:
        with self.lock:
            return [m["text"]["content"] for m in self.sent if m.get("touser") == openid and m.get("msgtype") == "text"]

    def wait_for(self, openid: str, count: int = 1, timeout: float = 30.0, settle: float = 1.0) -> List[str]:
        """The texts sent to `openid` once there are `count`, after `settle` seconds more (to catch extras)."""
        deadline = time.monotonic() + timeout
        while len(self.messages_to(openid)) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(settle)
        return self.messages_to(openid)
