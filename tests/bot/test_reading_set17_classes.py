"""Classes of reading failures found in blind set 17 (answers_test11), each fixed by a general
rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from tests.bot.reading_support import values


# -- residents' own words for facts the catalogue had no phrase for ---------------------------

@pytest.mark.parametrize("asked, text, value", [
    ("has_local_housing", "这边一砖一瓦也没有，都是租人家的", False),
    ("has_local_housing", "我们每年租房子住", False),
    ("has_able_supporter", "儿子自己都下岗了，哪还管得了我", False),
    ("has_able_supporter", "女儿一家三口挤在出租房，哪顾得上我", False),
    ("other_hardship", "房子被收走了，一家人没处落脚", True),
    ("other_hardship", "现在是无家可归了", True),
    ("household_has_disabled", "我老伴是拿着证的", True),
    ("household_has_disabled", "家里没人拿了证", False),
    ("rural_housing", "房子是在宅基地上盖的", True),
    ("rural_housing", "住在村子里头", True),
    ("dibao_expense_surge", "孩子住院花了两万多，低保的钱根本补不上", True),
    ("needs_long_term_care", "起个床都要人搭手", True),
    ("needs_long_term_care", "翻个身都要人帮", True),
    ("only_one_child", "就一个独养女儿", True),
    ("sudden_hardship", "老公上个礼拜脑出血送医院了", True),
    ("involuntary_job_loss", "老板叫我滚蛋的", True),
    ("assets_within_local_rules", "存款啥也没有", True),
    ("assets_within_local_rules", "除了两间旧房子啥都没有", True),
])
def test_words_residents_use(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) is value


@pytest.mark.parametrize("asked, text, wrong", [
    ("has_local_housing", "房子是我自己的，年年有人想租", False),  # rented out, not rented
    ("has_able_supporter", "儿子对我好得很，什么都顾得上我", False),
    ("household_has_disabled", "老头子没办证", True),
    ("involuntary_job_loss", "我自己不想干就滚蛋了", True),
    ("assets_within_local_rules", "除了房子还有两辆车", True),
])
def test_words_residents_use_not_caught(catalogue, asked, text, wrong):
    assert values(catalogue, text, asked).get(asked) is not wrong


# -- "除了X，啥也没有": the no is of everything besides X, X is not denied ------------------------

@pytest.mark.parametrize("text", [
    "除了老屋，啥也没有",
    "除了老屋啥也没有",
    "除了住的那间，啥都没有",
    "除了这套旧房子，什么都没了",
])
def test_nothing_besides_the_home_is_within_the_rules(catalogue, text):
    assert values(catalogue, text, "assets_within_local_rules").get("assets_within_local_rules") is True


def test_besides_the_home_something_more_is_not_within(catalogue):
    got = values(catalogue, "除了老屋还有一套商品房在出租", "assets_within_local_rules")
    assert got.get("assets_within_local_rules") is not True
