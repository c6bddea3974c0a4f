"""Classes of reading failures found on blind set 15 (tests/data/answers_test9.jsonl), each fixed
by a general rule and checked with phrasings of our own and cases the rule must not catch."""
import datetime

import pytest

from bot import clock
from bot.reading import read
from tests.bot.reading_support import values
from knowledge_base.loader import load_catalogue


# -- another adult named after the applicant speaks for themself ---------------------------------

@pytest.mark.parametrize("text, value", [
    # the applicant named, then another adult: the clauses after that adult, naming no one, are his
    ("帮我妈问的，她瘫在床上；我爸身体还行，能自己照顾自己", True),
    ("申请人是我爸，天天躺床上要人喂饭；我妈腰不好，不过自己能行", True),
    # near-miss: no one else named, the applicant's own
    ("申请的是我妈，她腿脚还行，能自己照顾自己", False),
])
def test_a_clause_after_another_adult_is_not_the_applicants(catalogue, text, value):
    found = values(catalogue, text, "needs_long_term_care", {"has_disability_certificate": True})
    assert found.get("needs_long_term_care") is value


def test_a_clause_after_another_adult_not_going_on_about_them_is_the_applicants(catalogue):
    # nothing says the clause goes on about the father (no 但/也/自己): the applicant's, as before
    found = values(catalogue, "帮我妈问的，我爸前年走了，没有退休金", "receiving_basic_pension")
    assert found.get("receiving_basic_pension") is False


# -- the catalogue's words: more of the ways residents say each fact ---------------------------

@pytest.mark.parametrize("asked, known, text, key, value", [
    # a fire said as 大火 / 一把火
    ("sudden_hardship", {}, "去年冬天一把火，房子只剩个架子", "sudden_hardship", True),
    ("sudden_hardship", {}, "隔壁起了大火，烧到我家", "sudden_hardship", True),
    ("sudden_hardship", {}, "没出过什么大火", "sudden_hardship", False),
    # the only child: 闺女, Wu 伊 and 独养
    ("only_one_child", {}, "阿拉就伊一个囡，独养的", "only_one_child", True),
    ("only_child_lost", {}, "唯一的闺女在外地出了车祸", "only_one_child", True),
    ("only_one_child", {}, "我们有两个，还有个闺女在杭州", "only_one_child", False),
    # back from the army: a veteran, as well as the training group
    ("training_group", {}, "从部队里退下来好几年了", "veteran", True),
    # no more school, asked whether a student
    ("is_student", {"age": 18}, "高中毕业以后就没再读书了", "is_student", False),
    ("is_student", {"age": 16}, "初三读完没再念", "is_student", False),
    # a wall or roof fallen in
    ("house_dilapidated", {}, "后墙被雨冲塌了", "house_dilapidated", True),
    ("rural_housing", {}, "老房子屋顶去年被雪压塌了", "house_dilapidated", True),
    ("house_dilapidated", {}, "墙没塌，就是旧", "house_dilapidated", False),
    # Wu 生活做勿来 (cannot do the work), half the body not obeying
    ("has_labour_capacity", {"age": 62}, "半边身子不灵，活做不来了", "has_labour_capacity", False),
    ("has_labour_capacity", {"age": 62}, "伊生活做勿来哉", "has_labour_capacity", False),
    # children doing well can support the applicant
    ("has_able_supporter", {"age": 70}, "女儿在杭州当老板，条件不错", "has_able_supporter", True),
    ("has_able_supporter", {"age": 70}, "儿子日子过得不好，顾不上我", "has_able_supporter", False),
    # doing well said of the resident: no supporter
    ("has_able_supporter", {"age": 66}, "我以前开公司的，后来倒闭了", "has_able_supporter", None),
    ("has_able_supporter", {"age": 66}, "没有子女，我自己条件不错", "has_able_supporter", False),
    # the 户口 moved to Huzhou: no migrant worker; not moved yet: still from outside
    ("migrant_worker", {}, "户口前年就迁到湖州了", "migrant_worker", False),
    ("migrant_worker", {}, "户口还没迁到湖州", "migrant_worker", True),
    # a district's name mistyped by its sound
    ("hukou_place", {}, "户口在无兴区", "hukou_place", "吴兴区"),
])
def test_more_words_of_the_facts(catalogue, asked, known, text, key, value):
    assert values(catalogue, text, asked, known).get(key) == value


# -- a poor family said as 低收入户 ----------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("刚大专毕业，我家是低收入家庭", True),
    ("今年本科毕业的，家里是低收入户", True),
    ("家里不是低收入户，我刚毕业", None),
])
def test_a_low_income_household_is_a_poor_family(catalogue, text, value):
    assert values(catalogue, text, "poor_family_graduate").get("poor_family_graduate") is value


# -- her age from her husband's, asked the woman's age -----------------------------------------

@pytest.mark.parametrize("text, age", [
    ("老头子六十二，我比他小三岁", 59),
    ("我老公五十，我比他大一岁", 51),
    # her own age said: it stands
    ("我五十，老头子比我大两岁", 50),
])
def test_the_wifes_age_from_her_husbands(catalogue, text, age):
    found = values(catalogue, text, "woman_age", {"only_child_lost": True})
    assert found.get("woman_age") == age


def test_his_age_asked_hers_is_not_kept_as_hers():
    catalogue = load_catalogue()
    found = values(catalogue, "我老伴七十二，我比他小一岁", "woman_age", {"only_child_lost": True})
    assert found.get("woman_age") == 71


# -- from one year of the calendar to another: both ends counted ---------------------------------

@pytest.mark.parametrize("asked, text, years", [
    ("pension_contribution_years", "从2010年交到2020年，没断过", 11),
    ("pension_contribution_years", "一二年交到二四年", 13),
    ("pension_contribution_years", "从〇九年交到去年", 17),
    ("local_work_years", "从2015年干到2023年", 9),
])
def test_a_span_of_calendar_years(catalogue, asked, text, years):
    with clock.fixed(datetime.date(2026, 12, 3)):
        assert values(catalogue, text, asked, {"age": 61}).get(asked) == years


def test_a_span_to_this_year_is_not_a_count_of_years():
    with clock.fixed(datetime.date(2026, 12, 3)):
        found = values(load_catalogue(), "从一五年交到今年", "pension_contribution_years", {"age": 61})
    assert found.get("pension_contribution_years") != 15


# -- come to a place in Huzhou: where one lives or works, and the years since ---------------------

def test_come_to_a_place_in_huzhou():
    catalogue = load_catalogue()
    found = values(catalogue, "老家河南，到南浔两年多了", "migrant_worker")
    assert found.get("residence_place") == "南浔区" and found.get("migrant_worker") is True
    assert values(catalogue, "来湖州五年了").get("local_work_years") == 5
    found = values(catalogue, "四川的，来德清新市的厂里四年了", "migrant_worker")
    assert found.get("residence_place") == "德清县" and found.get("local_work_years") == 4
    # come back, or from, a place: neither
    assert values(catalogue, "回德清三年了").get("local_work_years") is None
    assert "residence_place" not in values(catalogue, "到长兴看病")


# -- savings of only some hundreds or thousands: assets within the rules --------------------------

@pytest.mark.parametrize("text, value", [
    ("存款只有几千块，房子是租的", True),
    ("手里就几百块存款", True),
    ("没房子，存款才几百", True),
])
def test_small_savings_are_assets_within_the_rules(catalogue, text, value):
    assert values(catalogue, text, "assets_within_local_rules").get("assets_within_local_rules") is value


def test_a_vague_number_after_jiu_is_no_question():
    catalogue = load_catalogue()
    assert read("存款就几百", catalogue, "assets_within_local_rules").non_answer is None
    assert read("存款有几百？", catalogue, "assets_within_local_rules").non_answer == "side_question"


# -- a choice asked without a question mark ------------------------------------------------------

@pytest.mark.parametrize("asked, text", [
    ("age", "这个钱是按月发还是一年发一次"),
    ("house_dilapidated", "鉴定是村里来人还是要自己去申请"),
])
def test_a_choice_asked_without_a_question_mark(catalogue, asked, text):
    reading = read(text, catalogue, asked)
    assert reading.non_answer == "side_question" and not reading.facts


def test_two_numbers_either_way_are_an_answer(catalogue):
    assert read("是六十还是六十一", catalogue, "age").non_answer is None


# -- a case supposed is no fact -----------------------------------------------------------------

@pytest.mark.parametrize("asked, text", [
    ("works_or_lives_in_huzhou", "孩子户口迁过来的话，原来的学校那边要办什么"),
    ("pension_contribution_years", "要是只交了十年，还能补吗"),
    ("has_labour_capacity", "万一以后干不动了，能申请吗"),
])
def test_a_case_supposed_is_no_fact(catalogue, asked, text):
    reading = read(text, catalogue, asked)
    assert not reading.facts and reading.non_answer == "side_question"


def test_a_fact_said_after_a_case_supposed_stands(catalogue):
    assert values(catalogue, "算上今年的话，交了十五年了", "pension_contribution_years", {"age": 60}).get(
        "pension_contribution_years") == 15


# -- the question's words repeated, then what one of them means asked -----------------------------

def test_the_questions_words_repeated_and_asked_what_they_mean(catalogue):
    reading = read("有劳动能力，这个劳动能力具体指的是啥", catalogue, "has_labour_capacity")
    assert not reading.facts and reading.non_answer == "dont_know_what_you_mean"
    # an answer of one's own words, then the term asked about: the answer stands
    assert values(catalogue, "干不动了，劳动能力指的是啥", "has_labour_capacity").get("has_labour_capacity") is False
    assert values(catalogue, "没存款，财产指的是啥我也不懂", "assets_within_local_rules").get("assets_within_local_rules") is True


# -- years at home, in the army, in hospital: no years of local work ---------------------------------

@pytest.mark.parametrize("text, years", [
    ("高中毕业在家待了一年", None),
    ("在部队里待了三年", None),
    ("在医院呆了两个月", None),
    ("在织里待了两年", 2),
])
def test_years_away_from_work_are_no_local_work(catalogue, text, years):
    assert values(catalogue, text).get("local_work_years") == years


# -- 守着 a house is living there, not being watched over -------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("老太太一个人守着乡下的老房子", None),
    ("夜里也得有人守着", True),
    ("一天到晚要守着她", True),
])
def test_keeping_a_house_is_no_care(catalogue, text, value):
    assert values(catalogue, text, "needs_long_term_care").get("needs_long_term_care") is value


# -- 失业那块 / 那一项 is the insurance, not being unemployed ------------------------------------------

def test_the_unemployment_part_of_the_insurance_is_no_job_status(catalogue):
    found = values(catalogue, "失业那一块交了四年", "unemployment_contribution_years")
    assert found.get("unemployment_contribution_years") == 4 and "training_group" not in found
    # unemployed said in its own words still is
    assert values(catalogue, "我失业了，失业那块交了三年", "training_group").get("training_group") == "失业人员或转岗职工"


# -- married here from outside: where one comes from, not where one lives ------------------------------

def test_married_here_from_outside(catalogue):
    found = values(catalogue, "我是四川嫁过来的，户口还在四川，在这边超市上班", "migrant_worker")
    assert found.get("residence_place") != "外地" and found.get("migrant_worker") is True
    found = values(catalogue, "我是江西嫁过来的，户口已经迁到南浔了", "migrant_worker")
    assert "residence_place" not in found and found.get("hukou_place") == "南浔区"
