"""The reader, from talking to the assistant as residents would (session 18, lead). Our own sentences."""
import pytest

from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.mark.parametrize("text, grade", [
    ("阿拉老太婆中风瘫勒床浪三年哉 残疾证办好哉 一级个 政府有啥贴补伐", "一级"),
    ("儿子的残疾人证去年换了新的 二级的 每天要人照顾", "二级"),
    ("残联那边的证拿到了 三级 现在能去申请吗", "三级"),
])
def test_a_grade_in_a_clause_of_its_own_after_the_certificate_is_its_grade(catalogue, text, grade):
    assert read(text, catalogue, None, {}).values().get("disability_grade") == grade


@pytest.mark.parametrize("text", [
    "厂里上个月评了工伤 说是伤残七级 二级工伤认定下来了",  # a work injury's grade, not a disability certificate's
    "小孙子读二年级 一级一级往上升 今年想去学游泳",  # no certificate told
])
def test_no_certificate_or_an_injury_grade_is_no_disability_grade(catalogue, text):
    assert "disability_grade" not in read(text, catalogue, None, {}).values()
