"""Reading classes found in session 20 (answers_test19): a verb's own complement (熬不动, 干不了)
denies nothing after it, the hukou book's register is no unemployment registration, coming back
from the army is no coming to work here, over the dibao line says nothing of the housing line,
the one a resident says they handle (办的是…) among kin of one kind, and words for money coming
in, a booklet in hand, a pension not paid for someone, a job lost."""
import pytest

from tests.bot.reading_support import values


# -- a wrong value: a complement's 不 is the verb's own ------------------------------------------

@pytest.mark.parametrize("text", ["老板想留我 我嫌白班站不动自己递的辞呈", "身体吃不消 干不了就自己辞职了"])
def test_a_complements_negator_does_not_deny_a_resignation(catalogue, text):
    assert values(catalogue, text, "involuntary_job_loss")["involuntary_job_loss"] is False


def test_a_real_denial_before_a_resignation_still_counts(catalogue):
    assert values(catalogue, "不是我自己辞职的 是厂里叫我走", "involuntary_job_loss")["involuntary_job_loss"] is True


# -- spurious facts --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["户口本上登记的是五口人", "户口簿上一共登记了三个人"])
def test_the_hukou_books_register_is_no_unemployment_registration(catalogue, text):
    assert "unemployment_registered" not in values(catalogue, text, "household_size")


def test_an_unemployment_registration_beside_the_hukou_book_is_read(catalogue):
    got = values(catalogue, "户口本上登记了两个人 失业登记我也去办了", "household_size")
    assert got["household_size"] == 2 and got["unemployment_registered"] is True


@pytest.mark.parametrize("text", ["一二年复员回来的", "我是一五年退伍回来的"])
def test_back_from_the_army_is_no_years_of_work_here(catalogue, text):
    assert "local_work_years" not in values(catalogue, text, "veteran")


def test_a_year_one_came_here_is_still_years_of_work(catalogue):
    assert "local_work_years" in values(catalogue, "我一五年过来的", "veteran")


@pytest.mark.parametrize("text", ["低保没批下来 说我们家收入超了", "特困没评上 收入太高了"])
def test_over_the_dibao_line_says_nothing_of_the_housing_line(catalogue, text):
    assert "income_below_housing_line" not in values(catalogue, text, "dibao_household")


def test_over_the_line_asked_of_housing_is_still_read(catalogue):
    got = values(catalogue, "我们想租公租房 可是收入超了", "has_local_housing")
    assert got["income_below_housing_line"] is False


@pytest.mark.parametrize("text", ["姐姐在读高一 弟弟四岁 这次办的是弟弟", "哥哥上初中了 妹妹五周岁 要办的是妹妹"])
def test_the_other_sibling_is_not_the_one_handled(catalogue, text):
    got = values(catalogue, text, "child_age")
    assert "is_student" not in got and "employment_status" not in got


# -- missed facts: words for what was said -----------------------------------------------------------

def test_money_coming_in_is_a_source_of_living(catalogue):
    assert values(catalogue, "每个月有两百块租金钞票进来", "has_income_source")["has_income_source"] is True


def test_no_money_coming_in_is_no_source_of_living(catalogue):
    assert values(catalogue, "家里一分进钱的门路都没有", "has_income_source")["has_income_source"] is False


def test_a_booklet_in_hand_asked_of_the_certificate(catalogue):
    got = values(catalogue, "评残以后那个本子上个月到手了", "has_disability_certificate")
    assert got["has_disability_certificate"] is True


def test_a_booklet_in_hand_asked_of_something_else_is_not_the_certificate(catalogue):
    assert "has_disability_certificate" not in values(catalogue, "缴费的本子到手了", "pension_contribution_years")


@pytest.mark.parametrize("text", ["老板一直没给她交养老", "那个作坊从来没给他交过养老保险"])
def test_a_pension_not_paid_for_someone(catalogue, text):
    assert values(catalogue, text, "covered_by_employee_pension")["covered_by_employee_pension"] is False


def test_losing_ones_job(catalogue):
    assert values(catalogue, "公司关门 我也没了工作", "employment_status")["employment_status"] == "失业"


def test_a_whole_factory_losing_work_is_not_read_as_the_residents_status(catalogue):
    assert "employment_status" not in values(catalogue, "厂倒闭了 全厂的人都没了工作", "involuntary_job_loss")


# -- non-answers ---------------------------------------------------------------------------------

def _reading(catalogue, text, asked):
    from bot.reading import read

    return read(text, catalogue, asked, {})


@pytest.mark.parametrize("text", ["我们住哪儿我刚刚打字告诉你了", "这个前一句话里我就讲了"])
def test_told_before_in_typing_or_the_line_before(catalogue, text):
    assert _reading(catalogue, text, "residence_place").non_answer == "already_said"


def test_the_topic_named_then_told_before_reads_nothing(catalogue):
    got = _reading(catalogue, "残疾证的事 上一句我就讲过了", "has_disability_certificate")
    assert got.non_answer == "already_said" and "has_disability_certificate" not in got.values()


@pytest.mark.parametrize("text", ["家庭人均收入跟两倍比 是税前还是税后 我脑子绕晕了", "你这样问我绕不过来"])
def test_lost_in_the_questions_words(catalogue, text):
    got = _reading(catalogue, text, "income_within_200pct_dibao")
    assert got.non_answer == "dont_know_what_you_mean" and "income_within_200pct_dibao" not in got.values()


def test_a_rules_kind_named_then_asked_what_it_covers(catalogue):
    got = _reading(catalogue, "文件上说的那种困难人员 到底指哪些人", "other_special_difficulty")
    assert got.non_answer == "dont_know_what_you_mean" and "other_special_difficulty" not in got.values()


def test_a_kind_said_of_oneself_is_still_read(catalogue):
    assert _reading(catalogue, "我就是那种困难人员", "other_special_difficulty").values().get("other_special_difficulty") is True


# -- whose place, dialect kin words, a record's count of months ----------------------------------

@pytest.mark.parametrize("text,place", [("我户口在德清 老公和女儿户口在南浔 问的是女儿", "南浔区"),
                                        ("老婆儿子户口都在长兴 我的在安吉 办的是儿子", "长兴县")])
def test_a_place_said_of_a_spouse_and_the_child_asked_about(catalogue, text, place):
    assert values(catalogue, text, "hukou_place")["hukou_place"] == place


def test_a_place_of_the_spouse_and_child_is_not_the_residents_own(catalogue):
    assert values(catalogue, "老婆孩子户口在吴兴 我自己户口在外地 问的是我", "hukou_place")["hukou_place"] == "外地"


@pytest.mark.parametrize("text", ["孩子爹娘前几年都走了", "这丫头的爹娘在矿上出事都没了"])
def test_parents_gone_said_with_dialect_kin_words(catalogue, text):
    assert values(catalogue, text, "child_situation")["child_situation"] == "孤儿"


@pytest.mark.parametrize("text,years", [("单子上缴费月数显示四十八", 4), ("参保月数是十八", 1.5)])
def test_a_records_count_of_months_paid(catalogue, text, years):
    assert values(catalogue, text, "unemployment_contribution_years")["unemployment_contribution_years"] == years


def test_a_months_count_of_something_else_is_not_read_as_months_paid(catalogue):
    assert values(catalogue, "孩子月数是十八", "unemployment_contribution_years").get("unemployment_contribution_years") != 1.5


def test_an_insurance_column_named_is_no_group(catalogue):
    assert "training_group" not in values(catalogue, "单子上失业这一栏写着交了三年", "unemployment_contribution_years")


@pytest.mark.parametrize("text", ["我们在镇上租了间农民房", "住的是人家的农民屋"])
def test_a_farmers_house_rented_is_no_farming(catalogue, text):
    assert values(catalogue, text, "has_local_housing").get("employment_status") != "务农"


def test_a_farmer_said_is_still_farming(catalogue):
    assert values(catalogue, "我们两口子都是农民", "employment_status")["employment_status"] == "务农"


def test_savings_swindled_away_is_a_hardship(catalogue):
    got = values(catalogue, "老伴被电话里冒充公安的骗光了养老钱 日子没了着落", "other_hardship")
    assert got["other_hardship"] is True and "dibao_expense_surge" not in got


def test_all_at_once_of_something_else_is_no_expense_surge(catalogue):
    assert "dibao_expense_surge" not in values(catalogue, "厂一下子没了 人都散了", "involuntary_job_loss")


def test_spending_all_at_once_is_still_an_expense_surge(catalogue):
    assert values(catalogue, "老人住院 花销一下子多了一万", "other_hardship").get("dibao_expense_surge") is True
