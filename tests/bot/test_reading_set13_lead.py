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


def test_asked_the_womans_age_the_one_answering_of_herself_is_she(catalogue):
    found = values("不对不对，我记岔了，我是七七年五月生的，今年四十九了，四十六的是我妹妹", catalogue, "woman_age")
    assert found["woman_age"] == 49
    # a husband who names himself or his wife is not read as the woman
    assert values("我今年五十五，老婆四十九", catalogue, "woman_age")["woman_age"] == 49
    assert "woman_age" not in values("我是男方，今年五十五", catalogue, "woman_age")


def test_a_birth_date_with_its_month_gives_the_age_of_whom_it_is_said(catalogue):
    assert values("女儿二〇二〇年九月生的 明年秋天该读一年级了吧", catalogue)["child_age"] == 6
    assert values("我一九六五年八月生的", catalogue)["age"] == 61


def test_whether_one_is_due_asks_whether_one_qualifies():
    from bot.eligibility_cues import asks_eligibility
    assert asks_eligibility("女儿二〇二〇年九月生的 明年秋天该读一年级了吧")
    assert asks_eligibility("我今年满六十了，该领养老金了吧")
    assert not asks_eligibility("该交的钱都交了")
