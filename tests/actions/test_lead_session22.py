"""The lead's fixes of session 22, at the causes of set 27's failed conversations (our own sentences)."""
from actions.eligibility import _amount_asked


def test_an_amount_told_in_the_story_is_not_an_amount_asked():
    assert not _amount_asked("孩子的医保是我们自己交的 一年好几千 听说政府能贴一点")
    assert _amount_asked("孩子的医保是我们自己交的 政府能贴多少")
    assert _amount_asked("一年好几千 标准是几块")


def _found(top, text, confident=True, named=()):
    from types import SimpleNamespace

    return SimpleNamespace(confident=confident, top=SimpleNamespace(id=top), entities=[], text=text, ambiguous=False,
                           services=[SimpleNamespace(id=top)], named=lambda entity: list(named), groups=[])


def _tracker(text):
    from tests.actions.conftest import message, tracker

    return tracker(message(text, "check_eligibility"))


def test_a_situation_told_in_so_many_words_where_it_asks_beats_the_storys_one_need():
    from actions.situation import one_need, story_need

    # a job ended, then money each month: the unemployment benefit, not the floor of living
    text = "她在厂里记账 上个月合同到期了 没续 现在在家带外孙 合同到期不干了 每个月能不能领点钱"
    found = _found("unemployment_insurance_benefit", text)
    # (since session 24 the story reads the money each month after the job ended as the benefit itself, no dibao beside
    # it: its one need is the benefit; before, the two needs left one_need None and story_need chose)
    one = one_need(_tracker(text), found)
    assert one is not None and one.id == "unemployment_insurance_benefit"
    assert story_need(_tracker(text), found).id == "unemployment_insurance_benefit"
    # the care told before, the certificate holder's living allowance asked
    text = "我老公前年中风 右边手脚都不会动了 我在家服侍他 听说像他这样有证的 还能有一份生活上的补贴"
    found = _found("disabled_living_subsidy", text)
    assert story_need(_tracker(text), found).id == "disabled_living_subsidy"


def test_the_precise_need_told_where_it_asks_still_wins_over_the_general_help_cued():
    from actions.situation import _need_told_where_asked, story_need

    text = ("老公厂子倒了 四十八岁 到处投简历人家嫌年纪大 家里两个大人都没工作 听说政府能帮着介绍工作 还会一对一地管 "
            "我们家能不能找")
    assert _need_told_where_asked(text, "employment_assistance")
    found = _found("employment_services", text, named=("employment_services",))
    assert story_need(_tracker(text), found).id == "employment_assistance"


def test_more_told_after_a_verdict_is_acknowledged_not_a_choice_between_strangers(action_kb):
    from actions.service_answers import ActionAnswerService
    from tests.actions.conftest import entity_at, message, run, texts, tracker

    text = "在厂里干了三年了 租房住在煤山"
    latest = message(text, "find_service", [entity_at(text, "煤山", "place", "长兴县")],
                     ranking=[{"id": "natural_disaster_relief", "confidence": 0.3},
                              {"id": "disabled_rental_housing_subsidy", "confidence": 0.28}])
    slots = {"current_service": "migrant_children_enrolment", "residence_place": "长兴县", "local_work_years": 3,
             "verdicts": [{"service": "migrant_children_enrolment", "status": "likely_eligible", "conditions": []}],
             "reading": {"read": ["local_work_years", "residence_place"], "asks": False, "non_answer": None}}
    messages, _ = run(ActionAnswerService(), tracker(latest, slots))
    said = texts(messages)
    assert "记下了" in said and "您想问的是" not in said, said
