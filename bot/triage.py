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
from bot.gap_topics_outside import TOPICS as OUTSIDE
from bot import story_needs
from bot.eligibility_cues import asks_for_help, asks_whether, question_parts
from bot.finder_cues import cued_services, cued_spans, pattern_core
from bot.story_needs import MAX_NEEDS, NEEDS, needs  # noqa: F401  (the actions import needs from here)
from bot.text import simplified, text_span

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


# What follows an exam that only says when ("想中考后去学做西点"): the school asked for is another (bot/finder.workplaces)
EXAM_AS_TIME = r"(?:考)?(?:完|后|以后|之后|过后|结束)(?:了)?(?:去|想|就|再|要|准备|打算)"


# Only topics the outline's sections cover in general terms (its 责任单位 is the
# body in charge) but no catalogue record answers. Order matters: first match wins.
GAPS = (
    # (session 18) not a video of a centenarian's birthday sent to the local station: the broadcaster's (bot/gap_topics_places.py)
    # (set 26) nor money an elder's own, drawn or kept ("八十多岁糊涂了 银行不让我替他取钱"): an allowance is money given
    (re.compile(r"^(?![^\n]*(?:送给|送到|交给|投给|寄给|拿给|发给|投稿给?)[^\n]{0,6}(?:电视台|电台))[^\n]*?(?:"
                r"高龄(?:老人)?.{0,10}(?:津贴|补贴|补助)|尊老金|长寿(?:金|补贴|津贴)|百岁老人|老年(?:人)?优待证|老年证"
                r"|(?:[89]\d|[八九]十[一二三四五六七八九]?)(?:多)?(?:岁|了).{0,12}(?:补贴|津贴|补助|(?<![取存借花用还欠])钱))"),
     Gap("高龄津贴、老年优待等老年人福利", "3.3", "civil_affairs", ("elderly_care_service_subsidy", "home_based_elderly_care"))),
    (re.compile(r"(?:办|申请|申领|补办|换)(?:个|张)?残疾(?:人)?证|残疾(?:人)?证.{0,4}(?:怎么办|怎么申请|在哪办|去哪办|丢了|补办|到期|换证)|残疾(?:等级)?评定|残疾鉴定|(?<!工伤)评残"),
     Gap("残疾人证的申领、评定和换证", "3.3", "disabled_persons_federation", ("disability_rehabilitation",))),
    # (not a building site's noise the night before an exam: "工地半夜打桩…孩子明年高考" is that noise's)
    # (nor an exam that only says when: "想中考后去学做西点" asks for a school of a trade, session 19)
    # (set 28's stories: nor a road the children cross to reach the school bus, asked for a traffic light: "孩子每天要穿过这条路去坐
    # 校车 …想在路口装个红绿灯或者减速带" is the road's)
    (re.compile(r"^(?!.*(?:噪音|噪声|吵|打桩|施工|工地))(?:[\s\S]*?(?:转学|学籍"
                rf"|(?:中考|高考)(?!{EXAM_AS_TIME})|择校|学区房)|(?![\s\S]*(?:红绿灯|减速带|斑马线|过马路))[\s\S]*?校车)"),
     Gap("转学、学籍、升学考试等教育事务", "1.1", "education", ("compulsory_school_enrolment",))),
    (re.compile(r"出生医学证明|出生证明|育儿补贴|生育补贴|三孩"),
     Gap("出生医学证明、育儿补贴等生育服务", "4.3", "health", ("maternal_child_health",))),
    # (session 19: not a deaf patient's window with no sign language or writing board, the federation's: bot/gap_topics_people.py)
    # (set 28: not a deposit or a discharge bill's balance not refunded, the medical security body's: bot/gap_topics_people.py)
    (re.compile(r"^(?![^\n]*(?:手语|写字板))[^\n]*?(?:挂号|住院押金(?![^。]{0,24}(?:该退|没退|不退|退回|退还|不给退|不肯退|退不回|没有退|退给))|看病排队|体检报告)"),  # (a complaint about a hospital or a doctor: medical_service_supervision)
     Gap("看病就医的具体事务", "4.2", "health", ("appointment_services", "primary_health_facilities"))),
    (re.compile(r"退休手续|办理退休|办退休|社保缴费记录|社保查询|查社保|养老金查询"),
     Gap("退休办理、社保查询等社会保险经办事务", "3.1", "human_resources", ("employee_basic_pension", "universal_insurance_enrolment"))),
    (re.compile(r"公交卡|老年卡|敬老卡|公交线路|末班车|首班车"),
     Gap("公交卡、公交线路等公共交通事务", "5.4", "transport", ("public_bus",))),
    # (not a disabled resident turned away there: "我坐轮椅，健身房说不让进" is the federation's; (session 19) not an estate's
    # own gym let out by the property manager: the housing body's, bot/gap_topics_places.py; (set 27) nor a developer's
    # garage made a gym: the housing body's; nor a gym's owner gone with the cards sold: the market body's prepaid cards)
    (re.compile(r"^(?!.*(?:残疾|轮椅|脑瘫|自闭|孤独症|盲人|聋).*(?:不收|不接收|不让进|不让|拒绝|不给进))(?!.*(?:物业|业主|开发商|交房|跑路|倒闭|关门了|年卡|会员卡|储值卡|预付卡|退卡))[\s\S]*?"
                r"(?:游泳馆|健身房|体育馆.{0,4}(?:开放|收费|预约))"),
     Gap("体育场馆的开放和预约", "4.4", "sports", ())),
) + TOPICS  # then each body's everyday business (bot/gap_topics.py)


def domain_gap(text: str) -> Optional[Gap]:
    """The topic a body does that the catalogue lacks; else a public matter no body of the
    catalogue does (a Gap without section or body: 12345, bot/gap_topics_outside.py). Traditional characters are read as
    simplified ones ("噴淋頭" is "喷淋头"): the patterns are written in simplified characters."""
    text = simplified(text or "")
    for pattern, gap in GAPS + OUTSIDE:
        if pattern.search(text):
            return gap
    return None


_GAP_CORES = tuple(pattern_core(pattern) for pattern, _ in GAPS + OUTSIDE)


def gap_words(text: str) -> Optional[Tuple[Gap, List[Tuple[int, int]]]]:
    """domain_gap()'s topic and where its words stand in the message (simplified() keeps the positions)."""
    text = simplified(text or "")
    for (pattern, gap), core in zip(GAPS + OUTSIDE, _GAP_CORES):
        if pattern.search(text):
            return gap, [(m.start(), m.end()) for m in core.finditer(text)]
    return None


STORY_CHARS = 40  # a message this long may tell several hardships


def is_story(text: str) -> bool:
    return len(text or "") >= STORY_CHARS


# "特困老人", "低保户", "低保家庭": a service's word that says who someone is, not what they ask for
STATUS_AFTER = re.compile(r"户|人员|老人|对象|家庭|的人")


# A question open to anything that helps, which names no service: about the whole story.
# ("不知道该怎么办了" is despair, not a question about anything in particular: not here)
# "像我这样的情况有没有救助" is about the whole situation the story told, as "有什么政策" is.
_OPEN_ASK = re.compile(r"有(?:什么|啥|哪些)(?:政策|办法|补贴|补助|帮助|救助|待遇|途径|福利)|(?:能|可以)?帮帮|帮(?:一下|一把)"
                       r"|像(?:我|我们|我家|我们家|他|她|他们)(?:这样|这种|这)的?(?:情况|家庭|条件|人)?[^，,。？?]{0,6}"
                       r"(?:有没有|能不能|可不可以|有啥|能)(?:什么)?(?:申请)?(?:救助|补助|补贴|帮助|政策|办法|福利)")


def asks_about_a_named_service(text: str, entities) -> bool:
    """The story asks about one service it names ("…听说有个计划生育特别扶助，我们好申请伐？",
    "…这种情况我能申请低保吗？") and about nothing else: the answer is about it, not a list of
    needs. "…失业金怎么领，医保要怎么续上，女儿上学有没有资助？" asks about three: the needs
    are listed."""
    text = text or ""
    clauses = [m for m in re.finditer(r"[^。！？!?，,；;]+[。！？!?，,；;]*", text) if m.group(0).strip(" ，,。")]
    if not clauses or story_needs.SEVERAL.search(text):
        return False
    told = story_needs.candidates(text)
    said = [pos for _, pos, _, _ in told] + [int(text_span(e)[0] or 0) for e in entities or [] if e.get("entity") == "service"]

    def says(m) -> bool:
        return any(m.start() <= pos < m.end() for pos in said)

    asking = []
    for i, m in enumerate(clauses):
        if story_needs.ASKS.search(m.group(0)) and _OPEN_ASK.search(m.group(0)) and not says(m):
            asking.append((0, len(text)))  # "…想问问有什么政策能帮帮我们": about all the story told
        elif story_needs.ASKS.search(m.group(0)):
            # "…罕见病，…，听说民政有补贴，怎么申请？": a question that names nothing asks about
            # what the sentence said before it
            start = i
            while start > 0 and not says(clauses[start]) and not re.search(r"[。！？!?]\s*$", clauses[start - 1].group(0)):
                start -= 1
            asking.append((clauses[start].start(), m.end()))
    body_of = story_needs._bodies()
    named = {body_of[str(e.get("value"))] for e in entities or [] if e.get("entity") == "service"
             and str(e.get("value")) in body_of and any(a <= int(text_span(e)[0] or 0) < b for a, b in asking)
             and not STATUS_AFTER.match(text, int(text_span(e)[1] or 0))}
    # a topic the catalogue lacks, asked about by name ("听说有长期护理保险，湖州有没有？"):
    # the body in charge answers it, not a list of the story's needs
    topics = [(found[0], [(a + s, a + e) for s, e in found[1]])
              for found, a in ((gap_words(text[a:b]), a) for a, b in asking) if found is not None]
    named |= {gap.body for gap, _ in topics}
    # in a question of a sentence or two, a need told in the topic's own words is that topic seen by another rule
    # ("承包的田被人倒了好几车渣土，去哪里反映": the farmland's, not a need of its own for hazardous waste); a long story's
    # needs stay its own, each to be listed
    in_topic = [span for _, spans in topics for span in spans] if len(text) < 2 * STORY_CHARS else []
    asked = {body_of.get(sid, sid) for _, pos, _, sid in told
             if sid not in story_needs.WHO_NOT_WHAT and any(a <= pos < b for a, b in asking)
             and not any(s <= pos < e for s, e in in_topic)}
    if not named:
        # "…工厂夜间排放刺鼻废气，咨询应向哪个部门反映": one need, and it is what is asked
        one = len(asked) == 1 and {body_of.get(sid, sid) for _, _, _, sid in told} == asked
        # (session 27, set 32) ... unless a long story's words of a topic the catalogue lacks, of another body, stand only where it
        # tells what happened ("在自家宅基地上造了新房 …通不上电 …隔壁死活不让立杆 …我想问…谁来协调"): the need asked is the
        # answer, not the topic told on the way to it
        return one and not _topic_only_told(text, asking, asked)
    return len(asked | named) == 1


def _topic_only_told(text: str, asking: List[Tuple[int, int]], asked: set) -> bool:
    """A long story whose topic the catalogue lacks (domain_gap) is of a body other than the one need asked, and its words
    stand nowhere in what is asked."""
    if len(text) < 2 * STORY_CHARS:
        return False
    hit = gap_words(text)
    if hit is None or not hit[0].body or hit[0].body in asked or not hit[1]:
        return False
    return not any(start < b and a < end for start, end in hit[1] for a, b in asking)


def gap_aside(text: str, found, kb) -> bool:
    """A long story whose words of a topic the catalogue lacks stand only where it tells what happened, while it asks
    about a service with conditions the finder is sure of: "今年村边修公路 开山放了两个月的炮…墙上好几道缝…我想问政府对这种乡下的老房子
    能不能帮着修" — the blasting is how the house cracked; the rural house's repair is asked. The topic stands when
    its words are in what is asked ("开山放炮把我家房子震裂了 找哪个部门"), in a short message, or the finder is unsure."""
    if found.services and not found.named("service") and _same_body_cued(text, found, kb):
        return True
    if found.services and found.confident and _top_cued_in_what_is_asked(text, found):
        return True
    if not is_story(text) or not found.confident or found.named("service"):
        return False
    top = kb.service(found.services[0].id)
    if top is None or not top.criteria:
        return False  # (a service with conditions to check: a question on a body's everyday work keeps its topic)
    hit = gap_words(text)
    plain = simplified(text)
    asked = story_needs.asked_spans(plain, clauses=True)
    if hit is None or not hit[1] or not asked:
        return False
    question = " ".join(plain[start:end] for start, end in asked)
    # ("…户口也迁回来了 阿拉想叫伊自家交一份养老 好交哦 到哪里去交": where, for what is asked whether)
    whether = [part for part in question_parts(question)
               if not _WHO_OR_WHERE.search(part) and (asks_for_help(part) or asks_whether(part))]
    if _WHO_OR_WHERE.search(question) and not whether or not (asks_for_help(question) or asks_whether(question)):
        return False  # ("这个放炮的事找哪个部门管": who deals with what was told is the topic's body)
    return not any(start < end_asked and end > start_asked for start, end in hit[1] for start_asked, end_asked in asked)


def _top_cued_in_what_is_asked(text: str, found) -> bool:
    """A story whose asking clause tells, in the words of a cue (bot/finder_cues.py), the situation of the service the
    finder is sure of, the topic's words standing only in what it tells: "…明年三月退下来 户口要迁回夹浦 …问 这种回来安排的事找哪个
    部门" asks the veterans' resettlement, the 户口 moving is on the way; "前年矿山关停 …听说政府有专门给我们这种年纪大找不到活的人留
    的岗位" asks the public-welfare jobs, not the quarry's restoration (the lead's session 29)."""
    if not is_story(text):
        return False
    hit = gap_words(text)
    if hit is None or not hit[1]:
        return False
    asked = story_needs.asked_spans(simplified(text), clauses=True)
    top = found.services[0].id
    cued = [(a, b) for sid, a, b in cued_spans(text) if sid == top]
    if not any(a < end and start < b for a, b in cued for start, end in asked):
        return False
    return not any(start < end_asked and end > start_asked for start, end in hit[1] for start_asked, end_asked in asked)


def _same_body_cued(text: str, found, kb) -> bool:
    """The situation told leads to a catalogue service (a cue of bot/finder_cues.py, as sure as its name) of the very
    body the topic's gap would send the resident to: the service is the more precise answer ("…茶叶商还说药残留高了不收
    有没有懂行的人来教教 药水少喷点又能管住虫子的办法" is the fertiliser and pesticide reduction of the agriculture
    bureau, not its general farming advice) — the lead's session 23."""
    top = kb.service(found.services[0].id)
    if top is None or top.id not in cued_services(text):
        return False
    hit = gap_words(text)
    return hit is not None and hit[0].body == top.agency_body


_WHO_OR_WHERE = re.compile(r"哪里|哪儿|哪个部门|哪个单位|哪家|找谁|谁管|归谁|[寻找问]啥人|啥地方|什么地方|什么部门|啥部门")
