"""The lead's fixes of session 21, at the causes of set 26's failed conversations (our own sentences)."""
from actions.common import office_place
from bot.eligibility_cues import asks_whether
from knowledge_base import shared
from tests.actions.conftest import message, tracker


def _place(text: str, word: str, value: str):
    start = text.index(word)
    return {"entity": "place", "value": value, "start": start, "end": start + len(word)}


def test_help_heard_of_then_whether_it_is_true_asks_whether_one_can_have_it():
    assert asks_whether("老伴走了三年 一个人住 邻居讲我这种没人管的老人政府会得养起来 真个哦")
    assert asks_whether("听说政府会给残疾人补一点 是真的吗")
    assert asks_whether("村里人说上头肯帮我们这种人家兜底 有这回事吗")
    # not help from a public body, or no check of it: not a whether-question
    assert not asks_whether("他说政府会来修路 真的吗")
    assert not asks_whether("我老公说明天下雨 真的吗")
    assert not asks_whether("隔壁讲阿拉迭种老头子会得长寿 真个哦")


def test_a_place_lived_in_before_then_said_to_be_only_the_workplace_is_not_where_one_lives():
    service = shared().service("public_order_patrol")
    text = "哦我说错了 南浔是我上班的地方 小区在德清乾元镇 这事该找哪个部门来管"
    latest = message(text, "ask_where", [_place(text, "南浔", "南浔区"), _place(text, "德清", "德清县")])
    assert office_place(tracker(latest, {"residence_place": "南浔区"}), service)[0] == "德清县"
    # the place lived in, named again as where one lives: still it
    text = "我住在南浔 户口在德清 这事该找哪个部门"
    latest = message(text, "ask_where", [_place(text, "南浔", "南浔区"), _place(text, "德清", "德清县")])
    assert office_place(tracker(latest, {"residence_place": "南浔区"}), service)[0] == "南浔区"


def test_a_group_word_in_a_story_that_ends_told_to_ask_is_part_of_the_story():
    from actions.service_answers import _groups_only_where_nothing_is_asked

    text = "我前几年生意亏了 老婆带着孩子回了娘家 我就病倒了 去年办了残疾证 我妈说有证的每个月会有点钱 叫我问问"
    start = text.index("孩子")
    entities = [{"entity": "group", "value": "儿童", "start": start, "end": start + 2}]
    assert _groups_only_where_nothing_is_asked(text, entities)
    # the clause with the group word asks itself: the group is whom the question is for
    text = "我前几年生意亏了 孩子上学有没有补贴 叫我问问"
    start = text.index("孩子")
    entities = [{"entity": "group", "value": "儿童", "start": start, "end": start + 2}]
    assert not _groups_only_where_nothing_is_asked(text, entities)


def test_whom_to_tell_it_to_asks_where():
    from actions.common import ASKS_WHERE

    for text in ("我们住孝丰镇 跟谁说去", "这事该向谁反映", "阿拉要同啥人讲"):
        assert ASKS_WHERE.search(text), text
    for text in ("我跟谁都说过了", "他跟我说要等通知"):
        assert not ASKS_WHERE.search(text), text


def _service_entity(text: str, word: str, value: str):
    start = text.index(word)
    return {"entity": "service", "value": value, "start": start, "end": start + len(word)}


def test_a_service_named_only_to_deny_being_in_it_is_a_fact_of_the_one_under_discussion():
    from actions.situation import situation_for
    from bot.finder import Finding

    for text in ("我家不是低保", "我们没评上低保", "阿拉屋里勿是低保"):
        entities = [_service_entity(text, "低保", "minimum_living_allowance")]
        found = Finding(text, "inform", 0.8, True, [], entities)
        slots = {"current_service": "medical_assistance", "dibao_household": False,
                 "reading": {"read": ["dibao_household"]}}
        t = tracker(message(text, "inform", entities), slots)
        assert situation_for(t, found) is not None and situation_for(t, found).id == "medical_assistance", text
    # the other service named as itself: a question about it, not this one's screening
    text = "低保呢 我家能不能吃低保"
    entities = [_service_entity(text, "低保", "minimum_living_allowance")]
    found = Finding(text, "find_service", 0.8, True, [], entities)
    t = tracker(message(text, "find_service", entities), {"current_service": "medical_assistance",
                                                          "reading": {"read": ["dibao_household"]}})
    assert situation_for(t, found) is None
