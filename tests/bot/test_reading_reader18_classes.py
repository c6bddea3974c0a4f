"""Classes of reading failures found in real conversations (the eighteenth reader session), each
fixed by a general rule and checked with phrasings of our own and cases the rule must not catch."""
import datetime

import pytest

from bot import clock
from bot.reading import implied
from tests.bot.reading_support import values


# -- below (or within twice) the minimum living line, said as not reaching it -----------------

@pytest.mark.parametrize("asked", ["income_within_200pct_dibao", "income_below_dibao_line"])
@pytest.mark.parametrize("text", [
    "两家头一个号头加起来几百块 肯定勿到",  # Wu: 勿到
    "肯定不到",
    "远远不到",
    "呒没到",  # Wu: 呒没
    "肯定没到",
    "够不上那条线",
    "不到那条线是肯定的",
    "收入没有低保线高",
    "肯定勿够那条线",  # Wu: 勿够
    "够不到的",
])
def test_not_reaching_the_line_asked_is_within_it(catalogue, asked, text):
    assert values(catalogue, text, asked).get(asked) is True


@pytest.mark.parametrize("asked", ["income_within_200pct_dibao", "income_below_dibao_line"])
@pytest.mark.parametrize("text", ["肯定超了", "超过一点点", "比那条线高"])
def test_over_the_line_asked_is_not_within_it(catalogue, asked, text):
    assert values(catalogue, text, asked).get(asked) is not True


@pytest.mark.parametrize("text, value", [
    ("没超", True),
    ("不超的", True),
    ("超出了", False),
])
def test_within_twice_the_line_said_as_not_over_it(catalogue, text, value):
    assert values(catalogue, text, "income_within_200pct_dibao").get("income_within_200pct_dibao") is value


def test_below_the_line_is_within_twice_it():
    assert implied({"income_below_dibao_line": True}) == {"income_within_200pct_dibao": True}
    assert implied({"income_within_200pct_dibao": False}) == {"income_below_dibao_line": False}
    assert implied({"income_below_dibao_line": False}) == {}  # above the line may still be within twice it
    assert implied({"income_within_200pct_dibao": True}) == {}


# -- the employer's pension contributions stopped -----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("来电人说 厂关了以后 单位那边的就一直停着", False),
    ("以前厂里交过几年 后来厂关了就断了", False),
    ("单位交的早就断了", False),
    ("厂倒闭以后就不交了", False),
    ("后来单位就不给交了", False),
    ("单位给交到2019年，后来就没交了", False),
    ("离职以后就没人交了", False),
    ("厂里倒闭以后社保就断了", False),
    # near-misses: paying now, or a break that ended
    ("单位一直在交", True),
    ("单位交的没断过", True),
    ("厂里交的，一直没停", True),
    ("中间断过半年，现在单位又在交了", True),
    ("单位停了两年，后来又续上了", True),
    ("单位一直在交，没停过", True),
    ("我没交了，单位在交", True),
])
def test_the_employers_contributions_stopped_is_no_pension_now(catalogue, text, value):
    found = values(catalogue, text, "covered_by_employee_pension")
    assert found.get("covered_by_employee_pension") is value


def test_a_stop_not_of_the_pension_is_not_read(catalogue):
    # asked something else, nothing said of a pension: a stop of work is no pension fact
    found = values(catalogue, "厂里停了两个月工，后来又开了", "employment_status")
    assert "covered_by_employee_pension" not in found


# -- years paid from a year said as its two last digits ----------------------------------------

@pytest.mark.parametrize("text, years", [
    ("一二年开始交，到今年没断过", 15),  # 2012 to 2026, both counted (as the tables count "到今年没断过")
    ("一二年开始每年都交，今年的也交了", 15),
    ("二〇一二年开始交的，到今年没断过", 15),
    ("一二年起交的，到今年一年没落", 15),
])
def test_paid_from_a_year_to_this_year(catalogue, text, years):
    with clock.fixed(datetime.date(2026, 12, 4)):
        found = values(catalogue, text, "pension_contribution_years", {"age": 60})
    assert found.get("pension_contribution_years") == years


@pytest.mark.parametrize("text", ["交了一二年", "一二年吧", "大概一二年的样子"])
def test_one_or_two_years_stays_a_span(catalogue, text):
    with clock.fixed(datetime.date(2026, 12, 4)):
        found = values(catalogue, text, "pension_contribution_years", {"age": 60})
    assert found.get("pension_contribution_years") == {"from": 1, "to": 2}


# -- the 户籍 still back home, told by one who came from elsewhere ------------------------------

@pytest.mark.parametrize("text", [
    "我从安徽过来打工的，户口在老家没迁",
    "户口在老家没迁，来湖州打工五年了",
    "外地人，户口还在老家",
    "我们是外省来的，户口一直在老家",
])
def test_hukou_back_home_of_one_who_came_from_elsewhere_is_outside(catalogue, text):
    assert values(catalogue, text, "hukou_place").get("hukou_place") == "外地"


@pytest.mark.parametrize("text", [
    "户口还在老家",  # no story of coming from elsewhere: no place
    "户口在老家没迁",
    "户口还在老家，嫁到这边的",
    "我是本地人，户口在老家没迁，人住在城里",
])
def test_hukou_back_home_alone_names_no_place(catalogue, text):
    assert "hukou_place" not in values(catalogue, text, "hukou_place")


@pytest.mark.parametrize("text, hukou, residence", [
    ("她户口还在南浔和孚老家，人一直跟我们住在吴兴龙泉", "南浔区", "吴兴区"),
    ("我老家是织里的，户口还在老家", "吴兴区", None),
])
def test_a_home_town_in_huzhou_is_its_district(catalogue, text, hukou, residence):
    found = values(catalogue, text, "hukou_place")
    assert found.get("hukou_place") == hukou
    assert found.get("residence_place") == residence


# -- several children, each named with their age -------------------------------------------------

@pytest.mark.parametrize("text, ages", [
    ("孩子五岁，孩子三岁", [5, 3]),
    ("大的五岁 小的三岁", [5, 3]),
    ("小孩7岁，另一个小孩4岁", [7, 4]),
    ("孩子五岁，孩子三岁，都在上幼儿园", [5, 3]),
])
def test_two_children_named_with_two_ages(catalogue, text, ages):
    assert values(catalogue, text, "child_age").get("child_age") == ages


@pytest.mark.parametrize("text, age", [
    ("孩子五岁", 5),
    ("孩子去年三岁，今年四岁了", 4),  # one child told over time: the last
    ("孩子三岁，小孩三岁", 3),  # the same age said twice
])
def test_one_child_stays_one_age(catalogue, text, age):
    assert values(catalogue, text, "child_age").get("child_age") == age


# -- savings of some hundreds, not some millions ---------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("存款就几百", True),
    ("存款只有几百块", True),
    ("存款才几千", True),
    ("存款就几百万", None),  # millions: not the hundreds of the words
    ("存款只有几百万", None),
    ("存款就几千万", None),
])
def test_savings_of_hundreds_not_millions(catalogue, text, value):
    found = values(catalogue, text, "assets_within_local_rules")
    assert found.get("assets_within_local_rules") is value


# -- a disabled son or daughter of no age said is no disabled child --------------------------------

@pytest.mark.parametrize("text", [
    "我儿子是三级，我自己是二级，申请的是儿子",
    "我是帮我儿子问的，他是二级，我自己没事",
    "我是四级，替我儿子问的，他是二级",
])
def test_a_disabled_son_of_no_age_is_not_a_disabled_child(catalogue, text):
    assert "child_situation" not in values(catalogue, text, "disability_grade")


@pytest.mark.parametrize("text", [
    "儿子四岁 有残疾证的",
    "孩子有残疾证，二级",
    "女儿七岁，有残疾证的",
])
def test_a_young_disabled_child_is_a_disabled_child(catalogue, text):
    assert values(catalogue, text, "disability_grade").get("child_situation") == "残疾儿童"


# -- when the only child died is no time of an injury ---------------------------------------------

@pytest.mark.parametrize("text", [
    "就这一个儿子，十年前在工地上出事走了，后来没再要孩子",
    "独生女三年前出车祸没了",
    "唯一的儿子五年前出事走的",
])
def test_the_only_childs_death_is_no_injury_time(catalogue, text):
    assert "days_since_injury" not in values(catalogue, text, "only_one_child")


def test_ones_own_accident_is_still_an_injury_time(catalogue):
    found = values(catalogue, "我三个月前在工地上出事，腿摔断了", "only_one_child")
    assert found.get("days_since_injury") == 90


# -- a sum said before 一个月: the 一 is the month's ------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("两千一个月", 2000),
    ("三千一个月吧", 3000),
    ("一千二一个月", 1200),
    ("一万一个月", 10000),
    # near-misses: 两千一 said alone is 2100; 三十一个月 is 31 months
    ("两千一", 2100),
    ("一个月两千一", 2100),
])
def test_a_sum_before_a_month_keeps_its_own_digits(catalogue, text, amount):
    assert values(catalogue, text, "household_monthly_income").get("household_monthly_income") == amount


def test_thirty_one_months_stay_thirty_one(catalogue):
    found = values(catalogue, "交了三十一个月", "unemployment_contribution_years")
    assert found.get("unemployment_contribution_years") == pytest.approx(31 / 12)


def test_some_millions_is_no_million(catalogue):
    assert "household_monthly_income" not in values(catalogue, "几百万一个月", "household_monthly_income")


# -- 一个人头上: per person, no household of one ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "一个人头上大约摊到十五六个平方",
    "一个人摊十几个平方",
    "一个人平均二十平",
])
def test_per_person_is_no_household_of_one(catalogue, text):
    assert "household_size" not in values(catalogue, text, "per_capita_housing_area")


@pytest.mark.parametrize("text", ["就一个人", "一个人过", "家里就我一个人"])
def test_one_living_alone_is_a_household_of_one(catalogue, text):
    assert values(catalogue, text, "household_size").get("household_size") == 1


# -- 家里就我们两个老的: the household is the two of them -------------------------------------------

@pytest.mark.parametrize("text, size", [
    ("家里就我们两个老的，一个月加起来八百块", 2),
    ("屋里只有两个老人", 2),
])
def test_only_the_old_couple_is_the_household(catalogue, text, size):
    assert values(catalogue, text, "income_below_dibao_line").get("household_size") == size


def test_old_people_to_keep_are_no_household_count(catalogue):
    assert "household_size" not in values(catalogue, "家里两个老人要养", "income_below_dibao_line")


# -- the 户籍 corrected after where one lives ---------------------------------------------------------

@pytest.mark.parametrize("text, hukou, residence", [
    ("住在吴兴。哦对了，户口我前面说吴兴是说错了，是德清", "德清县", "吴兴区"),
    ("住在长兴，户口说长兴是说错了，是安吉", "安吉县", "长兴县"),
    ("住在吴兴，户口在德清", "德清县", "吴兴区"),  # no correction: as before
])
def test_the_hukou_corrected_leaves_where_one_lives(catalogue, text, hukou, residence):
    found = values(catalogue, text, "residence_place")
    assert (found.get("hukou_place"), found.get("residence_place")) == (hukou, residence)


# -- a household count corrected or added to: the count said last -----------------------------------

@pytest.mark.parametrize("text, size", [
    ("嗯……四个，哦不是，五个，我把我婆婆忘了", 5),
    ("五个，再加上我婆婆是六个", 6),
    ("我们家嗯……四个，哦不是，我女儿出嫁了，三个", 3),
    # near-misses: the count said with its people after it stands
    ("四口人，我和老公，两个小孩", 4),
    ("四个，两个大人两个小孩", 4),
])
def test_a_household_count_corrected_is_the_last(catalogue, text, size):
    assert values(catalogue, text, "household_size").get("household_size") == size
