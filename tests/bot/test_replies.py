import pytest

from bot.replies import read_answer
from knowledge_base.eligibility import NOT_APPLICABLE, UNKNOWN


@pytest.fixture(scope="module")
def facts(kb):
    return kb.catalogue.facts


@pytest.mark.parametrize("key, text, intent, value", [
    ("has_disability_certificate", "有的", None, True),
    ("has_disability_certificate", "没有", None, False),
    ("has_disability_certificate", "好", "affirm", True),
    ("has_disability_certificate", "不太清楚", None, UNKNOWN),
    ("disability_grade", "二级", None, "二级"),
    ("disability_grade", "2级", None, "二级"),
    ("disability_grade", "肢体三级", None, "三级"),
    ("disability_grade", "没有残疾", None, "无残疾"),
    ("age", "七十", None, 70),
    ("age", "我今年68岁", None, 68),
    ("pension_contribution_years", "交了十五年", None, 15),
    ("child_situation", "孤儿", None, "孤儿"),
    ("child_situation", "都不是", None, "都不是"),
    ("employment_status", "已经退休了", None, "退休"),
])
def test_answers_read_into_values(facts, key, text, intent, value):
    assert read_answer(facts[key], text, intent) == (value, None)


def test_district_answers(kb, facts):
    read = lambda text: read_answer(facts["hukou_place"], text, resolve=kb.resolve_place)[0]  # noqa: E731
    assert read("长兴") == "长兴县"
    assert read("户口在织里") == "吴兴区"
    assert read("外地的") == "外地"
    assert read("火星") is None


def test_unreadable_answers_get_a_hint(facts):
    value, problem = read_answer(facts["age"], "很老了")
    assert value is None and "数字" in problem.hint
    value, problem = read_answer(facts["age"], "200")
    assert value is None and "好像不太对" in problem.hint
    value, problem = read_answer(facts["disability_grade"], "绿色")
    assert value is None and "一级" in problem.hint


def test_no_child_is_not_applicable_only_where_allowed(facts):
    assert read_answer(facts["child_age"], "没有孩子", allow_not_applicable=True) == (NOT_APPLICABLE, None)
    assert read_answer(facts["child_age"], "没有", allow_not_applicable=True) == (NOT_APPLICABLE, None)
    assert read_answer(facts["dibao_household"], "没有", allow_not_applicable=True) == (False, None)
