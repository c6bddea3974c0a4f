"""Set 21's openings (session 16): a situation told inside the clause that asks, that the finder reads as one service
(bot/finder_cues.py), is what is asked — not a school or a heritage house named in what is told. Our own sentences."""
from actions.eligibility import ActionStartEligibility
from actions.service_answers import ActionAnswerService
from tests.actions.conftest import message, run, slots_set, tracker


def _named(text: str, word: str, service: str):
    start = text.index(word)
    return {"entity": "service", "value": service, "start": start, "end": start + len(word)}


def test_help_asked_in_finding_work_is_employment_assistance_not_the_school_he_left():
    text = "我女儿二十五 小时候摔坏了腰 驼背 技校学的是会计 出来三年没人要 政府有没有专门帮这种孩子找活的"
    for action, intent in ((ActionAnswerService(), "find_service"), (ActionStartEligibility(), "check_eligibility")):
        _, events = run(action, tracker(message(text, intent, [_named(text, "技校", "vocational_school_education")],
                                                confidence=0.6)))
        assert slots_set(events).get("eligibility_service") == "employment_assistance", action.name()


def test_rent_asked_of_a_disabled_family_is_the_rent_subsidy():
    text = "儿子坐轮椅 我们一家租在镇上的老房子 房东说要涨租 听说家里有残疾人的 租房子政府能补一点"
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", confidence=0.5)))
    assert slots_set(events).get("eligibility_service") == "rental_housing_subsidy"


def test_a_bare_ask_after_a_story_of_one_cued_situation_asks_of_it():
    text = "我在厂里上班 去年十月仓库的货架倒下来压在我腿上 骨头断了 老板说他会管 到现在也不管了 女儿在读技校 想问现在再去申请还来得及吗"
    _, events = run(ActionStartEligibility(), tracker(message(
        text, "check_eligibility", [_named(text, "技校", "vocational_school_education")], confidence=0.6)))
    assert slots_set(events).get("eligibility_service") == "work_injury_insurance"


def test_a_service_named_where_it_asks_is_still_asked():
    # the school is named in the clause that asks: it is what is asked, the cue does not take its place
    text = "我儿子腿不好 技校毕业了 政府有没有帮这种孩子找活的 技校能不能再读一年"
    last = text.rindex("技校")
    again = {"entity": "service", "value": "vocational_school_education", "start": last, "end": last + 2}
    _, events = run(ActionStartEligibility(), tracker(message(
        text, "check_eligibility", [_named(text, "技校", "vocational_school_education"), again], confidence=0.6)))
    assert slots_set(events).get("eligibility_service") != "employment_assistance"


def test_what_to_do_about_a_need_told_with_its_conditions_is_its_screening_first():
    text = "我是安徽过来的 在织里做童装 女儿七岁了 想让她在这边读书 我们户口不在这里的孩子要怎么弄"
    read = {"reading": {"read": ["child_age", "hukou_place"]}}  # what actions/facts.py read of it
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", confidence=0.5), read))
    assert slots_set(events).get("eligibility_service") == "migrant_children_enrolment"
    # nothing of its conditions told: how to apply stays the answer
    _, events = run(ActionAnswerService(), tracker(message("户口不在这里的孩子上学要怎么弄", "find_service", confidence=0.5)))
    assert slots_set(events).get("eligibility_service") is None


def test_a_hardship_told_that_a_cue_reads_as_one_service_is_screened_with_its_conditions():
    text = "我七十五了 一辈子没娶老婆 也没有孩子 给人看了几十年仓库 现在腿肿得走不动 老板让我别去了"
    read = {"reading": {"read": ["age", "has_labour_capacity", "has_able_supporter"]}}
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", confidence=0.5), read))
    assert slots_set(events).get("eligibility_service") == "extreme_poverty_support"
