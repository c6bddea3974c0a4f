"""The lead's fixes of session 21, at the causes of set 26's failed conversations (our own sentences)."""
from actions.common import office_place
from bot.eligibility_cues import asks_whether
from knowledge_base import shared
from tests.actions.conftest import entity_at, message, tracker


def _place(text: str, word: str, value: str):
    return entity_at(text, word, "place", value)


def test_help_heard_of_then_whether_it_is_true_asks_whether_one_can_have_it():
    assert asks_whether("老伴走了三年 一个人住 邻居讲我这种没人管的老人政府会得养起来 真个哦")
    assert asks_whether("听说政府会给残疾人补一点 是真的吗")
    assert asks_whether("村里人说上头肯帮我们这种人家兜底 有这回事吗")
    # not help from a public body, or no check of it: not a whether-question
    assert not asks_whether("他说政府会来修路 真的吗")
    assert not asks_whether("我老公说明天下雨 真的吗")
    assert not asks_whether("隔壁讲阿拉迭种老头子会得长寿 真个哦")


def test_a_place_lived_in_before_then_said_to_be_only_the_workplace_is_not_where_one_lives():
    service = shared().service("public_order_patrol")
    text = "哦我说错了 南浔是我上班的地方 小区在德清乾元镇 这事该找哪个部门来管"
    latest = message(text, "ask_where", [_place(text, "南浔", "南浔区"), _place(text, "德清", "德清县")])
    assert office_place(tracker(latest, {"residence_place": "南浔区"}), service)[0] == "德清县"
    # the place lived in, named again as where one lives: still it
    text = "我住在南浔 户口在德清 这事该找哪个部门"
    latest = message(text, "ask_where", [_place(text, "南浔", "南浔区"), _place(text, "德清", "德清县")])
    assert office_place(tracker(latest, {"residence_place": "南浔区"}), service)[0] == "南浔区"


def test_a_group_word_in_a_story_that_ends_told_to_ask_is_part_of_the_story():
    from actions.service_answers import _groups_only_where_nothing_is_asked

    text = "我前几年生意亏了 老婆带着孩子回了娘家 我就病倒了 去年办了残疾证 我妈说有证的每个月会有点钱 叫我问问"
    start = text.index("孩子")
    entities = [{"entity": "group", "value": "儿童", "start": start, "end": start + 2}]
    assert _groups_only_where_nothing_is_asked(text, entities)
    # the clause with the group word asks itself: the group is whom the question is for
    text = "我前几年生意亏了 孩子上学有没有补贴 叫我问问"
    start = text.index("孩子")
    entities = [{"entity": "group", "value": "儿童", "start": start, "end": start + 2}]
    assert not _groups_only_where_nothing_is_asked(text, entities)


def test_whom_to_tell_it_to_asks_where():
    from actions.common import ASKS_WHERE

    for text in ("我们住孝丰镇 跟谁说去", "这事该向谁反映", "阿拉要同啥人讲"):
        assert ASKS_WHERE.search(text), text
    for text in ("我跟谁都说过了", "他跟我说要等通知"):
        assert not ASKS_WHERE.search(text), text


def _service_entity(text: str, word: str, value: str):
    return entity_at(text, word, "service", value)


def test_a_service_named_only_to_deny_being_in_it_is_a_fact_of_the_one_under_discussion():
    from actions.situation import situation_for
    from bot.finder import Finding

    for text in ("我家不是低保", "我们没评上低保", "阿拉屋里勿是低保"):
        entities = [_service_entity(text, "低保", "minimum_living_allowance")]
        found = Finding(text, "inform", 0.8, True, [], entities)
        slots = {"current_service": "medical_assistance", "dibao_household": False,
                 "reading": {"read": ["dibao_household"]}}
        t = tracker(message(text, "inform", entities), slots)
        assert situation_for(t, found) is not None and situation_for(t, found).id == "medical_assistance", text
    # the other service named as itself: a question about it, not this one's screening
    text = "低保呢 我家能不能吃低保"
    entities = [_service_entity(text, "低保", "minimum_living_allowance")]
    found = Finding(text, "find_service", 0.8, True, [], entities)
    t = tracker(message(text, "find_service", entities), {"current_service": "medical_assistance",
                                                          "reading": {"read": ["dibao_household"]}})
    assert situation_for(t, found) is None


def test_a_point_asked_is_looked_for_in_a_storys_last_clause_only():
    from actions.eligibility import _when_asked_last
    from actions.service_answers import pointed_in

    story = ("我儿子前年离了婚 孙子判给他 他在杭州上班 孩子一直跟着我 我老伴去年走了 孙子是二〇二一年五月生的 "
             "这些天老问我奶奶我什么时候去上学 隔壁家的小孩都在问学校了 我想先打听打听 明年秋天他能不能去")
    assert "什么时候" not in pointed_in(story) and not _when_asked_last(story)
    assert pointed_in("幼儿园啥时候报名") == "幼儿园啥时候报名"
    assert _when_asked_last("孙子是二〇二一年五月生的 明年几月能报名")


def test_help_heard_of_with_more_to_get_and_help_to_pay_a_little_are_asked():
    from bot.eligibility_cues import asks_for_help

    assert asks_whether("我爸去年中风 残疾证是二级 家里吃着低保 听说像他这样的每个月还能多领一份钱")
    assert asks_whether("听人讲有证的另外能拿一份")
    assert asks_for_help("阿拉老头子开了刀 医保报脱自家还要贴两万 有啥地方好再帮阿拉出一眼")
    assert asks_for_help("有没有什么人能帮我们一下")
    assert not asks_for_help("有啥地方好玩")


def test_the_leads_finder_cues_of_session_21():
    from bot.finder_cues import cued_services

    cases = {
        "我哥精神分裂二十年 去年残联给他办了证 我妈说办了证政府每个月会有点钱": "disabled_living_subsidy",
        "我爸眼睛全看不见了 听说有证的人每个月能领点钱": "disabled_living_subsidy",
        "厂子关门了 大家都被遣散 这段时间国家那边能不能先领点钱": "unemployment_insurance_benefit",
        "合同到期公司不续签了 房贷还要还 想问我能不能先领上一份钱": "unemployment_insurance_benefit",
        "村里的养老我交满了十五年 现在厂里的退休工资也在拿 农村那份交满了好不好一起领": "resident_pension_benefit",
        "我们就生了一个女儿 十六岁那年在水库里溺水了": "family_planning_special_assistance",
        "女儿十七岁那年出车祸没救过来 我们后来一直没敢再要": "family_planning_special_assistance",
        "房子是租的 一个月一千八 工资一半没了 这一块能不能有人帮衬一点": "rental_housing_subsidy",
    }
    for text, service in cases.items():
        assert service in cued_services(text), text
    # near misses: the same words without the situation
    assert "unemployment_insurance_benefit" not in cued_services("厂里欠了三个月工资 老板跑了 我们能不能领点钱")
    assert "disabled_living_subsidy" not in cued_services("我儿子有残疾证 学校有没有补贴")
    assert "family_planning_special_assistance" not in cued_services("我们只养了一个女儿 嫁到江西去了")
    assert "rental_housing_subsidy" not in cued_services("租房子的合同到期了 房东要涨价")


def test_whether_a_child_can_get_in_and_the_government_gives_told_are_whether_questions():
    from bot.eligibility_cues import asks_eligibility

    assert asks_eligibility("现在还能不能进")
    assert asks_eligibility("明年可不可以读")
    assert not asks_eligibility("能不能进来说")
    assert asks_whether("儿子前年走了 我们没再要 村里有个阿姨说像我们这种人家政府每个月有照顾")
    assert not asks_whether("我老公说政府有规定 要排队")


def test_a_refusing_fact_told_but_never_asked_is_confirmed_however_sure_the_reading():
    from rasa_sdk.executor import CollectingDispatcher

    from actions.eligibility import ValidateEligibilityForm as EligibilityForm

    slots = {"eligibility_service": "resident_basic_pension", "age": 50, "hukou_place": "外地",
             "fact_confidence": {"age": 0.85, "hukou_place": 0.9}}
    known = {"age": 50, "hukou_place": "外地"}
    dispatcher = CollectingDispatcher()
    t = tracker(message("我户口在河南 今年五十 想交城乡居民养老保险", "check_eligibility"), slots)
    assert EligibilityForm().confirmation(dispatcher, t, known) == "hukou_place"
    # asked and answered (the form's own question): a sure reading stands
    events = [{"event": "slot", "name": "requested_slot", "value": "hukou_place"}]
    t = tracker(message("河南", "inform"), slots, events=events)
    assert EligibilityForm().confirmation(CollectingDispatcher(), t, known) is None


def test_heard_of_a_benefit_then_is_it_true_asks_whether():
    assert asks_whether("我弟弟看了十年病 我听人讲 像他这样有证的 另外还能有一份补贴 是真的吗")
    assert not asks_whether("我听人讲明天要下雨 是真的吗")


def test_a_trade_to_learn_on_a_class_that_costs_nothing_is_the_training():
    from bot.finder_cues import cued_services

    assert "vocational_skills_training" in cued_services("我想学修电瓶车 以后自己开个店 政府有不用交钱的班吗")
    assert "vocational_skills_training" not in cued_services("学校有不用交钱的班吗")


def test_does_the_government_have_it_asks_whether():
    assert asks_whether("我想学做面点 以后开个早餐店 政府有不用交钱的班吗")
    assert not asks_whether("政府有什么规定吗")


def test_a_veteran_looking_for_work_is_the_veterans_service_not_the_general_help():
    from bot.finder_cues import cued_services

    cued = cued_services("我前年退伍回来 一直没找到合适的工作 有没有专门帮退役军人找工作的")
    assert "veteran_employment" in cued and "employment_assistance" not in cued
    assert "employment_assistance" in cued_services("这半年到处找活 人家一看我走路就摆手 有没有人能专门帮帮我这种")
