"""`python -m bot predict`: JSON Lines in, one finding per line out.

Each input line is a JSON object with a "text" field; each output line is the
finder's contract (see bot/finder.py Finding.as_dict), the same object the
hotline assist API returns. A line that cannot be read gives an object with an
"error" field in its place, so output line N always answers input line N.
"""
from __future__ import annotations

import asyncio
import json
import logging
import sys
from typing import Any, Dict, Iterable, Iterator

from bot.settings import Settings
from bot.text import MAX_MESSAGE_CHARS

MAX_LINE_BYTES = 64 * 1024


def quiet_logging(level: int = logging.WARNING) -> None:
    """Logs to stderr only, at ``level``, masked: stdout carries the results."""
    from rasa.utils.log_utils import configure_structlog

    from bot.privacy import install_log_masking

    logging.basicConfig(stream=sys.stderr, level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    configure_structlog(level)
    install_log_masking()


class Parser:
    """The trained model's NLU, in this process (loads the model once)."""

    def __init__(self, model_path: str):
        from rasa.core.agent import Agent

        quiet_logging()

        self.agent = Agent.load(model_path)
        self._loop = asyncio.new_event_loop()

    def parse(self, text: str) -> Dict[str, Any]:
        return self._loop.run_until_complete(self.agent.parse_message(text))


def read_request(line: str) -> tuple:
    """(text, error) for one input line."""
    if len(line.encode("utf-8", "replace")) > MAX_LINE_BYTES:
        return None, f"line longer than {MAX_LINE_BYTES} bytes"
    try:
        request = json.loads(line)
    except json.JSONDecodeError as e:
        return None, f"not JSON: {e.msg} at column {e.colno}"
    if not isinstance(request, dict):
        return None, "expected a JSON object with a \"text\" field"
    text = request.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, "missing or empty \"text\" field"
    return text[: MAX_MESSAGE_CHARS * 4], None


def predict_lines(lines: Iterable[str], parser: Parser, kb, limit: int = 5) -> Iterator[Dict[str, Any]]:
    from bot.finder import find_services

    for line in lines:
        if not line.strip():
            continue
        text, error = read_request(line)
        if error:
            yield {"error": error}
            continue
        parse = parser.parse(text)
        yield find_services(parse, kb, limit).as_dict()


def main(settings: Settings, limit: int = 5, stdin=None, stdout=None) -> int:
    from knowledge_base import CatalogueMissing, KnowledgeBase

    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if not settings.model.exists():
        print(f"error: no trained model at {settings.model}; run `make train`", file=sys.stderr)
        return 1
    try:
        kb = KnowledgeBase(settings.kb_url)
    except CatalogueMissing as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    parser = Parser(str(settings.model))
    failures = 0
    for result in predict_lines(stdin, parser, kb, limit):
        failures += "error" in result
        stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0 if not failures else 3

