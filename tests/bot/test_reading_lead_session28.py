"""The lead's readings of session 28, from blind set 33's conversations and from talking to make run as five residents (our own
sentences): a comparison of work (一架飞一天顶十个人) is no household size; an age at which one was sterilised is no age now,
and being unable to have more children answers whether another came; a birth told after the card of a child's service is the
child's age; "no other income" beside a pension told is no "no income"."""
import pytest

from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.mark.parametrize("text", ["无人机一架飞一天顶十个人", "这台机器抵得上五个人", "他一个人干活赛过三个人"])
def test_a_comparison_of_work_is_no_household(catalogue, text):
    assert "household_size" not in read(text, catalogue).facts


def test_a_household_told_stays(catalogue):
    assert read("家里一共五个人", catalogue).facts["household_size"].value == 5


@pytest.mark.parametrize("text", ["阿拉四十岁就结扎脱哉 伲子以后再也生勿出 也勿曾去抱", "三十五岁就结扎了 再也生不出来了"])
def test_sterilised_is_no_other_child_and_no_age_now(catalogue, text):
    facts = read(text, catalogue, asked="had_another_child").facts
    assert facts["had_another_child"].value is False
    assert "age" not in facts and "woman_age" not in facts


_SCHOOL = ("child_age", "hukou_place", "works_or_lives_in_huzhou")


@pytest.mark.parametrize("text", ["2020年3月生的", "二〇二一年五月生的"])
def test_a_birth_told_for_a_childs_service_is_the_childs_age(catalogue, text):
    facts = read(text, catalogue, relevant=_SCHOOL).facts
    assert "child_age" in facts and "age" not in facts


def test_a_birth_told_elsewhere_stays_the_applicants(catalogue):
    assert "age" in read("1958年3月生的", catalogue).facts
    # an adult's age for a child's service is no child's
    assert "child_age" not in read("我今年三十五", catalogue, relevant=_SCHOOL).facts


@pytest.mark.parametrize("text", ["养老钞票一个号头一千多 别个进项呒没", "退休金两千 别的进项没有", "靠一点点养老钞票"])
def test_no_other_income_beside_a_pension_is_an_income(catalogue, text):
    assert read(text, catalogue, asked="income_within_200pct_dibao").facts["has_income_source"].value is True


@pytest.mark.parametrize("text", ["进项呒没", "一分进项都没有"])
def test_no_income_at_all_stays(catalogue, text):
    assert read(text, catalogue, asked="has_income_source").facts["has_income_source"].value is False
