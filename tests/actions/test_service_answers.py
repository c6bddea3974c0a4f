import re

from actions.routing import ActionAnswerWhere
from actions.service_answers import ActionAnswerService, ActionClarify
from bot import answers, triage_answers
from tests.actions.conftest import entity, message, run, slots_set, texts, tracker


def test_answers_the_named_service_with_agency_and_source(kb):
    msgs, events = run(ActionAnswerService(), tracker(message("底保怎么申请", "ask_how_to_apply",
                                                                  [entity("service", "minimum_living_allowance")])))
    reply = texts(msgs)
    service = kb.service("minimum_living_allowance")
    assert service.name in reply and service.agency_current in reply
    assert service.how_to_apply.text in reply
    assert "来源" in reply and "社会救助暂行办法" in reply
    assert slots_set(events)["current_service"] == "minimum_living_allowance"
    assert any(b["title"] == "非常满意" for m in msgs for b in m.get("buttons", []))


def test_follow_up_uses_the_current_service_without_repeating_it(kb):
    msgs, _ = run(ActionAnswerService(), tracker(message("需要什么材料", "ask_documents"),
                                               {"current_service": "severe_disability_care_subsidy"}))
    reply = texts(msgs)
    assert "重度残疾人护理补贴】需要的材料" in reply
    assert "所需材料：我这里的资料没有写明" in reply  # no document list in the sources: said so
    assert "服务内容" not in reply


def test_amount_unknown_is_said_to_be_set_locally(kb):
    msgs, _ = run(ActionAnswerService(), tracker(message("一个月多少钱", "ask_amount"),
                                               {"current_service": "minimum_living_allowance"}))
    reply = texts(msgs)
    assert "由当地确定" in reply and "湖州市民政局" in reply and "12345" in reply
    assert not re.search(r"\d+\s*(?:元|块)", reply)  # no amount is ever invented


def test_group_question_lists_that_groups_services(kb):
    msgs, _ = run(ActionAnswerService(), tracker(message("我是残疾人有什么补贴", "find_service", [entity("group", "残疾人")])))
    reply = texts(msgs)
    assert "面向残疾人的服务" in reply
    listed = [s for s in kb.services(group="残疾人") if s.name in reply]
    assert len(listed) >= 5
    assert all(s.agency_current in reply for s in listed)


def test_close_candidates_are_clarified_with_buttons(kb):
    ranking = [{"id": "disabled_living_subsidy", "confidence": 0.45},
               {"id": "severe_disability_care_subsidy", "confidence": 0.44}]
    msgs, events = run(ActionAnswerService(), tracker(message("嗯那个", "find_service", ranking=ranking)))
    assert "还是" in texts(msgs)
    payloads = [b["payload"] for m in msgs for b in m.get("buttons", [])]
    assert any("disabled_living_subsidy" in p for p in payloads)
    assert any("severe_disability_care_subsidy" in p for p in payloads)
    assert "current_service" not in slots_set(events)


def test_clarification_offers_only_the_close_candidates(kb):
    ranking = [{"id": "home_based_elderly_care", "confidence": 0.50},
               {"id": "home_delivered_education", "confidence": 0.40},
               {"id": "intangible_cultural_heritage", "confidence": 0.20}]
    msgs, _ = run(ActionAnswerService(), tracker(message("嗯那个", "find_service", ranking=ranking)))
    payloads = [b["payload"] for m in msgs for b in m.get("buttons", [])]
    assert "还是" in texts(msgs)
    assert any("home_based_elderly_care" in p for p in payloads)
    assert any("home_delivered_education" in p for p in payloads)
    assert not any("intangible_cultural_heritage" in p for p in payloads)


def test_nothing_found_says_so(kb):
    msgs, events = run(ActionAnswerService(), tracker(message("嗯嗯嗯", "find_service")))
    assert texts(msgs) == answers.NOT_UNDERSTOOD
    assert events == []


def test_follow_up_with_nothing_under_discussion_asks_which_service(kb):
    for text, intent, aspect in (("要带什么材料", "ask_documents", answers.DOCUMENTS),
                                 ("补多少钱", "ask_amount", answers.AMOUNT),
                                 ("怎么申请", "ask_how_to_apply", answers.HOW_TO_APPLY)):
        msgs, events = run(ActionAnswerService(), tracker(message(text, intent)))
        assert texts(msgs) == answers.WHICH_SERVICE[aspect], text
        assert events == []


def test_a_place_with_nothing_under_discussion_asks_which_service(kb):
    msgs, events = run(ActionAnswerService(), tracker(message("我在长兴", "inform", [entity("place", "长兴县")])))
    assert texts(msgs) == answers.WHICH_SERVICE[answers.OVERVIEW]
    assert "current_service" not in slots_set(events)


def test_an_age_said_in_passing_lists_the_elderly_services(kb):
    # 《老年人权益保障法》第二条: 六十周岁以上 is 老年人
    msgs, _ = run(ActionAnswerService(), tracker(message("我七十岁了住在德清县有什么养老的补贴", "inform",
                                                           [entity("place", "德清县"), entity("age", 70)])))
    reply = texts(msgs)
    assert "面向老年人的服务" in reply
    assert any(s.name in reply for s in kb.services(group="老年人"))


def test_a_younger_age_implies_no_group(kb):
    msgs, _ = run(ActionAnswerService(), tracker(message("我今年三十五岁", "inform", [entity("age", 35)])))
    assert "面向老年人" not in texts(msgs)


def test_where_with_a_place_names_the_county_office(kb):
    msgs, _ = run(ActionAnswerWhere(), tracker(message("在长兴县去哪里办", "ask_where", [entity("place", "长兴县")]),
                                             {"current_service": "severe_disability_care_subsidy"}))
    reply = texts(msgs)
    assert "长兴县民政局" in reply and "湖州市民政局" in reply


def test_where_without_a_place_offers_the_five_places(kb):
    msgs, _ = run(ActionAnswerWhere(), tracker(message("去哪里办", "ask_where"), {"current_service": "public_rental_housing"}))
    titles = [b["title"] for m in msgs for b in m.get("buttons", [])]
    assert titles == ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县"]
    assert "湖州市住房和城乡建设局" in texts(msgs)


def test_renamed_agency_is_given_with_the_outline_name(kb):
    msgs, _ = run(ActionAnswerService(), tracker(message("医保", "find_service",
                                                          [entity("service", "resident_medical_insurance")])))
    reply = texts(msgs)
    assert "湖州市医疗保障局" in reply and "市人力社保局" in reply


def test_fallback_offers_candidates_then_a_person(kb):
    ranking = [{"id": "minimum_living_allowance", "confidence": 0.3}]
    msgs, events = run(ActionClarify(), tracker(message("生活过不下去", "nlu_fallback", ranking=ranking)))
    assert "最低生活保障" in texts(msgs)
    assert slots_set(events)["failed_attempts"] == 1
    msgs, events = run(ActionClarify(), tracker(message("啊啊啊", "nlu_fallback"), {"failed_attempts": 1.0}))
    assert "转人工" in [b["title"] for m in msgs for b in m.get("buttons", [])]
    assert slots_set(events)["failed_attempts"] == 2


def test_a_clarification_with_one_candidate_makes_it_the_service_under_discussion(kb):
    ranking = [{"id": "kindergarten_enrolment", "confidence": 0.3}]
    text = "想让伊去上普惠的幼儿园，好去伐"
    _, events = run(ActionClarify(), tracker(message(text, "nlu_fallback", ranking=ranking)))
    assert slots_set(events).get("current_service") == "kindergarten_enrolment"
    ranking.append({"id": "preschool_financial_aid", "confidence": 0.28})
    _, events = run(ActionClarify(), tracker(message(text, "nlu_fallback", ranking=ranking)))
    assert "current_service" not in slots_set(events)  # two: the resident chooses
def test_emoji_punctuation_and_nonsense_get_a_question_back(kb):
    from actions.service_answers import ActionOutOfScope
    for text in ("👍", "🙏🙏", "？？？", "asdfgh"):
        for action in (ActionOutOfScope(), ActionAnswerService(), ActionClarify()):
            msgs, _ = run(action, tracker(message(text, "out_of_scope", ranking=[
                {"id": "hazardous_waste_disposal", "confidence": 0.6}])))
            reply = texts(msgs)
            assert reply == triage_answers.NOTHING_TO_UNDERSTAND, (text, action.name())
            assert "再见" not in reply


def test_an_insult_gets_a_calm_reply_and_a_person_never_a_service(kb):
    from actions.service_answers import ActionOutOfScope
    for action in (ActionOutOfScope(), ActionAnswerService(), ActionClarify()):
        msgs, events = run(action, tracker(message("你们这些废物", "find_service",
                                                   [entity("service", "hazardous_waste_disposal")])))
        reply = texts(msgs)
        assert reply == triage_answers.CALM_REPLY and "12345" in reply
        assert "危险废物" not in reply
        assert any(b["payload"] == "/human_handoff" for m in msgs for b in m.get("buttons", []))
        assert "current_service" not in slots_set(events)


def test_a_topic_the_catalogue_lacks_names_the_body_in_charge(kb):
    from actions.service_answers import ActionOutOfScope
    msgs, _ = run(ActionOutOfScope(), tracker(message("我爸85岁了有没有高龄补贴", "out_of_scope",
                                                      [entity("place", "长兴县")])))
    reply = texts(msgs)
    assert "没有这一项" in reply and "不在我能回答的范围内" not in reply
    assert "湖州市民政局" in reply and "长兴县民政局" in reply and "12345" in reply
    assert "社会福利" in reply  # the outline's sub-area whose 责任单位 it is
    assert not re.search(r"\d+\s*(?:元|块)", reply)


def test_a_topic_the_catalogue_lacks_gives_the_reformed_bodys_name(kb):
    msgs, _ = run(ActionAnswerService(), tracker(message("出生医学证明丢了怎么补", "find_service")))
    reply = texts(msgs)
    assert "市卫生计生局" in reply and "湖州市卫生健康委员会" in reply


def test_a_story_of_several_hardships_offers_a_service_for_each(kb):
    story = ("我老公去年出车祸瘫痪在床，住院花了十几万，我一个人打零工，孩子读高中学费都交不起，"
             "厂里又裁员我没工作了，真不知道怎么办")
    msgs, events = run(ActionAnswerService(), tracker(message(story, "find_service", [entity("service", "high_school_education")],
                                                              ranking=[{"id": "high_school_education", "confidence": 0.7}])))
    reply = texts(msgs)
    for sid in ("temporary_assistance", "medical_assistance", "high_school_student_aid"):
        assert kb.service(sid).name in reply
    payloads = [b["payload"] for m in msgs for b in m.get("buttons", [])]
    assert len(payloads) == 3 and all("find_service" in p for p in payloads)
    assert "current_service" not in slots_set(events)


def test_a_story_that_asks_about_one_service_is_answered_about_it(kb):
    story = "我在厂里做了六年，上个月厂子倒闭被辞退了，老婆住院花了不少钱，失业保险金我能领吗"
    named = {**entity("service", "unemployment_insurance_benefit"), "start": story.index("失业保险金")}
    msgs, _ = run(ActionAnswerService(), tracker(message(story, "check_eligibility", [named])))
    assert "您说的情况里有几件难处" not in texts(msgs)


def test_the_first_answer_is_short_with_the_rest_one_tap_away(kb):
    msgs, _ = run(ActionAnswerService(), tracker(message("护理补贴", "find_service",
                                                         [entity("service", "severe_disability_care_subsidy")])))
    first = msgs[0]["text"]
    essentials = first.split("\n依据：")[0]
    assert len(essentials) <= 120, essentials
    assert "湖州市民政局" in first and "国发〔2015〕52号" in first  # who handles it; the source, compact
    assert "服务内容" not in first and "咨询电话" not in first
    titles = [b["title"] for b in msgs[0]["buttons"]]
    assert titles == ["详细说明", "怎么申请", "去哪里办", "我能申请吗", "来源"]


def test_the_detail_and_sources_buttons_give_the_long_forms(kb):
    sid = "severe_disability_care_subsidy"
    msgs, _ = run(ActionAnswerService(), tracker(message('/find_service', "find_service",
                                                         [entity("service", sid), entity("aspect", "detail")])))
    reply = texts(msgs)
    assert "服务内容" in reply and "咨询电话" in reply
    msgs, _ = run(ActionAnswerService(), tracker(message('/find_service', "find_service",
                                                         [entity("service", sid), entity("aspect", "sources")])))
    reply = texts(msgs)
    assert "国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见" in reply and "社会福利" in reply


def test_the_rating_prompt_comes_once_per_service(kb):
    sid = "minimum_living_allowance"
    discussed = [{"event": "slot", "name": "current_service", "value": sid}]
    msgs, _ = run(ActionAnswerService(), tracker(message("低保去哪里办", "ask_how_to_apply", [entity("service", sid)]),
                                                 {"current_service": sid}, events=discussed))
    assert answers.RATING_PROMPT not in texts(msgs)
    msgs, _ = run(ActionAnswerService(), tracker(message("公租房", "find_service",
                                                         [entity("service", "public_rental_housing")]),
                                                 {"current_service": sid}, events=discussed))
    assert answers.RATING_PROMPT in texts(msgs)  # a new service: asked once


def test_specific_follow_ups_get_specific_answers(kb):
    from actions.service_answers import ActionOutOfScope
    sid = "child_vaccination"
    msgs, _ = run(ActionOutOfScope(), tracker(message("下一针什么时候打", "out_of_scope"), {"current_service": sid}))
    reply = texts(msgs)
    assert "什么时候办" in reply and "出生后一个月内" in reply and "几个月打哪一针" in reply
    msgs, _ = run(ActionOutOfScope(), tracker(message("免费吗", "out_of_scope"), {"current_service": sid}))
    assert "不得收取任何费用" in texts(msgs)
    msgs, _ = run(ActionOutOfScope(), tracker(message("什么时候能办好", "out_of_scope"),
                                              {"current_service": "public_rental_housing"}))
    assert "没有写明" in texts(msgs)  # no time in the sources: said so, and who knows
    msgs, _ = run(ActionOutOfScope(), tracker(message("怎么补", "out_of_scope"), {"current_service": "social_security_card"}))
    assert "12333" in texts(msgs)


def test_which_school_is_a_where_question_about_the_service_discussed(kb):
    from actions.service_answers import ActionOutOfScope
    msgs, _ = run(ActionOutOfScope(), tracker(message("那会分到哪个学校", "out_of_scope"),
                                              {"current_service": "compulsory_school_enrolment", "place": "长兴县"}))
    reply = texts(msgs)
    assert "去哪里办" in reply and "长兴县教育局" in reply


def test_a_second_service_named_is_offered_after_the_answer(kb):
    entities = [entity("service", "newborn_medical_insurance"), entity("service", "child_vaccination")]
    msgs, events = run(ActionAnswerService(), tracker(message("宝宝刚出生 医保怎么办 疫苗在哪打", "ask_how_to_apply", entities)))
    focus = slots_set(events)["current_service"]
    other = ({"newborn_medical_insurance", "child_vaccination"} - {focus}).pop()
    offer = next(m for m in msgs if "还提到" in (m.get("text") or ""))
    assert kb.service(other).name in offer["text"]
    assert [b["title"] for b in offer["buttons"]] == [kb.service(other).name]
    # one service named: no offer
    msgs, _ = run(ActionAnswerService(), tracker(message("疫苗在哪打", "ask_where", entities[1:])))
    assert not any("还提到" in (m.get("text") or "") for m in msgs)


def test_a_where_question_naming_a_group_is_about_the_service_discussed(kb):
    msg = message("来电人工作单位在安吉县递铺街道，询问仲裁受理部门。", "find_service", [entity("group", "企业")])
    msgs, _ = run(ActionAnswerService(), tracker(msg, {"current_service": "labour_dispute_arbitration"}))
    assert "去哪里办" in texts(msgs) and "面向企业" not in texts(msgs)


def test_a_fact_said_again_after_the_verdict_is_acknowledged_not_clarified(kb):
    from actions.service_answers import ActionClarify
    slots = {"current_service": "resident_pension_benefit", "receiving_basic_pension": False,
             "verdicts": [{"service": "resident_pension_benefit", "status": "possibly_eligible", "conditions": []}],
             "age": 82, "applicant": "parent"}
    msgs, _ = run(ActionClarify(), tracker(message("来电人补充：父亲没有领其他养老待遇。", "nlu_fallback"), slots))
    assert "前面已经说过" in texts(msgs) and "判断结果不变" in texts(msgs) and "您想问的是" not in texts(msgs)


def test_an_employer_named_is_no_business_asking(kb):
    # "厂里…老板跑了" is a worker's story: not the services for businesses
    worker = message("工地上的老板欠了我们半年工钱，人找不到了", "find_service", [entity("group", "企业")])
    assert "面向企业" not in texts(run(ActionAnswerService(), tracker(worker))[0])
    owner = message("我是开厂的，企业招人有什么补贴", "find_service", [entity("group", "企业")])
    assert "面向企业的服务" in texts(run(ActionAnswerService(), tracker(owner))[0])


def test_a_fact_after_a_card_is_acknowledged_not_out_of_scope(kb):
    from actions.service_answers import ActionOutOfScope

    reading = {"read": ["days_since_rights_infringed"], "changed": [], "repeated": []}
    slots = {"current_service": "labour_inspection", "reading": reading,
             "days_since_rights_infringed": {"from": 400, "to": 430}}
    msgs, _ = run(ActionOutOfScope(), tracker(message("工钱从去年十月起就一直没发", "out_of_scope"), slots))
    assert "不在我能回答的范围" not in texts(msgs) and "劳动保障监察" in texts(msgs)


def _offered(*service_ids):
    """The events of a conversation whose last reply offered these services as buttons."""
    return [
        {"event": "user", "text": "墙头裂开交关大个缝，政府有铜钿补贴修伐"},
        {"event": "bot", "text": "您想问的是下面哪一项？", "data": {"buttons": [
            {"title": sid, "payload": '/find_service{"service": "%s"}' % sid} for sid in service_ids]}},
        {"event": "user", "text": "到啥地方去报？阿拉是杭垓个"},
    ]


def test_where_right_after_a_list_of_choices_names_each_ones_office(kb):
    from actions.service_answers import ActionOutOfScope
    events = _offered("rural_dilapidated_housing_renovation", "disabled_living_subsidy")
    latest = message("到啥地方去报？阿拉是杭垓个", "out_of_scope", [entity("place", "安吉县")])
    for action in (ActionOutOfScope(), ActionAnswerWhere()):
        msgs, _ = run(action, tracker(latest, events=events))
        reply = texts(msgs)
        assert "安吉县住房和城乡建设局" in reply and "安吉县民政局" in reply, reply
        assert "不在我能回答的范围" not in reply
        assert [b["title"] for m in msgs for b in m.get("buttons", [])] == [
            kb.service("rural_dilapidated_housing_renovation").name, kb.service("disabled_living_subsidy").name]


def test_where_after_a_list_without_a_place_names_the_city_bodies(kb):
    events = _offered("rural_dilapidated_housing_renovation", "disabled_living_subsidy")
    msgs, _ = run(ActionAnswerWhere(), tracker(message("找哪个部门", "ask_where"), events=events))
    reply = texts(msgs)
    assert kb.service("rural_dilapidated_housing_renovation").agency_current in reply
    assert "告诉我您在哪个区县" in reply


def test_out_of_scope_without_an_offer_or_a_where_question_stays_out_of_scope(kb):
    from actions.service_answers import ActionOutOfScope
    events = _offered("rural_dilapidated_housing_renovation", "disabled_living_subsidy")
    msgs, _ = run(ActionOutOfScope(), tracker(message("明天天气怎么样", "out_of_scope"), events=events))
    assert [m.get("response") for m in msgs] == ["utter_out_of_scope"]


def test_a_group_word_does_not_hide_the_one_service_clearly_meant():
    from actions.service_answers import clearly_one
    from bot.finder import Finding, RankedService

    def finding(*scores):
        ranked = [RankedService(f"s{i}", f"s{i}", "4.1", "a", "a", s) for i, s in enumerate(scores)]
        return Finding("", "find_service", 0.9, True, [], ranked)
    assert clearly_one(finding(0.48, 0.15))  # "…想学个电焊，政府有没有培训" (外来务工)
    assert not clearly_one(finding(0.23, 0.23))  # "我是残疾人有什么补贴": the group's list
    assert not clearly_one(finding(0.39, 0.13))  # "我是退役军人有什么优待": not strong enough


def test_a_first_message_telling_the_situation_and_wanting_to_know_starts_the_screening(kb):
    text = "我老婆是二级视力残疾，有证的，我们在安吉租房子住，想问残疾人家庭的租房补贴"
    reading = {"read": ["household_has_disabled", "residence_place"], "asks": True}
    latest = message(text, "find_service", [entity("service", "rental_housing_subsidy")])
    _, events = run(ActionAnswerService(), tracker(latest, {"reading": reading, "household_has_disabled": True}))
    assert {"event": "followup", "name": "eligibility_form"} in [
        {"event": e.get("event"), "name": e.get("name")} for e in events]
    # only a place told: where to go, not whether ("我在安吉，想问残疾人家庭的租房补贴")
    latest = message("我在安吉，想问残疾人家庭的租房补贴", "find_service", [entity("service", "rental_housing_subsidy")])
    _, events = run(ActionAnswerService(), tracker(latest, {"reading": {"read": ["residence_place"], "asks": True}}))
    assert not any(e.get("event") == "followup" for e in events)


def test_a_situation_clearly_about_one_service_starts_its_screening(kb):
    # "阿拉老头子中风瘫辣床上两年哉，吃饭揩身都要我弄，残疾证新个办好哉，一级": three conditions of
    # 重度残疾人护理补贴 told, more than any other service's
    text = "阿拉老头子中风瘫辣床上两年哉，吃饭揩身都要我弄，残疾证新个办好哉，一级"
    facts = {"needs_long_term_care": True, "has_disability_certificate": True, "disability_grade": "一级"}
    slots = {"reading": {"read": list(facts)}, **facts}
    _, events = run(ActionAnswerService(), tracker(message(text, "inform"), slots))
    assert slots_set(events).get("eligibility_service") == "severe_disability_care_subsidy"


def test_a_situation_several_services_fit_equally_gets_them_as_choices(kb):
    # one condition each of three services: offered, none chosen for the resident
    text = "我哥哥一辈子没结婚，爸妈也都走了，就一个人住在村里的老房子"
    facts = {"has_able_supporter": False, "rural_housing": True}
    slots = {"reading": {"read": list(facts)}, **facts}
    msgs, events = run(ActionAnswerService(), tracker(message(text, "inform"), slots))
    assert "eligibility_service" not in slots_set(events)
    titles = [b["title"] for m in msgs for b in m.get("buttons", [])]
    assert kb.service("extreme_poverty_support").name in titles
    assert kb.service("rural_dilapidated_housing_renovation").name in titles
    assert "可能和您有关" in texts(msgs)


def test_where_after_a_card_with_an_aside_is_about_the_card(kb):
    events = [
        {"event": "user", "text": "先问下生二胎有啥政策 算了 孕前检查是不是免费"},
        {"event": "bot", "text": "【免费孕前优生健康检查】…"},
        {"event": "bot", "text": "您的话里还提到：【两孩生育政策咨询】", "data": {"buttons": [
            {"title": "两孩生育政策咨询", "payload": '/find_service{"service": "two_child_policy"}'}]}},
        {"event": "slot", "name": "current_service", "value": "free_preconception_checkup"},
        {"event": "user", "text": "家住洪桥镇 去哪查"},
    ]
    msgs, _ = run(ActionAnswerWhere(), tracker(message("家住洪桥镇 去哪查", "ask_where", [entity("place", "长兴县")]),
                                             {"current_service": "free_preconception_checkup"}, events=events))
    reply = texts(msgs)
    assert "【免费孕前优生健康检查】去哪里办" in reply and "刚才列出的几项" not in reply


def test_a_place_said_only_to_be_denied_is_not_where_the_office_is(kb):
    text = "哦我说错了,店开在长兴,不在安吉,那该找哪里"
    places = [{"entity": "place", "value": "长兴县", "start": text.index("长兴"), "end": text.index("长兴") + 2},
              {"entity": "place", "value": "安吉县", "start": text.index("安吉"), "end": text.index("安吉") + 2}]
    msgs, _ = run(ActionAnswerWhere(), tracker(message(text, "ask_where", places), {"current_service": "public_rental_housing"}))
    reply = texts(msgs)
    assert "长兴县住房和城乡建设局" in reply and "安吉县住房和城乡建设局" not in reply


def test_an_open_question_after_saying_who_one_is_gets_what_such_a_household_may_use(kb):
    from actions.service_answers import ActionOutOfScope
    text = "阿拉老太婆八十一哉,眼睛看勿清爽,一家头住辣南浔双林,有啥补贴伐"
    slots = {"woman_age": 81, "household_size": 1, "residence_place": "南浔区"}
    msgs, _ = run(ActionOutOfScope(), tracker(message(text, "out_of_scope"), slots))
    reply = texts(msgs)
    assert "这些服务您家可能可以享受" in reply and "居家养老服务" in reply
    # the same words from someone who said nothing of themself stay out of scope
    msgs, _ = run(ActionOutOfScope(), tracker(message("有啥补贴伐", "out_of_scope")))
    assert [m.get("response") for m in msgs] == ["utter_out_of_scope"]


def test_a_where_question_with_nothing_in_view_asks_which_service(kb):
    ranking = [{"id": "veteran_retirement_transfer", "confidence": 0.03}, {"id": "epidemic_control", "confidence": 0.03}]
    msgs, _ = run(ActionAnswerService(), tracker(message("侬讲慢一点,到啥地方去问", "ask_where", ranking=ranking)))
    assert texts(msgs) == answers.WHICH_SERVICE[answers.WHERE]


def test_where_after_choices_routes_each_service_by_its_own_rule(kb):
    # 户籍 长兴, living in 吴兴: 低保 is applied for "向户籍所在地" (长兴), 临时救助 where she lives (吴兴)
    offered = ["minimum_living_allowance", "temporary_assistance"]
    events = [
        {"event": "user", "text": "老公走了，我一个人带两个孩子，没什么收入"},
        {"event": "bot", "text": "您说的情况，可能和这几项有关：", "data": {"buttons": [
            {"title": kb.service(s).name, "payload": '/find_service{"service": "%s"}' % s} for s in offered]}},
        {"event": "user", "text": "这些去哪里办"},
    ]
    msgs, _ = run(ActionAnswerWhere(), tracker(message("这些去哪里办", "ask_where"),
                                             {"hukou_place": "长兴县", "residence_place": "吴兴区"}, events=events))
    lines = texts(msgs).splitlines()
    dibao = next(line for line in lines if kb.service("minimum_living_allowance").name in line)
    relief = next(line for line in lines if kb.service("temporary_assistance").name in line)
    assert "长兴县民政局" in dibao and "户籍所在地" in dibao
    assert "吴兴区民政局" in relief and "户籍所在地" not in relief
    # both places in the where-question itself: each service still goes by its own rule
    text = "我住在吴兴，户口在长兴，这些去哪里办"
    latest = message(text, "ask_where", [entity("place", "吴兴区"), entity("place", "长兴县")])
    msgs, _ = run(ActionAnswerWhere(), tracker(latest, {"hukou_place": "长兴县", "residence_place": "吴兴区"}, events=events))
    lines = texts(msgs).splitlines()
    assert "长兴县民政局" in next(line for line in lines if kb.service("minimum_living_allowance").name in line)
    assert "吴兴区民政局" in next(line for line in lines if kb.service("temporary_assistance").name in line)


def test_a_group_named_in_passing_in_a_story_does_not_list_the_group(kb):
    # "一个人带两个孩子" describes the family; the story's need is 低保, not children's services
    text = "我是长兴人，户口在长兴，现在住在吴兴，老公走了，一个人带两个孩子，没收入，日子过不下去了"
    ranking = [{"id": "minimum_living_allowance", "confidence": 0.59}, {"id": "compulsory_school_enrolment", "confidence": 0.02}]
    latest = message(text, "inform", [entity("place", "长兴县"), entity("place", "吴兴区"), entity("group", "儿童")], ranking=ranking)
    msgs, events = run(ActionAnswerService(), tracker(latest))
    assert "面向儿童的服务" not in texts(msgs)
    assert slots_set(events).get("current_service") == "minimum_living_allowance"


def test_what_else_after_a_hardship_story_offers_the_other_services_its_facts_fit(kb):
    from actions.service_answers import ActionOutOfScope
    # "老公走了，一个人带两个孩子，没收入，日子过不下去了", answered with 低保; then "还有别的补助吗"
    slots = {"has_income_source": False, "other_hardship": True, "current_service": "minimum_living_allowance"}
    msgs, _ = run(ActionOutOfScope(), tracker(message("还有别的补助吗", "out_of_scope"), slots))
    reply = texts(msgs)
    assert "这些服务您家可能可以享受" in reply
    assert kb.service("minimum_living_allowance").name not in reply  # the one just discussed
    assert kb.service("temporary_assistance").name in reply
    # nothing told of the situation: still out of scope
    msgs, _ = run(ActionOutOfScope(), tracker(message("还有别的补助吗", "out_of_scope")))
    assert [m.get("response") for m in msgs] == ["utter_out_of_scope"]


def test_a_situation_told_over_a_service_its_words_name(kb):
    # "阿拉就养过一个伲子，十年前出车祸走脱哉": 车祸 names 道路交通安全, which asks nothing of an
    # only child lost; the two conditions told are 计划生育家庭特别扶助's
    text = "阿拉就养过一个伲子，十年前出车祸走脱哉"
    facts = {"only_one_child": True, "only_child_lost": True}
    slots = {"reading": {"read": list(facts)}, **facts}
    latest = message(text, "find_service", [entity("service", "road_traffic_safety")],
                     ranking=[{"id": "road_traffic_safety", "confidence": 0.9}])
    _, events = run(ActionAnswerService(), tracker(latest, slots))
    assert slots_set(events).get("eligibility_service") == "family_planning_special_assistance"
    # a fact of the named service itself keeps it: "出车祸受的伤，能算工伤吗" stays 工伤
    facts = {"days_since_injury": 30}
    latest = message("上个月出车祸受的伤，能算工伤吗", "find_service", [entity("service", "work_injury_insurance")],
                     ranking=[{"id": "work_injury_insurance", "confidence": 0.9}])
    _, events = run(ActionAnswerService(), tracker(latest, {"reading": {"read": list(facts)}, **facts}))
    assert slots_set(events).get("eligibility_service") in (None, "work_injury_insurance")
    # a fact implied by what was told counts: a certificate means a disabled household member
    text = "我兒子腦癱，有殘疾證，一級。我們在南潯鎮租房子住，聽說殘疾人家庭租房有補貼"
    facts = {"has_disability_certificate": True, "disability_grade": "一级", "household_has_disabled": True}
    slots = {"reading": {"read": ["has_disability_certificate", "disability_grade"], "implied": ["household_has_disabled"]}, **facts}
    latest = message(text, "find_service", ranking=[{"id": "rental_housing_subsidy", "confidence": 0.9}])
    _, events = run(ActionAnswerService(), tracker(latest, slots))
    assert slots_set(events).get("eligibility_service") in (None, "rental_housing_subsidy")


def test_asked_whether_one_qualifies_the_situation_decides_the_service(kb):
    from actions.eligibility import ActionStartEligibility
    # "我女儿十九岁那年白血病走了，就这一个孩子，后来也没再要过" read as asking to be screened,
    # with a stray top service that asks nothing of what was told
    text = "我女儿十九岁那年白血病走了，就这一个孩子，后来也没再要过"
    facts = {"only_one_child": True, "only_child_lost": True, "had_another_child": False}
    slots = {"reading": {"read": list(facts)}, **facts}
    latest = message(text, "check_eligibility", ranking=[{"id": "targeted_cultural_services", "confidence": 0.5}])
    _, events = run(ActionStartEligibility(), tracker(latest, slots))
    assert slots_set(events).get("eligibility_service") == "family_planning_special_assistance"


def test_a_migrant_familys_wish_for_a_school_place_is_screened(kb):
    # "我们四川来的 两口子在善琏毛笔厂做了六年 户口都在老家 想让孩子在这边上公办小学": a story
    # about one of the children's services, well ahead of the rest, and a wish that asks whether
    text = "我们四川来的 两口子在善琏毛笔厂做了六年 户口都在老家 想让孩子在这边上公办小学"
    slots = {"reading": {"read": ["household_size", "local_work_years", "hukou_place", "residence_place"],
                         "implied": ["migrant_worker", "works_or_lives_in_huzhou"]},
             "household_size": 2, "local_work_years": 6, "hukou_place": "外地", "residence_place": "南浔区",
             "migrant_worker": True, "works_or_lives_in_huzhou": True}
    ranking = [{"id": "migrant_children_enrolment", "confidence": 0.6}, {"id": "kindergarten_enrolment", "confidence": 0.05}]
    latest = message(text, "find_service", [entity("group", "儿童"), entity("place", "南浔区")], ranking=ranking)
    msgs, events = run(ActionAnswerService(), tracker(latest, slots))
    assert "面向儿童的服务" not in texts(msgs)
    assert slots_set(events).get("eligibility_service") == "migrant_children_enrolment"
    # where one lives is no situation: "我住南浔，想让孩子在这边上公办小学" is not screened
    slots = {"reading": {"read": ["residence_place"], "implied": ["works_or_lives_in_huzhou"]},
             "residence_place": "南浔区", "works_or_lives_in_huzhou": True}
    latest = message("我住南浔，想让孩子在这边上公办小学", "find_service", [entity("place", "南浔区")], ranking=ranking)
    _, events = run(ActionAnswerService(), tracker(latest, slots))
    assert "eligibility_service" not in slots_set(events)


def test_a_group_word_in_a_clause_that_asks_nothing_does_not_list_the_group(kb):
    from actions.service_answers import _groups_only_where_nothing_is_asked as in_passing
    text = "丝织厂倒闭了我在家待业 想考个育婴师证 政府有补贴的班吗 四点前我得去接俩娃"
    at = text.index("娃")
    assert in_passing(text, [{"entity": "group", "value": "儿童", "start": at, "end": at + 1}])
    text = "我跟老婆年初都被厂里裁掉了 孩子读初二正要花钱 听说这种能有人一对一帮着找活"
    at = text.index("孩子")
    assert in_passing(text, [{"entity": "group", "value": "儿童", "start": at, "end": at + 2}])
    # the group asked about: "我是残疾人，有什么补贴"; one clause: "孩子有什么补贴"
    text = "我是残疾人，有什么补贴"
    assert not in_passing(text, [{"entity": "group", "value": "残疾人", "start": 2, "end": 5}])
    text = "家里条件不好，孩子上学有什么补贴吗"
    at = text.index("孩子")
    assert not in_passing(text, [{"entity": "group", "value": "儿童", "start": at, "end": at + 2}])


def test_a_fact_taken_for_out_of_scope_is_acknowledged(kb):
    """"等下 户口我说错了 结婚那年迁到南浔菱湖了" read as out of scope, with nothing under discussion:
    what was understood, and which service — not "不在我能回答的范围内"."""
    from actions.service_answers import ActionOutOfScope
    text = "等下 户口我说错了 结婚那年迁到南浔菱湖了 离婚以后也没迁回来"
    reading = {"read": ["hukou_place"], "changed": [], "repeated": [], "implied": [], "non_answer": None,
               "asks": False, "correction": True, "recheck": []}
    msgs, _ = run(ActionOutOfScope(), tracker(message(text, "out_of_scope"),
                                              {"reading": reading, "hukou_place": "南浔区"}))
    reply = texts(msgs)
    assert "utter_out_of_scope" not in [m.get("response") for m in msgs]
    assert "南浔区" in reply


def test_a_question_out_of_scope_stays_out_of_scope(kb):
    from actions.service_answers import ActionOutOfScope
    msgs, _ = run(ActionOutOfScope(), tracker(message("明天股票会涨吗", "out_of_scope"),
                                              {"reading": {"read": [], "asks": True}}))
    assert [m.get("response") for m in msgs] == ["utter_out_of_scope"]


def test_a_place_said_again_with_a_where_question_gets_the_office(kb):
    """"住新市镇 材料交到哪" after the verdict, the place known already: where to go, not "前面已经说过"."""
    from actions.service_answers import ActionClarify
    slots = {"current_service": "public_rental_housing", "residence_place": "德清县",
             "verdicts": [{"service": "public_rental_housing", "status": "possibly_eligible", "conditions": []}]}
    msgs, _ = run(ActionClarify(), tracker(message("住新市镇 材料交到哪", "nlu_fallback"), slots))
    reply = texts(msgs)
    assert "前面已经说过" not in reply and "德清县住房和城乡建设局" in reply


def test_whether_there_is_still_a_chance_gets_the_office_by_the_rule(kb):
    """"那我这种外地户口的 还有没有希望" after the verdict on 低保: the office decides; where to ask, with the
    note that the 户籍 is outside Huzhou — never "out of scope"."""
    from actions.service_answers import ActionOutOfScope
    slots = {"current_service": "minimum_living_allowance", "hukou_place": "外地", "residence_place": "德清县",
             "verdicts": [{"service": "minimum_living_allowance", "status": "possibly_eligible", "conditions": []}]}
    msgs, _ = run(ActionOutOfScope(), tracker(message("那我这种外地户口的 还有没有希望", "out_of_scope"), slots))
    reply = texts(msgs)
    assert "utter_out_of_scope" not in [m.get("response") for m in msgs]
    assert "户籍所在地" in reply and "德清县民政局" in reply and "审核" in reply


def test_a_request_out_of_scope_with_a_place_in_it_stays_out_of_scope(kb):
    """"帮我订一张去杭州的火车票": whatever the reader made of 杭州, nothing is corrected — out of scope."""
    from actions.service_answers import ActionOutOfScope
    reading = {"read": ["hukou_place"], "changed": [], "repeated": [], "implied": [], "non_answer": None,
               "asks": False, "correction": False, "recheck": []}
    msgs, _ = run(ActionOutOfScope(), tracker(message("帮我订一张去杭州的火车票", "out_of_scope"),
                                              {"reading": reading, "hukou_place": "外地"}))
    assert [m.get("response") for m in msgs] == ["utter_out_of_scope"]


def test_a_place_told_after_the_card_gets_that_places_office(kb):
    """"不对不对 想开店的是我…我住安吉天子湖" after the card of 创业培训 (shown for 吴兴): the office of the
    place now told, not only "记下了"."""
    from actions.service_answers import ActionOutOfScope

    t = tracker(message("不对不对 想开店的是我 我住安吉天子湖", "nlu_fallback", [entity("place", "安吉县")]),
                {"current_service": "entrepreneurship_training", "residence_place": "安吉县",
                 "reading": {"read": ["residence_place"]}})
    reply = texts(run(ActionOutOfScope(), t)[0])
    assert "记下了" in reply and "安吉县人力资源和社会保障局" in reply and "吴兴" not in reply
    other = tracker(message("我家两口人", "nlu_fallback"),
                    {"current_service": "entrepreneurship_training", "household_size": 2,
                     "reading": {"read": ["household_size"]}})
    assert "您还可以问" in texts(run(ActionOutOfScope(), other)[0])


def test_a_whether_question_on_a_matter_the_catalogue_lacks_gets_its_body(kb):
    """"他去世以后那笔公积金…我们子女能不能取出来": the 公积金 gap's body, not the children's services."""
    from actions.eligibility import ActionStartEligibility

    t = tracker(message("我老伴去世以后 他的住房公积金我们子女能不能取出来", "check_eligibility",
                        [entity("group", "儿童")]))
    reply = texts(run(ActionStartEligibility(), t)[0])
    assert "住房公积金" in reply and "12345" in reply and "面向儿童" not in reply


def test_a_situation_that_leads_to_a_service_beats_a_broad_gap_topic(kb):
    """"村委会那间放书的屋子…归哪个部门管": the farmers' bookstore its cue leads to, not the village
    committee's gap."""
    from actions.routing import ActionAnswerWhere

    t = tracker(message("村委会二楼那间放书的屋子一直锁着 归哪个部门管", "ask_where",
                        ranking=[{"id": "farmers_bookstore", "confidence": 0.4}]))
    reply = texts(run(ActionAnswerWhere(), t)[0])
    assert "农家书屋" in reply and "村（居）委会等民政事务" not in reply


def test_a_fact_said_again_after_the_verdict_is_no_question_out_of_scope(kb):
    """"来电人说她自己也顾不上" after the verdict of 特困供养, taken for out of scope: the fact the verdict
    already rested on, said so — not "不在我能回答的范围内"."""
    from actions.service_answers import ActionOutOfScope

    t = tracker(message("来电人说她自己也顾不上", "out_of_scope"),
                {"current_service": "extreme_poverty_support", "applicant": "parent", "has_able_supporter": False,
                 "verdicts": [{"service": "extreme_poverty_support", "status": "likely_eligible", "conditions": []}],
                 "reading": {"read": []}})
    reply = texts(run(ActionOutOfScope(), t)[0])
    assert "前面已经说过" in reply and "不在我能回答的范围内" not in reply


def _offered(*sids):
    buttons_ = [{"title": s, "payload": '/find_service{"service": "%s"}' % s} for s in sids]
    return [{"event": "user", "text": "…"}, {"event": "bot", "text": "您说的情况里有几件难处", "data": {"buttons": buttons_}},
            {"event": "user", "text": "上个月十二号"}]


def test_a_bare_date_after_choices_chooses_the_service_that_asks_when(kb, monkeypatch):
    """"上个月十二号" after 工伤认定 and a school's aid were offered: the injury's screening, the days recorded."""
    import datetime

    from actions.service_answers import ActionAnswerService
    from bot import clock

    monkeypatch.setenv(clock.SWITCH, "1")  # the message's reference date sets "today", as on an evaluation server
    said = {**message("上个月十二号", "inform"), "metadata": clock.metadata_for(datetime.date(2026, 12, 5))}
    t = tracker(said, {"reading": {"read": []}}, events=_offered("work_injury_insurance", "high_school_student_aid"))
    slots = slots_set(run(ActionAnswerService(), t)[1])
    assert slots["eligibility_service"] == "work_injury_insurance" and slots["days_since_injury"] == 23
    both = tracker(said, {"reading": {"read": []}}, events=_offered("work_injury_insurance", "labour_dispute_arbitration"))
    assert slots_set(run(ActionAnswerService(), both)[1]).get("eligibility_service") is None  # either could take it


def test_the_situation_of_the_service_shown_told_after_its_card_is_screened_even_out_of_scope(kb):
    """"…我们俩上个月就把药停了 准备要了" after the card of the preconception check, taken for out of scope:
    its screening, not only "记下了"."""
    from actions.service_answers import ActionOutOfScope

    t = tracker(message("我们俩上个月就把药停了 准备要了", "out_of_scope"),
                {"current_service": "free_preconception_checkup", "planning_pregnancy": True,
                 "reading": {"read": ["planning_pregnancy"]}})
    events = run(ActionOutOfScope(), t)[1]
    assert slots_set(events).get("eligibility_service") == "free_preconception_checkup"
