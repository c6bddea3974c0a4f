"""A where-question about a matter the finder is unsure of (no service named, none confident,
nothing under discussion): the office of each service the classifier supports, as choices —
not "which service?", which leaves the resident with nowhere to go. Sentences written for
these tests."""
from actions.routing import ActionAnswerWhere
from bot import answers
from tests.actions.conftest import entity, message, run, texts, tracker

# (not "戏班子来唱戏": the story reader reads that as 送戏下乡, the one need, and answers it; nor "村里…放片子":
# the finder's cue reads that as 农村电影放映)
TEXT = "村里以前秋天常有人来演节目 今年一次也没来 这种事找谁说说 住在德清"


def test_each_supported_guess_gets_its_office_in_the_residents_county():
    ranking = [{"id": "opera_to_villages", "confidence": 0.3}, {"id": "rural_film_screening", "confidence": 0.32}]
    msgs, _ = run(ActionAnswerWhere(), tracker(message(TEXT, "ask_where", [entity("place", "德清县")], ranking, confidence=0.6)))
    reply = texts(msgs)
    assert answers.GUESSED_HEADING in reply
    assert "德清县" in reply and answers.GUESSED_TAIL in reply
    assert answers.WHICH_SERVICE[answers.WHERE] not in reply
    assert any(b["title"] for m in msgs for b in m.get("buttons") or [])


def test_with_no_supported_guess_it_asks_which_service():
    msgs, _ = run(ActionAnswerWhere(), tracker(message("这种事找谁反映", "ask_where", confidence=0.6)))
    reply = texts(msgs)
    assert answers.WHICH_SERVICE[answers.WHERE] in reply
    assert answers.GUESSED_HEADING not in reply


def test_one_supported_guess_is_answered_and_becomes_the_service_under_discussion():
    from tests.actions.conftest import slots_set

    ranking = [{"id": "opera_to_villages", "confidence": 0.3}]
    msgs, events = run(ActionAnswerWhere(), tracker(message(TEXT, "ask_where", [entity("place", "德清县")], ranking, confidence=0.6)))
    reply = texts(msgs)
    assert "去哪里办" in reply and "德清县" in reply and answers.GUESSED_HEADING not in reply
    assert slots_set(events)["current_service"] == "opera_to_villages"
