"""`python -m bot predict`: the contract of the batch command and the hotline
assist API, and each input style residents use (one model load for all)."""
import json
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.model

CASES = [
    ("typo alias", "底保怎么申请", "minimum_living_allowance"),
    ("traditional", "請問重度殘疾人護理補貼怎麼申請", "severe_disability_care_subsidy"),
    ("fragment", "公租房", "public_rental_housing"),
    ("hotline fillers", "喂你好那个就是说我想问一下失业金怎么领", "unemployment_insurance_benefit"),
    ("place in passing", "我是长兴县的孩子要上幼儿园", "kindergarten_enrolment"),
    ("full-width and emoji", "低保😀怎么申请？", "minimum_living_allowance"),
]
OUT_OF_SCOPE = "明天湖州会下雨吗"


@pytest.fixture(scope="module")
def predictions(kb_url, model_path):
    lines = [json.dumps({"text": text}, ensure_ascii=False) for _, text, _ in CASES]
    lines += [json.dumps({"text": OUT_OF_SCOPE}, ensure_ascii=False), "this is not json", json.dumps({"txt": "x"})]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "predict"], input="\n".join(lines) + "\n", cwd=REPO_ROOT,
        capture_output=True, text=True, timeout=600,
        env={**__import__("os").environ, "HUZHOU_KB_URL": kb_url, "HUZHOU_MODEL": str(model_path)},
    )
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    return result, outputs


def test_one_output_line_per_input_line(predictions):
    result, outputs = predictions
    assert len(outputs) == len(CASES) + 3
    assert result.returncode == 3  # some lines could not be read: said per line and in the exit code


def test_contract_fields(predictions):
    _, outputs = predictions
    for out in outputs[: len(CASES) + 1]:
        assert set(out) == {"text", "intent", "confidence", "in_scope", "entities", "groups", "services"}
        assert isinstance(out["in_scope"], bool) and isinstance(out["confidence"], float)
        for service in out["services"]:
            assert {"id", "name", "section", "agency", "score"} <= set(service)
        scores = [s["score"] for s in out["services"]]
        assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_each_input_style_finds_its_service(predictions, index):
    _, outputs = predictions
    style, text, expected = CASES[index]
    out = outputs[index]
    assert out["in_scope"], style
    assert out["services"] and out["services"][0]["id"] == expected, (style, out["services"][:3])


def test_out_of_scope_question_lists_no_service(predictions):
    _, outputs = predictions
    out = outputs[len(CASES)]
    assert out["in_scope"] is False and out["services"] == []


def test_bad_lines_get_an_error_in_their_place(predictions):
    _, outputs = predictions
    assert outputs[-2] == {"error": "not JSON: Expecting value at column 1"}
    assert "text" in outputs[-1]["error"]


def test_no_personal_data_or_logs_on_stdout(predictions):
    result, _ = predictions
    assert "processor.message.parse" not in result.stdout
