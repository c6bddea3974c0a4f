"""The lead's readings of session 29, from blind set 34's conversations (our own sentences): a certificate a job requires is
none the resident holds, nor is a trade to learn what they do now; being out of work answers the training group; the
stamps of a pension book counted are the years paid; the age paying began at is no age now."""
import pytest

from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.mark.parametrize("text", ["超市在招理货员 要有证才行", "那个活要求有证 我还没考"])
def test_a_certificate_required_is_none_held(catalogue, text):
    assert "has_disability_certificate" not in read(text, catalogue).facts


def test_a_certificate_held_stays(catalogue):
    assert read("我有证 肢体三级", catalogue).facts["has_disability_certificate"].value is True


def test_a_trade_to_learn_is_no_work_now(catalogue):
    assert "employment_status" not in read("我想去学照顾老人的本事", catalogue).facts


@pytest.mark.parametrize("text", ["厂子搬走了 我现在就是没了工作的人", "一批人都没了活"])
def test_out_of_work_answers_the_training_group(catalogue, text):
    assert read(text, catalogue, asked="training_group").facts["training_group"].value == "失业人员或转岗职工"


def test_the_stamps_of_a_pension_book_are_the_years(catalogue):
    facts = read("五十岁交到今年 本子上十一只章", catalogue, asked="pension_contribution_years", known={"age": 60}).facts
    assert facts["pension_contribution_years"].value == 11
    assert "age" not in facts


def test_where_the_hukou_was_moved_from_is_not_the_hukou(catalogue):
    facts = read("户口去年跟老公落到月河了 赣州那边迁出来了", catalogue, asked="hukou_place", known={"hukou_place": "外地"}).facts
    assert facts["hukou_place"].value == "吴兴区"


def test_a_household_told_as_such_divides_the_flat_whoever_else_is_named(catalogue):
    facts = read("我们一家三口，我、老婆和儿子，住的是我爸留下的老房子，一共三十个平方", catalogue).facts
    assert facts["per_capita_housing_area"].value == 10


def test_a_private_hospital_visited_is_no_workplace(catalogue):
    assert "public_institution_staff" not in read("她老公去了一家私人开的医院 医生让马上刷卡", catalogue).facts
