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
])
def test_a_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text", [
    "我儿子眼睛看不见，想参加讲故事的活动",  # for disabled people: the targeted cultural services
    "广场舞比赛怎么报名",  # a dance troupe's show: the culture body's festivals
    "我们的腰鼓队想参加文艺汇演",
    "孩子在学校读书成绩不好",  # 读书 as schooling
    "医生讲我血压太高",  # a doctor's advice to one patient, no talk asked
    "文物被盗了找谁",  # no visit asked
    "孩子喜欢看书",
])
def test_near_misses_lead_nowhere(text):
    assert cued_services(normalize(text)) == []
