"""Blind set 28's wrong not-met readings at their cause (answers_test22's three rows, read alone; the rest of the
table stays blind): a denial after what is denied, past a "that kind of" (的那种), a list of the things denied (X和Y
哪样都没), or 是不可能了. Our own sentences."""
import pytest

from bot.reading import read


@pytest.mark.parametrize("asked, text, value", [
    ("covered_by_employee_pension", "厂里交的那种社保我一天都没有过", False),
    ("covered_by_employee_pension", "公司交的这种养老他从来没有", False),
    ("receiving_basic_pension", "退休工资养老钱哪一样都没拿到过", False),
    ("receiving_basic_pension", "养老金和退休金两样都没有", False),
    ("has_labour_capacity", "脚坏了 下地干活是不可能了", False),
    # (没关系 still denies: "not related to" the public institutions)
    ("public_institution_staff", "在饭店打工 跟机关事业单位没关系", False),
])
def test_a_denial_after_what_it_denies(catalogue, asked, text, value):
    assert read(text, catalogue, asked, {}).values().get(asked) is value


@pytest.mark.parametrize("asked, text, value", [
    ("covered_by_employee_pension", "单位交的那种养老我一直有", True),
    ("has_labour_capacity", "下地干活还行 不可能不干的", True),
    ("has_labour_capacity", "下地干活没问题", True),
])
def test_no_denial_where_none_is_said(catalogue, asked, text, value):
    assert read(text, catalogue, asked, {}).values().get(asked) is value
