"""Session 19 (set 24's conversations): a long story whose words of a topic the catalogue lacks stand only where it
tells what happened — the blasting that cracked the house, the garage that let a worker go — while what it asks is a
service with conditions the finder is sure of: the service is answered, not the topic's body. Our own sentences;
near misses keep the topic (its words asked, a short question, an unsure finder, a service with no conditions)."""
from types import SimpleNamespace

import pytest

from bot.triage import domain_gap, gap_aside


class _Kb:
    def __init__(self, catalogue):
        self.by_id = {s.id: s for s in catalogue.services}

    def service(self, sid):
        return self.by_id.get(sid)


def _found(sid, confident=True, named=()):
    return SimpleNamespace(confident=confident, services=[SimpleNamespace(id=sid)],
                           named=lambda entity: list(named) if entity == "service" else [])


STORY = ("我爸妈在长兴山里住了四十年的老土房 去年村后头采石场天天放炮 震得屋里灰往下掉 "
         "今年梅雨一过后墙裂开一条大缝 能塞进手指头 村干部来看了说不能再住了 我想问政府对这种老房子能不能帮着修一修")


def test_the_topic_told_in_the_story_gives_way_to_the_service_asked(catalogue):
    assert domain_gap(STORY) is not None  # the blasting is a topic the catalogue lacks
    assert gap_aside(STORY, _found("rural_dilapidated_housing_renovation"), _Kb(catalogue))


@pytest.mark.parametrize("text", [
    # the topic's words in what is asked
    "村后头采石场天天开山放炮 震得屋里灰往下掉 墙也震裂了 我们住在长兴山里 这个放炮的事找哪个部门管",
    # short
    "采石场放炮把我家墙震裂了 能帮着修吗",
])
def test_near_miss_the_topic_stays(catalogue, text):
    assert not gap_aside(text, _found("rural_dilapidated_housing_renovation"), _Kb(catalogue))


def test_near_miss_an_unsure_finder_or_a_service_without_conditions_keeps_the_topic(catalogue):
    assert not gap_aside(STORY, _found("rural_dilapidated_housing_renovation", confident=False), _Kb(catalogue))
    assert not gap_aside(STORY, _found("work_safety_reporting"), _Kb(catalogue))
