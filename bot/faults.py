"""What the resident gets when a part of the assistant fails: a short apology naming 12345.

The action server guards every action it runs (actions/guard.py). This module guards
the Rasa server's side of the call: Rasa waits five minutes for an action server that
has hung (its DEFAULT_REQUEST_TIMEOUT) and then gives the resident nothing. Inside the
Rasa process (bot/serve.py installs it before Rasa starts) every call to a custom action
is given ``HUZHOU_ACTION_TIMEOUT`` seconds (default 2); when the action server does not
answer in time, refuses the connection or fails, the resident gets APOLOGY, the other
custom actions of that turn are skipped (the next message is read as usual, so service
resumes by itself once the action server is back), and the log gets one line naming the
action and the failure.

The same holds for the whole turn (``install_turn_guard``): when handling a message fails
outside an action — the conversation's lock in Redis (down, hung: bot/lock_store.py gives each
call a second), the tracker store — the resident gets APOLOGY instead of an empty reply or
a stack trace, the log one line naming the error, and the next message is tried afresh.
What failed is counted (``COUNTS``): the REST channel's health route shows the counts, with
the event broker's (events waiting for RabbitMQ, events lost), for an operator or a monitor.
"""
from __future__ import annotations

import asyncio
import logging
import os
from collections import Counter, OrderedDict
from typing import Any, Callable, Dict, Mapping, Optional

logger = logging.getLogger("bot.faults")

APOLOGY = "抱歉，系统暂时出了点问题，刚才的问题没能处理好。请稍后再试，或拨打 12345 政务服务便民热线咨询。"
DEFAULT_ACTION_TIMEOUT = 2.0  # seconds; with the NLU and the tracker, a reply within 3 s


def action_timeout(env: Optional[Mapping[str, str]] = None) -> float:
    env = os.environ if env is None else env
    value = env.get("HUZHOU_ACTION_TIMEOUT") or DEFAULT_ACTION_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        raise ValueError(f"HUZHOU_ACTION_TIMEOUT: {value!r} is not a number of seconds") from None
    if seconds <= 0:
        raise ValueError(f"HUZHOU_ACTION_TIMEOUT: {value!r} must be more than 0 seconds")
    return seconds


# Conversations whose current turn already got the apology: sender -> that message's id. A
# turn can run several custom actions; after one failed, the others are skipped at once
# (no second wait, no second apology).
_apologised: "OrderedDict[str, Any]" = OrderedDict()
_REMEMBERED = 10_000


def _turn_of(tracker) -> Any:
    latest = getattr(tracker, "latest_message", None)
    return getattr(latest, "message_id", None) or id(latest)


def install_action_guard(timeout: Optional[float] = None) -> None:
    """Wraps Rasa's RemoteAction.run (the call to the action server) with a time limit and the apology."""
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

    if getattr(RemoteAction.run, "guarded", False):
        return
    limit = action_timeout() if timeout is None else timeout
    original = RemoteAction.run

    async def run(self, output_channel, nlg, tracker, domain):
        turn = _turn_of(tracker)
        if _apologised.get(tracker.sender_id) == turn:
            logger.info("custom action %s skipped: the action server already failed in this turn", self.name())
            return []
        try:
            return await asyncio.wait_for(original(self, output_channel, nlg, tracker, domain), limit)
        except ActionExecutionRejection:  # a form's own "not this slot": Rasa handles it
            raise
        except asyncio.TimeoutError:
            logger.error("custom action %s: the action server did not answer within %.1fs; "
                         "the resident was pointed to 12345", self.name(), limit)
        except Exception as error:  # noqa: BLE001 - refused, failed, malformed: the same apology
            logger.error("custom action %s failed (%s); the resident was pointed to 12345",
                         self.name(), type(error).__name__)
        _apologised[tracker.sender_id] = turn
        _apologised.move_to_end(tracker.sender_id)
        while len(_apologised) > _REMEMBERED:
            _apologised.popitem(last=False)
        # Straight to the channel: a custom slot mapping (action_read_facts, run by Rasa's
        # action_extract_slots) may return only slots, and Rasa drops a message it returns.
        await output_channel.send_response(tracker.sender_id, {"text": APOLOGY})
        return []

    run.guarded = True  # type: ignore[attr-defined]
    RemoteAction.run = run


# What failed since the process started, by kind ("turn: LockStoreUnavailable", …), and the
# event broker's state (bot/stores.py registers a function returning it).
COUNTS: Counter = Counter()
_reporters: Dict[str, Callable[[], Dict[str, Any]]] = {}


def report(name: str, state: Callable[[], Dict[str, Any]]) -> None:
    """Adds a part's own figures (e.g. the event broker's waiting and lost events) to ``status``."""
    _reporters[name] = state


def status() -> Dict[str, Any]:
    """The counts an operator sees at GET /webhooks/rest/ (no personal data: counts and states only)."""
    found: Dict[str, Any] = {"failed_turns": dict(COUNTS)}
    for name, state in _reporters.items():
        found[name] = state()
    return found


def install_turn_guard() -> None:
    """Wraps Rasa's Agent.handle_message: a turn that fails gets the resident APOLOGY, the log one line."""
    from rasa.core.agent import Agent

    if getattr(Agent.handle_message, "guarded", False):
        return
    original = Agent.handle_message

    async def handle_message(self, message):
        try:
            return await original(self, message)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - lock store, tracker store, a bug: the same apology
            kind = type(error).__name__
            COUNTS[f"turn: {kind}"] += 1
            # the error's type only: a database error's text can carry the message's words
            logger.error("handling a message failed (%s); the resident was pointed to 12345", kind)
            if message.output_channel is not None:
                await message.output_channel.send_response(message.sender_id, {"text": APOLOGY})
            return None

    handle_message.guarded = True  # type: ignore[attr-defined]
    Agent.handle_message = handle_message
