"""Reading classes the lead met in session 21 (sets 22, 23 and 26's conversations). Our own sentences."""
import pytest

from tests.bot.reading_support import values


@pytest.mark.parametrize("text", ["七十平方 住了五口人 一个人分不到几个平方", "一共五十平 四个人住 一个人才分到十几平"])
def test_per_person_after_the_household_is_no_household_of_one(catalogue, text):
    read_ = values(catalogue, text, "per_capita_housing_area")
    assert read_.get("household_size") in (4, 5)
    assert read_.get("per_capita_housing_area") not in (50, 70, None)  # the total is not per person


def test_near_miss_one_person_living_alone_is_a_household_of_one(catalogue):
    read_ = values(catalogue, "家里就我一个人 住六十平方", "per_capita_housing_area")
    assert read_.get("household_size") == 1 and read_.get("per_capita_housing_area") == 60


@pytest.mark.parametrize("text", ["那年生意亏了 老婆带着孩子走了 我就病了", "我们只有一个女儿 前年嫁到四川去了"])
def test_a_child_who_went_away_or_married_away_is_no_child_lost(catalogue, text):
    assert values(catalogue, text).get("only_child_lost") is None


def test_near_miss_an_only_child_who_died_is_lost(catalogue):
    assert values(catalogue, "我们只有一个女儿 前年生病走了")["only_child_lost"] is True


def test_a_child_not_saved_is_lost_and_the_age_at_death_is_no_age(catalogue):
    read_ = values(catalogue, "儿子十六岁那年打球倒下 送到医院没抢救过来")
    assert read_.get("only_child_lost") is True
    read_ = values(catalogue, "阿拉只养过一个囡 三十年前勒塘里游水 淹脱哉 才十二岁")
    assert read_.get("only_child_lost") is True and read_.get("child_age") is None
    # (a spouse not saved is not a child lost; an age after a spouse's death with 岁 is still the speaker's)
    assert values(catalogue, "老伴前年中风 最后没留住").get("only_child_lost") is None
    assert values(catalogue, "老伴走了 我才六十岁").get("age") == 60


def test_not_saved_is_no_sudden_hardship_denied(catalogue):
    assert values(catalogue, "女儿心肌炎 没抢救过来").get("sudden_hardship") is not False
    assert values(catalogue, "我老公突然倒下 送去抢救了").get("sudden_hardship") is True


def test_a_child_told_to_be_well_off_leaves_no_supporter_open(catalogue):
    text = "阿拉八十哉 老太婆走脱了 伲子勒杭州开厂 钞票一分也勿拨 人家讲阿拉迭种呒人管个老头子"
    assert values(catalogue, text).get("has_able_supporter") is None
    assert values(catalogue, "我没儿没女 没人管").get("has_able_supporter") is False


def test_nothing_drawn_and_an_empty_savings_book_is_no_income(catalogue):
    assert values(catalogue, "勿领啥个钞票个 存折浪空个", "has_income_source")["has_income_source"] is False


def test_a_hukou_moved_here_is_the_huzhou_place_not_the_home_left(catalogue):
    read_ = values(catalogue, "俺老家河南周口 十年前入赘到德清新市 户口也迁过来了 今年四十八")
    assert read_.get("hukou_place") == "德清县"
    assert values(catalogue, "老家安徽的 户口也迁过来了").get("hukou_place") is None  # (no Huzhou place named: nothing)
    # near miss: not moved, still the home place's
    assert values(catalogue, "老家安徽的 户口没迁过来 在长兴打工").get("hukou_place") == "外地"


@pytest.mark.parametrize("text, key", [("俺就是个烧窑的", "public_institution_staff"), ("砖厂从来没给俺交过", "covered_by_employee_pension")])
def test_a_kiln_worker_is_no_public_staff_and_never_paid_in_is_not_covered(catalogue, text, key):
    assert values(catalogue, text, key)[key] is False


def test_money_a_son_has_but_will_not_give_is_an_able_supporter_not_an_income(catalogue):
    read_ = values(catalogue, "伲子有钞票个 就是勿肯拿出来 伊身体好好个", "has_able_supporter")
    assert read_.get("has_able_supporter") is True and "has_income_source" not in read_
    assert values(catalogue, "儿子每个月给我寄钱").get("has_income_source") is True


def test_sent_home_by_the_boss_is_an_involuntary_loss_and_a_daughter_married_away_leaves_support_open(catalogue):
    assert values(catalogue, "上个月老板说订单少了让他回家 没给补偿")["involuntary_job_loss"] is True
    text = "阿拉老头子前年走脱哉 阿拉八十 一个人住勒乡下 囡儿嫁到上海去哉 听讲政府会得帮阿拉迭种孤老"
    assert values(catalogue, text).get("has_able_supporter") is None


def test_a_bill_left_after_the_insurance_paid_is_the_medical_assistance_need():
    from bot.triage import needs

    story = ("我今年五十 老伴前年走了 我一个人带着孙子 在厂里做保洁 一个月两千多 去年查出乳腺的毛病 开了刀 "
             "医保报了还自己出了八千多 现在真的撑不住了 政府有什么能帮的")
    assert "medical_assistance" in [sid for _, sid in needs(story)]
