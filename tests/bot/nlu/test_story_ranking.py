"""A long message is ranked by what it asks as well as by all it tells (bot/nlu/service_classifier.py
rank_story): a model fitted here on a few examples, no Rasa."""
import pytest

import numpy as np

from bot.nlu.service_classifier import GENERAL, NONE, STORY_CHARS, TextServiceModel, asking_part, sharpened

TEXTS = {
    "kindergarten_enrolment": ["孩子三岁了想上公办幼儿园", "附近有没有公办幼儿园", "小班报名找谁", "学前班收不收小孩"],
    "labour_inspection": ["厂里天天加班到夜里不给加班费", "老板让我们加班不给钱", "工厂加班太多去哪里举报", "厂里拖欠工资"],
    NONE: ["今天天气怎么样", "帮我订火车票", "股票怎么买", "线头剪完了", "外婆回老家了", "说快点"],
    GENERAL: ["需要什么材料", "去哪里办", "怎么申请"],
}


@pytest.fixture(scope="module")
def model():
    texts = [t for examples in TEXTS.values() for t in examples]
    labels = [label for label, examples in TEXTS.items() for _ in examples]
    return TextServiceModel().fit(texts, [list(t) for t in texts], labels)


def _words(text):
    return [(ch, i, i + 1) for i, ch in enumerate(text)]


def test_the_asking_part_is_the_clauses_that_ask_with_a_short_ones_lead():
    text = "我在食品厂搬货 腰都伤了 想学做蛋糕 听说政府有不收钱的手艺班 我这样的能报吗"
    asked = [text[a:b] for a, b in asking_part(text)]
    assert asked == ["听说政府有不收钱的手艺班", "我这样的能报吗"]
    assert asking_part("外婆回老家了 线头还没剪完") == []


def test_a_story_is_ranked_by_what_it_asks_too(model):
    story = "女儿两岁半 我跟她爸都在厂里踩缝纫机 天天加班到夜里 外婆回老家了 附近有没有公办的学前班肯收这么小的 线头还没剪完"
    assert len(story) > STORY_CHARS
    whole = dict(model.rank([story], [list(story)])[0])
    ranked = dict(model.rank_story(story, _words(story)))
    assert ranked["kindergarten_enrolment"] > whole["kindergarten_enrolment"]
    assert ranked[NONE] <= whole[NONE]
    assert max((p, c) for c, p in ranked.items() if c not in (NONE, GENERAL))[1] == "kindergarten_enrolment"


def test_a_short_message_is_ranked_as_before(model):
    short = "附近有没有公办幼儿园"
    assert model.rank_story(short, _words(short)) == model.rank([short], [list(short)])[0]


def test_a_story_that_asks_nothing_is_ranked_by_its_whole_text_made_as_sure_as_its_lead(model):
    told = "女儿两岁半 我跟她爸都在厂里踩缝纫机 天天加班到夜里 外婆回老家了 线头还没剪完 我们刚下班回来"
    assert len(told) > STORY_CHARS
    plain = model.rank([told], [list(told)], limit=len(TEXTS))[0]
    story = model.rank_story(told, _words(told), limit=len(TEXTS))
    assert [c for c, _ in story] == [c for c, _ in plain]  # the same order
    assert story[0][1] > plain[0][1]  # the leader surer
    assert story[-1][1] < plain[-1][1]  # the last less sure
    assert sum(p for _, p in story) == pytest.approx(1.0, abs=1e-4)


def test_sharpening_keeps_the_order_and_makes_a_clear_lead_sure_and_a_close_call_stay_close():
    clear = sharpened(np.array([0.40, 0.05, 0.05, 0.05] + [0.45 / 20] * 20))
    assert clear[0] > 0.85 and clear.sum() == pytest.approx(1.0)
    close = sharpened(np.array([0.10, 0.08] + [0.82 / 40] * 40))
    assert close[0] < 0.5 and close[0] > close[1]
    assert list(sharpened(np.zeros(3))) == [0, 0, 0]


def test_a_story_whose_ask_names_nothing_is_ranked_by_its_whole_text(model):
    story = "女儿两岁半 我跟她爸都在厂里踩缝纫机 天天加班到夜里 外婆回老家了 线头还没剪完 政府有啥贴补伐"
    plain = model.rank([story], [list(story)], limit=len(TEXTS))[0]
    ranked = model.rank_story(story, _words(story), limit=len(TEXTS))
    assert [c for c, _ in ranked] == [c for c, _ in plain]
    assert dict(ranked) == pytest.approx(dict(zip([c for c, _ in plain], sharpened(np.array([p for _, p in plain])))), abs=1e-4)