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
