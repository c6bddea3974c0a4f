"""Situations that lead to one catalogue service without its name (bot/finder_cues.py): classes of
blind set 16's service rows (gaps_test8), in other words than the set's."""
import pytest

from bot.finder_cues import cued_services
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("带孙子去看看出土的古董，要不要钱", "free_public_cultural_venues"),
    ("听说新开的那个馆里有好多恐龙骨架标本，礼拜一开放吗", "free_public_cultural_venues"),
    ("想看看老湖州的文物展品，门票多少", "free_public_cultural_venues"),
    ("儿子想参加朗诵比赛，哪里报名", "national_reading"),
    ("图书馆暑假有没有小孩的阅读活动", "national_reading"),
    ("学校说有个赛读书的活动，外面的孩子能参加吗", "national_reading"),
    ("厂里工人抽烟喝酒的多，想请卫生院的大夫来讲讲课", "health_education"),
    ("社区想邀请医院专家来做个糖尿病的科普", "health_education"),
    ("我们几个老太太打太极，镇上有比赛吗", "mass_sports_activities"),
    ("村里组织了一支门球队，想参加市里的联赛", "mass_sports_activities"),
    ("柔力球比赛在哪报名", "mass_sports_activities"),
    # set 16's where-questions, in classes
    ("儿子刚毕业，想找个单位先练练手，政府有没有安排", "graduate_internship"),
    ("侄女是应届大学生，想去单位见习半年", "graduate_internship"),
    ("推销保险的打电话来，连我住哪个小区几号楼都知道", "personal_information_protection"),
    ("刚生完孩子就有人打电话推销，连宝宝几号生的都说得出", "personal_information_protection"),
    ("上次暴雨来之前短信通知都没收到，家里全淹了", "emergency_warning"),
    ("大风天气的提醒是谁发的，我怎么收不到", "emergency_warning"),
    ("儿子上初一，作业每天做到半夜十二点", "school_burden_complaint"),
    ("周末学校叫孩子回去补课，还要交钱", "school_burden_complaint"),
    ("菜地边上的土发黑，还一股怪味，种啥死啥", "soil_pollution_control"),
    ("我弟弟在山里种田，想出去打工又没有门路", "rural_labour_transfer"),
    ("村里有没有人帮忙牵线进厂的", "rural_labour_transfer"),
    ("厂里说叉车工上岗前要先参加安全培训", "work_safety_training"),
    ("去年的体检记录能不能在手机上查到", "resident_health_records"),
])
def test_a_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text", [
    "我儿子眼睛看不见，想参加讲故事的活动",  # for disabled people: the targeted cultural services
    "孩子在学校读书成绩不好",  # 读书 as schooling
    "医生讲我血压太高",  # a doctor's advice to one patient, no talk asked
    "文物被盗了找谁",  # no visit asked
    "孩子喜欢看书",
    "大学毕业实习的时候天天加班，没有加班费",  # a dispute during a placement: labour rights
    "台风要来了，家里要准备什么",  # no warning missed
    "孩子作业太多",  # too vague to be sure of a school's burden (the classifier's)
    "想出去旅游",
    "体检报告什么时候出来",  # no record looked up on a phone
])
def test_near_misses_lead_nowhere(text):
    assert cued_services(normalize(text)) == []


@pytest.mark.parametrize("text", [
    "广场舞比赛怎么报名",  # a dance troupe's show: the culture body's festivals (set 18's cue), not a game of sport
    "我们的腰鼓队想参加文艺汇演",
])
def test_a_troupes_show_is_the_festivals_not_sport(text):
    assert cued_services(normalize(text)) == ["mass_cultural_festivals"]
