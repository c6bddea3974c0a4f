"""Session 20 (set 25's conversations), the lead's: a story asking what help there is, no service sure, gets what a
household like theirs may use (not a choice between the classifier's weak guesses); a service named only inside a
situation that leads to another is that situation's setting. Our own sentences."""
from actions.eligibility import last_named
from actions.service_answers import ActionAnswerService
from bot.finder import Finding, RankedService
from tests.actions.conftest import message, run, texts, tracker


def test_a_story_asking_what_help_there_is_with_no_sure_service_gets_the_households_services():
    text = "阿拉老太婆前年走脱哉 阿拉今年七十九 一个人住勒村里 囡嫁到杭州 眼睛也看勿清爽 政府有啥帮衬伐"
    latest = message(text, "find_service", ranking=[{"id": "extreme_poverty_support", "confidence": 0.2}, {"id": "compulsory_school_enrolment", "confidence": 0.15},
                                                    {"id": "opera_to_villages", "confidence": 0.1}])
    said, _ = run(ActionAnswerService(), tracker(latest, {"age": 79, "reading": {"read": ["age"]}}, events=[{"event": "user", "text": text}]))
    assert "您家可能可以享受" in texts(said) and "您想问的是" not in texts(said), texts(said)


def test_near_miss_a_short_question_between_two_close_services_asks_which():
    latest = message("那个补贴怎么领", "find_service", ranking=[{"id": "disabled_living_subsidy", "confidence": 0.4}, {"id": "severe_disability_care_subsidy", "confidence": 0.38}])
    said, _ = run(ActionAnswerService(), tracker(latest, {"reading": {"read": []}}))
    assert "您家可能可以享受" not in texts(said)


def test_a_service_named_inside_a_cued_situation_is_its_setting():
    text = "女儿从小脑瘫 退休金我们老两口也不多 社保是我们自己给她交的 像她这样交社保政府有没有补贴"
    entities = [{"entity": "service", "value": "employee_basic_pension", "start": text.index("退休金"), "end": text.index("退休金") + 3},
                {"entity": "service", "value": "universal_insurance_enrolment", "start": text.index("交社保") + 1, "end": text.index("交社保") + 3}]
    found = Finding(text, "check_eligibility", 0.9, True, entities,
                    [RankedService("disabled_insurance_subsidy", "x", "3.3", "a", "a", 0.6)])
    assert last_named(found) is None
