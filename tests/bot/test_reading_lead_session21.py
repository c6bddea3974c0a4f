"""Reading classes the lead met in session 21 (sets 22, 23 and 26's conversations). Our own sentences."""
import pytest

from tests.bot.reading_support import values


@pytest.mark.parametrize("text", ["七十平方 住了五口人 一个人分不到几个平方", "一共五十平 四个人住 一个人才分到十几平"])
def test_per_person_after_the_household_is_no_household_of_one(catalogue, text):
    read_ = values(catalogue, text, "per_capita_housing_area")
    assert read_.get("household_size") in (4, 5)
    assert read_.get("per_capita_housing_area") not in (50, 70, None)  # the total is not per person


def test_near_miss_one_person_living_alone_is_a_household_of_one(catalogue):
    read_ = values(catalogue, "家里就我一个人 住六十平方", "per_capita_housing_area")
    assert read_.get("household_size") == 1 and read_.get("per_capita_housing_area") == 60
