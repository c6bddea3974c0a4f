"""`python -m bot purge --older-than 90d` on the tracker store: SQLite and the real PostgreSQL."""
import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from bot.purge import parse_age, purge
from bot.stores import TrackerStore
from tests.conftest import REPO_ROOT, run_coroutine

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)


def stored(url, conversations):
    """Each conversation: sender -> ages in days of its user messages."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    store = TrackerStore(domain=Domain.empty(), url=url)

    async def save_all():
        for sender, ages in conversations.items():
            events = [UserUttered(f"消息{i}", timestamp=(NOW - dt.timedelta(days=age)).timestamp())
                      for i, age in enumerate(ages)]
            await store.save(DialogueStateTracker.from_events(sender, events))

    run_coroutine(save_all())
    store.engine.dispose()


def senders(url):
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            return {row[0]: row[1] for row in c.execute(text("SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id"))}
    finally:
        engine.dispose()


def check_purge(url):
    stored(url, {"old": [200, 120], "open-since-long": [150, 10], "recent": [3]})
    assert purge(url, parse_age("90d"), now=NOW, dry_run=True) == (1, 2)
    assert set(senders(url)) == {"old", "open-since-long", "recent"}  # a dry run deletes nothing
    assert purge(url, parse_age("90d"), now=NOW) == (1, 2)
    assert senders(url) == {"open-since-long": 2, "recent": 1}  # an open conversation keeps its beginning
    assert purge(url, parse_age("90d"), now=NOW) == (0, 0)


def test_purge_deletes_whole_conversations_past_retention_in_sqlite(tmp_path):
    check_purge(f"sqlite:///{tmp_path / 'tracker.sqlite3'}")


@pytest.mark.postgres
def test_purge_deletes_whole_conversations_past_retention_in_postgres():
    from tests.conftest import throwaway_postgres

    with throwaway_postgres("huzhou_purge") as url:
        check_purge(url)


def test_ages_and_the_command_line(tmp_path):
    assert parse_age("90d") == dt.timedelta(days=90) and parse_age("12h") == dt.timedelta(hours=12)
    for bad in ("90", "d", "-3d", "0d", "90 days", ""):
        with pytest.raises(ValueError, match="--older-than"):
            parse_age(bad)
    url = f"sqlite:///{tmp_path / 'tracker.sqlite3'}"
    run = subprocess.run([sys.executable, "-m", "bot", "purge", "--older-than", "90d"], cwd=REPO_ROOT,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO_ROOT), "HUZHOU_TRACKER_URL": url},
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("deleted 0 conversations (0 events) whose last message was before ")
    bad = subprocess.run([sys.executable, "-m", "bot", "purge", "--older-than", "soon"], cwd=REPO_ROOT,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO_ROOT), "HUZHOU_TRACKER_URL": url},
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "not an age like 90d" in bad.stdout
