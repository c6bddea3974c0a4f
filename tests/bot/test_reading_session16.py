"""Reading classes found in session 16: a household compared with those on 低保 (比低保户还穷) is not on 低保."""
import pytest

from bot.reading import read
from tests.bot.reading_support import values


@pytest.mark.parametrize("text", ["我们比低保户还穷", "家里比那些吃低保的还要苦", "说实话我们比领低保的都不如",
                                  "我家日子赶不上低保户"])
def test_compared_with_households_on_dibao_is_no_yes(catalogue, text):
    assert read(text, catalogue, asked="dibao_household").facts.get("dibao_household") is None or \
        values(catalogue, text, "dibao_household")["dibao_household"] is False


@pytest.mark.parametrize("text, value", [("我们是低保户", True), ("吃低保的", True), ("前年就评上低保了", True),
                                         ("低保户那个我们不是", False)])
def test_a_household_on_dibao_still_says_so(catalogue, text, value):
    assert values(catalogue, text, "dibao_household")["dibao_household"] is value


def test_a_line_compared_with_is_still_the_answer_to_being_below_it(catalogue):
    assert values(catalogue, "村里说比最低那条线还差一截", "income_below_dibao_line")["income_below_dibao_line"] is True


@pytest.mark.parametrize("text", ["我们就养了一个儿子 前年走了", "就生了一个女儿", "阿拉就养了一个伲子 七年前生病走脱哉"])
def test_an_only_child_told_unasked(catalogue, text):
    assert read(text, catalogue).facts["only_one_child"].value is True


@pytest.mark.parametrize("text", ["伊个户口同阿拉一道侪勒孝丰镇 寻啥地方申请", "他的户口跟我一起都在孝丰镇",
                                  "她户口和我一样在孝丰镇"])
def test_a_hukou_told_as_the_same_as_the_residents(catalogue, text):
    assert read(text, catalogue).facts["hukou_place"].value == "安吉县"


def test_a_parent_too_old_to_support_the_applicant_is_no_able_supporter(catalogue):
    reading = read("伊爷老早走脱 阿拉八十岁自家也要人服侍 呒没本事养伊哉", catalogue, asked="has_able_supporter",
                   known={"age": 52, "applicant": "child"})
    assert reading.facts["has_able_supporter"].value is False and "age" not in reading.facts


@pytest.mark.parametrize("text", ["哎呀我弄错了 老伴拿缴费本给我一对 实打实只有十三年", "我一查才知道断过两年", "他一看就说不行"])
def test_one_before_a_verb_is_doing_it_once_not_an_age(catalogue, text):
    assert "age" not in read(text, catalogue).facts


def test_an_age_said_after_the_person_still_is_one(catalogue):
    assert read("我六十一", catalogue).facts["age"].value == 61
    assert read("我七十一 对", catalogue, asked="age").facts["age"].value == 71


def test_twice_the_line_compared_with_still_answers_whether_within_it(catalogue):
    text = "就靠卖点笋干和儿子寄回来的一点 算下来比低保的两倍还低"
    assert values(catalogue, text, "income_within_200pct_dibao")["income_within_200pct_dibao"] is True


@pytest.mark.parametrize("text, age", [("孩子是19年10月生的", 7), ("儿子21年3月出生", 5), ("女儿20年出生的", {"from": 5, "to": 6})])
def test_a_birth_year_in_two_arabic_digits(catalogue, text, age):
    import datetime

    from bot import clock

    with clock.fixed(datetime.date(2026, 12, 6)):
        assert read(text, catalogue).facts["child_age"].value == age


@pytest.mark.parametrize("text, years", [("交了19年", 19), ("20年了", 20)])
def test_two_arabic_digits_before_nian_are_still_a_count_of_years(catalogue, text, years):
    assert read(text, catalogue, asked="pension_contribution_years").facts["pension_contribution_years"].value == years


def test_an_old_man_never_married_who_can_no_longer_mind_the_pond(catalogue):
    facts = read("阿拉七十八哉 一生一世呒没讨老婆 也呒没小囡 塘也看勿动哉", catalogue).facts
    assert facts["has_able_supporter"].value is False and facts["has_labour_capacity"].value is False
    assert "has_labour_capacity" not in read("我老公天天看鱼塘", catalogue).facts


def test_years_of_driving_for_a_firm_are_no_time_since_the_dismissal(catalogue):
    facts = read("在泗安一家建材厂开了四年铲车 老板叫他卷铺盖走 两个月工资没结 补偿也一分没有", catalogue).facts
    assert "days_since_rights_infringed" not in facts


# Set 22's two wrong not-met readings at its first scoring (reports/answers_test16_first_scoring.md), at their cause
@pytest.mark.parametrize("text", ["职工那种养老谁也没帮我上过", "单位那种保险哪家也没给我交过", "社保这种东西谁都没帮我交"])
def test_nobody_did_it_denies_what_is_named_before(catalogue, text):
    assert values(catalogue, text, "covered_by_employee_pension")["covered_by_employee_pension"] is False


def test_years_over_an_age_just_told_add_to_it(catalogue):
    assert values(catalogue, "反正过了六十了 多了一两岁的样子", "age")["age"] == {"from": 61, "to": 62}
    assert values(catalogue, "我六十五 比他多了两岁", "age")["age"] == 65  # older than him: a difference
    assert values(catalogue, "职工那种保险单位给我交的", "covered_by_employee_pension")["covered_by_employee_pension"] is True


def test_set21_leftovers_a_birthday_past_and_after_the_spring_festival(catalogue):
    import datetime

    from bot import clock

    with clock.fixed(datetime.date(2026, 12, 6)):
        assert values(catalogue, "我是一九五零年出生的 生日早过了", "age")["age"] == 76
        assert values(catalogue, "二〇一六年过完年就来湖州了", "local_work_years")["local_work_years"] == 10
        assert values(catalogue, "一八年春节以后来的湖州", "local_work_years")["local_work_years"] == 8


@pytest.mark.parametrize("asked, text, value", [
    ("disability_grade", "证上写的是头一档", "一级"),
    ("has_labour_capacity", "去年做了搭桥 现在挣不来钱了", False),
    ("has_able_supporter", "老头子走了十年了 我们没生过孩子", False),
    ("has_able_supporter", "兄弟姐妹五个 现在都不在了", False),
])
def test_set21_leftovers_in_residents_words(catalogue, asked, text, value):
    assert values(catalogue, text, asked)[asked] == value
