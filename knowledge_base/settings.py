"""Configuration of the knowledge base, from environment variables only."""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE = REPO_ROOT / "build" / "kb.sqlite3"


def database_url() -> str:
    """``HUZHOU_KB_URL`` (any SQLAlchemy URL), else the embedded SQLite file."""
    return os.environ.get("HUZHOU_KB_URL") or f"sqlite:///{DEFAULT_DATABASE}"
