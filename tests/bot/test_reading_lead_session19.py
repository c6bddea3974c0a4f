"""Reading classes from set 24's conversations (session 19, the lead's): a Wu month ahead (下个号头), the age
a payment began at beside the age now, a woman of the family answering for the couple's woman, a certificate
renewed, and whether the income is above or below the line that the resident cannot say. Our own sentences."""
import pytest

from tests.bot.reading_support import values


@pytest.mark.parametrize("text, age", [("伊下个号头满七十", 69), ("阿拉下只号头就满六十哉", 59), ("阿拉上个号头满六十", 60)])
def test_wu_month_ahead_is_not_yet_that_age(catalogue, text, age):
    assert values(catalogue, text, "age")["age"] == age


@pytest.mark.parametrize("text", ["我今年六十一 五十岁才开始交的", "阿拉今年子六十一 五十岁再开始交个 交了十一年",
                                  "我六十一了 五十岁那年开始交养老"])
def test_the_age_a_payment_began_at_is_not_the_age_now(catalogue, text):
    assert values(catalogue, text)["age"] == 61


def test_the_age_a_payment_began_at_alone_is_no_age(catalogue):
    assert values(catalogue, "五十岁开始交的", "age").get("age") is None


@pytest.mark.parametrize("text", ["来电人说 婶婶今年五十二", "我姨妈五十二了", "她替姑妈问的 姑妈五十二"])
def test_a_woman_of_the_family_answers_for_the_couples_woman(catalogue, text):
    assert values(catalogue, text, "woman_age")["woman_age"] == 52


@pytest.mark.parametrize("text", ["我舅舅五十二", "姑姑五十二 姑父五十五"])
def test_near_miss_a_man_named_or_two_ages_stay_unread(catalogue, text):
    assert values(catalogue, text, "woman_age").get("woman_age") is None


@pytest.mark.parametrize("text", ["残联个证上个号头换过新个哉", "证前年就换过了"])
def test_a_certificate_renewed_is_held(catalogue, text):
    assert values(catalogue, text, "has_disability_certificate")["has_disability_certificate"] is True


@pytest.mark.parametrize("text", ["身份证换过了", "我刚换过新手机", "驾驶证去年换好了"])
def test_near_miss_other_cards_renewed_are_no_disability_certificate(catalogue, text):
    assert values(catalogue, text).get("has_disability_certificate") is None


@pytest.mark.parametrize("text", ["卖菜的钱有一天没一天 跟那条线比是高是低我算不清", "打零工的钱时有时无 高还是低我讲不清"])
def test_above_or_below_the_line_not_known(catalogue, text):
    assert values(catalogue, text, "income_below_dibao_line")["income_below_dibao_line"] == "不知道"


@pytest.mark.parametrize("text, years", [("村里个养老伊交了十一年 阿拉听讲要交满十五年 伊好勿好拿", 11),
                                         ("养老我交了八年 听说起码要交够十五年", 8)])
def test_the_years_of_a_rule_heard_of_are_not_the_years_paid(catalogue, text, years):
    assert values(catalogue, text)["pension_contribution_years"] == years


def test_a_wifes_birthday_to_come_opening_a_story(catalogue):
    said = values(catalogue, "阿拉老太婆下个号头满六十五 农保伊交了十六年 好拿伐")
    assert said["age"] == 64 and said.get("woman_age") in (None, 64)


def test_near_miss_a_rules_age_is_no_ones(catalogue):
    assert values(catalogue, "听说下个月满六十就能领").get("age") is None


@pytest.mark.parametrize("text", ["村里评低保阿拉报过三趟 三趟侪勿批", "低保申请过两回 都不批"])
def test_dibao_applied_for_and_refused_is_no_dibao(catalogue, text):
    assert values(catalogue, text, "dibao_household")["dibao_household"] is False


def test_near_miss_dibao_approved_this_year(catalogue):
    assert values(catalogue, "低保今年三月批下来了", "dibao_household")["dibao_household"] is True


@pytest.mark.parametrize("text", ["家里不是低保 哦不对 去年十月刚批下来的 我记错了", "今年刚批下来的"])
def test_dibao_just_approved_corrected_in_the_same_message(catalogue, text):
    assert values(catalogue, text, "dibao_household")["dibao_household"] is True


def test_near_miss_dibao_not_yet_approved(catalogue):
    assert values(catalogue, "报上去了 还没批下来", "dibao_household")["dibao_household"] is False
