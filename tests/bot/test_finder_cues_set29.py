"""Classes of blind set 29's conversation openings (conversations_test24, studied since 2026-12-07), in other words
than the set's: situations that lead to one catalogue service without its name (bot/finder_cues.py); whether asked
as hearsay or a doubt (bot/eligibility_cues.py); whether asked before where, screened first (actions/eligibility.py);
a gap's word that says where one lives (actions/service_answers.py); two negations of the form's facts."""
import pytest

from actions.eligibility import _whether_then_where
from actions.service_answers import _gap_words_where_one_lives
from bot.eligibility_cues import asks_whether
from bot.finder_cues import cued_services
from bot.reading import read
from bot.text import normalize
from knowledge_base.loader import load_catalogue


@pytest.mark.parametrize("text, service", [
    ("我爸瘫在床上三年了 天天要人伺候 政府能补点钱吗", "severe_disability_care_subsidy"),
    ("家里有个常年要照顾的残疾人 每个月能补一点吗", "severe_disability_care_subsidy"),
    ("我想学电焊 有没有政府出钱的培训", "vocational_skills_training"),
    ("牙科约好了 医院又发短信说改期", "appointment_services"),
    ("县医院说让我们去卫生院拆线 卫生院又说没做过 还是去县里 两头推", "tiered_diagnosis"),
    ("以前村里的医生每个季度上门来看看我妈", "basic_public_health_services"),
    ("听说三九天可以去贴膏药", "tcm_preventive_care"),
    ("有没有场地可以让我们上手拆装发动机", "public_training_base"),
    ("我们小区想请人来教大家救命的法子", "emergency_self_rescue_training"),
    ("女儿前年病走了 家里就她一个孩子 我们还有什么照顾", "family_planning_special_assistance"),
    ("家里是吃低保的 听说像我老伴这种瘫了的人 生活上还有一份补贴", "disabled_living_subsidy"),
    ("民国时候的老宅子被人租去 在墙上打洞装空调", "cultural_relics_protection"),
    ("儿子六岁了 今年九月能不能去读书", "compulsory_school_enrolment"),
])
def test_a_set29_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("孩子在幼儿园学画画 公家出钱的兴趣班有没有", "vocational_skills_training"),  # a child's class, no trade
    ("约好了明天去体检", "appointment_services"),  # nothing moved or cancelled
    ("我三十六岁了 明年能不能去读书考个证", "compulsory_school_enrolment"),  # no child of school age
    ("老倌走脱十几年 只有一个囡嫁到江西去哉 我一个人勒乡下", "family_planning_special_assistance"),  # the husband died
    ("我老公四级残疾，有残疾人证，生活能自理，护理补贴他能拿吗", "disabled_living_subsidy"),  # the care subsidy named
    ("我想学会照顾瘫在床上的爸爸", "severe_disability_care_subsidy"),  # no money asked
    ("家里是政府每月贴保底钱的 听说像我老伴这种瘫了的人 生活上还有一份补贴", "minimum_living_allowance"),  # told, not asked
])
def test_a_set29_cue_needs_its_situation(text, service):
    assert service not in cued_services(normalize(text))


@pytest.mark.parametrize("text, whether", [
    ("听同事说孕前检查是公家出钱的 真的假的", True),
    ("听说困难家庭看病的钱还能再减一点", True),
    ("听我们厂里的老乡说 像我们这样的交社保 政府能贴一部分", True),
    ("听讲像伊迭种瘫脱个人 生活浪还有一份贴个", True),
    ("听我们厂里的老乡说 像我们这样的交社保 政府能贴一部分 在哪里办", True),
    ("听同事说 孕前检查在卫生院做 在哪里预约", False),  # hearsay of where, asked where
    ("真的假的", False),  # nothing heard of
])
def test_whether_told_as_hearsay(text, whether):
    assert asks_whether(text) is whether


@pytest.mark.parametrize("text, first", [
    ("女儿五岁半 明年能不能去念书 要先去哪里登记", True),
    ("女儿五岁半 明年秋天去哪里登记上小学", False),  # only where
    ("去哪里登记 能不能去念书", False),  # where asked first: the where is what is asked
    ("听说政府有公益性岗位 想问问这种岗位去哪个部门报名", False),  # what was heard of, then where
    ("今年六岁整了 明年九月那一拨新生总该轮到她了吧 要提前去哪登记", True),  # whether she is due, then where
])
def test_whether_asked_before_where_is_screened_first(text, first):
    assert _whether_then_where(text) is first


@pytest.mark.parametrize("text, beside", [
    ("阿拉个棚屋就搭勒菱湖镇老渡口边浪 要去寻啥个部门讲", True),
    ("渡口停了 要去寻啥个部门讲", False),  # the ferry itself
])
def test_a_gap_word_beside_where_one_lives_is_no_topic(text, beside):
    assert _gap_words_where_one_lives(text) is beside


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.mark.parametrize("text, key, value", [
    ("也不是政府包下来供养的那种", "extreme_poverty_supported", False),
    ("是政府包下来供养的", "extreme_poverty_supported", True),
    ("我们家没吃政府每个月发的那份保底", "dibao_household", False),
])
def test_negations_of_the_poverty_facts(catalogue, text, key, value):
    fact = read(text, catalogue, asked=key).facts.get(key)
    assert fact is not None and fact.value is value


@pytest.mark.parametrize("text, aspect", [
    ("少交的事该去哪个部门递材料", "where"),
    ("要准备什么材料", "documents"),
    ("材料交到哪里", "where"),
])
def test_a_question_back_in_the_form_asks_where_papers_go(text, aspect):
    import re

    from actions.screening import ASPECT_WORDS
    from bot import answers

    first = next(a for a, words in ASPECT_WORDS if re.search(words, text))
    assert first == {"where": answers.WHERE, "documents": answers.DOCUMENTS}[aspect]


@pytest.mark.parametrize("text, value", [
    ("屋里是政府每个号头贴保底钞票个人家", True),
    ("我们家是吃政府保底的", True),
    ("政府保底的钱我们能领吗", None),  # asked, not told
])
def test_the_floor_money_told_as_what_the_family_is(catalogue, text, value):
    fact = read(text, catalogue).facts.get("dibao_household")
    assert (fact.value if fact else None) is value


@pytest.mark.parametrize("text, certificate", [
    ("城里人家请带小娃娃的阿姨 有证的工钱高得多 我想去学这个 拿个证", None),  # a trade's certificate
    ("想去考个电工证 有没有公家出钱的班", None),
    ("儿子有证的 二级", True),
    ("我耳朵听不见 有证 想去学个手艺拿个证", True),  # a disability said: the certificate may be its
])
def test_a_trades_certificate_is_no_disability_certificate(catalogue, text, certificate):
    fact = read(text, catalogue).facts.get("has_disability_certificate")
    assert (fact.value if fact else None) is certificate


def test_a_dozen_years_told_is_no_how_many_asked():
    assert asks_whether("我想问政府有没有人能专门帮我这种在家待了十几年的人找活干")
    assert not asks_whether("要等几年")


@pytest.mark.parametrize("text, involuntary", [
    ("我就把厂里的活辞了在家伺候她", False),  # she gave the job up
    ("厂里把我辞了", True),
    ("老板把我的活辞了", True),
])
def test_who_gave_the_job_up(catalogue, text, involuntary):
    fact = read(text, catalogue).facts.get("involuntary_job_loss")
    assert fact is not None and fact.value is involuntary


def test_an_age_retold_after_a_repair_is_the_childs_not_the_tellers(catalogue):
    # "我说的三岁是虚岁": the teller said it; the age said again is still the grandchild's (set 17's grandmother)
    fact = read("哦不对 我说的三岁是虚岁 周岁才两岁一个月", catalogue, known={"child_age": 3, "applicant": "child"}).facts.get("child_age")
    assert fact is not None and fact.value == 2


def test_a_shelter_opened_after_a_flood_is_the_disasters_relief():
    from bot.story_needs import needs

    told = needs("前天那场台风暴雨，我们村子被山洪冲了，我家一楼全进了水，冰箱、床、米全泡坏了。现在一家五口暂时住在村文化礼堂里，"
                 "吃的用的都是村里发的。我想问问受灾的群众政府有什么救助")
    assert "temporary_assistance" not in [sid for _, sid in told]


@pytest.mark.parametrize("text, housing", [
    ("湖州没有自己的房子 一家五口租了个三十平方的房子", False),  # set 30's wrong not-met row, read at its cause
    ("租了个房子", False),
    ("房子是租的", False),
    ("我们有房子 不是租的", True),
])
def test_a_rented_room_is_no_home_of_ones_own(catalogue, text, housing):
    fact = read(text, catalogue, asked="has_local_housing").facts.get("has_local_housing")
    assert fact is not None and fact.value is housing


@pytest.mark.parametrize("text, zero", [
    ("我老公一直在开货车 家里有人挣钱", False),
    ("家里没有人挣钱", True),
    ("老公开货车的 前年撞了 现在也没活干", None),  # his work told, then lost: not a household at work
])
def test_someone_earning_at_home(catalogue, text, zero):
    fact = read(text, catalogue, asked="zero_employment_household").facts.get("zero_employment_household")
    assert (fact.value if fact else None) is zero


@pytest.mark.parametrize("text, hukou", [
    ("女儿跟我户口都落在飞英街道 一直住在这里", "吴兴区"),  # both of them: the daughter's too
    ("我和女儿户口都在南浔", "南浔区"),
    ("我户口在南浔 女儿户口在德清", "德清县"),  # each their own: the daughter's
])
def test_a_place_told_of_both_is_the_applicants(catalogue, text, hukou):
    fact = read(text, catalogue, known={"applicant": "child"}).facts.get("hukou_place")
    assert fact is not None and fact.value == hukou
