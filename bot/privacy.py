"""Masks personal data before text reaches a log, a store, an event or a report.

Personal data here: 身份证号, phone numbers, bank-card numbers, disability
details and income figures. mask() is deliberately greedy: a false mask in a
log costs little, a leaked ID number costs a lot. Identifying numbers keep
their first and last digits (330***********123X, 139****8765, 6222***********0123)
so a person can still tell two apart; income and disability details become labels.

- log lines of both servers: install_log_masking() (python -m bot.serve runs it
  before the server starts): numbers, facts and API tokens;
- the tracker store and the event broker: mask_event() on every event: the
  identifying numbers only, as the screening reads earlier messages back for facts.
"""
from __future__ import annotations

import logging
import re
import traceback
from typing import Any, Callable

from bot.text import NUMBER

def _keep(head: int, tail: int):
    """A replacement that keeps the first ``head`` and last ``tail`` digits: 139****8765."""
    def replace(match: "re.Match[str]") -> str:
        digits = re.sub(r"[^\dXx]", "", match.group(0))
        return digits[:head] + "*" * (len(digits) - head - tail) + digits[len(digits) - tail:]
    return replace


def _mobile(number: str) -> str:
    digits = re.sub(r"\D", "", number)[-11:]  # without +86
    return digits[:3] + "****" + digits[-4:]


def _landline(match: "re.Match[str]") -> str:
    area, number = match.group(1), match.group(2)
    return f"{area}-{'*' * (len(number) - 2)}{number[-2:]}"


# Numbers that identify a person: masked everywhere, the tracker store and the
# event broker included (the dialogue never needs them back).
_IDENTIFIERS = [
    # 18-digit resident ID (last may be X) and the old 15-digit form: 330***********123X
    (re.compile(r"(?<!\d)\d{17}[\dXx](?![\dXx])"), _keep(3, 4)),
    (re.compile(r"(?<!\d)\d{15}(?!\d)"), _keep(3, 3)),
    # bank cards: 16 to 19 digits, possibly grouped by spaces or dashes: 6222***********0123
    (re.compile(r"(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)"), _keep(4, 4)),
    # mobile numbers, with optional +86: 139****8765
    (re.compile(r"(?:\+?86[ -]?)?(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)"), lambda m: _mobile(m.group(0))),
    # landlines such as 0572-1234567: 0572-*****67
    (re.compile(r"(?<!\d)(0\d{2,3})[ -]?(\d{7,8})(?!\d)"), _landline),
]
# Facts about a person that the logs need not carry (the conversation does: the
# screening reads them back), masked in log lines only.
_FACTS = [
    # income and money amounts: 月收入两千, 收入3000元, 每月1500块
    (re.compile(rf"(?:收入|工资|月薪|年薪|存款|养老金|退休金)[^，。,.;；]{{0,6}}?{NUMBER}\s*(?:元|块|万|千)?"), "[收入信息]"),
    (re.compile(rf"{NUMBER}\s*(?:元|块钱|块)"), "[金额]"),
    # disability grade and kind: 二级残疾, 肢体残疾一级, 残疾等级三级
    # (not inside its own label: masking twice changes nothing)
    (re.compile(r"(?:[一二三四1-4]级)?(?:肢体|视力|听力|言语|智力|精神|多重)?(?<!\[)残疾(?!信息\])(?:等级)?(?:[一二三四1-4]级)?"),
     "[残疾信息]"),
]
# Credentials that reach log lines inside URLs (Rasa's HTTP API takes ?token=…).
_SECRETS = [
    (re.compile(r"(?i)(\btoken=)[^&\s\"']+"), r"\1***"),
    (re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9._~+/=-]+"), r"\1***"),
    # passwords inside URLs: amqp://guest:***@127.0.0.1:5672
    (re.compile(r"(://[^:/@\s]+:)[^@\s]+@"), r"\1***@"),
]
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _apply(rules, text: str) -> str:
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


def mask_identifiers(text: Any) -> Any:
    """The text with ID, phone and bank-card numbers masked (330***********123X, 139****8765)."""
    if not isinstance(text, str) or not text:
        return text
    return _apply(_IDENTIFIERS, text)


def mask(text: Any) -> Any:
    """The text with personal data masked: identifying numbers, income and disability details."""
    if not isinstance(text, str) or not text:
        return text
    return _apply(_FACTS, _apply(_IDENTIFIERS, text))


def mask_facts(text: Any) -> Any:
    """The text with income amounts and disability grades masked (bot/retention.py, after their retention)."""
    if not isinstance(text, str) or not text:
        return text
    return _apply(_FACTS, text)


def _unescape(text: str) -> str:
    """JSON's \\uXXXX escapes read back (Rasa logs events as JSON): 号\\u53f7 must not hide a number's start."""
    def char(match: "re.Match[str]") -> str:
        code = int(match.group(1), 16)
        return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)
    return _JSON_ESCAPE.sub(char, text) if "\\u" in text else text


def mask_log_text(text: str) -> str:
    """What a log line may show: personal data and credentials masked."""
    return _apply(_SECRETS, mask(_unescape(text)))


# Keys of a Rasa event whose values are names, times and ids, never what a person said.
_EVENT_KEYS_KEPT = frozenset({"event", "timestamp", "message_id", "sender_id", "input_channel", "policy",
                              "confidence", "name", "action_name", "id"})


def mask_event(data: Any) -> Any:
    """A Rasa event (``Event.as_dict()``) with identifying numbers masked in everything a person said
    or was told (text, entities, slot values, metadata, buttons), before it is stored or published."""
    if isinstance(data, dict):
        return {k: (v if k in _EVENT_KEYS_KEPT and not isinstance(v, (dict, list)) else mask_event(v))
                for k, v in data.items()}
    if isinstance(data, list):
        return [mask_event(v) for v in data]
    return mask_identifiers(data)


def _mask_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed record: leave it to the handler
        return
    masked = mask_log_text(message)
    if masked != message:
        record.msg, record.args = masked, ()
    if record.exc_info and not record.exc_text:  # a traceback can quote what a resident wrote
        record.exc_text = mask_log_text("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
    if record.stack_info:
        record.stack_info = mask_log_text(record.stack_info)


class MaskingFilter(logging.Filter):
    """A logging filter that masks personal data in every record it passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        _mask_record(record)
        return True


def _masking_factory(previous: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        _mask_record(record)
        return record

    factory.masks_personal_data = True  # type: ignore[attr-defined]
    return factory


def install_log_masking() -> None:
    """Masks personal data in every log record this process makes, whichever logger, handler or
    formatter writes it, including those Rasa, Sanic or coloredlogs configure later: the record
    factory masks each record as it is made. The root handlers get the filter too."""
    previous = logging.getLogRecordFactory()
    if not getattr(previous, "masks_personal_data", False):
        logging.setLogRecordFactory(_masking_factory(previous))
    root = logging.getLogger()
    masking = MaskingFilter()
    if not any(isinstance(f, MaskingFilter) for f in root.filters):
        root.addFilter(masking)
    for handler in root.handlers:
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(masking)
