"""What is generated from the catalogue is in step with it, and the Rasa data is valid."""
import subprocess
import sys

import yaml

from bot.generate import DOMAIN_FILE, NLU_FILE, render_domain, render_nlu
from knowledge_base.loader import load_catalogue
from tests.conftest import REPO_ROOT


def test_generated_files_match_the_catalogue():
    catalogue = load_catalogue()
    assert NLU_FILE.read_text(encoding="utf-8") == render_nlu(catalogue), "run `python -m bot generate`"
    domain = DOMAIN_FILE.read_text(encoding="utf-8")
    assert domain == render_domain(catalogue, domain), "run `python -m bot generate`"


def test_every_fact_has_a_slot_and_every_service_a_synonym():
    catalogue = load_catalogue()
    domain = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))
    assert set(catalogue.facts) <= set(domain["slots"])
    nlu = yaml.safe_load(NLU_FILE.read_text(encoding="utf-8"))["nlu"]
    synonyms = {block["synonym"] for block in nlu if "synonym" in block}
    assert {s.id for s in catalogue.services} <= synonyms


def test_rasa_data_validate_without_warnings():
    result = subprocess.run(
        [sys.executable, "-m", "rasa", "data", "validate", "--fail-on-warnings", "--data", "nlu_data", "bot/data"],
        cwd=REPO_ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
