"""Set 24's two wrong not-met readings, read at their cause once its first scoring was recorded (session 18; the rest
of answers_test18 was not read). Our own sentences of the same two classes."""
import pytest

from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.mark.parametrize("text", ["养老的钱都没拿过 一直在家带孙子", "我退休的钞票也没领过", "养老金一分都没有拿过"])
def test_the_money_then_a_denial_is_none_had(catalogue, text):
    assert read(text, catalogue, "receiving_basic_pension", {}).values().get("receiving_basic_pension") is False


def test_plenty_had_is_no_denial(catalogue):
    # 没少 is a word of its own ("not little"): plenty had, whatever else is read of it
    assert read("养老的钱没少拿", catalogue, "receiving_basic_pension", {}).values().get("receiving_basic_pension") is not False


@pytest.mark.parametrize("text", ["单位给我老公交的 我一直在家 问的是我", "厂里是给我儿子交的 申请的是我自己"])
def test_insurance_paid_for_someone_else_is_not_the_residents_when_they_ask_for_themself(catalogue, text):
    assert read(text, catalogue, "covered_by_employee_pension", {}).values().get("covered_by_employee_pension") is not True


def test_paid_for_the_one_named_with_no_one_else_asked_about_stays_a_yes(catalogue):
    # the resident may be answering for the husband: his insurance, as before
    assert read("单位给我老公交的", catalogue, "covered_by_employee_pension", {}).values().get("covered_by_employee_pension") is True
