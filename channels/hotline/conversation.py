"""An operator in a resident's conversation: pause the assistant, reply, give it back.

Everything goes through the Rasa server's own agent, under the conversation's
lock, exactly as Rasa's ``POST /conversations/<id>/tracker/events`` does:

- claim: ``ConversationPaused`` and a message "工作人员已接入". While paused Rasa
  records what the resident writes (the operator sees it in the transcript)
  and predicts no action: the assistant stays silent;
- reply: a ``bot`` event whose metadata has ``operator`` (channels/widget/history.py):
  the web widget's poll shows it, REST clients read it from
  ``GET /webhooks/rest/updates``, and on WeChat it also goes out at once as a
  customer-service message (channels/wechat_api.py, with the WeChat channel's token);
- close: ``ConversationResumed``, ``handoff_requested`` back to false, and a
  message saying the assistant answers again.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List

from rasa.shared.core.events import BotUttered, ConversationPaused, ConversationResumed, Event, SlotSet

from channels.widget.history import OPERATOR_KEY, messages_from_events

logger = logging.getLogger(__name__)

CLAIMED_TEXT = "人工客服已接入，请直接在这里说明您的情况，工作人员会在这里回复您。"
CLOSED_TEXT = ("人工服务已结束，接下来由智能助手继续为您服务。还需要人工可以再说“转人工”，"
               "或拨打12345政务服务便民热线。")


def operator_message(text: str, operator: str, kind: str = "reply") -> BotUttered:
    return BotUttered(text=text, data={}, metadata={OPERATOR_KEY: {"name": operator, "kind": kind}})


async def append(agent, sender: str, events: List[Event]):
    """Appends ``events`` to the conversation under its lock and stores it (as Rasa's HTTP API does)."""
    async with agent.lock_store.lock(sender):
        tracker = await agent.processor.fetch_tracker_with_initial_session(sender)
        for event in events:
            tracker.update(event, agent.domain)
        await agent.tracker_store.save(tracker)
    return tracker


async def pause(agent, sender: str, operator: str):
    return await append(agent, sender, [ConversationPaused(), operator_message(CLAIMED_TEXT, operator, "claimed")])


async def resume(agent, sender: str, operator: str):
    return await append(agent, sender, [ConversationResumed(), SlotSet("handoff_requested", False),
                                        operator_message(CLOSED_TEXT, operator, "closed")])


async def reply(agent, sender: str, operator: str, text: str):
    return await append(agent, sender, [operator_message(text, operator)])


async def deliver_wechat(openid: str, text: str) -> Dict[str, Any]:
    """Sends ``text`` as a customer-service message; says whether WeChat took it."""
    from channels.wechat import active_service
    from channels.wechat_api import DeliveryFailed

    service = active_service()
    if service is None or service.client is None:
        return {"delivered": False, "reason": "微信客服消息接口未启用：居民下次发消息时不会自动看到回复，请电话联系。"}
    try:
        await asyncio.to_thread(service.client.send_text, openid, text)
    except DeliveryFailed as failed:
        reason = ("超过微信48小时客服消息时限，居民需先发一条消息" if failed.errcode == 45015
                  else f"微信拒绝了消息（错误码 {failed.errcode}）" if failed.errcode else "连不上微信接口")
        logger.warning("hotline: WeChat customer-service message not delivered (errcode %s)", failed.errcode)
        return {"delivered": False, "reason": reason}
    return {"delivered": True}


async def transcript(agent, sender: str, limit: int = 200) -> List[Dict[str, Any]]:
    """The conversation as the resident saw it (user, assistant and operator messages)."""
    tracker = await agent.tracker_store.retrieve_full_tracker(sender)
    if tracker is None:
        return []
    events = [e.as_dict() for e in tracker.events]
    return messages_from_events(events, limit=limit)
