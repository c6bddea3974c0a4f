"""The Rasa server on the shared stores of a multi-replica deployment: the atomic Redis lock
store (127.0.0.1:6379) and Rasa's pika event broker (RabbitMQ at 127.0.0.1:5672, guest/guest)."""
import asyncio
import json
import threading
import uuid

import pytest

from tests.conftest import API_TOKEN, Client, run_coroutine, running_servers

pytestmark = [pytest.mark.servers, pytest.mark.redis, pytest.mark.rabbitmq]

BROKER = "amqp://guest:guest@127.0.0.1:5672/%2F"
MOBILE = "13812345678"


def drain(queue_name: str, users: int = 0, patience: float = 60.0):
    """Every message in the queue, then the queue deleted; with ``users``, waits (at
    most ``patience`` seconds) until that many user events have arrived: the broker's
    publisher sends them in the background, later on a busy machine."""
    import aio_pika

    async def main():
        connection = await aio_pika.connect_robust(BROKER)
        async with connection:
            channel = await connection.channel()
            queue = await channel.declare_queue(queue_name, durable=True)
            bodies = []
            deadline = asyncio.get_running_loop().time() + patience
            while True:
                message = await queue.get(no_ack=True, fail=False, timeout=5)
                if message is not None:
                    bodies.append(json.loads(message.body.decode("utf-8")))
                    continue
                arrived = sum(1 for b in bodies if b.get("event") == "user")
                if arrived >= users or asyncio.get_running_loop().time() > deadline:
                    break
                await asyncio.sleep(0.5)
            await queue.delete(if_unused=False, if_empty=False)
            return bodies

    return run_coroutine(main())


def test_concurrent_messages_take_turns_and_every_event_reaches_the_broker_masked(kb_url, model_path, tmp_path):
    queue_name = f"huzhou_test_{uuid.uuid4().hex[:8]}"
    env = {"HUZHOU_KB_URL": kb_url, "HUZHOU_MODEL": str(model_path), "RASA_AUTH_TOKEN": API_TOKEN,
           "HUZHOU_TRACKER_URL": f"sqlite:///{tmp_path / 'tracker.sqlite3'}",
           "HUZHOU_LOCK_URL": "redis://127.0.0.1:6379/15", "HUZHOU_BROKER_URL": BROKER,
           "HUZHOU_BROKER_QUEUE": queue_name}
    sender = f"shared-{uuid.uuid4().hex[:8]}"
    messages = ["低保怎么申请", "需要什么材料", "去哪里办", f"我的电话是{MOBILE}", "公租房怎么申请", "谢谢"]
    with running_servers(env, tmp_path / "servers.log") as servers:
        client = Client(servers.rasa_url, API_TOKEN)
        replies, errors = {}, []

        def say(text):
            try:
                replies[text] = client.say(sender, text)
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(repr(e))

        threads = [threading.Thread(target=say, args=(m,)) for m in messages]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        events = client.tracker(sender)["events"]
        # drained while the servers run: every user event of the conversation, however late
        published = [b for b in drain(queue_name, users=len(messages)) if b.get("sender_id") == sender]
        log = (tmp_path / "servers.log").read_text(encoding="utf-8")
    assert not errors and all(replies.get(m) for m in messages)
    assert "conversation locks in Redis at 127.0.0.1:6379/15" in log
    assert "guest:guest" not in log  # the broker's password is masked in its log line

    # each message was one whole turn: its actions ran before the next message was read
    users = [i for i, e in enumerate(events) if e["event"] == "user"]
    assert len(users) == len(messages)
    for start, end in zip(users, users[1:] + [len(events)]):
        actions = [e["name"] for e in events[start:end] if e["event"] == "action"]
        assert actions and actions[-1] == "action_listen", actions

    said = [b["text"] for b in published if b.get("event") == "user"]
    assert sorted(said) == sorted(m.replace(MOBILE, "138****5678") for m in messages)
    assert MOBILE not in json.dumps(published, ensure_ascii=False)
