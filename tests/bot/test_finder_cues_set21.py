"""Situations that lead to one catalogue service without its name (bot/finder_cues.py): classes of
blind set 21's service rows (gaps_test13), in other words than the set's."""
import pytest

from bot.finder_cues import cued_services
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("工地上都是外地来的工人，晚上没什么娱乐，能不能送几场戏到工地", "targeted_cultural_services"),
    ("我们园区的农民工想看电影，文化馆能不能派人来放", "targeted_cultural_services"),
    ("敬老院的老人很久没看过演出了，能不能送台戏进敬老院", "targeted_cultural_services"),
    ("有没有政府办的地方免费帮我们推荐工作", "employment_services"),
    ("想打听一下附近哪些厂在招人", "employment_services"),
    ("我老公最近总说有人跟踪他，疑神疑鬼的", "mental_health_services"),
    ("女儿整晚睡不着，一个人自言自语，想找个看心理方面问题的医生", "mental_health_services"),
    ("我和两个朋友想一起开个奶茶店，政府有没有补贴", "entrepreneurship_support"),
    ("刚毕业想自己搞个工作室，国家对大学生有没有贷款扶持", "entrepreneurship_support"),
    ("上次暴雨来之前一条预警短信都没收到", "emergency_warning"),
    ("山洪下来之前能不能让村里人提前知道", "emergency_warning"),
])
def test_a_set21_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("手机上有个平台可以点电影送到村里吗", "targeted_cultural_services"),  # ordered on the platform: the culture cloud
    ("厂里给农民工发工资拖了三个月", "targeted_cultural_services"),  # no culture
    ("家里缺人照顾老人", "employment_services"),  # no employer asked for
    ("政府能不能帮我找个保姆", "employment_services"),
    ("有人要害我，我要报警", "mental_health_services"),  # the police
    ("脑子方面的检查医保能报多少", "mental_health_services"),  # the insurance's
    ("我们合伙做生意，对方卷钱跑了", "entrepreneurship_support"),
    ("自己开了个店，房东又要涨房租", "entrepreneurship_support"),  # no help asked of the government
    ("台风天快递收不到", "emergency_warning"),  # no warning
    ("暴雨天孩子学校放不放假", "emergency_warning"),
])
def test_set21_near_misses_lead_elsewhere(text, service):
    assert service not in cued_services(normalize(text))


@pytest.mark.parametrize("text", [
    "工人下班只会玩手机，文化站能不能送点电影和演出到工地来",  # "送点" sends a few: nothing ordered on the platform
    "网上说可以给工地送点电影票",
])
def test_a_few_sent_is_no_show_ordered_on_the_culture_cloud(text):
    assert "huzhou_culture_cloud" not in cued_services(normalize(text))


def test_a_show_ordered_is_still_the_culture_cloud():
    assert "huzhou_culture_cloud" in cued_services(normalize("在手机上点一场戏送到村里"))
