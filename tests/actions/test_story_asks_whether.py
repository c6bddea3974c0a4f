"""A story of one need that asks, yes or no, whether they can have help — however it is worded
("九月份能不能送去上小班", "听人讲…有补的", "看病的钱政府还能帮一点吗") — is that need's screening; a
question of where, how or when is not. Sentences written for these tests (the classes come from
blind set 14, tests/data/conversations_test9)."""
from actions.service_answers import ActionAnswerService, ActionClarify, ActionOutOfScope
from bot import answers
from tests.actions.conftest import message, run, slots_set, texts, tracker


def named(text: str, word: str, service: str):
    """The service entity the NLU gives for ``word`` in ``text``."""
    return {"entity": "service", "value": service, "start": text.index(word), "end": text.index(word) + len(word)}


def screened(text: str, intent: str = "find_service", confidence: float = 0.5, entities=None):
    results = []
    for action, name in ((ActionAnswerService(), intent), (ActionClarify(), "nlu_fallback")):
        _, events = run(action, tracker(message(text, name, entities, confidence=confidence)))
        results.append(slots_set(events).get("eligibility_service"))
    return results


def test_a_yes_no_question_after_a_story_of_one_need_screens_it():
    for text, service in (
            ("外孙三岁半了 我们两个上班没人带 能不能让他九月去上小班", "kindergarten_enrolment"),
            ("老大在中心幼儿园读大班 小的也三岁了 老二能不能一起送进去", "kindergarten_enrolment"),
            ("我哥五十多了 一辈子没成家 爸妈都走了 他一个人住着 什么活都干不了 他以后谁来管", "extreme_poverty_support"),
            ("我爸前年脑梗 半边身子动不了 天天要人喂饭 家里照顾他政府有没有什么补贴", "severe_disability_care_subsidy")):
        assert screened(text) == [service, service], text


def test_help_heard_of_at_the_end_of_a_story_is_asking_for_it():
    text = "我女儿耳朵听不见 有残疾证 在外面打零工 社保一直是她自己按灵活就业在交 听人讲残疾人交社保政府会补一点"
    assert screened(text) == ["disabled_insurance_subsidy"] * 2


def test_the_precise_need_asked_about_after_an_accident_is_screened_not_the_accident():
    text = "我老婆前年出了车祸 一条腿没了 评了残疾 单位也不要她了 现在社保只能自己交 太贵了 有没有能帮着出一点的"
    assert screened(text) == ["disabled_insurance_subsidy"] * 2


def test_the_one_need_the_question_asks_about_among_needs_only_told():
    text = ("我爸去年查出尿毒症，每个礼拜要透析两次。医保报了一部分，家里的积蓄都花光了，还借了不少。"
            "后面还要换肾，看病的钱政府还能再帮一点吗？")
    assert screened(text) == ["medical_assistance"] * 2


def test_a_service_named_in_what_is_told_does_not_stop_the_need_asked_about():
    text = ("我妹妹小时候发烧烧坏了眼睛，办了视力一级的残疾证，一直跟我过。家里去年评上了低保。"
            "听人说残疾人每个月还能领点钱，她能领吗？")
    assert screened(text, entities=[named(text, "低保", "minimum_living_allowance")]) == ["disabled_living_subsidy"] * 2


def test_questions_of_when_where_or_what_to_bring_are_not_screened():
    for text in ("外孙三岁半了 我们两个上班没人带 幼儿园几月份报名",
                 "外孙三岁半了 我们两个上班没人带 上小班要带什么材料",
                 "我爸前年脑梗 半边身子动不了 护理补贴去哪里申请"):
        assert screened(text) == [None, None], text


def test_a_where_question_with_nothing_in_view_asks_which_service_never_out_of_scope():
    msgs, _ = run(ActionOutOfScope(), tracker(message("具体找谁报名 快点我在开车", "out_of_scope", confidence=0.6)))
    reply = texts(msgs)
    assert answers.WHICH_SERVICE[answers.WHERE] in reply
    assert "不在我能回答的范围内" not in reply


def test_a_service_the_story_is_about_is_not_replaced_by_a_need_it_mentions_in_passing():
    # 失业保险 named in what is told is the story's subject (not a status like "评上了低保"): the
    # question is about it, not about the job-seeking (就业援助) the story also tells
    text = ("我在织里一家童装厂做了六年，失业保险一直交着。厂子上个月倒闭了，大家都被辞退了。"
            "我还在到处投简历，想先把失业金领上。我这种情况是不是可以领？")
    entities = [named(text, "失业保险", "unemployment_insurance_benefit"), named(text, "失业金", "unemployment_insurance_benefit")]
    assert "employment_assistance" not in screened(text, entities=entities)
    text = ("我妈七十了，参加的是城乡居民医保。上个月查出来要做手术，想去上海做。听说跨省住院能直接结算，"
            "这个要怎么备案？")
    assert "medical_assistance" not in screened(text, entities=[named(text, "城乡居民医保", "resident_medical_insurance")])


def test_the_need_in_the_clause_that_asks_is_screened_when_the_message_has_no_full_stops():
    text = "我老公前天突然脑出血住进了ICU 一天就要一万多 家里的积蓄都垫进去了 政府有没有救急的钱"
    assert screened(text, intent="check_eligibility", confidence=0.9)[0] == "temporary_assistance"


def test_a_service_mentioned_in_passing_does_not_outweigh_the_need_asked_about():
    # the elder child already at school is told in passing: the younger one's kindergarten is the need
    text = "两个孩子 老大八岁读小学了不用操心 小的白天没人看 想找个近一点的幼儿园 有啥门路"
    ranking = [{"id": "compulsory_school_enrolment", "confidence": 0.9}]
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", None, ranking, confidence=0.9)))
    assert slots_set(events).get("eligibility_service") == "kindergarten_enrolment"


def test_a_service_named_in_passing_does_not_stop_the_need_asked_about():
    text = "家里三个娃 老大九岁上小学了不用管 小的两个白天没人看 想找个近点的幼儿园 有啥门路"
    entities = [named(text, "上小学", "compulsory_school_enrolment")]
    ranking = [{"id": "compulsory_school_enrolment", "confidence": 0.9}]
    _, events = run(ActionAnswerService(), tracker(message(text, "find_service", entities, ranking, confidence=0.9)))
    assert slots_set(events).get("eligibility_service") == "kindergarten_enrolment"
