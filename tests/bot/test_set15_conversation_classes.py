"""Classes found in blind set 15's conversations (tests/data/conversations_test10), each with
sentences written for these tests and near misses that must not change."""
import datetime

import pytest

from bot import clock
from bot.eligibility_cues import asks_for_help
from bot.reading.quantities import durations
from bot.reading.reader import read
from bot.story_needs import needs
from bot.text import WhereQuestion, without_rhetorical_where
from knowledge_base.loader import load_catalogue

CATALOGUE = load_catalogue()
WHERE = WhereQuestion(r"哪里|哪儿|找谁")


def facts(text, asked=None):
    return {k: v.value for k, v in read(text, CATALOGUE, asked, {}).facts.items()}


@pytest.mark.parametrize("text", ["看病要好几万 我们哪里拿得出", "学费一年八千 哪儿付得起", "房租又涨了 哪里还有钱交"])
def test_a_pleas_where_is_no_question_of_where(text):
    assert WHERE.search(text) is None
    assert len(without_rhetorical_where(text)) == len(text)


@pytest.mark.parametrize("text", ["钱要到哪里去领", "这个找谁", "哪里拿材料"])
def test_a_question_of_where_stays_one(text):
    assert WHERE.search(text) is not None


@pytest.mark.parametrize("text, plea", [
    ("老伴查出来肝癌 一次治疗就要上万 我们老两口哪里拿得出", True),
    ("儿子考上了大学 学费实在交不起", True),
    ("离婚以后一个人带孩子 日子快过不下去了", True),
    ("生活过不下去", False),  # a plea alone is no story told
    ("医药费已经交掉了", False),
])
def test_a_story_ending_on_what_cannot_be_borne_asks_for_help(text, plea):
    assert asks_for_help(text) is plea


def test_a_year_said_before_holds_for_the_months_after_it():
    today = datetime.date(2026, 12, 4)
    spans = durations("是十一月底还是十二月初", today, before="去年冬天出的事 ")
    assert [(n.low, n.high) for n in spans] == [(359.0, 378.0)]
    # no year before: the last such months past
    assert [(n.low, n.high) for n in durations("三月还是四月", today)] == [(218.0, 278.0)]


def test_two_months_joined_by_or_are_either():
    today = datetime.date(2026, 12, 4)
    assert [(n.low, n.high) for n in durations("今年五月或者六月", today)] == [(157.0, 217.0)]


def test_a_two_digit_birth_year_with_its_month_and_day():
    with clock.fixed(datetime.date(2026, 12, 4)):
        assert facts("我是58年12月20号生的")["age"] == 67
        assert facts("我是58年3月生的")["age"] == 68


def test_a_comparison_with_the_line_answers_whether_below_it():
    assert facts("社区帮我们算过 还不到那个标准", "income_below_dibao_line") == {"income_below_dibao_line": True}
    assert facts("不清楚低保标准", "income_below_dibao_line") == {"income_below_dibao_line": "不知道"}


def test_never_received_in_other_words():
    for text in ("一分钱也没领到过", "一分也呒没领着过"):
        assert facts(text, "receiving_basic_pension") == {"receiving_basic_pension": False}, text


def test_no_kin_listed_is_no_supporter():
    assert facts("老婆没讨过 儿子女儿都没有", "has_able_supporter") == {"has_able_supporter": False}


@pytest.mark.parametrize("text, service", [
    # the living subsidy of disabled residents, told in other words
    ("女儿是肢体残疾 有证的 一个月就一点钱 听说残疾人生活上政府有补贴", "disabled_living_subsidy"),
    # a household that cannot live on what it has: the lasting help
    ("男人走了以后 我身体又不好 娘俩日子实在过不下去了", "minimum_living_allowance"),
])
def test_situations_told_in_other_words(text, service):
    assert service in [sid for _, sid in needs(text)]


def test_a_sudden_cause_keeps_the_temporary_help():
    assert "temporary_assistance" in [sid for _, sid in needs("老公出了车祸躺在医院 日子过不下去了")]
