"""Classes of reading failures found on blind set 12 (tests/data/answers_test6.jsonl and the
conversations of tests/data/conversations_test7), each fixed by a general rule."""
import datetime

import pytest

from bot.reading import read
from bot.reading.quantities import durations
from knowledge_base.loader import load_catalogue

TODAY = datetime.date(2026, 12, 3)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.mark.parametrize("text, span", [
    ("上个月十五号", (18, 18)),  # a day of last month: exact
    ("上月二号", (31, 31)),
    ("这个月一号", (2, 2)),
    ("九月底", (64, 73)),  # the last days of a month, not the whole month
    ("四月初", (237, 246)),  # its first ten days
    ("去年十月中旬", (409, 418)),
])
def test_a_day_of_a_month_said_near_or_by_its_part(text, span):
    assert [(n.low, n.high) for n in durations(text, TODAY)] == [span]


def test_a_day_of_this_month_still_to_come_is_no_time_ago():
    assert durations("这个月二十号", TODAY) == []


@pytest.mark.parametrize("asked, text, key, value", [
    ("days_since_rights_infringed", "老板说不给钱是上个越二号", "days_since_rights_infringed", None),  # 越 for 月
    ("has_able_supporter", "伲子有个，辣杭州开店，生意还可以", "has_able_supporter", True),  # Wu 伲子 is a son
])
def test_wu_words_and_typos(catalogue, asked, text, key, value):
    found = read(text, catalogue, asked).values().get(key)
    assert found is not None if value is None else found == value


@pytest.mark.parametrize("asked, text, key, value", [
    ("local_work_years", "一八年十二月进的这个厂，一直没挪窝", "local_work_years", 8),  # a year and month since
    ("pension_contribution_years", "从〇九年交到去年，一年没断过", "pension_contribution_years", 17),  # both years
    ("woman_age", "我爱人七六年十月份的生日", "woman_age", 50),  # the month of the birthday passed
])
def test_a_calendar_year_with_its_month_or_end(catalogue, asked, text, key, value):
    from bot import clock

    with clock.fixed(datetime.date(2026, 12, 3)):
        assert read(text, catalogue, asked).values().get(key) == value


@pytest.mark.parametrize("asked, text, key, value", [
    ("age", "老头子七十了，我比他小四岁，这回是替我自己问", "age", 66),  # hers from her husband's
    ("age", "我老公六十八，他比我大三岁", "age", 65),
    ("child_age", "老大十岁，老二五岁，问的是要上幼儿园的老二", "child_age", 5),  # the one asked about
    ("child_age", "大的五岁半 小的才两岁 问大的", "child_age", 5),
])
def test_whose_age(catalogue, asked, text, key, value):
    assert read(text, catalogue, asked).values().get(key) == value


def test_a_difference_of_ages_is_no_age(catalogue):
    assert read("我老伴六十八，我比老伴大三岁", catalogue, "age").values().get("age") != 3


@pytest.mark.parametrize("asked, text, key, value", [
    ("dibao_household", "那个，来电人说她家上个月低保刚被取消", "dibao_household", False),  # 低保 … 取消
    ("dibao_household", "低保我們家從來沒評上過", "dibao_household", False),  # 低保 … 没评上
    ("only_one_child", "我们就生过那一个儿子", "only_one_child", True),  # 就生过 … 一个
    ("only_one_child", "阿拉只生过伊一个囡，后头再勿曾养", "only_one_child", True),
    ("zero_employment_household", "屋里两个人侪呒没生活做", "zero_employment_household", True),  # Wu 生活 is work
    ("disability_grade", "最轻的那一档", "disability_grade", "四级"),  # the lightest grade
    ("house_dilapidated", "房梁都被白蚁蛀空了，村里来人看了说不能住人", "house_dilapidated", True),
])
def test_word_lists(catalogue, asked, text, key, value):
    assert read(text, catalogue, asked).values().get(key) == value


@pytest.mark.parametrize("asked, text, size", [
    ("household_size", "我们夫妻俩、一儿一女，还有跟着我们过的婆婆", 5),  # a couple and a son and daughter: four
    ("household_size", "老两口，还有一个孙子", 3),
])
def test_people_counted_in_pairs(catalogue, asked, text, size):
    assert read(text, catalogue, asked).values().get("household_size") == size


@pytest.mark.parametrize("asked, text, kind", [
    ("residence_place", "头一句话里我就讲了，你没看见吗", "already_said"),
    ("hukou_place", "户口那个我早交代过一遍了，还要再说？", "already_said"),
    ("assets_within_local_rules", "财产规定？这说的是啥意思", "dont_know_what_you_mean"),
    ("has_disability_certificate", "残疾证在哪办，是找残联吗", "side_question"),
])
def test_non_answers(catalogue, asked, text, kind):
    result = read(text, catalogue, asked)
    assert result.non_answer == kind and asked not in result.values()


@pytest.mark.parametrize("asked, text, key, value", [
    ("income_below_dibao_line", "肯定比伊个标准低", "income_below_dibao_line", True),  # Wu 伊个 is 那个
    (None, "我们搬去安吉孝源街道了", "residence_place", "安吉县"),  # moved there: where one lives
])
def test_wu_that_and_moving_away(catalogue, asked, text, key, value):
    assert read(text, catalogue, asked).values().get(key) == value


@pytest.mark.parametrize("asked, text, key, value", [
    ("has_labour_capacity", "站都站不稳，怎么干活", "has_labour_capacity", False),
    ("has_able_supporter", "就我一个亲人，我自己在外地打零工，两个孩子要养，真的管不了他", "has_able_supporter", False),
    ("child_situation", "不算孤儿吧 我这个妈还在呢 就是家里紧", "child_situation", "家庭经济困难"),
])
def test_set12_conversation_answers(catalogue, asked, text, key, value):
    assert read(text, catalogue, asked).values().get(key) == value


def test_a_rule_time_limit_heard_is_no_time_ago(catalogue):
    text = "四月初就叫我走人，朋友说可以去劳动仲裁，又说过了一年就不受理了，我这个算不算过了"
    days = read(text, catalogue).values().get("days_since_rights_infringed")
    assert isinstance(days, dict) and days["to"] < 365


@pytest.mark.parametrize("asked, text, value", [
    ("unemployment_contribution_years", "不到一年吧，也可能正好一年", {"from": 0, "to": 1}),
    ("days_since_rights_infringed", "说不准，可能十个月，也可能过了一年了", {"from": 300, "to": 365}),
])
def test_two_possibilities_are_a_range(catalogue, asked, text, value):
    assert read(text, catalogue, asked).values().get(asked) == value


@pytest.mark.parametrize("asked, text, key, value", [
    ("is_student", "读书？我小学也呒没读完哉", "is_student", False),  # the question's word asked back, then a no
    ("dibao_household", "低保？我们家吃着呢", "dibao_household", True),
])
def test_a_word_of_the_question_asked_back_is_no_answer(catalogue, asked, text, key, value):
    assert read(text, catalogue, asked).values().get(key) is value


@pytest.mark.parametrize("text, value", [
    ("我哥是上个月十五号伤的，我自己是三月份，问我哥那次", 18),
])
def test_the_time_of_the_one_asked_about(catalogue, text, value):
    from bot import clock

    with clock.fixed(TODAY):
        assert read(text, catalogue, "days_since_injury").values().get("days_since_injury") == value


@pytest.mark.parametrize("asked, text, key, value", [
    ("child_situation", "这娃的爹娘出车祸都走了，只剩我这把老骨头带他", "child_situation", "孤儿"),  # 爹娘 are 爸妈
    ("has_disability_certificate", "我这人四肢健全，办了残疾证的是我那个儿子", "has_disability_certificate", False),
])
def test_parents_and_able_bodies(catalogue, asked, text, key, value):
    assert read(text, catalogue, asked).values().get(key) == value


def test_about_a_number_and_unsure_whether_it_is_reached_is_a_range(catalogue):
    text = "失业保险交了一年左右，到底满没满一年他自己也说不清"
    value = read(text, catalogue, "unemployment_contribution_years").values().get("unemployment_contribution_years")
    assert isinstance(value, dict) and value["from"] < 1 <= value["to"]
