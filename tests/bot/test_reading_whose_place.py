"""Whose place and whose certificate: a grown-up child's city is not the
applicant's 户籍; in a story naming several people, the one with the
disability certificate is the one the screening is for."""
import pytest

from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def facts_of(catalogue, service_id):
    return tuple(next(s for s in catalogue.services if s.id == service_id).facts())


@pytest.mark.parametrize("text, asked, known", [
    ("女儿嫁在嘉兴，顾不上我", "hukou_place", {"age": 71}),
    ("大儿子在上海工作", None, {}),   # no age said: 低保 is no child's service
])
def test_a_grown_up_childs_city_is_not_the_applicants(catalogue, text, asked, known):
    result = read(text, catalogue, asked, known, facts_of(catalogue, "minimum_living_allowance"))
    assert "hukou_place" not in result.facts and "residence_place" not in result.facts


def test_a_childs_place_is_the_familys_in_an_opening(catalogue):
    # nothing screened yet, no age said: a child working in Huzhou tells where the family is
    assert read("儿子在吴兴打工", catalogue, None, {}).values().get("residence_place") == "吴兴区"


def test_the_certified_person_is_the_applicant_among_several(catalogue):
    text = ("女儿十二岁，生下来就听不见，去年办了听力一级的残疾证。"
            "我们两口子在安吉的竹制品厂上班，屋里还有个老人要人照顾。护理补贴我们能申请吗？")
    result = read(text, catalogue, None, {}, facts_of(catalogue, "severe_disability_care_subsidy"))
    values = result.values()
    assert values.get("has_disability_certificate") is True and values.get("disability_grade") == "一级"
    assert result.applicant == "child"


@pytest.mark.parametrize("text", ["在德清务工七年了，厂里工资欠了两个月没给", "我在吴兴打工八年了，这次老板欠薪跑路了"])
def test_years_of_work_are_no_time_since_the_wrong(catalogue, text):
    result = read(text, catalogue, None, {})
    assert result.values().get("days_since_rights_infringed") not in (7 * 365, 8 * 365)  # the years of work


def test_a_dozen_people_with_no_family_word_are_no_household(catalogue):
    assert "household_size" not in read("我们这一批有十来个人", catalogue, None, {}).facts
    assert read("屋里一共十一个人", catalogue, None, {}).values().get("household_size") == 11


@pytest.mark.parametrize("text", ["啥", "你讲啥，听不清", "大声一点，我耳朵背", "再说一次"])
def test_not_heard_is_not_understood_not_a_side_question(catalogue, text):
    result = read(text, catalogue, "pension_contribution_years", {"age": 63})
    assert result.non_answer == "dont_know_what_you_mean" and not result.facts


def test_a_hearing_disability_is_no_request_to_repeat(catalogue):
    assert read("老伴耳朵听不清，办了残疾证", catalogue, "household_has_disabled", {}).non_answer is None


def test_a_clause_ending_none_at_all_denies_the_question_words(catalogue):
    # "湖州" echoes the question "在湖州本地有自己的住房吗"; "一套房都没有" ends the clause denying it
    assert read("我们在湖州一套房都没有", catalogue, "has_local_housing", {}).values() == {"has_local_housing": False}


@pytest.mark.parametrize("text", ["那套房子是我公婆的", "楼房是我哥的，我们借住"])
def test_a_thing_said_to_be_someone_elses_is_not_the_residents(catalogue, text):
    assert read(text, catalogue, "has_local_housing", {}).values().get("has_local_housing") is not True


def test_years_plus_months_and_an_age_about_so_much(catalogue):
    assert read("缴了三年另加三个月", catalogue, "unemployment_contribution_years", {}).values() == {
        "unemployment_contribution_years": 3.25}
    assert isinstance(read("七十岁上下", catalogue, "age", {}).values()["age"], dict)  # about seventy: asked, not taken
    assert read("老伴的养老金也领不到", catalogue, "has_income_source", {}).values()["has_income_source"] is False


def test_a_hukou_registered_in_a_town():
    from bot.reading import read
    from knowledge_base.loader import load_catalogue

    catalogue = load_catalogue()
    assert read("户籍登记在德清新市镇", catalogue, None, {}).values() == {"hukou_place": "德清县"}
    assert read("女儿户口登记在南浔和孚镇", catalogue, None, {"applicant": "child"}).values() == {"hukou_place": "南浔区"}


def test_a_hospital_outside_huzhou_is_no_place_of_living():
    from bot.reading import read
    from knowledge_base.loader import load_catalogue

    catalogue = load_catalogue()
    assert "residence_place" not in read("女儿查出白血病，在上海住院，押金交了五万", catalogue, None, {}).values()
    values = read("我住长兴，在杭州做了手术", catalogue, None, {}).values()
    assert values.get("residence_place") == "长兴县"
