"""Classes of reading failures found in the twelfth session's conversations, each fixed by a general
rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from tests.bot.reading_support import values


# -- 来 after a round number is about that number, a little either side, at its own scale ---------

@pytest.mark.parametrize("text, asked, key, low, high", [
    ("两千来块", "household_monthly_income", "household_monthly_income", 2000, 2300),
    ("一个月三千来块钱", "household_monthly_income", "household_monthly_income", 3000, 3300),
    ("三十来岁", "age", "age", 30, 33),
])
def test_lai_is_about_the_figure_at_its_scale(catalogue, text, asked, key, low, high):
    assert values(catalogue, text, asked).get(key) == {"from": low, "to": high}


# -- the one a household lives on is no household of one -------------------------------------

@pytest.mark.parametrize("text", ["家里就靠我一个人", "全家都靠他一个人", "现在就靠着老公一个人"])
def test_the_one_the_household_lives_on_is_not_its_size(catalogue, text):
    assert "household_size" not in values(catalogue, text, "household_size")


@pytest.mark.parametrize("text", ["家里就我一个人", "就我一个人过"])
def test_a_household_of_one_is_still_read(catalogue, text):
    assert values(catalogue, text, "household_size").get("household_size") == 1


# -- a child's situation: a household rated in hardship, and hardship denied -------------------

@pytest.mark.parametrize("text", ["村里给评了困难户", "她爸病了两年 家里就靠我一个人 村里给评了困难户", "我们是低保户"])
def test_a_household_rated_in_hardship_is_the_childs_hardship(catalogue, text):
    assert values(catalogue, text, "child_situation").get("child_situation") == "家庭经济困难"


@pytest.mark.parametrize("text", ["说困难也谈不上，也不是孤儿，孩子身体好好的", "困难倒算不上", "谈不上困难"])
def test_hardship_denied_is_none_of_them(catalogue, text):
    assert values(catalogue, text, "child_situation").get("child_situation") == "都不是"


@pytest.mark.parametrize("text", ["不是困难户", "我们不是低保户"])
def test_hardship_status_denied_is_no_hardship_read(catalogue, text):
    assert values(catalogue, text, "child_situation").get("child_situation") != "家庭经济困难"
