"""Classes of reading failures found in blind set 19 (answers_test13), each fixed by a general
rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from tests.bot.reading_support import values


# -- negation over a list of one fact's words, and a negator that belongs to a verb ----------

@pytest.mark.parametrize("asked, text, value", [
    ("has_income_source", "退休金工资一样都不沾", False),
    ("has_income_source", "养老金和工资样样都没有", False),
    ("receiving_basic_pension", "从来没拿过啥养老金", False),
    ("dibao_household", "家里从来不曾吃过国家的低保", False),
    ("dibao_household", "我们未曾领过低保", False),
])
def test_a_denial_over_a_list_or_a_verb(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) is value


@pytest.mark.parametrize("asked, text, wrong", [
    ("has_income_source", "工资养老金都有", False),
    ("has_income_source", "养老金每月一千多", False),
    ("dibao_household", "低保吃了两年了", False),
])
def test_a_denial_over_a_list_not_caught(catalogue, asked, text, wrong):
    assert values(catalogue, text, asked).get(asked) is not wrong


def test_not_having_finished_school_then_leaving_is_no_student(catalogue):
    assert values(catalogue, "职高没念完就出去打工了", "is_student").get("is_student") is False


def test_still_at_school_stays_a_student(catalogue):
    assert values(catalogue, "还在念职高", "is_student").get("is_student") is True


# -- the question's words, then never done -----------------------------------------------------

@pytest.mark.parametrize("text", ["单位那种养老一直没交过", "职工那个养老从来没缴过"])
def test_the_question_words_then_never_paid(catalogue, text):
    assert values(catalogue, text, "covered_by_employee_pension").get("covered_by_employee_pension") is False


def test_the_question_words_paid_stays_yes(catalogue):
    got = values(catalogue, "职工社保单位一直在交", "covered_by_employee_pension")
    assert got.get("covered_by_employee_pension") is not False


# -- far below the line: 连…一半都没有, 早就不够 -------------------------------------------------

@pytest.mark.parametrize("text", ["平均下来连低保那个数的一半都不到", "钱根本不够用", "一个月几百块，早就不够了"])
def test_far_below_the_line(catalogue, text):
    assert values(catalogue, text, "income_below_dibao_line").get("income_below_dibao_line") is True


@pytest.mark.parametrize("text", ["比低保线高一点", "超过了"])
def test_above_the_line_not_caught(catalogue, text):
    assert values(catalogue, text, "income_below_dibao_line").get("income_below_dibao_line") is not True


# -- residents' own words for facts the catalogue had no phrase for ---------------------------

@pytest.mark.parametrize("asked, text, value", [
    ("house_dilapidated", "墙上裂了个口子，一下雨门框就嘎吱嘎吱响", True),
    ("zero_employment_household", "夫妻俩全在家闲着，没人有活干", True),
    ("involuntary_job_loss", "厂子关了门，我们是被迫失业的", True),
    ("involuntary_job_loss", "老板欠了一屁股债跑路了", True),
    ("involuntary_job_loss", "是自己要回老家照顾老人", False),
    ("migrant_worker", "一辈子没出过湖州", False),
    ("has_able_supporter", "儿子女儿都没有，就剩我一个", False),
])
def test_words_residents_use(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) is value


def test_the_heaviest_grade(catalogue):
    assert values(catalogue, "评的级别是顶顶重的", "disability_grade").get("disability_grade") == "一级"


def test_enough_for_public_housing_unasked(catalogue):
    got = values(catalogue, "收入不高，够申请公租房", "has_local_housing")
    assert got.get("income_below_housing_line") is True


@pytest.mark.parametrize("asked, text, wrong", [
    ("involuntary_job_loss", "是我自己要申请的", False),
    ("house_dilapidated", "房子结实得很", True),
    ("zero_employment_household", "老公在厂里上班", True),
])
def test_words_residents_use_not_caught(catalogue, asked, text, wrong):
    assert values(catalogue, text, asked).get(asked) is not wrong


# -- no one who could support: every one there cannot, said as all there are -------------------

@pytest.mark.parametrize("text", [
    "我就剩一个外甥，他自己在服刑",
    "两个女儿，大的去世了，小的瘫在床上",
])
def test_every_one_there_cannot_support(catalogue, text):
    assert values(catalogue, text, "has_able_supporter").get("has_able_supporter") is False


@pytest.mark.parametrize("text", [
    "两个女儿，大的去世了，小的在杭州上班",
    "三个儿子，老大在坐牢",
    "侄子中风了，外甥还好",
    "老伴瘫着，儿子每个月打钱回来",
])
def test_someone_who_could_support_is_not_caught(catalogue, text):
    assert values(catalogue, text, "has_able_supporter").get("has_able_supporter") is not False


def test_only_one_of_a_relative_is_no_only_child(catalogue):
    assert values(catalogue, "能帮忙的只有一个外甥", "has_able_supporter").get("only_one_child") is None


def test_only_one_child_still_read(catalogue):
    assert values(catalogue, "我们只有一个", "only_one_child").get("only_one_child") is True


# -- a household's hardship is no child's situation where no child is spoken of ---------------

def test_a_poor_household_without_a_child_has_no_child_situation(catalogue):
    assert "child_situation" not in values(catalogue, "我们是低保户，每个月有补贴", "dibao_household")


def test_a_poor_household_with_a_child_keeps_it(catalogue):
    got = values(catalogue, "儿子在读小学，家里是低保户", "dibao_household")
    assert got.get("child_situation") == "家庭经济困难"
