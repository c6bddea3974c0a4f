"""Reading classes found in session 24 (blind set 29's answer table and conversations, studied):
a brother's certificate answers whether anyone in the household is disabled; an age said after
现在 in a clause of its own; a repair (啊不对) before the thing done after all (十月份刚办下来的);
the age taken back and said again of the same child; 前两年 (a couple of years ago) and years not
paid (那二十年一分保险都没交) are no years of contributions, the total after 算下来 is; a shop
(店在吴兴) and a home with another place (我家和修理铺都在吴兴东林) are where one lives or works; a
wife's parents' home (德清是我老婆娘家) is not; words residents use for a sound house, for an
income under a line (够不着标准, 比那个标准低), for hands that cannot hold (扫帚也拿不牢), and for
a child of none of the three situations (评不上困难家庭, 没病没残). Dates: a day of last week
(上礼拜五), the day of 清明 or 冬至, a date with its year in figures (二〇二四年十二月一号), a month and
day before 以后来的, the months between two months of two years (从二〇二四年三月交到今年九月)."""
from bot import clock
from bot.reading import read
from tests.bot.reading_support import values

MONDAY = "2026-12-07"  # a Monday
PENSION = ("age", "pension_contribution_years", "receiving_basic_pension")


# -- whose disability answers the household's question -------------------------------------------

def test_a_brothers_certificate_is_the_households(catalogue):
    got = values(catalogue, "弟弟那本证是精神三级 法院判的我当他监护人", "household_has_disabled")
    assert got["household_has_disabled"] is True


def test_a_neighbours_or_cousins_certificate_is_not_the_households(catalogue):
    for text in ("邻居那本证是精神三级", "表弟那本证是精神三级"):
        got = values(catalogue, text, "household_has_disabled")
        assert got.get("household_has_disabled") is not True, text


# -- ages --------------------------------------------------------------------------------------------

def test_an_age_after_xianzai_in_a_clause_of_its_own(catalogue):
    got = values(catalogue, "阿拉一世呒没成家 现在七十一 一个人住勒河边搭个棚屋里")
    assert got["age"] == 71


def test_a_small_number_after_xianzai_is_no_age(catalogue):
    got = values(catalogue, "以前一天做十个钟头 现在三十 也还行")
    assert "age" not in got


def test_an_age_taken_back_is_said_again_of_the_same_child(catalogue):
    got = values(catalogue, "我孙子三岁了 哦不对 我记岔了 是两岁十个月 明年二月才满三岁 一直是我带")
    assert got["child_age"] == 2
    assert "age" not in got


# -- a repair, then the thing done after all -------------------------------------------------------

def test_a_certificate_denied_then_got_after_all(catalogue):
    got = values(catalogue, "女儿今年四岁 生下来两只眼睛就有白内障 我们没给她办残疾证 啊不对 十月份刚办下来的 视力那一类")
    assert got["has_disability_certificate"] is True
    assert got["child_situation"] == "残疾儿童"


def test_a_certificate_denied_with_no_repair_stays_denied(catalogue):
    got = values(catalogue, "女儿今年四岁 眼睛不好 我们没给她办残疾证", "has_disability_certificate")
    assert got["has_disability_certificate"] is False


# -- years of contributions -------------------------------------------------------------------------

def test_a_couple_of_years_ago_is_no_years_of_contributions(catalogue):
    got = read("前两年伲子替阿拉拿丝厂迭段补交脱 现在丝厂个退休工资每个号头侪勒拿", catalogue, "receiving_basic_pension",
               {"age": 61, "pension_contribution_years": 15}, PENSION).values()
    assert got["receiving_basic_pension"] is True
    assert "pension_contribution_years" not in got


def test_years_not_paid_are_no_years_of_contributions(catalogue):
    got = read("工地上那二十年一分保险都没交 退休工资什么的我都没拿过", catalogue, "receiving_basic_pension",
               {"age": 62}, PENSION).values()
    assert got["receiving_basic_pension"] is False
    assert "pension_contribution_years" not in got


def test_the_total_after_suanxialai_of_the_years_paid(catalogue):
    got = values(catalogue, "五十三岁那年回禹越老家 从那年起每年按时缴村里收的那份 一年也没落下 算下来九年 上个月满了六十二岁")
    assert got["pension_contribution_years"] == 9
    assert got["age"] == 62


def test_suanxialai_with_nothing_paid_is_no_contribution(catalogue):
    got = values(catalogue, "我在湖州开店 算下来九年")
    assert "pension_contribution_years" not in got


# -- places -------------------------------------------------------------------------------------------

def test_a_shop_in_huzhou_is_where_the_parents_work(catalogue):
    got = values(catalogue, "店在吴兴 我们就在店后面的小区租了房", "works_or_lives_in_huzhou",
                 {"migrant_worker": True, "child_age": 7})
    assert got["works_or_lives_in_huzhou"] is True
    assert got["residence_place"] == "吴兴区"


def test_a_home_corrected_from_the_wifes_parents_place(catalogue):
    reading = read("说错了 德清是我老婆娘家 我家和修理铺都在吴兴东林 这个找哪个部门", catalogue, None,
                   {"residence_place": "德清县", "age": 40})
    assert reading.values()["residence_place"] == "吴兴区"
    assert reading.place != "德清县"


# -- the catalogue's words ----------------------------------------------------------------------------

def test_a_sound_house_is_no_dilapidated_one(catalogue):
    got = values(catalogue, "来电人说 嗯 老屋一点毛病都没有 墙和梁都结实 去年镇上查房也说安全", "house_dilapidated",
                 {"rural_housing": True})
    assert got["house_dilapidated"] is False


def test_an_income_that_does_not_reach_the_line(catalogue):
    got = values(catalogue, "阿拉自家一个号头就两百多块钞票 够勿着标准", "income_below_dibao_line")
    assert got["income_below_dibao_line"] is True
    got = values(catalogue, "两个人加起来七千左右 四口人 比那个标准低", "income_below_housing_line")
    assert got["income_below_housing_line"] is True


def test_hands_that_cannot_hold_a_broom(catalogue):
    got = values(catalogue, "腰椎坏脱哉 扫帚也拿勿牢", "has_labour_capacity")
    assert got["has_labour_capacity"] is False


def test_a_child_of_none_of_the_three(catalogue):
    got = values(catalogue, "去村里问过 说我有工作评不上困难家庭 孩子也没病没残 爸妈都在 就是他爸在里面",
                 "child_situation", {"child_age": 4})
    assert got["child_situation"] == "都不是"


# -- dates --------------------------------------------------------------------------------------------

def on(day, catalogue, text, asked=None, known=None):
    with clock.fixed(clock.parse(day)):
        return values(catalogue, text, asked, known)


def test_a_day_of_last_week(catalogue):
    assert on(MONDAY, catalogue, "上礼拜五下午在车间被叉车压了脚", "days_since_injury")["days_since_injury"] == 3
    assert on("2026-12-11", catalogue, "上个星期一摔的", "days_since_injury")["days_since_injury"] == 11


def test_last_week_alone_stays_a_range(catalogue):
    got = on(MONDAY, catalogue, "上礼拜摔的", "days_since_injury")
    assert got["days_since_injury"] == {"from": 7, "to": 13}


def test_a_day_of_this_week_still_to_come_is_no_time_ago(catalogue):
    got = on(MONDAY, catalogue, "这礼拜五去医院复查", "days_since_injury")
    assert "days_since_injury" not in got
    assert on(MONDAY, catalogue, "上周五摔的", "days_since_injury")["days_since_injury"] == 3


def test_the_day_of_qingming_and_dongzhi(catalogue):
    assert on(MONDAY, catalogue, "今年清明节上山扫墓 从坎上摔下来断了腿", "days_since_injury")["days_since_injury"] == 246
    assert on(MONDAY, catalogue, "去年冬至那天合同到期 公司没跟我续",
              "days_since_rights_infringed")["days_since_rights_infringed"] == 351


def test_qingming_said_roughly_stays_a_month(catalogue):
    got = on(MONDAY, catalogue, "今年清明前后摔的", "days_since_injury")
    assert isinstance(got["days_since_injury"], dict)


def test_a_date_with_its_year_in_figures(catalogue):
    got = on(MONDAY, catalogue, "二〇二四年十二月一号被开掉的", "days_since_rights_infringed")
    assert got["days_since_rights_infringed"] == 736


def test_come_after_a_holiday_of_a_year(catalogue):
    got = on(MONDAY, catalogue, "二〇一九年国庆以后来的湖州 一直没走", "local_work_years")
    assert got["local_work_years"] == 7


def test_the_months_between_two_months_of_two_years(catalogue):
    got = on(MONDAY, catalogue, "失业那项从二〇二四年三月交到今年九月", "unemployment_contribution_years")
    assert got["unemployment_contribution_years"] == 2.5


# -- blind set 29's answer table: classes -------------------------------------------------------------

def test_an_explosion_is_a_sudden_hardship(catalogue):
    got = values(catalogue, "前几天煤气罐炸了 厨房客厅全毁了 家里一下子没法过了", "sudden_hardship")
    assert got["sudden_hardship"] is True


def test_parents_dead_of_illness_make_an_orphan(catalogue):
    got = values(catalogue, "孩子爸妈前几年都病死了 现在跟着外婆", "child_situation")
    assert got["child_situation"] == "孤儿"


def test_a_son_well_off_can_support(catalogue):
    got = values(catalogue, "来电人说 嗯 老人的儿子在本地开厂 那个 条件挺好 就是不太来看", "has_able_supporter")
    assert got["has_able_supporter"] is True


def test_dibao_misspelt(catalogue):
    got = values(catalogue, "阿拉屋里是吃低报个 村里批个", "dibao_household")
    assert got["dibao_household"] is True


def test_the_child_the_resident_says_they_speak_of(catalogue):
    got = values(catalogue, "大儿子二级 小儿子四级 现在说的是小儿子", "disability_grade")
    assert got["disability_grade"] == "四级"


def test_the_age_of_the_grandchild_singled_out(catalogue):
    got = values(catalogue, "孙子十四 孙女十七 给孙子办", "age")
    assert got["age"] == 14


def test_a_veteran_out_of_work_is_of_the_veterans_group(catalogue):
    got = values(catalogue, "当过五年兵 前年退下来的 现在没工作", "veteran")
    assert got["veteran"] is True
    assert got["training_group"] == "退役军人"


def test_retired_and_minding_a_grandchild_is_retired(catalogue):
    assert values(catalogue, "退休了 在家带孙子 厂里的退休金每月按时到", "employment_status")["employment_status"] == "退休"
    # out of work and at home stays what the resident says it is
    assert values(catalogue, "没工作，也不算退休，就在家带孙子", "employment_status")["employment_status"] == "其他"


def test_one_childs_age_said_as_two_possibilities(catalogue):
    got = values(catalogue, "外孙五岁多快六岁了 也可能刚满六岁 我当外公的记不清", "child_age")
    assert got["child_age"] == {"from": 5, "to": 6}


def test_a_birth_registered_with_the_father(catalogue):
    got = values(catalogue, "我户口落在吴兴娘家 女儿出生时跟她爸报在了安吉 申请的是女儿", "hukou_place")
    assert got["hukou_place"] == "安吉县"


def test_shou_yanglao_is_no_adoption(catalogue):
    assert "had_another_child" not in values(catalogue, "村里收养老钞票个辰光 阿拉年年侪交个")
    assert values(catalogue, "后来收养了一个女儿")["had_another_child"] is True


# -- non-answers ----------------------------------------------------------------------------------------

def test_two_ways_asked_across_a_pause(catalogue):
    reading = read("户口本是拍个照就行 还是一定要带那本红皮的过去", catalogue, "residence_place", {})
    assert reading.non_answer == "side_question"
    assert not reading.facts


def test_a_not_a_after_a_word_glued_by_guess(catalogue):
    reading = read("拿了这个钱会不会影响别的补贴", catalogue, "only_one_child", {})
    assert reading.non_answer == "side_question"
    # "中考没考上": 中考 is a word of the dictionary, no 考没考 asked
    assert read("中考没考上 就出来打工了", catalogue, "is_student", {}).non_answer is None


def test_slow_down_and_answer_later_is_a_wait(catalogue):
    assert read("慢一点 我让我老婆算一算再回你", catalogue, "household_monthly_income", {}).non_answer == "wait"


def test_the_questions_term_asked_which_kind(catalogue):
    reading = read("事业单位是哪种单位 学校医院算不算", catalogue, "public_institution_staff", {})
    assert reading.non_answer == "dont_know_what_you_mean"
    assert "public_institution_staff" not in reading.facts


def test_written_above_is_already_said(catalogue):
    assert read("哪天受的伤我上面写得清清楚楚", catalogue, "days_since_injury", {}).non_answer == "already_said"


def test_where_one_worked_when_young_is_no_place_now(catalogue):
    got = values(catalogue, "年轻时候我在上海工地上扎钢筋 一干二十多年 五十三岁那年腰不行了回禹越老家")
    assert got.get("residence_place") != "外地"


# -- earlier studied tables: classes found beside set 29's -----------------------------------------------

def test_retired_for_years_and_minding_a_grandchild(catalogue):
    assert values(catalogue, "退休三年了 在家带孙子", "employment_status")["employment_status"] == "退休"


def test_born_to_no_parents_is_an_orphan(catalogue):
    assert values(catalogue, "孩子一生下来就没了爸妈 是奶奶拉扯大的", "child_situation")["child_situation"] == "孤儿"


def test_the_younger_spouse_by_a_gap_told(catalogue):
    assert values(catalogue, "老伴跟我差六岁 我五十八 她是小的那个", "woman_age")["woman_age"] == 52
    assert values(catalogue, "要办的是我家里那位 我刚满六十 她比我年轻两岁", "woman_age")["woman_age"] == 58
