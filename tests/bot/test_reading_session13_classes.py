"""Classes of reading failures left in blind set 17's conversations (conversations_test12), each fixed
by a general rule and checked with phrasings of our own and with cases the rule must not catch."""
import datetime

import pytest

from bot import clock
from bot.finder import workplaces
from bot.finder_cues import cued_services
from bot.text import normalize
from bot.triage import domain_gap
from tests.bot.reading_support import values


# -- "没老婆没孩子": a list of things missing, each denied once -------------------------------

@pytest.mark.parametrize("text", [
    "没老婆没孩子 也没兄弟姐妹",
    "没有老婆没有孩子",
    "没老伴没孩子",
    "无儿无女",
])
def test_a_list_of_relatives_missing_is_no_supporter(catalogue, text):
    assert values(catalogue, text, "has_able_supporter").get("has_able_supporter") is False


@pytest.mark.parametrize("text", ["不是没孩子", "也不是没孩子"])
def test_a_denied_denial_is_not_read_as_none(catalogue, text):
    assert values(catalogue, text, "has_able_supporter").get("has_able_supporter") is not False


# -- an only child disabled at grade three or above -------------------------------------------

def test_an_only_child_with_a_grade_two_certificate(catalogue):
    got = values(catalogue, "我们就一个女儿 前年车祸以后腿不能走了 评的是肢体二级")
    assert got.get("only_one_child") is True and got.get("only_child_lost") is True


@pytest.mark.parametrize("text, known", [
    ("我们就一个儿子 评的是肢体四级", {}),  # grade four: below the line
    ("我自己是肢体二级", {"only_one_child": False}),
])
def test_no_only_child_lost_without_an_only_child_at_grade_three(catalogue, text, known):
    assert values(catalogue, text, None, known).get("only_child_lost") is not True


# -- a firm wound up, an amount of a few hundred a month ---------------------------------------

@pytest.mark.parametrize("text", ["老板说撑不下去了 全部解散", "上个月公司解散了"])
def test_a_firm_wound_up_is_an_involuntary_loss(catalogue, text):
    assert values(catalogue, text).get("involuntary_job_loss") is True


@pytest.mark.parametrize("text", ["一个月算下来三个人也就几百块", "每个月才几百块", "一年也就几千块"])
def test_a_few_hundred_a_month_is_below_the_line(catalogue, text):
    assert values(catalogue, text, "income_below_dibao_line").get("income_below_dibao_line") is True


def test_savings_of_a_few_hundred_say_nothing_of_income(catalogue):
    assert "income_below_dibao_line" not in values(catalogue, "存款就几百", "income_below_dibao_line")


def test_nothing_left_after_rent_is_below_the_housing_line(catalogue):
    got = values(catalogue, "两个人加起来五千多 交了房租看了病 剩不下什么", "income_below_housing_line")
    assert got.get("income_below_housing_line") is True


# -- a child's situation: never rated poor, the child well ------------------------------------

def test_never_rated_poor_is_none_of_the_groups(catalogue):
    assert values(catalogue, "没人给我们评过困难户 孩子也健健康康的", "child_situation").get("child_situation") == "都不是"


def test_never_rated_but_hard_up_leans_to_the_hardship(catalogue):
    assert values(catalogue, "没评过困难户 可日子是真紧", "child_situation").get("child_situation") == "家庭经济困难"


# -- where one comes from, where the one asked for lives ---------------------------------------

@pytest.mark.parametrize("text", ["我安徽阜阳的", "我们两口子贵州遵义的 在织里做童装", "他四川南充的"])
def test_a_province_and_town_one_comes_from(catalogue, text):
    assert values(catalogue, text).get("hukou_place") == "外地"


def test_a_place_worked_in_is_not_where_one_comes_from(catalogue):
    assert values(catalogue, "我儿子在上海打工的").get("hukou_place") is None


def test_the_parent_asked_for_lives_at_the_residents(catalogue):
    got = values(catalogue, "我妈户口在长兴泗安 人住我这儿练市", None, {"applicant": "parent"})
    assert got.get("hukou_place") == "长兴县" and got.get("residence_place") == "南浔区"


def test_the_child_asked_for_is_the_applicant_not_the_grandmother(catalogue):
    got = values(catalogue, "班上有个女孩子十三岁 一直跟外婆过 外婆今年八十一 这孩子这种情况政府能不能管")
    assert got.get("age") == 13 and got.get("child_age") == 13


# -- a day told with an injury ----------------------------------------------------------------

def test_the_day_of_a_crushed_hand_is_when_the_injury_was(catalogue):
    with clock.fixed(datetime.date(2026, 12, 5)):
        got = values(catalogue, "今年十月五号上班的时候 左手被机器压断了一根手指")
    assert got.get("days_since_injury") == 61


# -- a tiled house at the foot of a hill is in the countryside ---------------------------------

@pytest.mark.parametrize("text", ["阿拉住山脚下的老瓦房", "房子是老瓦房 漏得厉害"])
def test_a_tiled_house_is_rural(catalogue, text):
    assert values(catalogue, text).get("rural_housing") is True


# -- the finder: a workplace named, a mast, a check after marrying ------------------------------

def test_a_school_one_taught_in_is_not_asked_about():
    text = "我在镇上小学教了三十年书 现在想问村里那间书屋归谁管"
    start = text.index("小学")
    entities = [{"entity": "service", "value": "compulsory_school_enrolment", "start": start, "end": start + 2}]
    assert workplaces(entities, text) == {"compulsory_school_enrolment"}
    asked = "孩子明年上小学 去哪报名"
    start = asked.index("小学")
    assert workplaces([{"entity": "service", "value": "compulsory_school_enrolment", "start": start, "end": start + 2}],
                      asked) == set()


def test_a_mast_feared_for_health_is_no_phone_complaint():
    assert domain_gap("楼顶上装了手机信号的铁塔 担心对身体不好") is None
    assert domain_gap("我们村手机信号差得很 打电话老断") is not None


@pytest.mark.parametrize("text", ["刚结婚 想去查查身体 准备要孩子", "新婚夫妻体检去哪做"])
def test_a_check_after_marrying_is_the_preconception_check(text):
    assert "free_preconception_checkup" in cued_services(normalize(text))


# -- a matter taken for a yes or a no by the classifier ----------------------------------------

def _parse(text, intent, none=0.9, best=0.05):
    return {"text": text, "intent": {"name": intent, "confidence": 0.8}, "entities": [],
            "service_ranking": [{"id": "__none__", "confidence": none}, {"id": "minimum_living_allowance", "confidence": best}]}


@pytest.mark.parametrize("text", ["办狗证", "补办渔船证"])
def test_a_matter_without_yes_or_no_is_decided_by_its_topic(text):
    from bot.finder import decide_scope

    assert decide_scope(_parse(text, "affirm")) == (False, "out_of_scope")
    assert decide_scope(_parse(text, "deny", none=0.1, best=0.8)) == (True, "find_service")


@pytest.mark.parametrize("text, intent", [("嗯", "affirm"), ("对的", "affirm"), ("没有", "deny"), ("呒没", "deny"), ("不要", "deny")])
def test_a_yes_or_no_stays_one(text, intent):
    from bot.finder import decide_scope

    assert decide_scope(_parse(text, intent)) == (True, intent)


def test_a_stove_that_will_not_light_is_no_fire():
    text = "家里燃气灶打不着火了 燃气公司电话多少"
    start = text.index("着火")
    fire = [{"entity": "service", "value": "fire_safety", "start": start, "end": start + 2}]
    assert workplaces(fire, text) == {"fire_safety"}
    text = "楼下着火了 该找谁"
    start = text.index("着火")
    assert workplaces([{"entity": "service", "value": "fire_safety", "start": start, "end": start + 2}], text) == set()


@pytest.mark.parametrize("text, topic", [
    ("山林的林权证丢了去哪补", "不动产登记、国土和规划"),
    ("天天和老婆吵架 有没有人帮忙调解一下", None),
    ("医生态度太差了 想投诉", None),
])
def test_gap_topics_of_the_development_set(text, topic):
    gap = domain_gap(normalize(text))
    assert (gap.topic if gap else None) == topic


# -- story needs: a husband bedridden (Wu 瘫勒床上); a primary pupil's fees are no upper-secondary aid ----------

def test_bedridden_in_wu_is_the_care_subsidy():
    from bot.story_needs import needs

    told = [sid for _, sid in needs("阿拉老太婆瘫辣床上两年哉 有证一级 夜里也要人服侍 政府有啥补贴伐")]
    assert told == ["severe_disability_care_subsidy"]


@pytest.mark.parametrize("text, aid", [
    ("我在厂里被机器轧了手 家里还有个读四年级的女儿 学费什么的都要钱 这算工伤吗", False),
    ("儿子读初二 学费交不起 厂里又拖着工资不发 我该找谁", False),
    ("老公走了 女儿在读高二 学费交不起 我自己也病着", True),
    ("小儿子读小学 大女儿在读职高 学费都交不起", True),
])
def test_school_fees_are_the_upper_secondary_aid_only_beyond_compulsory_school(text, aid):
    from bot.story_needs import needs

    assert ("high_school_student_aid" in [sid for _, sid in needs(text)]) is aid


# -- found when the branches of the thirteenth session were merged ------------------------------

def test_a_nephew_asked_for_on_the_hotline_is_the_applicant(catalogue):
    got = values(catalogue, "来电人男，替其侄子咨询。侄子十三周岁，父母都不在了，询问能否申请特困供养。")
    assert got.get("age") == 13
    assert values(catalogue, "外甥女五岁，现在跟着我过").get("child_age") == 5  # told unasked, no one asked for


def test_the_age_now_said_wins_over_a_birthday_month_told_as_to_come(catalogue):
    with clock.fixed(datetime.date(2026, 12, 1)):
        assert values(catalogue, "儿子现在五岁，今年八月底满六周岁").get("child_age") == 5
        assert values(catalogue, "今年八月底就满六岁了").get("age") == 6


def test_of_two_options_told_the_one_counted_as_wins(catalogue):
    got = values(catalogue, "我应该算退役军人，前年退伍，回来在工地上做了半年")
    assert got.get("training_group") == "退役军人"


def test_a_child_still_at_school_says_nothing_of_an_only_child_lost(catalogue):
    assert "only_child_lost" not in values(catalogue, "孩子还在读初一，干不了活", "has_labour_capacity")
    assert values(catalogue, "孩子人还在", "only_child_lost").get("only_child_lost") is False


# -- set 18's answers asked again after the merges ---------------------------------------------

@pytest.mark.parametrize("asked, text, value", [
    ("household_has_disabled", "一家三口身体都好 没人办过残疾的本子", False),
    ("other_special_difficulty", "村里没把我们列进过什么困难名单", False),
    ("other_special_difficulty", "村里把我们列进了困难名单", True),
    ("receiving_basic_pension", "别的啥个退休金阿拉从来呒没拿过", False),
    ("has_able_supporter", "来电人说 没有兄弟姐妹 也没老婆孩子", False),
    ("is_student", "他中考都没去考 学校那边早就不去了", False),
    ("income_below_dibao_line", "一个号头进来的钞票少是少得来", True),
])
def test_answers_of_set_18_in_other_words(catalogue, asked, text, value):
    assert values(catalogue, text, asked).get(asked) is value


@pytest.mark.parametrize("text", ["镇上没给我们评过什么补助", "别的啥也从来没领过"])
def test_an_emphatic_what_under_a_denial_asks_nothing(catalogue, text):
    from bot.reading.yesno import question_start

    assert question_start(normalize(text)) is None


def test_an_elder_with_no_children_alone_and_frail_asking_to_be_looked_after_is_extreme_poverty():
    from bot.story_needs import needs

    told = [sid for _, sid in needs("我八十了 老伴走了 没有子女 一个人住 腿脚不便 政府能不能管管我")]
    assert told == ["extreme_poverty_support"]
    assert needs("我七十了 没子女在身边 腿脚不便 政府能不能管管我") == []  # children who live away
