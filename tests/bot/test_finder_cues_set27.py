"""Situations that lead to one catalogue service without its name (bot/finder_cues.py): classes of blind set 27's
conversation openings (conversations_test22, studied since 2026-12-07), in other words than the set's."""
import pytest

from bot.finder_cues import cued_services
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("公家开的让小朋友白天待的地方 下个月还能不能插进去", "kindergarten_enrolment"),
    ("孩子三岁 镇上有没有小孩白天送去的地方", "kindergarten_enrolment"),
    ("我们村上一年到头也不放一场电影了", "rural_film_screening"),
    ("以前村口每个月放露天电影 现在没了", "rural_film_screening"),
    ("乡里的医院能不能叫个护士上门来打针", "primary_health_facilities"),
    ("我有残疾证 听说还有生活上的补助", "disabled_living_subsidy"),
    ("儿子脑瘫 吃喝拉撒都要人 给照顾的人有没有点补贴", "severe_disability_care_subsidy"),
    ("厂子倒闭了 我每个月能领点钱吗", "unemployment_insurance_benefit"),
    ("合同到期了老板不续 每月可以拿点补贴吗", "unemployment_insurance_benefit"),
    ("我妈早年在村里交过养老 现在能领吗", "resident_pension_benefit"),
    ("爸妈都在外地打工的孩子 作业没人管 学校有没有人辅导", "left_behind_children_education"),
    ("孩子爸妈在国外 放在亲戚家老被打 谁来管", "left_behind_children_care"),
    ("发现儿子手腕上有割的口子", "mental_health_services"),
    ("想带她去看看懂心理的医生", "mental_health_services"),
    ("家里出了事 有没有救急的钱", "temporary_assistance"),
])
def test_a_set27_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("小孩白天在家谁带", "kindergarten_enrolment"),  # no place asked for
    ("厂里组织工人看电影", "rural_film_screening"),  # not the village's
    ("县医院的医生态度不好", "primary_health_facilities"),
    ("生活上的补贴有哪些", "disabled_living_subsidy"),  # no certificate
    ("我妈八十了要人照顾 给照顾的人有没有补贴", "severe_disability_care_subsidy"),  # an elder's care, no disability told
    ("我每个月能领多少工资", "unemployment_insurance_benefit"),  # no job lost
    ("村里修路要交钱吗", "resident_pension_benefit"),
    ("外地的孩子在湖州能上学吗", "left_behind_children_education"),  # a migrant child
    ("爸妈在外地 我一个人在家", "left_behind_children_care"),  # nothing wrong told
    ("切菜割到手了", "mental_health_services"),
    ("急用钱 哪里能贷款", "temporary_assistance"),
])
def test_set27_near_misses_lead_elsewhere(text, service):
    assert service not in cued_services(normalize(text))


def test_parents_away_is_not_a_migrant_child():
    assert "migrant_children_enrolment" not in cued_services(normalize("学校里有没有给家里大人都在外地的孩子补课的"))
    assert "migrant_children_enrolment" in cued_services(normalize("外地的孩子能在这里上学吗"))


def test_a_child_let_into_school_at_last_is_the_compulsory_school_unless_a_disability_is_told():
    assert "compulsory_school_enrolment" in cued_services(normalize("女儿病了一年在家 今年八岁了 九月还能不能上小学"))
    assert "compulsory_school_enrolment" not in cued_services(normalize("儿子自闭症 八岁了 能不能上小学"))
    assert "compulsory_school_enrolment" not in cued_services(normalize("小学在哪里报名"))
