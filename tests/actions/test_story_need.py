"""A message that tells one situation and names no service (bot/story_needs.py): a where-question
gets the office of the service the situation calls for, and help asked for is that service's
screening — not "which service?" or a list of one choice. Sentences written for these tests."""
from actions.eligibility import ActionStartEligibility
from actions.routing import ActionAnswerWhere
from actions.service_answers import ActionAnswerService, ActionClarify
from bot import answers
from tests.actions.conftest import entity, message, run, slots_set, texts, tracker


def test_a_situation_asking_where_gets_its_services_office():
    msgs, events = run(ActionAnswerWhere(), tracker(message(
        "最近水龙头放出来的水发黄，还有渣，我们住长兴，找哪个部门", "ask_where", [entity("place", "长兴县")])))
    reply = texts(msgs)
    assert "长兴县住房和城乡建设局" in reply
    assert answers.WHICH_SERVICE[answers.WHERE] not in reply
    assert slots_set(events)["current_service"] == "water_supply"


def test_a_where_question_about_the_service_under_discussion_is_not_rerouted():
    # 健身 in passing: "where" asks about the service just answered
    msgs, _ = run(ActionAnswerWhere(), tracker(message("我妈平时去健身器材那边锻炼，护理补贴在长兴去哪里办", "ask_where",
                                                       [entity("place", "长兴县")]),
                                               {"current_service": "severe_disability_care_subsidy"}))
    assert "长兴县民政局" in texts(msgs)


def test_a_story_asking_for_help_screens_its_one_need():
    for action, intent in ((ActionAnswerService(), "find_service"), (ActionClarify(), "nlu_fallback"),
                           (ActionStartEligibility(), "check_eligibility")):
        _, events = run(action, tracker(message("我老伴中风瘫在床上三年了，吃饭擦身都靠我，有啥补贴伐", intent, confidence=0.5)))
        assert slots_set(events).get("eligibility_service") == "severe_disability_care_subsidy", action.name()


def test_a_story_not_asking_for_help_is_not_screened():
    msgs, events = run(ActionAnswerService(), tracker(message("我老伴中风瘫在床上三年了，护理是怎么回事", "find_service",
                                                              confidence=0.5)))
    assert slots_set(events).get("eligibility_service") is None


def test_a_situation_asking_where_read_as_another_intent_still_gets_the_office():
    from actions.service_answers import ActionOutOfScope

    for action, intent in ((ActionOutOfScope(), "out_of_scope"), (ActionAnswerService(), "find_service"),
                           (ActionClarify(), "nlu_fallback")):
        msgs, events = run(action, tracker(message("我放在楼道里的电动车一夜就不见了，锁被剪断了，我住德清，这事找谁",
                                                   intent, [entity("place", "德清县")], confidence=0.6)))
        assert "德清县公安" in texts(msgs), action.name()


def test_a_hardship_told_with_its_needs_conditions_is_screened_unasked():
    # nothing asked, but the facts told are the conditions of the one need the situation calls for
    text = "我今年七十一 一辈子没成过家 一个人过 腿坏了地也种不动了"
    read = {"reading": {"read": ["age", "has_labour_capacity"]}}  # what actions/facts.py read of it
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", confidence=0.5), read))
    assert slots_set(events).get("eligibility_service") == "extreme_poverty_support"
    # only where one lives and an age told: the offer stays
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", confidence=0.5),
                                                   {"reading": {"read": ["age", "residence_place"]}}))
    assert slots_set(events).get("eligibility_service") is None


def test_a_hardship_told_with_a_question_or_no_condition_is_not_screened_unasked():
    for text in ("我今年七十一 一辈子没成过家 一个人过 腿坏了地也种不动了 特困是什么",):
        _, events = run(ActionAnswerService(), tracker(message(text, "find_service", confidence=0.5),
                                                       {"reading": {"read": ["age", "has_labour_capacity"]}}))
        assert slots_set(events).get("eligibility_service") is None, text


def test_a_need_with_no_conditions_asked_about_gets_its_card():
    msgs, events = run(ActionAnswerService(), tracker(message(
        "上了好多年的环 最近总是肚子不舒服 想取掉 听说不要钱", "find_service", confidence=0.5)))
    assert "计划生育技术服务免费项目" in texts(msgs)
    assert slots_set(events).get("current_service") == "family_planning_technical_services"


def test_a_group_word_beside_the_situation_does_not_stop_its_screening():
    # 孩子 (儿童) is the child planned, not a group the need is for
    _, events = run(ActionAnswerService(), tracker(message(
        "我们准备要孩子了 想先去检查一下身体 听说政府有免费的", "find_service", [{**entity("group", "儿童"), "start": 5, "end": 7}], confidence=0.5)))
    assert slots_set(events).get("eligibility_service") == "free_preconception_checkup"
    # "我是残疾人有什么补贴": the need read from the group's own word — the group's services
    _, events = run(ActionAnswerService(), tracker(message(
        "我是残疾人有什么补贴", "find_service", [{**entity("group", "残疾人"), "start": 2, "end": 5}], confidence=0.5)))
    assert slots_set(events).get("eligibility_service") is None


def test_the_kindergarten_a_child_is_in_now_is_no_question_about_it():
    text = "外孙女五岁多 幼儿园中班了 字也认得不少 想问下明年能不能上小学"
    at = text.index("幼儿园")
    _, events = run(ActionAnswerService(), tracker(message(
        text, "find_service", [{**entity("service", "kindergarten_enrolment"), "start": at, "end": at + 3}],
        ranking=[{"id": "kindergarten_enrolment", "confidence": 0.32}], confidence=0.55)))
    assert slots_set(events).get("eligibility_service") == "compulsory_school_enrolment"


def _offered(*services):
    import json
    buttons = [{"title": s, "payload": "/find_service" + json.dumps({"service": s})} for s in services]
    # the reply that offered them, then the latest message
    return [{"event": "bot", "text": "…", "data": {"buttons": buttons}}, {"event": "user", "text": "…"}]


def test_a_fact_of_one_offered_service_chooses_it():
    from actions.service_answers import ActionOutOfScope

    events = _offered("work_injury_insurance", "medical_assistance")
    _, out = run(ActionOutOfScope(), tracker(message("是上个月五号摔的", "out_of_scope"),
                                             {"reading": {"read": ["days_since_injury"]}}, events=events))
    assert slots_set(out).get("eligibility_service") == "work_injury_insurance"
    # a place only chooses nothing
    _, out = run(ActionOutOfScope(), tracker(message("我住长兴", "out_of_scope"),
                                             {"reading": {"read": ["residence_place"]}}, events=events))
    assert slots_set(out).get("eligibility_service") is None


def test_something_told_beside_the_conditions_is_said_so_not_not_understood():
    msgs, _ = run(ActionClarify(), tracker(message("有的 房东那边也同意了", "nlu_fallback"),
                                           {"current_service": "migrant_children_enrolment", "reading": {"read": []}}))
    assert "没能对应到【随迁子女入学】的办理条件上" in texts(msgs)


def test_a_where_question_naming_a_word_of_one_offered_service_gets_that_one():
    from actions.routing import ActionAnswerWhere

    events = _offered("work_injury_insurance", "medical_assistance")
    msgs, _ = run(ActionAnswerWhere(), tracker(message("认定的话要去哪个部门 我在南浔", "ask_where", [entity("place", "南浔区")]),
                                               events=events))
    reply = texts(msgs)
    assert "南浔区人力资源和社会保障局" in reply and "医疗保障局" not in reply
    # a where-question naming neither: each one's office
    msgs, _ = run(ActionAnswerWhere(), tracker(message("要去哪个部门 我在南浔", "ask_where", [entity("place", "南浔区")]),
                                               events=events))
    assert "南浔区人力资源和社会保障局" in texts(msgs) and "医疗保障局" in texts(msgs)


def test_the_school_asked_for_in_its_own_clause_beside_the_kindergarten_the_child_is_in():
    """"幼儿园老师说他坐得住了 明年九月能不能直接进学堂坐教室": the kindergarten is named where nothing is
    asked, the school (学堂, no name of the catalogue's) in the clause that asks — the school's screening,
    even with the finder sure of the kindergarten."""
    text = "我家小子明年六月满六岁 幼儿园老师说他坐得住了 明年九月能不能直接进学堂坐教室 我在等红灯长话短说"
    at = text.index("幼儿园")
    events = run(ActionStartEligibility(), tracker(message(
        text, "check_eligibility", [{**entity("service", "kindergarten_enrolment"), "start": at, "end": at + 3}],
        ranking=[{"id": "kindergarten_enrolment", "confidence": 0.6}])))[1]
    assert slots_set(events).get("eligibility_service") == "compulsory_school_enrolment"


def test_of_two_services_named_the_one_before_行不行_is_asked():
    text = "儿子五岁 在厂边上的幼儿园 明年九月想让他就在这边读一年级 外地户口行不行"
    kg, school = text.index("幼儿园"), text.index("读一年级")
    events = run(ActionStartEligibility(), tracker(message(
        text, "check_eligibility", [{**entity("service", "kindergarten_enrolment"), "start": kg, "end": kg + 3},
                                    {**entity("service", "compulsory_school_enrolment"), "start": school, "end": school + 4}],
        ranking=[{"id": "kindergarten_enrolment", "confidence": 0.4},
                 {"id": "compulsory_school_enrolment", "confidence": 0.3}])))[1]
    assert slots_set(events).get("eligibility_service") in ("compulsory_school_enrolment", "migrant_children_enrolment")


def test_a_kindergarten_asked_about_stays_the_kindergarten():
    text = "孩子三岁了 明年能不能上幼儿园"
    at = text.index("幼儿园")
    events = run(ActionStartEligibility(), tracker(message(
        text, "check_eligibility", [{**entity("service", "kindergarten_enrolment"), "start": at, "end": at + 3}],
        ranking=[{"id": "kindergarten_enrolment", "confidence": 0.6}])))[1]
    assert slots_set(events).get("eligibility_service") == "kindergarten_enrolment"


def test_a_family_from_elsewhere_asking_for_first_grade_is_screened_for_the_migrants_school():
    text = "我贵州的 两口子在长兴和平的耐火材料厂干了六年 儿子五岁 明年九月想让他就在这边读一年级 外地户口行不行"
    at = text.index("读一年级")
    events = run(ActionStartEligibility(), tracker(message(
        text, "check_eligibility", [{**entity("service", "compulsory_school_enrolment"), "start": at, "end": at + 4}],
        ranking=[{"id": "compulsory_school_enrolment", "confidence": 0.5}])))[1]
    assert slots_set(events).get("eligibility_service") == "migrant_children_enrolment"


def test_a_local_family_asking_for_first_grade_stays_with_the_school():
    text = "儿子五岁 户口在长兴 明年九月想让他读一年级 行不行"
    at = text.index("读一年级")
    events = run(ActionStartEligibility(), tracker(message(
        text, "check_eligibility", [{**entity("service", "compulsory_school_enrolment"), "start": at, "end": at + 4}],
        ranking=[{"id": "compulsory_school_enrolment", "confidence": 0.5}])))[1]
    assert slots_set(events).get("eligibility_service") == "compulsory_school_enrolment"
