"""Reading failures the lead found in blind set 13's conversations (tests/data/conversations_test8),
each fixed by a general rule, with what the rule must not catch."""
import pytest

from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def values(text, catalogue, asked=None):
    return read(text, catalogue, asked, {}).values()


def test_a_house_rebuilt_and_solid_is_no_dilapidated_house(catalogue):
    assert values("他说十年前翻修过，结实的，就是外墙看着旧", catalogue, "house_dilapidated")["house_dilapidated"] is False
    # rebuilt once but leaking now is still a yes; "not solid" is no "solid"
    assert values("前年翻修过一次，还是漏雨，墙也裂了", catalogue, "house_dilapidated")["house_dilapidated"] is True
    assert values("房子不结实的，一下雨就漏", catalogue, "house_dilapidated")["house_dilapidated"] is True


def test_a_parent_alone_with_children_is_no_household_of_one(catalogue):
    found = values("老公走了，一个人带两个孩子，没收入，日子过不下去了", catalogue)
    assert "household_size" not in found
    assert values("家里就我一个人", catalogue, "household_size")["household_size"] == 1


def test_nobody_in_the_household_working_says_no_option_of_the_applicants_work(catalogue):
    found = values("到现在家里一个上班的都没有", catalogue, "employment_status")
    assert "employment_status" not in found and found["zero_employment_household"] is True
    assert values("我在厂里上班", catalogue, "employment_status")["employment_status"] == "在职"
