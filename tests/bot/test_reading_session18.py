"""Reading classes found in session 18 (answers_test17 and set 23's conversations): Wu 呒, 搭 and 浪,
schooling reached, an age of a past time of life, a contract not renewed, a house pulled down,
the certificate of the one child answered about, a mark not reached, and non-answers."""
import datetime

import pytest

from bot import clock
from bot.reading import read
from tests.bot.reading_support import values

TODAY = datetime.date(2026, 12, 6)


# -- Wu dialect -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["阿拉老太婆有丝厂个退休工资 阿拉自家一世做湖笔 啥个退休钞票也呒拿过",
                                  "啥个退休钞票也呒拿过", "阿拉自家一世做湖笔 啥个退休工资也呒拿过", "呒啥退休工资"])
def test_wu_m_is_a_denial(catalogue, text):
    assert values(catalogue, text, "receiving_basic_pension")["receiving_basic_pension"] is False


def test_wu_m_near_miss_the_wife_alone_is_not_denied(catalogue):
    # the wife's pension said with no word of the resident's own: not read as a denial
    assert values(catalogue, "阿拉老太婆有丝厂个退休工资", "receiving_basic_pension").get("receiving_basic_pension") is not False


@pytest.mark.parametrize("text", ["厂里一直搭阿拉交个 工资单浪扣养老个一栏年年有", "工资单上每个月都扣养老保险", "厂里搭我交的"])
def test_wu_da_and_lang_employer_pays_the_pension(catalogue, text):
    assert values(catalogue, text, "covered_by_employee_pension")["covered_by_employee_pension"] is True


def test_pension_deduction_denied(catalogue):
    assert values(catalogue, "工资里没扣过社保", "covered_by_employee_pension")["covered_by_employee_pension"] is False


def test_lang_is_not_waste(catalogue):
    from bot.reading.prepare import prepare
    assert "浪费" in prepare("钞票勿好浪费") and "流浪" in prepare("伊勒外头流浪")
    assert prepare("证浪写个是智力一级").startswith("证上")


# -- schooling reached, an age of a past time of life ------------------------------------------

@pytest.mark.parametrize("text", ["阿拉书早就勿读哉 小学读到四年级", "小学读到五年级就出来帮家里干活了", "初中念到初二",
                                  "学校的门我二十几岁以后就没进过 现在天天在灶台边切菜", "校门我十六岁以后再没进过"])
def test_schooling_ended(catalogue, text):
    assert values(catalogue, text, "is_student", {"age": 45})["is_student"] is False


def test_in_a_school_year_now_is_still_a_student(catalogue):
    assert values(catalogue, "她在读四年级", "is_student")["is_student"] is True


@pytest.mark.parametrize("text", ["学校的门我二十几岁以后就没进过", "三十岁之前在厂里做"])
def test_age_of_a_past_time_of_life_is_no_age(catalogue, text):
    assert "age" not in values(catalogue, text, "is_student")


def test_age_now_beside_a_past_time_of_life(catalogue):
    assert values(catalogue, "我今年四十五 二十岁以后就在外面打工", "age")["age"] == 45


# -- a contract not renewed, corrected to ------------------------------------------------------

@pytest.mark.parametrize("text", ["算我自己辞的吧 不对不对 是厂里不跟我续合同 我是想接着干的", "公司没和我续合同",
                                  "合同到期厂里不给续了", "我是想接着干的 老板不让"])
def test_contract_not_renewed_is_involuntary(catalogue, text):
    assert values(catalogue, text, "involuntary_job_loss")["involuntary_job_loss"] is True


def test_own_choice_not_to_renew_stays_voluntary(catalogue):
    assert values(catalogue, "是我自己不想续合同", "involuntary_job_loss")["involuntary_job_loss"] is False


# -- a pregnancy planned after all ------------------------------------------------------------

def test_changed_mind_wants_one_next_year(catalogue):
    text = "哦 不对 我老婆上礼拜跟我说她改主意了 明年想要一个 那我们能去查吗"
    assert values(catalogue, text, None, {"planning_pregnancy": False})["planning_pregnancy"] is True


def test_next_year_wanting_something_else_is_no_pregnancy(catalogue):
    assert "planning_pregnancy" not in values(catalogue, "明年想要申请公租房", None)
    assert values(catalogue, "明年不想要个孩子", None)["planning_pregnancy"] is False


@pytest.mark.parametrize("text", ["打算的 明年开春就要 她烟酒本来就不碰", "想要的"])
def test_planning_said_short(catalogue, text):
    assert values(catalogue, text, "planning_pregnancy")["planning_pregnancy"] is True


def test_not_yet_discussed_is_not_planning(catalogue):
    assert values(catalogue, "孩子的事我們倆還沒商量 先把房貸還一點", "planning_pregnancy")["planning_pregnancy"] is False


# -- a house pulled down or sold ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["来电人说 嗯 小两口名下没有房 老房子拆了分的钱给爸妈还债了", "房子早卖了 现在租房"])
def test_house_gone_is_no_house(catalogue, text):
    assert values(catalogue, text, "has_local_housing")["has_local_housing"] is False


def test_house_pulled_down_and_a_new_one_given(catalogue):
    assert values(catalogue, "老房子拆了 分了一套安置房", "has_local_housing")["has_local_housing"] is True


# -- the disability certificate ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["残联个证老早拿到哉 红颜色个本子", "残联的证早就拿到了", "残联那个本子去年拿到的"])
def test_certificate_of_the_disabled_persons_federation(catalogue, text):
    assert values(catalogue, text, "has_disability_certificate")["has_disability_certificate"] is True


@pytest.mark.parametrize("text", ["证还没拿到", "残联那个本还没办"])
def test_certificate_not_yet(catalogue, text):
    assert values(catalogue, text, "has_disability_certificate")["has_disability_certificate"] is False


def test_another_card_is_no_certificate(catalogue):
    assert "has_disability_certificate" not in values(catalogue, "身份证早就拿到了", "has_disability_certificate")


@pytest.mark.parametrize("text", ["俺家四口人身子骨都还行 没谁办过残联那个本", "没谁有残疾证"])
def test_no_one_in_the_household_certified(catalogue, text):
    assert values(catalogue, text, "household_has_disabled")["household_has_disabled"] is False


def test_the_one_child_answered_about_has_the_certificate(catalogue):
    assert values(catalogue, "来电人说 呃 孩子的残疾证去年办下来了", "has_disability_certificate")["has_disability_certificate"] is True


def test_one_child_without_a_certificate_is_not_adopted(catalogue):
    # a denial about a child is not taken as the applicant's (it could refuse the resident)
    assert values(catalogue, "女儿的证还没办", "has_disability_certificate").get("has_disability_certificate") is not False


def test_the_child_asked_about_not_yet_assessed(catalogue):
    assert values(catalogue, "我女儿有证 问的是我儿子 他还没去评", "has_disability_certificate")["has_disability_certificate"] is False
    # the grade not yet assessed is not the certificate denied
    assert values(catalogue, "证办了 等级还没评", "has_disability_certificate")["has_disability_certificate"] is True


def test_the_parent_asked_about_is_bedridden(catalogue):
    assert values(catalogue, "我婆婆自己能走 我公公瘫着 问的是我公公", "needs_long_term_care")["needs_long_term_care"] is True


# -- paraphrases --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["扛一袋米都扛不动了 地早就不种了", "锄头都拿不动了"])
def test_cannot_carry_is_no_labour_capacity(catalogue, text):
    assert values(catalogue, text, "has_labour_capacity")["has_labour_capacity"] is False


@pytest.mark.parametrize("text", ["每个月没有一笔钱是进来的 米都是邻居送的", "手里也没一笔进账"])
def test_not_one_sum_coming_in(catalogue, text):
    assert values(catalogue, text, "has_income_source")["has_income_source"] is False


def test_relatives_gone(catalogue):
    assert values(catalogue, "老人的两个儿子都先走了 也没有别的亲人", "has_able_supporter")["has_able_supporter"] is False
    assert values(catalogue, "儿子前年走了 女儿自己瘫在床上", "has_able_supporter")["has_able_supporter"] is False
    assert values(catalogue, "儿子走脱哉 媳妇嫁出去哉 孙子还勒读书 呒啥人好管阿拉", "has_able_supporter")["has_able_supporter"] is False


def test_income_not_enough_for_bills(catalogue):
    assert values(catalogue, "一家人一个月的进账 还不够交水电费买米", "income_below_dibao_line")["income_below_dibao_line"] is True


def test_not_over_the_line(catalogue):
    assert values(catalogue, "街道的人拿表算了一遍 说我们家进项不超那条线", "income_below_housing_line")[
        "income_below_housing_line"] is True


def test_broken_beam_is_dilapidated(catalogue):
    assert values(catalogue, "在农村 自己家宅基地上盖的 房梁已经断了一根", "rural_housing")["house_dilapidated"] is True


def test_kept_by_the_government_denied(catalogue):
    assert values(catalogue, "我不是政府养起来的那种 有儿子有女儿的", "extreme_poverty_supported")["extreme_poverty_supported"] is False


def test_never_assessed_for_dibao(catalogue):
    assert values(catalogue, "吃低保的是我哥那一户 我自己这户从没评过", "dibao_household")["dibao_household"] is False


def test_hardship_certified(catalogue):
    assert values(catalogue, "我們家這兩年特別困難 村委會蓋了章證明的", "child_situation")["child_situation"] == "家庭经济困难"


def test_working_in_a_factory(catalogue):
    assert values(catalogue, "我在开发区一家做电机的厂里上班", "employment_status")["employment_status"] == "在职"


def test_no_other_child_born_or_adopted(catalogue):
    assert values(catalogue, "儿子没了以后家里就我们两个 别的孩子没生过也没领过", "had_another_child")["had_another_child"] is False


# -- numbers ------------------------------------------------------------------------------------

def test_a_mark_not_reached_is_not_the_years(catalogue):
    got = values(catalogue, "大概交了十三四个年头 离十五年还差一截", "pension_contribution_years")["pension_contribution_years"]
    assert got == {"from": 13, "to": 14}
    assert values(catalogue, "交了十二年 离十五年还差三年", "pension_contribution_years")["pension_contribution_years"] == 12
    assert values(catalogue, "离六十岁还差两岁", "age")["age"] == 58


def test_came_after_the_lantern_festival_with_words_between(catalogue):
    with clock.fixed(TODAY):
        for text in ("二〇一七年正月十五一过就坐大巴到了湖州 一直干到现在", "2017年正月里坐火车到的湖州"):
            assert values(catalogue, text, "local_work_years", {"migrant_worker": True})["local_work_years"] == 9


# -- non-answers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("asked,text,kind", [
    ("age", "去的时候户口簿要原件还是复印件就行", "side_question"),
    ("per_capita_housing_area", "让我量一下 房产证在楼上", "wait"),
    ("woman_age", "我老婆在厨房 我去问她一声", "wait"),
    ("other_special_difficulty", "特殊困难人员 我听不懂 是指什么人", "dont_know_what_you_mean"),
    ("training_group", "重点对象是指哪几种人啊", "dont_know_what_you_mean"),
    ("residence_place", "我家在哪个镇 前面那段话里就有", "already_said"),
    ("disability_grade", "证上的等级上面已经跟你讲清楚了", "already_said"),
])
def test_non_answers(catalogue, asked, text, kind):
    reading = read(text, catalogue, asked)
    assert reading.non_answer == kind and asked not in reading.facts


@pytest.mark.parametrize("asked,text,key,value", [
    ("per_capita_housing_area", "我算一下 大概二十平", "per_capita_housing_area", 20),
    ("other_special_difficulty", "特殊困难 有的 我老伴瘫了", "other_special_difficulty", True),
])
def test_answers_beside_a_pause_or_the_question_words_are_answers(catalogue, asked, text, key, value):
    reading = read(text, catalogue, asked)
    assert reading.non_answer is None and reading.values()[key] == value


def test_area_per_person_said_after_the_household(catalogue):
    got = values(catalogue, "房子六十平方 住三个人 一人二十平", "per_capita_housing_area")
    assert got["per_capita_housing_area"] == 20
    assert values(catalogue, "房子六十平方 住三个人", "per_capita_housing_area")["per_capita_housing_area"] == 20


def test_born_about_a_solar_term(catalogue):
    with clock.fixed(TODAY):
        assert values(catalogue, "小家伙是二〇二二年立秋前后出生的", "child_age")["child_age"] == 4
        # a term in this very month: not known whether the birthday has passed
        assert isinstance(values(catalogue, "2022年冬至生的", "child_age")["child_age"], dict)


def test_older_by_a_year_is_no_university_year(catalogue):
    assert "is_student" not in values(catalogue, "我是她老公 今年六十 她比我大一岁", "woman_age")
    assert values(catalogue, "儿子在读大一", "is_student")["is_student"] is True
    assert values(catalogue, "女儿大三了", "is_student")["is_student"] is True


@pytest.mark.parametrize("text", ["我老婆是湖州本地的 我是河南来的 问我自己的", "我是河南来的"])
def test_own_home_province_answers_whether_from_elsewhere(catalogue, text):
    assert values(catalogue, text, "migrant_worker")["migrant_worker"] is True


@pytest.mark.parametrize("text", ["我老婆是河南来的 我是本地的", "我老婆是河南来的"])
def test_the_spouses_home_province_is_not_the_residents(catalogue, text):
    assert values(catalogue, text, "migrant_worker").get("migrant_worker") is not True


def test_lelang_there_is_not_lang_on(catalogue):
    from bot.reading.prepare import prepare
    assert "上" not in prepare("人也住勒浪")
