"""Whether one qualifies, asked in everyday words; what the last clause asks and of which
service; a where-question's 单位 is no group (bot/eligibility_cues.py, bot/asked_last.py,
bot/finder.py). The dialogue that uses them is played in tests/data/conversations_dev/asking.yml."""
import pytest

from bot.asked_last import named_in_last_clause, told_then_asked_how
from bot.eligibility_cues import asks_eligibility
from bot.finder import Finding
from bot.groups import asked_for


@pytest.mark.parametrize("text, asks", [
    ("屋里就我一个，低保我好吃伐", True),  # 吃低保: to receive it
    ("我能吃上低保吗", True),
    ("我七十八哉，一家头过日脚，特困好吃伐？", True),  # 吃特困 as 吃低保
    ("这个能算工伤吗", True),  # whether what happened counts
    ("问还能不能认定", True),
    ("能算多少钱吗", False),
    ("这个菜好吃吗", False),
    ("厂子关门了 失业金给不给领", True),
    ("听说仲裁一年就过期，我现在申请是不是已经晚了？", True),
    ("公办幼儿园现在还收人吗", True),
    ("幼儿园收费吗", False),
    ("老板拖着工资不发 我想去仲裁", True),
    ("我要去劳动仲裁", True),
    ("不是要仲裁，是想举报老板", False),  # denied
    ("我想去仲裁怎么弄", False),  # how, not whether
    ("啥辰光好每个号头领养老金", True),
    ("要等到几岁才能领", True),
    ("失业金什么时候能领到", False),  # when it is paid, not whether
])
def test_whether_one_qualifies_in_more_words(text, asks):
    assert asks_eligibility(text) is asks


def _entity(text, word, value):
    start = text.index(word)
    return {"entity": "service", "value": value, "start": start, "end": start + len(word)}


def test_the_last_clause_names_the_service_it_asks_about():
    text = "女儿开刀住了十天 医保报完还差一万多 我们家是低保户 医疗救助怎么申请"
    entities = [_entity(text, "低保", "minimum_living_allowance"), _entity(text, "医疗救助", "medical_assistance")]
    assert named_in_last_clause(text, entities) == ["medical_assistance"]
    # a last clause that asks nothing, or names nothing, names no service it asks about
    assert named_in_last_clause("医疗救助我知道了 谢谢 急", entities[:0]) == []
    assert named_in_last_clause("我们家是低保户 孩子住院了", [_entity("我们家是低保户 孩子住院了", "低保", "minimum_living_allowance")]) == []


@pytest.mark.parametrize("text, told", [
    ("我们一家三口租房子住 房东又涨房租了 残疾人家庭的租房补贴怎么申请", True),
    ("我想问下失业金怎么领", False),  # only the question
    ("低保怎么申请", False),
    ("我们家是低保户，孩子上学有补助吗", False),  # not how to apply
])
def test_how_to_apply_after_saying_who_one_is(text, told):
    assert told_then_asked_how(text) is told


def test_a_where_question_for_a_unit_names_no_group():
    text = "我们住安吉递铺 具体去哪家单位做"
    start = text.index("单位")
    unit = {"entity": "group", "value": "企业", "start": start, "end": start + 2}
    assert asked_for(unit, text)
    assert Finding(text, "ask_where", 0.9, True, [unit]).groups == []
    text = "单位不给我交社保"
    said = {"entity": "group", "value": "企业", "start": 0, "end": 2}
    assert not asked_for(said, text)
    assert Finding(text, "find_service", 0.9, True, [said]).groups == []  # a worker's employer, no business asking
    text = "单位想招残疾人有补贴吗"
    assert Finding(text, "find_service", 0.9, True, [said]).groups == ["企业"]


def test_a_question_that_names_nothing_is_about_the_one_service_the_story_names():
    from bot.asked_last import the_one_named_asked
    text = "听邻居说有免费的孕前优生健康检查，夫妻俩都可以去。我们住德清新市，想问问我们能不能去做。"
    check = _entity(text, "孕前优生健康检查", "free_preconception_checkup")
    assert the_one_named_asked(text, [check]) == ["free_preconception_checkup"]
    # two services named: the story's needs decide, not this rule
    text2 = "我是低保户，听说有医疗救助，也有临时救助，想问问我能不能申请"
    two = [_entity(text2, "医疗救助", "medical_assistance"), _entity(text2, "临时救助", "temporary_assistance")]
    assert the_one_named_asked(text2, two) == []
    # 低保户 says who one is; it is not the service asked about
    text3 = "我们家是低保户，孩子住院花了好多钱，想问问我们能不能申请"
    assert the_one_named_asked(text3, [_entity(text3, "低保", "minimum_living_allowance")]) == []


@pytest.mark.parametrize("text, service", [
    ("我女儿脑瘫，一直在做康复训练，听说重度残疾人做康复能走医保，我们住长兴和平镇，这个找哪个部门",
     "severe_disability_medical_security"),
    ("女儿耳朵听不见 有证的 在孝丰读初一 听说残疾学生读书有资助 问哪个部门 我们就住孝丰", "disabled_student_aid"),
    ("他老家户口上是低保户。听说低保家庭的残疾人还有生活补贴，他能领吗", "disabled_living_subsidy"),
    ("女儿在孝丰读初一，问哪个部门", None),  # nothing heard of
    ("听说有补贴", None),  # too little to tell which
])
def test_what_the_resident_heard_of_is_the_service_asked_about(kb, text, service):
    from bot.finder import heard_of
    assert heard_of(text, kb) == service


def test_a_vague_thing_heard_of_names_no_service(kb):
    from bot.finder import heard_of
    assert heard_of("我老公去年在工地上摔断了腰，到现在还下不了床。听说有困难补助，我们这样的能申请什么？", kb) is None


def test_an_open_question_after_a_story_is_not_about_the_one_service_it_mentions():
    from bot.asked_last import the_one_named_asked
    text = "小的才五岁上幼儿园，房租就要一千二。听说有困难补助，我们这样的能申请什么？"
    at = text.index("上幼儿园")
    entities = [{"entity": "service", "value": "kindergarten_enrolment", "start": at, "end": at + 4}]
    assert the_one_named_asked(text, entities) == []
    text = "小的才五岁上幼儿园，我们这样的能申请吗？"
    at = text.index("上幼儿园")
    entities = [{"entity": "service", "value": "kindergarten_enrolment", "start": at, "end": at + 4}]
    assert the_one_named_asked(text, entities) == ["kindergarten_enrolment"]


def test_help_of_a_kind_after_a_story_and_a_refusal_reported_ask_whether_one_qualifies():
    from bot.eligibility_cues import asks_eligibility, asks_for_a_share
    # help of the kind their story needs, asked after the story
    assert asks_for_a_share("老婆前天突然脑溢血进了ICU 家里存款全垫进去了 政府有没有救急的钱")
    assert asks_for_a_share("我爸妈住石淙村里的老屋，七几年造的，想问有没有改造补助")
    # an open question is not about one service's share
    assert not asks_for_a_share("我住长兴，有没有什么补贴")
    assert not asks_for_a_share("我住长兴，有没有别的补助")
    # told by the employer they do not qualify: whether they do is the question
    assert asks_eligibility("在机械厂上夜班被冲床压了两根手指头，厂里说我没签合同不算工伤")
    assert asks_eligibility("村里讲阿拉勿够条件")
    assert not asks_eligibility("厂里说这个月不发工资")
