"""The labelled question sets `make eval` scores are sound: labels that exist,
and no question the model was trained on — except a resident typing a name or
an alias the catalogue gives ("护理补贴"), which the training data holds by design."""
import json
import re

import pytest
import yaml

from bot.evaluation import DEV_SET, TEST_SET
from bot.text import normalize
from knowledge_base.loader import load_catalogue
from tests.conftest import REPO_ROOT

INTENTS = {"find_service", "check_eligibility", "ask_how_to_apply", "ask_where", "ask_amount", "ask_documents",
           "out_of_scope"}
ANNOTATION = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)|\[([^\]]*)\]\{[^}]*\}")


def training_texts():
    texts = set()
    for path in list((REPO_ROOT / "nlu_data").rglob("*.yml")) + list((REPO_ROOT / "tests").glob("test_stories.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    plain = ANNOTATION.sub(lambda m: m.group(1) or m.group(2) or "", line[2:])
                    texts.add(normalize(plain))
    return texts


def catalogue_words(catalogue):
    return {normalize(word) for s in catalogue.services for word in (s.name, *s.aliases)}


@pytest.mark.parametrize("path", [DEV_SET, TEST_SET], ids=["dev", "test"])
def test_labels_are_catalogue_services_and_never_training_examples(path):
    catalogue = load_catalogue()
    sections = {s.id: s.section for s in catalogue.services}
    trained = training_texts() - catalogue_words(catalogue)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 300
    for row in rows:
        assert row["intent"] in INTENTS, row
        if row["in_scope"]:
            assert sections.get(row["service"]) == row["section"], row
        else:
            assert row["service"] is None and row["intent"] == "out_of_scope", row
        assert normalize(row["text"]) not in trained, f"trained on: {row['text']}"


def test_the_two_sets_do_not_share_questions():
    def texts(path):
        return {normalize(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line}

    assert not (texts(DEV_SET) & texts(TEST_SET)) - catalogue_words(load_catalogue())


def test_a_gap_reply_counts_as_out_of_the_catalogue_only_in_the_dialogue_figures():
    from bot.evaluation import Prediction, Scores

    scores = Scores("assistant")
    gap_question = {"text": "办居住证去哪里", "in_scope": False, "intent": "out_of_scope"}
    scores.add(gap_question, Prediction("ask_where", True, ["migrant_children_enrolment"], ["1.1"], gap=True))
    scores.add({"text": "低保怎么申请", "in_scope": True, "intent": "ask_how_to_apply",
                "service": "minimum_living_allowance", "section": "3.2"},
               Prediction("ask_how_to_apply", True, ["minimum_living_allowance"], ["3.2"], gap=True))
    summary = scores.summary()
    assert summary["oos_recall"] == 0.0 and summary["oos_precision"] is None  # the finder said in scope
    assert summary["oos_recall_dialogue"] == 1.0 and summary["oos_precision_dialogue"] == 0.5
