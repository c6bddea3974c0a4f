"""Set 33 (answers_test27.jsonl, conversations_test28), studied: answer readings fixed at their cause and tested
in other words than the data's, with the words that must stay unread (or read the other way)."""
from functools import lru_cache

from bot.reading import ALREADY_SAID, NOT_UNDERSTOOD, read
from knowledge_base.loader import load_catalogue


@lru_cache(maxsize=1)
def _catalogue():
    return load_catalogue()


def _relevant(service_id):
    return tuple(dict.fromkeys(next(s for s in _catalogue().services if s.id == service_id).facts()))


def _reading(text, asked=None, known=None, service=None):
    return read(text, _catalogue(), asked=asked, known=known or {}, relevant=_relevant(service) if service else ())


def _read(text, asked=None, known=None, service=None):
    return {k: f.value for k, f in _reading(text, asked, known, service).facts.items()}


def test_a_graded_certificate_handed_over_is_a_certificate():
    # "发了精神一级的证": the certificate told with its grade, in an opening
    found = _read("残联来家里评了 发了精神一级的证 现在吃饭穿衣都是我弄")
    assert found["has_disability_certificate"] is True and found["disability_grade"] == "一级"
    assert _read("残联上门评过 给发了个肢体二级的证")["has_disability_certificate"] is True
    assert _read("去年评了个三级的证 智力的")["has_disability_certificate"] is True
    # guard: a certificate not yet handed over stays a no
    assert _read("残联评过了 证还没发下来", "has_disability_certificate")["has_disability_certificate"] is False


def test_a_thing_named_then_never_once_had():
    # "单位给交的那种社保 他这辈子一天也没有过": named in one clause, not once had in the next
    known = {"age": 35, "applicant": "other"}
    for text in ("单位给交的那种社保 他这辈子一天也没有过", "单位交的那种养老 我一辈子一天都没交过",
                 "职工社保 他从来一次也没有过"):
        assert _read(text, "covered_by_employee_pension", known, "resident_basic_pension")[
            "covered_by_employee_pension"] is False, text
    assert _read("吃低保这种事 我们家一回都没沾过", "dibao_household")["dibao_household"] is False
    # guards: a thing had, and years without a break, stay had
    assert _read("单位交的社保 交了八年", "covered_by_employee_pension")["covered_by_employee_pension"] is True
    assert _read("单位交的社保 一天也没断过", "covered_by_employee_pension")["covered_by_employee_pension"] is True


def test_hukou_with_the_ones_named_is_the_applicants():
    # "户口跟爸妈在千金": no one named before 户口 — the applicant's, with the parents'
    known = {"age": 35, "applicant": "other"}
    assert _read("户口跟爸妈在千金 一本", "hukou_place", known, "resident_basic_pension")["hukou_place"] == "南浔区"
    assert _read("户口跟着我老公在长兴", "hukou_place", {"applicant": "self"})["hukou_place"] == "长兴县"
    assert _read("户口和爸妈一起在织里", "hukou_place", {"applicant": "child"})["hukou_place"] == "吴兴区"
    # guard: someone else's 户口, named before it, is still theirs
    assert "hukou_place" not in _read("我老婆户口跟她爸妈在德清", None, {"applicant": "self"})


def test_one_mark_a_year_counted_is_years():
    # "一年一只章 …十五只": one stamp (or payment) a year, then their count
    assert _read("村里个本子浪一年一只章 阿拉数过 十五只", "pension_contribution_years", {"age": 63})[
        "pension_contribution_years"] == 15
    assert _read("本子上一年一个章 一共十二个", "pension_contribution_years")["pension_contribution_years"] == 12
    assert _read("每年交一次 一共交了十三次", "pension_contribution_years")["pension_contribution_years"] == 13
    # guard: with no count of them, how often is no number of years
    assert _read("一年交一次 交了十五年", "pension_contribution_years")["pension_contribution_years"] == 15


def test_the_dibao_money_not_taken():
    for text in ("保底个钞票阿拉勿拿个 阿拉是另外一种", "保底的钞票阿拉从来没拿过", "保底那份钱我们不领的"):
        assert _read(text, "dibao_household")["dibao_household"] is False, text
    # guard: living on it is still a dibao household
    assert _read("全靠保底钱过日子", "dibao_household")["dibao_household"] is True


def test_the_house_looked_at_and_said_unfit_or_fine():
    for text in ("村里个人来看过 讲迭间屋勿好住人哉", "镇上来人看过 说这房子住不得人了"):
        assert _read(text, "house_dilapidated")["house_dilapidated"] is True, text
    for text in ("房子是旧了点 不过村里来看过 说住着没问题", "住建的人来看过 说住人没问题"):
        assert _read(text, "house_dilapidated")["house_dilapidated"] is False, text


def test_no_disability_book_and_the_body_well_is_no_capacity():
    found = _read("阿拉两家头身体还好 呒没啥个残疾个本子", "household_has_disabled")
    assert found["household_has_disabled"] is False
    assert "has_labour_capacity" not in found  # the body told well, asked of disability: nothing of work
    assert _read("家里没有谁有残疾个证", "household_has_disabled")["household_has_disabled"] is False
    # guards: asked of work, the body told well still answers; work words beside it answer unasked
    assert _read("身体还好", "has_labour_capacity")["has_labour_capacity"] is True
    assert _read("身体还好 还能下地干活", "household_has_disabled")["has_labour_capacity"] is True


def test_no_retirement_money_of_any_kind():
    known = {"age": 64, "applicant": "other"}
    for text in ("来电人说 他什么退休的钱都没拿过", "他啥退休的钱都没领过", "阿拉一生一世呒没单位 退休工资一分也勿拿"):
        assert _read(text, "receiving_basic_pension", known)["receiving_basic_pension"] is False, text
    assert _read("交了十五年 没有拿其他养老金", "pension_contribution_years")["receiving_basic_pension"] is False
    # guard: retirement pay had is still had
    assert _read("退休工资每个月拿三千", "receiving_basic_pension")["receiving_basic_pension"] is True


def test_a_works_closed_and_a_quarrel_quit():
    for text in ("上个月厂子环保没过关 说关就关了 老板让大家领完这个月工资各回各家", "厂子说关就关 大家各回各家",
                 "老板叫大家都回家 厂里关停了"):
        assert _read(text, "involuntary_job_loss")["involuntary_job_loss"] is True, text
    for text in ("跟老板拍了桌子 当场说不干了", "一气之下把活辞了", "跟主管吵了一架 甩手不干了"):
        assert _read(text, "involuntary_job_loss")["involuntary_job_loss"] is False, text
    # in an opening, told unasked
    assert _read("俺安徽阜阳的 上个月厂子环保没过关 说关就关了 老板让大家领完这个月工资各回各家 俺这外地的能领不")[
        "involuntary_job_loss"] is True


def test_the_wife_named_before_whether_she_can_have_it():
    opening = ("阿拉老太婆五十几岁个辰光手开始发麻 二十年下来手脚慢慢瘫脱 现在翻身也要阿拉帮 阿拉七十九 "
               "伲子勒上海上班 一个号头转来一趟 阿拉老太婆好勿好拿")
    reading = _reading(opening)
    assert reading.applicant == "spouse"
    assert "residence_place" not in reading.facts  # the son's Shanghai is his own, not the wife's
    assert _reading("我老婆能不能领").applicant == "spouse"
    # then her 户口, told after the verdict, is hers: the applicant's
    found = _read("老太婆户口勒报福镇 人也一直住勒报福屋里 寻哪个部门", None, {"applicant": "spouse"})
    assert found["hukou_place"] == "安吉县" and found["residence_place"] == "安吉县"


def test_told_before_and_how_a_term_is_counted():
    assert _reading("我住哪我最开头那句就说了 你看看", "residence_place").non_answer == ALREADY_SAID
    assert _reading("几级我刚才已经报给你了", "disability_grade").non_answer == ALREADY_SAID
    assert _reading("两倍是怎么个算法 拿谁的收入比", "income_within_200pct_dibao").non_answer == NOT_UNDERSTOOD
    assert _reading("监护人是指谁 我是孩子的大姨算不算", "works_or_lives_in_huzhou").non_answer == NOT_UNDERSTOOD


def test_paraphrases_of_set_33():
    assert _read("她拉撒都在床上 一天要给她换好几回", "needs_long_term_care")["needs_long_term_care"] is True
    assert _read("他两只手都废了 端碗都端不起", "has_labour_capacity")["has_labour_capacity"] is False
    assert _read("阿拉每日还到自留地里拔拔草 浇浇水", "has_labour_capacity")["has_labour_capacity"] is True
    assert _read("比镇上那个保底数还少一截", "income_below_dibao_line")["income_below_dibao_line"] is True
    assert _read("比低保高一点 但远远够不上它的两倍", "income_within_200pct_dibao")["income_within_200pct_dibao"] is True
    assert _read("社区那里已经报了名字", "unemployment_registered")["unemployment_registered"] is True
    assert _read("夫妻俩每月六千 比公租房那条收入线低", "household_monthly_income")["income_below_housing_line"] is True
