"""The shipped catalogue: complete, sourced, and loadable into SQL."""
import json
import subprocess
import sys

from knowledge_base.loader import load_catalogue
from tests.conftest import REPO_ROOT, SHIPPED_CATALOGUE


def test_catalogue_covers_every_section_with_enough_services():
    catalogue = load_catalogue(SHIPPED_CATALOGUE)
    assert len(catalogue.sections) == 32
    assert len(catalogue.services) >= 110
    assert {s.section for s in catalogue.services} == set(catalogue.sections)
    assert {s.domain for s in catalogue.services} == set(range(1, 9))


def test_every_service_has_agency_current_name_and_sources():
    catalogue = load_catalogue(SHIPPED_CATALOGUE)
    for s in catalogue.services:
        section = catalogue.sections[s.section]
        assert s.agency in section.agencies, s.id
        assert s.agency_current, s.id
        assert s.citations(), s.id
        for statement in s.statements().values():
            assert statement.source.source in catalogue.sources, (s.id, statement)


# The services issue 3 names, which must carry eligibility criteria as data.
SCREENED = [
    "preschool_financial_aid", "compulsory_school_enrolment", "migrant_children_enrolment", "public_rental_housing",
    "rural_dilapidated_housing_renovation", "minimum_living_allowance", "extreme_poverty_support",
    "medical_assistance", "temporary_assistance", "disabled_living_subsidy", "severe_disability_care_subsidy",
    "disabled_insurance_subsidy", "resident_basic_pension", "unemployment_insurance_benefit",
    "employment_assistance", "vocational_skills_training", "family_planning_special_assistance",
    "free_preconception_checkup",
]


def test_criteria_exist_for_the_services_the_issue_names():
    catalogue = load_catalogue(SHIPPED_CATALOGUE)
    for sid in SCREENED:
        service = catalogue.service(sid)
        assert service is not None and service.criteria, sid
        for c in service.criteria:
            assert c.label and c.source, (sid, c.id)


def test_no_phone_number_outside_the_public_hotlines():
    """Truth: the only numbers in the catalogue are the public hotlines."""
    import re

    catalogue = load_catalogue(SHIPPED_CATALOGUE)
    for s in catalogue.services:
        for statement in s.statements().values():
            for number in re.findall(r"(?:拨打|电话|热线)\D{0,6}?(\d{3,})", statement.text):
                assert number in catalogue.hotlines, (s.id, number)
            assert not re.search(r"https?://|www\.", statement.text), s.id
            assert not re.search(r"\d{7,}", statement.text), s.id


def test_build_then_export_jsonl(tmp_path):
    url = f"sqlite:///{tmp_path / 'kb.sqlite3'}"
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "knowledge_base", *args], cwd=REPO_ROOT, capture_output=True, text=True
    )
    built = run("build", "--url", url)
    assert built.returncode == 0, built.stderr
    exported = run("export", "--format", "jsonl", "--url", url)
    assert exported.returncode == 0, exported.stderr
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(rows) >= 110
    assert len({r["section"] for r in rows}) == 32
    for r in rows:
        for field in ("id", "name", "aliases", "domain", "section", "agency", "agency_current",
                      "target_group", "content", "criteria", "sources"):
            assert field in r, field
        assert r["agency"] and r["sources"]
    dibao = next(r for r in rows if r["id"] == "minimum_living_allowance")
    assert "底保" in dibao["aliases"]
    assert any("社会救助暂行办法" in s for s in dibao["sources"])
    assert all("question" in c or "any_of" in c for c in dibao["criteria"])


def test_the_one_district_list_in_code_is_the_catalogues():
    from knowledge_base.types import HUZHOU_DISTRICTS

    places = load_catalogue(SHIPPED_CATALOGUE).places
    assert tuple(p.name for p in places if p.kind in ("district", "county")) == HUZHOU_DISTRICTS
