"""Set 18's openings, action side (sentences written for these tests): a clause led by 想问 says what the
next clause asks about; a clause asking only to pay less asks of the place and cost told before it; an event
named as how a loss came about is told, not asked; what to prepare, asked right after telling the conditions
of the service the finder is sure of, is screened first; an outright ask of the finder's clear lead is
screened though the finder is not sure."""
from actions.eligibility import ActionStartEligibility, prepare_after_telling
from actions.service_answers import ActionAnswerService
from actions.situation import _asking_clauses
from tests.actions.conftest import message, run, slots_set, tracker


def spans(text):
    return [text[a:b] for a, b in _asking_clauses(text)]


def test_a_clause_led_by_asking_goes_with_the_question_after_it():
    text = "我在厂里搬货的时候从车上摔下来 想问我这种搬货摔的 算不算厂里的事"
    assert "想问我这种搬货摔的" in spans(text)
    # a lead that asks nothing after it adds nothing
    assert spans("想问我这种搬货摔的 后来我就回家了") == []


def test_a_clause_asking_to_pay_less_asks_of_the_place_and_its_cost():
    text = "孩子在镇上园里念大班 一个月交的钱不少 我们这种能不能少交点"
    asked = spans(text)
    assert "孩子在镇上园里念大班" in asked and "一个月交的钱不少" in asked
    assert "孩子在镇上园里念大班" not in spans("孩子在镇上园里念大班 一个月交的钱不少 明天几点开门")


def test_an_accident_named_as_how_parents_were_lost_is_told_not_asked():
    text = "侄子的爸妈去年出车祸都走了 侄子四岁跟着我 在园里念小班 一学期的钱不少 他这种能不能少交点"
    _, events = run(ActionStartEligibility(), tracker(message(
        text, "check_eligibility", [{"entity": "service", "value": "road_traffic_safety", "start": 8, "end": 10}],
        ranking=[{"id": "road_traffic_safety", "name": "道路交通安全", "confidence": 0.45}])))
    assert slots_set(events).get("eligibility_service") == "preschool_financial_aid"


class _Found:
    def __init__(self, text, intent="find_service", confident=True):
        self.text, self.intent, self.confident = text, intent, confident


def test_what_to_prepare_after_telling_the_conditions_is_screened(action_kb):
    service = action_kb.service("compulsory_school_enrolment")
    told = tracker(message("x"), {"reading": {"read": ["child_age"]}})
    assert prepare_after_telling(_Found("儿子下个月满六岁 明年秋天进小学 要准备些啥"), told, service)
    assert prepare_after_telling(_Found("儿子下个月满六岁 明年要上学 要弄什么材料 我在开车", "ask_documents"), told, service)
    # nothing told of its conditions, or only a place: the documents
    assert not prepare_after_telling(_Found("我们住在德清 上小学要准备些啥"), tracker(message("x"), {"reading": {"read": ["residence_place"]}}), service)
    # the finder unsure, or the question not about preparing
    assert not prepare_after_telling(_Found("儿子下个月满六岁 要准备些啥", confident=False), told, service)
    assert not prepare_after_telling(_Found("儿子下个月满六岁 明年进小学 学校在哪里"), told, service)


def test_an_outright_ask_of_the_clear_lead_is_screened():
    text = "我下个月才满六十 今年五十九 听说满了年纪每个月好领养老钱 现在好先去领伐"
    ranking = [{"id": "resident_pension_benefit", "confidence": 0.33}, {"id": "extreme_poverty_support", "confidence": 0.05}]
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", ranking=ranking), {"reading": {"read": ["age"], "asks": True}}))
    assert slots_set(events).get("eligibility_service") == "resident_pension_benefit"
    # told nothing of its conditions, or the last clause asks where: not this rule
    from actions.eligibility import _asked_outright_of_the_lead
    from actions.common import finding
    found = finding(tracker(message(text, "find_service", ranking=ranking)))
    service = found.top and __import__("actions.common", fromlist=["kb"]).kb().service(found.top.id)
    assert _asked_outright_of_the_lead(found, service, {"age"})
    assert not _asked_outright_of_the_lead(found, service, set())
    where = finding(tracker(message("我下个月才满六十 今年五十九 现在去哪里领", "find_service", ranking=ranking)))
    assert not _asked_outright_of_the_lead(where, service, {"age"})


def test_a_need_asked_as_the_service_the_story_makes_it():
    text = "我爸前年在工地摔断了腿 截了一条 现在坐轮椅 家里房子卖了给他看病 一家人在外面租房 想问我们这种租房能不能补一点"
    _, events = run(ActionStartEligibility(), tracker(message(text, "check_eligibility", confidence=0.9)))
    assert slots_set(events).get("eligibility_service") == "rental_housing_subsidy"


def test_what_to_prepare_for_the_one_need_told_is_screened():
    text = "女儿今年满六岁 我们老家河南的 明年想让她就在这边念书 要准备什么材料"
    _, events = run(ActionAnswerService(), tracker(message(text, "ask_documents", confidence=0.6), {"reading": {"read": ["child_age"], "asks": True}}))
    assert slots_set(events).get("eligibility_service") == "migrant_children_enrolment"
    # nothing of its conditions told: no screening
    _, events = run(ActionAnswerService(), tracker(message("我们老家河南的 想让孩子在这边念书 要准备什么材料", "ask_documents", confidence=0.6),
                                                   {"reading": {"read": ["hukou_place"], "asks": True}}))
    assert slots_set(events).get("eligibility_service") is None


def test_an_accident_that_left_someone_paralysed_told_unasked_is_screened():
    text = "我妈去年被货车撞了 高位截瘫 吃喝拉撒全靠人 我把她接到家里照顾"
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", confidence=0.5), {"reading": {"read": ["needs_long_term_care"]}}))
    assert slots_set(events).get("eligibility_service") == "severe_disability_care_subsidy"


def test_a_service_named_in_passing_of_an_answer_keeps_the_screening():
    from actions.service_answers import an_answer_not_understood
    from actions.common import finding

    slots = {"requested_slot": "is_student", "eligibility_service": "resident_basic_pension"}
    for text, answer in (("她连中考都没去考 学校早就不去了", True), ("高中还能读吗", False), ("我想问问普通高中", False), ("普通高中", False)):
        t = tracker(message(text, "find_service", [{"entity": "service", "value": "high_school_education", "start": 2, "end": 4}]),
                    slots, active_loop="eligibility_form")
        assert an_answer_not_understood(t, finding(t)) is answer, text
