"""Configuration from environment variables, with defaults for the embedded setup.

| variable | default | meaning |
| --- | --- | --- |
| HUZHOU_KB_URL | sqlite:///build/kb.sqlite3 | the knowledge base (any SQLAlchemy URL) |
| HUZHOU_TRACKER_URL | sqlite:///build/tracker.sqlite3 | conversations: Rasa's SQL tracker store (SQLite or PostgreSQL URL) |
| HUZHOU_LOCK_URL | (none: in memory) | Redis URL of the conversation lock store, for several Rasa replicas |
| HUZHOU_BROKER_URL | (none) | AMQP URL of RabbitMQ: every event (masked) is published there |
| HUZHOU_BROKER_QUEUE | huzhou_events | the RabbitMQ queue the events go to |
| HUZHOU_MODEL | models/huzhou-assistant.tar.gz | the trained Rasa model |
| RASA_PORT | 5005 | Rasa server (REST channel, HTTP API) |
| ACTIONS_PORT | 5055 | action server |
| HUZHOU_HOST | 127.0.0.1 | interface the Rasa server listens on (channels, HTTP API) |
| HUZHOU_ACTIONS_HOST | 127.0.0.1 | interface the action server listens on |
| RASA_AUTH_TOKEN | (none) | token for Rasa's HTTP API: the API is off without it (or a JWT secret) |
| RASA_JWT_SECRET, RASA_JWT_METHOD | (none), HS256 | JWT for Rasa's HTTP API, instead of or besides the token |
| HUZHOU_LOG_LEVEL | INFO | log level of both servers |
| HUZHOU_MAX_MESSAGE_CHARS | 1000 | longest message the REST channel takes |
| HUZHOU_ALLOWED_ORIGINS | (none) | origins of other sites' pages that embed the web widget (CORS) |
| HUZHOU_ACCEPT_REFERENCE_DATE | (off) | 1: a message's metadata `reference_date` sets the date its dates are read from (evaluation and test servers only, bot/clock.py) |
| HUZHOU_FACT_RETENTION | 30d | personal facts (disability, income) kept this long in stored conversations (`python -m bot purge`) |
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Mapping, Optional, Tuple

from knowledge_base.settings import REPO_ROOT, database_url

MODELS_DIR = REPO_ROOT / "models"
DEFAULT_MODEL = MODELS_DIR / "huzhou-assistant.tar.gz"
DEFAULT_TRACKER = REPO_ROOT / "build" / "tracker.sqlite3"

# Never phone home. (Rasa's training cache is on: bot/nlu/fingerprints.py says why it is safe.)
QUIET_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "PYTHONWARNINGS": "ignore::DeprecationWarning",
}


@dataclass(frozen=True)
class Settings:
    kb_url: str
    model: Path
    rasa_port: int
    actions_port: int
    host: str
    auth_token: Optional[str]
    log_level: str
    max_message_chars: int
    allowed_origins: Tuple[str, ...] = ()
    tracker_url: str = f"sqlite:///{DEFAULT_TRACKER}"
    actions_host: str = "127.0.0.1"
    jwt_secret: Optional[str] = None
    jwt_method: str = "HS256"
    lock_url: str = ""
    broker_url: str = ""
    broker_queue: str = "huzhou_events"

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "Settings":
        env = os.environ if env is None else env
        return cls(
            kb_url=env.get("HUZHOU_KB_URL") or database_url(),
            model=Path(env.get("HUZHOU_MODEL") or DEFAULT_MODEL),
            rasa_port=int(env.get("RASA_PORT") or 5005),
            actions_port=int(env.get("ACTIONS_PORT") or 5055),
            host=env.get("HUZHOU_HOST") or "127.0.0.1",
            auth_token=env.get("RASA_AUTH_TOKEN") or None,
            log_level=(env.get("HUZHOU_LOG_LEVEL") or "INFO").upper(),
            max_message_chars=int(env.get("HUZHOU_MAX_MESSAGE_CHARS") or 1000),
            allowed_origins=allowed_origins(env.get("HUZHOU_ALLOWED_ORIGINS") or ""),
            actions_host=env.get("HUZHOU_ACTIONS_HOST") or "127.0.0.1",
            jwt_secret=env.get("RASA_JWT_SECRET") or None,
            jwt_method=env.get("RASA_JWT_METHOD") or "HS256",
            lock_url=url_setting("HUZHOU_LOCK_URL", env.get("HUZHOU_LOCK_URL") or "", ("redis", "rediss", "unix"),
                                 "redis://127.0.0.1:6379/1"),
            broker_url=url_setting("HUZHOU_BROKER_URL", env.get("HUZHOU_BROKER_URL") or "", ("amqp", "amqps"),
                                   "amqp://guest:guest@127.0.0.1:5672/%2F"),
            broker_queue=env.get("HUZHOU_BROKER_QUEUE") or "huzhou_events",
            tracker_url=database_setting("HUZHOU_TRACKER_URL", env.get("HUZHOU_TRACKER_URL") or f"sqlite:///{DEFAULT_TRACKER}"),
        )

    @property
    def api_enabled(self) -> bool:
        """Rasa's HTTP API is on only with a token or a JWT secret to protect it."""
        return bool(self.auth_token or self.jwt_secret)

    def security_problem(self) -> Optional[str]:
        """Why the servers must not start as configured, or None."""
        from bot.serve import is_loopback

        if not self.api_enabled and not is_loopback(self.host):
            return (f"HUZHOU_HOST={self.host} opens the Rasa server beyond this machine: set RASA_AUTH_TOKEN "
                    "(or RASA_JWT_SECRET) first, or keep HUZHOU_HOST=127.0.0.1")
        return None

    def child_env(self) -> Dict[str, str]:
        """The environment both servers run with."""
        env = dict(os.environ)
        env.update(QUIET_ENV)
        env["HUZHOU_KB_URL"] = self.kb_url
        env["HUZHOU_TRACKER_URL"] = self.tracker_url
        env["HUZHOU_LOCK_URL"] = self.lock_url  # empty: endpoints.yml's stores fall back (bot/stores.py)
        env["HUZHOU_BROKER_URL"] = self.broker_url
        env["HUZHOU_BROKER_QUEUE"] = self.broker_queue
        env["ACTION_ENDPOINT_URL"] = f"http://127.0.0.1:{self.actions_port}/webhook"
        env["SANIC_HOST"] = self.actions_host  # rasa_sdk's interface (Rasa's is --interface)
        for name, value in (("RASA_AUTH_TOKEN", self.auth_token), ("RASA_JWT_SECRET", self.jwt_secret)):
            if value:  # read by bot/serve.py inside the Rasa process, never put on a command line
                env[name] = value
            else:
                env.pop(name, None)
        env["RASA_JWT_METHOD"] = self.jwt_method
        for name in WECHAT_VARIABLES:
            env.setdefault(name, "")
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
        return env


# credentials.yml reads the WeChat channel's settings from these; Rasa refuses
# a ${VARIABLE} that is not set, so an unset one is passed on empty (channel off).
WECHAT_VARIABLES = ("WECHAT_TOKEN", "WECHAT_APP_ID", "WECHAT_APP_SECRET", "WECHAT_AES_KEY",
                    "WECHAT_ENCRYPTION", "WECHAT_API_BASE_URL", "WECHAT_CUSTOMER_SERVICE", "WECHAT_REDIS_URL")

# Host names (punycode for IDNs) or IPv4 addresses: Rasa's CORS compares these
# as strings, and would read anything holding * ? ] or a backslash as a regular expression.
_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")


def allowed_origins(value: str) -> Tuple[str, ...]:
    """The origins (scheme://host[:port]) whose pages may call the assistant from a browser.

    Space- or comma-separated. None by default: the widget's own demo page is
    served by the assistant and needs no CORS; another site that embeds the
    widget must be named here. "*" allows every site (development only).
    """
    origins = tuple(o.rstrip("/") for o in re.split(r"[\s,]+", value.strip()) if o)
    bad = [o for o in origins if o != "*" and not _ORIGIN.fullmatch(o)]
    if bad:
        raise ValueError(
            f"HUZHOU_ALLOWED_ORIGINS: {', '.join(bad)} is not an origin like https://www.huzhou.gov.cn "
            "(scheme, host and port only, no path)"
        )
    return origins


def url_setting(name: str, url: str, schemes: Tuple[str, ...], example: str) -> str:
    """``url`` ("" for none) if its scheme is one of ``schemes``, else ValueError naming the variable."""
    if url and url.split("://", 1)[0] not in schemes:
        raise ValueError(f"{name}: {url!r} is not a URL like {example}")
    return url


def database_setting(name: str, url: str) -> str:
    """``url`` if SQLAlchemy reads it as a database URL, else ValueError naming the variable."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        make_url(url)
    except ArgumentError:
        raise ValueError(
            f"{name}: {url!r} is not a database URL like sqlite:///build/tracker.sqlite3 "
            "or postgresql://huzhou@127.0.0.1:5432/huzhou"
        ) from None
    return url


def quiet() -> None:
    """Applies QUIET_ENV to this process (before Rasa or TensorFlow are imported)."""
    for key, value in QUIET_ENV.items():
        os.environ.setdefault(key, value)
