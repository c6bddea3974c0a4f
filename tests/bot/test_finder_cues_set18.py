"""Situations that lead to one catalogue service without its name (bot/finder_cues.py): classes of
blind set 18's service rows (gaps_test10) and where-questions (conversations_test13, -where-), in
other words than the set's."""
import pytest

from bot.finder_cues import cued_services
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("老公从部队退伍两年了还没找到工作，有没有帮退伍兵找活的地方", "veteran_employment"),
    ("当过兵的人找工作有没有专门的渠道", "veteran_employment"),
    ("村里想请剧团来唱戏，手机上能不能点单", "huzhou_culture_cloud"),
    ("社区想在小程序上预约一场讲座", "huzhou_culture_cloud"),
    ("想去医院取环，要不要钱", "family_planning_technical_services"),
    ("老公想去做结扎，哪里做免费", "family_planning_technical_services"),
    ("小区里都是老人，发洪水的时候怎么撤离，有没有预案", "disaster_reduction_community"),
    ("我妈卧床不起，万一地震怎么转移", "disaster_reduction_community"),
    ("有没有免费的电子书能在手机上看", "free_digital_publications"),
    ("手机上听书都要充会员，有没有不要钱的", "free_digital_publications"),
    ("村里祠堂改的礼堂以前放电影，现在一直锁着，谁管", "rural_cultural_auditorium"),
    ("想听听医生讲讲高血压该怎么吃", "health_education"),
    ("哪里有免费的健康讲座", "health_education"),
    ("结算单上有几个药根本没用过，也收了钱", "medical_service_supervision"),
    ("幼儿园好几个孩子得了手足口，学校也不停课", "infectious_disease_control"),
    ("班上一半的学生发烧拉肚子", "infectious_disease_control"),
    ("妇产科的专家号天天抢不到", "appointment_services"),
    ("想挂儿科专家，约了一个礼拜都约不到", "appointment_services"),
    ("村里有人中风，救护车等了一个小时才到", "emergency_medical_services"),
    ("我们镇上能不能设个急救站", "emergency_medical_services"),
    ("以前考过的几个证书能不能攒起来换个大专文凭", "learning_credit_bank"),
    ("我们社区的腰鼓队想报名参加市里的文艺汇演", "mass_cultural_festivals"),
    ("广场舞队想去区里的大赛上台，怎么报名", "mass_cultural_festivals"),
    ("听说杭州的大医院跟县医院合作，专家过来坐诊", "county_hospital_services"),
    ("停在楼下的自行车昨晚被人偷了", "public_order_patrol"),
    ("家里进贼了，首饰都没了", "public_order_patrol"),
    ("出门几天回来发现门被撬了", "public_order_patrol"),
    ("老家没人住的房子被人霸占了", "public_order_patrol"),
])
def test_a_set18_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("退伍回来政府给安排工作吗", "veteran_employment"),  # resettlement, not a job search
    ("老公是部队转业干部，想问工作安置", "veteran_employment"),
    ("退伍回来想学门技术，有没有免费培训", "veteran_employment"),  # the veterans' training
    ("村里想看戏", "huzhou_culture_cloud"),  # no platform: the opera sent to villages
    ("环境太差了想投诉", "family_planning_technical_services"),
    ("地震了房子塌了，政府有没有补助", "disaster_reduction_community"),  # relief
    ("孩子读书的比赛在哪里报名", "free_digital_publications"),  # a reading contest
    ("村里的老祠堂是文物吗", "rural_cultural_auditorium"),  # no shows held there
    ("医生说我血压高，要吃什么药", "health_education"),  # treatment
    ("医院收费贵不贵", "medical_service_supervision"),  # no charge for what was not done
    ("结算单上没做过的检查也用医保报了，医保的钱被多收", "medical_service_supervision"),  # the fund's supervision
    ("孩子发烧了去哪个医院", "infectious_disease_control"),  # one child
    ("挂号要带什么", "appointment_services"),  # no booking failed
    ("救护车要不要钱", "emergency_medical_services"),  # no delay
    ("成人高考怎么报名", "learning_credit_bank"),
    ("孩子想参加市里的跳绳比赛", "mass_cultural_festivals"),  # a sport
    ("有人打电话让我报名越剧大赛，先交报名费，是不是骗人的", "mass_cultural_festivals"),  # a fraud
    ("在卫生院看不了想转到县医院", "county_hospital_services"),  # a referral: tiered diagnosis
    ("邻居到处说我偷东西", "public_order_patrol"),  # slander, not theft
    ("医保卡被人盗刷了", "public_order_patrol"),  # the medical security body's
    ("博物馆的文物被盗了", "public_order_patrol"),
    ("租房到期了租客不肯搬走", "public_order_patrol"),  # a lease's end, no break-in
    ("在车站包被偷了，回不了家，能不能帮忙买张车票", "public_order_patrol"),  # stranded: vagrant assistance
    ("路上的井盖被人偷了，谁来补上", "public_order_patrol"),  # the drain's keeper
])
def test_set18_near_misses_lead_elsewhere(text, service):
    assert service not in cued_services(normalize(text))


def _parse(text, service, score=0.05):
    return {"text": normalize(text), "intent": {"name": "find_service", "confidence": 0.8},
            "intent_ranking": [{"name": "find_service", "confidence": 0.8}], "entities": [],
            "service_ranking": [{"id": service, "confidence": score}]}


def test_a_cued_top_service_is_as_sure_as_a_named_one():
    from bot.finder import find_services
    from bot.settings import Settings
    from knowledge_base import KnowledgeBase

    kb = KnowledgeBase(Settings.from_env().kb_url)
    found = find_services(_parse("妇产科的专家号天天抢不到，找谁反映", "appointment_services"), kb)
    assert found.top is not None and found.top.id == "appointment_services" and found.confident
    found = find_services(_parse("医院的事找谁反映", "appointment_services"), kb)
    assert not found.confident  # no cue, a weak classifier score: not sure


def _kb():
    from bot.settings import Settings
    from knowledge_base import KnowledgeBase

    return KnowledgeBase(Settings.from_env().kb_url)


def test_a_cued_top_service_is_not_ambiguous_with_an_uncued_second():
    from bot.finder import find_services

    parse = {**_parse("想听听医生讲讲糖尿病怎么吃，哪里有", "health_education"),
             "service_ranking": [{"id": "family_doctor_contract", "confidence": 0.3},
                                 {"id": "health_education", "confidence": 0.1}]}
    found = find_services(parse, _kb())
    assert found.top is not None and found.top.id == "health_education" and not found.ambiguous


def _named(text, word, sid):
    start = text.index(word)
    return {"entity": "service", "value": sid, "start": start, "end": start + len(word)}


@pytest.mark.parametrize("text, word, named, cued", [
    ("生了二胎想去上环，哪里免费", "二胎", "two_child_policy", "family_planning_technical_services"),
    ("社区想在小程序上约剧团来看戏，怎么点单", "看戏", "opera_to_villages", "huzhou_culture_cloud"),
])
def test_a_service_named_inside_a_cued_situation_gives_way(text, word, named, cued):
    from bot.finder import find_services, told_in_a_cue

    text = normalize(text)
    entities = [_named(text, word, named)]
    assert told_in_a_cue(entities, text) == {named}
    parse = {**_parse(text, named, 0.2), "entities": entities}
    found = find_services(parse, _kb())
    assert found.top is not None and found.top.id == cued


@pytest.mark.parametrize("text, word, named", [
    ("二胎有什么补贴，顺便问上环免费吗", "二胎", "two_child_policy"),  # named outside the cue's words: asked too
    ("村里想看戏", "看戏", "opera_to_villages"),  # no cue
])
def test_a_service_named_outside_a_cue_keeps_its_name(text, word, named):
    from bot.finder import told_in_a_cue

    text = normalize(text)
    assert told_in_a_cue([_named(text, word, named)], text) == set()
