"""A fallback torn between two service intents, about a service the topic is sure of, is that service's question
(bot/finder.decide_scope; session 18, after the service classifier learned long first messages)."""
from bot.finder import decide_scope


def _parse(text, ranking, services):
    return {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.45},
            "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.45}] + [{"name": n, "confidence": c} for n, c in ranking],
            "entities": [], "service_ranking": [{"id": s, "confidence": c} for s, c in services]}


STRANDED = "喂，你好，那个……我在火车站这边，就是说钱包手机都丢了，嗯，身上一分钱没有，回不了家了怎么办？"


def test_torn_between_asking_how_and_what_there_is_the_best_guess_asks():
    parse = _parse(STRANDED, [("ask_how_to_apply", 0.42), ("find_service", 0.34), ("out_of_scope", 0.23)],
                   [("vagrant_assistance", 0.79), ("__none__", 0.03)])
    assert decide_scope(parse) == (True, "ask_how_to_apply")


def test_torn_between_a_service_intent_and_small_talk_or_out_of_scope_is_as_before():
    # out of scope second: a fallback whose guess is a service intent stays a fallback (the dialogue asks back)
    parse = _parse(STRANDED, [("ask_how_to_apply", 0.42), ("out_of_scope", 0.34)], [("vagrant_assistance", 0.79), ("__none__", 0.03)])
    assert decide_scope(parse) == (True, "nlu_fallback")
    # small talk the best guess: answered as small talk is, not a question about the catalogue
    parse = _parse("好的谢谢你们啊 那个低保", [("thanks", 0.42), ("find_service", 0.34)], [("minimum_living_allowance", 0.6)])
    assert decide_scope(parse) == (False, "nlu_fallback")


def test_no_service_the_topic_is_sure_of_no_question_about_one():
    parse = _parse("那个嗯 怎么办呢 你说呢", [("ask_how_to_apply", 0.42), ("find_service", 0.34)], [("__none__", 0.6), ("vagrant_assistance", 0.05)])
    assert decide_scope(parse) == (False, "out_of_scope")
