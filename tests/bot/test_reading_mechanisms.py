"""The answer reader's mechanisms added for issue #9's blind tables, each on
sentences of its own (not the tables' sentences): non-answers and "don't know",
questions asked back, negation scope, paraphrased options, persons, numbers."""
import pytest

from bot.reading import ALREADY_SAID, NOT_UNDERSTOOD, SIDE_QUESTION, read
from knowledge_base.eligibility import UNKNOWN
from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def reading(catalogue, text, asked=None, known=None):
    return read(text, catalogue, asked, known or {})


@pytest.mark.parametrize("asked, text", [
    ("unemployment_registered", "办没办过我忘了"),            # A-not-A, then "I forgot"
    ("pension_contribution_years", "年限不详"),                # hotline: 不详
    ("has_able_supporter", "这事说起来是一笔糊涂账"),
    ("planning_pregnancy", "要不要孩子还没想好"),
    ("dibao_expense_surge", "多了多少我没仔细算过"),
    ("extreme_poverty_supported", "可能是吧，我也说不准"),        # a hedged yes with "not sure" is unknown
])
def test_dont_know_in_other_words_is_unknown(catalogue, asked, text):
    assert reading(catalogue, text, asked).values() == {asked: UNKNOWN}


@pytest.mark.parametrize("asked, text, kind", [
    ("dibao_household", "跟你说过好几遍了", ALREADY_SAID),
    ("hukou_place", "我一开始就讲了", ALREADY_SAID),
    ("has_labour_capacity", "这个指的是什么？", NOT_UNDERSTOOD),
    ("planning_pregnancy", "问得太绕了", NOT_UNDERSTOOD),
    ("training_group", "我一个都看不明白", NOT_UNDERSTOOD),
    ("income_below_dibao_line", "标准一个月是几块钱？", SIDE_QUESTION),
    ("income_below_housing_line", "是按月算还是按年算？", SIDE_QUESTION),
])
def test_non_answers(catalogue, asked, text, kind):
    result = reading(catalogue, text, asked)
    assert result.non_answer == kind and asked not in result.facts


@pytest.mark.parametrize("asked, text", [
    ("sudden_hardship", "老毛病住院算不算大病？"),
    ("involuntary_job_loss", "双方协商离职算不算自愿？"),
])
def test_a_case_asked_about_is_no_fact(catalogue, asked, text):
    result = reading(catalogue, text, asked)
    assert result.facts == {} and result.non_answer == SIDE_QUESTION


def test_already_said_with_the_answer_in_it(catalogue):
    result = reading(catalogue, "刚才不是说了六十五嘛", "age")
    assert result.values() == {"age": 65} and result.non_answer == ALREADY_SAID


def test_a_vague_amount_is_no_question(catalogue):
    result = reading(catalogue, "一下子多了好几千，实在扛不住", "dibao_expense_surge")
    assert result.values().get("dibao_expense_surge") is True and result.non_answer is None


@pytest.mark.parametrize("asked, text, expected", [
    # a negator at the end of a clause denies the thing named before it
    ("extreme_poverty_supported", "残疾证是有的，五保不是", {"extreme_poverty_supported": False}),
    ("rural_housing", "住的是城里的商品房，跟乡下不沾边", {"rural_housing": False}),
    # 不 in a verb's complement ("开不下去") denies that verb, not what follows
    ("involuntary_job_loss", "厂子开不下去倒闭了", {"involuntary_job_loss": True}),
    # a person who "没了" has died: the person is not denied
    ("only_one_child", "就一个独生女，前年没了", {"only_one_child": True}),
    # "中考" then "没考上" is no A-not-A question
    ("training_group", "高考没考上，一直在家", {"training_group": "未升学初高中毕业生"}),
])
def test_negation_scope(catalogue, asked, text, expected):
    got = reading(catalogue, text, asked).values()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("asked, text, expected", [
    ("needs_long_term_care", "晚上也得有人在边上照应", {"needs_long_term_care": True}),
    ("needs_long_term_care", "用不着人，吃饭穿衣都是她自己来", {"needs_long_term_care": False}),
    ("sudden_hardship", "前阵子发大水，家里被淹了", {"sudden_hardship": True}),
    ("veteran", "年轻时在陆军服役过三年", {"veteran": True}),
    ("house_dilapidated", "房子蛮结实的，不危险", {"house_dilapidated": False}),
    ("employment_status", "我在菜场做收银", {"employment_status": "在职"}),
    ("covered_by_employee_pension", "我自己什么都没交", {"covered_by_employee_pension": False}),
])
def test_paraphrases_from_the_lexicon(catalogue, asked, text, expected):
    got = reading(catalogue, text, asked).values()
    assert {k: got.get(k) for k in expected} == expected


def test_the_applicant_named_after_the_answer(catalogue):
    # "问的是他": the brother named before is the applicant
    assert reading(catalogue, "我哥还在读书，问的是他", "is_student").values().get("is_student") is True


def test_a_mother_and_a_father_are_two_people(catalogue):
    got = reading(catalogue, "我爸还能干，我妈干不动了，是替我妈问的", "has_labour_capacity").values()
    assert got.get("has_labour_capacity") is False


@pytest.mark.parametrize("asked, text, expected", [
    ("per_capita_housing_area", "一个人十二到十四平", {"from": 12, "to": 14}),       # X到Y is a range
    ("household_monthly_income", "三千到四千之间", {"from": 3000, "to": 4000}),
    ("per_capita_housing_area", "每人估计三十个平方", {"from": 25, "to": 35}),       # a guess is no figure
    ("child_age", "两岁多快三岁了", 2),                                           # the exact age, not the range
    ("child_age", "孩子刚满月", 0),
])
def test_numbers(catalogue, asked, text, expected):
    assert reading(catalogue, text, asked).values().get(asked) == expected


def test_a_pension_received_is_a_means_of_living(catalogue):
    from bot.reading import implied
    assert implied({"receiving_basic_pension": True}).get("has_income_source") is True


@pytest.mark.parametrize("asked, text, expected", [
    # a household fact said of another household is not the applicant's
    ("dibao_household", "我婆家是低保户，我们家不是", {"dibao_household": False}),
    ("dibao_household", "我儿子家吃低保，我们老两口不是", {"dibao_household": False}),
    # money someone gives the applicant is a means of living
    ("has_income_source", "女儿每个月会寄八百块生活费过来", {"has_income_source": True}),
    # a yes said of a child to a disability question: someone in the household is disabled
    ("has_disability_certificate", "我没有，我女儿有", {"household_has_disabled": True}),
    # the wife's age from the husband's, either way round
    ("woman_age", "我比我老婆大三岁，我今年五十", {"woman_age": 47}),
    ("woman_age", "我是男方，六十二，老婆小我两岁", {"age": 62, "woman_age": 60}),
    ("woman_age", "女方就是我，今年五十一周岁", {"age": 51, "woman_age": 51}),
    ("woman_age", "我们老太婆六十了", {"woman_age": 60}),
])
def test_persons(catalogue, asked, text, expected):
    got = reading(catalogue, text, asked).values()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("asked, text, expected", [
    ("residence_place", "我爸一个人住在菱湖", {"residence_place": "南浔区"}),     # the one person named
    ("works_or_lives_in_huzhou", "孩子爸妈都在长兴开厂", {"works_or_lives_in_huzhou": True}),
    ("hukou_place", "不是外地的，一直在新市", {"hukou_place": "德清县"}),
    ("days_since_injury", "上个月摔的，厂在织里", {"residence_place": "吴兴区"}),
    ("works_or_lives_in_huzhou", "在的，就在德清这边", {"residence_place": "德清县"}),
])
def test_places(catalogue, asked, text, expected):
    got = reading(catalogue, text, asked).values()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("asked, text, expected", [
    ("child_situation", "很困难的", {"child_situation": "家庭经济困难"}),          # the one option the answer ends
    ("child_situation", "女儿五岁，有残疾证的", {"child_situation": "残疾儿童"}),   # a child's certificate
    ("zero_employment_household", "我老婆在镇上超市做收银", {"zero_employment_household": False}),  # someone works
    ("involuntary_job_loss", "来电人称本人自行提出辞职", {"involuntary_job_loss": False}),
    ("training_group", "询问其丈夫能否参加，丈夫上月被公司辞退", {"training_group": "失业人员或转岗职工"}),
    ("assets_within_local_rules", "家中无存款、无车辆", {"assets_within_local_rules": True}),
    ("has_local_housing", "在湖州没买房", {"has_local_housing": False}),
])
def test_options_and_household(catalogue, asked, text, expected):
    got = reading(catalogue, text, asked).values()
    assert {k: got.get(k) for k in expected} == expected


def test_a_grandchild_asked_for_is_the_applicant(catalogue):
    assert reading(catalogue, "我自己七十了，问的是我孙子，他今年十六", "age").values().get("age") == 16


@pytest.mark.parametrize("asked, text, expected", [
    ("disability_grade", "我自己身体没问题，是我老公有残疾，二级", {"disability_grade": "无残疾", "household_has_disabled": True}),
    ("involuntary_job_loss", "老板把我辞了", {"involuntary_job_loss": True}),
    ("has_local_housing", "一直住单位宿舍", {"has_local_housing": False}),
    ("planning_pregnancy", "对，想要孩子，我老婆三十一", {"woman_age": 31}),
])
def test_more_persons_and_paraphrases(catalogue, asked, text, expected):
    got = reading(catalogue, text, asked).values()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("我家是低保户出来的，今年刚大学毕业", True),
    ("我是建档立卡户，去年大专毕业的", True),
    ("家里是困难户，我初中毕业就出来打工了", None),      # a middle school is no 高校
    ("家里不是困难户，我刚毕业", None),                  # denied
])
def test_a_poor_family_graduate_said_in_two_clauses(catalogue, text, expected):
    assert reading(catalogue, text).values().get("poor_family_graduate") == expected


def test_a_worker_from_outside_has_an_outside_hukou(catalogue):
    assert reading(catalogue, "我是外地打工的，孩子想过来读书").values().get("hukou_place") == "外地"


def test_a_child_with_a_certificate_in_the_first_message(catalogue):
    assert reading(catalogue, "女儿三岁 有残疾证的 学前资助有吗").values().get("child_situation") == "残疾儿童"


def test_not_now_is_no_plan(catalogue):
    got = reading(catalogue, "跟老公商量了，今年先不要了", "planning_pregnancy").values()
    assert got.get("planning_pregnancy") is False


def test_a_hukou_moved_with_the_husband(catalogue):
    got = reading(catalogue, "说错了，户口前年跟着老公迁到长兴了，人还住在南浔").values()
    assert got.get("hukou_place") == "长兴县" and got.get("residence_place") == "南浔区"


def test_a_parent_s_own_age_keeps_the_child_s_situation(catalogue):
    got = reading(catalogue, "我35岁，女儿四岁，家里穷，困难得很", "child_situation").values()
    assert got.get("child_situation") == "家庭经济困难"


@pytest.mark.parametrize("asked, text, expected", [
    ("hukou_place", "我是安吉人，嫁到德清来的，户口也迁过来了", {"hukou_place": "德清县", "residence_place": "德清县"}),
    ("residence_place", "户口是在长兴，人在杭州上班", {"hukou_place": "长兴县"}),
    ("migrant_worker", "江西过来的，在这边厂里打工", {"migrant_worker": True}),   # 户籍 outside, works here
    ("migrant_worker", "是，安徽的，在南浔开了六年货车了", {"local_work_years": 6}),
    ("receiving_basic_pension", "我爸领养老金，我妈没领，这次问我妈", {"receiving_basic_pension": False}),
])
def test_more_places_and_people(catalogue, asked, text, expected):
    from bot.reading import implied
    got = reading(catalogue, text, asked).values()
    got.update({k: v for k, v in implied(got).items() if k not in got})
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("asked, text, expected", [
    # occasional relief is no means of living: a wrong yes would refuse 特困供养
    ("has_income_source", "一分进项都没有，就靠村里偶尔接济一下", {"has_income_source": False}),
    # "没评上" answers the question asked, not another fact's
    ("extreme_poverty_supported", "特困也没评上", {"extreme_poverty_supported": False, "other_special_difficulty": None}),
    # "就我一个人工资…": one earner, not a household of one
    ("household_monthly_income", "就我一个人工资四千多", {"household_size": None}),
])
def test_no_refusing_reading_from_a_word_too_broad(catalogue, asked, text, expected):
    got = reading(catalogue, text, asked).values()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("asked, text, expected", [
    ("household_size", "我、老伴、女儿女婿，还有三个外孙", {"household_size": 7}),   # 三个 is three people
    ("household_size", "我、老公、两个孩子，还有我婆婆", {"household_size": 5}),     # 我婆婆 is one person
    ("age", "八十了，家里就我一个", {"age": 80, "household_size": 1}),
    ("income_below_dibao_line", "怎么可能低，两个人一个月一万多", {"income_below_dibao_line": False}),
    ("unemployment_registered", "失业登记那边我还没去办", {"unemployment_registered": False}),
])
def test_counts_and_a_no_asked_back(catalogue, asked, text, expected):
    got = reading(catalogue, text, asked).values()
    assert {k: got.get(k) for k in expected} == expected


def test_a_car_alone_does_not_fail_the_asset_rule(catalogue):
    # local asset rules may allow a vehicle: reading "not within the rules" would refuse 低保
    got = reading(catalogue, "存款是没有，家里倒是有一辆旧车", "assets_within_local_rules").values()
    assert got.get("assets_within_local_rules") is not False


def test_money_given_is_read_only_as_the_answer_to_the_income_question(catalogue):
    # a side remark about a son's money is no "yes" to a means of living (a yes refuses 特困供养)
    got = reading(catalogue, "有个儿子的，在城里上班，每个月给我钱的", "has_able_supporter").values()
    assert "has_income_source" not in got and got.get("has_able_supporter") is True


def test_a_reported_question_is_a_question(catalogue):
    # hotline: "询问…部门" asks something back, with a fact told beside it
    result = reading(catalogue, "来电人家住德清武康，询问报名地点。")
    assert result.asks and result.values().get("residence_place") == "德清县"


@pytest.mark.parametrize("asked, text, expected", [
    ("receiving_basic_pension", "退休工资、养老金，哪样都没领过", {"receiving_basic_pension": False}),
    ("extreme_poverty_supported", "低保、五保，都不是", {"extreme_poverty_supported": False}),
])
def test_a_list_then_a_denial_of_each(catalogue, asked, text, expected):
    got = reading(catalogue, text, asked).values()
    assert {k: got.get(k) for k in expected} == expected


def test_a_list_then_something_else_denied_is_no_denial_of_the_list(catalogue):
    # "都没空管我": what is denied is their time, not that the son and daughter exist
    assert "没儿子" not in __import__("bot.reading.prepare", fromlist=["prepare"]).prepare("儿子、女儿，都没空管我")


@pytest.mark.parametrize("text", ["没存款没车，房子是租的", "没存款没房子"])
def test_a_list_of_nots_is_no_double_negation(catalogue, text):
    # "没存款没车": the second 没 is the next item's, not a denial of 没存款 (a wrong 不符合 for 低保)
    assert reading(catalogue, text, "assets_within_local_rules").values().get("assets_within_local_rules") is True


# -- blind set 11 (reader12): each class on sentences of its own -------------------------

@pytest.mark.parametrize("asked, text, expected", [
    ("public_institution_staff", "勿是个", {"public_institution_staff": False}),       # Wu 个 after a bare no
    ("covered_by_employee_pension", "呒没个", {"covered_by_employee_pension": False}),
    ("public_institution_staff", "伊勿是公家人", {"public_institution_staff": False}),  # 公家人: a state employee
    ("is_student", "六十岁个人了，还念啥个书", {"age": 60, "is_student": False}),       # Wu 啥个 = 什么: asked back, a no
])
def test_wu_noes(catalogue, asked, text, expected):
    assert reading(catalogue, text, asked).values() == expected


@pytest.mark.parametrize("asked, text, expected", [
    ("income_below_dibao_line", "村里核过，收入肯定在标准以下", {"income_below_dibao_line": True}),
    ("income_below_housing_line", "算下来在标准以内", {"income_below_housing_line": True}),
    (None, "街道帮我们算过，在公租房的标准以内", {"income_below_housing_line": True}),
    (None, "收入在低保标准以下", {"income_below_dibao_line": True}),
    ("income_below_dibao_line", "不在标准以下", {"income_below_dibao_line": False}),
])
def test_below_the_line_said_as_within_the_standard(catalogue, asked, text, expected):
    assert reading(catalogue, text, asked).values() == expected


@pytest.mark.parametrize("known", [{}, {"applicant": "other"}])
def test_a_supporter_named_is_not_the_applicant(catalogue, known):
    # asked who could support the applicant: the sister's place and work are hers
    result = reading(catalogue, "有个姐姐在外省上班，管不管得了她，讲不清", "has_able_supporter", known)
    assert result.values() == {"has_able_supporter": UNKNOWN}
    assert reading(catalogue, "有个姐姐在外省上班", "has_able_supporter", known).values() == {}


@pytest.mark.parametrize("asked, text", [
    ("has_disability_certificate", "残疾证还在评，没发下来"),          # being assessed: not yet held
    ("has_disability_certificate", "证正在办，残联讲下个月才发"),      # "残联…发" is no certificate when it is next month's
    (None, "刚才说错了，证还在办，手上是没有的"),                     # a correction after a verdict, no question asked
    ("has_disability_certificate", "证没得，还没去办"),
])
def test_a_certificate_in_progress_is_none_held(catalogue, asked, text):
    assert reading(catalogue, text, asked).values()["has_disability_certificate"] is False


def test_a_certificate_issued_is_still_held(catalogue):
    assert reading(catalogue, "证办下来了", "has_disability_certificate").values() == {"has_disability_certificate": True}
    assert reading(catalogue, "残联上个月发的证", "has_disability_certificate").values() == {"has_disability_certificate": True}


def test_a_bare_number_corrects_the_one_number_said_before(catalogue):
    result = read("哦不对，我讲错了，是六十一", catalogue, None, {"age": 71})
    assert result.values() == {"age": 61} and result.correction
    # two numbers known: which one is taken back is not guessed
    assert read("我说错了，是六十一", catalogue, None, {"age": 71, "pension_contribution_years": 12}).values() == {}


@pytest.mark.parametrize("asked, text, expected", [
    ("sudden_hardship", "车祸那种？没有没有", False),     # the case asked back, then the answer
    ("dibao_household", "是说低保吗？不是", False),
    ("sudden_hardship", "生大病那种？有的", True),
])
def test_a_case_checked_back_then_answered_is_an_answer(catalogue, asked, text, expected):
    result = reading(catalogue, text, asked)
    assert result.values() == {asked: expected} and result.facts[asked].confidence >= 0.9
    assert not result.asks and result.non_answer is None


def _service_facts(catalogue, service_id):
    return tuple(next(s for s in catalogue.services if s.id == service_id).facts())


def test_an_age_then_is_no_age_now(catalogue):
    values = read("儿子十九岁那年去当的兵，我今年六十三", catalogue, None, {}).values()
    assert values.get("age") == 63 and "child_age" not in values


def test_a_clause_naming_only_the_resident_is_about_the_resident(catalogue):
    # the daughter named before is not the one who is fifty-two; the mother's age is the woman's
    values = read("我们就一个女儿，前年生病走了。我是当妈的，今年五十二岁", catalogue, None, {},
                  _service_facts(catalogue, "family_planning_special_assistance")).values()
    assert values.get("woman_age") == 52 and "child_age" not in values
    assert values.get("only_child_lost") is True


def test_only_one_ever_born_and_lost(catalogue):
    values = read("我们只生过一个儿子，前年病故了", catalogue, None, {}).values()
    assert values.get("only_one_child") is True and values.get("only_child_lost") is True


@pytest.mark.parametrize("text, expected", [
    ("老大九岁不用管，老二四岁", 4),
    ("大的7岁先不管，小的刚满三岁", 3),
])
def test_the_child_left_out_is_not_the_one_asked_about(catalogue, text, expected):
    assert read(text, catalogue, "child_age", {}).values()["child_age"] == expected


def test_a_grandchild_whose_parents_died_is_an_orphan(catalogue):
    values = read("儿子和儿媳前几年都走了，孙女五岁，跟着我过", catalogue, None, {},
                  _service_facts(catalogue, "preschool_financial_aid")).values()
    assert values.get("child_situation") == "孤儿" and values.get("child_age") == 5


def test_a_story_of_work_and_no_degree(catalogue):
    relevant = _service_facts(catalogue, "employment_assistance")
    values = read("老婆在工地上干活，我也不是什么大学生", catalogue, None, {}, relevant).values()
    assert values.get("zero_employment_household") is False and values.get("poor_family_graduate") is False


def test_a_grandchild_the_resident_pays_for_is_the_applicant(catalogue):
    result = read("孙女十六岁，在读中专，问能不能给她交居民养老保险", catalogue, None, {},
                  _service_facts(catalogue, "resident_basic_pension"))
    assert result.applicant == "child" and result.values().get("age") == 16


@pytest.mark.parametrize("asked, text, expected", [
    ("training_group", "义务兵刚服完，上个月回的家", {"training_group": "退役军人", "veteran": True}),
    ("training_group", "厂子关了，眼下没班上", {"training_group": "失业人员或转岗职工", "employment_status": "失业",
                                            "involuntary_job_loss": True}),
    ("training_group", "这几样我哪样都不沾", {"training_group": "都不是"}),
    ("disability_grade", "评的是最重的一档", {"disability_grade": "一级"}),
    ("employment_status", "在一家快递公司送快递", {"employment_status": "在职"}),
    ("child_situation", "孩子爸妈前几年都过世了", {"child_situation": "孤儿"}),
    ("household_has_disabled", "我们家没有谁有残疾证", {"household_has_disabled": False}),
])
def test_more_words_residents_use(catalogue, asked, text, expected):
    assert reading(catalogue, text, asked).values() == expected


def test_a_negation_closed_by_le_does_not_reach_the_next_phrase(catalogue):
    # "没活了": nothing to do — the dismissal that follows is not denied
    result = reading(catalogue, "厂里没活了，叫我们都回家", "involuntary_job_loss")
    assert result.values() == {"involuntary_job_loss": True}
    assert reading(catalogue, "没有了低保", "dibao_household").values() == {"dibao_household": False}


def test_a_verb_complement_denies_the_phrase(catalogue):
    # "退休金…领" then "领不到": not receiving (the reading that could refuse the resident's pension)
    assert reading(catalogue, "养老金也领不到", "receiving_basic_pension").values() == {"receiving_basic_pension": False}


@pytest.mark.parametrize("asked, text, expected", [
    ("pension_contribution_years", "缴了二十个年头了", 20),           # 年头: years
    ("pension_contribution_years", "交了十二年，一年没断过", 12),      # "一年没断": no year of its own
])
def test_years_said_as_years(catalogue, asked, text, expected):
    assert reading(catalogue, text, asked).values() == {asked: expected}


def test_a_birth_month_makes_the_age_exact(catalogue):
    import datetime

    today = datetime.date.today()
    other = 1 if today.month != 1 else 2  # a month not this one
    years = today.year - 1960 - (0 if other < today.month else 1)
    text = f"一九六〇年{'一二三四五六七八九'[other - 1]}月生的"
    assert reading(catalogue, text, "age").values() == {"age": years}


def test_a_two_digit_year_of_the_2010s(catalogue):
    import datetime

    since = datetime.date.today().year - 2015
    assert reading(catalogue, "一五年来的湖州", "local_work_years").values() == {
        "local_work_years": {"from": since - 1, "to": since}}
    assert reading(catalogue, "来了一两年", "local_work_years").values() == {"local_work_years": {"from": 1, "to": 2}}


@pytest.mark.parametrize("asked, text, kind", [
    ("pension_contribution_years", "先问一下，交满十年跟交满十五年区别大不大", SIDE_QUESTION),
    ("child_age", "小学一般几月份开始报名", SIDE_QUESTION),
    ("household_monthly_income", "你稍等，我问问我老婆她一个月拿多少", "wait"),
])
def test_questions_and_waits(catalogue, asked, text, kind):
    result = reading(catalogue, text, asked)
    assert result.non_answer == kind and result.values() == {}


def test_the_line_is_not_the_benefit(catalogue):
    assert reading(catalogue, "比低保那条线还要低", "income_below_dibao_line").values() == {"income_below_dibao_line": True}


def test_an_age_when_something_began_is_no_age_now(catalogue):
    values = reading(catalogue, "早不读了，十六岁就出来学手艺", "is_student").values()
    assert values.get("is_student") is False and "age" not in values


@pytest.mark.parametrize("asked, text, expected", [
    ("hukou_place", "户籍登记在德清", {"hukou_place": "德清县"}),              # 户籍登记: no unemployment registration
    ("employment_status", "人还在厂里上班", {"employment_status": "在职"}),    # 人还在: not a living child
    (None, "我们在湖州一套房子也没有", {"has_local_housing": False}),
])
def test_words_too_broad_outside_their_question(catalogue, asked, text, expected):
    assert reading(catalogue, text, asked).values() == expected


def test_the_one_applied_for_named_by_a_pronoun(catalogue):
    result = reading(catalogue, "我儿子是二级，要申请的就是他", "disability_grade")
    assert result.applicant == "child" and result.values()["disability_grade"] == "二级"


def test_an_employer_that_pays_no_contributions(catalogue):
    assert reading(catalogue, "在茶园打零工，老板不给交社保").values().get("covered_by_employee_pension") is False


def test_a_grown_child_s_age_is_no_child_age(catalogue):
    values = reading(catalogue, "女儿二十岁，智力有点问题").values()
    assert "child_age" not in values
    assert reading(catalogue, "女儿九岁，智力有点问题").values().get("child_age") == 9


@pytest.mark.parametrize("text", ["儿子三年前出车祸走了", "老伴中风瘫在床上第四个年头了"])
def test_an_event_long_past_is_no_sudden_hardship(catalogue, text):
    assert "sudden_hardship" not in reading(catalogue, text).values()


def test_a_recent_event_is_still_one(catalogue):
    assert reading(catalogue, "上个月老公出车祸住院了").values().get("sudden_hardship") is True


def test_still_at_school_is_a_student(catalogue):
    assert reading(catalogue, "人还在学校，读大二", "employment_status").values() == {
        "employment_status": "在校学生", "is_student": True}


@pytest.mark.parametrize("asked, text, expected", [
    ("disability_grade", "残疾倒是没有，就是腰不好", {"disability_grade": "无残疾"}),
    ("dibao_household", "低保倒是没有吃过", {"dibao_household": False}),     # 倒是 before the negator
    ("child_situation", "孩子他爸病了好几年，日子紧得很", {"child_situation": "家庭经济困难"}),
])
def test_a_denial_with_dao_and_a_tight_life(catalogue, asked, text, expected):
    assert reading(catalogue, text, asked).values() == expected


def test_a_corrected_number_goes_to_the_only_known_number_it_can_be(catalogue):
    # a household of one and an age of 68 known: "是五十八" can only be the age
    assert read("我说错了，是五十八", catalogue, None, {"age": 68, "household_size": 1}).values() == {"age": 58}


def test_an_employer_that_never_paid(catalogue):
    result = read("我说错了，那个厂根本没给我们交过社保", catalogue, None, {"covered_by_employee_pension": True})
    assert result.values() == {"covered_by_employee_pension": False}


def test_an_old_first_generation_certificate_is_not_the_second_generation_one(catalogue):
    # the fact asks for the 第二代 certificate: an old one never exchanged is not it (already read so; kept)
    values = read("儿子是智力残疾，证是很多年前办的那种老证，一直没去换", catalogue, None, {}).values()
    assert values.get("has_disability_certificate") is False


def test_the_only_one_they_had(catalogue):
    values = reading(catalogue, "儿子前年病故了，我们就他一个", "only_child_lost").values()
    assert values == {"only_child_lost": True, "only_one_child": True}


def test_typed_before_is_already_said(catalogue):
    assert reading(catalogue, "户口在哪我前面打过字了", "hukou_place").non_answer == ALREADY_SAID


def test_an_answer_that_starts_with_the_person_it_is_about(catalogue):
    # asked the applicant's labour capacity, the resident answers about the mother-in-law: she is the applicant
    result = reading(catalogue, "我丈母娘，八十一了，早就做不动了", "has_labour_capacity")
    assert result.values() == {"has_labour_capacity": False, "age": 81} and result.applicant == "parent"
    # the resident speaks of themself too: the age stays unattributed
    result = reading(catalogue, "我老伴七十九了，我还能干", "has_labour_capacity")
    assert "age" not in result.values() and result.applicant is None
