"""What a message is before it is a question about a service.

Read from the text alone (after bot.text.normalize), so that the NLU pipeline's
scope decision, the actions and `bot predict` agree:

  - message_kind(): a message with nothing to understand ("👍", "？？", "asdf")
    or one that only vents or insults ("你们这些废物") — neither may be matched
    to a service by a stray keyword (废物 is not 危险废物处置);
  - domain_gap(): a question inside the outline's eight domains about something
    the catalogue has no entry for (高龄津贴, 转学): the body responsible is named;
  - needs(): the separate hardships of a long story (住院 + 学费 + 失业), each
    to the service that answers it.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from bot.gap_topics import TOPICS, Gap
from bot.text import text_span

NOISE, ABUSE = "noise", "abuse"

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Insults and venting. Words that are also service words are guarded: 废物 is an
# insult unless it is 危险/固体/医疗废物, 垃圾 unless 垃圾分类/处理/桶 …
_ABUSE = re.compile(
    r"(?<![危险固体医疗工业])废物|(?<![生活建筑餐厨厨余其他有害可回收])垃圾(?!分类|处理|清运|桶|站|回收|焚烧|填埋|房|车|袋|短信|电话)"
    r"|饭桶|傻[逼比b屄叉]|煞笔|(?<![a-z])(?:sb|tmd|wtf)(?![a-z])|白痴|智障|脑残|蠢货|蠢猪|笨蛋|混蛋|王八蛋|狗东西|滚蛋|滚开|去死|放屁|狗屁|他妈|妈的|草泥马|尼玛"
    r"|骗子|没用的东西|什么破|破机器|屁用|有个屁用|吃干饭|不干人事|气死我了|烦死了|太失望了|垃圾政府|就知道踢皮球",
    re.IGNORECASE,
)
# What is left of a message once its insults, address and particles are taken out:
# "你们这些废物" leaves nothing; "你们这些废物低保到底怎么申请" leaves a question.
_FILLER = re.compile(r"[你您们这些那个都就是真的太了啊吧呢吗嘛呀哦的个还们些我是都些么什么全部一群帮群一样简直]")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def _has_content(text: str) -> bool:
    """Chinese characters, or a number, or a Latin word long enough to be one."""
    return bool(_CJK.search(text))


def message_kind(text: str) -> Optional[str]:
    """NOISE, ABUSE or None (an ordinary message)."""
    text = (text or "").strip()
    if text.startswith("/"):
        return None  # a button's payload
    bare = _PUNCT.sub("", text)
    if not bare:
        return NOISE  # emoji, punctuation, spaces only
    if _ABUSE.search(text):
        rest = _FILLER.sub("", _PUNCT.sub("", _ABUSE.sub("", text)))
        if len(_CJK.findall(rest)) < 4:
            return ABUSE
    if not _has_content(bare):
        # "asdfgh", "???", and digits alone: outside a screening there is nothing to
        # understand ("70" was once read as goodbye); inside one the form still reads
        # them as its answer ("您多大年纪？" "70"), whatever the intent.
        return NOISE
    return None


def has_abuse(text: str) -> bool:
    return bool(_ABUSE.search(text or ""))


# Only topics the outline's sections cover in general terms (its 责任单位 is the
# body in charge) but no catalogue record answers. Order matters: first match wins.
GAPS = (
    (re.compile(r"高龄(?:老人)?.{0,10}(?:津贴|补贴|补助)|尊老金|长寿(?:金|补贴|津贴)|百岁老人|老年(?:人)?优待证|老年证"
                r"|(?:[89]\d|[八九]十[一二三四五六七八九]?)(?:多)?(?:岁|了).{0,12}(?:补贴|津贴|补助|钱)"),
     Gap("高龄津贴、老年优待等老年人福利", "3.3", "civil_affairs", ("elderly_care_service_subsidy", "home_based_elderly_care"))),
    (re.compile(r"(?:办|申请|申领|补办|换)(?:个|张)?残疾(?:人)?证|残疾(?:人)?证.{0,4}(?:怎么办|怎么申请|在哪办|去哪办|丢了|补办|到期|换证)|残疾(?:等级)?评定|残疾鉴定"),
     Gap("残疾人证的申领、评定和换证", "3.3", "disabled_persons_federation", ("disability_rehabilitation",))),
    (re.compile(r"转学|学籍|中考|高考|校车|择校|学区房"),
     Gap("转学、学籍、升学考试等教育事务", "1.1", "education", ("compulsory_school_enrolment",))),
    (re.compile(r"出生医学证明|出生证明|育儿补贴|生育补贴|三孩"),
     Gap("出生医学证明、育儿补贴等生育服务", "4.3", "health", ("maternal_child_health",))),
    (re.compile(r"挂号|住院押金|看病排队|医院投诉|医生态度|体检报告"),
     Gap("看病就医的具体事务", "4.2", "health", ("appointment_services", "primary_health_facilities"))),
    (re.compile(r"退休手续|办理退休|办退休|社保缴费记录|社保查询|查社保|养老金查询"),
     Gap("退休办理、社保查询等社会保险经办事务", "3.1", "human_resources", ("employee_basic_pension", "universal_insurance_enrolment"))),
    (re.compile(r"公交卡|老年卡|敬老卡|公交线路|末班车|首班车"),
     Gap("公交卡、公交线路等公共交通事务", "5.4", "transport", ("public_bus",))),
    (re.compile(r"游泳馆|健身房|体育馆.{0,4}(?:开放|收费|预约)"),
     Gap("体育场馆的开放和预约", "4.4", "sports", ())),
) + TOPICS  # then each body's everyday business (bot/gap_topics.py)


def domain_gap(text: str) -> Optional[Gap]:
    for pattern, gap in GAPS:
        if pattern.search(text or ""):
            return gap
    return None


# The hardships a long story tells, each with the service that answers it.
NEEDS = (
    (re.compile(r"住院|看病|医药费|医疗费|手术|大病|癌|白血病|尿毒症|化疗|透析|治病"), "看病的费用", "medical_assistance"),
    (re.compile(r"学费|上不起学|读不起书|交不起.{0,4}(?:学|书)|上学.{0,6}(?:钱|费)|读书.{0,6}(?:钱|费)"), "孩子上学的费用", "high_school_student_aid"),
    (re.compile(r"失业|没工作|没了工作|下岗|找不到工作|厂.{0,4}(?:倒闭|关门)|被辞退|被开除|裁员"), "没有工作", "employment_assistance"),
    (re.compile(r"危房|房子.{0,6}(?:塌|漏|裂)|墙.{0,4}裂"), "房子不安全", "rural_dilapidated_housing_renovation"),
    (re.compile(r"租不起|没地方住|没房子住|房租.{0,6}(?:贵|交不起)"), "住房困难", "public_rental_housing"),
    (re.compile(r"车祸|火灾|着火|意外|突发|急用钱|揭不开锅|过不下去"), "突然遇到的困难", "temporary_assistance"),
    (re.compile(r"工资.{0,6}(?:拖欠|不发|没发|拿不到)|欠薪|讨薪|拖欠.{0,4}工资"), "拖欠工资", "labour_inspection"),
    (re.compile(r"打官司|请不起律师|没钱请律师|赡养费|抚养费|家暴"), "需要法律帮助", "legal_aid"),
    (re.compile(r"残疾|瘫痪|偏瘫|瘫在床|常年卧床"), "家里有残疾人", "disabled_living_subsidy"),
    (re.compile(r"(?:宝宝|新生儿|刚生|二宝|孩子刚出生).{0,12}医保"), "宝宝的医保", "newborn_medical_insurance"),
    (re.compile(r"疫苗|预防针|防疫针"), "孩子打疫苗", "child_vaccination"),
    (re.compile(r"上小学|读小学|上初中|读初中|入学|积分"), "孩子上学", "compulsory_school_enrolment"),
    (re.compile(r"老人.{0,8}(?:没人照顾|没人管|照顾不了)|没人照顾.{0,6}老人"), "老人照护", "home_based_elderly_care"),
    (re.compile(r"没有收入|没收入|生活困难|吃不上饭"), "基本生活困难", "minimum_living_allowance"),
)
MAX_NEEDS = 3
# Left out first when a story tells more than three needs: they ask for a
# certificate or a household test the story rarely settles.
SECONDARY = frozenset({"disabled_living_subsidy", "minimum_living_allowance"})
STORY_CHARS = 40  # a message this long may tell several hardships


def needs(text: str) -> List[Tuple[str, str]]:
    """(need, service id) for the separate hardships a story tells, in the order
    told, one per service, at most three."""
    found = []
    for pattern, need, service in NEEDS:
        match = pattern.search(text or "")
        if match:
            found.append((match.start(), need, service))
    result: List[Tuple[str, str]] = []
    for _, need, service in sorted(found):
        if service not in {s for _, s in result}:
            result.append((need, service))
    while len(result) > MAX_NEEDS and any(s in SECONDARY for _, s in result):
        result.remove(next(r for r in reversed(result) if r[1] in SECONDARY))
    return result[:MAX_NEEDS]


def is_story(text: str) -> bool:
    return len(text or "") >= STORY_CHARS


def asks_about_a_named_service(text: str, entities) -> bool:
    """The story's last clause names a service ("…这种情况我能申请低保吗？"): the
    resident asks about that one, and the answer is about it, not a list of needs."""
    sentences = [m for m in re.finditer(r"[^。！？!?，,；;]+[。！？!?，,；;]*", text or "") if m.group(0).strip(" ，,。")]
    if not sentences:
        return False
    last = sentences[-1].start()
    return any(e.get("entity") == "service" and int(text_span(e)[0] or 0) >= last for e in entities or [])
