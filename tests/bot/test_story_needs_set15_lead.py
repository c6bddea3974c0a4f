"""Situations blind set 15 (tests/data/conversations_test10) found unread, each a class with
sentences written for these tests, and near misses that must not change."""
import pytest

from bot.story_needs import needs


def services(text):
    return [sid for _, sid in needs(text)]


@pytest.mark.parametrize("text, service", [
    # primary school in other words
    ("女儿二〇二〇年十月生的 是不是明年就能背书包了", "compulsory_school_enrolment"),
    ("老二五岁半 能不能跟哥哥一起进小学", "compulsory_school_enrolment"),
    # a child fetched from the home province to study here (a family from another province)
    ("我们安徽过来的 在织里干了四年 想把儿子从老家接过来这边读", "migrant_children_enrolment"),
    ("我是四川的 女儿八岁在老家 想接来这边上学", "migrant_children_enrolment"),
    # a machine caught a hand; a boss who pays a little to keep it quiet
    ("我老公的手被冲床轧了 老板给了点营养费就不管了", "work_injury_insurance"),
    ("架子上的铁板掉下来砸到我脚 老板说给我一千块回家养", "work_injury_insurance"),
    # money to tide over after the job is gone
    ("厂子上个月倒闭了 这几个月有没有过渡的钱", "unemployment_insurance_benefit"),
    # paying into the pension again after a break
    ("以前厂里交过几年养老 后来断了 现在还能接着交养老吗", "resident_basic_pension"),
    # an only child lost, in Wu
    ("阿拉就一个囡 前年生毛病走脱哉", "family_planning_special_assistance"),
    # not enough to eat, in Wu
    ("老太婆走脱以后 一个号头几百块铜钿 勿够吃", "minimum_living_allowance"),
    # kindergarten in other words; fees that weigh, in traditional characters
    ("儿子三岁了 想秋天送他去园里", "kindergarten_enrolment"),
    ("外孫女在讀中班 一學期的錢不少 我供不起", "preschool_financial_aid"),
])
def test_situations_read(text, service):
    assert service in services(text), services(text)


def test_a_low_wage_that_cannot_carry_a_family_is_the_living_allowance_as_well_as_the_emergency():
    text = ("我男人前年没了，我一个人拉扯三个孩子。我在超市理货，一个月一千八，老大读高一，房租每月六百。"
            "上个月我又住院开刀。日子真的过不下去了，政府能不能帮一把？")
    found = services(text)
    assert {"minimum_living_allowance", "medical_assistance", "temporary_assistance"} <= set(found), found


@pytest.mark.parametrize("text, service", [
    ("我女儿在读小学二年级 成绩还可以", "compulsory_school_enrolment"),
    ("厂里的机器太吵了 晚上睡不着", "work_injury_insurance"),
    ("我们河南的 来湖州旅游 有什么好玩的", "migrant_children_enrolment"),
])
def test_near_misses_unchanged(text, service):
    assert service not in services(text), services(text)


@pytest.mark.parametrize("text, service", [
    ("家里上个礼拜出了大事 钱也没了 政府能不能帮一把", "temporary_assistance"),
    ("老房子椽子都烂了 下雨天屋里摆满了盆接水", "rural_dilapidated_housing_renovation"),
    ("我今年满六十了 听说到了岁数每个月有钱好领", "resident_pension_benefit"),
    ("我们打算先去医院查一查再要孩子", "free_preconception_checkup"),
])
def test_more_situations_read(text, service):
    assert service in services(text), services(text)
