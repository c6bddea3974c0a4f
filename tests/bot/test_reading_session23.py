"""Reading classes found in session 23 (blind set 28's answer table and conversations, studied):
a death told without whose it is (人已经没有了, 没挺过去) is of the child named before; what a
clause before a repair (哦不对) said is taken back unless said again; who a service is for, as
others told it (老乡讲家里有残疾人的), is no fact; an age at a time past (十六岁初中毕业) is no age
now; a child taken in from a relative's household (抱的姐姐家的儿子); 什么…名单上没有 is on no
list, not a question; the question's words repeated then 这句话啥意思; an answer said before named
by its question (我一开头就讲了…哪…的); a birthday passed this year (生日上个月过完了) with a
birth year; 好好的 alone (家里之前好好的) is no body without disability."""
from bot import clock
from bot.reading import read
from tests.bot.reading_support import values


def read_text(catalogue, text, asked=None, known=None):
    return read(text, catalogue, asked, known)


def on(day, catalogue, text, asked=None, known=None):
    with clock.fixed(clock.parse(day)):
        return values(catalogue, text, asked, known)


# -- a death told without whose it is ------------------------------------------------------------------

def test_a_death_without_its_person_is_the_only_child_named_before(catalogue):
    got = values(catalogue, "我们就一个女儿 前年查出肝癌 治了一年多 最后还是没撑过去")
    assert got["only_child_lost"] is True
    got = values(catalogue, "独生儿子在工地上出了事 我们赶到医院人已经没了")
    assert got["only_child_lost"] is True


def test_a_death_without_its_person_after_a_spouse_is_no_child_lost(catalogue):
    got = values(catalogue, "我们就一个女儿 在外地上班 老伴去年查出肝癌 最后还是没撑过去")
    assert "only_child_lost" not in got


# -- a repair takes back the clause before it ------------------------------------------------------

def test_a_repair_takes_back_the_clause_before(catalogue):
    got = values(catalogue, "我住的是农村的房子 哦不对 农村那套租出去了 现在住在县城小区里 墙上裂了好几道缝")
    assert "rural_housing" not in got
    got = values(catalogue, "家里三口人都没有工作 哦不对 我儿子上个礼拜进了厂")
    assert "zero_employment_household" not in got


def test_a_fact_said_again_after_the_repair_stays(catalogue):
    got = values(catalogue, "家里都没工作 不对不对 家里是都没工作 我说的是我们两个")
    assert got.get("zero_employment_household") is True


# -- who a service is for, heard of ------------------------------------------------------------------

def test_who_a_service_is_for_as_others_told_it_is_no_fact(catalogue):
    got = values(catalogue, "邻居说家里有残疾人的 公家会补一点房租 我们能不能申请")
    assert "household_has_disabled" not in got
    got = values(catalogue, "听说家里有残疾人的 租房子能补贴")
    assert "household_has_disabled" not in got
    assert values(catalogue, "我女儿有残疾证的", "household_has_disabled")["household_has_disabled"] is True


# -- an age at a time past ------------------------------------------------------------------------------

def test_an_age_at_a_time_past_is_no_age_now(catalogue):
    got = values(catalogue, "十七岁高中毕业就出去打工了", "is_student", {"age": 40})
    assert "age" not in got
    assert got["is_student"] is False
    got = values(catalogue, "他十岁那年冬天掉进河里", "only_child_lost")
    assert "age" not in got and "child_age" not in got
    assert values(catalogue, "我今年十七岁", "age")["age"] == 17


def test_farming_is_no_student(catalogue):
    assert values(catalogue, "初中毕业就回家种地了", "is_student")["is_student"] is False


# -- a child taken in from a relative's household ----------------------------------------------------

def test_a_child_taken_in_from_a_relatives_household(catalogue):
    known = {"only_child_lost": True, "only_one_child": True}
    got = values(catalogue, "女儿走后第二年抱的姐姐家的小儿子", "had_another_child", known)
    assert got["had_another_child"] is True


# -- 什么…名单上没有 ------------------------------------------------------------------------------------

def test_on_no_list_is_a_no_not_a_question(catalogue):
    reading = read_text(catalogue, "镇上什么困难户的名单上都没有我们", "other_special_difficulty")
    assert reading.values()["other_special_difficulty"] is False
    assert reading.non_answer is None


# -- the question's words, then what the sentence means ---------------------------------------------------

def test_the_question_words_then_what_the_sentence_means(catalogue):
    reading = read_text(catalogue, "超出承受能力 这句话什么意思", "dibao_expense_surge")
    assert reading.values() == {}
    assert reading.non_answer == "dont_know_what_you_mean"


# -- an answer said before, named by its question -----------------------------------------------------------

def test_an_answer_said_before_named_by_its_question(catalogue):
    reading = read_text(catalogue, "我前面就说了我户口是哪里的", "hukou_place")
    assert reading.values() == {}
    assert reading.non_answer == "already_said"
    reading = read_text(catalogue, "都说了是外地来打工的，怎么又问", "migrant_worker")
    assert reading.values()["migrant_worker"] is True


# -- a birthday passed this year ---------------------------------------------------------------------------

def test_a_birth_year_with_the_birthday_passed_is_an_exact_age(catalogue):
    got = on("2026-12-06", catalogue, "她八〇年的 今年生日前两个月就过完了", "woman_age")
    assert got["woman_age"] == 46


# -- 好好的 alone -----------------------------------------------------------------------------------------

def test_fine_alone_is_no_body_without_disability(catalogue):
    got = values(catalogue, "就是上礼拜那场火 之前家里好好的", "sudden_hardship")
    assert got == {"sudden_hardship": True}
    assert values(catalogue, "我身体好好的", "disability_grade")["disability_grade"] == "无残疾"


# -- resigning while wanting to stay ------------------------------------------------------------------

def test_wanting_to_keep_working_is_no_resignation(catalogue):
    got = values(catalogue, "是公司搬走了才没的工作 我自己想接着干", "involuntary_job_loss")
    assert got["involuntary_job_loss"] is True
    got = values(catalogue, "没人赶我 是我自己想回老家开店", "involuntary_job_loss")
    assert got["involuntary_job_loss"] is False


# -- days told by the lunar new year and by 双十一 -------------------------------------------------------------

def test_days_since_the_first_days_of_the_lunar_year(catalogue):
    assert on("2026-12-06", catalogue, "今年大年初二在院子里摔的", "days_since_injury")["days_since_injury"] == 291
    assert on("2026-12-06", catalogue, "去年正月初五摔断了腿", "days_since_injury")["days_since_injury"] == 672
    # no year said, this year's still to come: last year's (2025-01-29)
    assert on("2026-02-10", catalogue, "大年初一那天摔的", "days_since_injury")["days_since_injury"] == 377


def test_days_since_double_eleven(catalogue):
    got = on("2026-12-06", catalogue, "去年双十一那天老板叫我别来了", "days_since_rights_infringed")
    assert got["days_since_rights_infringed"] == 390
