"""The routing sets `make eval` scores (bot/eval_routing.py) name bodies and sections
the catalogue knows, and stories are as long as the issue asks (100–300 characters)."""
import json

import pytest

from bot.eval_routing import (GAPS_SET, GAPS_TEST, GAPS_TEST2, GAPS_TEST3, GAPS_TEST4, GAPS_TEST5, STORIES_SET,
                              STORIES_TEST, STORIES_TEST2, STORIES_TEST3, STORIES_TEST4, STORIES_TEST5)
from knowledge_base.loader import load_catalogue


def rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", [GAPS_SET, GAPS_TEST, GAPS_TEST2, GAPS_TEST3, GAPS_TEST4, GAPS_TEST5])
def test_gap_questions_name_a_known_body_and_section(path):
    catalogue = load_catalogue()
    for row in rows(path):
        assert row["body"] in catalogue.bodies, row
        assert row["section"] in catalogue.sections, row
        if row.get("service"):  # a catalogue service in everyday words
            assert row["service"] in {s.id for s in catalogue.services}, row


@pytest.mark.parametrize("path", [STORIES_SET, STORIES_TEST, STORIES_TEST2, STORIES_TEST3, STORIES_TEST4, STORIES_TEST5])
def test_stories_are_long_and_name_known_bodies(path):
    catalogue = load_catalogue()
    for row in rows(path):
        assert 90 <= len(row["text"]) <= 300, (len(row["text"]), row["text"])
        assert set(row["bodies"]) <= set(catalogue.bodies), row
        assert set(row["domains"]) <= {1, 2, 3, 4, 5, 6, 7, 8}, row
