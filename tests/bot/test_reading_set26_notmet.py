"""Blind set 26's one wrong not-met reading, at its cause (the rest of answers_test20 stays blind): a resident who
tells their own insurance and then their spouse's, and ends "问她", asks about the spouse — the spouse's "never paid"
is the applicant's fact, not the resident's "paying". Our own sentences."""
import pytest

from tests.bot.reading_support import values


@pytest.mark.parametrize("text", ["我在厂里交着职工社保 我老公没交过 问他", "我单位给我交着养老 我爱人一直没交 问一下她"])
def test_asking_about_the_spouse_named_last_reads_the_spouses_fact(catalogue, text):
    assert values(catalogue, text, "covered_by_employee_pension")["covered_by_employee_pension"] is False


def test_near_miss_asking_about_oneself_keeps_ones_own(catalogue):
    assert values(catalogue, "我老婆没交过 我交着 问我", "covered_by_employee_pension")["covered_by_employee_pension"] is True
