"""A birth date said after 出生日期/生日/身份证, or given to an age question, without 生 after
it ("出生日期是一九六六年十二月五号", "身份证上是一九五八年三月") is an exact age when the month (and
day) tell whether this year's birthday has passed; years paid "到今年没断过" count both ends.
Blind set 15 (tests/data/answers_test9.jsonl) found these; sentences written for these tests."""
import datetime

import pytest

from bot import clock
from bot.reading import read
from knowledge_base.loader import load_catalogue

CATALOGUE = load_catalogue()
TODAY = datetime.date(2026, 12, 4)


def reading(text, asked):
    with clock.fixed(TODAY):
        return {k: v.value for k, v in read(text, CATALOGUE, asked=asked).facts.items()}


@pytest.mark.parametrize("text, asked, value", [
    ("出生日期是一九六一年十二月九号", "age", 64),       # the birthday five days away: not yet 65
    ("出生日期是一九六一年十二月二号", "age", 65),       # two days past
    ("身份证上写的一九五九年四月", "age", 67),
    ("我老婆身份证上是七三年八月", "woman_age", 53),
    ("孩子生日是二〇二二年五月", "child_age", 4),
    ("一九六二年一月", "age", 64),                      # asked an age: a month already past this year
])
def test_a_birth_date_without_sheng_is_an_exact_age(text, asked, value):
    assert reading(text, asked).get(asked) == value


def test_this_month_without_a_day_stays_a_range():
    assert reading("一九六〇年十二月", "age").get("age") == {"from": 65, "to": 66}


def test_a_month_of_starting_work_is_not_a_birth_date():
    assert reading("我八八年三月进的厂", "local_work_years").get("age") is None


def test_years_paid_to_this_year_without_a_break_count_both_ends():
    assert reading("二〇一三年开始交的，到今年没断过", "pension_contribution_years").get("pension_contribution_years") == 14


def test_the_lunar_first_month_has_passed_by_april():
    assert reading("我老伴是六八年正月生的", "woman_age").get("woman_age") == 58
    with clock.fixed(datetime.date(2026, 2, 10)):  # in February it may not have come yet
        got = {k: v.value for k, v in read("我老伴是六八年正月生的", CATALOGUE, asked="woman_age").facts.items()}
    assert got.get("woman_age") == {"from": 57, "to": 58}


@pytest.mark.parametrize("text, asked, value", [
    ("后来再也没有养过 也没抱过", "had_another_child", False),       # Wu 呒没养过/抱过 after prepare
    ("我们打算过了年要个宝宝", "planning_pregnancy", True),
    ("想先去查一查身体再要孩子", "planning_pregnancy", True),
])
def test_other_words_for_no_more_children_and_for_planning_one(text, asked, value):
    assert reading(text, asked).get(asked) is value
