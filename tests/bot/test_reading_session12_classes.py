"""Classes of reading failures found in the twelfth session's conversations, each fixed by a general
rule and checked with phrasings of our own and cases the rule must not catch."""
import pytest

from tests.bot.reading_support import values


# -- 来 after a round number is about that number, a little either side, at its own scale ---------

@pytest.mark.parametrize("text, asked, key, low, high", [
    ("两千来块", "household_monthly_income", "household_monthly_income", 2000, 2300),
    ("一个月三千来块钱", "household_monthly_income", "household_monthly_income", 3000, 3300),
    ("三十来岁", "age", "age", 30, 33),
])
def test_lai_is_about_the_figure_at_its_scale(catalogue, text, asked, key, low, high):
    assert values(catalogue, text, asked).get(key) == {"from": low, "to": high}


# -- the one a household lives on is no household of one -------------------------------------

@pytest.mark.parametrize("text", ["家里就靠我一个人", "全家都靠他一个人", "现在就靠着老公一个人"])
def test_the_one_the_household_lives_on_is_not_its_size(catalogue, text):
    assert "household_size" not in values(catalogue, text, "household_size")


@pytest.mark.parametrize("text", ["家里就我一个人", "就我一个人过"])
def test_a_household_of_one_is_still_read(catalogue, text):
    assert values(catalogue, text, "household_size").get("household_size") == 1


# -- a child's situation: a household rated in hardship, and hardship denied -------------------

@pytest.mark.parametrize("text", ["村里给评了困难户", "她爸病了两年 家里就靠我一个人 村里给评了困难户", "我们是低保户"])
def test_a_household_rated_in_hardship_is_the_childs_hardship(catalogue, text):
    assert values(catalogue, text, "child_situation").get("child_situation") == "家庭经济困难"


@pytest.mark.parametrize("text", ["说困难也谈不上，也不是孤儿，孩子身体好好的", "困难倒算不上", "谈不上困难"])
def test_hardship_denied_is_none_of_them(catalogue, text):
    assert values(catalogue, text, "child_situation").get("child_situation") == "都不是"


@pytest.mark.parametrize("text", ["不是困难户", "我们不是低保户"])
def test_hardship_status_denied_is_no_hardship_read(catalogue, text):
    assert values(catalogue, text, "child_situation").get("child_situation") != "家庭经济困难"


# -- Wu answers: 伊 before the denial, 别样 for 别的, the thing named then none of it -------------------

@pytest.mark.parametrize("text", ["别样的养老钞票一分也呒没拿过", "别的退休工资伊呒没的", "养老钱一分也没拿过", "退休工资伊没有"])
def test_a_wu_denial_of_another_pension_is_a_no(catalogue, text):
    assert values(catalogue, text, "receiving_basic_pension").get("receiving_basic_pension") is False


@pytest.mark.parametrize("text", ["退休工资伊有的", "别样的退休工资伊拿的"])
def test_a_wu_yes_stays_a_yes(catalogue, text):
    assert values(catalogue, text, "receiving_basic_pension").get("receiving_basic_pension") is True


# -- "V了没有" asks; it is neither a yes nor a no ------------------------------------------------

@pytest.mark.parametrize("text, asked", [("证办了没有", "has_disability_certificate"), ("证拿到手了没有", "has_disability_certificate"),
                                         ("退休工资领了没有", "receiving_basic_pension")])
def test_asked_whether_done_reads_nothing(catalogue, text, asked):
    assert asked not in values(catalogue, text, asked)


@pytest.mark.parametrize("text, value", [("证拿到手哉", True), ("证还没拿到手", False), ("证办了", True)])
def test_the_certificate_in_hand_or_not(catalogue, text, value):
    assert values(catalogue, text, "has_disability_certificate").get("has_disability_certificate") is value


# -- a sign only, after the fact itself denied, takes nothing back --------------------------------

@pytest.mark.parametrize("text", ["去年请人鉴定过 说房子结构没问题 不算危房 就是漏雨", "不是危房 只是有点漏水"])
def test_a_sign_after_the_fact_denied_keeps_the_denial(catalogue, text):
    assert values(catalogue, text, "house_dilapidated").get("house_dilapidated") is False


def test_a_source_after_no_income_is_a_source(catalogue):
    assert values(catalogue, "呒没啥收入，就是儿子寄点钞票", "has_income_source").get("has_income_source") is True


# -- statements ending in 什么 are no questions ---------------------------------------------------

def test_nothing_left_over_is_no_question(catalogue):
    from bot.reading import read
    assert read("除了房租吃饭看病 剩不下什么", catalogue, "income_below_housing_line", {}).non_answer is None
    assert read("要什么", catalogue, "has_income_source", {}).non_answer == "side_question"


# -- no certificate anyone has, asked whether the household has a certified member ----------------

@pytest.mark.parametrize("text", ["一家五口 没一个办过那种证", "残疾证还没去办 医生说可以办"])
def test_no_one_certified_is_no_certified_member(catalogue, text):
    assert values(catalogue, text, "household_has_disabled").get("household_has_disabled") is False


def test_a_certificate_not_yet_applied_for_told_unasked_is_the_applicants(catalogue):
    got = values(catalogue, "我爸中风瘫在床上半年了，残疾证还没去办，护理补贴能先申吗", None)
    assert got.get("has_disability_certificate") is False and "household_has_disabled" not in got


# -- 丫头 and 小子 are children ---------------------------------------------------------------------

@pytest.mark.parametrize("text, age", [("我一个人带丫头 丫头五岁读中班", 5), ("我家小子七岁", 7)])
def test_a_girl_or_boy_called_so_is_a_child(catalogue, text, age):
    got = values(catalogue, text, None)
    assert got.get("child_age") == age and "age" not in got and "household_size" not in got


# -- towns and where one lives said beside the 户籍 ---------------------------------------------------

@pytest.mark.parametrize("text, place", [("阿拉住杨家埠", "吴兴区"), ("住东迁街道", "南浔区"), ("一个人住在旧馆", "南浔区")])
def test_more_towns_name_their_district(catalogue, text, place):
    assert values(catalogue, text, None).get("residence_place") == place


@pytest.mark.parametrize("text, place", [("阿拉户口勒龙山街道 人也住勒浪", "长兴县"), ("户口在上墅 人也住那边", "安吉县"),
                                         ("他户口在安吉上墅 人住我这儿递铺", "安吉县")])
def test_living_there_too_or_here_is_a_residence(catalogue, text, place):
    got = values(catalogue, text, None)
    assert got.get("residence_place") == place


def test_a_hukou_alone_names_no_residence(catalogue):
    assert "residence_place" not in values(catalogue, "他户口在安吉上墅", None)


# -- an option inside another fact's denial is denied too -----------------------------------------

def test_an_option_inside_a_denial_is_not_read(catalogue):
    got = values(catalogue, "没人给我们评过困难户 孩子身体也好好的", "child_situation")
    assert got.get("child_situation") != "家庭经济困难"


def test_an_option_that_ends_another_facts_plain_phrase_is_still_read(catalogue):
    # "在家种地" is also public_institution_staff's (not staff) phrase, with no negator in it: 务农 stands
    assert values(catalogue, "不是吃公家饭的，我在家种地", "public_institution_staff").get("employment_status") == "务农"


@pytest.mark.parametrize("text", ["吃饭穿衣都要我弄", "洗澡上厕所都得我弄"])
def test_everything_done_by_the_carer_is_long_term_care(catalogue, text):
    assert values(catalogue, text, "needs_long_term_care").get("needs_long_term_care") is True


# -- the day one was let go, with the pay withheld, is when the rights were infringed ---------------

def test_the_day_let_go_with_pay_withheld_counts_for_the_arbitration(catalogue):
    from bot import clock
    with clock.fixed(clock.parse("2026-12-05")):
        got = values(catalogue, "今年七月三十一号厂里说不要他了 最后两个月工资和补偿都没给", None)
    assert got.get("days_since_rights_infringed") == 127


def test_a_date_with_nothing_of_work_lost_is_no_infringement(catalogue):
    from bot import clock
    with clock.fixed(clock.parse("2026-12-05")):
        got = values(catalogue, "今年七月三十一号我们搬了家", None)
    assert "days_since_rights_infringed" not in got
