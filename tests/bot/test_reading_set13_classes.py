"""Classes of reading failures found on blind set 13 (tests/data/answers_test7.jsonl), each fixed
by a general rule and checked with several phrasings and a case the rule must not catch."""
import pytest

from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def values(catalogue, text, asked=None):
    return read(text, catalogue, asked).values()


# -- the four wrong not-met readings ------------------------------------------------------------

@pytest.mark.parametrize("asked, text, key, value", [
    # neither … nor: "没A也没B" — the second 没 denies B, it does not deny A a second time
    ("has_income_source", "一分钱进账都没有，没退休金也没人贴补", "has_income_source", False),
    ("has_income_source", "没工资也没人给钱", "has_income_source", False),
    ("receiving_basic_pension", "没退休金也没别的收入", "receiving_basic_pension", False),
    # … and a phrase denied after it still is ("退休金也没有")
    ("has_income_source", "收入也没有", "has_income_source", False),
    ("receiving_basic_pension", "退休金也没有", "receiving_basic_pension", False),
])
def test_neither_nor_is_not_a_double_negation(catalogue, asked, text, key, value):
    assert values(catalogue, text, asked).get(key) is value


@pytest.mark.parametrize("asked, text, key, value", [
    # a topic, then "那种" and "我是没有的": the negator after the topic denies it
    ("receiving_basic_pension", "退休工资那种我是没有的", "receiving_basic_pension", False),
    ("receiving_basic_pension", "退休金那种是没有的", "receiving_basic_pension", False),
    ("covered_by_employee_pension", "单位从来没给我交过职工社保，个体户那种我也没交", "covered_by_employee_pension", False),
    ("receiving_basic_pension", "退休工资我是有的", "receiving_basic_pension", True),  # not denied
])
def test_a_topic_then_that_kind_i_have_none(catalogue, asked, text, key, value):
    assert values(catalogue, text, asked).get(key) is value


def test_what_ever_then_a_negation_is_none_at_all(catalogue):
    # "什么X都还没…": none at all (X up to six characters), not "which X"
    assert values(catalogue, "什么养老待遇都还没开始领", "receiving_basic_pension").get("receiving_basic_pension") is False
    assert read("什么材料都不用带吗", catalogue, "receiving_basic_pension").asks  # still a question


@pytest.mark.parametrize("asked, text, value", [
    # someone else's clause is not echoed as the resident's answer when she speaks of herself
    ("covered_by_employee_pension", "我老公厂里有交社保，我是家庭主妇没人给我交", False),
    ("covered_by_employee_pension", "我老公单位有养老保险，我是在家带孩子的", None),
    ("covered_by_employee_pension", "养老保险有的", True),  # the resident's own: still read
])
def test_another_persons_clause_is_not_echoed(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) is value


@pytest.mark.parametrize("asked, text, value", [
    ("covered_by_employee_pension", "没人给我交", False),
    ("covered_by_employee_pension", "单位一直给我交的", True),
    ("income_below_housing_line", "社区核过，她家收入财产都没超线", True),  # not over the line: below it
    ("income_below_housing_line", "收入超线了", False),
    ("income_below_dibao_line", "没超标", True),
    ("income_below_dibao_line", "超标了一点", False),
])
def test_word_lists_paid_for_me_and_over_the_line(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) is value
