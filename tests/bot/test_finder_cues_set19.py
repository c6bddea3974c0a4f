"""Situations that lead to one catalogue service without its name (bot/finder_cues.py): classes of
blind set 19's service rows (gaps_test11) and of a gap row a catalogue service answers (a rented
home's fire exits: fire safety), in other words than the set's."""
import pytest

from bot.finder_cues import cued_services
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("女儿初中毕业不想上高中，想学门技术，有哪些学校", "vocational_school_education"),
    ("儿子想读个学厨师的学校", "vocational_school_education"),
    ("考不上高中了，想去学个手艺的学校", "vocational_school_education"),
    ("车间的安全通道被货堆满了，万一出事跑不出去，想举报", "work_safety_reporting"),
    ("工地上电线泡在水里，工人天天踩着走", "work_safety_reporting"),
    ("厂里机器没有防护罩，好几个人被夹过手", "work_safety_reporting"),
    ("老板欠我三个月工钱，我请不起律师，有没有免费帮忙打官司的", "arbitration_legal_aid"),
    ("我被公司辞退了想去仲裁，没钱请律师怎么办", "arbitration_legal_aid"),
    ("出租楼的消防通道堆满了电动车", "fire_safety"),
    ("地下室隔成十几个小间出租住人，安全吗", "fire_safety"),
    ("租的屋子窗户全焊死了，万一着火逃不出去", "fire_safety"),
])
def test_a_set19_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("退伍后想学门技术，有没有学校", "vocational_school_education"),  # the veterans' training
    ("想读高中还是职高好", "vocational_school_education"),  # named: no cue needed
    ("厂里机器没有防护罩，我被夹伤了手，能不能算工伤", "work_safety_reporting"),  # an injury: work injury
    ("离婚官司请不起律师", "arbitration_legal_aid"),  # no labour case: general legal aid
    ("阳台窗户封了要审批吗", "fire_safety"),  # no fire hazard
    ("车间的安全通道被货堆满了", "fire_safety"),  # a workplace: work safety
    ("家里着火烧光了，保险怎么赔", "fire_safety"),  # a fire that happened
])
def test_set19_near_misses_lead_elsewhere(text, service):
    assert service not in cued_services(normalize(text))
