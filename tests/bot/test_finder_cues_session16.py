"""Set 20's Wu openings that the finder did not reach (session 16): the government's floor asked for (吃政府个底) and
someone no one can support asked to be taken into care (政府好勿好拿伊管起来). Our own sentences; near misses get no cue."""
import pytest

from bot.finder_cues import cued_services


@pytest.mark.parametrize("text, service", [
    ("两个老的一个月加起来几百块 想问问能不能吃政府的底", "minimum_living_allowance"),
    ("屋里实在过不下去 政府好不好给阿拉兜个底", "minimum_living_allowance"),
    ("我走了以后 政府能不能把他养起来", "extreme_poverty_support"),
    ("弟弟傻了一辈子 我七十多了养不动了 政府能不能把他接过去管起来", "extreme_poverty_support"),
    ("阿拉囡儿脑子不灵 阿拉养勿动哉 政府好勿好拿伊管起来", "extreme_poverty_support"),
])
def test_a_wu_or_plain_request_for_the_governments_care(text, service):
    assert service in cued_services(text)


@pytest.mark.parametrize("text", [
    "孩子我实在管不动了 政府能管管吗",   # a teenager out of hand: no care of the destitute
    "政府把路灯管起来了没有",           # a thing, not a person
    "底薪多少",                        # no floor under a household
    "这事政府兜底吗 我问问保险理赔",       # an insurer's claim, no household named
])
def test_near_misses_get_no_such_cue(text):
    assert not {"minimum_living_allowance", "extreme_poverty_support"} & set(cued_services(text))


# Set 21's openings that named no service (reports/conversations_test16_first_scoring.md), in classes; our own sentences.
SET21 = [
    ("老两口没什么收入 政府每个月保底的那个钱我们能拿吗", "minimum_living_allowance"),
    ("隔壁阿婆一个人 政府能不能把这样的老人养起来", "extreme_poverty_support"),
    ("我舅舅一辈子没娶老婆 也没有子女 现在干不动了", "extreme_poverty_support"),
    ("我爸瘫了好几年 听说有补贴照顾残疾人的", "severe_disability_care_subsidy"),
    ("我妈住院医保报了以后自己还掏了三万 有没有哪里能帮着出一点", "medical_assistance"),
    ("我女儿腿不好 政府能不能帮她找个工作", "employment_assistance"),
    ("想学学地震的时候怎么带老人跑出去 哪里有课", "emergency_self_rescue_training"),
    ("我们就生了一个女儿 前年车祸瘫了", "family_planning_special_assistance"),
    ("村委那间借书的屋子一直锁着", "farmers_bookstore"),
    ("家里出了事 政府有没有救急帮一把的", "temporary_assistance"),
    ("我姐是残疾人 一个人过 有没有补贴生活的钱", "disabled_living_subsidy"),
    ("厂里把我辞了 能不能领点钱撑到找到新工作", "unemployment_insurance_benefit"),
    ("他妈能不能领没工作的那个补助", "unemployment_insurance_benefit"),
    ("以前社区医生上门给我爸量血压 每年还有免费体检", "basic_public_health_services"),
    ("孙女明年秋天该去上学了吧", "compulsory_school_enrolment"),
    ("外地来的孩子在这边上学要什么材料", "migrant_children_enrolment"),
    ("老板一分钱补偿不给就把我开了 我想去讨个说法", "labour_dispute_arbitration"),
    ("在工地干活 脚手架上的砖掉下来砸在我脚上 骨折了", "work_injury_insurance"),
    ("听说农村人可以自己交一份养老", "resident_basic_pension"),
    ("杭州的医生说可以回镇上的医院接着康复", "tiered_diagnosis"),
    ("好几个城市一起办的招人的大会什么时候开", "joint_recruitment"),
    ("听说在手机上能点节目 点了就有人来村里演", "huzhou_culture_cloud"),
    ("村卫生室只能进规定的那些药 谁定的", "essential_medicines"),
    ("膝盖不好 想知道怎么运动才不伤身体", "fitness_guidance"),
    ("我们租的房子 政府能不能补一点房租", "rental_housing_subsidy"),
]


@pytest.mark.parametrize("text, service", SET21)
def test_set21s_classes_of_a_service_told_by_what_it_does(text, service):
    assert service in cued_services(text)


@pytest.mark.parametrize("text, service", [
    ("女儿户口在长兴老家 人住在八里店 明年秋天想在这边读小学", "migrant_children_enrolment"),  # a Huzhou 户口
    ("外地的孩子能上公办幼儿园吗", "migrant_children_enrolment"),                               # a kindergarten asked
    ("车间防护罩拆了 有人压断了手指 我想举报", "work_injury_insurance"),                          # a hazard reported
    ("我弟弟聋哑 想自己交养老 政府能不能帮一点", "resident_basic_pension"),                       # the federation's subsidy
    ("孩子我实在管不动了 政府能管管吗", "extreme_poverty_support"),
    ("医保报了多少在哪里查", "medical_assistance"),                                              # nothing left to pay asked
    ("老板说下个月帮我找个活", "employment_assistance"),                                         # no public body
])
def test_set21s_near_misses(text, service):
    assert service not in cued_services(text)


@pytest.mark.parametrize("text, whether", [
    ("想问住院自己出的那块 还有没有哪里能再帮着补一点", True),   # anyone at all who could help: whether
    ("有没有哪儿可以帮我们贴一点", True),
    ("附近有没有哪里可以打疫苗", False),                       # where
    ("有没有哪里能补办身份证", False),                          # where a card is reissued
    ("哪里能帮我补", False),
])
def test_whether_anyone_can_help_is_asked_yes_or_no(text, whether):
    from bot.eligibility_cues import asks_whether

    assert asks_whether(text) is whether
