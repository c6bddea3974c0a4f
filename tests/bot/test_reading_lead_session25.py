"""The lead's reading fix of session 25, found talking to make run as a resident who corrects themselves (our own
sentences): a number taken back and said again, bare, when nothing was asked."""
import pytest

from bot.reading import SAID, read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def _relevant(catalogue, service_id):
    return [c.fact for c in next(s for s in catalogue.services if s.id == service_id).criteria]


@pytest.mark.parametrize("text, value", [
    ("社保交了五年 哦不对 前两年厂里没给交 是三年", 3),
    ("失业保险交了四年 不对 应该是两年", 2),
    ("交了五年", 5),  # nothing taken back
])
def test_a_number_taken_back_and_said_again_unasked(catalogue, text, value):
    reading = read(text, catalogue, relevant=_relevant(catalogue, "unemployment_insurance_benefit"))
    told = reading.facts["unemployment_contribution_years"]
    assert told.value == value and told.how == SAID


def test_a_bare_number_after_a_repair_of_something_else_is_not_read(catalogue):
    # the repair took back a place, not a number: the bare count after it says nothing of the contribution years
    reading = read("我住长兴 不对 三年", catalogue, relevant=_relevant(catalogue, "unemployment_insurance_benefit"))
    assert "unemployment_contribution_years" not in reading.facts


@pytest.mark.parametrize("text, home", [
    ("房子是自己买的 以前租房子住", True),  # the rent was before: the home now is their own (the later clause had won)
    ("以前有房 后来卖了 现在租房子", False),
    ("以前租房子 现在自己买了房", True),
    ("房子不是自己买的 是租的", False),
])
def test_a_home_then_and_a_home_now(catalogue, text, home):
    assert read(text, catalogue).facts["has_local_housing"].value is home
