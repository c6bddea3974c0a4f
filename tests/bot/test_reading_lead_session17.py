"""Reading classes the lead found in set 22's conversations (session 17): a grade the disability federation gave
(残联评的肢体二级) is a certificate held; 低保 begun (开始吃低保) after it was applied for is had, not only applied
for; both parents lost in an accident make a child an orphan; school finished and left (念完初中就出来做生意了)
is no student. Our own sentences, with near misses."""
import pytest

from bot.reading import read
from tests.bot.reading_support import values


@pytest.mark.parametrize("text", ["残联评的肢体二级", "我妈去年残联评了三级", "残联给评了视力一级 走路要人扶"])
def test_a_grade_the_federation_gave_is_a_certificate_held(catalogue, text):
    assert read(text, catalogue).facts["has_disability_certificate"].value is True


@pytest.mark.parametrize("text", ["残联还在评 说下个月出结果", "证还在评", "还没去残联评过"])
def test_an_assessment_under_way_is_no_certificate(catalogue, text):
    found = read(text, catalogue).facts.get("has_disability_certificate")
    assert found is None or found.value is not True


@pytest.mark.parametrize("text", ["去年秋天开始吃低保 村里帮着报上去批下来的", "今年三月开始领低保 村里报上去的"])
def test_dibao_begun_after_the_application_is_had(catalogue, text):
    assert values(catalogue, text, "dibao_household")["dibao_household"] is True


@pytest.mark.parametrize("text", ["低保报上去了 还在等", "低保好像报上去了 批没批下来我不知道"])
def test_dibao_applied_for_only_is_still_unknown(catalogue, text):
    assert values(catalogue, text, "dibao_household")["dibao_household"] == "不知道"


def test_parents_lost_in_an_accident_make_an_orphan(catalogue):
    text = "他爸妈前年在高速上出车祸都没了 我是他亲舅舅 现在归我养"
    assert values(catalogue, text, "child_situation")["child_situation"] == "孤儿"
    assert read("他爸妈前年出车祸受了伤 还好人没了事", catalogue, asked="child_situation").facts.get("child_situation") is None


@pytest.mark.parametrize("text", ["我念完初中就出来做生意了", "读完小学就出来学手艺了", "职高没念完就出来学理发了",
                                  "书早就不念了 前年技校没读完就出来了"])
def test_school_left_is_no_student(catalogue, text):
    assert values(catalogue, text, "is_student")["is_student"] is False


def test_another_child_still_at_school_is_not_read_as_no_student(catalogue):
    found = read("女儿念完高中就出来打工了 儿子还在念初中", catalogue, asked="is_student").facts.get("is_student")
    assert found is None or found.value is not False


@pytest.mark.parametrize("text, fact, place", [("不对不对 户口在长兴 德清是他外婆家", "hukou_place", "长兴县"),
                                               ("说岔了 南浔是我爸妈家 我单位和家都在吴兴", "residence_place", "吴兴区"),
                                               ("我们小区在安吉 德清是我上班的地方", "residence_place", "安吉县")])
def test_a_place_said_to_be_anothers_home_or_ones_work_is_not_the_fact(catalogue, text, fact, place):
    assert read(text, catalogue).facts[fact].value == place


@pytest.mark.parametrize("text, fact, place", [("户口在德清 是我外婆家那边", "hukou_place", "德清县"), ("我住德清", "residence_place", "德清县")])
def test_a_place_of_ones_own_still_is(catalogue, text, fact, place):
    assert read(text, catalogue).facts[fact].value == place
