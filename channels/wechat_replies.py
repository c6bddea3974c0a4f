"""What the assistant says fitted to WeChat: text only, at most 2048 bytes a message.

Rasa's messages for one turn (text, buttons, the odd image or attachment)
become blocks of plain text. Buttons become numbered choices
("回复数字：1 我能申请吗  2 去哪里办 …") numbered across the whole turn, and
typing a number sends that button's payload, exactly as clicking it would on
the web. Links stay plain text (WeChat makes them clickable itself).

A passive reply is one message: a turn longer than 2048 bytes is shortened
to its first lines (an answer puts the essentials first: service, body,
next step) with "回复【详情】看全部", and the rest waits for 详情 in pages.
Through the customer-service API up to three messages can be sent, so a long
turn is split instead when three are enough. Knows nothing of Rasa or HTTP.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

MAX_BYTES = 2048
MAX_CUSTOMER_SERVICE_MESSAGES = 3
SHORT_BODY_BYTES = 200  # a question or a prompt: kept whole when a long turn is shortened

# What the channel itself says (everything else comes from the dialogue).
WELCOME = (
    "您好，我是湖州市民服务助手，可以帮您查湖州的基本公共服务：教育、就业创业、社保和救助、"
    "健康、生活服务、文化、环境和公共安全等方面的156项服务，讲清服务内容、能不能申请、去哪里办。\n"
    "直接发文字问我就行，比如“低保怎么申请”“我家能享受哪些政策”。\n"
    "想找工作人员请回复“转人工”，也可以拨打12345政务服务便民热线。"
)
TEXT_ONLY = "目前只能看懂文字，请用文字把您想问的事发给我，比如“残疾人护理补贴怎么申请”。"
VOICE_UNCLEAR = "没听清您的语音，请发送文字或说得慢一点。"
MENU_UNKNOWN = "这个菜单暂时没有内容，请直接发文字告诉我您想问的事。"
SLOW_NOTICE = "正在为您查询，稍后回复任意内容查看结果。"
STILL_WORKING = "还在为您查询，请稍后回复任意内容查看结果。"
KEPT_FOOTNOTE = "（如果您刚才发的是新问题，看完上面的回答后请再发一次。）"
FAILED = "抱歉，系统暂时出了点问题，请稍后再试，或拨打12345政务服务便民热线。"
MORE = "……回复【详情】看全部"
MORE_PAGES = "……回复【详情】继续看"
CHOICES_PREFIX = "回复数字："
SINGLE_CHOICE_PREFIX = "可以回复："

_DETAILS = re.compile(r"^[【\[（(]?(?:看|查看|显示)?(?:详情|全部|全文|更多)[】\]）)]?[。.!！]?$")
_NUMBER = re.compile(r"^第?([0-9０-９]{1,2})(?:个|项|号)?[.。、)）]?$")


def size(text: str) -> int:
    return len(text.encode("utf-8"))


@dataclass
class Reply:
    """One turn of the assistant as WeChat text: blocks of (body, choices line), the numbered choices."""

    blocks: List[Tuple[str, str]] = field(default_factory=list)
    choices: List[Tuple[str, str]] = field(default_factory=list)

    @classmethod
    def text(cls, text: str) -> "Reply":
        return cls([(text, "")])

    @property
    def empty(self) -> bool:
        return not any(body or menu for body, menu in self.blocks)

    def render(self, bodies: Optional[Sequence[str]] = None) -> str:
        bodies = bodies if bodies is not None else [b for b, _ in self.blocks]
        parts = ["\n".join(p for p in (body, menu) if p) for body, (_, menu) in zip(bodies, self.blocks)]
        return "\n\n".join(p for p in parts if p)

    def as_dict(self) -> Dict[str, Any]:
        return {"blocks": [list(b) for b in self.blocks], "choices": [list(c) for c in self.choices]}

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Reply":
        return cls([tuple(b) for b in data.get("blocks", [])], [tuple(c) for c in data.get("choices", [])])


def from_messages(messages: Iterable[Dict[str, Any]]) -> Reply:
    """Rasa's collected messages of one turn as a Reply."""
    messages = list(messages)
    total_buttons = sum(len(m.get("buttons") or []) for m in messages)
    reply = Reply()
    for message in messages:
        lines = [str(message[key]) for key in ("text", "image") if message.get(key)]
        attachment = message.get("attachment")
        if isinstance(attachment, str) and attachment:
            lines.append(attachment)
        elif isinstance(attachment, dict) and attachment.get("payload", {}).get("src"):
            lines.append(str(attachment["payload"]["src"]))
        buttons = [b for b in message.get("buttons") or [] if b.get("title")]
        menu = ""
        if total_buttons == 1 and buttons:
            # One button (转人工, 不知道): its title typed works; a lone number must
            # stay free to answer a question that asks for one (an age).
            menu = f"{SINGLE_CHOICE_PREFIX}{buttons[0]['title']}"
        elif buttons:
            numbered = []
            for button in buttons:
                reply.choices.append((str(button["title"]), str(button.get("payload") or button["title"])))
                numbered.append(f"{len(reply.choices)} {button['title']}")
            menu = CHOICES_PREFIX + "  ".join(numbered)
        if lines or menu:
            reply.blocks.append(("\n".join(lines), menu))
    return reply


def _cut(text: str, limit: int) -> Tuple[str, str]:
    """The longest head of `text` within `limit` bytes, cut after a line where possible, and the rest."""
    if size(text) <= limit:
        return text, ""
    head = text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
    newline = head.rfind("\n")
    if newline > len(head) // 3:  # a line boundary not too far back
        head = head[:newline]
    return head.rstrip(), text[len(head):].lstrip("\n")


def pages(text: str, limit: int = MAX_BYTES - size("\n" + MORE_PAGES)) -> List[str]:
    """Text split into pages of at most `limit` bytes, at line boundaries where possible."""
    result = []
    while text:
        head, text = _cut(text, limit)
        if not head:  # cannot happen with a sane limit; guards against an endless loop
            head, text = text[:1], text[1:]
        result.append(head)
    return result


def one_message(reply: Reply, footnote: str = "") -> Tuple[str, List[str]]:
    """The turn as one message of at most 2048 bytes, and the pages of what was cut (for 详情)."""
    def assemble(bodies: Sequence[str], shortened: bool) -> str:
        text = reply.render(bodies)
        extra = [p for p in (MORE if shortened else "", footnote) if p]
        return "\n".join([text, *extra])

    bodies = [b for b, _ in reply.blocks]
    whole = assemble(bodies, False)
    if size(whole) <= MAX_BYTES:
        return whole, []
    cut_off = [""] * len(bodies)  # per block, what was cut from its end
    # Cut from the end backwards, so the beginning (the essentials) stays: later
    # long bodies first, short ones (a question, a rating prompt) only if need be;
    # the choices lines always stay.
    short = [i for i in range(len(bodies)) if size(bodies[i]) <= SHORT_BODY_BYTES]
    order = [i for i in reversed(range(len(bodies))) if i not in short] + short[::-1]
    for index in order:
        excess = size(assemble(bodies, True)) - MAX_BYTES
        if excess <= 0:
            break
        head, rest = _cut(bodies[index], max(0, size(bodies[index]) - excess))
        cut_off[index], bodies[index] = rest, head
    text = assemble(bodies, True)
    leftover = "\n\n".join(c for c in cut_off if c)
    if size(text) > MAX_BYTES:  # even the choices lines do not fit: a plain cut
        text, rest = _cut(text, MAX_BYTES - size("\n" + MORE))
        text, leftover = f"{text}\n{MORE}", "\n\n".join(p for p in (rest, leftover) if p)
    return text, pages(leftover)


def up_to_three(reply: Reply) -> Tuple[List[str], List[str]]:
    """The turn as at most three messages for the customer-service API, and pages left for 详情."""
    text = reply.render()
    parts = pages(text, MAX_BYTES)
    if len(parts) <= MAX_CUSTOMER_SERVICE_MESSAGES:
        return parts, []
    first, rest = one_message(reply)
    return [first], rest


def next_page(remaining: List[str]) -> Tuple[str, List[str]]:
    """The next page of a long answer, with a footer when more remain."""
    page, rest = remaining[0], remaining[1:]
    return (f"{page}\n{MORE_PAGES}" if rest else page), rest


def asks_for_details(text: str) -> bool:
    return bool(_DETAILS.match(text.strip()))


def pick_choice(text: str, choices: Sequence[Sequence[str]]) -> Optional[str]:
    """The payload of the numbered choice the resident typed, or None."""
    match = _NUMBER.match(text.strip())
    if not match or not choices:
        return None
    number = int(match.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if 1 <= number <= len(choices):
        return choices[number - 1][1]
    return None
