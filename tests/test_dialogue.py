"""Whole conversations against the running servers, over HTTP."""
from pathlib import Path

import pytest

pytestmark = pytest.mark.servers
STORIES = Path(__file__).with_name("test_stories.yml")


def test_every_test_story_passes(client):
    """tests/test_stories.yml, evaluated end to end by the loaded model."""
    result = client.post("/model/test/stories?e2e=true", STORIES.read_bytes(), content_type="application/x-yaml")
    wrong = [a for a in result["actions"] if a.get("predicted") != a.get("action")]
    assert result["accuracy"] == 1.0, f"wrong predictions: {wrong}"
    assert result["is_end_to_end_evaluation"] is True


def test_disability_conversation_from_subsidies_to_hand_off(client, kb):
    """The conversation of the dialogue issue, step by step, over the REST channel."""
    sender = "resident-disability-flow"
    reply = client.text(sender, "我是残疾人有什么补贴")
    for sid in ("severe_disability_care_subsidy", "disabled_living_subsidy"):
        service = kb.service(sid)
        assert service.name in reply
    assert "湖州市民政局" in reply

    reply = client.text(sender, "护理补贴我能领吗")
    assert "重度残疾人护理补贴" in reply
    assert "残疾人证" in reply  # the first missing condition, and only that

    reply = client.text(sender, "有的")
    assert "几级" in reply
    reply = client.text(sender, "二级")
    assert "长期照护" in reply
    reply = client.text(sender, "是的")
    assert "很可能符合" in reply
    assert reply.count("✔ 符合") == 3
    assert "国发〔2015〕52号" in reply
    assert "户籍所在地的街道办事处或乡镇政府" in reply  # what to do next, from the source

    reply = client.text(sender, "在长兴县去哪里办")
    assert "长兴县民政局" in reply

    messages = client.say(sender, "转人工")
    reply = "\n".join(m.get("text", "") for m in messages)
    assert "12345" in reply and "转人工摘要" in reply
    handoff = next(m["custom"]["handoff"] for m in messages if m.get("custom"))
    assert [s["id"] for s in handoff["services"]][-1] == "severe_disability_care_subsidy"
    facts = {f["fact"]: f["answer"] for f in handoff["facts"]}
    said = {"has_disability_certificate": True, "disability_grade": "二级", "needs_long_term_care": True}
    assert said.items() <= facts.items()
    # The county named in a question is where the resident means to apply: the operator sees it too.
    assert "长兴" in str(facts.get("residence_place", ""))
    said["residence_place"] = facts["residence_place"]
    # Nothing else but what follows from them with certainty.
    assert set(facts) - set(said) <= {"household_has_disabled", "works_or_lives_in_huzhou"}
    assert handoff["verdicts"][0]["status"] == "likely_eligible"
    assert handoff["place"] == "长兴县"


def test_facts_said_in_passing_are_not_asked_again(client):
    sender = "resident-in-passing"
    reply = client.text(sender, "我是二级残疾，住在安吉，护理补贴能领吗")
    assert "残疾人证" in reply and "几级" not in reply
    client.text(sender, "有")
    reply = client.text(sender, "需要")
    assert "很可能符合" in reply


def test_topic_switch_during_screening_then_resume(client):
    sender = "resident-topic-switch"
    reply = client.text(sender, "低保我能申请吗")
    assert "户籍" in reply
    reply = client.text(sender, "公租房是什么")
    assert "公共租赁住房" in reply and "接着刚才的问题" in reply and "户籍" in reply
    reply = client.text(sender, "长兴县")
    assert "最低生活保障标准" in reply  # the next condition of 低保
    reply = client.text(sender, "算了")
    assert "先不评估了" in reply


def test_an_answer_is_never_taken_for_a_question_about_a_service(client):
    """A statement to a screening's question that the classifier took for a service
    question gets no service card (it looped once: the same card, the same question)."""
    sender = "resident-statement-in-screening"
    client.text(sender, "低保我能申请吗")
    reply = client.text(sender, "我家里情况比较特殊，补助一直没批下来")
    assert "是什么：" not in reply and "户籍" in reply
    reply = client.text(sender, "长兴县")
    assert "最低生活保障标准" in reply


def test_rating_is_kept_with_the_conversation(client):
    sender = "resident-rating"
    client.text(sender, "失业金怎么领")
    client.say(sender, '/rate_service{"rating": "满意"}')
    slots = client.tracker(sender)["slots"]
    assert slots["rating"] == "满意"
    assert slots["rated_service"] == "unemployment_insurance_benefit"


def test_out_of_scope_points_to_12345(client):
    reply = client.text("resident-oos", "帮我订一张去杭州的火车票")
    assert "12345" in reply and "不在我能回答的范围" in reply


@pytest.mark.parametrize("message", ["👍", "🙏🙏", "？？？", "asdfgh", "😀😀😀"])
def test_emoji_punctuation_and_nonsense_get_a_question_back(client, message):
    """Once an empty reply (the classifier got no feature at all and raised)."""
    reply = client.text(f"resident-noise-{abs(hash(message))}", message)
    assert "想办什么事" in reply and "12345" in reply
    assert "再见" not in reply


def test_an_insult_is_met_calmly_and_never_matched_to_a_service(client):
    sender = "resident-angry"
    messages = client.say(sender, "你们这些废物")
    reply = "\n".join(m.get("text", "") for m in messages)
    assert "危险废物" not in reply and "抱歉" in reply and "12345" in reply
    assert any(b["payload"] == "/human_handoff" for m in messages for b in m.get("buttons", []))
    reply = client.text(sender, "低保怎么申请")  # and then helps
    assert "最低生活保障" in reply


def test_digits_alone_are_read_by_a_form_and_asked_about_outside_one(client):
    """"70" once got a goodbye; in a screening it is still the answer to the question asked."""
    sender = "resident-digits"
    assert "想办什么事" in client.text(sender, "70")
    reply = client.text(sender, "城乡居民养老金我能领吗")
    assert "多大年纪" in reply
    reply = client.text(sender, "65")
    assert "缴了多少年" in reply
