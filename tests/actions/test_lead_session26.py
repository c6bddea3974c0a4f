"""The lead's fixes of session 26, from blind set 31's conversations (our own sentences): a where-question after a list
of needs that tells one of them in everyday words gets that one's office; a story whose asking clause tells one situation
the finder is sure of is not split into a list of needs; a service the asking clause tells in so many words is screened
even where the facts told fit another service better."""
from actions.eligibility import ActionStartEligibility
from actions.routing import ActionAnswerWhere
from tests.actions.conftest import entity_at, message, run, slots_set, texts, tracker


def _listed(*service_ids):
    """The events of a conversation whose last reply listed a story's needs as buttons."""
    return [
        {"event": "user", "text": "老公在厂里突然倒下 住院花了好多钱 我也没法上班了 政府能帮帮吗"},
        {"event": "bot", "text": "您说的情况里有几件难处，我分开帮您找了对应的服务：", "data": {"buttons": [
            {"title": sid, "payload": '/find_service{"service": "%s"}' % sid} for sid in service_ids]}},
        {"event": "user", "text": "-"},
    ]


def test_a_need_told_in_everyday_words_after_the_list_gets_its_office():
    events = _listed("medical_assistance", "temporary_assistance", "employment_assistance")
    for text, office, other in (("我们住安吉递铺 急用的钱找哪个部门", "安吉县民政局", "安吉县医疗保障局"),
                                ("我们住安吉递铺 帮我找份工作的是哪个部门", "安吉县人力资源和社会保障局", "安吉县民政局"),
                                ("我们住安吉递铺 住院的钱找哪个部门", "安吉县医疗保障局", "安吉县民政局")):
        msgs, _ = run(ActionAnswerWhere(), tracker(message(text, "ask_where", [entity_at(text, "安吉", "place", "安吉县")]),
                                                   events=events))
        reply = texts(msgs)
        assert office in reply and other not in reply, (text, reply)


def test_a_question_that_tells_no_need_apart_still_gets_each_office():
    events = _listed("medical_assistance", "temporary_assistance")
    text = "住德清武康 这两样找哪个部门"  # no word tells one apart, no ranking: each one's office, as before
    msgs, _ = run(ActionAnswerWhere(), tracker(message(text, "ask_where", [entity_at(text, "德清", "place", "德清县")]),
                                               events=events))
    assert "刚才列出的几项" in texts(msgs)


def test_the_classifier_clearly_hearing_one_offered_service_picks_it():
    events = _listed("medical_assistance", "temporary_assistance")
    text = "住安吉递铺 这个找哪个部门"
    ranking = [{"id": "temporary_assistance", "confidence": 0.4}, {"id": "medical_assistance", "confidence": 0.05}]
    msgs, _ = run(ActionAnswerWhere(), tracker(message(text, "ask_where", [entity_at(text, "安吉", "place", "安吉县")], ranking),
                                               events=events))
    assert "安吉县民政局" in texts(msgs) and "安吉县医疗保障局" not in texts(msgs)
    close = [{"id": "temporary_assistance", "confidence": 0.2}, {"id": "medical_assistance", "confidence": 0.1}]
    msgs, _ = run(ActionAnswerWhere(), tracker(message(text, "ask_where", [entity_at(text, "安吉", "place", "安吉县")], close),
                                               events=events))
    assert "刚才列出的几项" in texts(msgs)


def test_one_situation_asked_in_so_many_words_is_not_split_into_needs():
    text = ("我们在工地扎钢筋 包工头带着工钱跑了 人也找不到 娃儿在老家等着交学费 这种事情要到哪里去告")
    ranking = [{"id": "labour_dispute_arbitration", "confidence": 0.6}, {"id": "labour_inspection", "confidence": 0.3}]
    msgs, events = run(ActionAnswerWhere(), tracker(message(text, "ask_where", ranking=ranking)))
    reply = texts(msgs)
    assert "分开帮您找了" not in reply and "劳动人事争议调解仲裁" in reply, reply


def test_a_service_asked_in_so_many_words_is_screened_over_the_facts_best_fit():
    text = "我老公四十八 评了视力二级 干不了活 养老和看病两份保险都是自己交 听说残疾人交这两份公家能补一点 他能不能"
    ranking = [{"id": "disabled_insurance_subsidy", "confidence": 0.7}, {"id": "extreme_poverty_support", "confidence": 0.2}]
    reading = {"read": ["age", "disability_grade", "has_labour_capacity"], "repeated": [], "implied": []}
    _, events = run(ActionStartEligibility(), tracker(message(text, "check_eligibility", ranking=ranking), {
        "reading": reading, "age": 48, "disability_grade": "二级", "has_labour_capacity": False, "applicant": "spouse"}))
    assert slots_set(events).get("eligibility_service") == "disabled_insurance_subsidy"


_JUDGED = {"current_service": "disabled_living_subsidy", "applicant": "parent", "has_disability_certificate": True,
           "dibao_household": True, "verdicts": [{"service": "disabled_living_subsidy", "status": "likely_eligible", "conditions": []}]}


def test_a_fact_taken_back_after_the_verdict_is_acknowledged_not_the_card_again():
    """"哦不对 是二级 我记错了" after the verdict: the grade none of the service's conditions asks, understood."""
    from actions.service_answers import ActionAnswerService
    reading = {"read": ["disability_grade"], "changed": ["disability_grade"], "repeated": [], "correction": True, "recheck": []}
    msgs, _ = run(ActionAnswerService(), tracker(message("哦不对 是二级 我记错了", "inform", confidence=0.6),
                                                {**_JUDGED, "disability_grade": "二级", "reading": reading}))
    reply = texts(msgs)
    assert "记下了" in reply and "二级" in reply and "是什么：" not in reply, reply


def test_facts_told_after_the_verdict_in_the_fallback_are_acknowledged():
    """"住织里 在厂里上班" after a verdict, the intent not understood: what was understood, not "没有听懂"."""
    from actions.service_answers import ActionClarify
    reading = {"read": ["employment_status"], "changed": [], "repeated": ["residence_place"], "correction": False}
    msgs, _ = run(ActionClarify(), tracker(message("住织里 在厂里上班", "nlu_fallback", confidence=0.3),
                                          {**_JUDGED, "employment_status": "在职", "residence_place": "吴兴区", "reading": reading}))
    reply = texts(msgs)
    assert "记下了" in reply and "没有听懂" not in reply, reply
    # a question after the verdict is not taken for facts told
    asked = {"read": ["employment_status"], "changed": [], "repeated": [], "correction": False, "asks": True}
    msgs, _ = run(ActionClarify(), tracker(message("我在厂里上班 还能申请别的吗", "nlu_fallback", confidence=0.3),
                                          {**_JUDGED, "employment_status": "在职", "reading": asked}))
    assert "记下了：工作情况" not in texts(msgs)
