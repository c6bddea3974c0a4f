"""The screening form asks only what the service's criteria still need."""
from actions.eligibility import ActionEligibilityVerdict, ActionStartEligibility, ValidateEligibilityForm
from tests.actions.conftest import entity, message, run, slots_set, texts, tracker

FORM = "eligibility_form"
CARE = "severe_disability_care_subsidy"


def answer(text, intent, requested, slots, entities=None, events=None):
    slots = {**slots, "requested_slot": requested, "eligibility_service": CARE}
    return run(ValidateEligibilityForm(), tracker(message(text, intent, entities), slots, events=events, active_loop=FORM))


def test_start_picks_the_named_service():
    _, events = run(ActionStartEligibility(), tracker(message("护理补贴我能领吗", "check_eligibility", [entity("service", CARE)])))
    assert slots_set(events)["eligibility_service"] == CARE


def test_start_without_a_service_asks_which():
    msgs, events = run(ActionStartEligibility(), tracker(message("我能申请吗", "check_eligibility")))
    assert slots_set(events)["eligibility_service"] is None
    assert "哪项服务" in texts(msgs)


def test_start_without_a_service_but_with_an_older_age_lists_the_elderly_services(kb):
    msgs, events = run(ActionStartEligibility(), tracker(message("我自己也七十多了，有没有什么办法帮帮我们",
                                                                   "check_eligibility", [entity("age", 70)])))
    assert slots_set(events)["eligibility_service"] is None
    assert "面向老年人的服务" in texts(msgs) and "哪项服务" not in texts(msgs)


def test_service_without_criteria_says_the_catalogue_lists_none(kb):
    msgs, events = run(ActionStartEligibility(), tracker(message("我能去图书馆吗", "check_eligibility",
                                                                   [entity("service", "free_public_cultural_venues")])))
    assert slots_set(events)["eligibility_service"] is None
    assert "没有列出" in texts(msgs)


def test_form_asks_only_the_missing_facts():
    # disability grade said in passing ("我是二级残疾") is not asked again
    msgs, events = run(ValidateEligibilityForm(), tracker(message("护理补贴我能领吗", "check_eligibility"),
                                                          {"eligibility_service": CARE, "disability_grade": "二级"},
                                                          active_loop=FORM))
    assert slots_set(events)["requested_slot"] == "has_disability_certificate"
    assert "残疾人证" in texts(msgs)
    msgs, events = answer("有的", "affirm", "has_disability_certificate", {"disability_grade": "二级"})
    set_ = slots_set(events)
    assert set_["has_disability_certificate"] is True
    assert set_["requested_slot"] == "needs_long_term_care"
    msgs, events = answer("是的", "affirm", "needs_long_term_care",
                          {"disability_grade": "二级", "has_disability_certificate": True})
    assert slots_set(events)["requested_slot"] is None


def test_bad_answer_is_asked_again_with_a_hint():
    msgs, events = answer("绿色", "inform", "disability_grade", {"has_disability_certificate": True})
    assert "一级" in texts(msgs) and "请在这几项里选一项" in texts(msgs)
    assert slots_set(events)["requested_slot"] == "disability_grade"
    assert "disability_grade" not in slots_set(events)


def test_number_out_of_range_is_refused():
    slots = {"eligibility_service": "resident_pension_benefit", "requested_slot": "age"}
    msgs, events = run(ValidateEligibilityForm(), tracker(message("250", "inform"), slots, active_loop=FORM))
    assert "好像不太对" in texts(msgs)
    assert "age" not in slots_set(events)


def test_correction_replaces_an_earlier_answer():
    _, events = answer("不对，我是三级残疾", "inform", "needs_long_term_care",
                       {"disability_grade": "二级", "has_disability_certificate": True},
                       entities=[entity("disability_grade", "三级")])
    assert slots_set(events)["disability_grade"] == "三级"


def test_change_of_topic_lets_the_form_give_way():
    _, events = answer("低保是什么", "find_service", "needs_long_term_care", {"has_disability_certificate": True},
                       entities=[entity("service", "minimum_living_allowance")])
    assert events == []  # Rasa rejects the form; the interruption rules answer, then resume


def test_resumed_form_asks_its_question_again():
    history = [{"event": "user", "text": "低保是什么"}, {"event": "action", "name": "action_answer_service"},
               {"event": "action", "name": FORM}]
    msgs, events = answer("低保是什么", "find_service", "needs_long_term_care", {"has_disability_certificate": True},
                          events=history)
    assert "接着刚才的问题" in texts(msgs)
    assert slots_set(events)["requested_slot"] == "needs_long_term_care"


def test_place_said_earlier_answers_the_district_question():
    slots = {"eligibility_service": "minimum_living_allowance", "place": "安吉县"}
    _, events = run(ValidateEligibilityForm(), tracker(message("低保我能申请吗", "check_eligibility"), slots, active_loop=FORM))
    assert slots_set(events)["hukou_place"] == "安吉县"
    assert slots_set(events)["requested_slot"] == "income_below_dibao_line"


def test_verdict_lists_each_condition_with_its_citation(kb):
    slots = {"eligibility_service": CARE, "disability_grade": "二级", "has_disability_certificate": True,
             "needs_long_term_care": True}
    msgs, events = run(ActionEligibilityVerdict(), tracker(message("是的", "affirm"), slots))
    reply = texts(msgs)
    assert "很可能符合" in reply
    assert reply.count("✔ 符合") == 3
    assert reply.count("国发〔2015〕52号") == 1 and "（同上，补贴对象）" in reply  # one source, cited once
    assert "以受理部门审核为准" in reply
    recorded = slots_set(events)["verdicts"][0]
    assert recorded["service"] == CARE and recorded["status"] == "likely_eligible"
    assert slots_set(events)["eligibility_service"] is None


def test_verdict_not_eligible_and_unknown(kb):
    slots = {"eligibility_service": CARE, "disability_grade": "四级", "has_disability_certificate": True,
             "needs_long_term_care": "不知道"}
    msgs, _ = run(ActionEligibilityVerdict(), tracker(message("不知道", "dont_know"), slots))
    reply = texts(msgs)
    assert "暂不符合" in reply and "✘ 不符合" in reply and "？ 待确认" in reply


def slot_event(name, value):
    return {"event": "slot", "name": name, "value": value}


def test_taking_back_the_previous_answer_with_the_new_one():
    # asked about long-term care after "有的" to the certificate; "我说错了，没有证" corrects that answer
    slots = {"disability_grade": "二级", "has_disability_certificate": True}
    msgs, events = answer("我说错了，我没有证", "deny", "needs_long_term_care", slots,
                          events=[slot_event("has_disability_certificate", True)])
    set_ = slots_set(events)
    assert set_["has_disability_certificate"] is False
    assert "已改正" in texts(msgs)
    # without the certificate the verdict is decided: nothing more is asked
    assert set_["requested_slot"] is None


def test_taking_back_the_previous_answer_asks_it_again():
    slots = {"disability_grade": "二级", "has_disability_certificate": True}
    msgs, events = answer("刚才说的不对", "deny", "needs_long_term_care", slots,
                          events=[slot_event("has_disability_certificate", True)])
    set_ = slots_set(events)
    assert set_["has_disability_certificate"] is None
    assert set_["requested_slot"] == "has_disability_certificate"
    assert "重新回答" in texts(msgs) and "残疾人证" in texts(msgs)


def test_taking_back_a_no_with_a_yes_in_the_residents_words():
    slots = {"eligibility_service": "public_rental_housing", "has_local_housing": False,
             "requested_slot": "income_below_housing_line"}
    msgs, events = run(ValidateEligibilityForm(), tracker(
        message("我搞错了，家里有房子", "inform"), slots, events=[slot_event("has_local_housing", False)], active_loop=FORM))
    assert slots_set(events)["has_local_housing"] is True
    assert "已改正" in texts(msgs)
