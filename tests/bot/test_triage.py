"""What a message is before it is a question about a service (bot/triage.py),
and the words residents mix in (bot/text.py): emoji, nonsense, insults, topics
the catalogue lacks, stories of several hardships, English and Wu words."""
import pytest

from bot.finder import decide_scope
from bot.text import normalize
from bot.triage import ABUSE, NOISE, domain_gap, message_kind, needs


@pytest.mark.parametrize("text", ["👍", "🙏🙏", "？？？", "...", "asdfgh", "qwe rty", "!!!", "😡😡😡"])
def test_nothing_to_understand(text):
    assert message_kind(normalize(text)) == NOISE


@pytest.mark.parametrize("text", ["70", "3", "12345"])
def test_digits_alone_are_noise_outside_a_form(text):
    assert message_kind(normalize(text)) == NOISE  # a form reads them as its answer all the same


@pytest.mark.parametrize("text", ["你们这些废物", "什么破服务，气死我了", "垃圾政府", "你是智障吧", "一群饭桶", "SB"])
def test_venting_and_insults(text):
    assert message_kind(normalize(text)) == ABUSE


@pytest.mark.parametrize("text", ["危险废物怎么处理", "垃圾分类怎么分", "医疗废物乱扔举报", "低保怎么申请",
                                  "你们这些废物，低保到底怎么申请", "建筑垃圾乱倒"])
def test_service_questions_are_not_abuse(text):
    assert message_kind(normalize(text)) is None


@pytest.mark.parametrize("text", ["👍", "你们这些废物", "asdf"])
def test_noise_and_abuse_are_never_matched_to_a_service(text):
    parse = {"text": normalize(text), "intent": {"name": "find_service", "confidence": 0.9},
             "entities": [{"entity": "service", "value": "hazardous_waste_disposal"}],
             "service_ranking": [{"id": "hazardous_waste_disposal", "confidence": 0.9}]}
    assert decide_scope(parse) == (False, "out_of_scope")


@pytest.mark.parametrize("text, section, body", [
    ("我爸85岁了有没有高龄补贴", "3.3", "civil_affairs"),
    ("高龄津贴怎么领", "3.3", "civil_affairs"),
    ("孩子转学去哪里办", "1.1", "education"),
    ("老年公交卡怎么办", "5.4", "transport"),
    ("出生医学证明丢了怎么补", "4.3", "health"),
    ("残疾证怎么办理", "3.3", "disabled_persons_federation"),
])
def test_topics_in_the_outline_but_not_the_catalogue(text, section, body):
    gap = domain_gap(text)
    assert gap is not None and (gap.section, gap.body) == (section, body)


@pytest.mark.parametrize("text", ["今天天气怎么样", "股票会涨吗", "低保怎么申请"])
def test_no_gap_outside_the_domains_or_in_the_catalogue(text):
    assert domain_gap(text) is None


def test_a_story_of_several_hardships_gives_one_service_per_need():
    story = ("我老公去年出车祸瘫痪在床，住院花了十几万，我一个人打零工，孩子读高中学费都交不起，"
             "厂里又裁员我没工作了，真不知道怎么办")
    assert [s for _, s in needs(story)] == ["temporary_assistance", "medical_assistance", "high_school_student_aid"]


def test_one_hardship_is_one_need():
    assert len(needs("厂子倒闭了被辞退了，失业金能领吗")) == 1


@pytest.mark.parametrize("raw, expected", [
    ("我想给孩子找个kindergarten", "我想给孩子找个幼儿园"),
    ("my mother needs a Pension", "my mother needs a 养老金"),
    ("disabled subsidy", "残疾 补贴"),
    ("小囡啥辰光打预防针", "孩子什么时候打预防针"),
    ("社保卡哪能办", "社保卡怎么办"),
    ("network", "network"),  # only whole words
])
def test_english_and_wu_words_become_the_catalogues_chinese(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw", ["👍", "🙏🙏", "😀"])
def test_emoji_only_is_never_an_empty_message(raw):
    assert normalize(raw) == raw  # an empty text gives the classifiers no feature: an exception


@pytest.mark.parametrize("text, asks", [
    ("我视力残疾，有残疾人证，交养老保险和医保有补贴吗", True),  # who they are, then "有补贴吗": a screening
    ("交社保的残疾人补贴有我的份吗", True),
    ("残疾人交医保有补贴吗", False),  # nothing said of themselves: what exists
    ("听说政府给备孕的夫妻免费做优生检查 我们两口子有份吗 急", True),  # who asks, in the question; 急 after it
    ("孩子6岁 户口吴兴 上小学行不行 急", True),
    ("医疗救助伲有份伐", True),  # Wu 伲: we
])
def test_a_share_asked_for_after_saying_who_one_is_is_a_screening(text, asks):
    from bot.finder import asks_for_a_share
    assert asks_for_a_share(normalize(text)) is asks


def test_a_word_inside_a_longer_alias_whose_rest_is_said_means_that_service(kb):
    from bot.finder import more_specific
    text = "女儿4岁在雷甸读中班 幼儿园那个资助我们能拿吗"
    start = text.index("幼儿园")
    got = more_specific([{"entity": "service", "value": "kindergarten_enrolment", "start": start, "end": start + 3}],
                        text, kb)
    assert got[0]["value"] == "preschool_financial_aid"
    text = "孩子4岁，幼儿园怎么报名，学费多少"  # 幼儿园 and no other alias's rest: as named
    start = text.index("幼儿园")
    got = more_specific([{"entity": "service", "value": "kindergarten_enrolment", "start": start, "end": start + 3}],
                        text, kb)
    assert got[0]["value"] == "kindergarten_enrolment"


def test_a_service_only_its_denied_words_point_to_is_not_the_one_asked_about(kb):
    from bot.finder import denied_services
    text = "我今年七十三岁了，一个人住在南浔练市，呒没退休工资，农保交过十二年，养老金我好领伐"
    assert denied_services(text, kb, ["employee_basic_pension", "resident_pension_benefit"]) == {"employee_basic_pension"}
    assert denied_services("退休工资怎么查", kb, ["employee_basic_pension", "resident_pension_benefit"]) == set()
    # a denial that leaves no other candidate changes nothing
    assert denied_services("没有退休工资", kb, ["employee_basic_pension"]) == set()


@pytest.mark.parametrize("text", [
    "来电人男，替哥哥咨询困难残疾人生活补贴。哥哥持第二代残疾人证，户籍南浔区。",
    "来电人女，称其母亲七十五岁、二级残疾，咨询重度残疾人护理补贴。",
])
def test_a_hotline_note_of_a_situation_and_a_request_is_a_screening(text):
    parse = {"text": normalize(text), "intent": {"name": "find_service", "confidence": 0.9},
             "entities": [{"entity": "service", "value": "disabled_living_subsidy"}], "service_ranking": []}
    assert decide_scope(parse) == (True, "check_eligibility")
    parse["text"] = normalize("来电人男，替哥哥咨询困难残疾人生活补贴去哪里办理。")
    assert decide_scope(parse) == (True, "find_service")  # asking where, not whether


def test_whether_and_where_joined_by_a_list_comma_is_a_screening():
    text = "来电人称家里是低保户，住长兴夹浦，问临时救助能不能申请、找谁申请"
    parse = {"text": normalize(text), "intent": {"name": "ask_where", "confidence": 0.6},
             "entities": [{"entity": "service", "value": "temporary_assistance"}], "service_ranking": []}
    assert decide_scope(parse) == (True, "check_eligibility")  # the verdict names the office
    parse["text"] = normalize("来电人称住长兴夹浦，问临时救助找谁申请")
    assert decide_scope(parse) == (True, "ask_where")


def test_a_baby_in_months_is_under_one():
    from bot.reading import read
    from knowledge_base.loader import load_catalogue
    assert read("宝宝十一个月，想送公办幼儿园托班，能收吗", load_catalogue()).values()["child_age"] == 0


@pytest.mark.parametrize("text", ["普惠园收不收啊", "工伤还能认定伐", "这样失业金还有的拿伐", "农村危房改造我们家能不能轮到",
                                  "一对一能不能帮他", "就是旧了点，农村危房改造能不能补一点",
                                  "公租房俺能申不", "劳动仲裁能告吗", "我够勿够", "想让伊去上普惠的幼儿园，好去伐",
                                  "农村危房改造能不能给点补助", "医疗救助能不能再报一部分", "我还能自己去申请工伤认定吗"])
def test_whether_one_gets_it_in_other_words_is_a_screening(text):
    from bot.finder import asks_eligibility
    assert asks_eligibility(normalize(text))


def test_a_name_with_de_inside_is_named(kb):
    from bot.finder import named_across_de
    got = named_across_de([], "伊老早就拿退休工资哉，居民额养老金伊还有份伐", kb)
    assert [e["value"] for e in got] == ["resident_pension_benefit"]
    assert named_across_de([], "我的孩子上学", kb) == []


def test_every_gap_names_a_body_of_its_section():
    """A gap's body does the work of one of its outline section's 责任单位 (old or new name)."""
    from bot.triage import GAPS
    from knowledge_base.loader import load_catalogue

    catalogue = load_catalogue()
    for _, gap in GAPS:
        section = catalogue.sections[gap.section]
        bodies = {catalogue.outline_agencies[a][0] for a in section.agencies if a in catalogue.outline_agencies}
        # or a body the 2018 reform split off from it (退役军人 from 民政, 医疗保障 from 人力社保),
        # or the body doing the work of one of the section's catalogue services today (司法 in 2.3: 法律援助)
        serving = {s.agency_body for s in catalogue.services if s.section == gap.section}
        assert gap.body in bodies or gap.body in serving or gap.body in ("veterans_affairs", "medical_security"), gap
        assert gap.body in catalogue.bodies, gap
        for sid in gap.related:
            assert sid in {s.id for s in catalogue.services}, (gap, sid)


@pytest.mark.parametrize("text, body", [
    ("临时身份证当天能拿吗", "public_security"),
    ("电动车上牌去哪里", "public_security"),
    ("老小区加装电梯有补贴吗", "housing"),
    ("最低工资现在是多少", "human_resources"),
    ("想成立个书法协会，社会组织登记去哪办", "civil_affairs"),
    ("秸秆还田有补贴吗", "agriculture_rural"),
])
def test_each_bodys_everyday_business_reaches_it(text, body):
    gap = domain_gap(normalize(text))
    assert gap is not None and gap.body == body


@pytest.mark.parametrize("text", [
    "我户口在长兴，低保能申请吗",  # 户口 as a fact of a screening, not a police errand
    "外来务工人员的孩子入学，居住证要不要？",
    "我是退伍两年的士兵，想免费读个大专",  # 的士兵 is no taxi
    "我老公一级残疾，做康复的费用医保能不能报？",
    "湖州博物馆进去要门票吗",
    "工厂天天晚上排废气，我们投诉过几次都没人管，物业也说管不了",  # 物业 in passing is no property question
])
def test_service_questions_are_not_gaps(text):
    assert domain_gap(normalize(text)) is None


@pytest.mark.parametrize("text, service", [
    ("阿拉今年六十二哉，一直种田，农保从来呒没交过，现在还好交伐", "resident_basic_pension"),
    ("我七十一岁哉，老早交了九年，后来就覅交了，现在好领伐", "resident_pension_benefit"),
    ("阿拉今年六十二，农保是前几年才交额，一共三年，好领伐", "resident_pension_benefit"),
    ("失业保险交了三年能领吗", None),  # another scheme named
])
def test_nongbao_or_years_paid_name_the_residents_pension_by_the_verb_asked(text, service):
    from bot.finder import pension_named
    got = pension_named(normalize(text), [])
    assert (got[0]["value"] if got else None) == service


def test_a_named_service_asked_about_for_the_household_is_its_screening():
    from bot.finder import decide_scope

    parse = {"text": "我们一直租房住，听说有个残疾人家庭住房租赁补贴，我们家能不能享受",
             "intent": {"name": "household_screening", "confidence": 0.52},
             "entities": [{"entity": "service", "value": "rental_housing_subsidy", "start": 13, "end": 23}]}
    assert decide_scope(parse) == (True, "check_eligibility")
    parse = {"text": "我们家能享受哪些服务", "intent": {"name": "household_screening", "confidence": 0.9}, "entities": []}
    assert decide_scope(parse)[1] == "household_screening"


def test_a_note_asking_whether_and_where_is_a_screening():
    from bot.finder import decide_scope

    parse = {"text": "来电人称母亲68岁，户籍德清县，咨询城乡居民养老金能否领取及到哪里办理",
             "intent": {"name": "ask_where", "confidence": 0.9}, "entities": []}
    assert decide_scope(parse) == (True, "check_eligibility")  # the verdict names the office as its next step
    parse = {"text": "失业金去哪里办理", "intent": {"name": "ask_where", "confidence": 0.9}, "entities": []}
    assert decide_scope(parse)[1] == "ask_where"


@pytest.mark.parametrize("text, intent", [
    ("女儿聋哑，家里是低保户，残疾人有生活补贴吗", "ask_amount"),
    ("我透析透了一年多哉，医保报脱还要自家贴交关钞票，听讲有医疗救助", "find_service"),
    ("我们一家租房住在德清，婆婆中风偏瘫两年了，残疾证还没去办过，听说残疾人家庭租房子有补贴", "ask_where"),
])
def test_a_story_ending_in_what_they_heard_exists_is_a_screening(text, intent):
    parse = {"text": normalize(text), "intent": {"name": intent, "confidence": 0.9},
             "entities": [], "service_ranking": [{"id": "medical_assistance", "confidence": 0.8}]}
    assert decide_scope(parse) == (True, "check_eligibility")


def test_what_exists_asked_with_no_story_is_no_screening():
    from bot.eligibility_cues import asks_for_a_share
    assert not asks_for_a_share("听说有医疗救助")
    assert not asks_for_a_share("残疾人有生活补贴吗")


@pytest.mark.parametrize("text", [
    "阿拉屋里是村里个老房子，墙头裂开一条缝，落雨天屋顶滴滴答答漏",  # rain, not the ride-hailing app
    "怀孕三个月了 要去建档做检查 住安吉昌硕街道 归哪个部门管 我就午休半小时",  # a parent's lunch break
])
def test_a_word_of_another_topic_inside_everyday_words_is_no_gap(text):
    assert domain_gap(text) is None


@pytest.mark.parametrize("text, body", [
    ("滴滴司机绕路多收钱找谁投诉", "transport"),
    ("学校中午不让孩子午休找谁", "education"),
])
def test_the_same_words_in_their_own_topic_still_are(text, body):
    assert domain_gap(text).body == body
