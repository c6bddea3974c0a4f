"""A new PostgreSQL database for a benchmark or a test, dropped afterwards (with FORCE: whatever
still holds a connection to it)."""
from __future__ import annotations

import contextlib
import uuid
from typing import Iterator


@contextlib.contextmanager
def throwaway_database(server: str, prefix: str) -> Iterator[str]:
    """``server``: a SQLAlchemy URL without the database ("postgresql+psycopg2://postgres@127.0.0.1:5432");
    yields the new database's URL."""
    from sqlalchemy import create_engine, text

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield f"{server}/{name}"
        finally:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
