"""Classes of blind set 34's conversation openings (conversations_test29, studied since 2026-12-07), in other words
than the set's: situations that lead to one catalogue service without its name (bot/finder_cues.py); a story whose
asking clause tells the cued service puts aside a topic the catalogue lacks told on the way (bot/triage.py); help heard
of as something one may draw each month asks whether (bot/eligibility_cues.py)."""
import pytest

from bot.eligibility_cues import asks_whether
from bot.finder_cues import cued_services


@pytest.mark.parametrize("text, service", [
    # someone disabled paying their own social insurance, a share asked
    ("女儿是智力残疾 在超市帮工 单位不给交社保 我们替她按灵活就业交 听说政府能补一部分", "disabled_insurance_subsidy"),
    ("我右手断了两根手指 没单位 社保是自己交的 交这个有没有人帮着担一点", "disabled_insurance_subsidy"),
    ("我有残疾证 视力二级 自己在交养老 一年好几千 能不能帮衬点", "disabled_insurance_subsidy"),
    # a child whose father is shut away and whose mother has gone
    ("我儿子判了八年在坐牢 儿媳妇跑了再也不回来 孙子六岁跟着我过 这样的孩子政府管不管", "children_in_difficulty"),
    ("女婿在强戒所 女儿前年走了没音讯 外孙女跟我们住 这种小孩公家有没有照顾", "children_in_difficulty"),
    # already pregnant some months, the check-ups to go on here
    ("怀孕五个月了 之前在杭州建的卡 现在搬回长兴 后面的产检在哪里做", "maternal_child_health"),
    ("老婆怀了三个多月 母子手册要在哪建", "maternal_child_health"),
    # a pregnancy lost at work, the costs and leave pay
    ("上礼拜流产了 厂里交着社保 医药费能报销吗 还有没有假", "maternity_insurance"),
    ("怀了两个月胎停 做了清宫 单位说生育那块能报 还能休假拿钱", "maternity_insurance"),
    # back from the army, what is arranged for a soldier coming home
    ("侄子当了八年兵 明年退伍回来 回来安排工作的事找谁", "veteran_resettlement"),
    # a post the public keeps for those too old to be hired
    ("我五十八了 年纪大找不到活 听说有公益岗位 扫扫马路那种", "public_welfare_jobs"),
    # a new trade wanted by a worker, a course the public runs
    ("我在厂里做了十年 想学点新手艺 听说政府组织培训有补贴", "vocational_skills_training"),
    ("我想学开叉车的技术 报名要交学费吗", "vocational_skills_training"),
    # a graduate of a poor family who cannot find work
    ("家里是贫困户 女儿大专毕业一年了 大学生找工作政府有没有专门帮一把的", "employment_assistance"),
    # the monthly money for a living
    ("我一个人生病没收入 能不能申请每个月的基本生活钱", "minimum_living_allowance"),
    # a child left in the home county, to be fetched here and schooled
    ("女儿在四川老家跟奶奶 下学期想接过来 这边的小学能进吗", "migrant_children_enrolment"),
])
def test_set34_situations_lead_to_their_service(text, service):
    assert service in cued_services(text)


@pytest.mark.parametrize("text, service", [
    # a work injury is the injury's insurance, not the disabled's subsidy
    ("工伤断了两根手指 社保是自己交的 有没有人帮衬点", "disabled_insurance_subsidy"),
    # a requirement of a course for children is no worker's trade
    ("孩子想学点新技术 幼儿园大班 报名学费多少", "vocational_skills_training"),
    # the insurance's pay, not the check-ups
    ("怀孕五个月了 产检的钱生育保险能报销吗", "maternal_child_health"),
    # a disabled person's own living allowance is not the dibao
    ("残疾人每个月的基本生活钱能领吗", "minimum_living_allowance"),
    # a child moved within the city is no migrant's child
    ("孩子在湖州城里念书 想转到南浔的学校", "migrant_children_enrolment"),
    # money owed wanted back is no fare home (the stranded's help)
    ("做了三个月家教 家长一分钱没给 这种钱能不能要回来", "vagrant_assistance"),
])
def test_set34_cues_stay_out_of_other_matters(text, service):
    assert service not in cued_services(text)


@pytest.mark.parametrize("text", ["听讲满六十好按月拿钞票哉 阿拉勿晓得要勿要自家去报", "听说到了年纪好每个月领 我不知道怎么弄"])
def test_a_monthly_draw_heard_of_asks_whether(text):
    assert asks_whether(text)


def _entity(text, word, value):
    start = text.index(word)
    return {"entity": "service", "value": value, "start": start, "end": start + len(word)}


def test_a_school_named_as_what_a_move_was_for_is_no_service_asked():
    from bot.finder import named_as_reasons

    text = "女儿十岁 智力残疾 为了让她上特殊教育学校 我们从镇上搬到县城 租了个小房子 房租压得喘不过气"
    assert named_as_reasons([_entity(text, "特殊教育学校", "special_education_school")], text) == {"special_education_school"}
    asked = "女儿十岁 智力残疾 想让她上特殊教育学校 怎么报名"
    assert named_as_reasons([_entity(asked, "特殊教育学校", "special_education_school")], asked) == set()


def test_a_cost_that_crushes_the_family_asks_for_help():
    from bot.eligibility_cues import asks_for_help

    assert asks_for_help("孙子九岁 脑瘫 我们在学校边上租了个一楼 一个月九百 房租压得喘不过气")
    assert not asks_for_help("孙子九岁 脑瘫 我们在学校边上租了个一楼 一个月九百")
