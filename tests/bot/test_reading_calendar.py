"""Times told as a month of the calendar ("去年十月份", "十月五号") are days ago,
counted from the day they are said; a month still to come is no time ago."""
import datetime

import pytest

from bot.reading import read
from bot.reading.quantities import durations, month_ago
from knowledge_base.loader import load_catalogue

TODAY = datetime.date(2026, 12, 2)


@pytest.mark.parametrize("text, span", [
    ("去年十月份", (397, 427)),
    ("今年10月", (32, 62)),
    ("十月五号", (58, 58)),
    ("三月份", (246, 276)),        # no year: the last March past
    ("今年十二月", (0, 1)),         # this month, up to today
    ("前年6月", (885, 914)),
])
def test_a_month_is_the_days_since_it(text, span):
    assert [(n.low, n.high) for n in durations(text, TODAY)] == [span]


def test_a_month_to_come_or_no_such_day_is_no_time():
    assert month_ago("今年", 12, datetime.date(2026, 6, 1)) is None
    assert durations("2月30号", TODAY) == []
    assert [(n.low, n.high) for n in durations("八个月", TODAY)] == [(240, 240)]  # a span, not August


def test_a_month_in_an_answer_reaches_the_fact():
    catalogue = load_catalogue()
    days = read("去年七月份开始就没发过工资", catalogue, None, {}).values()["days_since_rights_infringed"]
    assert isinstance(days, dict) and days["from"] > 365  # more than a year: the one-year rule is to be checked
