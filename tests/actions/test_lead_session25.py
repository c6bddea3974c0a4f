"""The lead's fixes of session 25, found talking to make run as five residents (our own sentences)."""
from actions.service_answers import ActionAnswerService, _told_after_the_verdict
from tests.actions.conftest import message, run, texts, tracker

_JUDGED = {"current_service": "kindergarten_enrolment",
           "verdicts": [{"service": "kindergarten_enrolment", "status": "likely_eligible", "conditions": []}]}


def _after_verdict(text, reading, intent="inform"):
    return tracker(message(text, intent), slots={**_JUDGED, "reading": reading, "residence_place": "吴兴区"})


def test_facts_told_after_the_verdict_are_no_gap_topic(action_kb):
    """"住织里镇 暂住证有的 社保交了两年" after the kindergarten's verdict: 暂住证 resembles the police's business, but
    nothing is asked — what was understood, not the police's office."""
    text = "住织里镇 暂住证有的 社保交了两年"
    told = _after_verdict(text, {"read": [], "repeated": ["residence_place"]})
    assert _told_after_the_verdict(told, action_kb.service("kindergarten_enrolment"))
    said = texts(run(ActionAnswerService(), told)[0])
    assert "公安" not in said and "记着" in said


def test_a_question_after_the_verdict_still_gets_its_gap_topic(action_kb):
    asked = _after_verdict("暂住证怎么办", {"read": [], "repeated": []}, intent="find_service")
    assert not _told_after_the_verdict(asked, action_kb.service("kindergarten_enrolment"))
    # nothing of the matter read or told again: the gap topic's body, as before
    told_nothing = _after_verdict("暂住证丢了", {"read": [], "repeated": []})
    assert not _told_after_the_verdict(told_nothing, action_kb.service("kindergarten_enrolment"))
