"""Reader mechanisms for issue #9's set 10 (answers_test4, conversations_test5), each on
sentences of its own: the one child of several asked about, years of birth,
months and days, typos, words of facts."""

import pytest

from bot import clock
from bot.reading import read
from tests.bot.reading_support import values


@pytest.mark.parametrize("text, age", [
    ("大的十一岁在读初中，给小的问，小的三岁", 3),
    ("老大九岁不用管 问的是老二 四岁", 4),
])
def test_the_child_singled_out_among_several(catalogue, text, age):
    assert values(catalogue, text)["child_age"] == age


@pytest.mark.parametrize("text", ["大的十岁，小的三岁", "大女儿十岁，小女儿三岁，小女儿能上幼儿园吗"])
def test_several_children_none_singled_out_keep_every_age(catalogue, text):
    assert sorted(values(catalogue, text)["child_age"]) == [3, 10]


@pytest.mark.parametrize("text, delta", [
    ("一九七零年出生的，生日已经过了", 0),
    ("一九七零年生的，今年生日还没过", 1),
])
def test_year_of_birth_in_chinese_digits_is_an_age(catalogue, text, delta):
    assert values(catalogue, text, "age")["age"] == clock.today().year - 1970 - delta


def test_months_and_days_are_days(catalogue):
    assert values(catalogue, "摔伤到今天两个月零三天", "days_since_injury")["days_since_injury"] == 63


@pytest.mark.parametrize("asked, text, expected", [
    ("dibao_household", "我们是低包户", True),                       # typo 包 for 保
    ("involuntary_job_loss", "厂里把我辞推了", True),                 # typo 推 for 退
    ("involuntary_job_loss", "不是我想走的，厂里整个部门撤了", True),
    ("has_labour_capacity", "他腰伤了，已经无法工作", False),
    ("has_labour_capacity", "田也种不动了", False),
    ("training_group", "高中读完就没再上学了", "未升学初高中毕业生"),
    ("employment_status", "一直没找到活", "失业"),
    ("sudden_hardship", "一家人平平安安的，没出过啥事故", False),
    ("only_child_lost", "女儿健健康康的", False),
    ("child_situation", "孩子没爸没妈的，跟着我过", "孤儿"),
    ("income_below_dibao_line", "算下来比低保标准还低不少", True),
])
def test_words_of_facts(catalogue, asked, text, expected):
    assert values(catalogue, text, asked)[asked] == expected


def test_the_resident_said_as_zi_ge_er_is_the_applicant(catalogue):
    assert values(catalogue, "我叔叔当过兵，我自个儿没当过", "veteran")["veteran"] is False


def test_about_a_year_is_a_span_around_it(catalogue):
    got = values(catalogue, "摔伤到现在差不多一年了", "days_since_injury")["days_since_injury"]
    assert isinstance(got, dict) and got["from"] < 365 < got["to"]
    assert values(catalogue, "大概四个月前摔的", "days_since_injury")["days_since_injury"] == 120  # months stay a figure


def test_one_number_or_another_is_the_span_of_both(catalogue):
    got = values(catalogue, "交了十一年还是十二年，记不太清", "pension_contribution_years")["pension_contribution_years"]
    assert got == {"from": 11, "to": 12}


def test_a_thing_said_to_be_someone_elses_is_theirs(catalogue):
    got = values(catalogue, "证是我老婆的，我没有", "has_disability_certificate")
    assert got["has_disability_certificate"] is False and got["household_has_disabled"] is True


def test_benefit_of_another_household_is_not_ours(catalogue):
    assert values(catalogue, "低保是我父母那边在领，我们自己家没有", "dibao_household")["dibao_household"] is False


def test_age_of_a_relatives_child_asked_for_is_the_childs(catalogue):
    got = values(catalogue, "外甥六岁，是我妹妹的孩子，我替她问", "child_age")
    assert got["child_age"] == 6 and "age" not in got


def test_wu_ge_after_a_denial_ends_it(catalogue):
    assert values(catalogue, "低保也勿是个", "dibao_household")["dibao_household"] is False


def test_just_turned_an_age(catalogue):
    assert values(catalogue, "我今年刚满六十五 想问问养老金")["age"] == 65


@pytest.mark.parametrize("text, hukou", [
    ("我们住在练市，户口也在这里", "南浔区"),
    ("夫妻俩都是河南籍，在吴兴打工", "外地"),
])
def test_hukou_said_of_the_place_named_or_as_a_native_place(catalogue, text, hukou):
    assert values(catalogue, text)["hukou_place"] == hukou


def test_an_age_before_a_person_is_that_persons(catalogue):
    got = values(catalogue, "我一个人带着九岁的儿子过")
    assert got.get("child_age") == 9 and "age" not in got


def test_contributions_never_paid_are_none(catalogue):
    assert values(catalogue, "我七十了，养老保险一分钱也没交过")["pension_contribution_years"] == 0


def test_not_yet_paid_in_full_is_below_it(catalogue):
    got = values(catalogue, "失业保险还没交满两年", "unemployment_contribution_years")["unemployment_contribution_years"]
    assert isinstance(got, dict) and got["to"] <= 2


def test_a_persons_own_self_is_that_person(catalogue):
    got = values(catalogue, "孙女自己一分钱收入也没有", "has_income_source", {"applicant": "child", "age": 12})
    assert got["has_income_source"] is False
    assert values(catalogue, "我妈自己没收入，我们姐弟每个月给她钱", "has_income_source")["has_income_source"] is True


def test_a_pension_heard_of_is_no_income(catalogue):
    assert "has_income_source" not in values(catalogue, "听人讲老了有养老金好领")


def test_a_time_in_a_rule_heard_of_is_not_the_time_ago(catalogue):
    got = values(catalogue, "厂里把我开除了，到现在整三年。听人说仲裁两个月就过期")
    assert got["days_since_rights_infringed"] == 3 * 365


def test_where_the_employer_moved_is_not_where_the_resident_is(catalogue):
    got = values(catalogue, "我在德清厂里做了两年 公司搬到越南去了")
    assert got["residence_place"] == "德清县"
    assert "involuntary_job_loss" not in values(catalogue, "我前年就搬走了，现在住在长兴")


def test_giving_up_ones_job_is_no_involuntary_loss(catalogue):
    got = values(catalogue, "老婆瘫在床上 我把厂里的工作辞了在家照顾她 我能领失业金吗")
    assert got["involuntary_job_loss"] is False and "needs_long_term_care" not in got


def test_a_time_corrected_after_mixing_up_two_events(catalogue):
    got = values(catalogue, "我记混了，那次是扭了脚，这次伤手到今天四十天", known={"days_since_injury": 400})
    assert got["days_since_injury"] == 40


@pytest.mark.parametrize("text", ["我们家收入比低保线低一截", "不清楚当地的低保标准"])
def test_the_dibao_line_is_not_the_benefit(catalogue, text):
    assert "dibao_household" not in values(catalogue, text, "income_below_dibao_line")


def test_a_time_said_of_the_service_screened(catalogue):
    got = read("算下来到今天两百天", catalogue, None, {}, ["days_since_injury"]).values()
    assert got["days_since_injury"] == 200


def test_an_insurance_named_after_a_status_says_nothing_of_it(catalogue):
    got = values(catalogue, "失业保险交了三年，都是公司给交的", "unemployment_contribution_years")
    assert got == {"unemployment_contribution_years": 3}


def test_hukou_and_where_one_lives_said_together(catalogue):
    got = values(catalogue, "户口和住的都在德清新市")
    assert got["hukou_place"] == got["residence_place"] == "德清县"
    got = values(catalogue, "我们都是安吉孝丰本地人，一直住在镇上")
    assert got["hukou_place"] == got["residence_place"] == "安吉县"


def test_planning_one_more_child(catalogue):
    assert values(catalogue, "我们商量好了，打算过完年再要一个")["planning_pregnancy"] is True
