"""Eligibility screening as the action server runs it: every message is read
for facts first (action_read_facts), then the form decides what to ask or say."""
from typing import Any, Dict, List, Optional

from actions.eligibility import ActionEligibilityVerdict, ActionRecheck, ActionStartEligibility, ValidateEligibilityForm
from actions.facts import ActionReadFacts
from actions.routing import ActionAnswerWhere
from tests.actions.conftest import entity, form_tracker, message, run, slots_set, texts, tracker

FORM = "eligibility_form"
CARE = "severe_disability_care_subsidy"
UNEMPLOYMENT = "unemployment_insurance_benefit"


def turn(text: str, slots: Dict[str, Any], intent: str = "inform", service: str = CARE,
         events: Optional[List[Dict]] = None, entities=None):
    """One resident message inside the form: the fact reader, then the form.

    Returns (messages, slots after the turn)."""
    slots = {"eligibility_service": service, **slots}
    read_events = run(ActionReadFacts(), tracker(message(text, intent, entities), slots, events=events,
                                                  active_loop=FORM))[1]
    slots.update(slots_set(read_events))
    msgs, form_events = run(ValidateEligibilityForm(), form_tracker(message(text, intent, entities), slots, FORM,
                                                                    events=events, set_now=slots_set(read_events)))
    slots.update(slots_set(form_events))
    return msgs, slots, form_events


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
    # where the resident lives is known: the county's office too
    msgs, _ = run(ActionStartEligibility(), tracker(message("我能去图书馆吗", "check_eligibility",
                                                           [entity("service", "free_public_cultural_venues")]),
                                                   {"residence_place": "德清县"}))
    assert "没有列出" in texts(msgs) and "德清县：" in texts(msgs)


def test_facts_of_the_opening_story_are_not_asked_again():
    opening = "我是二级残疾，有二代残疾证，护理补贴我能领吗"
    read = slots_set(run(ActionReadFacts(), tracker(message(opening, "check_eligibility"), {}))[1])
    assert read["disability_grade"] == "二级" and read["has_disability_certificate"] is True
    msgs, events = run(ValidateEligibilityForm(), form_tracker(message(opening, "check_eligibility"),
                                                               {"eligibility_service": CARE, **read}, FORM))
    assert slots_set(events)["requested_slot"] == "needs_long_term_care"
    assert "您已经说过的" in texts(msgs) and "残疾等级：二级" in texts(msgs)


def test_a_compound_answer_gives_every_fact_it_holds():
    msgs, slots, _ = turn("有证，三级", {"requested_slot": "has_disability_certificate"})
    assert slots["has_disability_certificate"] is True and slots["disability_grade"] == "三级"
    assert slots["requested_slot"] == "needs_long_term_care"  # the grade is not asked next
    assert "残疾等级：三级" in texts(msgs)


def test_negation_in_the_residents_words():
    _, slots, _ = turn("厂里倒闭了，又不是我要辞职", {"requested_slot": "involuntary_job_loss",
                                                   "unemployment_contribution_years": 3}, service=UNEMPLOYMENT)
    assert slots["involuntary_job_loss"] is True


def test_waiting_is_no_answer_and_no_number():
    msgs, slots, _ = turn("你等一下", {"requested_slot": "age"}, service="resident_pension_benefit")
    assert slots.get("age") is None  # not an age of 1
    assert "不着急" in texts(msgs) and slots["requested_slot"] == "age"
    # the words leading to the question and the question are one message, with the question's buttons
    assert len(msgs) == 1 and msgs[0]["text"].startswith("好的，不着急") and msgs[0]["buttons"]
    assert "lead_in" not in msgs[0]


def test_i_said_it_already_looks_back_through_the_conversation():
    history = [{"event": "user", "text": "我今年六十八岁，农保交了十年"}, {"event": "user", "text": "我刚才不是说了吗"}]
    msgs, slots, _ = turn("我刚才不是说了吗", {"requested_slot": "age"}, service="resident_pension_benefit",
                          events=history)
    assert slots["age"] == 68
    assert "您前面说过" in texts(msgs)


def test_a_question_back_is_answered_and_the_form_goes_on():
    msgs, slots, _ = turn("标准是多少？", {"requested_slot": "needs_long_term_care", "has_disability_certificate": True,
                                      "disability_grade": "二级"})
    assert "标准" in texts(msgs) and "接着刚才的问题" in texts(msgs)
    assert slots["requested_slot"] == "needs_long_term_care" and slots.get("needs_long_term_care") is None


def test_what_does_it_mean_explains_the_question():
    msgs, _, _ = turn("啥叫劳动能力？", {"requested_slot": "has_labour_capacity", "age": 70},
                      service="extreme_poverty_support")
    assert "干活" in texts(msgs)


def test_bad_answer_is_asked_again_with_a_hint():
    msgs, slots, _ = turn("绿色", {"requested_slot": "disability_grade", "has_disability_certificate": True})
    assert "请在这几项里选一项" in texts(msgs)
    assert slots["requested_slot"] == "disability_grade" and slots.get("disability_grade") is None


def test_an_answer_missed_twice_is_recorded_unknown_not_asked_a_third_time():
    question = "请回答“是”或“不是”（不清楚可以说“不知道”）。\n申请人有生活来源吗？"
    history = [{"event": "bot", "text": question}, {"event": "user", "text": "绿色的"}]
    slots = {"requested_slot": "has_income_source", "age": 79, "has_labour_capacity": False}
    msgs, slots, _ = turn("绿色的", slots, service="extreme_poverty_support", events=history)
    assert "没能听明白" in texts(msgs) and slots["has_income_source"] == "不知道"
    assert slots["requested_slot"] == "has_able_supporter"  # the form goes on
    # missed once only (the question before was asked plainly): the hint, and the same question
    history = [{"event": "bot", "text": "申请人有生活来源吗？"}, {"event": "user", "text": "绿色的"}]
    msgs, slots, _ = turn("绿色的", {"requested_slot": "has_income_source", "age": 79, "has_labour_capacity": False},
                          service="extreme_poverty_support", events=history)
    assert "请回答“是”或“不是”" in texts(msgs) and slots["requested_slot"] == "has_income_source"
    assert slots.get("has_income_source") is None


def test_change_of_topic_lets_the_form_give_way():
    msgs, _, events = turn("低保是什么", {"requested_slot": "needs_long_term_care", "has_disability_certificate": True},
                           intent="find_service", entities=[entity("service", "minimum_living_allowance")])
    # the form rejects itself (said outright, as facts the message carries may have been validated);
    # the interruption rules answer, then resume
    assert [e["event"] for e in events] == ["action_execution_rejected"] and msgs == []


def test_a_non_answer_keeps_the_form_by_validating_the_fact_asked():
    # Rasa's FormAction rejects a form whose validation sets no slot: a non-answer is the
    # fact asked validated as still open (None), the way rasa-sdk re-asks a slot
    _, _, events = turn("你等一下", {"requested_slot": "age"}, service="resident_pension_benefit")
    assert {"event": "slot", "name": "age", "value": None, "timestamp": None} in events


def test_resumed_form_asks_its_question_again():
    history = [{"event": "user", "text": "低保是什么"}, {"event": "action", "name": "action_answer_service"},
               {"event": "action", "name": FORM}]
    msgs, slots, _ = turn("低保是什么", {"requested_slot": "needs_long_term_care", "has_disability_certificate": True},
                          intent="find_service", events=history)
    assert "接着刚才的问题" in texts(msgs)
    assert slots["requested_slot"] == "needs_long_term_care"


def test_a_place_said_is_not_taken_for_the_hukou():
    # "我住在安吉" is where the resident lives; 低保 asks where the 户籍 is
    read = slots_set(run(ActionReadFacts(), tracker(message("我住在安吉，低保我能申请吗", "check_eligibility"), {}))[1])
    assert read.get("residence_place") == "安吉县" and read.get("hukou_place") is None


def test_taking_back_the_previous_answer_asks_it_again():
    history = [{"event": "slot", "name": "has_disability_certificate", "value": True}]
    msgs, slots, _ = turn("刚才说的不对", {"requested_slot": "needs_long_term_care", "has_disability_certificate": True,
                                      "disability_grade": "二级"}, events=history)
    assert slots["has_disability_certificate"] is None and slots["requested_slot"] == "has_disability_certificate"
    assert "重新回答" in texts(msgs)


def test_a_correction_in_the_residents_words_replaces_the_answer():
    _, slots, _ = turn("我说错了，是三级不是二级", {"requested_slot": "needs_long_term_care",
                                             "has_disability_certificate": True, "disability_grade": "二级"})
    assert slots["disability_grade"] == "三级"


def test_a_refusal_from_a_reading_is_confirmed_first():
    # "自己不干了" is read from the resident's words, not a plain "不是": confirm before "不符合"
    msgs, slots, _ = turn("是我自己不干了", {"requested_slot": "involuntary_job_loss",
                                       "unemployment_contribution_years": 3}, service=UNEMPLOYMENT)
    assert slots["involuntary_job_loss"] is False
    assert "我确认一下" in texts(msgs) and slots["pending_confirmation"] == {"fact": "involuntary_job_loss"}
    # "对" confirms the reading and is not taken for "yes, involuntary"
    msgs, slots, _ = turn("对", slots, service=UNEMPLOYMENT)
    assert slots["involuntary_job_loss"] is False and slots["requested_slot"] is None
    assert slots["fact_confidence"]["involuntary_job_loss"] == 1.0


def test_a_denied_confirmation_asks_the_question_again():
    slots = {"requested_slot": "involuntary_job_loss", "unemployment_contribution_years": 3,
             "involuntary_job_loss": False, "pending_confirmation": {"fact": "involuntary_job_loss"},
             "fact_confidence": {"involuntary_job_loss": 0.8}}
    msgs, slots, _ = turn("不对", slots, service=UNEMPLOYMENT)
    assert slots["involuntary_job_loss"] is None and slots["requested_slot"] == "involuntary_job_loss"
    assert "再说一下" in texts(msgs)


def test_a_plain_no_refuses_without_confirmation():
    msgs, slots, _ = turn("不是", {"requested_slot": "involuntary_job_loss", "unemployment_contribution_years": 3},
                          service=UNEMPLOYMENT)
    assert slots["requested_slot"] is None and "我确认一下" not in texts(msgs)


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


def test_a_grade_the_source_leaves_room_on_is_possibly_eligible_not_refused(kb):
    slots = {"eligibility_service": CARE, "disability_grade": "三级", "has_disability_certificate": True,
             "needs_long_term_care": True}
    msgs, events = run(ActionEligibilityVerdict(), tracker(message("是的", "affirm"), slots))
    reply = texts(msgs)
    assert "可能符合" in reply and "✘" not in reply and "△ 可咨询" in reply
    assert "非重度智力、精神残疾人" in reply  # why, from the source
    assert slots_set(events)["verdicts"][0]["status"] == "possibly_eligible"


def test_a_condition_that_does_not_apply_is_not_listed(kb):
    # a local family: the migrant workers' condition of 公租房 is not shown as "符合"
    slots = {"eligibility_service": "public_rental_housing", "has_local_housing": False, "migrant_worker": False,
             "income_below_housing_line": True, "household_has_disabled": False}
    msgs, _ = run(ActionEligibilityVerdict(), tracker(message("是的", "affirm"), slots))
    assert "稳定就业达到当地规定的年限" not in texts(msgs) and "很可能符合" in texts(msgs)


def test_a_step_to_take_is_a_next_step_not_a_refusal(kb):
    slots = {"eligibility_service": UNEMPLOYMENT, "unemployment_contribution_years": 2, "involuntary_job_loss": True}
    msgs, _ = run(ActionEligibilityVerdict(), tracker(message("是的", "affirm"), slots))
    assert "很可能符合" in texts(msgs) and "还要：办理失业登记" in texts(msgs)


def test_a_correction_after_the_verdict_gives_the_verdict_again(kb):
    verdicts = [{"service": UNEMPLOYMENT, "status": "not_eligible", "conditions": []}]
    slots = {"unemployment_contribution_years": 2, "involuntary_job_loss": False, "verdicts": verdicts}
    read = slots_set(run(ActionReadFacts(), tracker(message("我说错了，是被公司辞退的", "inform"), slots))[1])
    assert read["involuntary_job_loss"] is True and read["fact_changed"] is True
    slots.update(read)
    msgs, events = run(ActionRecheck(), tracker(message("我说错了，是被公司辞退的", "inform"), slots))
    assert "重新判断" in texts(msgs) and "很可能符合" in texts(msgs)
    assert slots_set(events)["verdicts"][-1]["status"] == "likely_eligible"


def test_a_service_applied_for_at_the_hukou_is_routed_there(kb):
    # 护理补贴 is applied for "向户籍所在地": hukou 南浔区, living in 吴兴区, asking about 吴兴区
    slots = {"current_service": CARE, "hukou_place": "南浔区", "residence_place": "吴兴区"}
    msgs, _ = run(ActionAnswerWhere(), tracker(message("在吴兴去哪里办", "ask_where", [entity("place", "吴兴区")]), slots))
    assert "南浔区民政局" in texts(msgs) and "户籍所在地" in texts(msgs)


def test_the_verdict_names_the_office_of_the_residents_county(kb):
    # 幼儿园: where the family lives; 护理补贴: where the 户籍 is, whatever county the resident lives in
    slots = {"eligibility_service": "kindergarten_enrolment", "child_age": 3, "residence_place": "南浔区"}
    msgs, _ = run(ActionEligibilityVerdict(), tracker(message("是的", "affirm"), slots))
    assert "很可能符合" in texts(msgs) and "南浔区：南浔区教育局" in texts(msgs)
    slots = {"eligibility_service": CARE, "disability_grade": "二级", "has_disability_certificate": True,
             "needs_long_term_care": True, "hukou_place": "长兴县", "residence_place": "吴兴区"}
    msgs, _ = run(ActionEligibilityVerdict(), tracker(message("是的", "affirm"), slots))
    assert "长兴县：长兴县民政局" in texts(msgs) and "吴兴区民政局" not in texts(msgs)
    # the 户籍 not known: no office of the county lived in, which may be the wrong one
    del slots["hukou_place"]
    msgs, _ = run(ActionEligibilityVerdict(), tracker(message("是的", "affirm"), slots))
    assert "吴兴区民政局" not in texts(msgs) and "户籍所在地" in texts(msgs)


def _named(text: str, *words_ids):
    return [{"entity": "service", "value": sid, "start": text.index(w), "end": text.index(w) + len(w)}
            for w, sid in words_ids]


def test_of_several_services_named_the_one_asked_about_is_screened():
    text = "学前教育资助我家能申请不 孩子4岁 在乾元上幼儿园"
    entities = _named(text, ("学前教育资助", "preschool_financial_aid"), ("幼儿园", "kindergarten_enrolment"))
    _, events = run(ActionStartEligibility(), tracker(message(text, "check_eligibility", entities)))
    assert slots_set(events)["eligibility_service"] == "preschool_financial_aid"
    text = "我是特困供养人员，看病能不能申请医疗救助？"
    entities = _named(text, ("特困供养", "extreme_poverty_support"), ("医疗救助", "medical_assistance"))
    _, events = run(ActionStartEligibility(), tracker(message(text, "check_eligibility", entities)))
    assert slots_set(events)["eligibility_service"] == "medical_assistance"


def test_the_same_unclear_words_again_do_not_confirm_a_refusal():
    # read with little confidence ("哪里来额退休工资" once read as receiving a pension), said
    # again when asked to confirm: the question is asked plainly, no "不符合" from it
    slots = {"requested_slot": "receiving_basic_pension", "age": 65, "pension_contribution_years": 16,
             "receiving_basic_pension": True, "pending_confirmation": {"fact": "receiving_basic_pension"},
             "fact_confidence": {"receiving_basic_pension": 0.6},
             "reading": {"read": [], "repeated": ["receiving_basic_pension"]}}
    msgs, _ = run(ValidateEligibilityForm(), form_tracker(message("退休工资嘛就那样", "inform"),
                                                         {"eligibility_service": "resident_pension_benefit", **slots},
                                                         FORM))
    assert "请直接回答" in texts(msgs)
    assert slots_set(_)["receiving_basic_pension"] is None and slots_set(_)["requested_slot"] == "receiving_basic_pension"


def test_a_service_named_inside_the_question_words_is_the_one_asked_about():
    # "能否申请劳动仲裁": the entity (申请劳动仲裁) overlaps the question's cue
    text = "来电人男,称三年前被公司无故解除劳动合同,未获补偿,现咨询能否申请劳动仲裁。"
    entities = _named(text, ("劳动合同", "labour_contract_guidance"), ("申请劳动仲裁", "labour_dispute_arbitration"))
    _, events = run(ActionStartEligibility(), tracker(message(text, "check_eligibility", entities)))
    assert slots_set(events)["eligibility_service"] == "labour_dispute_arbitration"


def test_the_same_screening_asked_for_again_goes_on_instead_of_starting_over():
    slots = {"eligibility_service": "extreme_poverty_support", "requested_slot": "has_able_supporter", "age": 45}
    _, events = run(ActionStartEligibility(), tracker(
        message("特困供养没人能养我", "check_eligibility", [entity("service", "extreme_poverty_support")]), slots,
        active_loop=FORM))
    assert events == []


def test_the_question_asked_again_in_its_own_screening_resumes_it():
    # "幼儿园的钱能不能少交点" in the middle of 学前教育资助's screening names the kindergarten; its fees are
    # what the screening is about (GIVES_WAY_WHEN): said so, and the same screening goes on, no new one
    text = "幼儿园的钱能不能少交点"
    slots = {"eligibility_service": "preschool_financial_aid", "requested_slot": "child_situation", "child_age": 4,
             "reading": {"read": [], "non_answer": "side_question"}}
    msgs, events = run(ActionStartEligibility(), tracker(
        message(text, "check_eligibility", _named(text, ("幼儿园", "kindergarten_enrolment"))), slots, active_loop=FORM))
    assert "学前教育资助" in texts(msgs) and slots_set(events) == {"eligibility_service": "preschool_financial_aid"}


def test_the_kindergarten_fees_asked_to_be_lowered_are_the_preschool_aid():
    text = "女儿四岁在泗安读小班 耳朵不好戴着助听器 幼儿园的钱能不能少交点 我在厂门口马上进车间了"
    entities = _named(text, ("助听器", "assistive_devices"), ("幼儿园", "kindergarten_enrolment"))
    _, events = run(ActionStartEligibility(), tracker(message(text, "check_eligibility", entities)))
    assert slots_set(events)["eligibility_service"] == "preschool_financial_aid"


def test_the_same_unclear_words_a_third_time_leave_the_fact_unknown():
    said = "退休工资嘛就那样"
    base = {"eligibility_service": "resident_pension_benefit", "requested_slot": "receiving_basic_pension", "age": 65,
            "receiving_basic_pension": True, "pending_confirmation": {"fact": "receiving_basic_pension"},
            "fact_confidence": {"receiving_basic_pension": 0.6},
            "reading": {"read": [], "repeated": ["receiving_basic_pension"]}}
    thrice = [{"event": "user", "text": said}, {"event": "bot", "text": "我确认一下：已在领取，对吗？"},
              {"event": "user", "text": said}, {"event": "bot", "text": "抱歉，我没能确定您的意思"},
              {"event": "user", "text": said}]
    msgs, events = run(ValidateEligibilityForm(), form_tracker(message(said, "inform"), base, FORM, events=thrice))
    assert "没能听明白" in texts(msgs) and slots_set(events)["receiving_basic_pension"] == "不知道"


def test_the_service_just_before_the_question_is_its_subject():
    text = "四川来的 在长兴打工 孩子5岁 随迁子女明年能上小学不"
    entities = _named(text, ("随迁子女", "migrant_children_enrolment"), ("上小学", "compulsory_school_enrolment"))
    _, events = run(ActionStartEligibility(), tracker(message(text, "check_eligibility", entities)))
    assert slots_set(events)["eligibility_service"] == "migrant_children_enrolment"


def test_a_refusal_resting_on_the_opening_story_is_confirmed_when_the_form_starts():
    # every fact known before the first question, one of them read from the resident's words:
    # the form introduces itself, then confirms that reading instead of ending on "不符合"
    slots = {"eligibility_service": UNEMPLOYMENT, "unemployment_contribution_years": 3, "involuntary_job_loss": False,
             "fact_confidence": {"involuntary_job_loss": 0.7}}
    msgs, events = run(ValidateEligibilityForm(), form_tracker(message("我自己辞职的，失业金能领吗", "check_eligibility"),
                                                               slots, FORM))
    assert "帮您看看" in msgs[0]["text"] and "我确认一下" in msgs[-1]["text"]
    assert slots_set(events)["pending_confirmation"] == {"fact": "involuntary_job_loss"}
    assert slots_set(events)["requested_slot"] == "involuntary_job_loss"


def test_a_refusal_is_confirmed_when_another_action_started_the_screening():
    # "家里两个娃 老大七岁…想找个园子" answered by action_answer_service, which starts the form on
    # the story's need: the form is starting, not coming back, and its refusal is confirmed too
    slots = {"eligibility_service": UNEMPLOYMENT, "unemployment_contribution_years": 3, "involuntary_job_loss": False,
             "fact_confidence": {"involuntary_job_loss": 0.7}}
    started_by = [{"event": "user", "text": "我自己辞职的 有没有钱领着过渡"}, {"event": "action", "name": "action_read_facts"},
                  {"event": "action", "name": "action_answer_service"}]
    msgs, events = run(ValidateEligibilityForm(), form_tracker(message("我自己辞职的 有没有钱领着过渡", "find_service"),
                                                               slots, FORM, events=started_by))
    assert "我确认一下" in msgs[-1]["text"]
    assert slots_set(events)["pending_confirmation"] == {"fact": "involuntary_job_loss"}


def test_a_correction_that_names_something_keeps_the_previous_answer():
    from actions.replies import _says_more

    assert not _says_more("我说错了") and not _says_more("不对不对，刚才说错了")
    assert _says_more("不对不对，是三千五，我老婆的工资算错了")
    assert _says_more("我搞错了，应该是十二平")


def test_a_corrected_hukou_recomputes_what_followed_from_it():
    from actions.facts import recomputed
    # "湖州户口" said the resident was no migrant worker; "户口其实还在安徽，在吴兴打工" says they are
    values = {"migrant_worker": False, "hukou_place": "外地", "residence_place": "吴兴区"}
    assert recomputed(values, {"hukou_place": 1, "residence_place": 1})["migrant_worker"] is True
    # nothing said now about where: what was said stands
    assert recomputed(values, {"age": 1}) == {}


def test_a_where_question_about_the_service_under_discussion_stays_on_it(kb):
    from actions.routing import asked_of
    text = "他户口和敬老院都在长兴和平镇，现在人在市里医院住着，救助该去哪里申请"
    assert asked_of(text, kb.service("medical_assistance"), kb.service("elderly_care_institution"))
    assert not asked_of("困难残疾人生活补贴去哪里办", kb.service("severe_disability_care_subsidy"),
                        kb.service("disabled_living_subsidy"))


def test_of_several_services_named_the_one_with_criteria_is_screened():
    from actions.eligibility import last_named
    from bot.finder import Finding, RankedService
    text = "孕前检查是免费的吗 我们准备要二胎 能做不"
    found = Finding(text, "check_eligibility", 0.9, True,
                    [{"entity": "service", "value": "free_preconception_checkup", "start": 0, "end": 4},
                     {"entity": "service", "value": "two_child_policy", "start": 14, "end": 16}],
                    [RankedService("free_preconception_checkup", "", "", "", "", 0.9),
                     RankedService("two_child_policy", "", "", "", "", 0.4)])
    assert last_named(found).id == "free_preconception_checkup"


def test_an_amount_told_for_a_local_line_is_left_to_the_agency():
    # the line is set locally and not in the sources: the amount is recorded, the comparison
    # is 待确认, and the question is not asked again
    slots = {"requested_slot": "income_below_housing_line", "hukou_place": "外地", "migrant_worker": True}
    msgs, after, _ = turn("每个月到手三千五左右，家里就我一个", slots, service="public_rental_housing")
    assert after["income_below_housing_line"] == "不知道"
    assert after["household_monthly_income"] == 3500 or isinstance(after["household_monthly_income"], dict)
    assert "待确认" in texts(msgs) and "还想问一下" not in texts(msgs)


def test_a_hukou_elsewhere_and_work_here_both_said_make_the_migrant_childrens_service(kb):
    from actions.eligibility import narrower_for
    general = kb.service("compulsory_school_enrolment")
    said = {"hukou_place": "外地", "employment_status": "在职", "residence_place": "南浔区", "migrant_worker": True,
            "works_or_lives_in_huzhou": True}
    confidence = {"hukou_place": 0.9, "employment_status": 0.9, "residence_place": 0.9, "migrant_worker": 0.5,
                  "works_or_lives_in_huzhou": 0.5}
    # "我们江西过来的 户口在老家 两口子都在练市厂里干活": both parts said
    assert narrower_for(general, said, confidence).id == "migrant_children_enrolment"
    # "外孙户口在四川老家…想在德清上一年级": only inferred from a hukou elsewhere and a place here
    inferred = {k: v for k, v in said.items() if k != "employment_status"}
    assert narrower_for(general, inferred, confidence).id == "compulsory_school_enrolment"


def test_which_body_is_in_charge_asked_inside_the_form_is_answered():
    # "阿拉住洛舍，计划生育个事体归啥个部门管", asked while the form waits for an answer
    msgs, slots, _ = turn("阿拉住洛舍，计划生育个事体归啥个部门管", {"requested_slot": "had_another_child"},
                          service="family_planning_special_assistance", entities=[entity("place", "德清县")])
    reply = texts(msgs)
    assert "等核对完条件" not in reply
    assert "卫生健康" in reply and slots["requested_slot"] == "had_another_child"


def test_a_where_question_with_a_place_while_confirming_is_answered_not_taken_for_a_correction():
    """"户口搭人都勒道场 到辰光跑啥地方" asked to confirm an age: a question with a place in it — the
    office, then the confirmation again; not "记下了" and the confirmation alone."""
    slots = {"requested_slot": "involuntary_job_loss", "unemployment_contribution_years": 6,
             "involuntary_job_loss": False, "pending_confirmation": {"fact": "involuntary_job_loss"},
             "fact_confidence": {"involuntary_job_loss": 0.85}}
    msgs, slots, _ = turn("他住李家巷镇 该去哪里问", slots, intent="ask_where", service=UNEMPLOYMENT)
    reply = texts(msgs)
    assert "长兴县人力资源和社会保障局" in reply
    assert slots["involuntary_job_loss"] is False


def test_a_correction_of_another_fact_while_confirming_still_stands():
    slots = {"requested_slot": "involuntary_job_loss", "unemployment_contribution_years": 6,
             "involuntary_job_loss": False, "pending_confirmation": {"fact": "involuntary_job_loss"},
             "fact_confidence": {"involuntary_job_loss": 0.85}}
    msgs, slots, _ = turn("不对不对 我说错了 交了八年", slots, service=UNEMPLOYMENT)
    assert slots.get("unemployment_contribution_years") == 8


def test_not_understanding_the_same_question_twice_is_recorded_as_unknown():
    """"啥个两倍勿两倍 阿拉勿懂" said again after the explanation: 不清楚, and the form goes on —
    not the same explanation a third time."""
    question = "家庭人均收入在当地低保标准的2倍以内吗？（不清楚可以说“不知道”）"
    text = "啥个两倍勿两倍 阿拉勿懂"
    events = [{"event": "bot", "text": question}, {"event": "user", "text": text},
              {"event": "bot", "text": "这一项问的是“人均收入在低保标准2倍内”。"}, {"event": "user", "text": text}]
    slots = {"requested_slot": "income_within_200pct_dibao", "rural_housing": True, "house_dilapidated": True,
             "household_has_disabled": True}
    msgs, slots, _ = turn(text, slots, service="rural_dilapidated_housing_renovation", events=events)
    assert slots["income_within_200pct_dibao"] == "不知道"


def test_not_understanding_once_is_explained():
    text = "啥个两倍勿两倍 阿拉勿懂"
    slots = {"requested_slot": "income_within_200pct_dibao", "rural_housing": True, "house_dilapidated": True,
             "household_has_disabled": True}
    msgs, slots, _ = turn(text, slots, service="rural_dilapidated_housing_renovation",
                          events=[{"event": "user", "text": text}])
    reply = texts(msgs)
    assert "这一项问的是" in reply and "简单说就是：不清楚" not in reply
    assert slots.get("income_within_200pct_dibao") is None


def test_a_place_told_with_a_where_question_after_the_verdict_answers_where_only(kb):
    """"住武康 去哪报名" after the verdict: the place is new, the verdict the same — where to go, not the
    verdict again under "已按您更正的情况重新判断"; the stored verdict is updated all the same."""
    school = "compulsory_school_enrolment"
    verdicts = [{"service": school, "status": "possibly_eligible", "conditions": []}]
    slots = {"current_service": school, "child_age": 5, "hukou_place": "德清县", "verdicts": verdicts}
    text = "住武康 去哪报名"
    read = slots_set(run(ActionReadFacts(), tracker(message(text, "ask_where", [entity("place", "德清县")]), slots))[1])
    slots.update(read)
    slots["reading"] = {**(slots.get("reading") or {}), "recheck": [school]}
    msgs, events = run(ActionRecheck(), tracker(message(text, "ask_where", [entity("place", "德清县")]), slots))
    reply = texts(msgs)
    assert "重新判断" not in reply and "德清县教育局" in reply
    assert slots_set(events)["verdicts"][-1]["status"] == "possibly_eligible"


def test_an_amount_answered_to_a_local_line_is_kept_for_the_office_not_asked_again():
    """"一个月能挣个七八百就算好的了" asked whether below the 低保 line: the line is set locally and not in the
    sources — the amount noted, the comparison left to the office (待确认), not "请回答是或不是"."""
    slots = {"requested_slot": "income_below_dibao_line", "hukou_place": "德清县"}
    msgs, slots, _ = turn("一个月能挣个七八百就算好的了", slots, service="minimum_living_allowance")
    reply = texts(msgs)
    assert slots["income_below_dibao_line"] == "不知道"
    assert "低保标准由当地确定" in reply and "请回答" not in reply


def test_a_where_question_the_reader_did_not_mark_as_asking_is_answered_while_confirming():
    """"来电人问，她住李家巷镇，该去哪问" asked to confirm a refusal: the office, then the confirmation again."""
    slots = {"requested_slot": "involuntary_job_loss", "unemployment_contribution_years": 6,
             "involuntary_job_loss": False, "pending_confirmation": {"fact": "involuntary_job_loss"},
             "fact_confidence": {"involuntary_job_loss": 0.85}}
    msgs, slots, _ = turn("来电人问，她住李家巷镇，该去哪问", slots, service=UNEMPLOYMENT)
    assert "长兴县人力资源和社会保障局" in texts(msgs)
    assert slots["involuntary_job_loss"] is False
