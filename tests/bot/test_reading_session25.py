"""Reading classes found in session 25 (set 30's answer table and conversations, studied): words
residents use (种两亩地, 还在找活, 被厂里辞了, 做夜班保安, 进了银行上班, 没挣过一分钱, 住着一点不担心,
跟低保不沾边, 爸妈病故, 没拿过别的养老金, 残籍证, 翻一番的线够不着, 比保底的线高, 离那条线还差一截);
who is meant (谁也养不了我: no one; 问的是老二: the child of several; 问的是我: the resident's own time;
媳妇是姐姐 大我两岁; 我爸跟我都住南浔); a past job, a plan and a death that are no answer (原来在厂里上班,
不打算再要了, 公婆都没了); numbers and times (一个来月, 说不定已经超过一年, 过完年就五岁 beside a birth
date, 头一回交的…今年也缴了, 四十八岁个辰光, 四十二岁开始的, 今年八月里刚满六十, 十六年没断过, 一个人两千多,
判了十年, 隔两天); places (在上海嫁了人, 一个人上班); non-answers (哪张卡, 第一句话里就打出来了, 写在上面了)."""
from bot import clock
from bot.reading import read
from tests.bot.reading_support import values

MONDAY = "2026-12-07"  # a Monday


def on(day, catalogue, text, asked=None, known=None):
    with clock.fixed(clock.parse(day)):
        return read(text, catalogue, asked, known).values()


# -- words residents use ------------------------------------------------------------------------------

def test_growing_a_few_mu_is_farming(catalogue):
    assert values(catalogue, "在家种三亩地", "employment_status")["employment_status"] == "务农"


def test_still_looking_for_work_is_out_of_work(catalogue):
    assert values(catalogue, "他被厂里辞了 现在还在找活", "employment_status")["employment_status"] == "失业"


def test_a_night_guard_is_a_working_member(catalogue):
    got = values(catalogue, "儿子在小区做夜班保安", "zero_employment_household")
    assert got["zero_employment_household"] is False


def test_a_relatives_past_job_is_no_working_member(catalogue):
    for text in ("老公原来在厂里上班 现在也没活干了", "女婿以前当保安 现在也没活干了"):
        got = values(catalogue, text, "zero_employment_household")
        assert got.get("zero_employment_household") is not False, text


def test_not_a_cent_earned_is_no_income(catalogue):
    got = values(catalogue, "这半年一家人没挣过一分钱", "has_income_source")
    assert got["has_income_source"] is False


def test_a_house_one_lives_in_without_worry_is_sound(catalogue):
    got = values(catalogue, "老房子去年换了新瓦 住着一点不担心", "house_dilapidated")
    assert got["house_dilapidated"] is False


def test_nothing_to_do_with_dibao_is_a_no(catalogue):
    got = values(catalogue, "低保这种东西我们家跟它不沾边", "dibao_household")
    assert got["dibao_household"] is False


def test_dibao_gone_is_a_no(catalogue):
    assert values(catalogue, "低保前年就没了", "dibao_household")["dibao_household"] is False


def test_parents_who_died_of_illness_leave_an_orphan(catalogue):
    got = values(catalogue, "外孙六岁 爸妈前几年都病故了", "child_age")
    assert got["child_situation"] == "孤儿"


def test_no_other_pension_ever_taken(catalogue):
    got = values(catalogue, "农保交了十六年 从来没拿过别的养老金", "pension_contribution_years")
    assert got["receiving_basic_pension"] is False


def test_a_miswritten_certificate_is_a_certificate(catalogue):
    got = values(catalogue, "我有残籍证 肢体三级", "has_disability_certificate")
    assert got["has_disability_certificate"] is True and got["disability_grade"] == "三级"


def test_under_the_doubled_line_is_within_twice_it(catalogue):
    got = values(catalogue, "保底线是过了 翻一番的那条线够不着", "income_within_200pct_dibao")
    assert got["income_within_200pct_dibao"] is True


def test_above_or_below_the_dibao_line(catalogue):
    assert values(catalogue, "一个人两千多 比那个保底的线高", "income_below_dibao_line")["income_below_dibao_line"] is False
    assert values(catalogue, "离保底那条线还差一截", "income_below_dibao_line")["income_below_dibao_line"] is True


def test_an_amount_per_person_is_no_household_of_one(catalogue):
    got = values(catalogue, "算下来一个人三千多", "income_below_dibao_line")
    assert "household_size" not in got


# -- who is meant -------------------------------------------------------------------------------------

def test_no_one_can_support_is_a_no_not_a_question(catalogue):
    reading = read("两个女儿都嫁到外省 谁也养不了我", catalogue, "has_able_supporter", {})
    assert reading.values()["has_able_supporter"] is False and reading.non_answer is None


def test_who_can_still_asks(catalogue):
    assert read("谁能养我", catalogue, "has_able_supporter", {}).non_answer == "side_question"


def test_the_child_of_several_asked_about_is_the_applicant(catalogue):
    got = values(catalogue, "老大还在读研究生 老二前年进了银行上班 问的是老二", "is_student")
    assert got["is_student"] is False


def test_a_son_who_never_had_one_has_no_certificate(catalogue):
    got = values(catalogue, "我自己有证 我儿子腿不好没办过 问的是我儿子", "has_disability_certificate")
    assert got["has_disability_certificate"] is False


def test_the_resident_who_did_not_pay_set_apart_from_the_wife(catalogue):
    got = values(catalogue, "我老婆在学校上班有职工养老 我在家开小店没交 问的是我", "covered_by_employee_pension")
    assert got["covered_by_employee_pension"] is False


def test_the_wife_the_elder_sister(catalogue):
    got = values(catalogue, "我是男的 五十五 媳妇是姐姐 大我三岁", "woman_age")
    assert got["woman_age"] == 58


def test_only_the_son_born(catalogue):
    got = values(catalogue, "只生了儿子一个 之后没有再生", "only_one_child")
    assert got["only_one_child"] is True and got["had_another_child"] is False


def test_a_student_not_working_yet_is_no_unemployed(catalogue):
    got = values(catalogue, "儿子在湖州职业技术学院读大一 还没工作", "is_student")
    assert got["is_student"] is True and got["employment_status"] == "在校学生"


def test_a_graduate_of_a_family_on_dibao(catalogue):
    got = values(catalogue, "一家人都没有工作 女儿是今年毕业的大学生 家里是低保", "zero_employment_household")
    assert got["poor_family_graduate"] is True


def test_the_residents_own_time_not_the_husbands(catalogue):
    got = on(MONDAY, catalogue, "我老公是国庆节受的伤 我是上礼拜五 问的是我", "days_since_injury")
    assert got["days_since_injury"] == 3


def test_a_father_and_the_resident_both_live_there(catalogue):
    assert values(catalogue, "我爸跟我都住南浔练市")["residence_place"] == "南浔区"


# -- a plan, a death, a kind heard of: no answer -------------------------------------------------------

def test_no_plan_to_have_another_is_no_child_had(catalogue):
    got = values(catalogue, "我们不打算再要了 有一个就够了", "planning_pregnancy")
    assert got["planning_pregnancy"] is False and "had_another_child" not in got


def test_a_death_is_no_no_to_dibao(catalogue):
    assert "dibao_household" not in values(catalogue, "公婆都没了", "dibao_household")


def test_their_household_is_not_the_dead_parents(catalogue):
    assert values(catalogue, "公婆都没了 她们家是低保户")["dibao_household"] is True


def test_a_kind_of_person_heard_of_is_no_fact(catalogue):
    got = values(catalogue, "听说这种没人养的老人政府能管起来")
    assert "has_able_supporter" not in got


def test_an_adopted_girl_is_a_child_had_after(catalogue):
    got = values(catalogue, "伲子走脱以后抱了阿姐家个囡", "had_another_child")
    assert got["had_another_child"] is True


def test_only_this_son_born_in_wu(catalogue):
    assert values(catalogue, "阿拉自家就生过迭个伲子", "only_one_child")["only_one_child"] is True


# -- numbers and times --------------------------------------------------------------------------------

def test_a_month_or_so(catalogue):
    got = values(catalogue, "被辞退两个来月了", "days_since_rights_infringed")
    assert got["days_since_rights_infringed"] == 60


def test_maybe_already_over_a_year_is_a_range(catalogue):
    got = values(catalogue, "估摸着十个月左右 说不定已经超过一年", "days_since_injury")
    assert isinstance(got["days_since_injury"], dict)


def test_an_age_to_come_beside_a_birth_date(catalogue):
    got = on(MONDAY, catalogue, "儿子是二〇二一年三月生的 过完年就六岁", "child_age")
    assert got["child_age"] == 5


def test_first_paid_in_a_year_and_paid_this_year_counts_both(catalogue):
    got = on(MONDAY, catalogue, "农保是二〇一五年头一回交的 之后年年续上 今年也缴了", "pension_contribution_years")
    assert got["pension_contribution_years"] == 12


def test_ages_then_are_no_ages_now(catalogue):
    got = values(catalogue, "五十岁个辰光村里干部上门劝 阿拉就开始交 今年九月里刚满六十")
    assert got["age"] == 60
    got = values(catalogue, "他母亲今年五十九 交那种养老是四十三岁开始的 十六年没断过")
    assert got["age"] == 59 and got["pension_contribution_years"] == 16
    got = values(catalogue, "从四十五岁交起 算起来十五年", "pension_contribution_years", {"age": 60})
    assert got["pension_contribution_years"] == 15 and "age" not in got


def test_a_sentence_and_how_often_are_no_injury_time(catalogue):
    got = values(catalogue, "他年轻时候被砸了脑袋 我隔两天去送饭 他女儿犯了事判了八年")
    assert "days_since_injury" not in got


# -- places and people's counts -----------------------------------------------------------------------

def test_married_or_working_alone_there_is_no_one_from_there(catalogue):
    assert "hukou_place" not in values(catalogue, "我女儿前几年在上海嫁了人")
    got = values(catalogue, "她在杭州一个人上班")
    assert "hukou_place" not in got and "household_size" not in got


def test_an_accent_is_no_person(catalogue):
    assert "household_size" not in values(catalogue, "说话一口上海腔")


# -- non-answers --------------------------------------------------------------------------------------

def test_which_card_asks(catalogue):
    assert read("钱会打到哪张卡上", catalogue, "household_size", {}).non_answer == "side_question"


def test_told_in_the_first_message(catalogue):
    for text in ("孩子几岁我第一句话里就写了", "哪天被辞退的我都写在上面了", "证的事我上面说过了 你往上翻翻"):
        reading = read(text, catalogue, "child_age", {})
        assert reading.non_answer == "already_said" and not reading.values(), text


def test_something_else_never_applied_for_is_no_certificate_denied(catalogue):
    for text in ("证有的 低保没办过", "残疾证有 别的补贴都没办过"):
        got = values(catalogue, text, "has_disability_certificate")
        assert got["has_disability_certificate"] is True, text
    assert values(catalogue, "证有的 低保没办过", "has_disability_certificate")["dibao_household"] is False
