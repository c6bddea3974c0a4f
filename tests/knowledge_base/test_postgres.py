"""The same catalogue in PostgreSQL (production), on the real server at 127.0.0.1:5432."""
import pytest

from knowledge_base import KnowledgeBase
from knowledge_base.loader import load_catalogue
from knowledge_base.store import build, catalogue_checksum
from tests.conftest import SHIPPED_CATALOGUE, throwaway_postgres

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url():
    with throwaway_postgres("huzhou_kb_test") as url:
        yield url


def test_build_and_query_in_postgres(pg_url):
    catalogue = load_catalogue(SHIPPED_CATALOGUE)
    build(catalogue, pg_url, catalogue_checksum(SHIPPED_CATALOGUE))
    kb = KnowledgeBase(pg_url)
    try:
        assert len(kb.catalogue.services) == len(catalogue.services)
        assert kb.search("底保")[0].service.id == "minimum_living_allowance"
        assert {s.id for s in kb.services(section="3.3")} >= {"severe_disability_care_subsidy"}
        assert kb.evaluate("severe_disability_care_subsidy", {"disability_grade": "二级"}).next_fact == \
            "has_disability_certificate"
        criteria = kb.service("extreme_poverty_support").criteria
        assert criteria[0].any_of, "nested criteria survive the round trip"
    finally:
        kb.dispose()


def test_failed_rebuild_in_postgres_rolls_back(pg_url, monkeypatch):
    catalogue = load_catalogue(SHIPPED_CATALOGUE)
    build(catalogue, pg_url, "first")
    from knowledge_base import store

    def broken_write(session, catalogue, checksum):
        session.add(store.m.SourceRow(key="outline", title="x", kind="x"))
        session.flush()
        raise RuntimeError("the disk filled up half way")

    monkeypatch.setattr(store, "_write", broken_write)
    with pytest.raises(RuntimeError):
        build(catalogue, pg_url, "second")
    monkeypatch.undo()
    kb = KnowledgeBase(pg_url)
    try:
        assert len(kb.catalogue.services) == len(catalogue.services)
    finally:
        kb.dispose()


def test_running_reader_sees_a_rebuild(pg_url):
    catalogue = load_catalogue(SHIPPED_CATALOGUE)
    build(catalogue, pg_url, "first")
    kb = KnowledgeBase(pg_url, refresh_seconds=0)
    try:
        first = kb._build_key
        build(catalogue, pg_url, "second")
        kb.service("minimum_living_allowance")  # any read checks for a newer build
        assert kb._build_key != first
    finally:
        kb.dispose()
