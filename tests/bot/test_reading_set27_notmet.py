"""Blind set 27's two wrong not-met readings (answers_test21, first scoring in the twenty-first session), read at
their cause; the rest of the table stays blind. Our own sentences."""
import pytest

from tests.bot.reading_support import values


@pytest.mark.parametrize("text", ["女儿是二〇二〇年端午前后生的", "小孙子二〇二〇年中秋那天生的"])
def test_a_birth_at_a_festival_long_past_this_year_is_a_whole_age(catalogue, text):
    # (read as on 2026-12-06: the festival's latest month is past, so the birthday is too)
    from datetime import date

    from bot import clock

    with clock.fixed(date(2026, 12, 6)):
        assert values(catalogue, text, "child_age")["child_age"] == 6


def test_near_miss_a_festival_still_to_come_leaves_a_range(catalogue):
    from datetime import date

    from bot import clock

    with clock.fixed(date(2026, 12, 6)):
        assert isinstance(values(catalogue, "儿子是二〇二〇年冬至生的", "child_age")["child_age"], dict)


@pytest.mark.parametrize("asked", [None, "has_labour_capacity"])
def test_not_a_penny_of_income_is_none_not_its_negation(catalogue, asked):
    read_ = values(catalogue, "中风好几年了 一分钱收入也没有", asked)
    assert read_["has_income_source"] is False
