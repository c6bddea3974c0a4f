"""Bad catalogue files stop the build with a message naming file, record and
field, and the database that was there keeps answering."""
import re
import subprocess
import sys

import pytest

from knowledge_base import KnowledgeBase
from knowledge_base.loader import CatalogueError, load_catalogue
from tests.conftest import REPO_ROOT


def _edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _problems(root):
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(root)
    return [str(p) for p in caught.value.problems]


def test_unknown_section(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", 'section: "1.3"', 'section: "9.9"')
    problems = _problems(catalogue_copy)
    assert any("services/01_education.yml" in p and "field 'section'" in p and "9.9" in p for p in problems)


def test_missing_agency(catalogue_copy):
    path = catalogue_copy / "services/01_education.yml"
    text = path.read_text(encoding="utf-8")
    block = text.split("- id: kindergarten_enrolment", 1)[1]
    path.write_text(text.replace("- id: kindergarten_enrolment" + block,
                                 "- id: kindergarten_enrolment" + block.replace("    agency: 市教育局\n", "", 1)),
                    encoding="utf-8")
    problems = _problems(catalogue_copy)
    assert any("'kindergarten_enrolment'" in p and "field 'agency'" in p and "missing" in p for p in problems)


def test_agency_not_named_by_the_outline_for_that_section(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", "    agency: 市教育局", "    agency: 市民政局")
    problems = _problems(catalogue_copy)
    assert any("field 'agency'" in p and "市民政局" in p and "1.1" in p for p in problems)


def test_broken_rule(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", "rule: {ge: 3, le: 6}", "rule: {ge: 三岁}")
    problems = _problems(catalogue_copy)
    assert any("'kindergarten_enrolment'" in p and "criteria[1].rule.ge" in p for p in problems)


def test_rule_that_does_not_fit_its_fact(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", "rule: {in: [家庭经济困难, 孤儿, 残疾儿童]}",
          "rule: {in: [家庭经济困难, 富裕家庭]}")
    problems = _problems(catalogue_copy)
    assert any("'富裕家庭' is not an option of 'child_situation'" in p for p in problems)


def test_duplicate_id(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", "- id: preschool_financial_aid", "- id: kindergarten_enrolment")
    problems = _problems(catalogue_copy)
    assert any("duplicate id" in p and "kindergarten_enrolment" in p for p in problems)


def test_malformed_yaml(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", "    name: 普惠性幼儿园入园", "    name: [普惠性幼儿园入园")
    problems = _problems(catalogue_copy)
    assert any(p.startswith("services/01_education.yml: malformed YAML at line") for p in problems)


def test_duplicate_key_is_not_silently_overwritten(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", "    name: 普惠性幼儿园入园\n",
          "    name: 普惠性幼儿园入园\n    name: 幼儿园\n")
    problems = _problems(catalogue_copy)
    assert any("duplicate key 'name'" in p for p in problems)


def test_unknown_source_and_unknown_fact(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", "source: kindergarten_work_rules",
          "source: some_blog_post")
    _edit(catalogue_copy / "services/01_education.yml", "fact: child_situation", "fact: child_mood")
    problems = _problems(catalogue_copy)
    assert any("unknown source 'some_blog_post'" in p for p in problems)
    assert any("unknown fact 'child_mood'" in p for p in problems)


def test_invented_phone_number_is_refused(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", "hotlines: [\"12348\"]", "hotlines: [\"2345678\"]")
    problems = _problems(catalogue_copy)
    assert any("2345678 is not a public hotline" in p for p in problems)


def test_alias_shared_by_two_services(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", "aliases: [幼儿园资助,", "aliases: [上幼儿园, 幼儿园资助,")
    problems = _problems(catalogue_copy)
    assert any("'上幼儿园' is also a name or alias of 'kindergarten_enrolment'" in p for p in problems)


def test_failed_build_leaves_the_old_database_answering(catalogue_copy, tmp_path):
    url = f"sqlite:///{tmp_path / 'kb.sqlite3'}"
    build = lambda: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "knowledge_base", "build", "--catalogue", str(catalogue_copy), "--url", url],
        cwd=REPO_ROOT, capture_output=True, text=True,
    )
    assert build().returncode == 0
    before = (tmp_path / "kb.sqlite3").read_bytes()
    _edit(catalogue_copy / "services/01_education.yml", 'section: "1.3"', 'section: "9.9"')
    failed = build()
    assert failed.returncode == 1
    assert "field 'section'" in failed.stderr and "left as it was" in failed.stderr
    assert (tmp_path / "kb.sqlite3").read_bytes() == before
    kb = KnowledgeBase(url)
    assert kb.service("kindergarten_enrolment").section == "1.3"
    assert kb.search("幼儿园")[0].service.id == "kindergarten_enrolment"
    assert not list(tmp_path.glob(".kb.sqlite3.*.tmp"))
    kb.dispose()


def test_check_command_reports_every_problem(catalogue_copy):
    _edit(catalogue_copy / "services/01_education.yml", 'section: "1.3"', 'section: "9.9"')
    _edit(catalogue_copy / "services/01_education.yml", "- id: preschool_financial_aid", "- id: Bad-Id")
    result = subprocess.run([sys.executable, "-m", "knowledge_base", "check", "--catalogue", str(catalogue_copy)],
                            cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert re.search(r"catalogue is invalid \(\d+ problem", result.stderr)
    assert "9.9" in result.stderr and "Bad-Id" in result.stderr


def test_a_condition_that_sends_to_ask_must_say_why(catalogue_copy):
    path = catalogue_copy / "services/02_employment.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("        otherwise: consult\n        note:\n          text: 超过一年也不一定过了时效")
    end = text.index("\n        source: labour_dispute_law#第二十七条\n", start) + 1
    path.write_text(text[:start] + "        otherwise: consult\n" + text[end:], encoding="utf-8")
    problems = _problems(catalogue_copy)
    assert any("services/02_employment.yml" in p and "note" in p and "says why" in p for p in problems)


def test_residents_words_are_checked_against_the_fact_type(catalogue_copy):
    _edit(catalogue_copy / "facts.yml", "    unit: 周岁\n    min: 0\n    max: 120\n",
          "    unit: 周岁\n    min: 0\n    max: 120\n    says:\n      positive: [老了]\n")
    problems = _problems(catalogue_copy)
    assert any("facts.yml" in p and "'age'" in p and "says.positive" in p for p in problems)


def test_where_to_apply_is_hukou_or_residence(catalogue_copy):
    _edit(catalogue_copy / "services/03_social_security.yml",
          "apply_at: {where: hukou, source: social_assistance_measures#第十一条}",
          "apply_at: {where: anywhere, source: social_assistance_measures#第十一条}")
    problems = _problems(catalogue_copy)
    assert any("apply_at.where" in p for p in problems)


def test_number_fact_without_its_range_is_reported_not_a_crash(catalogue_copy):
    # Criteria on the fact compare their thresholds with its range: a missing min was a TypeError (found by mypy).
    _edit(catalogue_copy / "facts.yml", "    unit: 周岁\n    min: 0\n", "    unit: 周岁\n")
    problems = _problems(catalogue_copy)
    assert any("facts.yml" in p and "'age'" in p and "min/max" in p for p in problems)
