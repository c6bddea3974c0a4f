"""A school named outright with its fees asked lower in the same words: the aid of that stage is the need, though
the words start inside the school's name (bot/story_needs.py `_fees_of_the_named`, one pattern FEES_ASKED_LOWER
shared with the follow-up after a school's card). Near misses keep the school itself."""
import pytest

from actions.service_answers import FEE_RELIEF_OF
from bot.story_needs import FEES_ASKED_LOWER, needs


def services(text):
    return [service for _, service in needs(text)]


@pytest.mark.parametrize("text", [
    "公办幼儿园学费能不能少点 家里困难",
    "普惠性幼儿园的保育费交不起 有没有补助",
    "公办幼儿园的钱可不可以少交一点",
    "想上普惠性幼儿园 学费太贵了 吃不消",
])
def test_kindergarten_named_with_fees_asked_lower_is_its_aid(text):
    assert services(text)[:1] == ["preschool_financial_aid"]


@pytest.mark.parametrize("text", [
    "公办幼儿园怎么报名",
    "普惠性幼儿园几岁可以上",
    "公办幼儿园离我家远不远 要不要摇号",
])
def test_kindergarten_named_without_fees_stays_enrolment(text):
    assert "preschool_financial_aid" not in services(text)


@pytest.mark.parametrize("text, lower", [
    ("学费能不能少点", True),
    ("保育费交不起", True),
    ("学费太贵了", True),
    ("钱可以少交一点吗", True),
    ("学费多少钱", False),
    ("保育费什么时候交", False),
    ("几岁能上", False),
])
def test_one_pattern_for_fees_asked_lower(text, lower):
    assert bool(FEES_ASKED_LOWER.search(text)) is lower


def test_every_school_with_an_aid_after_its_card_is_a_catalogue_service():
    from knowledge_base.loader import load_catalogue
    ids = {s.id for s in load_catalogue().services}
    assert set(FEE_RELIEF_OF) | set(FEE_RELIEF_OF.values()) <= ids
