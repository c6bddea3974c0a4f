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
