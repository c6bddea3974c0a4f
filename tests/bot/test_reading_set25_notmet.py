"""Blind set 25's three wrong not-met readings (answers_test19.jsonl, first scored in the nineteenth session), read at
their cause in sentences of our own; the rest of the table stays blind. The registration of being out of work named
with 没 (没工作的登记 is 失业登记), a thing denied after it with 的也没有, and an income that has not passed the line."""
import pytest

from tests.bot.reading_support import values


@pytest.mark.parametrize("text", ["没工作的登记前几天在社区办掉了", "没活干的登记已经去镇上登过了"])
def test_the_out_of_work_registration_named_with_mei_is_done(catalogue, text):
    assert values(catalogue, text, "unemployment_registered")["unemployment_registered"] is True


def test_near_miss_the_out_of_work_registration_not_yet_done(catalogue):
    assert values(catalogue, "没工作的登记还没去弄", "unemployment_registered")["unemployment_registered"] is False


@pytest.mark.parametrize("text", ["儿子走了以后 我们就没再要过孩子 领养的也没有", "抱养的也没有 再生也没再生"])
def test_a_thing_denied_after_it_with_de_ye_meiyou(catalogue, text):
    assert values(catalogue, text, "had_another_child")["had_another_child"] is False


def test_near_miss_adopted_after_all(catalogue):
    assert values(catalogue, "没再生 领养的倒是有一个", "had_another_child")["had_another_child"] is True


@pytest.mark.parametrize("asked", ["income_below_housing_line", "income_below_dibao_line"])
def test_an_income_that_has_not_passed_the_line_is_below_it(catalogue, asked):
    assert values(catalogue, "两个人的收入没超过那条线", asked)[asked] is True


def test_near_miss_an_income_over_the_line(catalogue):
    assert values(catalogue, "收入早就超过那条线了", "income_below_housing_line")["income_below_housing_line"] is False


def test_the_line_unasked_reads_nothing(catalogue):
    said = values(catalogue, "收入没过那条线")
    assert "income_below_housing_line" not in said and "income_below_dibao_line" not in said
