"""A public matter no body of the catalogue does (不动产登记, 城管, 税务, 邮政快递, 通信:
bot/gap_topics_outside.py) is no "不在我能回答的范围内": the catalogue has no entry, no body is
named (none is in the sources), and 12345 takes it. The questions are written here."""
import pytest

from actions.service_answers import ActionAnswerService, ActionOutOfScope
from bot.text import normalize
from bot.triage import domain_gap
from tests.actions.conftest import message, run, texts, tracker


@pytest.mark.parametrize("text", [
    "房产证上名字写错了去哪改", "不动产登记中心周六上班吗", "门口有人占道经营，城管管不管",
    "个体户的个税怎么申报", "寄到外地的快递丢了，投诉找谁", "家里宽带坏了三天没人来修", "村里手机没信号",
    "快递被别人冒领了", "手机卡被停机了怎么办",
])
def test_a_public_matter_outside_the_catalogue_gets_12345_and_no_invented_body(kb, text):
    gap = domain_gap(normalize(text))
    assert gap is not None and not gap.body and not gap.section
    for action, intent in ((ActionOutOfScope(), "out_of_scope"), (ActionAnswerService(), "find_service")):
        msgs, _ = run(action, tracker(message(text, intent)))
        reply = texts(msgs)
        assert "12345" in reply and "没有这一项" in reply and "不在我能回答的范围内" not in reply
        assert "局" not in reply and "中心" not in reply  # no body the sources do not name
        assert any(b["payload"] == "/human_handoff" for m in msgs for b in m.get("buttons", []))


@pytest.mark.parametrize("text", [
    "刚翻出房产证，是九十平方",  # a fact told in a form, no matter asked
    "电视信号差，户户通能装吗",  # the broadcaster's
    "楼顶装了信号基站，辐射超标吗",  # the catalogue's radiation safety
    "二手车过户去哪办",  # the police's
    "今天天气怎么样",
])
def test_words_of_those_matters_told_or_meant_otherwise_are_not_them(text):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.body, gap
