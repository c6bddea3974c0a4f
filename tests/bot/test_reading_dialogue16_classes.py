"""Classes of misreadings found in real multi-turn conversations (reader session 16), each fixed
by a general rule and checked with phrasings of our own and cases the rule must not catch."""
import datetime

import pytest

from bot import clock
from bot.reading import read
from knowledge_base.loader import load_catalogue

TODAY = datetime.date(2026, 12, 4)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def values(catalogue, text, asked=None, known=None):
    with clock.fixed(TODAY):
        return read(text, catalogue, asked, known).values()


# -- a gap inside the years of contributions is a detail of them, not the years ----------------

@pytest.mark.parametrize("asked, text, key, years", [
    ("pension_contribution_years", "交了十二年 中间有两年断脱个", "pension_contribution_years", 12),
    ("pension_contribution_years", "交了十二年，中间断了两年", "pension_contribution_years", 12),
    ("pension_contribution_years", "交了12年 中间2年断掉了", "pension_contribution_years", 12),
    ("unemployment_contribution_years", "交了五年，中间停过一年", "unemployment_contribution_years", 5),
    (None, "养老保险交了十五年，有两年断缴过", "pension_contribution_years", 15),
    ("pension_contribution_years", "交了十二年 中間有兩年斷掉了", "pension_contribution_years", 12),
    # near-misses that must not change
    ("pension_contribution_years", "交了两年就停了", "pension_contribution_years", 2),
    ("pension_contribution_years", "交了十八年，一年没断", "pension_contribution_years", 18),
    ("pension_contribution_years", "交了十二年", "pension_contribution_years", 12),
])
def test_a_gap_is_a_detail_of_the_years(catalogue, asked, text, key, years):
    assert values(catalogue, text, asked).get(key) == years


@pytest.mark.parametrize("text", ["中间断了两年", "中间有两年没交"])
def test_a_gap_alone_is_no_number_of_years(catalogue, text):
    assert "pension_contribution_years" not in values(catalogue, text, "pension_contribution_years") or \
        values(catalogue, text, "pension_contribution_years")["pension_contribution_years"] != 2


# -- a disability grade of the past is not the grade now --------------------------------------

@pytest.mark.parametrize("text, known, grade", [
    ("哦不对 我把证翻出来看了 写的是二级 三级是他刚办证那年的", {"disability_grade": "三级"}, "二级"),
    ("以前是三级，现在改成二级了", {}, "二级"),
    ("现在是二级，原来是三级", {}, "二级"),
    ("二级，三级那是以前的", {}, "二级"),
    ("哦不對 我把證翻出來看了 寫的是二級 三級是他剛辦證那年的", {}, "二级"),
    # near-misses that must not change
    ("有证的 上面写的好像是三级", {}, "三级"),
    ("三级是我爸的，我是一级", {}, "一级"),
    ("三级", {}, "三级"),
])
def test_a_grade_of_the_past_is_not_the_grade(catalogue, text, known, grade):
    for asked in ("disability_grade", None):
        assert values(catalogue, text, asked, known).get("disability_grade") == grade


def test_only_a_past_grade_reads_nothing(catalogue):
    assert "disability_grade" not in values(catalogue, "原来是三级", "disability_grade")


# -- the employer pays only another insurance: no employee pension ----------------------------

@pytest.mark.parametrize("asked, text, value", [
    ("covered_by_employee_pension", "单位交的只有医保 养老那块一直是空的", False),
    (None, "单位交的只有医保 养老那块一直是空的", False),
    ("covered_by_employee_pension", "公司只给我交了医保", False),
    ("covered_by_employee_pension", "厂里就交个工伤保险，别的都没有", False),
    ("covered_by_employee_pension", "养老那块没交过", False),
    ("covered_by_employee_pension", "單位交的只有醫保 養老那塊一直是空的", False),
    # near-misses that must not change
    ("covered_by_employee_pension", "单位只交了医保和养老", True),
    ("covered_by_employee_pension", "单位交的，医保养老都有", True),
    ("covered_by_employee_pension", "单位交的", True),
    ("covered_by_employee_pension", "单位只交医保，养老我自己在交灵活就业的", True),
])
def test_only_another_insurance_is_no_employee_pension(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get("covered_by_employee_pension") is value


def test_a_pension_not_yet_drawn_is_not_about_the_employee_pension(catalogue):
    assert "covered_by_employee_pension" not in values(catalogue, "在厂里上班，养老金还没领")
