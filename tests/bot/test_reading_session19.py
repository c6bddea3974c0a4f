"""Reading classes found in session 19 (answers_test18): a phrase whose 我 begins another person's
word (照顾我妈), a doctor keeping one from work, the village as a scheme (村里的养老), a registration
named (失业登记), a poor household not said to be a child's, where one served in the army, tiles
fallen and a crack a hand fits in, the Wu typo 公资, "X前后" as about X, a passbook's first and last
payment, a spouse's age a few words after her name, and a resident who never worked beside a
spouse's employer pension."""
import datetime

import pytest

from bot import clock
from bot.reading import read
from tests.bot.reading_support import values

TODAY = datetime.date(2026, 12, 6)


# -- spurious facts: words that belong to someone or something else -----------------------------

@pytest.mark.parametrize("text", ["厂里没辞我 是我要回去照顾我爸", "我自己走的 要回家照顾我妈妈"])
def test_caring_for_ones_parent_is_no_supporter(catalogue, text):
    assert "has_able_supporter" not in values(catalogue, text, "involuntary_job_loss")


def test_being_cared_for_is_still_a_supporter(catalogue):
    assert values(catalogue, "女儿就在隔壁村 天天过来照顾我", "has_able_supporter")["has_able_supporter"] is True


@pytest.mark.parametrize("text", ["大夫说我这腰不让我干了", "医生也不让我干重活"])
def test_a_doctor_forbidding_work_is_no_dismissal(catalogue, text):
    assert "involuntary_job_loss" not in values(catalogue, text, "has_labour_capacity", {"age": 60})


def test_the_boss_forbidding_work_is_still_a_dismissal(catalogue):
    assert values(catalogue, "老板不让我干了", "involuntary_job_loss")["involuntary_job_loss"] is True


@pytest.mark.parametrize("text", ["我今年六十五 村里的社保交了十二年", "乡下的合作医疗我每年都交"])
def test_the_village_scheme_is_no_rural_house(catalogue, text):
    assert "rural_housing" not in values(catalogue, text, "age")


def test_a_house_in_the_village_is_still_rural(catalogue):
    assert values(catalogue, "我住的是村里的房子", "age")["rural_housing"] is True


def test_the_unemployment_registration_named_is_no_training_group(catalogue):
    assert "training_group" not in values(catalogue, "失业登记我还没空去办", "unemployment_registered")


def test_unemployed_said_is_still_a_training_group(catalogue):
    assert values(catalogue, "我失业了 在家待着", "training_group")["training_group"] == "失业人员或转岗职工"


def test_a_poor_household_is_no_child_of_one_unless_asked(catalogue):
    assert "training_group" not in values(catalogue, "她也不是低保 只是家里穷了点", "dibao_household")
    assert values(catalogue, "家里穷 爸妈供不起我读书", "training_group")["training_group"] == "贫困家庭子女"


@pytest.mark.parametrize("text", ["在宁波当过三年兵", "我在舟山服了两年役"])
def test_where_one_served_is_no_residence(catalogue, text):
    assert "residence_place" not in values(catalogue, text, "veteran")


def test_where_one_lives_is_still_read(catalogue):
    assert values(catalogue, "我在杭州打工", "residence_place")["residence_place"] == "外地"


# -- missed facts ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["后屋的瓦碎了好几块", "墙上裂的缝可以塞进拳头"])
def test_signs_of_a_dilapidated_house(catalogue, text):
    assert values(catalogue, text, "house_dilapidated")["house_dilapidated"] is True


def test_tiles_of_a_roof_house_are_no_sign(catalogue):
    assert "house_dilapidated" not in values(catalogue, "住的是老瓦房", "rural_housing")


def test_wu_typo_gong_zi(catalogue):
    assert values(catalogue, "退休公资我没有的", "receiving_basic_pension")["receiving_basic_pension"] is False


def test_about_a_year_ago_is_a_range(catalogue):
    with clock.fixed(TODAY):
        got = values(catalogue, "差不多两年前后吧", "days_since_injury")["days_since_injury"]
    assert isinstance(got, dict) and got["from"] < 730 < got["to"]


def test_then_afterwards_is_no_about(catalogue):
    with clock.fixed(TODAY):
        got = values(catalogue, "三个月前", "days_since_injury")["days_since_injury"]
    assert got == 90


def test_first_and_last_payment_years(catalogue):
    text = "本子上第一笔是二〇一〇年 最后一笔是二〇二一年"
    with clock.fixed(TODAY):
        assert values(catalogue, text, "pension_contribution_years", {"age": 63})["pension_contribution_years"] == 12


def test_spouse_age_said_after_her_name(catalogue):
    got = values(catalogue, "我五十八 她是我爱人 比我足足小四岁", "woman_age")
    assert got["woman_age"] == 54


def test_spouse_older_than_resident(catalogue):
    assert values(catalogue, "我五十 老婆比我大两岁", "woman_age")["woman_age"] == 52


def test_never_worked_beside_spouse_pension(catalogue):
    text = "厂里是给我老婆交的 我自己一直在家种地 问的是我"
    assert values(catalogue, text, "covered_by_employee_pension")["covered_by_employee_pension"] is False


@pytest.mark.parametrize("text", ["我一直在家", "我以前在单位上班 老婆现在也在厂里 我一直在家"])
def test_at_home_alone_or_with_a_past_employer_says_nothing(catalogue, text):
    assert values(catalogue, text, "covered_by_employee_pension").get("covered_by_employee_pension") is not False


# -- non-answers, the household's means, a graduate no child -------------------------------------

@pytest.mark.parametrize("text", ["你是不是机器人啊", "回我的是真人吗"])
def test_asking_whether_the_assistant_is_a_machine(catalogue, text):
    got = read(text, catalogue, "hukou_place")
    assert got.non_answer == "side_question" and not got.facts


def test_saying_one_is_a_person_is_still_an_answer(catalogue):
    assert values(catalogue, "我是真人啊 户口在长兴", "hukou_place")["hukou_place"] == "长兴县"


def test_the_term_not_understood(catalogue):
    got = read("你说的困难人员 谁来定 我弄不明白这个说法", catalogue, "other_special_difficulty")
    assert got.non_answer == "dont_know_what_you_mean" and "other_special_difficulty" not in got.facts


def test_not_knowing_the_answer_is_still_unknown(catalogue):
    assert values(catalogue, "这个我搞不懂 不清楚", "other_special_difficulty")["other_special_difficulty"] == "不知道"


def test_household_means_said_with_an_adverb(catalogue):
    got = values(catalogue, "小孩没病没灾的 就是家里条件蛮困难", "child_situation", {"child_age": 7})
    assert got["child_situation"] == "家庭经济困难"


def test_a_university_graduate_is_no_poor_child(catalogue):
    assert "child_situation" not in values(catalogue, "家里条件蛮困难 我去年本科毕业", "poor_family_graduate")


# -- at work now, asked whether a student ----------------------------------------------------------

@pytest.mark.parametrize("text", ["大女儿在读高中 小女儿已经在超市上班了 问的是小女儿", "她在饭店里上班"])
def test_at_work_now_is_no_student(catalogue, text):
    assert values(catalogue, text, "is_student")["is_student"] is False


def test_work_in_the_holidays_says_nothing_of_school(catalogue):
    assert "is_student" not in values(catalogue, "他寒假在厂里上班", "is_student")


def test_one_at_school_one_at_work_and_no_one_named_says_nothing(catalogue):
    assert "is_student" not in values(catalogue, "女儿在读初中 我在超市上班", "is_student")


# -- the child asked about, whose 户口 went with a parent's -----------------------------------------

def test_child_hukou_with_a_parent(catalogue):
    got = read("我户口在长兴 女儿跟她妈户口在安吉 问的是女儿", catalogue, "hukou_place")
    assert got.values()["hukou_place"] == "安吉县" and got.applicant == "child"


def test_child_with_a_parent_and_no_child_asked_about_keeps_the_residents_own(catalogue):
    assert values(catalogue, "女儿跟她妈户口在安吉 我户口在长兴", "hukou_place")["hukou_place"] == "长兴县"
