"""Reading classes found in session 17 (answers_test16): Wu particles and words, a denial after 我们家,
whose fact (问女儿的), years started or come with a festival, ranges kept as said, and non-answers."""
import datetime

import pytest

from bot import clock
from bot.reading import read
from tests.bot.reading_support import values

TODAY = datetime.date(2026, 12, 6)


# -- Wu dialect and typos ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我伲今年七十九嘞 耳朵也弗灵哉", "今年七十九嘞"])
def test_wu_lei_ending_a_clause_is_le(catalogue, text):
    assert values(catalogue, text, "age")["age"] == 79


def test_wu_bo_giving_money_is_gei(catalogue):
    assert values(catalogue, "囡每个号头拨我伲三百块铜板", "has_income_source")["has_income_source"] is True
    # 拨 as the passive stays the passive: no money given there
    assert "has_income_source" not in values(catalogue, "拨汽车撞脱了", "has_income_source")


def test_typo_gongzi(catalogue):
    assert values(catalogue, "我伲是丝厂退休个 每个号头有退休工姿", "receiving_basic_pension")["receiving_basic_pension"] is True


# -- phrases: a pregnancy planned with words between, a job in a firm described ----------------

@pytest.mark.parametrize("text", ["我們兩個這半年都在調身體 打算開春就懷一個", "准备明年怀一个"])
def test_planning_to_conceive_with_words_between(catalogue, text):
    assert values(catalogue, text, "planning_pregnancy")["planning_pregnancy"] is True


def test_not_planning_still_denied(catalogue):
    assert values(catalogue, "不打算再怀了", "planning_pregnancy")["planning_pregnancy"] is False


def test_working_in_a_firm_described(catalogue):
    assert values(catalogue, "现在在一家做竹地板的厂里上班", "employment_status")["employment_status"] == "在职"
    # a couple's workplace told, asked where they live: no option of the applicant's read (q121 of answers_test9)
    assert "employment_status" not in values(catalogue, "来电人说夫妻俩在南浔千金的厂里上班，那个，就住那边",
                                             "works_or_lives_in_huzhou")


def test_working_here(catalogue):
    assert values(catalogue, "我是本地的 我老公是四川来的在这打工 问的是我老公", "migrant_worker")["migrant_worker"] is True


# -- negation: 我们家 between the thing and its denial ------------------------------------------

@pytest.mark.parametrize("text", ["低保我们家没有", "低保我们家里没有", "低保我们家没吃"])
def test_denial_after_our_household(catalogue, text):
    assert values(catalogue, text, "dibao_household")["dibao_household"] is False
    assert values(catalogue, text)["dibao_household"] is False


@pytest.mark.parametrize("text", ["低保我们家有", "低保我们家吃着"])
def test_our_household_without_a_denial_is_yes(catalogue, text):
    assert values(catalogue, text, "dibao_household")["dibao_household"] is True


def test_our_small_household_answers(catalogue):
    assert values(catalogue, "我爸妈那户吃低保 我们小家没有", "dibao_household")["dibao_household"] is False
    assert values(catalogue, "我们小家是低保户", "dibao_household")["dibao_household"] is True


# -- whose fact -------------------------------------------------------------------------------

def test_asked_for_the_daughter_said_last(catalogue):
    reading = read("我自己是听力三级 女儿是肢体一级 问女儿的", catalogue, asked="disability_grade")
    assert reading.facts["disability_grade"].value == "一级"


def test_child_age_asked_of_a_child_applicant_is_no_applicant_age(catalogue):
    facts = values(catalogue, "大儿子十岁 小女儿三岁 问小女儿的", "child_age")
    assert facts["child_age"] == 3 and "age" not in facts
    assert values(catalogue, "我儿子十五岁 他能交吗")["age"] == 15  # asked nothing: the applicant's age


def test_asked_for_the_mother_who_can_walk(catalogue):
    facts = values(catalogue, "我爸瘫了要人伺候 我妈还能自己走动 问的是我妈", "needs_long_term_care")
    assert facts["needs_long_term_care"] is False
    # the one who cannot walk, told first with nobody named as asked for, stays the one read (g149 of answers_test3)
    assert values(catalogue, "我公公离不开人，我婆婆还能自己走", "needs_long_term_care")["needs_long_term_care"] is True
    assert values(catalogue, "我妈不能走动", "needs_long_term_care")["needs_long_term_care"] is True


# -- numbers: years started, a festival, a birth in 正月 ------------------------------------------

def test_year_an_account_was_opened_then_paid_every_year(catalogue):
    with clock.fixed(TODAY):
        text = "村干部二〇一一年上门动员我才开的户 那以后年年没落下 今年的也交了"
        assert values(catalogue, text, "pension_contribution_years", {"age": 63})["pension_contribution_years"] == 16
        # this year not said: since then, as a year followed by 开始
        assert values(catalogue, "二〇一一年开的户", "pension_contribution_years")["pension_contribution_years"] == \
            values(catalogue, "二〇一一年开始交", "pension_contribution_years")["pension_contribution_years"]


def test_came_after_the_spring_festival_with_words_between(catalogue):
    with clock.fixed(TODAY):
        assert values(catalogue, "二〇一八年过完春节跟着老乡坐大巴来的湖州 再没挪过窝", "local_work_years",
                      {"migrant_worker": True})["local_work_years"] == 8


def test_born_in_the_first_lunar_month_said_with_li(catalogue):
    with clock.fixed(TODAY):
        assert values(catalogue, "老婆是七八年正月里出生的 户口本上写的二月", "woman_age",
                      {"only_one_child": True})["woman_age"] == 48
        assert values(catalogue, "老婆是七八年出生的", "woman_age", {"only_one_child": True})["woman_age"] == \
            {"from": 47, "to": 48}
    with clock.fixed(datetime.date(2026, 2, 10)):  # in February the lunar first month may not have come yet
        assert values(catalogue, "老婆是七八年正月里出生的", "woman_age", {"only_one_child": True})["woman_age"] == \
            {"from": 47, "to": 48}


# -- ranges: kept as said, not replaced by a floor, an ordinal or a bound -----------------------

def test_a_floor_after_a_range_leaves_the_range(catalogue):
    assert values(catalogue, "十六七年 总归是过了十五年的", "pension_contribution_years")["pension_contribution_years"] == \
        {"from": 16, "to": 17}
    assert values(catalogue, "总归是过了十五年的", "pension_contribution_years")["pension_contribution_years"] == 15


@pytest.mark.parametrize("text, years", [("在这个电镀园区做了五六年 头一年还回贵州种过一季玉米", {"from": 5, "to": 6}),
                                         ("在这做了五年 头一年还回老家了", 5)])
def test_the_first_year_is_an_ordinal(catalogue, text, years):
    assert values(catalogue, text, "local_work_years", {"migrant_worker": True})["local_work_years"] == years


def test_one_inside_a_word_ending_in_tou_is_still_a_number(catalogue):
    assert values(catalogue, "家里头一个人", "household_size")["household_size"] == 1
    assert values(catalogue, "我一个人带丫头 丫头五岁读中班", "child_age")["child_age"] == 5
    assert values(catalogue, "证上是头一档的", "disability_grade")["disability_grade"] == "一级"


def test_over_half_a_month(catalogue):
    assert values(catalogue, "砸到脚是半个多月前 不到一个月 具体哪天我翻翻病历", "days_since_injury")["days_since_injury"] == \
        {"from": 15, "to": 29}
    assert values(catalogue, "砸到脚是半个月前", "days_since_injury")["days_since_injury"] == 15


def test_years_over_a_round_age_with_the_card_locked_away(catalogue):
    assert values(catalogue, "反正过了六十了 多了一两岁的样子 身份证锁在抽屉里", "age")["age"] == {"from": 61, "to": 62}
    assert "age" not in values(catalogue, "过了六十了 具体要看身份证", "age")  # a doubt, no years over told


# -- non-answers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, asked", [("职工养老保险是什么东西 我没听过", "covered_by_employee_pension"),
                                         ("你说的那几类我都搞不清 我到底算哪类", "training_group"),
                                         ("村里说的那种特殊困难户 是谁来定的 要够什么条件 我一头雾水", "other_special_difficulty")])
def test_the_questions_words_not_understood(catalogue, text, asked):
    reading = read(text, catalogue, asked=asked)
    assert reading.non_answer == "dont_know_what_you_mean" and asked not in reading.facts


@pytest.mark.parametrize("text", ["孩子几岁我说过两遍了", "讲了三遍了"])
def test_said_twice(catalogue, text):
    assert read(text, catalogue, asked="child_age").non_answer == "already_said"


def test_a_kind_named_by_others_then_a_denial_still_answers(catalogue):
    assert values(catalogue, "你说的那种低保 我们家没有", "dibao_household")["dibao_household"] is False
    assert values(catalogue, "我们是特殊困难户", "other_special_difficulty")["other_special_difficulty"] is True


# -- paraphrases: a grade told by its rank, a failed exam, a wall leaning, being sent off, debts -------

@pytest.mark.parametrize("text, grade", [("证上是第二重的那一档 比最重的轻一级", "二级"), ("最重的那一档", "一级"),
                                         ("证上写的第三档", "三级"), ("肢体一级", "一级")])
def test_a_grade_told_by_its_rank(catalogue, text, grade):
    assert values(catalogue, text, "disability_grade")["disability_grade"] == grade


def test_one_grade_lighter_is_no_grade_one(catalogue):
    assert values(catalogue, "比最重的轻一级", "disability_grade").get("disability_grade") != "一级"


def test_exam_marks_not_enough_and_no_second_try(catalogue):
    assert values(catalogue, "高考分数不够 也没去复读 在家里待着", "training_group")["training_group"] == "未升学初高中毕业生"
    assert values(catalogue, "高考考上了 在读大二", "training_group").get("training_group") != "未升学初高中毕业生"


def test_a_mud_wall_leaning_and_shedding(catalogue):
    facts = values(catalogue, "在村子最里面 泥巴垒的墙 东边那面斜得能塞进一只手 一下雨就掉土块", "rural_housing")
    assert facts["house_dilapidated"] is True
    assert values(catalogue, "房子是新造的 墙很结实", "house_dilapidated")["house_dilapidated"] is False


def test_sent_off_is_an_involuntary_loss(catalogue):
    text = "工资条上失业那项扣了整三年 老板把机器运去了柬埔寨 我们全被打发了"
    assert values(catalogue, text, "unemployment_contribution_years")["involuntary_job_loss"] is True
    assert values(catalogue, "我自己走的", "involuntary_job_loss")["involuntary_job_loss"] is False


def test_debts_that_cannot_be_paid_after_a_loss(catalogue):
    assert values(catalogue, "家里的鱼塘被人下药 鱼全死了 欠的饲料钱还不上", "other_hardship")["other_hardship"] is True
    assert values(catalogue, "欠的饲料钱都还上了", "other_hardship").get("other_hardship") is not True


# -- a status as the time of something else ------------------------------------------------------

@pytest.mark.parametrize("text", ["要办的是我儿子 他读大学时户口迁到了德清 我的还留在南浔", "他读大学的时候户口迁到了德清"])
def test_at_university_as_a_time_is_no_student_now(catalogue, text):
    facts = values(catalogue, text, "hukou_place")
    assert facts["hukou_place"] == "德清县" and "is_student" not in facts


def test_at_university_now_is_a_student(catalogue):
    assert values(catalogue, "他在读大学", "is_student")["is_student"] is True


# -- whose age: the spouse's told, the resident older than her ----------------------------------

@pytest.mark.parametrize("text", ["申请的是我老伴 她七十 我比她大五岁", "她七十 我比她大五岁"])
def test_her_age_told_and_the_resident_older_gives_her_no_younger_age(catalogue, text):
    facts = values(catalogue, text, "age")
    assert facts["age"] == 70 and facts.get("woman_age") != 65


@pytest.mark.parametrize("text", ["我比我爱人大五岁，我今年六十", "我今年六十 我比老婆大五岁", "我七十 我比她大五岁"])
def test_the_residents_own_age_and_the_gap_still_give_hers(catalogue, text):
    facts = values(catalogue, text, "age")
    assert facts["woman_age"] == facts["age"] - 5
