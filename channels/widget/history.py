"""A widget conversation as the resident saw it, read from the tracker's events.

The widget restores its history from the server rather than from a copy in
the browser: the tracker store is already the record of the conversation (and
the place personal data is masked), a public computer keeps no conversation
text in localStorage, and what an operator adds later is there too.

Events are plain dicts (``Event.as_dict()``), so this module needs no Rasa.
"""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional

from bot.senders import WIDGET_SENDER, is_widget_sender

# The widget makes its sender ids as "web-" and 32 hex digits (128 random
# bits, bot/senders.py): knowing one is what lets a browser read that
# conversation back, so the history endpoints accept nothing else (not a
# WeChat openid, not a guessable name).
SENDER_PATTERN = WIDGET_SENDER

# A bot event whose metadata carries this key is a reply written by a person
# at the hand-off console, appended to the conversation after the fact
# (Rasa's POST /conversations/<sender>/tracker/events, stamped with the time
# it is appended). The widget polls for such messages; replies of the
# assistant itself come back with the request.
OPERATOR_KEY = "operator"

MAX_HISTORY = 200  # messages sent back on a reload; older ones are not shown
MAX_TITLE_CHARS = 100


def valid_sender(sender: Optional[str]) -> bool:
    return is_widget_sender(sender)


def _buttons(data: Optional[Dict[str, Any]]) -> List[Dict[str, str]]:
    buttons = []
    for button in (data or {}).get("buttons") or []:
        if isinstance(button, dict) and isinstance(button.get("title"), str):
            buttons.append({"title": button["title"], "payload": str(button.get("payload") or button["title"])})
    return buttons


def _is_operator(event: Dict[str, Any]) -> bool:
    return bool((event.get("metadata") or {}).get(OPERATOR_KEY))


def _user_text(event: Dict[str, Any], offered: Dict[str, str]) -> str:
    """What the resident saw as their own message: a button's title, not its payload."""
    title = (event.get("metadata") or {}).get("title")
    if isinstance(title, str) and title.strip():
        return title[:MAX_TITLE_CHARS]
    text = event.get("text") or ""
    return offered.get(text, text)


def messages_from_events(events: Iterable[Dict[str, Any]], limit: int = MAX_HISTORY) -> List[Dict[str, Any]]:
    """The user and bot messages of a conversation, oldest first, the last `limit` of them.

    Each is ``{"role": "user" | "bot" | "operator", "text", "buttons", "time"}``.
    A button the resident clicked shows its title: the widget sends it as
    metadata, and a click from elsewhere is matched against the buttons offered.
    """
    messages: List[Dict[str, Any]] = []
    offered: Dict[str, str] = {}  # payload -> title of the buttons offered so far
    for event in events:
        kind = event.get("event")
        if kind == "bot":
            buttons = _buttons(event.get("data"))
            offered.update((b["payload"], b["title"]) for b in buttons)
            if not (event.get("text") or buttons):
                continue
            messages.append({
                "role": "operator" if _is_operator(event) else "bot",
                "text": event.get("text") or "",
                "buttons": buttons,
                "time": event.get("timestamp"),
            })
        elif kind == "user" and event.get("text"):
            messages.append({"role": "user", "text": _user_text(event, offered), "buttons": [],
                             "time": event.get("timestamp")})
    return messages[-limit:] if limit else messages


def operator_messages_after(events: Iterable[Dict[str, Any]], since: float) -> List[Dict[str, Any]]:
    """Replies from the hand-off console appended after `since` (a cursor the widget got earlier)."""
    newer = [e for e in events if e.get("event") == "bot" and _is_operator(e) and (e.get("timestamp") or 0) > since]
    return messages_from_events(newer, limit=0)


def cursor(events: Iterable[Dict[str, Any]], since: float = 0.0) -> float:
    """The timestamp of the newest event: the widget asks for what came after it."""
    return max([since] + [e.get("timestamp") or 0 for e in events])
