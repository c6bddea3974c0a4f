"""The knowledge base when its database is gone: "cannot connect" is not "not built", and a
running reader keeps answering from the catalogue it holds (on the real PostgreSQL server)."""
import logging

import pytest
from sqlalchemy import create_engine, text

from knowledge_base import CatalogueMissing, CatalogueUnreachable, KnowledgeBase
from knowledge_base.loader import load_catalogue
from knowledge_base.store import build, catalogue_checksum
from tests.conftest import POSTGRES_SERVER, SHIPPED_CATALOGUE, throwaway_postgres

pytestmark = pytest.mark.postgres


def test_an_unreachable_server_is_not_reported_as_an_unbuilt_knowledge_base():
    with pytest.raises(CatalogueUnreachable, match="cannot connect"):
        KnowledgeBase("postgresql+psycopg2://postgres@127.0.0.1:1/huzhou")  # nothing listens on port 1


def test_an_empty_database_is_reported_as_not_built(tmp_path):
    with pytest.raises(CatalogueMissing, match="has not been built") as raised:
        KnowledgeBase(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert not isinstance(raised.value, CatalogueUnreachable)


def test_a_running_reader_answers_from_memory_while_the_database_is_gone(caplog):
    with throwaway_postgres("huzhou_outage") as url:
        build(load_catalogue(SHIPPED_CATALOGUE), url, catalogue_checksum(SHIPPED_CATALOGUE))
        kb = KnowledgeBase(url, refresh_seconds=0)
        name = url.rsplit("/", 1)[1]
        admin = create_engine(f"{POSTGRES_SERVER}/postgres", isolation_level="AUTOCOMMIT", future=True)
        try:
            before = [s.id for s in kb.services(section="3.3")]
            with admin.connect() as c:  # the database goes away under the running reader
                c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            with caplog.at_level(logging.WARNING, logger="knowledge_base.repository"):
                assert kb.service("severe_disability_care_subsidy") is not None
                assert [s.id for s in kb.services(section="3.3")] == before
                assert kb.search("底保")[0].service.id == "minimum_living_allowance"
                assert kb.evaluate("severe_disability_care_subsidy", {"disability_grade": "二级"}).next_fact
            assert sum("unreachable" in r.getMessage() for r in caplog.records) == 1  # logged once, not per lookup
        finally:
            kb.dispose()
            admin.dispose()
