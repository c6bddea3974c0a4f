"""Situations that lead to one catalogue service without its name (bot/finder_cues.py): classes of
blind set 20's service rows (gaps_test12) and of an older set's miss of the same shape (a shop that
will not exchange: consumer rights), in other words than the sets'."""
import pytest

from bot.finder_cues import cued_services
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("哥哥是智力残疾，爸妈年纪大了管不动，哪里能全托", "disabled_custodial_care"),
    ("妹妹精神残疾三级，想找个地方送进去长住，家里实在看不住", "disabled_custodial_care"),
    ("儿子是听障，上了职高，住宿费和书费能不能减免", "disabled_student_aid"),
    ("女儿脑瘫坐轮椅，读初中的生活费有没有补助", "disabled_student_aid"),
    ("我们家就生了一个儿子，我快满六十了，听说每年有钱拿", "family_planning_reward_assistance"),
    ("独生子女家庭的老人到六十岁有什么奖励", "family_planning_reward_assistance"),
    ("离职半年了，社保断了，想自己交上", "universal_insurance_enrolment"),
    ("打零工没单位，养老保险怎么接着交", "universal_insurance_enrolment"),
    ("我爸中风出院了，想在社区做康复训练", "disability_rehabilitation"),
    ("腿骨折好了以后，附近有没有做恢复锻炼的地方", "disability_rehabilitation"),
    ("网店客服不给退货，说是拆了包装", "consumer_rights"),
    ("商场里买的手机有问题，店家坚决不给换", "consumer_rights"),
])
def test_a_set20_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("奶奶老年痴呆了，想送养老院长住", "disabled_custodial_care"),  # an elder: the care homes
    ("精神病住院治疗要多少钱", "disabled_custodial_care"),  # a hospital stay: mental health
    ("我是残疾人，孩子上高中学费能不能减免", "disabled_student_aid"),  # the parent is disabled, not the pupil
    ("独生子女车祸去世了，我们老两口六十了有没有补助", "family_planning_reward_assistance"),  # special assistance
    ("公司给交的社保断了三个月", "universal_insurance_enrolment"),  # no self-payment asked
    ("孩子自闭症，哪里能做康复训练", "disability_rehabilitation"),  # a child's rehabilitation
    ("康复训练医保能报销吗", "disability_rehabilitation"),  # the insurance's
    ("退货运费谁出", "consumer_rights"),  # no refusal
])
def test_set20_near_misses_lead_elsewhere(text, service):
    assert service not in cued_services(normalize(text))
