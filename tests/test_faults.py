"""Faults of the running assistant: the knowledge base's database disappears mid-conversation
(the real PostgreSQL: DROP DATABASE … WITH (FORCE)) and the resident gets the 12345 apology."""
import uuid

import pytest
from sqlalchemy import create_engine, text

from knowledge_base.loader import load_catalogue
from knowledge_base.store import build, catalogue_checksum
from tests.conftest import API_TOKEN, POSTGRES_SERVER, SHIPPED_CATALOGUE, Client, running_servers

pytestmark = [pytest.mark.servers, pytest.mark.postgres]


def test_a_database_lost_mid_conversation_gets_the_hotline_not_silence(model_path, tmp_path):
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
            log = (tmp_path / "servers.log").read_text(encoding="utf-8")
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    assert "12345" in after and "抱歉" in after
    assert "Traceback" not in after and "Error" not in after
    action_log = [line for line in log.splitlines() if line.startswith("[actions]")]
    assert any("failed (OperationalError" in line for line in action_log)
    assert not any("Traceback" in line for line in action_log)  # INFO level: one line, no stack
