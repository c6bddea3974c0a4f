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


# -- ages and numbers ------------------------------------------------------------------------

DAY = __import__("datetime").date(2026, 12, 5)


@pytest.mark.parametrize("asked, text, age", [
    ("age", "明年二月份满六十五", 64),
    ("child_age", "外孙今年五岁，明年开春就六岁了", 5),
    ("age", "户口本上是五八年三月出生的", 68),
    ("age", "六五年二月生的", 61),
    ("woman_age", "她是八零年的，生日是五月", 46),
    ("woman_age", "老婆今年差不多五十一二的样子", {"from": 51, "to": 52}),
    ("child_age", "上个月刚吹了五根蜡烛", 5),
])
def test_ages_told_by_a_birthday(catalogue, asked, text, age):
    from bot import clock
    with clock.fixed(DAY):
        got = values(catalogue, text, asked).get(asked)
    assert got == age


def test_an_age_to_come_is_not_the_age_now(catalogue):
    assert values(catalogue, "后年五月满六十", "age").get("age") != 60


def test_a_span_of_digits_stays_a_span(catalogue):
    assert values(catalogue, "交了六七年", "unemployment_contribution_years").get("unemployment_contribution_years") == \
        {"from": 6, "to": 7}


def test_mouths_at_the_table_are_the_household(catalogue):
    assert values(catalogue, "家里吃饭的五张嘴", "household_size").get("household_size") == 5


def test_one_person_a_month_shared_out_is_no_household_of_one(catalogue):
    assert "household_size" not in values(catalogue, "一个人每个月平均下来才三百", "income_below_dibao_line")


def test_a_bound_the_range_keeps_to_does_not_replace_it(catalogue):
    got = values(catalogue, "交了十一二年 还没到十五年", "pension_contribution_years")
    assert got.get("pension_contribution_years") == {"from": 11, "to": 12}


def test_a_bound_alone_is_still_read(catalogue):
    assert isinstance(values(catalogue, "还没到十五年", "pension_contribution_years").get("pension_contribution_years"), dict)


# -- the question's words, asked what they mean ----------------------------------------------

@pytest.mark.parametrize("asked, text", [
    ("dibao_expense_surge", "支出骤增是指哪一种啊"),
    ("sudden_hardship", "突发重大疾病指的是哪类 讲明白点"),
    ("covered_by_employee_pension", "职工社保和居民社保有什么区别 我搞不懂"),
])
def test_asked_what_the_words_mean(catalogue, asked, text):
    reading = __import__("bot.reading", fromlist=["read"]).read(text, catalogue, asked, {})
    assert asked not in reading.values()
    assert reading.non_answer == "dont_know_what_you_mean"


def test_unsure_of_the_rule_is_unknown(catalogue):
    got = values(catalogue, "家里有点积蓄 算不算超标我心里没数", "assets_within_local_rules")
    assert got.get("assets_within_local_rules") == "不知道"


# -- whose fact ------------------------------------------------------------------------------

def test_the_child_asked_about_by_this(catalogue):
    got = values(catalogue, "大女儿在读高中 问的那个小女儿初中毕业就没读了", "is_student")
    assert got.get("is_student") is False


def test_a_hukou_moved_with_someone_is_its_owners(catalogue):
    got = values(catalogue, "我户口在德清 我女儿的户口跟她老公迁到南浔了 问的是我女儿", "hukou_place")
    assert got.get("hukou_place") == "南浔区"


def test_the_residents_own_hukou_when_asking_for_themself(catalogue):
    got = values(catalogue, "我户口在德清 我女儿的户口跟她老公迁到南浔了", "hukou_place")
    assert got.get("hukou_place") == "德清县"


def test_an_only_daughter_lost(catalogue):
    assert values(catalogue, "独女十年前生病走了", "only_child_lost").get("only_child_lost") is True


def test_a_soldier_once_is_the_veterans_group(catalogue):
    got = values(catalogue, "当了四年兵 去年脱的军装", "training_group")
    assert got.get("training_group") == "退役军人"


def test_an_office_that_came_to_register_is_no_unemployment_registration(catalogue):
    assert "unemployment_registered" not in values(catalogue, "村里也没人上门登记过", "extreme_poverty_supported")


# -- where one served is not where one lives; an age or just under it -------------------------

def test_where_one_served_is_no_residence(catalogue):
    assert "residence_place" not in values(catalogue, "九八年退的伍 在西藏当的兵", "veteran")


def test_where_one_lives_after_service_is_read(catalogue):
    assert values(catalogue, "当兵在新疆 现在住南浔", "residence_place").get("residence_place") == "南浔区"


def test_an_age_or_just_under_it_is_a_range(catalogue):
    got = values(catalogue, "记不太清 是满四岁了还是差一点", "child_age")
    assert got.get("child_age") == {"from": 3, "to": 4}


def test_a_choice_asked_back_is_still_a_question(catalogue):
    from bot.reading import read
    assert read("补贴是按月发还是一次性给", catalogue, "child_age", {}).non_answer == "side_question"


def test_the_words_asked_then_answered_keeps_the_answer(catalogue):
    assert values(catalogue, "支出骤增是指哪一种 我们家没有", "dibao_expense_surge").get("dibao_expense_surge") is False


@pytest.mark.parametrize("text", ["儿子自己在住院，哪里管得了我", "闺女在外地打工，哪还顾得上我"])
def test_asked_back_whether_they_could_care_is_a_no(catalogue, text):
    assert values(catalogue, text, "has_able_supporter").get("has_able_supporter") is False


def test_that_one_born_is_the_only_child(catalogue):
    assert values(catalogue, "我们就生了那一个", "woman_age").get("only_one_child") is True


# -- 不是 X，是 Y: the 不是 denies X, not the question ------------------------------------------

def test_not_that_but_this_is_no_bare_no(catalogue):
    got = values(catalogue, "不是老早就有的 是上个月突然查出来的", "sudden_hardship")
    assert got.get("sudden_hardship") is not False


@pytest.mark.parametrize("asked, text, value", [
    ("involuntary_job_loss", "不是 是自己辞的", False),
    ("dibao_household", "不是低保户 是低收入户", False),
])
def test_a_plain_no_then_what_is_stays(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) is value


# -- more words: no plan, a disabled member with a card, a crack a fist fits in ----------------

@pytest.mark.parametrize("asked, text, key, value", [
    ("planning_pregnancy", "暂时没那个打算", "planning_pregnancy", False),
    ("dibao_household", "家里还有个持证的残疾人", "household_has_disabled", True),
    ("rural_housing", "老房子的墙缝塞得进拳头", "house_dilapidated", True),
])
def test_more_words_residents_use(catalogue, asked, text, key, value):
    assert values(catalogue, text, asked).get(key) is value


def test_too_busy_is_no_word_on_supporters_unasked(catalogue):
    assert "has_able_supporter" not in values(catalogue, "上班太忙顾不上", "planning_pregnancy")


def test_too_busy_for_me_asked_of_supporters_is_a_no(catalogue):
    assert values(catalogue, "儿子自己忙得顾不上", "has_able_supporter").get("has_able_supporter") is False
