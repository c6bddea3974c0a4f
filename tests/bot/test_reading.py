"""The answer reader (bot/reading) on the development tables of residents'
answers, and on cases that pin down each mechanism. `make eval` scores every
table, the blind test table included; here the development tables must keep
zero wrong "not met" readings and their accuracy, so a change that breaks
understanding fails the build."""
from pathlib import Path

import pytest

from bot.eval_answers import load, score
from bot.reading import ALREADY_SAID, NOT_UNDERSTOOD, SIDE_QUESTION, WAIT, implied, read
from knowledge_base.eligibility import NOT_APPLICABLE, UNKNOWN
from tests.bot.reading_support import values

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("table, floor", [("answers_dev.jsonl", 0.97), ("answers_dev2.jsonl", 0.96),
                                          ("answers_dev3.jsonl", 0.95)])
def test_development_tables_hold(catalogue, table, floor):
    result = score(load(DATA / table), catalogue)["all"]
    assert result.wrong_not_met == 0, [e for e in result.errors if e["refusing"]]
    assert result.right / result.facts >= floor, result.errors[:20]


@pytest.mark.parametrize("asked, text, expected", [
    # compound answers carry every fact they hold
    ("has_disability_certificate", "有证，三级", {"has_disability_certificate": True, "disability_grade": "三级"}),
    ("has_local_housing", "没房，外地来的，在南浔做了四年，两个人一个月六千",
     {"has_local_housing": False, "hukou_place": "外地", "migrant_worker": True, "residence_place": "南浔区",
      "local_work_years": 4, "household_size": 2, "household_monthly_income": 6000}),
    # negation has a scope
    ("involuntary_job_loss", "厂里倒闭了，又不是我要辞职", {"involuntary_job_loss": True}),
    ("had_another_child", "没有，没再生也没抱养", {"had_another_child": False}),
    ("has_labour_capacity", "不是不能干，是找不到活", {"has_labour_capacity": True}),
    ("has_income_source", "也不是没有，就是很少", {"has_income_source": True}),
    # an answer about another fact does not answer the question asked
    ("has_labour_capacity", "一分钱收入都没有", {"has_income_source": False}),
    # options by meaning
    ("training_group", "没工作", {"training_group": "失业人员或转岗职工"}),
    ("employment_status", "在家种田", {"employment_status": "务农"}),
    # whose fact
    ("child_age", "大的10岁，小的3岁", {"child_age": [10, 3]}),
    ("disability_grade", "我老伴二级，我没有", {"disability_grade": "无残疾", "household_has_disabled": True}),
    ("hukou_place", "我在长兴上班，户口在河南", {"hukou_place": "外地", "residence_place": "长兴县"}),
    ("age", "我妈78了", {"age": 78}),
    # numbers only as the quantity asked; ranges stay ranges
    ("age", "七十有二", {"age": 72}),
    ("pension_contribution_years", "一两年", {"pension_contribution_years": {"from": 1, "to": 2}}),
    ("days_since_injury", "三个月前摔的", {"days_since_injury": 90}),
    # self-repair, traditional characters, hotline fillers, dialect
    ("disability_grade", "三级，不对，是二级", {"disability_grade": "二级"}),
    ("hukou_place", "戶口在長興", {"hukou_place": "长兴县"}),
    ("age", "喂，那个，嗯，七十三周岁", {"age": 73}),
    ("has_labour_capacity", "做勿动了", {"has_labour_capacity": False}),
    # not applicable
    ("child_age", "没有孩子", {"child_age": NOT_APPLICABLE}),
    ("woman_age", "我老伴已经走了", {"woman_age": NOT_APPLICABLE}),
    ("income_below_dibao_line", "不知道", {"income_below_dibao_line": UNKNOWN}),
    # numbers in context: decimals, days worked, amounts added, denials, calendar years, relative ages
    ("household_monthly_income", "1.5万左右", {"household_monthly_income": 15000}),
    ("household_monthly_income", "做计件，一天一百五，一个月做二十天", {"household_monthly_income": 3000}),
    ("pension_contribution_years", "交满十五年了，后来又多交了两年", {"pension_contribution_years": 17}),
    ("pension_contribution_years", "一年都没交过", {"pension_contribution_years": 0}),
    ("zero_employment_household", "家里没有一个人有工作的", {"zero_employment_household": True, "household_size": None}),
    ("child_age", "两周岁零三个月", {"child_age": 2}),
    ("child_age", "五岁多了，明年九月满六岁", {"child_age": 5}),
    ("child_age", "老大15，老二10岁，最小的是双胞胎，5岁", {"child_age": [15, 10, 5, 5]}),
    ("woman_age", "我爱人六十一，我比她大三岁", {"woman_age": 61, "age": 64}),
    ("days_since_injury", "一个半月", {"days_since_injury": 45}),
    ("has_local_housing", "湖州没房子，老家倒是有一套", {"has_local_housing": False}),
    ("residence_place", "我在安徽老家，儿子在吴兴打工", {"residence_place": "外地"}),
    ("days_since_rights_infringed", "超过一年还能申请仲裁吗？", {"days_since_rights_infringed": None}),
    (None, "户口跟家都在织里", {"hukou_place": "吴兴区", "residence_place": "吴兴区"}),
    (None, "我们刚从外地搬回吴兴", {"residence_place": "吴兴区"}),
    ("receiving_basic_pension", "呒没额，我一世人种田，哪里来额退休工资", {"receiving_basic_pension": False}),
    (None, "我户口勒菱湖，年纪大哉做弗动了", {"hukou_place": "南浔区", "has_labour_capacity": False}),
    (None, "我讲得不对，房子其实在善琏镇下面的村里", {"rural_housing": True}),
    ("has_income_source", "呒没啥收入，就是儿子寄点钞票", {"has_income_source": True}),
    (None, "老头子走了五年哉，一家头过", {"has_able_supporter": None}),  # living alone: nothing of supporters
    (None, "前年跟老公一起到长兴煤山的厂里上班", {"residence_place": "长兴县"}),
    (None, "我女儿今年八月份刚满六周岁", {"child_age": 6}),
    (None, "我们儿子今年五岁，九月份就满六岁了", {"child_age": 5}),
    (None, "我老公腿断了，评了三级残疾，两个孩子，大的十岁读四年级", {"only_child_lost": None,
                                                              "days_since_injury": None}),
    (None, "我腿有残疾 没办过残疾正", {"has_disability_certificate": False}),
    (None, "厂里关门被辞退，单位和个人缴纳失业保险满三年", {"unemployment_contribution_years": 3,
                                                        "days_since_rights_infringed": None}),
    # Wu words for money and matters, read as the phrases are written (铜钿/钞票 钱, 出啥事体 出事)
    ("has_income_source", "一分铜钿也呒没进来", {"has_income_source": False}),
    ("has_income_source", "有的，一分钱不少都给", {"has_income_source": True}),
    (None, "我一分钱都没有", {"has_income_source": None}),  # unasked, not a fact about a livelihood
    ("sudden_hardship", "呒没出啥事体", {"sudden_hardship": False}),
    # the doubt is about the answer's own words: unknown, however plainly the first part says yes
    ("has_disability_certificate", "证是有一本额，老早办额，是弗是第二代我弗晓得",
     {"has_disability_certificate": UNKNOWN}),
    # a yes asked back with 什么 is a no; coordinated denials do not cancel; emphatic and Wu forms
    ("is_student", "读啥书啊，我五十五哉", {"is_student": False, "age": 55}),
    ("is_student", "在读啥书？", {"is_student": None}),
    ("had_another_child", "那之后既没生也没抱养过孩子", {"had_another_child": False}),
    ("receiving_basic_pension", "拿退休工资的是老头子，我一分没有", {"receiving_basic_pension": False}),
    ("covered_by_employee_pension", "我伲种田人，职工社保一日也呒没交过", {"covered_by_employee_pension": False}),
    ("dibao_household", "低保阿拉呒没吃", {"dibao_household": False}),
    ("income_within_200pct_dibao", "不清楚，从来没算过", {"income_within_200pct_dibao": UNKNOWN}),
    ("pension_contribution_years", "农保交了廿年，一年也呒没断过", {"pension_contribution_years": 20}),
    ("woman_age", "我是男方，六十，老婆小我三岁", {"age": 60, "woman_age": 57}),  # 三 is a difference of ages, no age
    ("assets_within_local_rules", "存款呒没，就一间老屋自家住", {"assets_within_local_rules": True}),
    (None, "我伲就一个囡，十年前生毛病走脱哉，后来也呒没再养", {"only_one_child": True, "only_child_lost": True,
                                                          "had_another_child": False}),
    (None, "我表弟四十岁，一级肢体残疾，爸妈都去世了，特困供养他能申请吗", {"age": 40}),
    ("child_age", "我搞错了，五岁是明年，她现在才四周岁", {"child_age": 4}),
    (None, "失业保险正好交了半年", {"unemployment_contribution_years": 0.5}),
    # set 8: a denial inside what looks like 什么 asked back; 不过 is "but"; explained questions
    ("assets_within_local_rules", "没有啥存款，房子也就一套自住的，不超", {"assets_within_local_rules": True}),
    ("zero_employment_household", "我闲在家，不过儿子每天去厂里上班的", {"zero_employment_household": False}),
    ("zero_employment_household", "家里两个大人都没工作，我有残疾证", {"zero_employment_household": True}),
    ("has_disability_certificate", "我没有，要申请的是我女儿，她有证", {"has_disability_certificate": True}),
    ("dibao_household", "来电人对是否为低保户表述不清，称需回去核实", {"dibao_household": UNKNOWN}),
    ("has_income_source", "月月侪是零进账，只出弗进", {"has_income_source": False}),
    ("unemployment_contribution_years", "失业险差不多缴满四年零三个月", {"unemployment_contribution_years": 4.25}),
    (None, "单位为其缴纳失业保险才半年", {"unemployment_contribution_years": 0.5}),
    ("needs_long_term_care", "他自己能吃能走，不用人一直陪", {"needs_long_term_care": False}),
    ("migrant_worker", "不是打工的，我老公是公司派过来的管理", {"migrant_worker": False}),
    (None, "老太婆走了，屋里就我一个人，儿子在上海管不了我，特困供养我好申请伐", {"has_able_supporter": False}),
    (None, "失业保险厂里是交的，就交了六个月", {"unemployment_contribution_years": 0.5}),
    (None, "阿拉今年六十二，农保是前几年才交额，一共三年", {"age": 62, "pension_contribution_years": 3}),
    (None, "我屋里勒长兴乡下，老屋几十年哉", {"residence_place": "长兴县"}),
    (None, "我们河南过来的，两口子在德清武康打工", {"hukou_place": "外地", "residence_place": "德清县"}),
    (None, "我老公腿不好，但是没办残疾证，家里也没别人有证", {"household_has_disabled": False}),
    (None, "哦讲错了，我上班的厂在安吉梅溪，不在长兴", {"residence_place": "安吉县"}),
    ("income_within_200pct_dibao", "两倍不两倍的，账我算不明白", {"income_within_200pct_dibao": UNKNOWN}),
])
def test_reading_mechanisms(catalogue, asked, text, expected):
    got = values(catalogue, text, asked)
    got.update({k: v for k, v in implied(got).items() if k in expected and k not in got})
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("asked, text, kind", [
    ("age", "你等一下", WAIT),
    ("local_work_years", "我这在开车呢，过会儿再说", WAIT),
    ("household_size", "都跟你说了几遍了", ALREADY_SAID),
    ("household_monthly_income", "是算税前还是税后？", SIDE_QUESTION),
    ("works_or_lives_in_huzhou", "搞不清楚你在问啥", NOT_UNDERSTOOD),
    ("age", "我去问问我老伴", WAIT),
    ("has_labour_capacity", "我刚才不是说了吗", ALREADY_SAID),
    ("income_below_dibao_line", "标准是多少？", SIDE_QUESTION),
    ("has_able_supporter", "啥意思？", NOT_UNDERSTOOD),
])
def test_non_answers_are_no_facts(catalogue, asked, text, kind):
    reading = read(text, catalogue, asked)
    assert reading.non_answer == kind
    assert asked not in reading.facts  # "你等一下" is no age of 1


def test_a_question_back_with_an_answer_is_both(catalogue):
    reading = read("有证的，要带什么材料？", catalogue, "has_disability_certificate")
    assert reading.values()["has_disability_certificate"] is True and reading.asks


def test_opening_stories_say_whom_they_ask_for(catalogue):
    reading = read("我伯伯七十三了，特困供养他能申请吗？", catalogue)
    assert reading.applicant == "other" and reading.values()["age"] == 73
    assert "extreme_poverty_supported" not in reading.values()  # the service asked about is no fact


def test_facts_follow_with_certainty(catalogue):
    assert implied({"hukou_place": "外地", "residence_place": "南浔区"})["migrant_worker"] is True
    assert implied({"hukou_place": "长兴县"})["migrant_worker"] is False
    assert implied({"disability_grade": "无残疾"})["has_disability_certificate"] is False
    assert implied({"migrant_worker": True, "hukou_place": "外地", "residence_place": "南浔区"}).get("migrant_worker") is None


def test_calendar_years_are_time_since(catalogue):
    """"从08年开始交的" is seventeen or eighteen years by now, never 8."""
    from bot import clock

    since = clock.today().year - 2008
    got = values(catalogue, "从08年开始交的", "pension_contribution_years")
    assert got["pension_contribution_years"] == {"from": since - 1, "to": since}
    assert values(catalogue, "1958年出生的", "age")["age"] == {"from": clock.today().year - 1959, "to": clock.today().year - 1958}


def test_one_more_child_joins_the_known_one(catalogue):
    got = values(catalogue, "都不是。对了我还有个小的，三岁", "child_situation", {"child_age": 8})
    assert got["child_age"] == [8, 3] and "training_group" not in got


def test_a_number_taken_back_corrects_the_fact_it_was_said_for(catalogue):
    # asked about income, the resident corrects the years of work said a turn before
    known = {"local_work_years": 3, "migrant_worker": True}
    got = values(catalogue, "不对，是两年，不是三年", "income_below_housing_line", known)
    assert got.get("local_work_years") == 2 and "income_below_housing_line" not in got
    assert values(catalogue, "不是三口人，是四口人", "income_below_housing_line", {"household_size": 3}) \
        .get("household_size") == 4
    # no number known with the old value: nothing is guessed
    assert "local_work_years" not in values(catalogue, "不对，是两年，不是三年", "income_below_housing_line", {})


def test_the_applicant_inside_a_phrase_does_not_stop_it(catalogue):
    # asking for the husband: "不跟…续签" holds 他, the applicant; "孩子爸妈都没了" still is no child lost
    got = values(catalogue, "厂里不和他续签了", "involuntary_job_loss", {"applicant": "spouse"})
    assert got.get("involuntary_job_loss") is True
    assert values(catalogue, "孩子爸妈都没了", None, {}).get("only_child_lost") is None


def test_reading_does_not_depend_on_the_hash_seed():
    # the question's words were a set ordered by length only: which of two equally long words
    # was matched last decided "照顾倒不需要" on some seeds and not on others
    import subprocess
    import sys
    code = ("from knowledge_base.loader import load_catalogue; from bot.reading import read; "
            "print(read('我说错了，是三级，不是二级。照顾倒不需要，自己能动', load_catalogue(), "
            "'needs_long_term_care').values())")
    outputs = {subprocess.run([sys.executable, "-c", code], env={**__import__("os").environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1 and "'needs_long_term_care': False" in outputs.pop()


def test_a_child_named_in_an_answer_is_the_applicant_when_the_applicant_is_a_minor(catalogue):
    known = {"applicant": "other", "age": 12}  # "替其外甥咨询…外甥12周岁"
    assert values(catalogue, "来电人称孩子没有任何收入来源", "has_income_source", known) == {"has_income_source": False}
    # an adult applicant: the child's income is not theirs
    assert values(catalogue, "孩子没有任何收入来源", "has_income_source", {"applicant": "other", "age": 70}) == {}


@pytest.mark.parametrize("text, known, relevant, expected", [
    # a correction after the verdict, with no question pending: the one fact told in that unit
    ("等一下我翻了缴费本子，是十五年，前面少算了两年", {"pension_contribution_years": 13, "age": 61},
     ("pension_contribution_years", "age"), {"pension_contribution_years": 15}),
    ("不好意思打错了，是两个礼拜，十四天", {"days_since_injury": 60}, ("days_since_injury",), {"days_since_injury": 14}),
    ("我算了下，其实是十个月前开始欠的", {"days_since_rights_infringed": {"from": 365, "to": 1094}},
     ("days_since_rights_infringed",), {"days_since_rights_infringed": 300}),
])
def test_a_correction_names_the_fact_it_corrects_by_its_unit(catalogue, text, known, relevant, expected):
    reading = read(text, catalogue, None, known, relevant)
    assert {k: reading.values()[k] for k in expected if k in reading.values()} == expected
    assert reading.correction and reading.non_answer is None


def test_a_difference_is_not_the_value(catalogue):
    # "少算了两年" is how far off the earlier figure was; with two year facts told, nothing is guessed
    found = values(catalogue, "我算了下，前面少算了两年", None, {"pension_contribution_years": 13})
    assert found.get("pension_contribution_years") != 2


def test_living_and_working_only_outside_huzhou_is_a_no(catalogue):
    assert values(catalogue, "现在一家都在嘉兴秀洲，工作和房子都在那边", "works_or_lives_in_huzhou",
                  {"hukou_place": "外地"})["works_or_lives_in_huzhou"] is False
    # a place in Huzhou named as well: not a no
    assert values(catalogue, "我们在吴兴上班，住在嘉兴", "works_or_lives_in_huzhou",
                  {"hukou_place": "外地"}).get("works_or_lives_in_huzhou") is not False


def test_a_grade_said_to_be_someone_elses_is_not_the_applicants(catalogue):
    found = values(catalogue, "等等我翻了一下证，是一级，三级是我爸的，我看错了", "needs_long_term_care",
                   {"has_disability_certificate": True, "disability_grade": "三级", "needs_long_term_care": True})
    assert found["disability_grade"] == "一级"
    assert values(catalogue, "三级是我老伴的，我自己是二级", "disability_grade")["disability_grade"] == "二级"


def test_not_knowing_whether_is_not_a_no(catalogue):
    found = values(catalogue, "来电人表示不清楚当地低保标准是多少，无法判断家庭人均收入是否低于标准", "income_below_dibao_line")
    assert found["income_below_dibao_line"] == UNKNOWN


@pytest.mark.parametrize("asked, text, value", [
    ("has_disability_certificate", "评残上个月刚做完，证还没拿到手", False),
    ("public_institution_staff", "伊个小鬼头哪里有啥单位，勒屋里帮帮忙", False),
    ("only_one_child", "就养了伊一个，再呒没第二个", True),
    ("household_has_disabled", "老头子脚勿灵光，不过残疾证呒没去办过", False),
])
def test_everyday_answers_to_yes_no_questions(catalogue, asked, text, value):
    assert values(catalogue, text, asked)[asked] is value


def test_a_service_named_is_not_a_fact_its_name_holds(catalogue):
    # 公租房 holds 租房: no renting is said (a household that owns its flat, to the income question)
    found = values(catalogue, "我们两口子退休金加起来也不高，街道说过在公租房准入线以下", "income_below_housing_line",
                   {"has_local_housing": True})
    assert "has_local_housing" not in found and found["income_below_housing_line"] is True
    assert values(catalogue, "屋里着火了，交关惨", "sudden_hardship")["sudden_hardship"] is True  # the head of 着火了 counts


def test_parents_gone_is_no_supporter_and_no_orphan_for_an_adult(catalogue):
    found = values(catalogue, "爸妈前些年都走了，他没结过婚，也没有孩子", "has_able_supporter", {"age": 45})
    assert found == {"has_able_supporter": False}


def test_a_migrant_worker_in_everyday_words(catalogue):
    assert values(catalogue, "俺是贵州农村出来的，在织里童装厂踩缝纫机", "training_group")["training_group"] == "农民工"


def test_what_with_dou_is_every_not_which(catalogue):
    reading = read("我弟弟今年四十五岁，什么活都干不了", catalogue)
    assert reading.values()["has_labour_capacity"] is False and not reading.asks
    assert read("什么都要带吗", catalogue).asks  # a question all the same


def test_what_one_heard_one_could_get_is_no_fact(catalogue):
    found = values(catalogue, "没有退休工资，农保交过几年，听人家讲现在好领养老金，我好领伐")
    assert found["receiving_basic_pension"] is False


@pytest.mark.parametrize("asked, text, known, expected", [
    # asked back as a denial: 哪能 / 哪会 before the phrase, also where the phrase starts with its 能
    ("has_labour_capacity", "他才十五岁，脑瘫走路都走不稳，哪能干活", {}, {"has_labour_capacity": False}),
    ("has_income_source", "哪会有什么收入", {}, {"has_income_source": False}),
    ("has_labour_capacity", "能干活", {}, {"has_labour_capacity": True}),
    # "哦不对，…" corrects what follows; it does not answer the question pending with a no
    ("income_below_dibao_line", "哦不对，户口结婚那年就迁到南浔石淙了，离婚后也没迁回去", {"hukou_place": "长兴县"},
     {"hukou_place": "南浔区"}),
    # a period of pay is no time ago; the one who earns is not the household's size
    (None, "我老公去年在工地上摔断了腿，家里就靠我一个人在超市上班，一个月三千块", {},
     {"days_since_injury": {"from": 30, "to": 730}, "household_monthly_income": 3000, "household_size": None}),
    ("household_size", "就我一个人住", {}, {"household_size": 1}),
    # a house in the home village is not a house here: a no to lean on, never a refusing yes
    ("has_local_housing", "有房子，不过是老家的宅基地", {}, {"has_local_housing": False}),
    ("has_local_housing", "有，在吴兴有套房", {}, {"has_local_housing": True}),
])
def test_rhetorical_denials_and_repairs(catalogue, asked, text, known, expected):
    got = values(catalogue, text, asked, known)
    assert {k: got.get(k) for k in expected} == expected
    assert asked is None or asked in expected or asked not in got, got
