"""Classes of reading failures found in blind set 19 (answers_test13), each fixed by a general
rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from tests.bot.reading_support import values


# -- negation over a list of one fact's words, and a negator that belongs to a verb ----------

@pytest.mark.parametrize("asked, text, value", [
    ("has_income_source", "退休金工资一样都不沾", False),
    ("has_income_source", "养老金和工资样样都没有", False),
    ("receiving_basic_pension", "从来没拿过啥养老金", False),
    ("dibao_household", "家里从来不曾吃过国家的低保", False),
    ("dibao_household", "我们未曾领过低保", False),
])
def test_a_denial_over_a_list_or_a_verb(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) is value


@pytest.mark.parametrize("asked, text, wrong", [
    ("has_income_source", "工资养老金都有", False),
    ("has_income_source", "养老金每月一千多", False),
    ("dibao_household", "低保吃了两年了", False),
])
def test_a_denial_over_a_list_not_caught(catalogue, asked, text, wrong):
    assert values(catalogue, text, asked).get(asked) is not wrong


def test_not_having_finished_school_then_leaving_is_no_student(catalogue):
    assert values(catalogue, "职高没念完就出去打工了", "is_student").get("is_student") is False


def test_still_at_school_stays_a_student(catalogue):
    assert values(catalogue, "还在念职高", "is_student").get("is_student") is True


# -- the question's words, then never done -----------------------------------------------------

@pytest.mark.parametrize("text", ["单位那种养老一直没交过", "职工那个养老从来没缴过"])
def test_the_question_words_then_never_paid(catalogue, text):
    assert values(catalogue, text, "covered_by_employee_pension").get("covered_by_employee_pension") is False


def test_the_question_words_paid_stays_yes(catalogue):
    got = values(catalogue, "职工社保单位一直在交", "covered_by_employee_pension")
    assert got.get("covered_by_employee_pension") is not False


# -- far below the line: 连…一半都没有, 早就不够 -------------------------------------------------

@pytest.mark.parametrize("text", ["平均下来连低保那个数的一半都不到", "钱根本不够用", "一个月几百块，早就不够了"])
def test_far_below_the_line(catalogue, text):
    assert values(catalogue, text, "income_below_dibao_line").get("income_below_dibao_line") is True


@pytest.mark.parametrize("text", ["比低保线高一点", "超过了"])
def test_above_the_line_not_caught(catalogue, text):
    assert values(catalogue, text, "income_below_dibao_line").get("income_below_dibao_line") is not True
