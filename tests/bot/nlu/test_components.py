"""The NLU components' parts that need no trained model: private jieba, fingerprints,
the scope's ranking, entity positions in the typed text."""
import jieba
import pytest

from bot.nlu.entity_ruler import CatalogueEntityRuler
from bot.nlu.normalizer import TextNormalizer
from bot.nlu.positions import alignment, typed_entities
from bot.nlu.scope import decided_first
from bot.nlu.service_classifier import ServiceClassifier
from bot.nlu.tokenizer import CatalogueTokenizer, Segmenter
from bot.text import normalize

MADE_UP = "湖州虚构补贴甲乙"  # no dictionary knows it


def test_a_private_tokenizer_leaves_jiebas_own_dictionary_alone(tmp_path):
    (tmp_path / "userdict.txt").write_text(f"{MADE_UP} 4000 nz\n", encoding="utf-8")
    tokenizer = CatalogueTokenizer.create({"dictionary_path": str(tmp_path)}, None, None, None)
    assert tokenizer._segmenter.cut(f"请问{MADE_UP}怎么申请")[1] == MADE_UP
    assert MADE_UP not in jieba.lcut(f"请问{MADE_UP}怎么申请")
    assert MADE_UP not in jieba.dt.FREQ


def test_a_segmenter_cuts_like_jieba_with_the_same_words():
    segmenter = Segmenter(words=[MADE_UP])
    text = f"我想问{MADE_UP}，要什么材料"
    assert MADE_UP in segmenter.cut(text)
    assert [w for w, _, _ in segmenter.tokenize(text)] == segmenter.cut(text)
    assert all(text[start:end] == word for word, start, end in segmenter.tokenize(text))


def test_the_tokenizers_fingerprint_follows_the_dictionarys_contents(tmp_path):
    config = {"dictionary_path": str(tmp_path)}
    (tmp_path / "userdict.txt").write_text("低保 2000 nz\n", encoding="utf-8")
    first = CatalogueTokenizer.fingerprint_addon(config)
    assert CatalogueTokenizer.fingerprint_addon(config) == first  # stable: the cache can hit
    (tmp_path / "userdict.txt").write_text("低保 2000 nz\n公租房 2000 nz\n", encoding="utf-8")
    second = CatalogueTokenizer.fingerprint_addon(config)
    assert second != first  # a catalogue word more: what depends on the tokens is retrained
    (tmp_path / "userdict.txt").write_text("低保 2000 nz\n", encoding="utf-8")
    assert CatalogueTokenizer.fingerprint_addon(config) == first  # contents, not the file's time


@pytest.mark.parametrize("component", [TextNormalizer, CatalogueEntityRuler, ServiceClassifier])
def test_components_add_the_code_outside_their_class_to_the_fingerprint(component):
    addon = component.fingerprint_addon({})
    assert addon and addon == component.fingerprint_addon({})


def test_the_decided_intent_tops_the_ranking():
    ranking = [{"name": "nlu_fallback", "confidence": 0.45}, {"name": "out_of_scope", "confidence": 0.51},
               {"name": "ask_where", "confidence": 0.49}]
    intent, ranked = decided_first("out_of_scope", {"name": "nlu_fallback", "confidence": 0.45}, ranking)
    assert intent == {"name": "out_of_scope", "confidence": 0.51}
    assert [r["name"] for r in ranked] == ["out_of_scope", "nlu_fallback", "ask_where"]
    assert ranked[0] == intent
    # an intent absent from the ranking takes the replaced intent's confidence
    intent, ranked = decided_first("find_service", {"name": "out_of_scope", "confidence": 0.6},
                                   [{"name": "out_of_scope", "confidence": 0.6}])
    assert ranked == [{"name": "find_service", "confidence": 0.6}, {"name": "out_of_scope", "confidence": 0.6}]


@pytest.mark.parametrize("typed, word", [
    ("長興縣的低保", "長興縣"),
    ("喂，那个，我想问长兴县的低保", "长兴县"),
    ("ＡＢＣ长兴县", "长兴县"),
    ("kindergarten 在长兴县哪里报名", "长兴县"),
    ("👍👍 长兴县   低保", "长兴县"),
    ("\t长兴县\x00低保", "长兴县"),
])
def test_a_span_of_the_normalised_text_maps_to_the_typed_words(typed, word):
    normalized = normalize(typed)
    start = normalized.index("长兴县")
    [entity] = typed_entities([{"entity": "place", "value": "长兴县", "start": start, "end": start + 3}],
                              typed, normalized)
    assert typed[entity["start"]:entity["end"]] == word
    assert entity["value"] == "长兴县"


def test_a_replaced_word_maps_to_the_whole_typed_word():
    typed = "my kindergarten怎么报名"
    normalized = normalize(typed)
    start = normalized.index("幼儿园")
    [entity] = typed_entities([{"entity": "service", "start": start, "end": start + 3}], typed, normalized)
    assert typed[entity["start"]:entity["end"]] == "kindergarten"


def test_every_normalised_character_has_a_typed_place():
    for typed in ("喂，你好，那个……低保怎么申请？", "ｋｉｎｄｅｒｇａｒｔｅｎ怎么报名", "长兴县", "😀😀😀"):
        normalized = normalize(typed)
        spans = alignment(typed, normalized)
        assert len(spans) == len(normalized)
        assert all(0 <= a <= b <= len(typed) for a, b in spans)
        assert [a for a, _ in spans] == sorted(a for a, _ in spans)  # in order


def test_an_entity_keeps_its_place_in_the_normalised_text_for_the_finder():
    """The actions read the normalised text: their positions must count there."""
    from bot.nlu.positions import typed_entities
    from bot.text import text_span

    typed, normalized = "喂，那个，長興縣低保", "长兴县低保"
    entity = {"entity": "place", "value": "长兴县", "start": 0, "end": 3}
    (moved,) = typed_entities([entity], typed, normalized)
    assert (moved["start"], moved["end"]) == (5, 8)
    assert text_span(moved) == (0, 3) and normalized[slice(*text_span(moved))] == "长兴县"
    assert text_span(entity) == (0, 3)  # an entity normalising did not move
