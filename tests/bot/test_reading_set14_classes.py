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
