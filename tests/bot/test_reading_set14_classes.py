"""Classes of reading failures found on blind set 14 (tests/data/answers_test8.jsonl), each fixed
by a general rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def values(catalogue, text, asked=None, known=None):
    return read(text, catalogue, asked, known).values()


# -- the two wrong not-met readings -------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # "没到/没达到/到不了 the line": below it, not a denial of being below
    ("收入没到低保标准", True),
    ("一家人算下来，人均没达到那个标准", True),
    ("我们人均到不了低保线", True),
    ("收入没有到低保标准", True),
    # near-misses that must not change
    ("收入不到低保标准", True),
    ("收入超过低保标准了", False),
    ("比低保线高一点", False),
])
def test_not_reaching_the_line_is_below_it(catalogue, text, value):
    assert values(catalogue, text, "income_below_dibao_line").get("income_below_dibao_line") is value


@pytest.mark.parametrize("text, age", [
    # "申请人是X": whose age is asked, whatever the resident adds of their own
    ("申请人是我爸，他七十二了，我四十五", 72),
    ("申请对象是我奶奶，她九十一，我今年四十", 91),
    ("申请人是我妈，今年六十六，我三十八", 66),
    # near-miss: the resident is the applicant
    ("申请人是我自己，我五十八，我妈八十", 58),
    ("我五十八，我妈八十", 58),
])
def test_the_named_applicant_owns_the_age(catalogue, text, age):
    assert values(catalogue, text, "age").get("age") == age


# -- dialect and typos --------------------------------------------------------------------------

@pytest.mark.parametrize("asked, text, key, value", [
    # 极/及 for 级 after a grade's numeral; 宝险 for 保险; 独身子女 for 独生子女
    ("disability_grade", "残疾证上是三极", "disability_grade", "三级"),
    ("disability_grade", "一及的", "disability_grade", "一级"),
    ("only_child_lost", "我们那个独身子女去年生病走了", "only_child_lost", True),
    ("unemployment_contribution_years", "失业宝险交了三年", "unemployment_contribution_years", 3),
])
def test_typos_of_grades_insurance_and_only_child(catalogue, asked, text, key, value):
    assert values(catalogue, text, asked).get(key) == value


def test_typo_repairs_leave_real_words_alone(catalogue):
    # near-misses: 及时 is no grade, 独身 alone is no only child
    assert "disability_grade" not in values(catalogue, "一及时就去办了", "disability_grade")
    assert "only_child_lost" not in values(catalogue, "我一直独身，没结婚")
    # the insurance is not a training group ("失业宝险" was read as 失业人员)
    assert "training_group" not in values(catalogue, "失业宝险缴了三年", "unemployment_contribution_years")


@pytest.mark.parametrize("text, age", [
    # an age to come beside the age now: the age now
    ("阿拉明年就七十哉，现在还是六十九", 69),
    ("过完年就五十五了，眼下还是五十四", 54),
    ("现在六十九，明年就七十", 69),
    # near-misses: one age, said plainly
    ("现在六十八", 68),
    ("今年五十九，明年满六十", 59),
])
def test_the_age_now_not_the_age_to_come(catalogue, text, age):
    assert values(catalogue, text, "age").get("age") == age
