"""The answer reader's mechanisms added for issue #9's blind tables, each on
sentences of its own (not the tables' sentences): non-answers and "don't know",
questions asked back, negation scope, paraphrased options, persons, numbers."""
import pytest

from bot.reading import ALREADY_SAID, NOT_UNDERSTOOD, SIDE_QUESTION, read
from knowledge_base.eligibility import UNKNOWN
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def reading(catalogue, text, asked=None, known=None):
    return read(text, catalogue, asked, known or {})


@pytest.mark.parametrize("asked, text", [
    ("unemployment_registered", "办没办过我忘了"),            # A-not-A, then "I forgot"
    ("pension_contribution_years", "年限不详"),                # hotline: 不详
    ("has_able_supporter", "这事说起来是一笔糊涂账"),
    ("planning_pregnancy", "要不要孩子还没想好"),
    ("dibao_expense_surge", "多了多少我没仔细算过"),
    ("extreme_poverty_supported", "可能是吧，我也说不准"),        # a hedged yes with "not sure" is unknown
])
def test_dont_know_in_other_words_is_unknown(catalogue, asked, text):
    assert reading(catalogue, text, asked).values() == {asked: UNKNOWN}


@pytest.mark.parametrize("asked, text, kind", [
    ("dibao_household", "跟你说过好几遍了", ALREADY_SAID),
    ("hukou_place", "我一开始就讲了", ALREADY_SAID),
    ("has_labour_capacity", "这个指的是什么？", NOT_UNDERSTOOD),
    ("planning_pregnancy", "问得太绕了", NOT_UNDERSTOOD),
    ("training_group", "我一个都看不明白", NOT_UNDERSTOOD),
    ("income_below_dibao_line", "标准一个月是几块钱？", SIDE_QUESTION),
    ("income_below_housing_line", "是按月算还是按年算？", SIDE_QUESTION),
])
def test_non_answers(catalogue, asked, text, kind):
    result = reading(catalogue, text, asked)
    assert result.non_answer == kind and asked not in result.facts


@pytest.mark.parametrize("asked, text", [
    ("sudden_hardship", "老毛病住院算不算大病？"),
    ("involuntary_job_loss", "双方协商离职算不算自愿？"),
])
def test_a_case_asked_about_is_no_fact(catalogue, asked, text):
    result = reading(catalogue, text, asked)
    assert result.facts == {} and result.non_answer == SIDE_QUESTION


def test_already_said_with_the_answer_in_it(catalogue):
    result = reading(catalogue, "刚才不是说了六十五嘛", "age")
    assert result.values() == {"age": 65} and result.non_answer == ALREADY_SAID


def test_a_vague_amount_is_no_question(catalogue):
    result = reading(catalogue, "一下子多了好几千，实在扛不住", "dibao_expense_surge")
    assert result.values().get("dibao_expense_surge") is True and result.non_answer is None
