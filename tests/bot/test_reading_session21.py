"""Reading classes found in session 21 (set 26's screening conversations): the dibao told by
what it is (评上了, the village's monthly 保底 money) and money a public body pays being no
supporter's; "没评过" of the household; a generic "收入超了" naming no line; a household where
no one is at work now; limbs still nimble; no pregnancy or adoption after; far short of the line;
a shop beyond the home owned (read only when owned, not sold); a farmer come to work in a factory;
work at home's fish pond; the year paid into (交到第N个年头); 伢 for a child; a birth told by
去年/前年/大前年 and the year's sign after a pause; a mother known by the child's father named as
hers; and "也住那" where the 户籍 was just named, for a grandmother and grandson together."""
import pytest

from bot import clock
from tests.bot.reading_support import values


def on(day, catalogue, text, asked=None, known=None):
    with clock.fixed(clock.parse(day)):
        return values(catalogue, text, asked, known)


# -- the dibao told by what it is -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["评上了 每个月镇上打钱过来", "拿的就是村里保底的钱", "评了三年了 一直是保底钱"])
def test_the_dibao_told_by_what_it_is(catalogue, text):
    got = values(catalogue, text, "dibao_household")
    assert got["dibao_household"] is True
    assert "has_able_supporter" not in got and "has_income_source" not in got


def test_money_a_public_body_pays_is_no_supporters(catalogue):
    got = values(catalogue, "每个月政府给钱", "has_able_supporter")
    assert "has_able_supporter" not in got


def test_a_son_sending_money_is_still_a_supporter(catalogue):
    assert values(catalogue, "儿子每个月打钱回来", "has_able_supporter")["has_able_supporter"] is True


def test_asking_for_the_monthly_floor_money_is_no_dibao(catalogue):
    assert "dibao_household" not in values(catalogue, "想去找政府要个每月的保底钱 不知道行不行")


@pytest.mark.parametrize("text", ["我们家没评过", "她家里没有评过 条件够不上"])
def test_the_household_never_assessed_is_no_dibao(catalogue, text):
    assert values(catalogue, text, "dibao_household")["dibao_household"] is False


def test_another_kind_never_assessed_is_no_dibao_answer(catalogue):
    got = values(catalogue, "不是低保 低收入户也没评过", "dibao_household")
    assert got["dibao_household"] is False and got.get("other_special_difficulty") is not True


def test_income_over_names_no_line_unless_asked(catalogue):
    assert "income_below_housing_line" not in values(catalogue, "他们家收入太高了 评不上", "dibao_household")
    assert values(catalogue, "收入超了", "income_below_housing_line")["income_below_housing_line"] is False


# -- a household at work or not -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["家里三个大人 眼下都没在上班", "他们夫妻俩都没有在上班"])
def test_no_one_at_work_now_is_a_zero_employment_household(catalogue, text):
    got = values(catalogue, text, "zero_employment_household")
    assert got["zero_employment_household"] is True and "has_labour_capacity" not in got


def test_one_at_work_is_not(catalogue):
    assert values(catalogue, "我老婆在上班 我没在上班", "zero_employment_household").get("zero_employment_household") is not True


# -- disability, another child --------------------------------------------------------------------

def test_limbs_still_nimble_is_no_disability_in_the_household(catalogue):
    assert values(catalogue, "我外婆腿脚还灵 一个人住", "household_has_disabled")["household_has_disabled"] is False


def test_the_resident_without_disability_beside_a_disabled_father_stays(catalogue):
    got = values(catalogue, "我自己没残疾，我爸是，持证的", "household_has_disabled")
    assert got["household_has_disabled"] is True


@pytest.mark.parametrize("text", ["后来我就再没怀过", "之后没有再怀过 也没去抱一个"])
def test_no_pregnancy_or_adoption_after(catalogue, text):
    assert values(catalogue, text, "had_another_child")["had_another_child"] is False


def test_an_adoption_after_is_still_another_child(catalogue):
    assert values(catalogue, "后来抱养了一个女儿", "had_another_child")["had_another_child"] is True


# -- lines and assets -------------------------------------------------------------------------------

def test_far_short_of_the_line_is_below_it(catalogue):
    got = values(catalogue, "一个月就几百块 跟那条线比差得远", "income_below_dibao_line")
    assert got["income_below_dibao_line"] is True


def test_far_short_is_read_only_as_the_answer(catalogue):
    assert "income_below_dibao_line" not in values(catalogue, "跟人家比差得远", "has_income_source")


def test_a_shop_owned_beyond_the_home_is_read_below_sure(catalogue):
    from bot.reading import read
    reading = read("我名下还有一套街上的门面房 一直没租出去", catalogue, "assets_within_local_rules", {})
    found = reading.facts["assets_within_local_rules"]
    assert found.value is False and found.confidence < 0.9  # a refusal resting on it is confirmed first


@pytest.mark.parametrize("text", ["名下还有一间商铺 去年卖掉了", "我名下没有商铺", "我们还有一间店面 是租人家的",
                                  "店面是租来的 我名下就一套住的房子"])
def test_a_shop_sold_denied_or_rented_is_no_asset_beyond_the_home(catalogue, text):
    assert values(catalogue, text, "assets_within_local_rules").get("assets_within_local_rules") is not False


# -- work -----------------------------------------------------------------------------------------

def test_a_farmer_come_to_a_factory_is_a_migrant_worker(catalogue):
    assert values(catalogue, "我本来是种地的庄稼人 前年到德清进厂打工", "training_group")["training_group"] == "农民工"


@pytest.mark.parametrize("text", ["我在自家鱼塘里养鱼", "我在村里种田"])
def test_work_at_home_is_no_public_institution(catalogue, text):
    assert values(catalogue, text, "public_institution_staff")["public_institution_staff"] is False


def test_a_fish_pond_said_unasked_says_nothing_of_institutions(catalogue):
    assert "public_institution_staff" not in values(catalogue, "我在家里鱼塘帮忙", "employment_status")


# -- numbers: years paid, a child's age -------------------------------------------------------------

def test_the_year_paid_into_is_the_years_paid(catalogue):
    assert values(catalogue, "农保交到第九个年头就停了")["pension_contribution_years"] == 9


def test_a_year_worked_into_is_not_years_paid(catalogue):
    assert "pension_contribution_years" not in values(catalogue, "在厂里干到第九个年头", "age")


def test_ya_is_a_child(catalogue):
    got = values(catalogue, "伢今年七岁 在老家读书")
    assert got.get("child_age") == 7 and "age" not in got


@pytest.mark.parametrize("text, age", [("女儿是去年三月生的", 1), ("女儿是前年三月生的", 2), ("女儿是大前年三月生的", 3),
                                       ("女儿是大前年十二月二十号生的", 2)])
def test_a_birth_told_by_a_year_named_from_this_one(catalogue, text, age):
    assert on("2026-12-06", catalogue, text, "child_age")["child_age"] == age


def test_the_corrected_birth_year_wins(catalogue):
    got = on("2026-12-06", catalogue, "闺女是去年五月生的 不对 是前年五月 属龙的")
    assert got["child_age"] == 2


def test_last_year_said_of_something_else_is_no_birth(catalogue):
    assert "child_age" not in on("2026-12-06", catalogue, "去年三月生了一场病", "child_age")


# -- whose age: the mother telling ----------------------------------------------------------------

def test_a_mother_known_by_the_childs_father_named_as_hers(catalogue):
    got = values(catalogue, "儿子前年出事走了 他爸一直缓不过来 我今年五十二 想问问有没有扶助")
    assert got["woman_age"] == 52


@pytest.mark.parametrize("text", ["孙女今年十岁 她爸在外地打工 我今年六十五", "我老婆她爸七十了 我今年四十五"])
def test_a_grandparent_or_a_wifes_father_makes_no_mother(catalogue, text):
    assert "woman_age" not in values(catalogue, text)


# -- places: lives there too ------------------------------------------------------------------------

def test_lives_there_too_where_the_hukou_is(catalogue):
    got = values(catalogue, "我妈户口在钟管镇 也住那 找谁办", None, {"applicant": "parent"})
    assert got["hukou_place"] == "德清县" and got["residence_place"] == "德清县"


def test_grandmother_and_grandson_together(catalogue):
    got = values(catalogue, "我们祖孙俩户口都在新市镇 人也住在该搭", None, {"applicant": "child"})
    assert got["hukou_place"] == "德清县" and got["residence_place"] == "德清县"


@pytest.mark.parametrize("text", ["户口在新市镇 以前也住那", "户口在新市镇 不住那", "户口在新市镇 也住那边吗"])
def test_lived_there_before_denied_or_asked_is_no_residence(catalogue, text):
    assert "residence_place" not in values(catalogue, text)


# == answers_test20 (set 26's answer table), by class ===============================================

def test_a_hard_hurdle_is_another_hardship_when_asked(catalogue):
    assert values(catalogue, "这回是真碰上过不去的坎了", "other_hardship")["other_hardship"] is True


def test_a_hurdle_unasked_is_no_hardship(catalogue):
    assert "other_hardship" not in values(catalogue, "考驾照是一道坎", "has_labour_capacity")


@pytest.mark.parametrize("text", ["体检没过 兵没当成", "想去部队 最后没当上兵"])
def test_a_soldier_one_never_became_is_no_veteran(catalogue, text):
    assert values(catalogue, text, "veteran")["veteran"] is False


def test_a_soldier_one_became_is_a_veteran(catalogue):
    assert values(catalogue, "当了三年兵 一九年退的", "veteran")["veteran"] is True


def test_watched_every_moment_needs_care(catalogue):
    got = values(catalogue, "她发起病来得有人时刻盯着 一个人待着就危险", "needs_long_term_care")
    assert got["needs_long_term_care"] is True and "household_size" not in got


def test_living_alone_is_still_a_household_of_one(catalogue):
    assert values(catalogue, "我一个人住", "household_size")["household_size"] == 1


def test_no_income_of_any_kind(catalogue):
    assert values(catalogue, "这两年没有任何进项", "has_income_source")["has_income_source"] is False


@pytest.mark.parametrize("text", ["扁担都挑不动了", "走几步路就要歇一歇"])
def test_too_weak_to_carry_or_walk_is_no_capacity_to_work(catalogue, text):
    assert values(catalogue, text, "has_labour_capacity")["has_labour_capacity"] is False


def test_receiving_the_dibao_the_application_long_done(catalogue):
    got = values(catalogue, "我们家吃低保的 大前年村里帮我们报上去的", "dibao_household")
    assert got["dibao_household"] is True


def test_an_application_waiting_is_still_not_known(catalogue):
    got = values(catalogue, "低保报上去了 还在等", "dibao_household")
    assert got["dibao_household"] == "不知道"


def test_wanting_the_dibao_while_applying_is_not_receiving_it(catalogue):
    got = values(catalogue, "想拿低保 已经报上去了", "dibao_household")
    assert got.get("dibao_household") is not True


def test_the_unemployment_item_paid_is_no_pension_nor_status(catalogue):
    got = values(catalogue, "厂里帮我交失业这一项 交了两年", "unemployment_contribution_years")
    assert "covered_by_employee_pension" not in got and "training_group" not in got


def test_the_spouses_age_from_the_residents_when_asking_for_the_spouse(catalogue):
    assert values(catalogue, "我七十 老伴比我小三岁 给老伴问的", "age")["age"] == 67


def test_the_residents_own_age_stays_when_asking_for_themself(catalogue):
    assert values(catalogue, "我七十 老伴比我小三岁", "age")["age"] == 70


def test_the_old_lady_a_hotline_caller_speaks_of_is_the_one_asked_about(catalogue):
    got = values(catalogue, "来电人说 老太太今年八十三", "age")
    assert got["age"] == 83 and "woman_age" not in got


# -- dates and numbers ----------------------------------------------------------------------------

def test_a_season_before_the_month_and_a_birth_said_as_coming_into_the_world(catalogue):
    assert on("2026-12-06", catalogue, "我是七〇年秋天九月里出世的", "age")["age"] == 56


def test_may_day_told_by_a_days_word(catalogue):
    assert on("2026-12-06", catalogue, "今年五一那天从脚手架上摔下来", "days_since_injury")["days_since_injury"] == 219


def test_fifty_one_is_no_may_day(catalogue):
    assert on("2026-12-06", catalogue, "我五十一", "age")["age"] == 51


def test_the_birth_month_told_after_the_year(catalogue):
    got = on("2026-12-06", catalogue, "闺女生在二〇二一年 八月里热得很的时候生的", "child_age")
    assert got["child_age"] == 5


def test_a_month_after_the_year_of_something_else_is_no_birth_month(catalogue):
    got = on("2026-12-06", catalogue, "女儿生在二〇二二年 三月份搬的家", "child_age")
    assert got["child_age"] == {"from": 3, "to": 4}


def test_just_over_a_number_of_square_metres_each(catalogue):
    got = values(catalogue, "摊到每个人三十出头个平方", "per_capita_housing_area")
    assert got["per_capita_housing_area"] == {"from": 30, "to": 33}


def test_an_age_range_said_beside_a_forgotten_birth_year_stays_a_range(catalogue):
    got = values(catalogue, "六十二三的样子 身份证上哪年的我记不得了", "age")
    assert got["age"] == {"from": 62, "to": 63}


# -- non-answers ----------------------------------------------------------------------------------

def test_what_it_would_cost_supposed_is_a_question_back(catalogue):
    from bot.reading import read
    reading = read("如果真轮到我们 每个月得交多少房租", catalogue, "income_below_housing_line", {})
    assert reading.non_answer == "side_question" and not reading.values()


def test_rent_paid_now_is_no_question(catalogue):
    from bot.reading import read
    assert read("每个月要付几百块房租", catalogue, "household_monthly_income", {}).non_answer is None


def test_which_way_the_measure_is_counted_not_understood(catalogue):
    from bot.reading import read
    reading = read("那个线是按人头算还是按全家算 我弄不清", catalogue, "income_below_dibao_line", {})
    assert reading.non_answer == "dont_know_what_you_mean" and not reading.values()


def test_an_honest_dont_know_stays_an_answer(catalogue):
    assert values(catalogue, "家里一个月多少进账我算不清", "household_monthly_income")["household_monthly_income"] == "不知道"


# -- work every day; the employee pension never paid ------------------------------------------------

def test_at_work_every_day_is_employed(catalogue):
    assert values(catalogue, "在织里一家童装厂烫衣服 每天都上班", "employment_status")["employment_status"] == "在职"


def test_every_day_at_work_before_is_not_now(catalogue):
    assert values(catalogue, "以前天天上班 今年厂倒了", "employment_status")["employment_status"] == "失业"


def test_the_employee_pension_never_paid_is_no_year_of_the_residents_pension(catalogue):
    got = values(catalogue, "职工那块养老保险厂里从来没交", "covered_by_employee_pension")
    assert got["covered_by_employee_pension"] is False and "pension_contribution_years" not in got


def test_the_pension_never_paid_is_still_no_year(catalogue):
    assert values(catalogue, "养老保险一年都没交过", "pension_contribution_years")["pension_contribution_years"] == 0


# -- premises for a business rented are no home rented ---------------------------------------------

@pytest.mark.parametrize("text", ["店面是租别人的", "门面房是租来的 一年两万"])
def test_a_shop_rented_says_nothing_of_a_home(catalogue, text):
    assert "has_local_housing" not in values(catalogue, text, "has_local_housing")


def test_a_home_rented_is_still_no_home_owned(catalogue):
    assert values(catalogue, "房子是租别人的", "has_local_housing")["has_local_housing"] is False


@pytest.mark.parametrize("text", ["她自己前年生了乳腺癌", "女儿前年生了个儿子", "我大前年生的病"])
def test_an_illness_or_a_grandchild_born_that_year_is_no_childs_birth(catalogue, text):
    assert "child_age" not in on("2026-12-06", catalogue, text)


@pytest.mark.parametrize("text", ["想申请保底的钱", "我们打算去要个保底钱"])
def test_the_floor_money_wished_for_is_not_had(catalogue, text):
    assert values(catalogue, text, "dibao_household").get("dibao_household") is not True
