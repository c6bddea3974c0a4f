"""Classes of reading failures found in blind set 21 (answers_test15 and conversations_test16), each
fixed by a general rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from tests.bot.reading_support import values


# -- the question's word inside a longer word, denied after the whole word ------------------

@pytest.mark.parametrize("text", ["养老金也还没拿到过", "啥养老金都还没领过 我才五十八"])
def test_the_longer_word_denied_after_it(catalogue, text):
    assert values(catalogue, text, "receiving_basic_pension").get("receiving_basic_pension") is False


@pytest.mark.parametrize("text", ["养老金每个月拿的", "养老金一直在拿"])
def test_the_longer_word_not_denied_stays_a_yes(catalogue, text):
    assert values(catalogue, text, "receiving_basic_pension").get("receiving_basic_pension") is True


# -- one number or another, the second said with 满/已经 -------------------------------------

@pytest.mark.parametrize("text, span", [
    ("究竟六十四还是已经满六十五了 我自己也糊涂", (64, 65)),
    ("四十九还是满五十了 记不牢", (49, 50)),
])
def test_either_number_with_reached_is_a_range(catalogue, text, span):
    got = values(catalogue, text, "age").get("age")
    assert isinstance(got, dict) and (got["from"], got["to"]) == span


def test_a_reached_age_alone_unchanged(catalogue):
    assert values(catalogue, "已经满六十五了", "age").get("age") == 65


# -- a doubt of something else beside the number asked ---------------------------------------

def test_a_doubt_whether_it_stopped_leaves_the_years(catalogue):
    got = values(catalogue, "前后缴了十一二年 当中断没断过我讲不清", "pension_contribution_years")
    assert got.get("pension_contribution_years") == {"from": 11, "to": 12}


@pytest.mark.parametrize("text", ["缴了十五年 满没满我说不准", "交了十年 交没交够不知道"])
def test_a_doubt_of_the_number_itself_stays_unknown(catalogue, text):
    assert values(catalogue, text, "pension_contribution_years").get("pension_contribution_years") == "不知道"


# -- Wu money words: 退休铜钿 is retirement pay, "一角也呒没" not a dime ------------------------

def test_wu_retirement_money_none(catalogue):
    got = values(catalogue, "厂里个退休铜钿阿拉一角也呒没拿着过", "receiving_basic_pension")
    assert got.get("receiving_basic_pension") is False


def test_wu_retirement_money_had(catalogue):
    got = values(catalogue, "每个号头有退休铜钿拿个", "receiving_basic_pension")
    assert got.get("receiving_basic_pension") is True


# -- half a year paid, said with 有 --------------------------------------------------------

def test_half_a_year_paid_with_you(catalogue):
    got = values(catalogue, "厂里帮我缴失业保险 缴了也有半年")
    assert got.get("unemployment_contribution_years") == 0.5


# -- wanting to conceive, said with 怀 -----------------------------------------------------

@pytest.mark.parametrize("text", ["两口子打算怀一个 明年开春", "老婆说想怀二胎了"])
def test_wanting_to_conceive(catalogue, text):
    assert values(catalogue, text).get("planning_pregnancy") is True


def test_already_pregnant_is_no_planning(catalogue):
    assert values(catalogue, "她已经怀上了 之前一直想怀", "planning_pregnancy").get("planning_pregnancy") is False


# -- told not to come back, pay withheld: a time ago is of the rights infringed -----------------

def test_told_not_to_come_is_the_rights_time(catalogue):
    got = values(catalogue, "三个礼拜前老板叫我不要再来了 工钱也不肯给")
    assert got.get("days_since_rights_infringed") == 21


def test_a_time_ago_with_no_cue_is_not_read(catalogue):
    assert "days_since_rights_infringed" not in values(catalogue, "三个礼拜前我去了趟杭州")


# -- the day back from a holiday is not the holiday ------------------------------------------

def test_back_from_the_holiday_leaves_the_date_said(catalogue):
    from bot import clock
    with clock.fixed(clock.parse("2026-12-06")):
        got = values(catalogue, "是十月九号 国庆放好假刚回厂里那天就说不要我了", "days_since_rights_infringed")
    assert got.get("days_since_rights_infringed") == 58


def test_the_holiday_itself_is_its_day(catalogue):
    from bot import clock
    with clock.fixed(clock.parse("2026-12-06")):
        got = values(catalogue, "国庆节那天被辞退的", "days_since_rights_infringed")
    assert got.get("days_since_rights_infringed") == 66


# -- 一对 (checked against) and 一口锅 (one pot) are no counts --------------------------------

def test_checked_against_is_no_age(catalogue):
    got = values(catalogue, "弄错了 儿子拿本子帮我一对 只有十二年", None, {"age": 63, "pension_contribution_years": 14})
    assert got.get("age") != 1


def test_one_pot_is_no_household_of_one(catalogue):
    got = values(catalogue, "我们老两口跟儿子一家三口 五个人一口锅", "household_size")
    assert got.get("household_size") == 5


def test_one_mouth_of_the_household_unchanged(catalogue):
    assert values(catalogue, "就我一口人", "household_size").get("household_size") == 1


# -- below the line said 底下, or compared with a long name of the line ---------------------

def test_under_the_line_said_dixia(catalogue):
    assert values(catalogue, "社区说我们在标准底下", "income_below_housing_line").get("income_below_housing_line") is True


def test_below_a_long_named_line(catalogue):
    got = values(catalogue, "算到每个人头上 比民政上定的那条保底的线还低", "income_below_dibao_line")
    assert got.get("income_below_dibao_line") is True


def test_above_the_line_stays_a_no(catalogue):
    got = values(catalogue, "比那条线高一点", "income_below_dibao_line")
    assert got.get("income_below_dibao_line") is not True


# -- more words of being let go, dating the rights infringed; more words of an injury -----------

@pytest.mark.parametrize("text, days", [
    ("十一月十六号经理讲以后不用再来了 工资一分没结", 20),
    ("十一月二十号老板叫我把铺盖搬走 补偿一分没有", 16),
])
def test_let_go_dates_the_rights_infringed(catalogue, text, days):
    from bot import clock
    with clock.fixed(clock.parse("2026-12-06")):
        assert values(catalogue, text).get("days_since_rights_infringed") == days


def test_a_landlords_deposit_is_no_rights_infringed(catalogue):
    got = values(catalogue, "房东叫我们十天里搬走 押金也不退", "other_hardship")
    assert "days_since_rights_infringed" not in got


def test_a_fracture_dates_the_injury(catalogue):
    from bot import clock
    with clock.fixed(clock.parse("2026-12-06")):
        got = values(catalogue, "十二月一号在仓库被铲车压到脚 脚趾骨折")
    assert got.get("days_since_injury") == 5


# -- a benefit of another household, said 那一户 ---------------------------------------------

def test_a_benefit_of_anothers_household_is_not_ours(catalogue):
    got = values(catalogue, "低保是我妹妹那一户在吃 我们家从来没评上", "dibao_household")
    assert got.get("dibao_household") is False


def test_our_own_household_benefit_stays(catalogue):
    assert values(catalogue, "我们这一户在吃低保", "dibao_household").get("dibao_household") is True


def test_anothers_benefit_alone_is_no_yes_for_us(catalogue):
    assert values(catalogue, "低保是我哥那户吃着", "dibao_household").get("dibao_household") is not True


# -- a contract not renewed by one's own choice -----------------------------------------------

@pytest.mark.parametrize("text", ["合同到了我自己不想续了", "我是合同满了自己没再续"])
def test_own_choice_not_to_renew(catalogue, text):
    assert values(catalogue, text, "involuntary_job_loss").get("involuntary_job_loss") is False


def test_employer_not_renewing_stays_involuntary(catalogue):
    assert values(catalogue, "合同到期公司不续签了", "involuntary_job_loss").get("involuntary_job_loss") is True


# -- Wu 拨 (passive) and 脱 (done), typos 登计 and 残废 ------------------------------------------

def test_wu_passive_accident(catalogue):
    assert values(catalogue, "伊上礼拜拨电瓶车撞脱 腿断了", "sudden_hardship").get("sudden_hardship") is True


def test_wu_bo_as_giving_is_no_passive():
    from bot.reading.prepare import prepare
    assert "被" not in prepare("儿子每个号头拨我五百块")


def test_typo_registration_not_done(catalogue):
    got = values(catalogue, "失业等记那个表我还没时间去填", "unemployment_registered")
    assert got.get("unemployment_registered") is False


def test_typo_registration_done_unchanged(catalogue):
    assert values(catalogue, "失业登计早就办好了", "unemployment_registered").get("unemployment_registered") is True


def test_wu_no_one_crippled(catalogue):
    got = values(catalogue, "阿拉屋里呒没残废个人", "household_has_disabled")
    assert got.get("household_has_disabled") is False


# -- 独一个 (the only one) child -------------------------------------------------------------

def test_the_one_and_only_daughter(catalogue):
    assert values(catalogue, "家里独一个儿子 在杭州上班", "only_one_child").get("only_one_child") is True


def test_one_of_two_is_no_only_child(catalogue):
    assert values(catalogue, "两个儿子 一个在杭州", "only_one_child").get("only_one_child") is not True


# -- said before: explained at the start, sent already, the question repeated ------------------

def test_sent_already_is_already_said(catalogue):
    from bot.reading import read
    got = read("我早就打字发过去了 你没收到啊", catalogue, "age")
    assert got.non_answer == "already_said" and not got.values()


def test_the_question_repeated_then_told_before(catalogue):
    from bot.reading import read
    got = read("低保是不是 开头就交代过了", catalogue, "dibao_household")
    assert got.non_answer == "already_said" and "dibao_household" not in got.values()


def test_an_answer_with_told_before_stays(catalogue):
    from bot.reading import read
    got = read("残疾证有的 我一开始就讲过了", catalogue, "has_disability_certificate")
    assert got.values().get("has_disability_certificate") is True
