"""Which channel a conversation came from, from its id and the channel of its latest message.

The web widget makes its conversation ids as "web-" and 32 hex digits (128
random bits) and sends its messages over the REST channel; knowing one is what
lets a browser read that conversation back (channels/widget/history.py). The
hand-off queue records the channel so an operator's reply goes the right way.
"""
from __future__ import annotations

import re
from typing import Optional

WIDGET_SENDER = re.compile(r"web-[0-9a-f]{32}")


def is_widget_sender(sender: Optional[str]) -> bool:
    return sender is not None and WIDGET_SENDER.fullmatch(sender) is not None


def channel_of(sender: str, input_channel: Optional[str]) -> str:
    """"widget", "wechat" or "rest"."""
    if is_widget_sender(sender):
        return "widget"
    if input_channel == "wechat":
        return "wechat"
    return "rest"
