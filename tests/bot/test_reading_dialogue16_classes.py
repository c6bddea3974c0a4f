"""Classes of misreadings found in real multi-turn conversations (reader session 16), each fixed
by a general rule and checked with phrasings of our own and cases the rule must not catch."""
import datetime

import pytest

from bot import clock
from bot.reading import read
from knowledge_base.loader import load_catalogue

TODAY = datetime.date(2026, 12, 4)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def values(catalogue, text, asked=None, known=None):
    with clock.fixed(TODAY):
        return read(text, catalogue, asked, known).values()


# -- a gap inside the years of contributions is a detail of them, not the years ----------------

@pytest.mark.parametrize("asked, text, key, years", [
    ("pension_contribution_years", "交了十二年 中间有两年断脱个", "pension_contribution_years", 12),
    ("pension_contribution_years", "交了十二年，中间断了两年", "pension_contribution_years", 12),
    ("pension_contribution_years", "交了12年 中间2年断掉了", "pension_contribution_years", 12),
    ("unemployment_contribution_years", "交了五年，中间停过一年", "unemployment_contribution_years", 5),
    (None, "养老保险交了十五年，有两年断缴过", "pension_contribution_years", 15),
    ("pension_contribution_years", "交了十二年 中間有兩年斷掉了", "pension_contribution_years", 12),
    # near-misses that must not change
    ("pension_contribution_years", "交了两年就停了", "pension_contribution_years", 2),
    ("pension_contribution_years", "交了十八年，一年没断", "pension_contribution_years", 18),
    ("pension_contribution_years", "交了十二年", "pension_contribution_years", 12),
])
def test_a_gap_is_a_detail_of_the_years(catalogue, asked, text, key, years):
    assert values(catalogue, text, asked).get(key) == years


@pytest.mark.parametrize("text", ["中间断了两年", "中间有两年没交"])
def test_a_gap_alone_is_no_number_of_years(catalogue, text):
    assert "pension_contribution_years" not in values(catalogue, text, "pension_contribution_years") or \
        values(catalogue, text, "pension_contribution_years")["pension_contribution_years"] != 2


# -- a disability grade of the past is not the grade now --------------------------------------

@pytest.mark.parametrize("text, known, grade", [
    ("哦不对 我把证翻出来看了 写的是二级 三级是他刚办证那年的", {"disability_grade": "三级"}, "二级"),
    ("以前是三级，现在改成二级了", {}, "二级"),
    ("现在是二级，原来是三级", {}, "二级"),
    ("二级，三级那是以前的", {}, "二级"),
    ("哦不對 我把證翻出來看了 寫的是二級 三級是他剛辦證那年的", {}, "二级"),
    # near-misses that must not change
    ("有证的 上面写的好像是三级", {}, "三级"),
    ("三级是我爸的，我是一级", {}, "一级"),
    ("三级", {}, "三级"),
])
def test_a_grade_of_the_past_is_not_the_grade(catalogue, text, known, grade):
    for asked in ("disability_grade", None):
        assert values(catalogue, text, asked, known).get("disability_grade") == grade


def test_only_a_past_grade_reads_nothing(catalogue):
    assert "disability_grade" not in values(catalogue, "原来是三级", "disability_grade")


# -- the employer pays only another insurance: no employee pension ----------------------------

@pytest.mark.parametrize("asked, text, value", [
    ("covered_by_employee_pension", "单位交的只有医保 养老那块一直是空的", False),
    (None, "单位交的只有医保 养老那块一直是空的", False),
    ("covered_by_employee_pension", "公司只给我交了医保", False),
    ("covered_by_employee_pension", "厂里就交个工伤保险，别的都没有", False),
    ("covered_by_employee_pension", "养老那块没交过", False),
    ("covered_by_employee_pension", "單位交的只有醫保 養老那塊一直是空的", False),
    # near-misses that must not change
    ("covered_by_employee_pension", "单位只交了医保和养老", True),
    ("covered_by_employee_pension", "单位交的，医保养老都有", True),
    ("covered_by_employee_pension", "单位交的", True),
    ("covered_by_employee_pension", "单位只交医保，养老我自己在交灵活就业的", True),
])
def test_only_another_insurance_is_no_employee_pension(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get("covered_by_employee_pension") is value


def test_a_pension_not_yet_drawn_is_not_about_the_employee_pension(catalogue):
    assert "covered_by_employee_pension" not in values(catalogue, "在厂里上班，养老金还没领")


# -- a service heard of or described by whom it is for is no fact of the resident -------------

@pytest.mark.parametrize("asked, text, value", [
    (None, "来电人称 她已经怀上了 嗯 三个多月 那个 听小姐妹说政府有个备孕的免费检查 她还能去做吗", False),
    ("planning_pregnancy", "来电人称 她已经怀上了 嗯 三个多月 那个 听小姐妹说政府有个备孕的免费检查 她还能去做吗", False),
    (None, "老婆已经怀孕两个月了，听邻居讲有个备孕的补贴，还能领吗", False),
    (None, "聽小姐妹說政府有個備孕的免費檢查 她已經懷上了", False),
    # near-misses that must not change: the resident's own plans
    (None, "我们在备孕，听说有免费检查", True),
    (None, "我们准备要孩子了，想问问孕前检查在哪做", True),
])
def test_a_service_heard_of_is_no_plan(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get("planning_pregnancy") is value


def test_a_service_described_alone_reads_nothing(catalogue):
    assert "planning_pregnancy" not in values(catalogue, "政府是不是有个备孕的免费检查")


# -- someone else applied and the resident does not know the outcome: 不知道 -------------------

@pytest.mark.parametrize("asked, text, key", [
    ("dibao_household", "低保是我妈去弄的 批下来没有我真不清楚", "dibao_household"),
    (None, "低保是我妈去弄的 批下来没有我真不清楚", "dibao_household"),
    ("age", "低保是我妈去弄的 批下来没有我真不清楚", "dibao_household"),
    ("dibao_household", "低保报上去了，批下来没有我也不知道", "dibao_household"),
    ("dibao_household", "我老公去申请的低保，评上了没有我不晓得", "dibao_household"),
    ("extreme_poverty_supported", "特困我爸去办的，办好了没有不清楚", "extreme_poverty_supported"),
    ("dibao_household", "低保是我媽去弄的 批下來沒有我真不清楚", "dibao_household"),
])
def test_an_outcome_not_known_is_unknown(catalogue, asked, text, key):
    assert values(catalogue, text, asked).get(key) == "不知道"


@pytest.mark.parametrize("text", ["低保批下来了，别的不清楚", "低保我们在吃的", "低保批下来了"])
def test_an_outcome_known_stays(catalogue, text):
    assert values(catalogue, text, "dibao_household").get("dibao_household") is True


# -- out of school for years, or working since leaving it: not a student -----------------------

@pytest.mark.parametrize("asked, text, value", [
    ("is_student", "学校门都多少年没进了", False),
    ("is_student", "初中毕业就出来干活了", False),
    (None, "初中毕业就出来干活了", False),
    ("is_student", "高中读完就出来打工了", False),
    ("is_student", "早就不读了，在厂里上班", False),
    ("is_student", "校门都好多年没进了", False),
    ("is_student", "學校門都多少年沒進了", False),
    # near-misses that must not change
    ("is_student", "还在读高二", True),
    ("is_student", "在上学", True),
])
def test_out_of_school_is_no_student(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get("is_student") is value


def test_for_years_on_end_is_not_a_question(catalogue):
    with clock.fixed(TODAY):
        assert read("学校门都多少年没进了", catalogue, "is_student").non_answer is None
        assert read("交了多少年才能领", catalogue, "pension_contribution_years").facts == {}


# -- places: a town's 本地人, a place said more exactly, a place of the clause before, the past --

@pytest.mark.parametrize("asked, text, known, hukou, residence", [
    # "X本地人": born and living there
    (None, "我们一家都是武康本地人", {}, "德清县", "德清县"),
    ("residence_place", "我们一家都是武康本地人", {}, "德清县", "德清县"),
    ("hukou_place", "我是新市本地人", {}, "德清县", "德清县"),
    (None, "我们一家都是武康本地人，现在在杭州打工", {}, "德清县", "外地"),
    # "长兴吕山": the town said after its county is the same fact's; the next clause's bare place is
    # where the clause before said one lives; Wu 两家头 is the two of us
    ("hukou_place", "阿拉两家头户口在长兴吕山 现在住囡儿屋里 城里爱山街道", {}, "长兴县", "吴兴区"),
    (None, "阿拉两家头户口在长兴吕山 现在住囡儿屋里 城里爱山街道", {"applicant": "spouse"}, "长兴县", "吴兴区"),
    ("age", "我们俩户口在长兴吕山，现在住女儿家，城里爱山街道", {}, "长兴县", "吴兴区"),
    ("hukou_place", "阿拉兩家頭戶口在長興呂山 現在住囡兒屋裡 城裡愛山街道", {}, "长兴县", "吴兴区"),
    # 外地 said of people: where they come from, not where they live
    (None, "我们几个外地工友住在夹浦工地的板房里", {}, "外地", "长兴县"),
    ("residence_place", "我们几个外地工友住在夹浦工地的板房里", {}, "外地", "长兴县"),
    (None, "我是外地老乡，住在织里", {}, "外地", "吴兴区"),
    (None, "我們幾個外地工友住在夾浦工地的板房裡", {}, "外地", "长兴县"),
])
def test_whose_place_and_which(catalogue, asked, text, known, hukou, residence):
    got = values(catalogue, text, asked, known)
    assert got.get("hukou_place") == hukou
    assert got.get("residence_place") == residence


@pytest.mark.parametrize("asked, text, known", [
    ("residence_place", "哦 住钟管是老黄历了 上个月刚搬到南浔和孚", {"residence_place": "德清县"}),
    (None, "哦 住钟管是老黄历了 上个月刚搬到南浔和孚", {"residence_place": "德清县"}),
    ("hukou_place", "哦 住钟管是老黄历了 上个月刚搬到南浔和孚", {"residence_place": "德清县"}),
    ("age", "哦 住钟管是老黄历了 上个月刚搬到南浔和孚", {"residence_place": "德清县"}),
    (None, "现在住和孚，以前住在钟管", {}),
    (None, "以前住钟管，现在搬到和孚了", {}),
])
def test_where_one_lived_before_is_not_where_one_lives(catalogue, asked, text, known):
    got = values(catalogue, text, asked, known)
    assert got.get("residence_place") == "南浔区"
    assert "hukou_place" not in got


@pytest.mark.parametrize("text, key, place", [
    # near-misses that must not change
    ("我是武康人", "hukou_place", "德清县"),
    ("我住在外地", "residence_place", "外地"),
    ("户口在长兴，住在吴兴", "residence_place", "吴兴区"),
])
def test_places_unchanged(catalogue, text, key, place):
    assert values(catalogue, text).get(key) == place


def test_the_two_of_us_is_no_household_size(catalogue):
    assert "household_size" not in values(catalogue, "阿拉两家头户口在长兴吕山", "hukou_place")


# -- "七岁的是老大…要送的是老二": the age said of another child, and the child in question ---------

@pytest.mark.parametrize("asked, text, known, age", [
    ("child_age", "哎呀搞错了 七岁的是老大 已经在读二年级 要送的是老二 刚满四岁", {"child_age": 7}, 4),
    (None, "哎呀搞错了 七岁的是老大 已经在读二年级 要送的是老二 刚满四岁", {"child_age": 7}, 4),
    ("child_age", "七岁的是大的，要上幼儿园的是小的，三岁", {}, 3),
    ("child_age", "九岁的是老大，报名的是老二，五岁", {}, 5),
    ("child_age", "哎呀搞錯了 七歲的是老大 已經在讀二年級 要送的是老二 剛滿四歲", {"child_age": 7}, 4),
    # near-misses that must not change
    ("child_age", "老大八岁，老二五岁", {}, [8, 5]),
    ("child_age", "大的10岁，小的3岁，问的是小的", {}, 3),
])
def test_the_child_in_question(catalogue, asked, text, known, age):
    assert values(catalogue, text, asked, known).get("child_age") == age


@pytest.mark.parametrize("text", ["哎呀搞错了 七岁的是老大 已经在读二年级 要送的是老二 刚满四岁",
                                  "大女儿十岁，在读四年级，问的是小女儿，三岁"])
def test_a_child_just_named_is_the_one_in_school(catalogue, text):
    got = values(catalogue, text, "child_age", {"child_age": 7})
    assert "is_student" not in got and "employment_status" not in got


def test_a_child_denied_carries_nothing(catalogue):
    got = values(catalogue, "没有，老伴走了，没生过孩子，一分钱收入都没有", "has_able_supporter")
    assert got.get("has_income_source") is False


# -- asking for one's wife: who sent the resident, her age said with 伊, her birth date corrected --

@pytest.mark.parametrize("text, applicant", [
    ("阿拉老太婆叫我来问问 伊个养老钞票好领了伐", "spouse"),
    ("我老婆让我来问问，失业金能领吗", "spouse"),
    ("我妈叫我来打听一下养老金的事", "parent"),
])
def test_whoever_sent_the_resident_is_the_applicant(catalogue, text, applicant):
    with clock.fixed(TODAY):
        assert read(text, catalogue).applicant == applicant


@pytest.mark.parametrize("text", ["伊五十九 过了年六十", "伊五十九", "她五十九，过了年就六十了", "伊今年五十九"])
def test_her_age_said_with_a_pronoun(catalogue, text):
    assert values(catalogue, text, "age", {"applicant": "spouse"}).get("age") == 59


@pytest.mark.parametrize("asked", ["age", None, "pension_contribution_years"])
def test_the_wife_asked_for_gets_her_corrected_birth_date_as_age(catalogue, asked):
    text = "喔唷勿对 五十九个是阿拉妹妹 老太婆是六六年三月生个"
    with clock.fixed(TODAY):
        reading = read(text, catalogue, asked, {"applicant": "spouse", "age": 59})
    assert reading.values().get("age") == 60  # born March 1966: 60 on 2026-12-04
    assert reading.correction


def test_the_wife_not_asked_for_gives_no_applicant_age(catalogue):
    got = values(catalogue, "老太婆是六六年三月生的", "age", {})
    assert got.get("age") != 60


@pytest.mark.parametrize("text, correction", [
    ("哦不对 我把证翻出来看了 写的是二级", True),
    ("喔唷勿对，是二级", True),
    ("不对", False),  # a bare no, not a correction
    ("哦，对的", False),
])
def test_an_interjection_and_no_opening_a_message_is_a_correction(catalogue, text, correction):
    with clock.fixed(TODAY):
        assert read(text, catalogue, "disability_grade").correction is correction


# -- an opening story: years worked with the insurance paid throughout; quitting oneself ---------

def test_an_opening_story_of_quitting(catalogue):
    got = values(catalogue, "在厂里做了五年 失业保险厂里一直给我交着 上个月嫌路太远自己辞掉了 现在没班上")
    assert got["unemployment_contribution_years"] == 5
    assert got["involuntary_job_loss"] is False


@pytest.mark.parametrize("asked, text, years", [
    ("unemployment_contribution_years", "在厂里做了五年，失业保险一直交着", 5),
    (None, "在南浔做了三年，失业保险厂里都给交的", 3),
    (None, "在廠裡做了五年 失業保險廠裡一直給我交著", 5),
    # near-misses that must not change
    (None, "在厂里做了五年，失业保险交了两年", 2),
    (None, "在厂里做了五年，失业保险没交", 0),
    (None, "在湖州做了五年，前两年在别的厂，失业保险现在厂里一直交着", None),
    (None, "在厂里做了五年，失业保险中间断过", None),
])
def test_insurance_paid_all_the_years_worked(catalogue, asked, text, years):
    assert values(catalogue, text, asked).get("unemployment_contribution_years") == years


@pytest.mark.parametrize("text, value", [
    ("嫌路太远自己辞掉了", False),
    ("嫌工资低，自己不干了", False),
    ("我自己走的", False),
    ("嫌路太遠自己辭掉了", False),
    # near-misses that must not change
    ("老板嫌我年纪大把我辞了", True),
    ("厂里把我辞掉了", True),
    ("厂里倒闭了", True),
])
def test_quitting_oneself(catalogue, text, value):
    assert values(catalogue, text, "involuntary_job_loss").get("involuntary_job_loss") is value


@pytest.mark.parametrize("text, non_answer", [
    ("阿拉老太婆叫我来问问 伊个养老钞票好领了伐", "side_question"),
    ("我妈让我来问一下，她的养老金好领了吗", "side_question"),
    # near-misses that must not change: going to ask someone
    ("等一下，我去问问我老婆", "wait"),
    ("我问问我老公", "wait"),
])
def test_sent_to_ask_is_no_wait(catalogue, text, non_answer):
    with clock.fixed(TODAY):
        assert read(text, catalogue, "age").non_answer == non_answer


# -- more phrasings of the classes above --------------------------------------------------------

@pytest.mark.parametrize("asked, text, key, value", [
    # a part of the years told ("其中两年是补交的") is not the years
    ("pension_contribution_years", "交了十二年，其中两年是补交的", "pension_contribution_years", 12),
    ("pension_contribution_years", "农保交了十五年了，当中有一年漏掉了", "pension_contribution_years", 15),
    # the service asked about, named by whom it is for
    ("planning_pregnancy", "已经怀上了，那个备孕的检查还能去做吗", "planning_pregnancy", False),
    (None, "老婆已经怀孕了 备孕检查还能做吗", "planning_pregnancy", False),
    # the outcome not known
    ("dibao_household", "低保我老公去办的，有没有批下来我不知道", "dibao_household", "不知道"),
    ("dibao_household", "去年报过低保 结果怎么样不清楚", "dibao_household", "不知道"),
    # quitting oneself
    ("involuntary_job_loss", "是我自己不想做了", "involuntary_job_loss", False),
    # the insurance paid throughout, the job ending after
    (None, "在厂里干了八年，失业保险每个月都交的，后来厂子倒闭了", "unemployment_contribution_years", 8),
    (None, "在厂里干了八年，失业保险每个月都交的，后来厂子倒闭了", "involuntary_job_loss", True),
    # the past place
    ("residence_place", "钟管那边早就不住了，现在在和孚", "residence_place", "南浔区"),
])
def test_more_phrasings(catalogue, asked, text, key, value):
    assert values(catalogue, text, asked).get(key) == value


@pytest.mark.parametrize("asked, text, value", [
    # pregnant now is not planning a pregnancy, whatever is said of planning before
    (None, "她已经怀上了，之前一直在备孕", False),
    ("planning_pregnancy", "已经怀孕三个月了，以前备孕的时候吃过叶酸", False),
    (None, "她已經懷上了，之前一直在備孕", False),
    # near-misses that must not change
    (None, "还没怀上，在备孕", True),
    (None, "我们在备孕，还没怀上", True),
    (None, "老大生了，现在想要二胎，在备孕", True),
    (None, "已经怀上了，想再要一个的话明年", True),
])
def test_pregnant_now_is_not_planning(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get("planning_pregnancy") is value


@pytest.mark.parametrize("text, hukou", [
    ("我是新市那边的人", "德清县"),
    ("我们是和孚本地人", "南浔区"),
    ("新市那边的人都知道", None),  # people there, not where one comes from
])
def test_where_one_comes_from(catalogue, text, hukou):
    assert values(catalogue, text).get("hukou_place") == hukou


@pytest.mark.parametrize("asked, text, key, value", [
    ("unemployment_contribution_years", "失业保险那块一直是空的", "unemployment_contribution_years", 0),
    (None, "单位交的只有医保，失业保险那块是空的", "unemployment_contribution_years", 0),
    ("pension_contribution_years", "农保一直空着", "pension_contribution_years", 0),
    ("pension_contribution_years", "农保交了十年", "pension_contribution_years", 10),
])
def test_an_insurance_said_empty_is_none_paid(catalogue, asked, text, key, value):
    assert values(catalogue, text, asked).get(key) == value


def test_a_stay_in_hospital_leaves_no_place_to_the_next_clause(catalogue):
    assert "residence_place" not in values(catalogue, "他住院了，杭州")


@pytest.mark.parametrize("asked, text, key, value", [
    # an application, its outcome not said: 不知道, never a guessed yes
    ("dibao_household", "低保是我妈去弄的", "dibao_household", "不知道"),
    ("dibao_household", "低保是我妈去申请的", "dibao_household", "不知道"),
    ("dibao_household", "低保我爸在办", "dibao_household", "不知道"),
    ("dibao_household", "低保报上去了，还在等", "dibao_household", "不知道"),
    ("dibao_household", "低保是我老公去弄的，我不清楚", "dibao_household", "不知道"),
    ("extreme_poverty_supported", "特困的材料交上去了，还在等消息", "extreme_poverty_supported", "不知道"),
    ("dibao_household", "低保是我媽去申請的", "dibao_household", "不知道"),
    # near-misses that must not change: the outcome said
    ("dibao_household", "低保申请了，还没批下来", "dibao_household", False),
    ("dibao_household", "我妈说低保批了", "dibao_household", True),
    ("dibao_household", "低保是我妈去办的，每个月都有", "dibao_household", True),
    ("dibao_household", "低保申请过，批下来了", "dibao_household", True),
    ("dibao_household", "我们是低保户", "dibao_household", True),
    ("dibao_household", "在吃低保", "dibao_household", True),
])
def test_an_application_is_no_status_had(catalogue, asked, text, key, value):
    assert values(catalogue, text, asked).get(key) == value


@pytest.mark.parametrize("asked, text, hukou, residence", [
    (None, "我们一家都是武康本地的", "德清县", "德清县"),
    (None, "土生土长的武康人", "德清县", "德清县"),
    (None, "我老家就是武康的，一直住这儿", "德清县", "德清县"),
    ("hukou_place", "我是吕山的", "长兴县", None),
    # near-misses that must not change
    ("residence_place", "我是吕山的", None, "长兴县"),
    (None, "我是武康人", "德清县", None),
    (None, "我是本地人，住在武康", None, "德清县"),
])
def test_born_and_living_in_a_town(catalogue, asked, text, hukou, residence):
    got = values(catalogue, text, asked)
    assert got.get("hukou_place") == hukou
    assert got.get("residence_place") == residence


def test_ones_own_thing_named_with_the_service_stays(catalogue):
    assert values(catalogue, "我残疾证的补贴能领吗").get("has_disability_certificate") is True


@pytest.mark.parametrize("text, value", [
    ("单位交了医保，没交养老", False),
    ("社保只交了医保", False),
    ("厂里给交了医保，养老保险没给交", False),
    ("公司交的社保里只有医保和工伤", False),
    ("只有医保是单位交的", False),
    # near-misses that must not change
    ("单位交了养老，医保没交", True),
    ("以前没交养老，现在单位交了", True),
])
def test_no_pension_among_the_insurances_paid(catalogue, text, value):
    assert values(catalogue, text, "covered_by_employee_pension").get("covered_by_employee_pension") is value


@pytest.mark.parametrize("asked, text", [
    ("age", "不住钟管了，搬到和孚去了"),
    (None, "钟管那是老早的事了，现在在和孚"),
])
def test_moved_away_from_a_place(catalogue, asked, text):
    with clock.fixed(TODAY):
        reading = read(text, catalogue, asked, {"residence_place": "德清县"})
    assert reading.values().get("residence_place") == "南浔区"
    assert reading.place is None


@pytest.mark.parametrize("asked, text, key, value", [
    # not knowing what to do is no doubt about the fact
    ("involuntary_job_loss", "结果厂里倒闭了我也不知道咋办", "involuntary_job_loss", True),
    ("dibao_household", "低保没评上，不知道该怎么办", "dibao_household", False),
    # near-misses that must not change
    ("involuntary_job_loss", "算不算被辞退我也不知道", "involuntary_job_loss", "不知道"),
    ("dibao_household", "不知道", "dibao_household", "不知道"),
])
def test_not_knowing_what_to_do_is_no_doubt(catalogue, asked, text, key, value):
    assert values(catalogue, text, asked).get(key) == value
