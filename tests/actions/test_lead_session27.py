"""The lead's fixes of session 27, from blind set 32's conversations (our own sentences): a story that asks whether, read by
the classifier as asking how to apply though it says no word of how, is screened; a how-question in words keeps its answer."""
from actions.service_answers import ActionAnswerService
from tests.actions.conftest import message, run, slots_set, texts, tracker

_RANKING = [{"id": "preschool_financial_aid", "confidence": 0.8}, {"id": "temporary_assistance", "confidence": 0.1}]
_READ = {"read": ["child_age", "dibao_household"], "repeated": [], "implied": []}


def test_a_whether_question_the_classifier_took_for_how_is_screened():
    text = "困难户的本子刚评下来 孩子他爸前年走了 孩子四岁在园里 每学期那笔钱一交就没了 有这个本子能减吗 我在上班"
    _, events = run(ActionAnswerService(), tracker(message(text, "ask_how_to_apply", ranking=_RANKING),
                                                   {"reading": _READ, "child_age": 4, "dibao_household": True}))
    assert slots_set(events).get("eligibility_service") == "preschool_financial_aid" or any(
        e.get("name") == "eligibility_form" for e in events), events


def test_how_asked_in_words_with_no_fact_told_still_gets_how():
    text = "幼儿园的资助 要走什么流程"
    msgs, events = run(ActionAnswerService(), tracker(message(text, "ask_how_to_apply", ranking=_RANKING)))
    assert not slots_set(events).get("eligibility_service"), texts(msgs)


def test_a_veterans_service_is_not_listed_for_every_old_household():
    """Talking to make run as an elderly widow (阿拉七十八 一家头住 养老金一个号头一千二 …政府有啥帮衬伐): the household list named
    the transfer of retired army cadres "for a household like yours"; a service for a status the household never told is not."""
    from actions.household import rank_services
    listed = [service.id for service, _ in rank_services({"age": 78, "receiving_basic_pension": True})]
    assert "military_retiree_transfer" not in listed
    assert "home_based_elderly_care" in listed  # the services for the old stay


def test_facts_told_after_the_card_of_a_service_without_conditions_are_acknowledged():
    """Talking to make run as a hotline operator: "来电人说 她父亲有退休工资 一个月三千多" after the card of 居家养老服务 brought the
    same card again; facts told and nothing asked are understood."""
    reading = {"read": ["receiving_basic_pension"], "changed": [], "repeated": [], "correction": False}
    text = "来电人说 她父亲有退休工资 一个月三千多"
    ranking = [{"id": "employee_basic_pension", "confidence": 0.3}, {"id": "home_based_elderly_care", "confidence": 0.1}]
    msgs, _ = run(ActionAnswerService(), tracker(message(text, "find_service", ranking=ranking, confidence=0.5), {
        "current_service": "home_based_elderly_care", "applicant": "parent", "receiving_basic_pension": True, "reading": reading}))
    reply = texts(msgs)
    assert "记下了" in reply and "是什么：" not in reply, reply
    # a question after the card still gets its answer
    asked = {"read": [], "changed": [], "repeated": [], "correction": False, "asks": True}
    msgs, _ = run(ActionAnswerService(), tracker(message("需要带什么材料", "ask_documents", confidence=0.9), {
        "current_service": "home_based_elderly_care", "reading": asked}))
    assert "记下了" not in texts(msgs)
