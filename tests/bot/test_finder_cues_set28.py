"""Situations that lead to one catalogue service without its name (bot/finder_cues.py): classes of blind set 28's
conversation openings (conversations_test23, studied since 2026-12-07), in other words than the set's; and a cue of
the very body a topic's gap would name beats the gap (bot/triage.gap_aside)."""
import pytest

from bot.eligibility_cues import asks_for_help, asks_whether
from bot.finder_cues import cued_services
from bot.story_needs import asked_spans
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("儿子聋哑 在厂里上班 社保是我们自己交的 听说交这笔钱国家会补一些", "disabled_insurance_subsidy"),
    ("女儿戴助听器 养老保险一直自己缴 这个钱政府可以贴吗", "disabled_insurance_subsidy"),
    ("我们在镇上租房住 房租的钱政府能不能补一点", "rental_housing_subsidy"),
    ("弟弟智力残疾 一直要人看着 政府每月会给点钱吗", "severe_disability_care_subsidy"),
    ("果园里化肥能不能少施一点 又不减产", "fertilizer_pesticide_reduction"),
    ("有没有办法少打点农药", "fertilizer_pesticide_reduction"),
    ("我四十八了 自己交一份 到了60岁每月能领吗", "resident_basic_pension"),
    ("乡下老房子梁断了 墙也裂了 政府能帮着修吗", "rural_dilapidated_housing_renovation"),
    ("店被火烧了 能不能申请点救济先过日子", "temporary_assistance"),
    ("老伴走了 日子过不下去了 政府能不能补一点", "minimum_living_allowance"),
    ("卫生院开的药比县医院还贵", "essential_medicines"),
    ("这个药的价格谁定的", "essential_medicines"),
    ("想在胳膊上放一根避孕的小棍", "family_planning_technical_services"),
    ("我从部队退下来半年了 想找份工作 有没有门路", "veteran_employment"),
    ("电工证快到期了 要去哪里复审", "work_safety_training"),
    ("福利院托我们带的孩子 每月的生活费停了", "orphan_foster_family_subsidy"),
    ("女儿在读中班 家里困难 保教费能减吗", "preschool_financial_aid"),
    ("有没有白天带小孩的地方", "kindergarten_enrolment"),
    ("家里吃低保 孩子住院 这个费用能不能报销", "medical_assistance"),
])
def test_a_set28_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("儿子聋哑 想配个助听器", "disabled_insurance_subsidy"),  # no insurance paid
    ("政府有没有租金便宜的房子", "rental_housing_subsidy"),  # the public rental housing
    ("我妈八十了 一直要人看着 政府每月给钱吗", "severe_disability_care_subsidy"),  # an elder, no disability
    ("茶叶送去检测说农药残留超标", "fertilizer_pesticide_reduction"),  # a residue test, no reduction asked
    ("我六十五了 每月能领多少养老金", "resident_basic_pension"),  # drawing, not paying in
    ("城里房子墙上有裂缝", "rural_dilapidated_housing_renovation"),  # no help asked
    ("想借点钱做生意", "temporary_assistance"),
    ("日子过得挺好", "minimum_living_allowance"),
    ("县医院的药比药店便宜", "essential_medicines"),  # nothing dearer at the clinic
    ("我爸是退休的老兵 想找人陪他聊天", "veteran_employment"),  # retired
    ("驾驶证快到期了", "work_safety_training"),  # no operating certificate
    ("想从福利院领养一个孩子", "orphan_foster_family_subsidy"),
    ("孩子读小班 每天几点接", "preschool_financial_aid"),
    ("我们家吃低保 能领多少", "medical_assistance"),  # no bill
])
def test_set28_near_misses_lead_elsewhere(text, service):
    assert service not in cued_services(normalize(text))


def test_a_hospital_bill_on_the_dibao_is_the_medical_assistance_not_the_dibao():
    text = "儿子开刀 押金八千 我们家靠政府发的那点保底钱过日子 医院这笔钱能不能少出点"
    assert cued_services(normalize(text)) == ["medical_assistance"]
    assert cued_services(normalize("政府保底的那个钱我们能拿吗")) == ["minimum_living_allowance"]


def test_a_welfare_home_child_with_monthly_money_is_no_adoption():
    fostered = "福利院问我们愿不愿意带回家养 本来每个月有一笔给孩子的钱 三个月没到了"
    assert "adoption_registration" not in cued_services(normalize(fostered))
    assert "adoption_registration" in cued_services(normalize("想从福利院把她带回家养 当自己的孩子"))


def test_wu_questions_far_from_their_particle_ask():
    assert asked_spans("水冲进屋里 阿拉迭种好去讨点钞票先过过日子哦", clauses=True)
    assert asked_spans("墙壁鼓出来 勿晓得政府会得帮阿拉弄弄哦", clauses=True)
    assert not asked_spans("墙壁鼓出来 梁也歪脱哉", clauses=True)
    assert asks_for_help("墙壁鼓出来 勿晓得政府会得帮阿拉弄弄哦")
    # the neighbours told them the government takes such old people in wholly: whether they can
    assert asks_whether("阿拉一个人困勒山里 邻居讲阿拉迭种老人政府好包下来个")
    assert not asks_whether("阿拉一个人困勒山里 邻居讲阿拉迭种老人蛮苦个")


def test_a_cue_of_the_gaps_own_body_beats_the_gap():
    from types import SimpleNamespace

    from bot.triage import gap_aside
    from knowledge_base.loader import load_catalogue

    catalogue = load_catalogue()

    class KB:
        def service(self, sid):
            return catalogue.service(sid)

    def found(sid):
        return SimpleNamespace(services=[SimpleNamespace(id=sid)], named=lambda kind: False, confident=True)

    text = "茶叶商说药残留高了不收 有没有懂行的人来教教 药水少喷点又能管住虫子的办法"
    assert gap_aside(text, found("fertilizer_pesticide_reduction"), KB())
    # the same words without the cue: the general farming advice of the gap stands
    assert not gap_aside("茶叶商说不收 有没有懂行的人来教教", found("fertilizer_pesticide_reduction"), KB())


# ---- readings of set 28's conversations (bot/reading, knowledge_base/catalogue/facts.yml), in other words than the set's
def _read(text, asked=None, known=None):
    from bot.reading import read
    from knowledge_base.loader import load_catalogue

    return {k: f.value for k, f in read(text, load_catalogue(), asked=asked, known=known or {}).facts.items()}


def test_a_grandmother_raising_a_child_is_no_orphan():
    assert "child_situation" not in _read("女儿四岁 平时是外婆带 我们两口子在厂里上班")
    assert _read("孩子爸妈都不在了 一直是奶奶带", asked="child_situation")["child_situation"] == "孤儿"


def test_a_certificate_assessed_is_held():
    assert _read("去年给他评过证 肢体二级", asked="has_disability_certificate")["has_disability_certificate"] is True
    assert _read("儿子的证评的是智力三级")["has_disability_certificate"] is True


def test_a_flood_into_the_house_is_a_sudden_hardship():
    assert _read("河水漫上来 冲进屋里 家具都泡坏了")["sudden_hardship"] is True
    assert _read("就是上个月家里进了水那一回", asked="sudden_hardship")["sudden_hardship"] is True


def test_living_on_the_floor_money_is_the_dibao():
    assert _read("我们一家靠政府给的保底钱过日子 孩子住院的钱能不能减")["dibao_household"] is True


def test_the_age_schooling_ended_is_no_age_now():
    facts = _read("我念书念到十二岁就不念了", asked="is_student", known={"age": 50})
    assert facts.get("is_student") is False and "age" not in facts
    assert _read("我今年十二岁", asked="age")["age"] == 12


def test_wu_bo_before_whom_is_gei():
    assert _read("厂里老板从来呒没拨阿拉交过", asked="covered_by_employee_pension")["covered_by_employee_pension"] is False


def test_a_certificate_never_applied_for_with_a_doubt_whether_one_qualifies_is_no_certificate():
    assert _read("残疾证一直没去办 不知道我这样够不够", asked="has_disability_certificate")["has_disability_certificate"] is False
    # a doubt about the certificate itself stays unknown
    assert _read("证是有一本 是不是第二代我不晓得", asked="has_disability_certificate")["has_disability_certificate"] == "不知道"


def test_no_one_disabled_said_with_who():
    # (set 21's migrant cook, "一家三口都好好的 没有谁残疾": no longer read through a bare 好好的)
    assert _read("我们一家都好好的 没有谁残疾", asked="household_has_disabled")["household_has_disabled"] is False
