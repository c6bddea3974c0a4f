"""Classes of blind set 31's conversation openings (conversations_test26, studied since 2026-12-07), in other words
than the set's: situations that lead to one catalogue service without its name (bot/finder_cues.py), three more of them
sure enough to outrank a service the classifier is all but certain of; an identity card lost and already replaced is
no police business asked (bot/gap_topics.py); whether what is owed can still be got back is asked whether
(bot/eligibility_cues.py)."""
import pytest

from bot.eligibility_cues import asks_eligibility, asks_whether
from bot.finder_cues import cued_services, surely_cued
from bot.text import normalize
from bot.triage import domain_gap


@pytest.mark.parametrize("text, service", [
    ("我哥小儿麻痹 腿瘸了 医保和养老都是自己交的 交这两份政府能不能补一点", "disabled_insurance_subsidy"),
    ("她耳朵听不见 社保每年自己去交 交的钱上面能替她出点吗", "disabled_insurance_subsidy"),
    ("听村里人说困难人家登记了 每个月公家补足到那条线", "minimum_living_allowance"),
    ("家里一直是吃低保的 老头子又要住院开刀 政府还能帮一下吗", "medical_assistance"),
    ("我们就生了一个儿子 前年出车祸没抢救过来", "family_planning_special_assistance"),
    ("我家那口子出了点事 厂里就把他辞退了 最后一个月的工资扣着不给", "labour_dispute_arbitration"),
    ("去年的工钱到现在还讨得回来吗", "labour_dispute_arbitration"),
    ("我们年底结婚 结完就准备要孩子 两口子想先去检查一下", "free_preconception_checkup"),
    ("儿子在读职高 家里困难 能申请补一点吗", "high_school_student_aid"),
    ("在喷漆车间干了八年 这肺上的毛病是上班干出来的病吧 想找地方出个结论", "occupational_disease_diagnosis"),
    ("我们俩岁数都大了 想去领个证做正式夫妻", "marriage_registration"),
    ("以前工伤没了一条腿 想配个好点的假腿", "assistive_devices"),
    ("我妈八十多了 一个人在家 听说政府出钱找人上门照顾", "elderly_care_service_subsidy"),
    ("男人突然病倒了 想问这种人家政府能不能拉一把", "temporary_assistance"),
    ("给我爸找个固定的医生 定期上门看看", "family_doctor_contract"),
    ("家里有个离不开人的残疾儿子 每个月有没有补贴", "severe_disability_care_subsidy"),
])
def test_a_set31_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("我哥腿瘸了 医保是单位交的", "disabled_insurance_subsidy"),  # nothing asked of the public
    ("医保和养老交这两份 政府能不能补一点", "disabled_insurance_subsidy"),  # no one disabled
    ("家里吃低保 想问孩子上学能不能帮", "medical_assistance"),  # no illness
    ("我们就生了一个儿子 在杭州上班", "family_planning_special_assistance"),
    ("厂里把他辞退了 工资都结清了", "labour_dispute_arbitration"),
    ("我们年底结婚 想问问去哪里领证", "free_preconception_checkup"),
    ("儿子在读高中 成绩挺好", "high_school_student_aid"),
    ("他装了假腿以后在家门口修车", "assistive_devices"),  # worn already, told
    ("我妈瘫在床上 政府出钱找人上门照顾吗", "elderly_care_service_subsidy"),  # a disability: the care subsidies
])
def test_a_set31_cue_needs_its_situation(text, service):
    assert service not in cued_services(normalize(text))


def test_the_new_sure_cues():
    assert surely_cued("家里靠低保过日子 这次要住院开刀 政府还能帮帮吗") == ["medical_assistance"]
    assert surely_cued("下个月领证 领完就要孩子 两个人想一起去查一查") == ["free_preconception_checkup"]
    assert surely_cued("想给我妈找个固定的医生") == ["family_doctor_contract"]
    assert surely_cued("我妈血压高 想给她看看") == []


def test_an_identity_card_lost_and_replaced_is_told_not_asked():
    told = domain_gap("想正式去办个手续做夫妻 她的身份证前年丢过补了一张 这样办得成吗")
    assert told is None or told.body != "public_security"
    lost = domain_gap("身份证丢了 去哪里补办")
    assert lost is not None and lost.body == "public_security"


@pytest.mark.parametrize("text", ["押金和工资都扣着不给 现在还讨不讨得回来", "那笔工钱还要得回来吗"])
def test_whether_what_is_owed_can_still_be_got_back(text):
    assert asks_eligibility(text) or asks_whether(text)


def test_hunan_you_mao_de_asks_whether():
    assert asks_whether("政府有冇得专门帮我们这种人找活的")


def test_a_landlord_sending_tenants_to_shelter_from_a_storm_puts_no_one_out():
    from bot.story_needs import needs
    storm = needs("租在河边一楼 手机上来了暴雨红色预警 房东叫我们自己找地方 一家人能去哪躲")
    assert "public_rental_housing" not in [sid for _, sid in storm]
    put_out = needs("房东说下个月要卖房子 让我们月底搬走 一家四口去哪里找房子住")
    assert "public_rental_housing" in [sid for _, sid in put_out]
