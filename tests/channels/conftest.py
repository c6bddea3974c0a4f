"""Fixtures of the channel tests: WeChat's side of the WeChat channel; a real
headless browser for the web widget's tests: Debian's chromium driven by
Playwright (never `playwright install`: the browser comes from apt), one
browser per session, a fresh context (empty localStorage) per test; and a
small web server playing another site that embeds the widget."""
from __future__ import annotations

import http.server
import threading
from typing import Iterator

import pytest

from bot.wechat_peer import WeChatPeer
from channels.widget.bench import CHROMIUM, CHROMIUM_ARGS
from tests.servers import require


@pytest.fixture(scope="session")
def wechat(servers) -> WeChatPeer:
    """Posts to the running Rasa server's WeChat channel as WeChat's servers do."""
    return WeChatPeer(f"{servers.rasa_url}/webhooks/wechat/webhook")


@pytest.fixture(scope="session")
def browser():
    require("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


def embed_page(script_src: str, server: str = "") -> bytes:
    """A page of another site with the two lines README "Embed the widget" gives."""
    server_attr = f' data-server="{server}"' if server else ""
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>另一个网站</title></head>'
        "<body><h1>湖州市某部门网站</h1><p>正文</p>"
        f'<div id="huzhou-assistant" data-open="true"{server_attr}></div>'
        f'<script src="{script_src}" async></script></body></html>'
    ).encode("utf-8")


class EmbedSite:
    """Serves embed pages on 127.0.0.1:<port>: /?script=…&server=… gives a page embedding that script."""

    def __init__(self, port: int):
        self.port = port
        self.origin = f"http://localhost:{port}"

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(handler):  # noqa: N805 - the handler instance, not the site
                from urllib.parse import parse_qs, urlparse

                query = parse_qs(urlparse(handler.path).query)
                body = embed_page(query.get("script", [""])[0], query.get("server", [""])[0])
                handler.send_response(200)
                handler.send_header("Content-Type", "text/html; charset=utf-8")
                handler.send_header("Content-Length", str(len(body)))
                handler.end_headers()
                handler.wfile.write(body)

            def log_message(handler, *args):  # noqa: N805
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, script: str, server: str = "") -> str:
        from urllib.parse import urlencode

        return f"{self.origin}/?{urlencode({'script': script, 'server': server})}"

    def __enter__(self) -> "EmbedSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def embed_site(widget_origin_port) -> Iterator[EmbedSite]:
    """Another site, on the origin the session's servers allow (HUZHOU_ALLOWED_ORIGINS)."""
    with EmbedSite(widget_origin_port) as site:
        yield site


@pytest.fixture(scope="session")
def foreign_site() -> Iterator[EmbedSite]:
    """A site the servers do not allow: its pages' calls are refused by CORS."""
    from bot.runner import free_port

    with EmbedSite(free_port()) as site:
        yield site


class Hotline:
    """Calls /webhooks/hotline/* of the running Rasa server, with the console's token unless told otherwise."""

    def __init__(self, base_url: str, token: str):
        self.base_url = base_url + "/webhooks/hotline/"
        self.token = token

    def call(self, path: str, body=None, token: "str | None" = "default", headers=None, raw: bytes = None):
        import json
        import urllib.error
        import urllib.request

        headers = dict(headers or {})
        token = self.token if token == "default" else token
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = raw if raw is not None else (None if body is None else json.dumps(body, ensure_ascii=False).encode())
        if data is not None:
            headers.setdefault("Content-Type", "application/json")
        from urllib.parse import quote

        request = urllib.request.Request(self.base_url + quote(path, safe="/?=&%"), data=data, headers=headers,
                                         method="POST" if data is not None else "GET")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, payload, content_type = response.status, response.read(), response.headers["Content-Type"]
        except urllib.error.HTTPError as error:
            status, payload, content_type = error.code, error.read(), error.headers["Content-Type"]
        if (content_type or "").startswith("application/json"):
            return status, json.loads(payload)
        return status, payload.decode("utf-8")

    def get(self, path: str, **kwargs):
        return self.call(path, **kwargs)

    def post(self, path: str, body, **kwargs):
        return self.call(path, body, **kwargs)


@pytest.fixture(scope="session")
def hotline(servers) -> Hotline:
    from tests.conftest import HOTLINE_TOKEN

    return Hotline(servers.rasa_url, HOTLINE_TOKEN)
