"""Faults of the running assistant: the knowledge base's database disappears mid-conversation
(the real PostgreSQL: DROP DATABASE … WITH (FORCE)) and the resident is still answered from the
catalogue the action server holds in memory; the outage is logged once, without a stack trace.
(Whatever still fails inside an action gets the 12345 apology: tests/actions/test_guard.py.)"""
import uuid

import pytest
from sqlalchemy import create_engine, text

from knowledge_base.loader import load_catalogue
from knowledge_base.store import build, catalogue_checksum
from tests.conftest import API_TOKEN, POSTGRES_SERVER, SHIPPED_CATALOGUE, Client, running_servers

pytestmark = [pytest.mark.servers, pytest.mark.postgres]


def test_a_database_lost_mid_conversation_keeps_the_answers_coming(model_path, tmp_path):
    name = f"huzhou_kb_fault_{uuid.uuid4().hex[:8]}"
    admin = create_engine(f"{POSTGRES_SERVER}/postgres", isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    kb_url = f"{POSTGRES_SERVER}/{name}"
    try:
        build(load_catalogue(SHIPPED_CATALOGUE), kb_url, catalogue_checksum(SHIPPED_CATALOGUE))
        env = {"HUZHOU_KB_URL": kb_url, "HUZHOU_MODEL": str(model_path), "RASA_AUTH_TOKEN": API_TOKEN,
               "HUZHOU_TRACKER_URL": f"sqlite:///{tmp_path / 'tracker.sqlite3'}"}
        with running_servers(env, tmp_path / "servers.log") as servers:
            client = Client(servers.rasa_url, API_TOKEN)
            before = client.text("fault-db", "我是残疾人有什么补贴")
            assert "面向残疾人的服务" in before  # listed from the database
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            after = client.text("fault-db", "我是残疾人有什么补贴")
            again = client.text("fault-db", "重度残疾人护理补贴去哪里办")
            log = (tmp_path / "servers.log").read_text(encoding="utf-8")
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    assert after == before  # the same answer, from memory
    assert "民政局" in again and "Traceback" not in again and "Error" not in again
    action_log = [line for line in log.splitlines() if line.startswith("[actions]")]
    # no action failed (the database is asked only whether a newer build exists, at most every 30 s,
    # and its outage is then logged once: tests/knowledge_base/test_outage.py)
    assert not any("failed (" in line or "Traceback" in line for line in action_log)
