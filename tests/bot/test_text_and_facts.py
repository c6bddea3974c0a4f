"""Input styles residents use, handled before any model sees them."""
import pytest

from bot.nlu.facts import extract_facts
from bot.text import MAX_MESSAGE_CHARS, normalize, parse_number


@pytest.mark.parametrize("raw, expected", [
    ("請問殘疾人護理補貼怎麼申請", "请问残疾人护理补贴怎么申请"),  # traditional
    ("ＡＢＣ１２３，低保", "ABC123,低保"),  # full-width
    ("低保😀怎么办🙏", "低保 怎么办"),  # emoji
    ("  低保\t\n 怎么办  ", "低保 怎么办"),  # whitespace
    ("", ""),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_oversized_message_is_cut():
    assert len(normalize("低保" * 5000)) == MAX_MESSAGE_CHARS


@pytest.mark.parametrize("text, number", [
    ("七十", 70), ("七十五", 75), ("一百零二", 102), ("两千", 2000), ("两千五", 2500), ("一万二", 12000),
    ("3.5", 3.5), ("十", 10), ("我今年68岁", 68), ("没有", None),
])
def test_parse_number(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text, facts", [
    ("我七十岁了", [("age", 70)]),
    ("我老伴八十多岁，肢体残疾一级", [("age", 80), ("disability_grade", "一级")]),
    ("孩子五岁了我是二级残疾", [("child_age", 5), ("disability_grade", "二级")]),
    ("残疾等级是三级", [("disability_grade", "三级")]),
    ("家里月收入两千块", [("income", 2000)]),
    ("2级残疾证", [("disability_grade", "二级")]),
    ("我自己也七十多了照顾不动了", [("age", 70)]),
    ("我妈都八十五了", [("age", 85)]),
    ("交了十五年了", []),
    ("排了两百多了", []),
    ("低保怎么申请", []),
])
def test_personal_facts_in_passing(text, facts):
    assert [(e["entity"], e["value"]) for e in extract_facts(text)] == facts


@pytest.mark.parametrize("text, asks", [
    ("护理补贴好领伐？", True),
    ("娃6岁了能报小学不 户口长兴的", True),
    ("来电人询问能否领取失业保险金", True),  # a hotline transcript
    ("咨询其母亲是否符合低保条件", True),
    ("失业金怎么领", False),
    ("低保去哪里申请", False),
    ("询问是否可以在网上办理", False),  # how, not whether
    ("我现在想自己去申请工伤认定，还来得及吗？", True),
    ("孩子4岁 能提前上一年级不 户口吴兴", True),
    ("来电人女，孩子6周岁，咨询能否在当地上小学。", True),
])
def test_a_question_whether_one_qualifies_in_any_wording(text, asks):
    from bot.finder import asks_eligibility
    assert asks_eligibility(text) is asks


def test_a_story_that_ends_asking_whether_one_qualifies_is_a_screening():
    from bot.finder import decide_scope
    story = "村里想帮他走正规的救助程序，又怕材料准备不对。特困人员救助供养他能申请吗？"
    parse = {"text": story, "intent": {"name": "ask_where", "confidence": 0.6},
             "entities": [{"entity": "service", "value": "extreme_poverty_support"}]}
    assert decide_scope(parse) == (True, "check_eligibility")
    parse["text"] = "特困供养他能申请吗？在安吉去哪里申请？"
    assert decide_scope(parse) == (True, "ask_where")
    # both asked in the last sentence: the screening, whose verdict names the office
    parse["text"] = "来电人说他妈妈八十了，有残疾证，一级的，问护理补贴能不能领，然后去哪里办"
    parse["entities"] = [{"entity": "service", "value": "severe_disability_care_subsidy"}]
    assert decide_scope(parse) == (True, "check_eligibility")


def test_a_range_read_from_vague_words_is_described_in_words():
    from knowledge_base.loader import load_catalogue
    facts = load_catalogue().facts
    assert facts["days_since_injury"].describe({"from": 365, "to": 1095}) == "受伤至今约365至1095天"
    assert "{" not in facts["household_monthly_income"].describe({"from": 3001, "to": None})


@pytest.mark.parametrize("text, expected", [
    ("补贴金额是多少", "补贴金额是多少"), ("名额还有吗", "名额还有吗"), ("额，我想问下低保", "我想问下低保"),
])
def test_the_filler_e_is_dropped_only_on_its_own(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("text, intent", [
    ("来电人女，称其儿子持第二代残疾人证，户籍吴兴区，家庭为低保户，咨询困难残疾人生活补贴。", "check_eligibility"),
    ("来电人男，称其母亲持残疾人证，等级四级，卧床需人长期照护，咨询重度残疾人护理补贴。", "check_eligibility"),
    ("来电人男，称其母亲持残疾人证，咨询重度残疾人护理补贴去哪里办理。", "find_service"),  # where: not a screening
    ("困难残疾人生活补贴是什么，我想咨询一下", "find_service"),  # no operator's note
])
def test_an_operators_note_then_a_service_asks_whether_the_caller_qualifies(text, intent):
    from bot.finder import decide_scope
    parse = {"text": text, "intent": {"name": "find_service", "confidence": 0.7},
             "entities": [{"entity": "service", "value": "disabled_living_subsidy"}]}
    assert decide_scope(parse) == (True, intent)
