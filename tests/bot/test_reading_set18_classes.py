"""Classes of reading failures found in blind set 18 (answers_test12 and the openings of
conversations_test13), each fixed by a general rule and checked with phrasings of our own and
cases the rule must not catch."""
import datetime

import pytest

from bot import clock
from bot.reading import read
from tests.bot.reading_support import values

DAY = datetime.date(2026, 12, 5)


# -- residents' own words for facts the catalogue had no phrase for ---------------------------

@pytest.mark.parametrize("asked, text, value", [
    ("has_labour_capacity", "背上动过手术，重活一样都碰不得", False),
    ("has_labour_capacity", "重活是干不了了", False),
    ("has_able_supporter", "家里找不出一个能靠的人，没一个能靠", False),
    ("has_able_supporter", "身边没有人可以靠", False),
    ("has_able_supporter", "闺女自己也在化疗", False),
    ("sudden_hardship", "前几天一辆卡车撞进了我家院子", True),
    ("sudden_hardship", "老头子上礼拜脑梗了", True),
    ("sudden_hardship", "人受了伤", True),
    ("had_another_child", "后来我们再也没有过孩子", False),
    ("had_another_child", "那之后再也没有过", False),
    ("assets_within_local_rules", "家里啥财产都没有", True),
    ("assets_within_local_rules", "除了一间老屋，别的都没有", True),
    ("has_income_source", "一个号头一分洋钿也不进", False),
    ("has_income_source", "一个月一分钱也不进账", False),
    ("dibao_household", "低保我们家从来没有享受过", False),
    ("dibao_household", "低保我们一天也没吃过", False),
    ("works_or_lives_in_huzhou", "全家在杭州做生意，湖州那边没人了", False),
])
def test_words_residents_use(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) is value


@pytest.mark.parametrize("asked, text, wrong", [
    ("has_labour_capacity", "重活轻活都干得动", False),
    ("has_able_supporter", "儿子靠得住，每个月都打钱回来", False),
    ("sudden_hardship", "家里都平平安安的", True),
    ("dibao_household", "低保我们吃了好几年了", False),
    ("works_or_lives_in_huzhou", "我一家都住在湖州", False),
    ("has_income_source", "一个号头能进三千", False),
])
def test_words_residents_use_not_caught(catalogue, asked, text, wrong):
    assert values(catalogue, text, asked).get(asked) is not wrong


# -- whose fact: another household's, then "我们这户不是" ---------------------------------------

@pytest.mark.parametrize("text, value", [
    ("我姐家吃低保，我们这户不是", False),
    ("我们这一户是的", True),
])
def test_this_household_is_the_residents(catalogue, text, value):
    assert values(catalogue, text, "dibao_household").get("dibao_household") is value


def test_the_one_asked_about_named_by_the_caller(catalogue):
    got = values(catalogue, "来电人讲 她女儿有残疾证 她要问的那个女儿就是持证的", "has_disability_certificate")
    assert got.get("has_disability_certificate") is True


def test_the_resident_asking_for_herself_is_not_the_child(catalogue):
    got = values(catalogue, "我儿子有证 我没有 问的是我自己", "has_disability_certificate")
    assert got.get("has_disability_certificate") is not True


# -- numbers and ranges -------------------------------------------------------------------------

@pytest.mark.parametrize("text, years", [
    ("半年到一年吧", {"from": 0.5, "to": 1}),
    ("交了大半年到两年", {"from": 0.5, "to": 2}),
    ("一年到一年半", {"from": 1, "to": 1.5}),
])
def test_a_half_year_at_either_end_is_a_range(catalogue, text, years):
    assert values(catalogue, text, "unemployment_contribution_years").get("unemployment_contribution_years") == years


def test_a_year_and_a_half_alone_stays_a_number(catalogue):
    assert values(catalogue, "交了两年半", "unemployment_contribution_years").get("unemployment_contribution_years") == 2.5


def test_a_range_with_a_doubt_stays_the_range(catalogue):
    got = values(catalogue, "大概三到五年吧 我记不清了", "local_work_years")
    assert got.get("local_work_years") == {"from": 3, "to": 5}


def test_a_doubt_alone_is_still_unknown(catalogue):
    assert values(catalogue, "这个我记不清了", "local_work_years").get("local_work_years") == "不知道"


@pytest.mark.parametrize("text, age", [
    ("还没过十岁生日", 9),
    ("差一个月，还没到六岁生日", 5),
])
def test_a_birthday_not_yet_reached_is_one_less(catalogue, text, age):
    with clock.fixed(DAY):
        assert values(catalogue, text, "child_age").get("child_age") == age


def test_not_yet_an_age_without_a_birthday_stays_a_range(catalogue):
    assert isinstance(values(catalogue, "不到七岁", "child_age").get("child_age"), dict)


@pytest.mark.parametrize("asked, text, age", [
    ("woman_age", "她过了五十了", 50),
    ("age", "我都过了六十了", 60),
])
def test_a_round_age_passed_is_that_age(catalogue, asked, text, age):
    assert values(catalogue, text, asked).get(asked) == age


@pytest.mark.parametrize("asked, text", [
    ("age", "过了五十天了"),
    ("woman_age", "过了五十三了"),
])
def test_a_round_age_passed_not_caught(catalogue, asked, text):
    assert asked not in values(catalogue, text, asked)


@pytest.mark.parametrize("text, age", [
    ("女儿五岁 三岁多查出来听力有问题", 5),
    ("儿子今年七岁 四岁时发现是脑瘫", 7),
])
def test_the_age_an_illness_was_found_is_not_the_age_now(catalogue, text, age):
    assert values(catalogue, text, "child_age").get("child_age") == age


def test_a_time_still_to_come_is_not_the_time_since(catalogue):
    with clock.fixed(DAY):
        got = values(catalogue, "十一月五号在工地摔伤了腿 医生说起码要养两个月", "days_since_injury")
    assert got.get("days_since_injury") == 30


def test_a_half_of_this_year_is_no_half_year_ago(catalogue):
    with clock.fixed(DAY):
        got = values(catalogue, "去年九月一号我走的 加班费一直拖着 今年下半年老板电话也不接了")
    assert got.get("days_since_rights_infringed") == 460


def test_a_school_elsewhere_is_not_where_one_comes_from(catalogue):
    assert "hukou_place" not in values(catalogue, "儿子考上了南京的大学")


def test_where_one_comes_from_is_still_read(catalogue):
    assert values(catalogue, "我是河南来的").get("hukou_place") == "外地"


# -- non-answers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("asked, text, kind", [
    ("hukou_place", "你们那儿几点开门", "side_question"),
    ("household_monthly_income", "等一下 我问问我女儿她一个月拿多少", "wait"),
    ("income_below_housing_line", "这个标准啥意思 算工资还是算存款", "dont_know_what_you_mean"),
])
def test_non_answers(catalogue, asked, text, kind):
    assert read(text, catalogue, asked, {}).non_answer == kind


@pytest.mark.parametrize("asked, text", [
    ("income_below_housing_line", "收入还是很低"),
])
def test_answers_that_look_like_non_answers(catalogue, asked, text):
    reading = read(text, catalogue, asked, {})
    assert reading.non_answer is None and reading.values().get(asked) is True


def test_still_is_no_choice(catalogue):
    assert "hukou_place" in values(catalogue, "我下午三点下班 户口在德清", "hukou_place")


# -- facts told in openings (conversations_test13) ------------------------------------------------

def test_a_wound_from_a_cutting_machine_dates_the_injury(catalogue):
    with clock.fixed(DAY):
        got = values(catalogue, "十一月二十号在车间 冲床把我中指压掉了一截")
    assert got.get("days_since_injury") == 15


def test_a_date_without_any_harm_is_no_injury(catalogue):
    with clock.fixed(DAY):
        assert "days_since_injury" not in values(catalogue, "十一月二十号我去厂里报的到")


@pytest.mark.parametrize("text, years", [
    ("我们在练市工地上打杂七年了", 7),
    ("在织里做羊毛衫四年了", 4),
])
def test_work_done_somewhere_then_the_years(catalogue, text, years):
    assert values(catalogue, text).get("local_work_years") == years


def test_years_at_home_are_no_years_of_work(catalogue):
    assert "local_work_years" not in values(catalogue, "在家里待了三年")


@pytest.mark.parametrize("text", ["俺们安徽阜阳的", "咱们贵州的"])
def test_we_are_from_a_province(catalogue, text):
    assert values(catalogue, text).get("hukou_place") == "外地"


def test_a_village_in_a_place_is_where_one_lives(catalogue):
    assert values(catalogue, "我们村在德清新市").get("residence_place") == "德清县"


def test_a_mothers_home_is_not_where_one_lives(catalogue):
    assert "residence_place" not in values(catalogue, "菱湖是我娘家")


def test_a_building_site_worker_is_a_migrant_worker_for_training(catalogue):
    assert values(catalogue, "我在工地上打杂的", "training_group").get("training_group") == "农民工"


def test_a_month_of_this_year_already_past_is_the_age_reached(catalogue):
    with clock.fixed(DAY):
        assert values(catalogue, "她今年八月就满四岁了", "child_age").get("child_age") == 4


def test_a_month_still_to_come_is_one_less(catalogue):
    with clock.fixed(DAY):
        assert values(catalogue, "明年二月就满四岁", "child_age").get("child_age") == 3


def test_a_mix_up_with_the_younger_is_no_second_child(catalogue):
    with clock.fixed(DAY):
        got = values(catalogue, "我搞错了 他今年六月满五岁了 刚才说成小的了", None, {"child_age": 3})
    assert got.get("child_age") == 5


def test_no_other_child_said_of_the_only_one_is_not_read_as_a_later_birth(catalogue):
    assert "had_another_child" not in values(catalogue, "就生了她一个，再没有别的孩子", "only_one_child")


def test_one_more_younger_child_is_still_read(catalogue):
    got = values(catalogue, "对了还有个小的，两岁", None, {"child_age": 6})
    assert sorted(got.get("child_age")) == [2, 6]


# -- the 户口 of the clause before; the one a hotline caller reports on ----------------------------

def test_a_hukou_not_moved_is_still_where_it_was(catalogue):
    got = values(catalogue, "户口一直没迁走 还在安徽")
    assert got.get("hukou_place") == "外地" and "residence_place" not in got


def test_still_at_work_after_a_hukou_clause_is_no_place(catalogue):
    got = values(catalogue, "户口的事不清楚 人还在南浔上班")
    assert got.get("residence_place") == "南浔区" and "hukou_place" not in got


def test_the_hotline_callers_relative_is_the_applicant(catalogue):
    got = values(catalogue, "来电人说 她弟弟户口在德清新市 人住在南浔练市")
    assert got.get("hukou_place") == "德清县" and got.get("residence_place") == "南浔区"


def test_two_relatives_named_by_the_caller_decide_nothing(catalogue):
    got = values(catalogue, "来电人说 她弟弟户口在德清新市 她妈户口在安吉")
    assert got.get("hukou_place") != "德清县"


# -- an only child not saved; a relative's young child; a child whose parents (a sibling couple) died --

def test_the_only_child_not_saved_is_lost(catalogue):
    got = values(catalogue, "家里就一个儿子 二十岁那年得了重病 医院最后没救回来")
    assert got.get("only_child_lost") is True


def test_a_spouse_not_saved_is_no_lost_child(catalogue):
    assert "only_child_lost" not in values(catalogue, "家里就一个儿子 老伴去年脑溢血 最后没留住")


def test_without_an_only_child_nothing_is_lost(catalogue):
    assert "only_child_lost" not in values(catalogue, "送到医院最后没救回来")


def test_a_relatives_young_child_is_the_child(catalogue):
    assert values(catalogue, "侄女六岁 现在跟着我过").get("child_age") == 6


def test_a_grown_relative_is_no_child(catalogue):
    assert "child_age" not in values(catalogue, "我侄子二十五岁了")


@pytest.mark.parametrize("text", ["我哥和嫂子前几年都走了 侄子跟着我", "姐姐姐夫出事都不在了 外甥我在带"])
def test_a_sibling_couple_gone_leaves_an_orphan(catalogue, text):
    assert values(catalogue, text, "child_situation").get("child_situation") == "孤儿"


def test_a_sibling_couple_away_is_no_orphan(catalogue):
    assert values(catalogue, "我姐跟姐夫都在杭州打工", "child_situation").get("child_situation") != "孤儿"


# -- school said right after a child is named is the child's ---------------------------------------

@pytest.mark.parametrize("text", ["孙女九岁 在读三年级", "就一个儿子 读书也好"])
def test_school_after_a_child_is_the_childs(catalogue, text):
    assert "is_student" not in values(catalogue, text)


@pytest.mark.parametrize("asked, text", [(None, "我今年二十 在读大专"), ("is_student", "儿子十八岁 在读高三")])
def test_ones_own_school_or_the_answer_asked_is_read(catalogue, asked, text):
    assert values(catalogue, text, asked).get("is_student") is True


# -- a hardship of a calendar year long past; a son lost with a daughter living ---------------------

def test_an_illness_found_years_back_is_no_sudden_hardship(catalogue):
    with clock.fixed(DAY):
        assert "sudden_hardship" not in values(catalogue, "二〇二二年查出尿毒症")


def test_an_accident_this_year_is_a_sudden_hardship(catalogue):
    with clock.fixed(DAY):
        assert values(catalogue, "二〇二六年十月出了车祸").get("sudden_hardship") is True


def test_a_son_lost_with_a_daughter_living_is_no_only_child_lost(catalogue):
    assert "only_child_lost" not in values(catalogue, "儿子前些年就没了 女儿嫁在外地")


def test_the_only_son_lost_with_an_adopted_daughter_is_still_said(catalogue):
    assert values(catalogue, "独生儿子走了 后来抱养了一个女儿").get("only_child_lost") is True


# -- a topic named, then "said before": nothing is said now ---------------------------------------

def test_a_topic_said_before_is_no_answer_now(catalogue):
    reading = read("残疾证那件事我早就讲过了", catalogue, "has_disability_certificate", {})
    assert reading.non_answer == "already_said" and not reading.values()


def test_an_answer_with_said_before_is_still_the_answer(catalogue):
    reading = read("不是低保户 前面说过了", catalogue, "dibao_household", {})
    assert reading.values().get("dibao_household") is False
