"""The servers and system packages the integration tests need, and what a test does when one is absent.

.ci/run installs or starts every one of them (PostgreSQL, Redis, RabbitMQ, HAProxy, Debian's chromium
and a CJK font), so under CI (``CI=true``) an absent one fails the test: a green CI run has run them
all. On a developer's machine the test is skipped instead, with what is missing and how to get it.
A test asks for one by its marker (``@pytest.mark.redis``; tests/conftest.py checks the markers
before the test's fixtures) or by calling ``require("redis")`` in a fixture.
"""
from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path
from typing import Callable, Dict, Mapping, Optional, Tuple

import pytest

POSTGRES_SERVER = os.environ.get("HUZHOU_TEST_POSTGRES", "postgresql+psycopg2://postgres@127.0.0.1:5432")


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def _postgres() -> bool:
    from sqlalchemy.engine import make_url

    url = make_url(POSTGRES_SERVER)
    return _answers(url.host or "127.0.0.1", url.port or 5432)


def _chromium() -> bool:
    from channels.widget.bench import CHROMIUM

    return Path(CHROMIUM).exists()


def _cjk_font() -> bool:
    from bot.insight.charts import NoCJKFont, setup

    try:
        setup()
    except NoCJKFont:
        return False
    return True


# marker: (is it there?, what is missing and how to get it)
SERVERS: Dict[str, Tuple[Callable[[], bool], str]] = {
    "postgres": (_postgres, f"PostgreSQL is not answering at {POSTGRES_SERVER} (HUZHOU_TEST_POSTGRES): "
                            "service postgresql start"),
    "redis": (lambda: _answers("127.0.0.1", 6379), "Redis is not answering at 127.0.0.1:6379: service redis-server start"),
    "rabbitmq": (lambda: _answers("127.0.0.1", 5672),
                 "RabbitMQ is not answering at 127.0.0.1:5672: service rabbitmq-server start"),
    "haproxy": (lambda: shutil.which("haproxy") is not None, "HAProxy is not installed: apt-get install haproxy"),
    "chromium": (_chromium, "Debian's chromium is not installed: apt-get install chromium fonts-noto-cjk"),
    "cjk_font": (_cjk_font, "no Chinese font for the report's charts: apt-get install fonts-noto-cjk"),
}
_present: Dict[str, bool] = {}  # checked once per test session


def in_ci(env: Optional[Mapping[str, str]] = None) -> bool:
    """CI runs .ci/run with CI=true (the usual convention of CI services)."""
    value = (os.environ if env is None else env).get("CI", "")
    return value.strip().lower() in ("1", "true", "yes")


def absent(name: str, env: Optional[Mapping[str, str]] = None) -> None:
    """The test cannot run without ``name``: it fails under CI, where .ci/run guarantees it, else it is skipped."""
    reason = SERVERS[name][1]
    if in_ci(env):
        pytest.fail(f"{reason} — .ci/run guarantees it, so under CI its absence is a failure", pytrace=False)
    pytest.skip(reason)


def require(name: str) -> None:
    """Goes on if ``name`` is there; else see absent()."""
    if name not in _present:
        _present[name] = SERVERS[name][0]()
    if not _present[name]:
        absent(name)
