import datetime as dt

from actions.facts import ActionReadFacts
from actions.feedback import ActionRecordRating, read_rating
from actions.handoff import CHINA, ActionHandoff, desk_open, describe_hours
from actions.household import ActionHouseholdResults, ValidateHouseholdForm, groups_of, rank_services
from tests.actions.conftest import entity, form_tracker, message, run, slots_set, texts, tracker


def test_household_form_asks_each_fact_once_and_skips_known_ones():
    msgs, events = run(ValidateHouseholdForm(), form_tracker(message("我家能享受哪些政策", "household_screening"),
                                                             {"age": 72}, "household_form"))
    assert slots_set(events)["requested_slot"] == "hukou_place"
    slots = {"age": 72, "hukou_place": "长兴县", "disability_grade": "二级", "dibao_household": True,
             "requested_slot": "child_age"}
    read = slots_set(run(ActionReadFacts(), tracker(message("没有孩子", "inform"), slots, active_loop="household_form"))[1])
    assert read["child_age"] == "不适用"
    slots.update(read)
    msgs, events = run(ValidateHouseholdForm(), form_tracker(message("没有孩子", "inform"), slots, "household_form",
                                                             set_now=read))
    assert slots_set(events)["requested_slot"] == "has_local_housing"


def test_household_form_asks_in_the_order_of_its_required_slots_in_the_domain():
    domain = {"forms": {"household_form": {"required_slots": ["employment_status", "age"]}}}
    msgs, events = run(ValidateHouseholdForm(), form_tracker(message("我家能享受哪些政策", "household_screening"),
                                                             {}, "household_form"), domain)
    assert slots_set(events)["requested_slot"] == "employment_status"
    msgs, events = run(ValidateHouseholdForm(), form_tracker(message("我家能享受哪些政策", "household_screening"),
                                                             {"employment_status": "退休", "age": 70},
                                                             "household_form"), domain)
    assert slots_set(events)["requested_slot"] is None  # all asked: the form ends


def test_household_results_rank_likely_services_first(kb):
    facts = {"age": 72, "hukou_place": "长兴县", "disability_grade": "二级", "dibao_household": True,
             "child_age": "不适用", "has_local_housing": True, "employment_status": "退休"}
    ranked = rank_services(facts)
    ids = [s.id for s, _ in ranked]
    assert "medical_assistance" in ids  # 低保家庭成员 -> likely eligible
    screened = [i for i, (_, v) in enumerate(ranked) if v is not None]
    assert screened == list(range(len(screened)))  # screened services before those listed for a group
    assert all(v is None or v.status != "not_eligible" for _, v in ranked)
    assert "儿童" not in groups_of(facts) and "老年人" in groups_of(facts)
    msgs, _ = run(ActionHouseholdResults(), tracker(message("没有", "deny"), facts))
    reply = texts(msgs)
    assert "医疗救助" in reply and "湖州市医疗保障局" in reply
    assert len([b for m in msgs for b in m.get("buttons", [])]) >= 3


def test_household_group_services_fit_the_household(kb):
    # 72, retired, 二级残疾, no children: services for elderly or disabled people,
    # not the disabled children's schooling that shares only the group 残疾人
    facts = {"age": 72, "hukou_place": "长兴县", "disability_grade": "二级", "dibao_household": False,
             "child_age": "不适用", "has_local_housing": True, "employment_status": "退休"}
    listed = [s for s, v in rank_services(facts) if v is None]
    assert listed
    assert "home_based_elderly_care" in [s.id for s in listed]
    assert not {"special_education_school", "home_delivered_education", "disabled_student_aid"} & {s.id for s in listed}
    assert all({"老年人", "残疾人"} & set(s.groups) for s in listed)


def test_handoff_summary_carries_services_facts_and_verdicts(kb, handoff_queue_url):
    events = [{"event": "slot", "name": "current_service", "value": "severe_disability_care_subsidy"}]
    slots = {"current_service": "severe_disability_care_subsidy", "disability_grade": "二级", "place": "长兴县",
             "verdicts": [{"service": "severe_disability_care_subsidy", "status": "likely_eligible", "conditions": []}]}
    msgs, result = run(ActionHandoff(), tracker(message("转人工", "human_handoff"), slots, events=events))
    summary = next(m["custom"]["handoff"] for m in msgs if m.get("custom"))
    assert summary["services"][0]["name"] == "重度残疾人护理补贴"
    assert {"fact": "disability_grade", "answer": "二级"}.items() <= summary["facts"][0].items()
    assert summary["verdicts"][0]["status"] == "likely_eligible"
    assert "12345" in texts(msgs) and "转人工摘要" in texts(msgs)
    assert slots_set(result)["handoff_requested"] is True
    from bot.handoff_queue import HandoffQueue

    queued = HandoffQueue(handoff_queue_url).list()  # in the hotline console's queue, at any hour
    assert [(h.sender, h.channel, h.status) for h in queued] == [("test-resident", "rest", "waiting")]
    assert queued[0].summary["services"][0]["id"] == "severe_disability_care_subsidy"
    assert "转人工摘要" in queued[0].summary_text


def test_operator_hours():
    monday_10 = dt.datetime(2026, 11, 30, 10, 0, tzinfo=CHINA)
    sunday_10 = dt.datetime(2026, 11, 29, 10, 0, tzinfo=CHINA)
    assert desk_open(monday_10, "1-5 09:00-17:00")
    assert not desk_open(sunday_10, "1-5 09:00-17:00")
    assert not desk_open(monday_10.replace(hour=18), "1-5 09:00-17:00")
    assert describe_hours("1-5 09:00-17:00") == "周一至周五 09:00—17:00"


def test_rating_is_stored_with_the_conversation():
    assert read_rating("非常不满意") == "非常不满意"
    assert read_rating("不满意") == "不满意"
    assert read_rating("还行吧") == "基本满意"
    assert read_rating("很满意") == "非常满意"
    msgs, events = run(ActionRecordRating(), tracker(message("/rate_service", "rate_service", [entity("rating", "满意")]),
                                                     {"current_service": "minimum_living_allowance"}))
    assert slots_set(events) == {"rating": "满意", "rated_service": "minimum_living_allowance"}
    msgs, events = run(ActionRecordRating(), tracker(message("嗯", "rate_service")))
    assert events == [] and len(msgs[0]["buttons"]) == 5


def test_handoff_summary_names_the_matters_the_catalogue_lacks(kb, handoff_queue_url):
    from bot.triage import domain_gap

    asked = "我想问一下身份证丢了去哪补办"
    gap = domain_gap(asked)
    assert gap is not None and gap.body  # a matter of a body's business the catalogue has no entry for
    events = [{"event": "user", "text": asked}, {"event": "user", "text": "转人工"}]
    msgs, _ = run(ActionHandoff(), tracker(message("转人工", "human_handoff"), {}, events=events))
    summary = next(m["custom"]["handoff"] for m in msgs if m.get("custom"))
    assert summary["topics"] == [{"topic": gap.topic, "body": kb.catalogue.bodies[gap.body].name}]
    assert f"目录外的事项：{gap.topic}" in texts(msgs)
