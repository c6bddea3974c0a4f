"""Fixtures of the channel tests: WeChat's side of the WeChat channel."""
import pytest

from bot.wechat_peer import WeChatPeer


@pytest.fixture(scope="session")
def wechat(servers) -> WeChatPeer:
    """Posts to the running Rasa server's WeChat channel as WeChat's servers do."""
    return WeChatPeer(f"{servers.rasa_url}/webhooks/wechat/webhook")
