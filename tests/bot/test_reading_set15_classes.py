"""Classes of reading failures found on blind set 15 (tests/data/answers_test9.jsonl), each fixed
by a general rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def values(catalogue, text, asked=None, known=None):
    return read(text, catalogue, asked, known).values()


# -- another adult named after the applicant speaks for themself ---------------------------------

@pytest.mark.parametrize("text, value", [
    # the applicant named, then another adult: the clauses after that adult, naming no one, are his
    ("帮我妈问的，她瘫在床上；我爸身体还行，能自己照顾自己", True),
    ("申请人是我爸，天天躺床上要人喂饭；我妈腰不好，不过自己能行", True),
    # near-miss: no one else named, the applicant's own
    ("申请的是我妈，她腿脚还行，能自己照顾自己", False),
])
def test_a_clause_after_another_adult_is_not_the_applicants(catalogue, text, value):
    found = values(catalogue, text, "needs_long_term_care", {"has_disability_certificate": True})
    assert found.get("needs_long_term_care") is value
