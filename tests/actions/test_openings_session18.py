"""First messages that tell a story (session 18, from set 23's residents): with the service classifier trained on long
first messages and its probabilities for a story sharpened (bot/nlu/service_classifier.py), the finder is sure of a
story's service far more often — what the dialogue then does with a sure story. Our own sentences."""
from actions.common import ASKS_WHERE
from actions.service_answers import ActionAnswerService
from bot.story_needs import gives_way_when
from tests.actions.conftest import message, run, texts, tracker


def _ranked(*pairs):
    return [{"id": sid, "confidence": p} for sid, p in pairs]


def _first(text, intent, ranking, read=()):
    latest = message(text, intent, ranking=_ranked(*ranking))
    return tracker(latest, {"reading": {"read": list(read)}}, events=[{"event": "user", "text": text}])


def _screens(events, service):
    slots = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    return slots.get("eligibility_service") == service and any(
        e.get("event") == "followup" and e.get("name") == "eligibility_form" for e in events)


def test_a_story_of_one_sure_service_that_asks_nothing_is_screened():
    # (a setting and the house: the setting alone starts nothing, actions/situation.SETTING_FACTS)
    for text in ("我家老屋是我爸八十年代在乡下山脚下盖的 楼板往下沉了一指头 墙裂了好几条缝 县里的人来看过说是D级不能住了 我们现在搬到隔壁柴棚里住",
                 "阿拉屋里是老底子个泥墙屋 勒乡下 今年子梅雨落了一个号头 后墙鼓出来一大块 村里人来看过讲是危房 阿拉两家头夜里困勿着"):
        said, events = run(ActionAnswerService(), _first(text, "find_service", [("rural_dilapidated_housing_renovation", 0.95)],
                                                         read=["rural_housing", "house_dilapidated"]))
        assert _screens(events, "rural_dilapidated_housing_renovation"), texts(said)


def test_a_sure_story_that_tells_none_of_the_services_conditions_gets_its_card():
    text = "我家老屋是我爸八十年代在山脚下盖的 村里这几年通了自来水 也修了水泥路 我爸说这房子是他一砖一瓦垒起来的 舍不得拆"
    said, events = run(ActionAnswerService(), _first(text, "find_service", [("rural_dilapidated_housing_renovation", 0.95)]))
    assert not _screens(events, "rural_dilapidated_housing_renovation")


def test_whether_any_help_is_there_is_no_question_of_where():
    for text in ("有没有哪里能帮着贴一点房租 我在理货", "有呒没哪里好再补一眼", "有没有哪儿能再资助一点"):
        assert not ASKS_WHERE.search(text), text
    for text in ("有没有哪里可以补办社保卡", "有没有哪里能办", "哪里能帮我办一下", "有没有哪里能补办身份证", "去哪里申请补贴"):
        assert ASKS_WHERE.search(text), text


def _gives_way(general, precise, text):
    return any(precise in specific and told.search(text) for specific, told in gives_way_when(general))


def test_bills_left_that_the_family_cannot_bear_are_the_medical_aids_not_the_serious_illness_insurance():
    for text in ("儿子查出白血病 报完了每次还要自己掏两三万 房子已经挂出去卖了 还有什么办法能再补一点",
                 "老伯一个人过 镇里一直养着他的 白内障要开刀 自己掏的那部分拿不出",
                 "我爸透析 医保报掉以后自己掏的那块还是吃不消 还有什么地方能再报一点吗",
                 "女儿心脏要开刀 报完还得自己掏好几万 我们家本来日子就紧巴"):
        assert _gives_way("critical_illness_insurance", "medical_assistance", text), text
    for text in ("我们自己还掏了十五万 病友说自己掏的超过一条线的部分 还能再报一次 这个找哪里",
                 "换肾花了四十多万 医保报了一部分 听说还有二次报销",
                 "住院花了八万 医保报了五万 剩下的还能报吗"):
        assert not _gives_way("critical_illness_insurance", "medical_assistance", text), text


def test_money_to_live_on_asked_for_a_mentally_ill_relative_is_the_living_subsidy():
    for text in ("儿子精神分裂 每天吃药 听说残了的人每个月能贴一点生活上的钱", "弟弟脑子跟不上 问每个月能不能再补点过日子的钱"):
        assert _gives_way("psychiatric_medication_coverage", "disabled_living_subsidy", text), text
    for text in ("女儿双相 药一个月八百多 医生说有些药可以不要钱", "每个月药钱能不能补一点"):
        assert not _gives_way("psychiatric_medication_coverage", "disabled_living_subsidy", text), text


def test_a_where_question_correcting_the_place_names_the_office_no_longer_meant():
    from actions.routing import ActionAnswerWhere

    before = "【困难残疾人生活补贴】去哪里办\n负责部门：湖州市民政局\n长兴县：长兴县民政局"
    text = "我说错了 不是长兴 是安吉递铺 去哪里办"
    start = text.index("安吉")
    latest = message(text, "ask_where", [{"entity": "place", "value": "安吉县", "start": start, "end": start + 2}])
    events = [{"event": "user", "text": "…"}, {"event": "bot", "text": before}, {"event": "user", "text": text}]
    said, _ = run(ActionAnswerWhere(), tracker(latest, {"current_service": "disabled_living_subsidy", "hukou_place": "安吉县"},
                                               events=events))
    out = texts(said)
    assert "安吉县民政局" in out and "不是刚才说的长兴县民政局" in out, out


def test_a_correction_read_as_asking_where_after_which_service_is_the_question_asked_before():
    from actions.routing import ActionAnswerWhere
    from bot import answers

    first = "外孙女七岁 跟着我过 她妈离了婚一个人在外地打工 钱寄不回来 念书的钱能不能少交点"
    text = "我老糊涂了 七岁的是她哥哥 她是四岁 在新安镇上的园里念中班"
    start = text.index("新安镇")
    latest = message(text, "ask_where", [{"entity": "place", "value": "德清县", "start": start, "end": start + 3}], confidence=0.58)
    events = [{"event": "user", "text": first}, {"event": "bot", "text": answers.WHICH_SERVICE[answers.ELIGIBILITY]},
              {"event": "user", "text": text}]
    said, events = run(ActionAnswerWhere(), tracker(latest, {}, events=events))
    assert _screens(events, "preschool_financial_aid"), texts(said)
    # asking where after "which service?" is a where-question still
    where = "我们住新安镇 这个找谁"
    latest = message(where, "ask_where", [{"entity": "place", "value": "德清县", "start": 2, "end": 5}])
    events = [{"event": "user", "text": first}, {"event": "bot", "text": answers.WHICH_SERVICE[answers.ELIGIBILITY]},
              {"event": "user", "text": where}]
    said, events = run(ActionAnswerWhere(), tracker(latest, {}, events=events))
    assert not _screens(events, "preschool_financial_aid")


def test_whether_one_was_left_out_read_as_asking_an_amount_is_screened():
    text = "阿拉今年六十五哉 村里的养老钞票交了十七年 隔壁阿三头早就每个号头拿铜钿哉 阿拉到现在一分也呒没拿着 是勿是弄漏脱哉"
    said, events = run(ActionAnswerService(), _first(text, "ask_amount", [("resident_pension_benefit", 0.99)],
                                                     read=["age", "pension_contribution_years"]))
    assert _screens(events, "resident_pension_benefit"), texts(said)
    asked = "阿拉今年六十五哉 村里的养老钞票交了十七年 隔壁阿三头早就每个号头拿铜钿哉 阿拉一个号头好拿多少 是勿是一样个"
    said, events = run(ActionAnswerService(), _first(asked, "ask_amount", [("resident_pension_benefit", 0.99)],
                                                     read=["age", "pension_contribution_years"]))
    assert not _screens(events, "resident_pension_benefit")


def test_school_for_a_child_whose_hukou_is_in_another_province_is_the_migrant_childrens():
    from bot.triage import needs

    for text in ("儿子五岁半 明年九月该上小学了 户口在安徽老家 我们两口子在织里童装厂做了四年 能不能读公办的",
                 "孩子七岁了 户籍是河南的 我们在长兴打工五年 想让他在这边读小学 能不能读"):
        assert [sid for _, sid in needs(text)] == ["migrant_children_enrolment"], text
    assert [sid for _, sid in needs("孩子七岁了 户口在吴兴 明年读小学 要准备什么")] == ["compulsory_school_enrolment"]


def test_a_yes_then_what_goes_with_it_after_a_verdict_is_told_not_out_of_scope():
    from actions.service_answers import ActionOutOfScope

    for text in ("有的 跟包工头签过一张纸", "是的 工地上的人都看见了"):
        said, _ = run(ActionOutOfScope(), tracker(message(text, "out_of_scope"),
                                                  {"current_service": "work_injury_insurance", "reading": {"read": []}}))
        assert "没能对应到【工伤保险与工伤认定】的办理条件上" in texts(said), text
    # nothing under discussion: out of scope as before
    said, _ = run(ActionOutOfScope(), tracker(message("有的 跟包工头签过一张纸", "out_of_scope"), {"reading": {"read": []}}))
    assert "没能对应到" not in texts(said)
