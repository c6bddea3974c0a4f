"""WeChat's customer-service message API (客服消息), through wechatpy's client.

Used when an answer takes longer than WeChat waits for a passive reply. The
access token is fetched once and shared by every replica through the
channel's state (Redis when configured): a replica that finds no token takes
a lock, looks again, and only then fetches one, so WeChat sees one fetch
(each fetch makes the previous token expire soon). It is kept until five
minutes before WeChat says it expires. A call refused with 40001/40014/42001
(token invalid or expired) drops that token — only if it is still the shared
one, so two replicas do not throw away each other's fresh token — fetches a
new one and tries once more; a second refusal is an error.

The base URL is configuration (WECHAT_API_BASE_URL): the tests point it at a
local fake WeChat API on loopback.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

import requests
from wechatpy import WeChatClient
from wechatpy.exceptions import WeChatClientException
from wechatpy.session import SessionStorage

logger = logging.getLogger(__name__)

DEFAULT_API_BASE_URL = "https://api.weixin.qq.com/cgi-bin/"
TOKEN_MARGIN_SECONDS = 300
REFRESH_ERRORS = {40001, 40014, 42001}  # invalid credential, invalid token, token expired


class DeliveryFailed(Exception):
    """WeChat did not take the message: its errcode (45015 outside the 48-hour window, 48001 no
    such API, …), or None when WeChat could not be reached."""

    def __init__(self, errcode: Optional[int]) -> None:
        super().__init__(f"customer-service message refused (errcode {errcode})")
        self.errcode = errcode


class SharedTokenStorage(SessionStorage):
    """wechatpy's session storage over the channel's state, expiring tokens a little early."""

    def __init__(self, state) -> None:
        self.state = state

    def get(self, key, default=None):
        value = self.state.get(f"wechatpy:{key}")
        return default if value is None else value

    def set(self, key, value, ttl=None):
        if value is None:
            return
        ttl = 7200 if ttl is None else int(ttl)
        self.state.set(f"wechatpy:{key}", value, max(60, ttl - TOKEN_MARGIN_SECONDS))

    def delete(self, key):
        self.state.pop(f"wechatpy:{key}")

    def delete_if(self, key, expected) -> bool:
        return self.state.delete_if(f"wechatpy:{key}", expected)


class CustomerServiceClient(WeChatClient):
    """wechatpy's WeChatClient with a configurable base URL and a token shared between replicas."""

    def __init__(self, app_id: str, app_secret: str, state, base_url: str = DEFAULT_API_BASE_URL,
                 timeout: float = 5.0) -> None:
        # auto_retry off: wechatpy would refresh and retry without limit; we retry once.
        super().__init__(app_id, app_secret, session=SharedTokenStorage(state), timeout=timeout, auto_retry=False)
        self.API_BASE_URL = base_url if base_url.endswith("/") else base_url + "/"
        self.state = state

    def fetch_access_token(self) -> Any:
        return self._fetch_access_token(
            url=f"{self.API_BASE_URL}token",
            params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
        )

    @property
    def access_token(self) -> str:
        token = self.session.get(self.access_token_key)
        if token:
            return token
        with self.state.lock(f"token:{self.appid}"):
            token = self.session.get(self.access_token_key)  # another replica may have fetched it
            if not token:
                logger.info("wechat: fetching an access token")
                self.fetch_access_token()
                token = self.session.get(self.access_token_key)
        return token

    def send_text(self, openid: str, content: str) -> None:
        """Sends one text message to the resident; DeliveryFailed when WeChat refuses it."""
        for attempt in (1, 2):
            token = None
            try:
                token = self.access_token
                self.message.send_text(openid, content)
                return
            except requests.RequestException as error:
                raise DeliveryFailed(None) from error
            except WeChatClientException as error:
                code = error.errcode
                if code in REFRESH_ERRORS and attempt == 1 and token:
                    logger.info("wechat: access token refused (errcode %s), fetching a new one once", code)
                    self.session.delete_if(self.access_token_key, token)
                    continue
                raise DeliveryFailed(code) from None
