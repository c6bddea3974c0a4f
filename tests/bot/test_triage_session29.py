"""A story whose asking clause tells, in a cue's words, the situation of the service the finder is sure of puts aside
the topic the catalogue lacks that it told on the way (bot/triage.py, the lead's session 29; our own sentences)."""
from types import SimpleNamespace

import pytest

from bot.triage import domain_gap, gap_aside
from knowledge_base import KnowledgeBase


def _found(sid):
    return SimpleNamespace(services=[SimpleNamespace(id=sid)], confident=True, entities=[], named=lambda entity: [])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase()


@pytest.mark.parametrize("text, sid", [
    ("我弟弟在部队当了十年兵 明年六月退下来 户口要迁回老家 听说年头不一样回来安排也不一样 问 这种回来安排的事找哪个部门",
     "veteran_resettlement"),
    ("原来在矿上开了二十年车 前年矿山关停 听说政府有给我们这种年纪大找不到活的人留的岗位 扫扫马路什么的", "public_welfare_jobs"),
])
def test_a_topic_told_on_the_way_is_aside_when_the_cued_service_is_asked(kb, text, sid):
    assert domain_gap(text) is not None  # the words of a topic the catalogue lacks are in the story
    assert gap_aside(text, _found(sid), kb)


def test_the_topic_stays_when_it_is_what_is_asked(kb):
    text = "我儿子在部队当了十年兵 明年退下来回来安排 他的户口要迁回夹浦 户口迁移去哪里办"
    assert domain_gap(text) is not None
    assert not gap_aside(text, _found("veteran_resettlement"), kb)
