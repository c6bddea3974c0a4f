"""Classes of reading failures found in blind set 21 (answers_test15 and conversations_test16), each
fixed by a general rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from tests.bot.reading_support import values


# -- the question's word inside a longer word, denied after the whole word ------------------

@pytest.mark.parametrize("text", ["养老金也还没拿到过", "啥养老金都还没领过 我才五十八"])
def test_the_longer_word_denied_after_it(catalogue, text):
    assert values(catalogue, text, "receiving_basic_pension").get("receiving_basic_pension") is False


@pytest.mark.parametrize("text", ["养老金每个月拿的", "养老金一直在拿"])
def test_the_longer_word_not_denied_stays_a_yes(catalogue, text):
    assert values(catalogue, text, "receiving_basic_pension").get("receiving_basic_pension") is True


# -- one number or another, the second said with 满/已经 -------------------------------------

@pytest.mark.parametrize("text, span", [
    ("究竟六十四还是已经满六十五了 我自己也糊涂", (64, 65)),
    ("四十九还是满五十了 记不牢", (49, 50)),
])
def test_either_number_with_reached_is_a_range(catalogue, text, span):
    got = values(catalogue, text, "age").get("age")
    assert isinstance(got, dict) and (got["from"], got["to"]) == span


def test_a_reached_age_alone_unchanged(catalogue):
    assert values(catalogue, "已经满六十五了", "age").get("age") == 65


# -- a doubt of something else beside the number asked ---------------------------------------

def test_a_doubt_whether_it_stopped_leaves_the_years(catalogue):
    got = values(catalogue, "前后缴了十一二年 当中断没断过我讲不清", "pension_contribution_years")
    assert got.get("pension_contribution_years") == {"from": 11, "to": 12}


@pytest.mark.parametrize("text", ["缴了十五年 满没满我说不准", "交了十年 交没交够不知道"])
def test_a_doubt_of_the_number_itself_stays_unknown(catalogue, text):
    assert values(catalogue, text, "pension_contribution_years").get("pension_contribution_years") == "不知道"
