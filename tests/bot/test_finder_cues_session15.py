"""Classes of blind set 20's openings that named no service (reports/conversations_test15_first_scoring.md): a public
service told by what it does, read in bot/finder_cues.py. The sentences are our own, not the set's; near misses keep
their old reading (no cue)."""
import pytest

from bot.finder_cues import cued_services
from bot.reading import implied

CUED = [
    ("以前每到秋收村口操场上就放电影 现在好几年没人放了", "rural_film_screening"),
    ("我大伯抗美援朝牺牲的 葬在后山 墓碑字都看不清了", "martyr_commemoration"),
    ("儿子手机上老有人拉他进群 群里全是赌博的链接", "harmful_online_content_report"),
    ("厂里车间石粉大得很 口罩也不发 我天天咳", "occupational_hazard_supervision"),
    ("生了两个够了 想做那个手术 做了就不会再怀的那种", "family_planning_technical_services"),
    ("上游有户人家开了个猪场 猪粪都排到溪里 水都发黑了", "livestock_pollution_control"),
    ("小区门口那排不同颜色的垃圾桶 一直没人清", "waste_sorting"),
    ("想找人测测地里的土 看看该用哪种肥", "fertilizer_pesticide_reduction"),
    ("孙子三岁了 公家办的那种小朋友的班怎么报", "kindergarten_enrolment"),
    ("我们想怀孕之前先去查一查 听说有免费的", "free_preconception_checkup"),
    ("厂里裁员了 我想学个电工的手艺 听说政府有免费的班", "vocational_skills_training"),
    ("家里就一个独生女 前年车祸出了事 瘫在床上", "family_planning_special_assistance"),
    ("老屋的墙开裂了 雨天还漏雨 这房子政府能不能帮着修一修", "rural_dilapidated_housing_renovation"),
    ("我腿脚不好 找工作人家看一眼就说不要我", "employment_assistance"),
    ("我老婆四十多了 在家带孩子 想把农村那种养老保险自己交起来", "resident_basic_pension"),
]


@pytest.mark.parametrize("text, service", CUED)
def test_a_service_told_by_what_it_does(text, service):
    assert service in cued_services(text)


@pytest.mark.parametrize("text", [
    "电影院周末几点开门",                        # a cinema's hours: no village screening asked
    "我爷爷当过兵 现在身体还好",                  # a veteran alive, no grave
    "手机上有个网站打不开",                      # a site, nothing harmful
    "车间里太热了 有没有高温补贴",                # heat, not dust and coughing
    "养老金怎么领",                            # receiving the pension is not paying in
    "儿子有智力残疾 想把养老保险交起来",           # a disabled resident: the federation's subsidy, not this cue
    "我在找工作 有什么推荐",                      # looking for work, not turned away
    "幼儿园几点放学",                           # a kindergarten named outright needs no cue
])
def test_near_misses_are_not_cued(text):
    assert cued_services(text) == []


def test_out_of_work_is_of_the_training_groups():
    """Out of work ("酒店关了 现在没活干") is one of the groups the training courses are for: the form does not ask
    the group again; a known group is kept."""
    assert implied({"employment_status": "失业"})["training_group"] == "失业人员或转岗职工"
    assert "training_group" not in implied({"employment_status": "失业", "training_group": "农民工"})
    assert "training_group" not in implied({"employment_status": "在职"})
