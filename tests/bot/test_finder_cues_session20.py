"""Finder cues from set 25's conversations (session 20, the lead's): situations that lead to one service without
its name, in our own words — and near misses that must not."""
import pytest

from bot.finder_cues import cued_services


@pytest.mark.parametrize("text, service", [
    ("女儿从小脑瘫 社保是我们自己给她交的 一年好几千 像她这样交社保政府有没有补贴", "disabled_insurance_subsidy"),
    ("一家四口租在城里 房租这块公家肯不肯帮衬", "rental_housing_subsidy"),
    ("租金上政府管不管", "rental_housing_subsidy"),
    ("老公化疗改成一个月两次 来回的车钱一下子多出来好多", "temporary_assistance"),
    ("阿拉独养伲子 前年出车祸 二十六岁就去哉 上头有啥扶助", "family_planning_special_assistance"),
    ("下礼拜就到预产期了 单位说休产假那几个月的工资去问社保", "maternity_insurance"),
    ("宝宝快满月了 社区说四十二天要带去做个检查", "maternal_child_health"),
    ("儿子车祸后瘫在床上出不了门 能不能派个老师上门给他上课", "home_delivered_education"),
    ("厂里把我辞了 想把没工作这个情况去登记一下", "employment_registration"),
    ("老大三岁了 想再生一个 要不要先去登个记", "two_child_policy"),
    ("孩子明年初中毕业 想回老家读普通的三年制高中", "high_school_education"),
    ("伲子四十岁 脑子从小勿灵光 阿拉走脱以后啥人管伊 有啥地方好长远托牢伊", "disabled_custodial_care"),
    ("村口的站头搬到大路上去了 走过去要半个钟头 能不能叫车子再开进来", "village_bus"),
])
def test_a_situation_leads_to_its_service(text, service):
    assert service in cued_services(text)


@pytest.mark.parametrize("text, service", [
    ("我交社保交了十年 政府有补贴吗", "disabled_insurance_subsidy"),
    ("房租一个月两千 太贵了", "rental_housing_subsidy"),
    ("菜价一下子涨了", "temporary_assistance"),
    ("怀孕前想做个检查", "maternal_child_health"),
    ("没工作了 有没有补助", "employment_registration"),
    ("想再要一个 孕前检查去哪做", "two_child_policy"),
])
def test_near_miss_leads_nowhere(text, service):
    assert service not in cued_services(text)


def test_the_death_told_before_the_one_child():
    assert "family_planning_special_assistance" in cued_services("他女儿前年车祸没了 才十九 家里就这么一根独苗 有什么政策")


_HEARD_REGISTRATION = [{"id": "employment_registration", "confidence": 0.7}, {"id": "two_child_policy", "confidence": 0.13}]


def _top(text, kb):
    from bot.finder import find_services
    from bot.text import normalize
    parse = {"text": normalize(text), "intent": {"name": "ask_where", "confidence": 0.8},
             "intent_ranking": [{"name": "ask_where", "confidence": 0.8}], "entities": [], "service_ranking": _HEARD_REGISTRATION}
    return find_services(parse, kb).top.id


def test_a_cued_service_outranks_the_classifiers_word_level_guess(kb):
    """"…想再要一个 …要先去哪里登个记": the classifier hears 登记 (employment registration, 0.7); the situation told
    (a second child wanted) leads to the two-child policy, which now outranks it."""
    assert _top("我们有个儿子三岁了 想再要一个 不知道要先去哪里登个记 还是直接生就行", kb) == "two_child_policy"


def test_near_miss_no_situation_keeps_the_classifiers_service(kb):
    assert _top("没工作了 想去登个记", kb) == "employment_registration"
