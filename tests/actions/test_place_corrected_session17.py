"""A place corrected after a reply on a service (session 17, from set 22's self-correcting residents): where to
go for that service at the place meant now, saying which office the first reply named is no longer theirs. Our
own sentences."""
from actions.common import office_moved_note
from actions.service_answers import ActionAnswerService
from tests.actions.conftest import message, run, texts, tracker


def _place(text: str, word: str, value: str):
    start = text.index(word)
    return {"entity": "place", "value": value, "start": start, "end": start + len(word)}


def _after_reply(reply: str, service: str, latest, slots=None):
    events = [{"event": "user", "text": "…"}, {"event": "bot", "text": reply}, {"event": "user", "text": latest["text"]}]
    return tracker(latest, {"current_service": service, **(slots or {})}, events=events)


READING_WHERE = "【全民阅读活动】去哪里办\n负责部门：湖州市文化广电旅游局\n德清县：德清县文化和旅游主管部门（名称以当地公布为准，可拨打12345核实）"
CREDIT_WHERE = "【学分认证与学习成果转换】去哪里办\n负责部门：湖州市教育局\n南浔区：南浔区教育局"


def test_a_place_corrected_with_words_of_a_group_is_where_for_the_service_just_answered():
    text = "说岔了 南浔是我父母家 我单位和住的地方都在吴兴"
    latest = message(text, "find_service", [_place(text, "南浔", "南浔区"), _place(text, "吴兴", "吴兴区"),
                                            {"entity": "group", "value": "企业", "start": 14, "end": 16}], confidence=0.7)
    said, events = run(ActionAnswerService(), _after_reply(CREDIT_WHERE, "learning_credit_bank", latest))
    out = texts(said)
    assert "改找吴兴区教育局，不是刚才说的南浔区教育局" in out
    assert "吴兴区：吴兴区教育局" in out and "您想问的是" not in out


def test_the_where_answer_after_a_correction_names_both_offices():
    text = "不是德清 德清是我上班的地方 我家在安吉"
    latest = message(text, "inform", [_place(text, "德清", "德清县"), _place(text, "安吉", "安吉县")], confidence=0.7)
    said, _ = run(ActionAnswerService(), _after_reply(READING_WHERE, "national_reading", latest,
                                                       {"residence_place": "安吉县"}))
    out = texts(said)
    assert "改找安吉县文化和旅游主管部门，不是刚才说的德清县文化和旅游主管部门" in out


def test_no_note_when_the_place_is_the_one_named_before_or_none_was_named():
    from knowledge_base import shared

    service = shared().service("national_reading")
    same = _after_reply(READING_WHERE, "national_reading", message("我在德清", "inform"))
    assert office_moved_note(same, service, "德清县") is None
    nothing_before = _after_reply("【全民阅读活动】\n是什么：……", "national_reading", message("我在安吉", "inform"))
    assert office_moved_note(nothing_before, service, "安吉县") is None
    # a reply on another service named 德清: not this service's office
    other = _after_reply("【学分认证与学习成果转换】去哪里办\n德清县：德清县教育局", "national_reading", message("我在安吉", "inform"))
    assert office_moved_note(other, service, "安吉县") is None


def test_a_correction_that_asks_something_else_is_not_a_place_correction():
    text = "不对 那长兴有没有这种读书的活动"
    latest = message(text, "find_service", [_place(text, "长兴", "长兴县")], confidence=0.7)
    said, _ = run(ActionAnswerService(), _after_reply(READING_WHERE, "national_reading", latest))
    assert "改找" not in texts(said)


def test_a_place_corrected_that_the_classifier_falls_back_on_is_still_where():
    from actions.service_answers import ActionClarify, ActionOutOfScope

    reply = "【群众性体育活动】的申请条件，我这里的资料没有列出。\n吴兴区：吴兴区体育主管部门（名称以当地公布为准，可拨打12345核实）"
    text = "哎说错了 埭溪是我娘家 我们村在长兴水口"
    latest = message(text, "nlu_fallback", [_place(text, "埭溪", "吴兴区"), _place(text, "水口", "长兴县")], confidence=0.3)
    for action in (ActionClarify(), ActionOutOfScope()):
        said, _ = run(action, _after_reply(reply, "mass_sports_activities", latest))
        assert "改找长兴县体育主管部门，不是刚才说的吴兴区体育主管部门" in texts(said), action.name()


def test_a_hukou_correction_says_the_rule_and_both_offices():
    reply = "【困难残疾人生活补贴】去哪里办\n负责部门：湖州市民政局\n长兴县：长兴县民政局"
    text = "我说错了 她户口前年跟着我迁到安吉递铺了 泗安是她出生的地方"
    latest = message(text, "inform", [_place(text, "安吉", "安吉县"), _place(text, "泗安", "长兴县")], confidence=0.7)
    said, _ = run(ActionAnswerService(), _after_reply(reply, "disabled_living_subsidy", latest, {"hukou_place": "安吉县"}))
    out = texts(said)
    assert "改找安吉县民政局，不是刚才说的长兴县民政局" in out and "安吉县：安吉县民政局" in out


def test_a_where_question_the_classifier_did_not_understand_but_one_service_leads_is_answered():
    from actions.service_answers import ActionClarify

    text = "来电人称是村里的妇女主任，村里有个八岁男孩，爸爸在服刑，妈妈走了，想问困境儿童的保障归哪个部门管"
    ranking = [{"id": "children_in_difficulty", "confidence": 0.78}, {"id": "__general__", "confidence": 0.01}]
    latest = message(text, "nlu_fallback", [_place(text, "村里", "安吉县")], ranking=ranking, confidence=0.45)
    said, events = run(ActionClarify(), tracker(latest))
    out = texts(said)
    assert "我不太确定" not in out and "【困境儿童分类保障】去哪里办" in out and "安吉县民政局" in out
    # no where asked: still a question back about which service was meant
    text = "村里有个八岁男孩 爸爸在服刑 妈妈走了 困境儿童"
    latest = message(text, "nlu_fallback", ranking=ranking, confidence=0.45)
    said, _ = run(ActionClarify(), tracker(latest))
    assert "去哪里办" not in texts(said)


def test_the_place_named_is_not_one_said_to_be_anothers_home():
    from actions.common import named_place

    text = "不对 我们住在长兴 德清是他外婆家"
    t = tracker(message(text, "inform", [_place(text, "长兴", "长兴县"), _place(text, "德清", "德清县")]))
    assert named_place(t) == "长兴县"
    text = "我们住在长兴 孩子外婆住德清"
    t = tracker(message(text, "inform", [_place(text, "长兴", "长兴县"), _place(text, "德清", "德清县")]))
    assert named_place(t) == "德清县"  # (no word says 德清 is another's: the last place named, as before)


def test_living_in_the_countryside_alone_does_not_start_the_house_screening():
    from actions.situation import clear_situation
    from bot.finder import Finding

    text = "阿拉老头子走脱三年哉 我一个人住勒练市乡下 今年七十六 一个号头就几百块养老金 身体也弗好 政府有啥贴补伐"
    found = Finding(text, "find_service", 0.9, True, [], [])
    t = tracker(message(text, "find_service"), {"rural_housing": True, "age": 76, "reading": {"read": ["rural_housing", "age"]}})
    assert clear_situation(t, found) is None
    # the house itself told: its screening, as before
    text = "我一个人住勒乡下 老房子漏雨 墙也裂了 政府有啥贴补伐"
    t = tracker(message(text, "find_service"), {"rural_housing": True, "house_dilapidated": True,
                                                "reading": {"read": ["rural_housing", "house_dilapidated"]}})
    chosen = clear_situation(t, Finding(text, "find_service", 0.9, True, [], []))
    assert chosen is not None and chosen.id == "rural_dilapidated_housing_renovation"
