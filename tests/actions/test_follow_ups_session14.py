"""Follow-ups found talking to the assistant (session 14): a school's fees asked to be lower right after its
card turn to the aid for that stage of schooling; the card's own amount, asked plainly, stays the card's."""
from actions.service_answers import ActionAnswerService, fee_relief_after_card
from tests.actions.conftest import message, run, slots_set, texts, tracker


def test_fees_asked_lower_after_the_kindergarten_card_turn_to_preschool_aid(kb):
    for text in ("学费能少点吗", "保育费能不能减免", "园里的费用有没有补助", "学费太贵了交不起"):
        msgs, events = run(ActionAnswerService(), tracker(message(text, "ask_amount"),
                                                          {"current_service": "kindergarten_enrolment"}))
        # its card, or its screening where the resident asks whether the fees can be waived
        assert slots_set(events)["current_service"] == "preschool_financial_aid", text
        assert "学前教育资助" in texts(msgs) or any(e.get("name") == "eligibility_form" for e in events), text


def test_fees_asked_lower_after_the_high_school_card_turn_to_its_aid(kb):
    msgs, events = run(ActionAnswerService(), tracker(message("学费可以少交一点吗", "ask_amount"),
                                                      {"current_service": "high_school_education"}))
    assert slots_set(events)["current_service"] == "high_school_student_aid"


def test_the_cards_amount_asked_plainly_or_another_card_keeps_the_service(kb):
    kb_ = kb
    msgs, events = run(ActionAnswerService(), tracker(message("保育费一个月多少钱", "ask_amount"),
                                                      {"current_service": "kindergarten_enrolment"}))
    assert "学前教育资助" not in texts(msgs)
    # not a school: nothing to turn to
    fake = tracker(message("费用能少点吗", "ask_amount"), {"current_service": "minimum_living_allowance"})
    assert fee_relief_after_card(fake, kb_.service("minimum_living_allowance"), []) is None


def test_a_fact_said_again_to_another_question_is_acknowledged_and_the_question_asked_with_its_hint():
    """"呒没人好靠" asked whether the applicant has a means of living, when no supporter was told already: not
    "请回答是或不是" alone — the resident is told it is known, and the question comes back with its hint; a
    second miss gives up on it (不清楚), as any answer missed twice."""
    from tests.actions.test_eligibility import turn
    slots = {"requested_slot": "has_income_source", "has_able_supporter": False, "age": 78,
             "has_labour_capacity": False}
    msgs, after, _ = turn("呒没人好靠", slots, service="extreme_poverty_support")
    reply = texts(msgs)
    assert "前面说过了" in reply and "赡养" in reply and "请回答“是”或“不是”" in reply
    assert after.get("has_income_source") is None and after["has_able_supporter"] is False


def test_what_to_prepare_asked_in_the_opening_is_answered_after_the_verdict(kb):
    """"娃马上六岁了…上小学要准备啥" is screened first; after the verdict comes what was asked: the materials
    (here: not in the sources, said so, with the office). Not after a screening opened without that ask."""
    from actions.eligibility import ActionEligibilityVerdict
    service = "migrant_children_enrolment"
    slots = {"eligibility_service": service, "migrant_worker": True, "child_age": 6,
             "works_or_lives_in_huzhou": True, "residence_place": "吴兴区"}

    def events(opening):
        return [{"event": "user", "text": opening},
                {"event": "slot", "name": "eligibility_service", "value": service}]
    opening = "娃马上六岁了 户口在老家安徽 我们在织里租房子做童装 上小学要准备啥"
    msgs, _ = run(ActionEligibilityVerdict(), tracker(message("是的", "affirm"), slots, events=events(opening)))
    assert "很可能符合" in texts(msgs) and "需要的材料" in texts(msgs) and "吴兴区教育局" in texts(msgs)
    msgs, _ = run(ActionEligibilityVerdict(), tracker(message("是的", "affirm"), slots,
                                                      events=events("娃马上六岁了 我们在织里打工 能上这边的小学吗")))
    assert "需要的材料" not in texts(msgs)


def test_a_statement_after_the_verdict_is_told_not_a_guess_between_strangers(kb):
    """"三年多了，社保一直交着" after the verdict on 随迁子女入学, read as nothing: said to be no condition the
    assistant knows of, not a clarification between 全民参保登记 and 全民阅读活动."""
    from actions.service_answers import ActionClarify
    slots = {"current_service": "migrant_children_enrolment"}
    msgs, _ = run(ActionClarify(), tracker(message("三年多了，社保一直交着", "nlu_fallback", confidence=0.4), slots))
    assert "没能对应到【随迁子女入学】的办理条件上" in texts(msgs) and "全民阅读" not in texts(msgs)


def test_a_date_told_after_the_verdict_is_not_out_of_scope(kb):
    from actions.service_answers import ActionOutOfScope
    slots = {"current_service": "work_injury_insurance"}
    msgs, _ = run(ActionOutOfScope(), tracker(message("来电人说 嗯 那天是礼拜三晚上十点多", "out_of_scope"), slots))
    assert "utter_out_of_scope" not in [m.get("response") for m in msgs] and "工伤" in texts(msgs)
    # with nothing told, a matter out of scope stays out of scope
    msgs, _ = run(ActionOutOfScope(), tracker(message("今天天气怎么样", "out_of_scope"), slots))
    assert [m.get("response") for m in msgs] == ["utter_out_of_scope"]


def test_words_taken_for_a_question_back_said_again_give_up_on_the_fact_not_loop():
    """A reply the reader takes for a question back, said a second time word for word: the fact is 不清楚 and the
    form goes on, never "我们接着刚才的问题" a third time."""
    from tests.actions.test_eligibility import turn
    text = "这个残疾证是哪里发的？"
    events = [{"event": "user", "text": text}, {"event": "bot", "text": "我们接着刚才的问题：家里有持证的残疾人吗？"},
              {"event": "user", "text": text}]
    slots = {"requested_slot": "household_has_disabled", "has_local_housing": False}
    msgs, after, _ = turn(text, slots, service="public_rental_housing", events=events)
    assert after["household_has_disabled"] == "不知道" and "没能听明白" in texts(msgs)
    # the first time, the question back is answered and the question asked again
    msgs, after, _ = turn(text, slots, service="public_rental_housing", events=events[:1])
    assert after.get("household_has_disabled") is None


def test_which_door_to_knock_on_is_a_where_question_about_the_service_discussed(kb):
    from actions.service_answers import ActionClarify
    slots = {"current_service": "labour_dispute_arbitration", "residence_place": "南浔区"}
    msgs, _ = run(ActionClarify(), tracker(message("我现在住和孚娘家 讨说法该上哪个门", "nlu_fallback", confidence=0.4), slots))
    assert "南浔区人力资源和社会保障局" in texts(msgs)


def test_care_asked_of_the_elderly_lists_the_services_that_look_after_them_first(kb):
    from actions.common import _group_services
    from bot.finder import Finding
    found = Finding("阿拉两家头都八十多了 住辣乡下 政府有啥照顾伐", "find_service", 0.9, True, [], [])
    ids = [s.id for s in _group_services(found, ["老年人"])]
    assert ids[:3] == ["home_based_elderly_care", "elderly_care_service_subsidy", "elderly_care_institution"]
    # a question that asks no care keeps the catalogue's order
    plain = [s.id for s in _group_services(Finding("老年人有什么政策", "find_service", 0.9, True, [], []), ["老年人"])]
    assert plain[0] != "home_based_elderly_care"


def test_how_asked_with_zha_or_ruhe_is_how_to_apply(kb):
    """"公家的幼儿园咋报名 我赶时间" (session 15): 咋 asks how, as 怎么 does — how to apply, not the overview card."""
    from actions.service_answers import FOLLOW_UP_ASPECTS
    from bot import answers
    how = dict((a, w) for a, w in FOLLOW_UP_ASPECTS if a == answers.HOW_TO_APPLY)[answers.HOW_TO_APPLY]
    for text in ("幼儿园咋报名", "低保如何申请", "社保卡怎样补", "医保怎么办"):
        assert how.search(text), text
    assert not how.search("幼儿园几岁能上")
