"""Masks personal data before text reaches a log, a store, an event or a report.

Personal data here: 身份证号, phone numbers, bank-card numbers, disability
details and income figures. mask() is deliberately greedy: a false mask in a
log costs little, a leaked ID number costs a lot.
"""
from __future__ import annotations

import logging
import re
from typing import Any

from bot.text import NUMBER

_RULES = [
    # 18-digit resident ID (last may be X) and the old 15-digit form
    (re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)\d{15}(?!\d)"), "[身份证号]"),
    # bank cards: 16 to 19 digits, possibly grouped by spaces or dashes
    (re.compile(r"(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)"), "[银行卡号]"),
    # mobile numbers, with optional +86
    (re.compile(r"(?:\+?86[ -]?)?(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)"), "[电话]"),
    # landlines such as 0572-1234567
    (re.compile(r"(?<!\d)0\d{2,3}[ -]?\d{7,8}(?!\d)"), "[电话]"),
    # income and money amounts: 月收入两千, 收入3000元, 每月1500块
    (re.compile(rf"(?:收入|工资|月薪|年薪|存款|养老金|退休金)[^，。,.;；]{{0,6}}?{NUMBER}\s*(?:元|块|万|千)?"), "[收入信息]"),
    (re.compile(rf"{NUMBER}\s*(?:元|块钱|块)"), "[金额]"),
    # disability grade and kind: 二级残疾, 肢体残疾一级, 残疾等级三级
    (re.compile(r"(?:[一二三四1-4]级)?(?:肢体|视力|听力|言语|智力|精神|多重)?残疾(?:等级)?(?:[一二三四1-4]级)?"), "[残疾信息]"),
]


def mask(text: Any) -> Any:
    """The text with personal data replaced by labels; non-text is returned as is."""
    if not isinstance(text, str) or not text:
        return text
    for pattern, label in _RULES:
        text = pattern.sub(label, text)
    return text


class MaskingFilter(logging.Filter):
    """A logging filter that masks personal data in every record it passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler
            return True
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


def install_log_masking() -> None:
    """Masks personal data in everything the root logger's handlers write."""
    root = logging.getLogger()
    masking = MaskingFilter()
    if not any(isinstance(f, MaskingFilter) for f in root.filters):
        root.addFilter(masking)
    for handler in root.handlers:
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(masking)
