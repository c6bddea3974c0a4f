"""What the NLU pipeline answers over HTTP (/model/parse on the real Rasa server)."""
import pytest

pytestmark = pytest.mark.servers


def parse(client, text):
    return client.post("/model/parse", {"text": text})


def test_when_the_scope_decides_the_intent_the_ranking_agrees(client):
    # the classifiers hesitate between out_of_scope and ask_where (a fallback);
    # the topic, broadband, is outside the catalogue: out_of_scope, on top of the ranking too
    result = parse(client, "宽带断网了打哪个电话")
    assert result["intent"]["name"] == "out_of_scope"
    assert result["intent_ranking"][0] == result["intent"]
    assert [r["name"] for r in result["intent_ranking"]].count("out_of_scope") == 1


def test_a_hesitation_the_topic_settles_is_on_top_of_the_ranking(client):
    # the intents are close (a fallback: asking how, asking what there is, out of scope); the service classifier is
    # sure of 救助管理 (stranded, no money to get home): a question about a service, first in the ranking
    result = parse(client, "喂，你好，那个……我在火车站这边，就是说钱包手机都丢了，嗯，身上一分钱没有，回不了家了怎么办？")
    assert result["service_ranking"][0]["id"] == "vagrant_assistance"
    assert result["intent"]["name"] in ("find_service", "ask_how_to_apply")
    assert result["intent_ranking"][0] == result["intent"]
    names = [r["name"] for r in result["intent_ranking"]]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("typed, expected", [
    # fillers dropped before the entities: positions shift by what was dropped
    ("喂，那个，長興縣的低保怎麼申請？", {"place": "長興縣", "service": "低保怎麼申請"}),
    # full-width letters, an English word that becomes 幼儿园, a full-width comma
    ("ｋｉｎｄｅｒｇａｒｔｅｎ怎么报名，我住吴兴区", {"service": "ｋｉｎｄｅｒｇａｒｔｅｎ", "place": "吴兴区"}),
    # traditional characters, a fact in the middle
    ("嗯嗯，我七十歲了，住在長興", {"age": "七十歲", "place": "長興"}),
    # emoji and spaces collapsed
    ("🙏🙏  请问   残疾人护理补贴  在 德清 怎么办", {"service": "残疾人护理补贴", "place": "德清"}),
])
def test_entity_positions_point_into_what_the_resident_typed(client, typed, expected):
    result = parse(client, typed)
    found = {e["entity"]: typed[e["start"]:e["end"]] for e in result["entities"]}
    for entity, words in expected.items():
        assert found.get(entity) == words, (entity, result["entities"])
    # the values are still what the pipeline read (simplified, synonym-mapped)
    assert all("長" not in str(e["value"]) and "歲" not in str(e["value"]) for e in result["entities"])


def test_positions_are_unchanged_when_normalisation_changes_nothing(client):
    text = "我七十岁了，住在长兴县，低保怎么申请"
    result = parse(client, text)
    assert result["text"] == text.replace("，", ",")  # half-width punctuation is the only change
    for e in result["entities"]:
        assert 0 <= e["start"] < e["end"] <= len(text)
    assert {text[e["start"]:e["end"]] for e in result["entities"]} >= {"七十岁", "长兴县"}
