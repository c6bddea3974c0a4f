"""Classes found in blind set 15's conversations (tests/data/conversations_test10), each with
sentences written for these tests and near misses that must not change."""
import datetime

import pytest

from bot import clock
from bot.eligibility_cues import asks_for_help
from bot.reading.quantities import durations
from bot.reading.reader import read
from bot.story_needs import needs
from bot.text import WhereQuestion, without_rhetorical_where
from knowledge_base.loader import load_catalogue

CATALOGUE = load_catalogue()
WHERE = WhereQuestion(r"哪里|哪儿|找谁")


def facts(text, asked=None):
    return {k: v.value for k, v in read(text, CATALOGUE, asked, {}).facts.items()}


@pytest.mark.parametrize("text", ["看病要好几万 我们哪里拿得出", "学费一年八千 哪儿付得起", "房租又涨了 哪里还有钱交"])
def test_a_pleas_where_is_no_question_of_where(text):
    assert WHERE.search(text) is None
    assert len(without_rhetorical_where(text)) == len(text)


@pytest.mark.parametrize("text", ["钱要到哪里去领", "这个找谁", "哪里拿材料"])
def test_a_question_of_where_stays_one(text):
    assert WHERE.search(text) is not None


@pytest.mark.parametrize("text, plea", [
    ("老伴查出来肝癌 一次治疗就要上万 我们老两口哪里拿得出", True),
    ("儿子考上了大学 学费实在交不起", True),
    ("离婚以后一个人带孩子 日子快过不下去了", True),
    ("生活过不下去", False),  # a plea alone is no story told
    ("医药费已经交掉了", False),
])
def test_a_story_ending_on_what_cannot_be_borne_asks_for_help(text, plea):
    assert asks_for_help(text) is plea


def test_a_year_said_before_holds_for_the_months_after_it():
    today = datetime.date(2026, 12, 4)
    spans = durations("是十一月底还是十二月初", today, before="去年冬天出的事 ")
    assert [(n.low, n.high) for n in spans] == [(359.0, 378.0)]
    # no year before: the last such months past
    assert [(n.low, n.high) for n in durations("三月还是四月", today)] == [(218.0, 278.0)]


def test_two_months_joined_by_or_are_either():
    today = datetime.date(2026, 12, 4)
    assert [(n.low, n.high) for n in durations("今年五月或者六月", today)] == [(157.0, 217.0)]


def test_a_two_digit_birth_year_with_its_month_and_day():
    with clock.fixed(datetime.date(2026, 12, 4)):
        assert facts("我是58年12月20号生的")["age"] == 67
        assert facts("我是58年3月生的")["age"] == 68


def test_a_comparison_with_the_line_answers_whether_below_it():
    assert facts("社区帮我们算过 还不到那个标准", "income_below_dibao_line") == {"income_below_dibao_line": True}
    assert facts("不清楚低保标准", "income_below_dibao_line") == {"income_below_dibao_line": "不知道"}


def test_never_received_in_other_words():
    for text in ("一分钱也没领到过", "一分也呒没领着过"):
        assert facts(text, "receiving_basic_pension") == {"receiving_basic_pension": False}, text


def test_no_kin_listed_is_no_supporter():
    assert facts("老婆没讨过 儿子女儿都没有", "has_able_supporter") == {"has_able_supporter": False}


@pytest.mark.parametrize("text, service", [
    # the living subsidy of disabled residents, told in other words
    ("女儿是肢体残疾 有证的 一个月就一点钱 听说残疾人生活上政府有补贴", "disabled_living_subsidy"),
    # a household that cannot live on what it has: the lasting help
    ("男人走了以后 我身体又不好 娘俩日子实在过不下去了", "minimum_living_allowance"),
])
def test_situations_told_in_other_words(text, service):
    assert service in [sid for _, sid in needs(text)]


def test_a_sudden_cause_keeps_the_temporary_help():
    assert "temporary_assistance" in [sid for _, sid in needs("老公出了车祸躺在医院 日子过不下去了")]


@pytest.mark.parametrize("text, service", [
    ("隔壁的印染厂晚上偷偷往河里排东西 早上河里的鱼死了一片 找谁", "water_pollution_control"),
    ("孩子用手机查资料老跳出黄色广告 这种去哪举报", "harmful_online_content_report"),
    ("车间里机器的防护罩被老板拆掉了 说影响速度 我们想举报", "work_safety_reporting"),
    ("镇上的体育馆平时锁着不对外 我们想打球进不去 归谁管", "public_sports_venues"),
    ("我们村的卫生室医生退休以后就没医生了 看个感冒都要去镇上 找谁反映", "primary_health_facilities"),
    ("生完二胎想去上个环 听说不要钱 在哪弄", "family_planning_technical_services"),
    ("小区的垃圾桶全撤了 只能定时去指定的地方扔 找谁说", "waste_sorting"),
    ("以前每年过年村里都有戏班子来唱越剧 这两年一次也没来了", "opera_to_villages"),
    ("儿子说学校中午的饭菜天天素菜 吃不饱 归谁管", "student_nutrition_programme"),
    ("我年轻时候的招工表找不到了 办退休要用 去哪查", "personnel_archives"),
    ("我们下夜班出来连个车都没有 想在厂门口加个站", "public_bus"),
])
def test_complaints_about_a_catalogue_service_told_by_what_happened(text, service):
    assert [sid for _, sid in needs(text)] == [service]


def test_a_building_used_for_opera_is_no_wish_to_see_one():
    assert "opera_to_villages" not in [sid for _, sid in needs("村里的文化礼堂说是唱戏用的 可平时一直锁着门")]


def test_a_wheelchair_at_a_venue_says_who_goes_there_not_a_device_wanted():
    assert [sid for _, sid in needs("女儿坐轮椅 游泳馆门口全是台阶 轮椅进不去 有没有办法")] == ["public_sports_venues"]


@pytest.mark.parametrize("text, asks", [
    ("隔壁几个老姐妹都拿到补贴了 我为什么一直没拿到", True),
    ("我今年六十五了 人家都在领 我咋还没领过", True),
    ("干了三年 老板一分补偿不给 叫我走人 我要讨回公道", True),
    ("养老金怎么领", False),
])
def test_why_one_has_not_got_it_asks_whether_one_can(text, asks):
    from bot.eligibility_cues import asks_whether
    assert asks_whether(text) is asks


def test_one_childs_age_told_over_time_is_her_age_now():
    assert facts("她是二一年九月生的 前年满三岁 今年都五岁了", "child_age") == {"child_age": 5}
    # two children stay two
    assert facts("大的八岁 小的三岁", "child_age") == {"child_age": [8, 3]}
    assert facts("一个五岁 一个三岁", "child_age") == {"child_age": [5, 3]}


def test_a_cheap_class_is_no_bus_cut():
    assert [sid for _, sid in needs("在厂里干粗活 想学门手艺 有没有少花钱的班")] == ["vocational_skills_training"]
    assert "village_bus" in [sid for _, sid in needs("我们村里的车子少了两班 老人出门不方便")]


def test_in_bed_for_good_with_one_carer_is_the_care_subsidy_unless_they_died():
    assert [sid for _, sid in needs("我老伴八十了 一直躺在床上 家里就我一个人伺候他 有没有补贴")] == ["severe_disability_care_subsidy"]
    assert "severe_disability_care_subsidy" not in [sid for _, sid in needs(
        "我们就一个女儿 车祸以后一直躺在床上 去年走了 听说我们这种家庭有照顾")]


def test_another_card_is_no_disability_certificate():
    for text in ("居住证办了两年了", "身份证办好了", "结婚证在的"):
        assert "has_disability_certificate" not in facts(text), text
    assert facts("残疾证办了", "has_disability_certificate") == {"has_disability_certificate": True}
