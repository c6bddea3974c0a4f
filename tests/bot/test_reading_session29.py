"""Readings found failing in set 34's conversations and in answers_test28 (session 29): the household's
disability answered by no certificate or no one disabled, a story's event pointed back to, a dilapidated house
told by its walls, whose place a place is (tenants, the couple), a woman's age told of the aunt asked for, the
years of a pension paid since an age, festivals and later clauses that date a birthday."""
import datetime

import pytest

from bot import clock
from bot.reading import read
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(autouse=True)
def today():
    with clock.fixed(datetime.date(2026, 12, 7)):
        yield


def facts_of(catalogue, service_id):
    return tuple(next(s for s in catalogue.services if s.id == service_id).facts())


def values(catalogue, text, asked=None, known=None, service=None):
    relevant = facts_of(catalogue, service) if service else ()
    return read(text, catalogue, asked, known or {}, relevant).values()


@pytest.mark.parametrize("text", [
    "阿拉两个老个手脚还来三 呒没残疾证",  # no certificate, only the speakers' own household named
    "六口人里没有谁是残疾的 老的小的都还健康",
    "屋里冇得残疾的人",  # 冇得: 没有
])
def test_no_one_disabled_in_the_household(catalogue, text):
    assert values(catalogue, text, "household_has_disabled").get("household_has_disabled") is False


def test_no_certificate_of_someone_else_named_is_no_household_answer(catalogue):
    found = values(catalogue, "我老伴腿不好 我自己没有残疾证", "household_has_disabled")
    assert found.get("household_has_disabled") is not False


@pytest.mark.parametrize("text", ["就是上礼拜二那场塌方 以前跑车一家过得去", "就是上个月那场大雨 以前还过得去"])
def test_the_storys_event_pointed_back_to_is_a_sudden_hardship(catalogue, text):
    assert values(catalogue, text, "sudden_hardship").get("sudden_hardship") is True


def test_an_event_long_ago_pointed_back_to_is_no_recent_hardship(catalogue):
    assert "sudden_hardship" not in values(catalogue, "就是前年那场病", "sudden_hardship")


def test_a_house_the_village_says_cannot_be_lived_in_is_dilapidated(catalogue):
    text = "村里请人来看过 说墙已经不牢了 不能再住 屋顶也得全换"
    assert values(catalogue, text, "house_dilapidated").get("house_dilapidated") is True


def test_a_wall_cracked_to_the_ground_and_basins_for_the_rain(catalogue):
    text = "他跟我妈住在千金村里的老屋 山墙从屋檐一直裂到地上 一下雨床边上要摆三个盆接水"
    found = values(catalogue, text, service="rural_dilapidated_housing_renovation")
    assert found.get("house_dilapidated") is True and found.get("rural_housing") is True


def test_the_couple_told_of_is_not_the_household(catalogue):
    found = values(catalogue, "两口子都是土生土长的龙泉人 户口从来没出过湖州", "migrant_worker")
    assert found.get("migrant_worker") is False and "household_size" not in found


def test_the_area_is_not_shared_by_the_two_who_earn_when_more_live_there(catalogue):
    text = ("一直住在公婆那套老公房里 五十个平方 两室一厅 公婆住一间 我们两口子跟两个孩子住一间 "
            "可两个人加起来一个月七千出头")
    assert values(catalogue, text, service="public_rental_housing").get("per_capita_housing_area") != 25


def test_tenants_from_elsewhere_are_not_the_speakers_hukou(catalogue):
    text = "阿拉七十二哉 阿拉屋里楼浪两间空房租拨外地来做生活个人 租金有辰光三个号头一交"
    found = values(catalogue, text, service="minimum_living_allowance")
    assert "hukou_place" not in found and "residence_place" not in found


def test_the_aunt_asked_for_gives_the_womans_age_and_the_drowned_only_child(catalogue):
    text = ("来电人称 嗯 她替她阿姨问 她阿姨今年四十八 那个 阿姨就一个儿子 去年七月十九岁 暑假在河里游泳没上来 "
            "问 像她阿姨这样的家里 政府有没有什么扶助")
    found = values(catalogue, text, service="family_planning_special_assistance")
    assert found.get("woman_age") == 48 and found.get("only_one_child") is True and found.get("only_child_lost") is True


def test_quitting_to_care_for_a_mother_and_the_insured_years(catalogue):
    text = ("俺河南周口的 在武康一个汽配厂干了三年 厂里给俺交着保险 九月俺娘病得厉害 俺自己跟厂里辞了回去照顾 "
            "现在俺娘好点了 俺又回武康找活 还没找到")
    found = values(catalogue, text, service="unemployment_insurance_benefit")
    assert found.get("involuntary_job_loss") is False and found.get("unemployment_contribution_years") == 3


def test_a_pension_paid_since_an_age_without_a_gap(catalogue):
    text = "阿拉一九六六年十一月三十号生个 上礼拜一刚好六十 村里个养老是四十五岁开始交个 一年勿脱"
    found = values(catalogue, text, service="resident_pension_benefit")
    assert found.get("age") == 60 and found.get("pension_contribution_years") == 16


def test_fed_and_turned_in_bed_needs_long_term_care(catalogue):
    text = "我爸六十六 现在已经站不起来了 说话也含糊 吃饭要喂 晚上两个钟头要翻一次身 我辞了工作在家照顾"
    assert values(catalogue, text, service="severe_disability_care_subsidy").get("needs_long_term_care") is True


def test_a_hukou_in_a_city_outside_named_without_its_province(catalogue):
    found = values(catalogue, "一家户口都还在铜仁松桃 来湖州包包子打工的", "migrant_worker")
    assert found.get("migrant_worker") is True and found.get("hukou_place") == "外地"


@pytest.mark.parametrize("text, asked, key, value", [
    ("一九六六年生 生日是十二月九号 这礼拜三才过", "age", "age", 59),  # the day told after the year
    ("女儿生日跟儿童节是同一天 二〇二二年的", "child_age", "child_age", 4),
    ("我爱人生在一九七七年 五月初五端午那天", "woman_age", "woman_age", 49),
    ("二〇一七年开春进的这家纸箱厂", "local_work_years", "local_work_years", 9),
    ("从二〇〇九年交起 交到二〇二三年 后来断了", "pension_contribution_years", "pension_contribution_years", 15),
    ("户口本上连我在内五个人 都住一个屋", "household_size", "household_size", 5),  # one room, not one person
])
def test_dates_and_counts(catalogue, text, asked, key, value):
    assert values(catalogue, text, asked).get(key) == value


@pytest.mark.parametrize("text, asked, key, value", [
    ("来湖州十来年搬了五回家 房产证上从没有过我们的名字", "has_local_housing", "has_local_housing", False),
    ("他腰椎里打了钢钉 连十斤米都提不动", "has_labour_capacity", "has_labour_capacity", False),
    ("我们住的是山坞里自己家砌的老屋", "rural_housing", "rural_housing", True),
    ("家里除了一辆骑了十年的电瓶车 什么值钱的都没有", "assets_within_local_rules", "assets_within_local_rules", True),
    ("我们一家子吃住干活都在织里", "works_or_lives_in_huzhou", "works_or_lives_in_huzhou", True),
    ("伲子每个号头月初打八百块到阿拉卡浪", "has_income_source", "has_income_source", True),
    ("阿拉还好踏三轮车去卖菜 身体还来三", "has_labour_capacity", "has_labour_capacity", True),
    ("活是一点也干不动了 口袋里也没有一分进项", "has_labour_capacity", "has_income_source", False),
    ("我太公那辈就在这里种田了 哪里是外头来打工的", "migrant_worker", "migrant_worker", False),
])
def test_phrases_of_answers(catalogue, text, asked, key, value):
    assert values(catalogue, text, asked).get(key) is value


@pytest.mark.parametrize("text, asked, absent", [
    ("失业那一项 公司帮我交了四年零两个月", "unemployment_contribution_years", "training_group"),  # an insurance
    ("失业那个登记我还没去办 都不知道要去办", "unemployment_registered", "training_group"),  # a registration
    ("单位交了六年 厂子被人收购以后把我们辞了", "unemployment_contribution_years", "covered_by_employee_pension"),
    ("退休工资也好 养老金也好 我一样都没领到过", "receiving_basic_pension", "has_income_source"),
    ("家里穷 上大学全靠助学贷款 去年刚本科毕业", "poor_family_graduate", "is_student"),
    ("女兒的殘疾證是肢體二級 前年換的新證", "has_disability_certificate", "child_situation"),  # no age said
    ("他翻身擦身喂饭 一天到晚离不开一个人守着", "needs_long_term_care", "household_size"),
])
def test_nothing_read_of_what_was_not_said(catalogue, text, asked, absent):
    assert absent not in values(catalogue, text, asked)


@pytest.mark.parametrize("text, asked, kind", [
    ("去办的时候要带几张一寸照片", "household_size", "side_question"),
    ("县级以上规定的困难人员 这是啥意思啊", "other_special_difficulty", "dont_know_what_you_mean"),
    ("我住的镇子开头第二句就写了 你再看看", "residence_place", "already_said"),
])
def test_non_answers(catalogue, text, asked, kind):
    result = read(text, catalogue, asked, {})
    assert result.non_answer == kind and not result.facts


def test_the_area_shared_by_the_people_told_room_by_room(catalogue):
    text = ("一直住在公婆那套老公房里 五十个平方 两室一厅 公婆住一间 我们两口子跟两个孩子住一间 "
            "可两个人加起来一个月七千出头")
    area = values(catalogue, text, service="public_rental_housing").get("per_capita_housing_area")
    assert area is not None and round(area) == 8  # six people: the parents-in-law, the couple, two children


def test_a_job_told_of_before_says_nothing_of_now(catalogue):
    assert "employment_status" not in values(catalogue, "就是上礼拜二那场塌方 以前跑车一家过得去", "sudden_hardship")


def test_a_sudden_accident_told_in_an_opening(catalogue):
    text = ("我老公开货车的 上礼拜二下大雨 他拉一车石料走山路 半边山坡塌下来 车头整个埋了 右腿断成两截 "
            "这种突然出事的能不能先帮一把")
    assert values(catalogue, text, service="temporary_assistance").get("sudden_hardship") is True


def test_how_often_one_comes_home_is_no_time_since_an_injury(catalogue):
    text = "我爸五十岁那年在窑厂被砖垛压了 坐了十几年轮椅 我在外面打工 一年回来两趟"
    assert values(catalogue, text).get("days_since_injury") != 365


def test_a_wu_wife_named_by_the_house(catalogue):
    assert values(catalogue, "我属马今年六十 我屋里的比我小九岁", "woman_age").get("woman_age") == 51


def test_the_two_of_them_go_on_being_the_subject(catalogue):
    found = values(catalogue, "我跟老婆都下岗在家 两个人都没活干 也都没有残疾证", "zero_employment_household")
    assert found.get("has_disability_certificate") is False


def test_a_bosss_workshop_and_no_social_insurance(catalogue):
    found = values(catalogue, "早不念书了 在镇上一个老板开的五金厂打工 社保老板一分没交", "is_student")
    assert found.get("public_institution_staff") is False and found.get("covered_by_employee_pension") is False


def test_a_grown_only_childs_work_and_city_are_his(catalogue):
    found = values(catalogue, "儿子好好的 在杭州上班 没出过什么事", "only_child_lost")
    assert found.get("only_child_lost") is False and "residence_place" not in found and "employment_status" not in found


def test_the_supporters_tight_days_are_no_childs_situation(catalogue):
    found = values(catalogue, "两个女儿都嫁得远 自己日子也紧 管不了我", "has_able_supporter")
    assert found.get("has_able_supporter") is False and "child_situation" not in found
