"""Reading classes from set 25's conversations (session 20, the lead's): the age an illness began at and a
likeness are no ages; 哪个 after a denial is "none"; an answer about the one relative the screening is for; a
story opening on a sibling is not the parents'; the resident who moved their 户口 with their husband; a
pronoun after a clause about a child; the line asked about, not another line; words for an elder's hardships.
Our own sentences."""
import pytest

from bot.eligibility_cues import asks_for_help, asks_whether
from bot.reading import read
from tests.bot.reading_support import values


@pytest.mark.parametrize("text", ["我儿子二十五岁 十几岁开始发癫痫 现在像个五六岁的孩子", "女儿二十五岁 七八岁开始犯病 智力跟三四岁的小孩一样"])
def test_the_age_an_illness_began_at_and_a_likeness_are_no_ages(catalogue, text):
    read_ = values(catalogue, text)
    assert read_.get("child_age") in (None, 25) and read_.get("age") in (None, 25)
    assert 25 in (read_.get("child_age"), read_.get("age"))


def test_near_miss_an_age_now_beside_an_onset_is_read(catalogue):
    assert values(catalogue, "孩子现在六岁 三岁开始发病", "child_age")["child_age"] == 6


@pytest.mark.parametrize("text", ["没被列进政府哪个困难的名单", "我们没被评上哪个低收入对象"])
def test_which_after_a_denial_is_none_not_a_question(catalogue, text):
    reading = read(text, catalogue, "other_special_difficulty")
    assert reading.non_answer is None
    assert reading.values()["other_special_difficulty"] is False


def test_near_miss_which_list_asked_is_a_question(catalogue):
    assert read("是哪个名单？", catalogue, "other_special_difficulty").non_answer is not None


@pytest.mark.parametrize("text", ["我弟弟没被列进过困难名单", "我姐没被列进过什么困难对象"])
def test_an_answer_about_the_one_relative_is_theirs(catalogue, text):
    assert values(catalogue, text, "other_special_difficulty")["other_special_difficulty"] is False


def test_near_miss_the_resident_answering_for_themself_first_keeps_theirs(catalogue):
    assert values(catalogue, "我干得动 我弟弟干不动了", "has_labour_capacity")["has_labour_capacity"] is True


def test_a_story_opening_on_a_sibling_is_not_the_parents(catalogue):
    reading = read("我弟弟瘫在床上八年了 医药费欠了一屁股 我爸妈都八十了 这日子政府能不能帮一把", catalogue)
    assert reading.applicant != "parent"
    assert "age" not in reading.values()


def test_near_miss_a_parent_story_is_the_parents(catalogue):
    assert read("我妈七十了 能不能领养老金", catalogue).values()["age"] == 70


@pytest.mark.parametrize("text, place", [("我户口在长兴 不对 去年已经跟老婆迁到安吉了", "安吉县"),
                                         ("户口在南浔 前年跟老公迁到德清了", "德清县")])
def test_the_resident_moved_their_hukou_with_their_spouse(catalogue, text, place):
    assert values(catalogue, text)["hukou_place"] == place


@pytest.mark.parametrize("text, age", [("女儿跟我过 现在她七岁", 7), ("儿子归我 他今年四岁", 4)])
def test_a_pronoun_after_a_clause_about_a_child_is_the_child(catalogue, text, age):
    read_ = values(catalogue, text)
    assert read_["child_age"] == age and "age" not in read_


def test_the_line_asked_about_not_another(catalogue):
    read_ = values(catalogue, "四口人就靠他那点工资 算下来比那个线低", "income_below_dibao_line")
    assert read_["income_below_dibao_line"] is True and "income_below_housing_line" not in read_


def test_near_miss_the_housing_line_asked_is_read(catalogue):
    assert values(catalogue, "算下来比那个线低", "income_below_housing_line")["income_below_housing_line"] is True


@pytest.mark.parametrize("text, fact, value", [
    ("地挑不动哉 连烧饭也吃力", "has_labour_capacity", False),
    ("上礼拜突然发的病 以前好好的", "sudden_hardship", True),
    ("我从来没在什么单位上过班", "public_institution_staff", False),
])
def test_words_for_what_was_asked(catalogue, text, fact, value):
    assert values(catalogue, text, fact)[fact] is value


@pytest.mark.parametrize("text", ["屋顶漏了一个大洞 村干部来看过 讲住不得了 阿拉乡下老屋有啥帮衬哦",
                                  "伲子脑子勿灵光 阿拉两老也做勿动 政府有勿有每个号头贴点钞票"])
def test_an_elder_story_asks_whether(text):
    assert asks_whether(text) or asks_for_help(text)


def test_the_village_old_house_is_rural(catalogue):
    assert values(catalogue, "村里干部来看过 讲住勿得哉")["rural_housing"] is True
    assert values(catalogue, "阿拉乡下老屋塌脱半边")["rural_housing"] is True


@pytest.mark.parametrize("text", ["阿拉独养伲子 伲子二十六岁就走脱哉", "就生了一个女儿 女儿去年生病走脱了", "囡呒没脱个人家"])
def test_the_only_child_died_in_wu_words(catalogue, text):
    assert values(catalogue, text)["only_child_lost"] is True


@pytest.mark.parametrize("text", ["我三十一岁就去了上海", "女儿三十岁就去杭州上班了"])
def test_near_miss_going_somewhere_is_no_death_and_no_age_now(catalogue, text):
    read_ = values(catalogue, text)
    assert "only_child_lost" not in read_ and read_.get("age") != 31


def test_a_red_booklet_got_last_year_is_a_certificate_in_the_household(catalogue):
    assert values(catalogue, "儿子的红本子前年办下来的 听力那一类", "household_has_disabled")["household_has_disabled"] is True


@pytest.mark.parametrize("text", ["后来没生也没领养", "来电人说 没生也没抱养"])
def test_neither_born_nor_adopted_is_no_other_child(catalogue, text):
    assert values(catalogue, text, "had_another_child")["had_another_child"] is False


def test_near_miss_born_and_adopted_is_another_child(catalogue):
    assert values(catalogue, "后来又生了一个", "had_another_child")["had_another_child"] is True


def test_no_one_pays_her_insurance_in_wu(catalogue):
    assert values(catalogue, "做钟点工人家侪勿帮伊交个", "covered_by_employee_pension")["covered_by_employee_pension"] is False


@pytest.mark.parametrize("text", ["厂里说订单少了让我走人", "来电人说 公司让她签了个自愿离职 她没看清"])
def test_sent_away_or_made_to_sign_a_voluntary_leaving_is_involuntary(catalogue, text):
    assert values(catalogue, text, "involuntary_job_loss")["involuntary_job_loss"] is True


def test_near_miss_leaving_of_ones_own_will_is_voluntary(catalogue):
    assert values(catalogue, "我是自愿离职的", "involuntary_job_loss")["involuntary_job_loss"] is False


@pytest.mark.parametrize("text", ["没有领别的养老金", "别的养老金一分没领"])
def test_no_other_pension_drawn(catalogue, text):
    assert values(catalogue, text, "receiving_basic_pension")["receiving_basic_pension"] is False
