"""Conversations live in Rasa's SQL tracker store, not in the server's memory:
an eligibility check goes on after the Rasa server restarts, with SQLite (the
embedded default) and with the real PostgreSQL at 127.0.0.1:5432."""
import json

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import API_TOKEN, Client, running_servers

pytestmark = pytest.mark.servers

OPENING = "我是二级残疾，住在安吉，护理补贴能领吗"


def check_survives_restart(servers, sender: str) -> None:
    client = Client(servers.rasa_url, servers.settings.auth_token)
    reply = client.text(sender, OPENING)
    assert "残疾人证" in reply  # the check has started and asks its next question
    servers.restart("rasa")  # a new process: nothing of the conversation is left in memory
    assert client.tracker(sender)["active_loop"].get("name") == "eligibility_form"
    client.text(sender, "有")
    reply = client.text(sender, "需要")
    assert "很可能符合" in reply  # the answers were read against the facts given before the restart


def stored_events(url: str, sender: str):
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            rows = c.execute(text("SELECT type_name, data FROM events WHERE sender_id = :s ORDER BY id"),
                             {"s": sender}).all()
    finally:
        engine.dispose()
    return [(t, json.loads(d)) for t, d in rows]


def survives_a_restart(kb_url, model_path, tmp_path, tracker_url: str, sender: str) -> None:
    """An eligibility check begun, the Rasa server restarted, the check finished; all of it stored."""
    env = {"HUZHOU_KB_URL": kb_url, "HUZHOU_MODEL": str(model_path), "HUZHOU_TRACKER_URL": tracker_url,
           "RASA_AUTH_TOKEN": API_TOKEN}
    with running_servers(env, tmp_path / "servers.log") as servers:
        check_survives_restart(servers, sender)
    said = [d["text"] for t, d in stored_events(tracker_url, sender) if t == "user"]
    assert said == [OPENING, "有", "需要"]


def test_sqlite_conversation_survives_a_restart(kb_url, model_path, tmp_path):
    survives_a_restart(kb_url, model_path, tmp_path, f"sqlite:///{tmp_path / 'tracker.sqlite3'}", "persist-sqlite")


@pytest.mark.postgres
def test_postgres_conversation_survives_a_restart(kb_url, model_path, tmp_path, postgres_database):
    survives_a_restart(kb_url, model_path, tmp_path, postgres_database, "persist-postgres")


def test_a_bad_tracker_url_is_refused_with_its_name():
    from bot.settings import Settings

    with pytest.raises(ValueError, match="HUZHOU_TRACKER_URL"):
        Settings.from_env({"HUZHOU_TRACKER_URL": "not a url"})
