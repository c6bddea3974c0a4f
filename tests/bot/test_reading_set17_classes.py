"""Classes of reading failures found in blind set 17 (answers_test11), each fixed by a general
rule and checked with phrasings of our own and cases the rule must not catch."""
import datetime

import pytest

from bot import clock
from bot.reading import implied, read
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


# -- ages and dates of the calendar said around the figure ---------------------------------------

@pytest.mark.parametrize("day, text, age", [
    (datetime.date(2026, 12, 5), "七三年春天出生的", 53),  # the whole season is past
    (datetime.date(2026, 6, 10), "七三年秋天出生的", 52),  # the whole season is to come
    (datetime.date(2026, 6, 10), "七三年春上生的", 53),
])
def test_a_season_of_the_birth_year_decides_the_age(catalogue, day, text, age):
    with clock.fixed(day):
        assert values(catalogue, text, "age").get("age") == age


@pytest.mark.parametrize("day, text", [
    (datetime.date(2026, 6, 10), "七三年夏天生的"),  # June is in it: either age
    (datetime.date(2026, 12, 5), "七三年冬天生的"),  # winter spans two years
])
def test_a_season_that_holds_today_stays_a_range(catalogue, day, text):
    with clock.fixed(day):
        assert isinstance(values(catalogue, text, "age").get("age"), dict)


@pytest.mark.parametrize("text, age", [
    ("虚岁六十一，实足年龄五十九", 59),
    ("足岁五十九，虚岁六十一", 59),
])
def test_the_full_age_beside_the_nominal_one_is_the_age(catalogue, text, age):
    assert values(catalogue, text, "age").get("age") == age


def test_a_nominal_age_alone_stays_a_range(catalogue):
    assert isinstance(values(catalogue, "虚岁六十一", "age").get("age"), dict)


@pytest.mark.parametrize("text, age", [
    ("再过两个月就满四周岁", 3),
    ("还差十来天满三岁", 2),
    ("还有一个礼拜满五岁", 4),
])
def test_an_age_still_to_be_reached_is_one_less(catalogue, text, age):
    assert values(catalogue, text, "child_age").get("child_age") == age


def test_an_age_reached_with_a_birthday_to_come_is_that_age(catalogue):
    assert values(catalogue, "已经满三岁了，还有两个月过生日", "child_age").get("child_age") == 3


def test_the_last_day_of_a_month_is_a_date(catalogue):
    with clock.fixed(datetime.date(2026, 12, 5)):
        assert values(catalogue, "今年八月的最后一天被辞退的", "days_since_rights_infringed")[
            "days_since_rights_infringed"] == 96
        got = values(catalogue, "这个月的最后一天合同到期", "days_since_rights_infringed")
    assert got.get("days_since_rights_infringed") != 1  # 最后一天 is no span of one day


# -- Wu words: 号头 a month, 被…回头 dismissed, 老版 the boss ------------------------------------

def test_wu_month_and_dismissal(catalogue):
    with clock.fixed(datetime.date(2026, 12, 5)):
        assert values(catalogue, "上个号头十号摔的", "days_since_injury")["days_since_injury"] == 25
        got = values(catalogue, "这个号头三号被老板回头了", "days_since_rights_infringed")
    assert got["days_since_rights_infringed"] == 2 and got["involuntary_job_loss"] is True
    assert values(catalogue, "被公司回头了", "involuntary_job_loss")["involuntary_job_loss"] is True
    assert values(catalogue, "老版叫我明天别来了", "involuntary_job_loss")["involuntary_job_loss"] is True


@pytest.mark.parametrize("asked, text, key", [
    ("involuntary_job_loss", "回头再说吧", "involuntary_job_loss"),
    ("involuntary_job_loss", "老版叫我明天别来了", "has_disability_certificate"),
])
def test_wu_words_not_caught(catalogue, asked, text, key):
    assert key not in values(catalogue, text, asked)


def test_an_old_card_is_still_an_old_card(catalogue):
    got = values(catalogue, "我的是老版的证", "has_disability_certificate")
    assert got["has_disability_certificate"] is False


# -- whose figure: the resident's own beside another's, an age told as a gap, 她自己 -------------

@pytest.mark.parametrize("text, years", [
    ("我交了十二年，老婆交了五年", 12),
    ("我老伴交了八年，我交了十六年", 16),
])
def test_the_residents_own_years_stand(catalogue, text, years):
    got = values(catalogue, text, "pension_contribution_years", {"age": 61})
    assert got["pension_contribution_years"] == years


def test_anothers_years_alone_are_still_read(catalogue):
    assert values(catalogue, "老头子交了十五年", "pension_contribution_years")["pension_contribution_years"] == 15


@pytest.mark.parametrize("text, age", [
    ("我五十整，孩子妈比我小两岁", 48),
    ("我四十八，老婆大我一岁", 49),
    ("我今年六十，孩子他妈小我足足五岁", 55),
])
def test_her_age_told_from_the_residents(catalogue, text, age):
    got = values(catalogue, text, "woman_age")
    assert got["woman_age"] == age
    assert got.get("age") not in (1, 2, 5)  # the gap is no one's age


def test_her_own_age_said_is_hers(catalogue):
    assert values(catalogue, "我今年四十五", "woman_age")["woman_age"] == 45


@pytest.mark.parametrize("text, grade", [
    ("她爸是一级，她自己是三级", "三级"),
    ("他妈是二级，他自己是四级", "四级"),
])
def test_the_pronoun_with_self_is_whose_parent_was_named(catalogue, text, grade):
    assert values(catalogue, text, "disability_grade")["disability_grade"] == grade


def test_the_pronoun_alone_after_her_father_is_not_read_as_hers(catalogue):
    assert values(catalogue, "她爸是一级，她是三级", "disability_grade").get("disability_grade") != "一级"


# -- a year of the 2020s said in two figures is a year, not a count ------------------------------

@pytest.mark.parametrize("text, span", [
    ("二四年过来的", {"from": 1, "to": 2}),
    ("二五年来的", {"from": 0, "to": 1}),
])
def test_a_year_of_the_twenties(catalogue, text, span):
    with clock.fixed(datetime.date(2026, 12, 5)):
        assert values(catalogue, text, "local_work_years")["local_work_years"] == span


def test_a_child_born_in_a_year_of_the_twenties(catalogue):
    with clock.fixed(datetime.date(2026, 12, 5)):
        assert values(catalogue, "二四年三月生的", "child_age")["child_age"] == 2


@pytest.mark.parametrize("text", ["二八年来的", "二三年来的"])
def test_no_year_to_come_nor_two_or_three_read_as_a_big_count(catalogue, text):
    with clock.fixed(datetime.date(2026, 12, 5)):
        got = values(catalogue, text, "local_work_years").get("local_work_years")
    assert got is None or isinstance(got, dict) and got["to"] <= 3


# -- a place denied after it is named; work and money told in other words ------------------------

@pytest.mark.parametrize("text", [
    "湖州这边也不住",
    "在湖州不住",
    "他爸在嘉兴上班，湖州那边没住过",
])
def test_huzhou_denied_after_it_is_named(catalogue, text):
    assert values(catalogue, text, "works_or_lives_in_huzhou")["works_or_lives_in_huzhou"] is False


@pytest.mark.parametrize("text", ["湖州不住，但是在湖州上班", "在湖州住"])
def test_huzhou_not_denied(catalogue, text):
    assert values(catalogue, text, "works_or_lives_in_huzhou")["works_or_lives_in_huzhou"] is True


def test_a_district_denied_is_not_where_one_lives(catalogue):
    assert values(catalogue, "吴兴不住了，搬到南浔了", "residence_place")["residence_place"] == "南浔区"


@pytest.mark.parametrize("text, total", [
    ("三口人，收入合起来四千", 4000),
    ("一家人加在一起一个月六千", 6000),
])
def test_a_household_income_said_as_put_together(catalogue, text, total):
    assert values(catalogue, text, "household_size")["household_monthly_income"] == total


def test_outside_hukou_and_years_of_work_here_is_a_migrant_worker():
    assert implied({"hukou_place": "外地", "local_work_years": 3})["migrant_worker"] is True
    assert implied({"hukou_place": "外地", "local_work_years": {"from": 1, "to": 2}})["migrant_worker"] is True
    assert "migrant_worker" not in implied({"hukou_place": "外地", "local_work_years": 0})
    assert "migrant_worker" not in implied({"hukou_place": "外地"})


@pytest.mark.parametrize("text, span", [
    ("来湖州第四年了", {"from": 3, "to": 4}),
    ("在这边干到第三个年头了", {"from": 2, "to": 3}),
])
def test_the_nth_year_is_n_less_one_to_n(catalogue, text, span):
    assert values(catalogue, text, "local_work_years")["local_work_years"] == span


def test_the_second_year_of_something_else_is_no_count(catalogue):
    assert "local_work_years" not in values(catalogue, "第二年就换了厂", "local_work_years")


# -- non-answers: waiting for someone to come back, said a second time, what a term means --------

@pytest.mark.parametrize("asked, text, kind", [
    ("disability_grade", "本子在我女儿家，等她放学回来再说", "wait"),
    ("age", "身份证在老头子身上，等他回家", "wait"),
    ("age", "这个我都答第三遍了", "already_said"),
    ("residence_place", "一开头就和你说过了", "already_said"),
    ("other_special_difficulty", "低收入对象是个啥说法", "dont_know_what_you_mean"),
    ("training_group", "这几样我一样都搞不来，什么意思呀", "dont_know_what_you_mean"),
])
def test_non_answers(catalogue, asked, text, kind):
    assert read(text, catalogue, asked, {}).non_answer == kind


@pytest.mark.parametrize("asked, text", [
    ("age", "我七十了，证等他下班回来拿给你看"),  # an age told: the wait is for something else
    ("household_size", "第二遍说了，四口人"),  # answered all the same
])
def test_answers_that_look_like_non_answers(catalogue, asked, text):
    reading = read(text, catalogue, asked, {})
    assert reading.non_answer is None and asked in reading.values()


# -- a child of a poor family, asked the training group ------------------------------------------

def test_a_child_of_a_poor_family(catalogue):
    got = values(catalogue, "我们家是低保户，我是他们的女儿", "training_group")
    assert got["training_group"] == "贫困家庭子女"


@pytest.mark.parametrize("asked, text", [
    ("training_group", "我家是建档立卡户"),  # whose child the resident is, not said
    ("training_group", "我是老大，家里条件一般"),
    ("child_situation", "家里在建档立卡名单里，我是老大"),
])
def test_no_poor_family_child_read(catalogue, asked, text):
    assert "training_group" not in values(catalogue, text, asked)


# -- 认定过 alone is the recognition the message is about, not the "other difficulty" one --------

def test_recognised_said_of_another_status_is_not_the_other_difficulty(catalogue):
    got = values(catalogue, "没评过特困，镇里也没来认定过", "extreme_poverty_supported")
    assert got["extreme_poverty_supported"] is False and "other_special_difficulty" not in got


@pytest.mark.parametrize("asked, text, value", [
    ("other_special_difficulty", "被认定过的", True),
    ("other_special_difficulty", "没被认定", False),
    ("dibao_household", "低保没有，不过去年被认定过低收入", True),
])
def test_recognised_as_the_other_difficulty(catalogue, asked, text, value):
    assert values(catalogue, text, asked)["other_special_difficulty"] is value


# -- the resident's own arrival, by the calendar, asked the years of work here -------------------

@pytest.mark.parametrize("text, years", [
    ("我是前年过来的，我老公来了十年了", {"from": 1, "to": 2}),
    ("老公来了好多年，我去年才来", {"from": 0, "to": 1}),
    ("他来得早，八年了，我是大前年来的", {"from": 2, "to": 3}),
])
def test_the_residents_own_arrival(catalogue, text, years):
    assert values(catalogue, text, "local_work_years")["local_work_years"] == years


@pytest.mark.parametrize("asked, text", [
    ("local_work_years", "我老公去年来的"),  # the husband's arrival, not the resident's
    ("age", "我是前年过来的"),  # not asked the years of work
])
def test_no_own_arrival_read(catalogue, asked, text):
    assert "local_work_years" not in values(catalogue, text, asked)


# -- years in the army or at home are no years of work here; the hands care takes no household ---

@pytest.mark.parametrize("text, years", [
    ("在湖州干了五年，之前在部队待了两年", 5),
    ("在这边厂里干了三年", 3),
])
def test_years_of_work_here(catalogue, text, years):
    assert values(catalogue, text, "local_work_years")["local_work_years"] == years


@pytest.mark.parametrize("asked, text", [
    ("local_work_years", "在家闲了一年"),
    ("veteran", "我是退伍兵，在海军待了四年"),
])
def test_no_years_of_work_here(catalogue, asked, text):
    assert "local_work_years" not in values(catalogue, text, asked)


@pytest.mark.parametrize("text", ["起个床都得三个人扶", "洗个澡要两个人帮忙"])
def test_the_hands_care_takes_are_no_household(catalogue, text):
    assert "household_size" not in values(catalogue, text, "needs_long_term_care")


@pytest.mark.parametrize("text", ["家里两个人", "我们两个人过"])
def test_two_people_at_home_are_the_household(catalogue, text):
    assert values(catalogue, text, "household_size")["household_size"] == 2
