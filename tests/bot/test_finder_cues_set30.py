"""Classes of blind set 30's conversation openings (conversations_test25, studied since 2026-12-07), in other words
than the set's: situations that lead to one catalogue service without its name (bot/finder_cues.py), two of them sure
enough to outrank a service the classifier is all but certain of; a service's word that says what one lives beside
(bot/finder.py); a gap's word that says where the dispute's place stands (actions/service_answers.py)."""
import pytest

from actions.service_answers import _gap_words_where_one_lives
from bot.finder import find_services, lived_beside, workplaces
from bot.finder_cues import cued_services, surely_cued
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("我弟弟是智力残疾 离不开人看着的那种残疾的 政府有没有补贴", "severe_disability_care_subsidy"),
    ("我们几个家长想找个懂法律的老师来给厂里的年轻人讲一讲合同", "legal_education_publicity"),
    ("没人养的老人家 听说民政会包下来", "extreme_poverty_support"),
    ("我们村上那座礼堂 平时唱唱戏开开会 想在里面办个老物件展", "rural_cultural_auditorium"),
    ("我辞职以后 老板说离职的工资不给", "labour_dispute_arbitration"),
    ("小区门口那个诊所 给人挂水的根本没有行医执照", "medical_service_supervision"),
    ("村子年年台风天都淹 没人告诉我们往哪里撤", "disaster_reduction_community"),
    ("社区每年评书香家庭 我家想报", "national_reading"),
    ("隔壁村有人得了登革热", "infectious_disease_control"),
    ("城里办马拉松 外地人能报名吗", "mass_sports_activities"),
    ("想带孩子去美术馆 要不要预约", "free_public_cultural_venues"),
    ("送病人的车收费怎么算的", "emergency_medical_services"),
    ("以前考过的那几门课现在还认不认", "learning_credit_bank"),
    ("女儿去年本来该上一年级的 生病耽误了 明年还能进吗", "compulsory_school_enrolment"),
    ("想学开挖掘机 听说有政府免费教的", "vocational_skills_training"),
])
def test_a_set30_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("我弟弟是残疾人 生活能自理 有没有补贴", "severe_disability_care_subsidy"),  # no one has to be with him
    ("找了懂法律的人帮我写了诉状", "legal_education_publicity"),  # no talk asked
    ("老人有人管 儿子每周都来", "extreme_poverty_support"),
    ("我辞职了 老板工资都结清了", "labour_dispute_arbitration"),  # paid
    ("医生开了证明 单位要病假条", "medical_service_supervision"),  # a doctor's certificate
    ("家里没有医生的证明 请假怎么办", "medical_service_supervision"),
    ("孩子往哪跑都找不到", "disaster_reduction_community"),  # no flood, no storm
    ("孩子爱看书 想给他办张借书证", "national_reading"),  # no family put forward
    ("女儿今年该上一年级了 去哪报名", "compulsory_school_enrolment"),  # no year missed (the classifier's own service)
])
def test_a_set30_cue_needs_its_situation(text, service):
    assert service not in cued_services(normalize(text))


@pytest.mark.parametrize("text, films", [
    ("村里有座大房子 平常放放电影开开会 想把老照片挂进去", False),  # what the hall is for
    ("阿拉村里每个号头来放一趟片子 好勿好早点放", True),
    ("村里好几年没放电影了", True),
])
def test_films_and_meetings_together_tell_the_hall(text, films):
    assert ("rural_film_screening" in cued_services(normalize(text))) is films


def test_only_the_sure_cues_outrank_a_certain_classifier():
    assert surely_cued("打针的人没有医生的证") == ["medical_service_supervision"]
    assert surely_cued("家里有要一直有人看着的残疾人 公家每个月有一点钱") == ["severe_disability_care_subsidy"]
    assert surely_cued("城里办马拉松 外地人能报名吗") == []
    assert surely_cued("老板欠了我们两个月工资 人找不到了 去哪里能告") == ["labour_dispute_arbitration"]
    assert surely_cued("老板欠了工资 告诉我们下个月发") == []  # 告诉 is no suit


def _parse(text, ranking):
    text = normalize(text)
    return {"text": text, "intent": {"name": "find_service", "confidence": 0.9},
            "intent_ranking": [{"name": "find_service", "confidence": 0.9}], "entities": [],
            "service_ranking": [{"id": sid, "confidence": p} for sid, p in ranking]}


def test_a_sure_cue_outranks_the_classifiers_certain_service(kb):
    """"打了一针 …打针的人没有医生的证": the classifier is all but certain of a vaccination (0.95); the licence missing
    says what is asked."""
    found = find_services(_parse("她在美容店打了一针 打针的人没有医生的证 找谁", [("child_vaccination", 0.95)]), kb)
    assert found.top.id == "medical_service_supervision"
    # (an ordinary cue does not: the classifier's certain service stands)
    found = find_services(_parse("城里办马拉松 外地人能报名吗", [("free_public_cultural_venues", 0.95)]), kb)
    assert found.top.id == "free_public_cultural_venues"


def _entity(text, word, value):
    start = text.index(word)
    return {"entity": "service", "value": value, "start": start, "end": start + len(word)}


@pytest.mark.parametrize("text, beside", [
    ("阿拉住勒千金镇敬老院隔壁个老屋里 开刀个钞票寻啥个部门", True),
    ("我家就在敬老院对面", True),
    ("我住在敬老院旁边的巷子里 看病的钱找谁", True),
    ("敬老院隔壁在修路", False),  # nothing said of where one lives
    ("我想住进敬老院 找谁", False),  # asked about
])
def test_a_service_word_one_lives_beside_names_nothing(text, beside):
    entity = _entity(text, "敬老院", "elderly_care_institution")
    assert (lived_beside([entity], text) == {"elderly_care_institution"}) is beside
    assert ("elderly_care_institution" in workplaces([entity], text)) is beside


def test_a_service_lived_beside_loses_the_classifiers_word_too(kb):
    text = normalize("阿拉住勒千金镇敬老院隔壁个老屋里 开刀个钞票寻啥个部门")
    parse = {**_parse(text, [("elderly_care_institution", 0.6)]), "entities": [_entity(text, "敬老院", "elderly_care_institution")]}
    found = find_services(parse, kb)
    assert not found.named("service") and not found.confident


@pytest.mark.parametrize("text, beside", [
    ("来电人说 儿子住仁皇山街道 健身房也在仁皇山 嗯 讨提成去哪个部门", True),
    ("健身房在哪里办卡", False),  # asked where the gym is
])
def test_a_gap_word_that_says_where_the_place_stands_is_no_topic(text, beside):
    assert _gap_words_where_one_lives(text) is beside


# ---- found talking to make run as five residents, and set 30's stories that open conversations


@pytest.mark.parametrize("text, cued", [
    ("我一个人住 听说社区有人上门来帮忙烧饭的 我好申请吗", True),
    ("政府派人上门照顾老人 怎么申请", True),
    ("医生上门来看病要钱吗", False),  # the family doctor's
    ("有人上门来修水管 收了三百", False),  # a repair
])
def test_someone_sent_to_an_old_persons_home_is_home_care(text, cued):
    assert ("home_based_elderly_care" in cued_services(normalize(text))) is cued


@pytest.mark.parametrize("text, whether", [
    ("镇上公家办的那种收小小孩的园子 他这个岁数进不进得去", True),
    ("他这个岁数进得去吗", True),
    ("这个门进得去", False),  # told, not asked
])
def test_whether_a_child_gets_in_asked_as_a_not_a(text, whether):
    from bot.eligibility_cues import asks_whether

    assert asks_whether(text) is whether


def test_an_emergency_and_help_to_tide_over_is_the_temporary_assistance():
    from bot.story_needs import needs

    told = needs("前天儿子在工地上摔了 现在在医院 我一个人摆摊 摊子也关了 遇到这种急事政府能不能先帮一把")
    assert ("突然遇到的困难", "temporary_assistance") in told


def test_wages_owed_by_a_boss_who_ran_are_the_arbitrations():
    from bot.story_needs import needs

    told = needs("老板欠了我们两个月工钱 前几天把厂里的东西都卖了 他人也跑了 我们去哪里能告")
    assert [service for _, service in told] == ["labour_dispute_arbitration"]
    # (wages owed are no sudden hardship of the household's: 工钱 is no debt)
    assert "temporary_assistance" not in [service for _, service in needs("老板欠了我们三个月工钱 一直拖着")]


def test_redress_over_ones_work_is_the_arbitrations_unless_a_lawyer_is_asked():
    from bot.story_needs import needs

    told = [service for _, service in needs("在饭店做了五年 上个月说我不服从管理把我辞退了 补偿一分没有 我想去讨个说法")]
    assert "legal_aid" not in told and "labour_dispute_arbitration" in told
    told = [service for _, service in needs("在饭店做了五年 上个月被辞退了 补偿一分没有 想打官司又请不起律师")]
    assert "legal_aid" in told or "arbitration_legal_aid" in told


@pytest.mark.parametrize("text, patrol", [
    ("我家的自留地被占了 找谁", False),  # the village's land matter (a gap topic), no stranger in the home
    ("我家房子被人霸占了", True),
])
def test_a_plot_taken_is_no_home_taken_over(text, patrol):
    assert ("public_order_patrol" in cued_services(normalize(text))) is patrol


def test_a_chinese_doctor_asked_for_periods_is_no_gap():
    from bot.triage import domain_gap

    assert domain_gap("月经不调想找中医调理一下") is None  # the catalogue's TCM, not the women's clinic topic
    assert domain_gap("女儿十三岁 月经老不来 去哪看").body == "health"
