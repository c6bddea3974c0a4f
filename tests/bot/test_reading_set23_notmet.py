"""Set 23's two wrong not-met readings (answers_test17, session 17), read at their cause and nothing else of the
set: an emphatic 是 before a denial (退休金我是一分都没拿过) does not stop the denial; an age said as a range or
another (五十八九岁 要么已经六十了) is the range over both. Our own sentences, with near misses."""
import pytest

from tests.bot.reading_support import values


@pytest.mark.parametrize("text", ["单位的退休金我是一分都没拿过", "退休金我是从来没领过", "單位的退休金我是一分都沒拿過"])
def test_an_emphatic_shi_before_a_denial_denies(catalogue, text):
    assert values(catalogue, text, "receiving_basic_pension")["receiving_basic_pension"] is False


def test_an_emphatic_shi_before_an_affirmation_affirms(catalogue):
    assert values(catalogue, "退休金我是每个月都拿", "receiving_basic_pension")["receiving_basic_pension"] is True


@pytest.mark.parametrize("text, low, high", [("五十八九岁 要么已经六十了", 58, 60), ("五十八九 或者已经六十了", 58, 60)])
def test_an_age_said_as_one_or_another_is_the_range_over_both(catalogue, text, low, high):
    assert values(catalogue, text, "age")["age"] == {"from": low, "to": high}


def test_an_age_said_once_stays_that_age(catalogue):
    assert values(catalogue, "要么问我老伴 我六十三", "age")["age"] == 63
