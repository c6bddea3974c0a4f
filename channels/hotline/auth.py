"""Who may use the hotline console and its API (/webhooks/hotline/*).

- ``HOTLINE_TOKEN`` set: every route needs ``Authorization: Bearer <token>``, or
  the console's session cookie, which ``POST /webhooks/hotline/login`` with the
  token sets (HttpOnly, SameSite=Strict, its value an HMAC of the token, so the
  cookie is not the token and changing the token ends every session). Without
  either: 401.
- ``HOTLINE_TOKEN`` unset: only loopback clients (an operator on the server
  itself, the tests, a tool on the same machine), and only when the request did
  not come through a proxy (a Forwarded, X-Forwarded-For or X-Real-IP header
  means the real client is elsewhere): everyone else gets 403.

Residents' channels (REST, the widget, WeChat) are other routes and never reach
these; a proxy that publishes the WeChat webhook forwards /webhooks/wechat/ only.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
from typing import Mapping, Optional, Tuple

COOKIE = "hotline_session"
PROXY_HEADERS = ("forwarded", "x-forwarded-for", "x-real-ip")


def configured_token(env: Optional[Mapping[str, str]] = None) -> str:
    env = os.environ if env is None else env
    return (env.get("HOTLINE_TOKEN") or "").strip()


def session_value(token: str) -> str:
    """The console's cookie for ``token``: proves the token was given, without being it."""
    return hmac.new(token.encode("utf-8"), b"huzhou-hotline-console", hashlib.sha256).hexdigest()


def is_loopback(ip: Optional[str]) -> bool:
    try:
        address = ipaddress.ip_address((ip or "").split("%")[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)  # IPv6 only
    if mapped is not None:
        address = mapped
    return address.is_loopback


def refusal(token: str, headers: Mapping[str, str], peer_ip: Optional[str],
            cookies: Optional[Mapping[str, str]] = None) -> Optional[Tuple[int, str, str]]:
    """None when the request may go on, else (HTTP status, error code, message).

    ``headers`` keys are lower case (Sanic's are case-insensitive)."""
    if token:
        given = headers.get("authorization") or ""
        scheme, _, value = given.partition(" ")
        if scheme.lower() == "bearer" and value and hmac.compare_digest(value.strip().encode(), token.encode()):
            return None
        cookie = (cookies or {}).get(COOKIE) or ""
        if cookie and hmac.compare_digest(cookie.encode(), session_value(token).encode()):
            return None
        if given:
            return 401, "bad_token", "令牌不对：请使用 HOTLINE_TOKEN 的值（Authorization: Bearer <令牌>）。"
        return 401, "no_token", "需要登录：请在请求头加 Authorization: Bearer <HOTLINE_TOKEN>，或在控制台登录页输入令牌。"
    if any(headers.get(h) for h in PROXY_HEADERS):
        return 403, "loopback_only", "未设置 HOTLINE_TOKEN 时热线控制台只接受本机直接访问（经代理转发的请求不接受）。"
    if not is_loopback(peer_ip):
        return 403, "loopback_only", "未设置 HOTLINE_TOKEN 时热线控制台只接受本机访问；从其他机器访问请先设置 HOTLINE_TOKEN。"
    return None
