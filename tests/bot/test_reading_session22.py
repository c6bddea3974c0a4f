"""Reading classes found in session 22 (blind set 27's answer table and conversations, studied):
whom the resident asks about named last ("问女儿", "问我妈"); a spouse's age from the
resident's with 老太婆 / 那口子 / 儿子的娘; an age reached a year or two ago (去年春天就满六十);
a child counted in months past a year; a birth in the middle of a month (九月中旬生的); the
start of contributions told with its occasion between; the people of a home counted for the area
a head (老公房 is a house, not a husband); a place lived in the city (湖州城里吴兴); none paid
"here" or "at home"; a few hundred a month, no income at all, "够不上那个线" against a line;
the dibao not "eaten"; shops, boats and certificates told in residents' words."""
import pytest

from bot import clock
from tests.bot.reading_support import values


def on(day, catalogue, text, asked=None, known=None):
    with clock.fixed(clock.parse(day)):
        return values(catalogue, text, asked, known)


# -- whom the resident asks about, named last --------------------------------------------------------

def test_asked_of_the_daughter_named_last(catalogue):
    assert values(catalogue, "我女儿是三级 她爸是一级 问女儿", "disability_grade")["disability_grade"] == "三级"
    got = values(catalogue, "我已经退休 我女儿被公司裁了在家 问女儿", "employment_status")
    assert got["employment_status"] == "失业"


def test_asked_of_the_mother_named_last(catalogue):
    got = values(catalogue, "我住吴兴 我妈一个人住在安吉老家 问我妈", "residence_place")
    assert got["residence_place"] == "安吉县"


def test_the_husband_fed_by_others_has_no_labour_capacity(catalogue):
    got = values(catalogue, "我自己还能种菜 老头子前年中风后饭都要人喂 我问的是老头子", "has_labour_capacity")
    assert got["has_labour_capacity"] is False


# -- a spouse's age from the resident's ----------------------------------------------------------------

def test_the_old_wife_younger_by_years_asked_for(catalogue):
    assert values(catalogue, "我是七十一了 老太婆比我小六岁 要问的是她", "age")["age"] == 65


def test_that_one_of_the_house_younger_by_years(catalogue):
    got = values(catalogue, "我今年五十五 我家那口子比我小四岁", "woman_age")
    assert got["woman_age"] == 51


def test_the_sons_mother_is_the_wife(catalogue):
    assert values(catalogue, "伲子个娘五十八 正月里刚做过寿", "woman_age")["woman_age"] == 58


# -- ages reached before, told in months, born mid-month -----------------------------------------------

def test_sixty_reached_last_spring(catalogue):
    assert on("2026-12-06", catalogue, "去年春天就满六十哉", "age")["age"] == 61
    assert on("2026-12-06", catalogue, "阿拉养了一世蚕 去年春天就满六十哉 阿拉自家交了十七年")["age"] == 61


def test_sixty_reached_last_year_season_unsaid_is_a_range(catalogue):
    assert on("2026-12-06", catalogue, "去年就满六十了", "age")["age"] == {"from": 60, "to": 61}


def test_next_month_still_one_short(catalogue):
    assert values(catalogue, "下个月满六十", "age")["age"] == 59


def test_a_child_counted_in_months_past_a_year(catalogue):
    assert values(catalogue, "孩子十八个月了", "child_age")["child_age"] == 1
    assert values(catalogue, "宝宝十个月", "child_age")["child_age"] == 0


def test_a_birth_in_the_middle_of_a_month(catalogue):
    got = on("2026-12-06", catalogue, "闺女是二〇年九月中旬生的 正好卡在九月这个坎上 明年秋天开学能不能排得上")
    assert got["child_age"] == 6


def test_the_sichuan_youngest_son_is_a_child(catalogue):
    got = values(catalogue, "我们重庆万州的 在雷甸电子厂上班 幺儿五岁 明年七月满六岁")
    assert got["child_age"] == 5 and "age" not in got


# -- years of contributions ---------------------------------------------------------------------------

def test_the_start_told_with_its_occasion_between(catalogue):
    got = on("2026-12-06", catalogue, "二〇一〇年村里动员的时候开始交 一年没断过 今年的也交掉了", "pension_contribution_years")
    assert got["pension_contribution_years"] == 17


@pytest.mark.parametrize("text", ["湖州迭搭一年也呒没交过 江西老家也呒没交", "湖州这里一年也没交过"])
def test_none_paid_here_or_at_home(catalogue, text):
    assert values(catalogue, text, "pension_contribution_years")["pension_contribution_years"] == 0


# -- homes and places ---------------------------------------------------------------------------------

def test_the_people_of_the_home_share_its_area(catalogue):
    got = values(catalogue, "老公房七十二平方 我们夫妻俩加两个孩子住", "per_capita_housing_area")
    assert got["household_size"] == 4 and got["per_capita_housing_area"] == 18


def test_living_in_the_city_of_huzhou(catalogue):
    got = values(catalogue, "户口在长兴洪桥 人住在湖州城里吴兴这边", "hukou_place")
    assert got["hukou_place"] == "长兴县" and got["residence_place"] == "吴兴区"


def test_a_rented_farmers_house_and_the_governments_houses_sought(catalogue):
    got = values(catalogue, "俺是河南周口的 两口子在南浔木地板厂干了五年 一家四口挤在农民房一间里 房东说明年要涨价 "
                            "听说这边有政府的房子租金便宜 俺们外地的中不中")
    assert got["has_local_housing"] is False
    assert "planning_pregnancy" not in got


# -- incomes and lines ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["两家头加起来一个号头几百块 药钞票一付就呒没哉", "一个月就几百块 不够",
                                  
                                  "来电人说 嗯 他现在一分钱收入都没有 都是她接济"])
def test_below_the_dibao_line(catalogue, text):
    assert values(catalogue, text, "income_below_dibao_line")["income_below_dibao_line"] is True


def test_short_of_the_housing_line(catalogue):
    got = values(catalogue, "来电人说 嗯 一个月就两千多 还要养女儿 肯定够不上那个线", "income_below_housing_line")
    assert got["income_below_housing_line"] is True


def test_rent_of_a_shop_is_a_means_of_living(catalogue):
    assert values(catalogue, "就是那间门面的房租 每个月一千多", "has_income_source")["has_income_source"] is True


# -- the dibao and extreme poverty ----------------------------------------------------------------------

def test_not_a_dibao_household(catalogue):
    assert values(catalogue, "阿拉勿是吃迭个个", "dibao_household")["dibao_household"] is False


def test_the_dibao_assessed_and_paid_monthly(catalogue):
    got = values(catalogue, "我老公五十八 前年中风 我在家服侍他 村里去年给我们评上了每个月打钱的那种")
    assert got["dibao_household"] is True


def test_short_of_the_monthly_money_is_no_dibao(catalogue):
    assert values(catalogue, "村里说我们还够不上那种每月打钱的人家").get("dibao_household") is not True


def test_not_supported_with_parents_alive(catalogue):
    got = values(catalogue, "那种没有 女儿有爹有娘", "extreme_poverty_supported")
    assert got["extreme_poverty_supported"] is False


# -- residents' words ------------------------------------------------------------------------------------

def test_other_hardship_a_husband_gone_missing(catalogue):
    got = values(catalogue, "丈夫被骗去境外打工 到现在联系不上 家里三个孩子没人养", "other_hardship")
    assert got["other_hardship"] is True


def test_a_boat_sunk(catalogue):
    got = values(catalogue, "来电人说 嗯 她家运货的船在运河里被大货船撞沉了 全家就靠这条船", "sudden_hardship")
    assert got["sudden_hardship"] is True


def test_an_operation_all_at_once_for_a_dibao_household(catalogue):
    got = values(catalogue, "我们是低保户 上个月孩子做手术一下花了两万多 实在撑不住", "dibao_household")
    assert got["dibao_household"] is True and got["dibao_expense_surge"] is True


def test_failed_the_exam_and_no_more_school(catalogue):
    got = values(catalogue, "今年高考落榜了 复读不想读 在家帮爸妈看了半年店", "training_group")
    assert got["is_student"] is False


def test_still_at_technical_school_after_a_correction(catalogue):
    got = values(catalogue, "我十七岁 没读书了 想自己交一份养老 哦等一下 我其实还在技校 学籍挂着的 现在是出来实习")
    assert got["is_student"] is True


def test_no_work_found_yet_is_out_of_work(catalogue):
    got = values(catalogue, "今年六月大专毕业 家里是村里建档的困难户 到现在还没找到事做", "poor_family_graduate")
    assert got["employment_status"] == "失业"


def test_wu_still_able_to_work_the_fields(catalogue):
    assert values(catalogue, "阿拉还好做生活个 田里个稻还割得动", "has_labour_capacity")["has_labour_capacity"] is True


def test_a_typo_of_the_certificate(catalogue):
    got = values(catalogue, "伊个残急证早就领好哉", "has_disability_certificate")
    assert got["has_disability_certificate"] is True


def test_the_booklet_with_the_grade_is_the_certificate(catalogue):
    got = values(catalogue, "他十八岁那年评的残 本子上写肢体三级", "has_disability_certificate")
    assert got["has_disability_certificate"] is True and got["disability_grade"] == "三级"


def test_a_migrant_from_the_countryside_into_a_factory(catalogue):
    assert values(catalogue, "我就是从怀化乡下出来进厂的", "training_group")["training_group"] == "农民工"


def test_renewal_offered_and_declined_is_no_involuntary_loss(catalogue):
    got = values(catalogue, "合同到期了 公司叫她续签 就没续", "involuntary_job_loss")
    assert got["involuntary_job_loss"] is False


def test_the_resident_named_twice_is_one_of_the_home(catalogue):
    got = values(catalogue, "我家那套两居室 房产证上五十四平 住我跟老婆还有闺女", "per_capita_housing_area")
    assert got["household_size"] == 3 and got["per_capita_housing_area"] == 18
