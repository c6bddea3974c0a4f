"""Answers_test25/26, studied: readings fixed at their cause and tested in other words than the data's, with the
words that must stay unread (or read the other way)."""
import datetime
from functools import lru_cache

from bot import clock
from bot.reading import read
from knowledge_base.loader import load_catalogue


@lru_cache(maxsize=1)
def _catalogue():
    return load_catalogue()


def _read(text, asked=None, known=None):
    return {k: f.value for k, f in read(text, _catalogue(), asked=asked, known=known or {}).facts.items()}


def test_a_spouse_dead_and_no_child_ever_is_no_supporter_whatever_was_asked():
    assert _read("七十六了 老头子早就走了 也没有孩子", asked="age")["has_able_supporter"] is False
    assert _read("八十了 老伴过世多年 孩子一个也没生过", asked="age")["has_able_supporter"] is False
    found = _read("种不动地了 老太婆前年走的 膝下没孩子", asked="has_labour_capacity")
    assert found["has_able_supporter"] is False and found["has_labour_capacity"] is False


def test_a_child_named_or_children_only_away_leave_the_supporter_unread():
    assert "has_able_supporter" not in _read("七十了 老伴走了 没孩子在身边", asked="age")
    assert "has_able_supporter" not in _read("七十了 老伴走了 儿子在外地 也没孩子回来看", asked="age")
    assert "has_able_supporter" not in _read("七十了 也没孩子", asked="age")  # no spouse said dead: maybe one there


def test_asked_if_at_school_a_son_in_his_second_year_is_a_student():
    found = _read("女儿前年考上杭州一所大学 现在读大三", asked="is_student")
    assert found["is_student"] is True and found["employment_status"] == "在校学生"


def test_a_birthday_still_to_come_takes_a_year_off_the_birth_year():
    with clock.fixed(datetime.date(2026, 6, 10)):
        assert _read("孩子生日就是后天 二〇二〇年生的", asked="child_age")["child_age"] == 5
        assert _read("二〇二〇年生的 下个月才过生日", asked="child_age")["child_age"] == 5
        assert _read("二〇二〇年生的 生日已经过了", asked="child_age")["child_age"] == 6


def test_an_age_with_a_maybe_older_is_a_range():
    assert _read("孙子四岁多 说不定已经满五岁了", asked="child_age")["child_age"] == {"from": 4, "to": 5}
    assert _read("孙子四岁多 没准已经五岁了", asked="child_age")["child_age"] == {"from": 4, "to": 5}
    assert _read("孙子四岁多", asked="child_age")["child_age"] == 4


def test_not_earning_a_cent_is_no_income_source():
    assert _read("腰断了以后 一分钱也挣不到", asked="has_labour_capacity")["has_income_source"] is False
    assert _read("干不了活 钱也挣不到一分", asked="has_labour_capacity")["has_income_source"] is False


def test_savings_emptied_by_a_bill_is_an_expense_surge_when_asked():
    known = {"dibao_household": True}
    assert _read("今年老伴开刀 家底都花光了", asked="dibao_expense_surge", known=known)["dibao_expense_surge"] is True
    assert _read("儿子住院 积蓄全掏空了", asked="dibao_expense_surge", known=known)["dibao_expense_surge"] is True
    assert "dibao_expense_surge" not in _read("家底都花光了", asked="has_income_source")
