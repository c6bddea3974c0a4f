"""Classes of reading failures found in blind set 20 (answers_test14), each fixed by a general
rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from tests.bot.reading_support import values


# -- the place of a having question is no echo of it -----------------------------------------

@pytest.mark.parametrize("text", ["本地这块名下什么都没有", "湖州这里名下啥都没有 房子是租来的"])
def test_the_place_alone_is_no_yes_to_having_there(catalogue, text):
    assert values(catalogue, text, "has_local_housing").get("has_local_housing") is not True


@pytest.mark.parametrize("text, value", [("湖州这里有一套的", True), ("本地没有", False)])
def test_the_place_with_having_still_answers(catalogue, text, value):
    assert values(catalogue, text, "has_local_housing").get("has_local_housing") is value


# -- the one asked about among kin of the same kind --------------------------------------------

def test_the_sibling_not_asked_about_is_not_read(catalogue):
    got = values(catalogue, "姐姐在读研究生 妹妹没考上就在厂里上班 问的是妹妹", "is_student")
    assert got.get("is_student") is not True


def test_the_sibling_asked_about_is_read(catalogue):
    got = values(catalogue, "姐姐在读大三 妹妹早就工作了 问的是姐姐", "is_student")
    assert got.get("is_student") is True


def test_a_pronoun_for_the_one_asked_is_still_theirs(catalogue):
    got = values(catalogue, "我姐被公司辞退了，是替她问的", "involuntary_job_loss")
    assert got.get("involuntary_job_loss") is True


# -- one of the listed sources there is a yes, whatever another is said not to be ----------

@pytest.mark.parametrize("text", ["退休工资没有 儿子每月给点钱", "工资是有的 养老金一分没有"])
def test_one_source_there_is_a_yes(catalogue, text):
    assert values(catalogue, text, "has_income_source").get("has_income_source") is True


@pytest.mark.parametrize("text", ["原来工资有的 现在工资也没了", "工资没有 养老金也没有", "工资有的 不对 没有"])
def test_the_same_source_denied_or_none_stays_a_no(catalogue, text):
    assert values(catalogue, text, "has_income_source").get("has_income_source") is False


# -- numbers attached to the time asked --------------------------------------------------------

def test_three_days_back(catalogue):
    assert values(catalogue, "大前天早上骑电瓶车摔的", "days_since_injury").get("days_since_injury") == 3


def test_two_days_back_unchanged(catalogue):
    assert values(catalogue, "前天早上骑电瓶车摔的", "days_since_injury").get("days_since_injury") == 2


@pytest.mark.parametrize("today, text, years", [
    ("2026-12-06", "2015年开始交 一直交到去年", 11),
    ("2026-12-06", "一五年起缴 缴到去年就断了", 11),
])
def test_a_year_begun_then_paid_to_last_year_counts_both_ends(catalogue, today, text, years):
    from bot import clock
    with clock.fixed(clock.parse(today)):
        assert values(catalogue, text, "pension_contribution_years").get("pension_contribution_years") == years


# -- "那一级" is no grade one; the lightest grade by meaning --------------------------------

def test_the_lightest_grade_by_meaning(catalogue):
    assert values(catalogue, "残疾证上写的是最轻的那一级", "disability_grade").get("disability_grade") == "四级"


@pytest.mark.parametrize("text, grade", [("证上是一级", "一级"), ("评的是最重的那档", "一级")])
def test_grades_said_outright_unchanged(catalogue, text, grade):
    assert values(catalogue, text, "disability_grade").get("disability_grade") == grade


# -- out of the army is no retirement ------------------------------------------------------

def test_leaving_the_army_is_no_retirement(catalogue):
    got = values(catalogue, "在部队干了五年 退下来到厂里上班", "veteran")
    assert got.get("employment_status") != "退休"


def test_retired_from_work_stays_retired(catalogue):
    assert values(catalogue, "从厂里退下来好几年了", "employment_status").get("employment_status") == "退休"


# -- 低保 as a measure of income is no 低保 received ---------------------------------------

@pytest.mark.parametrize("text", ["每个人摊到的钱比低保那个标准还少", "收入早就超过低保的三倍了"])
def test_the_dibao_line_as_a_measure(catalogue, text):
    assert "dibao_household" not in values(catalogue, text, "income_below_dibao_line")


def test_dibao_received_still_read(catalogue):
    assert values(catalogue, "家里一直吃低保的", "income_below_dibao_line").get("dibao_household") is True


# -- "哪个…也没" is none at all, said, not asked ------------------------------------------

def test_no_employer_at_all_is_a_no(catalogue):
    got = values(catalogue, "打了十几年工 哪家单位都没给我交过职工养老", "covered_by_employee_pension")
    assert got.get("covered_by_employee_pension") is False


def test_which_employer_asked_stays_a_question(catalogue):
    from bot.reading import read
    assert read("是哪家单位给交的", catalogue, "covered_by_employee_pension", {}).non_answer is not None


# -- paraphrases of the option or the fact -------------------------------------------------

@pytest.mark.parametrize("asked, text, value", [
    ("employment_status", "原来的厂子倒了 到现在没找到下家", "失业"),
    ("employment_status", "还没毕业 每天在学校上课", "在校学生"),
    ("zero_employment_household", "我们家三个大人 没有一个有班上", True),
    ("involuntary_job_loss", "公司被人家兼并了 我们这批都被清退", True),
])
def test_paraphrases(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) == value


# -- Wu and plain words of the same meaning ------------------------------------------------

def test_wu_cannot_look_after_me(catalogue):
    got = values(catalogue, "阿拉囡儿自家身体也差 管勿牢我", "has_able_supporter")
    assert got.get("has_able_supporter") is False


def test_below_the_standard_said_plainly(catalogue):
    got = values(catalogue, "一个月就几百块 比标准还低", "income_below_dibao_line")
    assert got.get("income_below_dibao_line") is True


def test_nobody_at_home_with_a_certificate(catalogue):
    got = values(catalogue, "我们家里没有办过残疾证的人", "household_has_disabled")
    assert got.get("household_has_disabled") is False


def test_a_father_in_law_named_as_asked(catalogue):
    got = values(catalogue, "我和我爱人户口都在吴兴 问的是我丈人 他户口在长兴", "hukou_place")
    assert got.get("hukou_place") == "长兴县"


# -- non-answers -----------------------------------------------------------------------------

@pytest.mark.parametrize("asked, text, kind", [
    ("age", "岁数我一开始就报了", "already_said"),
    ("days_since_injury", "我该不该先去医院开个证明", "side_question"),
    ("income_below_housing_line", "那个收入线是个啥东西", "dont_know_what_you_mean"),
])
def test_non_answers(catalogue, asked, text, kind):
    from bot.reading import read
    assert read(text, catalogue, asked, {}).non_answer == kind


def test_waiting_stays_waiting(catalogue):
    from bot.reading import read
    assert read("你等一下 我去翻翻本子", catalogue, "pension_contribution_years", {}).non_answer == "wait"


# -- an age not yet reached; one person's income is no household of one -------------------

def test_an_age_not_yet_reached(catalogue):
    assert values(catalogue, "闺女四岁多了 离五岁还差两个月", "child_age").get("child_age") == 4


def test_an_age_reached_unchanged(catalogue):
    assert values(catalogue, "闺女刚满五岁", "child_age").get("child_age") == 5


def test_one_persons_income_is_no_household_of_one(catalogue):
    got = values(catalogue, "一个人每个月的收入也就低保那么多", "income_below_dibao_line")
    assert "household_size" not in got


def test_a_household_of_one_still_read(catalogue):
    assert values(catalogue, "就我一个人过 每个月收入八百", "household_size").get("household_size") == 1


# -- those of the family able to work are no one's working capacity ------------------------

def test_the_family_able_to_work_is_no_capacity_said(catalogue):
    got = values(catalogue, "我们家里那几个能干活的 全都没活干", "zero_employment_household")
    assert "has_labour_capacity" not in got and got.get("zero_employment_household") is True


@pytest.mark.parametrize("text", ["我还能干活的", "家里就我能干活"])
def test_ones_own_capacity_still_read(catalogue, text):
    assert values(catalogue, text, "has_labour_capacity").get("has_labour_capacity") is True
