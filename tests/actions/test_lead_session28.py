"""The lead's fixes of session 28, from blind set 33's conversations (our own sentences): a rural home and a veteran told
do not make the rural house's repair the situation; the one service the clause that asks tells is answered, whatever care
the grade told would fit; a place corrected right after a card, asked where, is the office of that card's service."""
from actions.routing import ActionAnswerWhere
from actions.service_answers import ActionAnswerService
from tests.actions.conftest import entity, message, run, slots_set, texts, tracker


def test_a_rural_home_told_beside_another_matter_is_not_the_rural_house_repair():
    text = "我当过兵 家在村里 听讲当过兵的公家会管"
    reading = {"read": ["rural_housing", "veteran", "training_group"], "repeated": [], "implied": []}
    ranking = [{"id": "veteran_education_training", "confidence": 0.3}, {"id": "veteran_employment", "confidence": 0.2}]
    msgs, events = run(ActionAnswerService(), tracker(message(text, "find_service", ranking=ranking, confidence=0.6), {
        "reading": reading, "rural_housing": True, "veteran": True, "training_group": "退役军人"}))
    assert slots_set(events).get("eligibility_service") != "rural_dilapidated_housing_renovation", texts(msgs)


def test_the_service_the_question_tells_is_answered_over_a_screening_the_grade_fits():
    text = "我爸中风以后瘫了 残联评了一级 现在每周做康复训练 还要做针灸 医保到底能报哪几样 我们住吴兴 问哪个部门"
    reading = {"read": ["has_disability_certificate", "disability_grade"], "repeated": [], "implied": []}
    ranking = [{"id": "severe_disability_care_subsidy", "confidence": 0.4},
               {"id": "resident_medical_insurance", "confidence": 0.3}]
    msgs, events = run(ActionAnswerService(), tracker(message(text, "find_service", [entity("place", "吴兴区")], ranking, 0.8), {
        "reading": reading, "has_disability_certificate": True, "disability_grade": "一级"}))
    reply = texts(msgs)
    assert "重度残疾人医疗保障" in reply, reply
    assert slots_set(events).get("eligibility_service") is None


def test_a_place_corrected_right_after_a_card_asked_where_is_that_services_office():
    text = "不好意思我说错了 安吉是我以前上班的地方 我现在住德清 这个找哪个部门"
    ranking = [{"id": "veteran_employment", "confidence": 0.7}]
    reading = {"read": ["residence_place"], "changed": ["residence_place"], "repeated": [], "correction": True}
    msgs, events = run(ActionAnswerWhere(), tracker(
        message(text, "ask_where", [entity("place", "安吉县"), entity("place", "德清县")], ranking, 0.9),
        {"current_service": "veteran_education_training", "residence_place": "德清县", "place": "德清县", "reading": reading}))
    reply = texts(msgs)
    assert "退役士兵免费教育培训" in reply and "德清县退役军人事务局" in reply, reply
