"""Situations that lead to one catalogue service without its name (bot/finder_cues.py): classes of
blind set 17's where-questions (conversations_test12, -where-), in other words than the set's."""
import pytest

from bot.finder_cues import cued_services
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("我妈六十八了，听说65岁以上每年可以免费体检一次，去哪里做", "basic_public_health_services"),
    ("六十五周岁以上的老人查身体要钱吗", "basic_public_health_services"),
    ("想让孩子学学发生地震的时候怎么躲，社区有没有这种课", "emergency_self_rescue_training"),
    ("厂里能不能请人来教工人碰到火灾怎么逃生", "emergency_self_rescue_training"),
    ("着火了怎么逃生，哪里有培训", "emergency_self_rescue_training"),
    ("我老头子是部队退休的干部，搬到湖州来了，以后谁管他", "military_retiree_transfer"),
    ("我爸拿的是军队发的退休金，来长兴养老，看病归哪里", "military_retiree_transfer"),
    ("身体没毛病，就想提前调理调理，卫生院能做吗", "tcm_preventive_care"),
    ("社区医院能不能做艾灸", "tcm_preventive_care"),
    ("夏天想去贴三伏贴", "tcm_preventive_care"),
    ("有辆货车往河边倒了好几桶臭烘烘的液体", "hazardous_waste_disposal"),
    ("隔壁厂把废液偷偷倒进沟里", "hazardous_waste_disposal"),
    ("女儿班上有五十多个学生，坐得满满的", "small_class_education"),
    ("别的学校一个班只有三十个孩子，我们这为什么不行", "small_class_education"),
    ("村委会那间借书的屋子一直关着门", "farmers_bookstore"),
    ("我们村里有没有看书的地方", "farmers_bookstore"),
    ("镇上有座明朝的牌坊，有人要拆了盖房子", "cultural_relics_protection"),
    ("村里几百年的老祠堂，木雕被人偷了，谁来保护", "cultural_relics_protection"),
    ("想学数控，有没有能上机器练手的车间", "public_training_base"),
    ("政府的实训场地里能不能练技术", "public_training_base"),
    ("小区对面装了个信号塔，担心对身体有害", "radiation_safety"),
    ("楼上新装的基站能不能请人来检测一下", "radiation_safety"),
    ("我爸在市医院做完手术，医生说转回卫生院康复", "tiered_diagnosis"),
    ("在卫生院看不了想转到县医院怎么办", "tiered_diagnosis"),
    ("想学开店，政府有没有这种培训班", "entrepreneurship_training"),
    ("有没有教人做生意的课", "entrepreneurship_training"),
])
def test_a_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("签了家庭医生，医生会上门量血压吗", "basic_public_health_services"),  # the family doctor's visits
    ("六十五岁以上的老人能领什么补贴", "basic_public_health_services"),  # no checkup
    ("教我们怎么用灭火器，火灾时怎么逃", "emergency_self_rescue_training"),  # an extinguisher: fire safety
    ("地震了房子塌了，政府有没有补助", "emergency_self_rescue_training"),  # relief, no class
    ("我儿子从部队退伍回来，工作怎么安排", "military_retiree_transfer"),  # a conscript's resettlement
    ("老公是部队转业干部，想问工作安置", "military_retiree_transfer"),  # an officer's job on leaving
    ("我生病了想找中医看看", "tcm_preventive_care"),  # treatment, not prevention
    ("楼下垃圾桶没人倒，臭死了", "hazardous_waste_disposal"),  # a household's rubbish
    ("我家拿了一桶油", "hazardous_waste_disposal"),
    ("孩子在班里被同学欺负", "small_class_education"),
    ("班上有个孩子五岁就上学了", "small_class_education"),
    ("学校图书室借书要办卡吗", "farmers_bookstore"),  # a school's library
    ("村里有没有人收旧书", "farmers_bookstore"),
    ("我家清朝传下来的老房子拆迁补偿怎么算", "cultural_relics_protection"),  # demolition pay
    ("这座桥太窄了，什么时候拓宽", "cultural_relics_protection"),  # no old dynasty's bridge
    ("刚毕业，想找个单位的车间练手", "public_training_base"),  # a graduate's placement
    ("车间里机器太吵了", "public_training_base"),
    ("我家这边信号不好，能不能加个基站", "radiation_safety"),  # weak signal: telecom
    ("转到大城市工作，社保怎么转", "tiered_diagnosis"),
    ("我在县医院看病能报销多少", "tiered_diagnosis"),
    ("开店想贷款，有没有扶持", "entrepreneurship_training"),  # a loan: entrepreneurship support
    ("我这个当老板的也要去上安全培训课吗", "entrepreneurship_training"),  # work safety
])
def test_near_misses_lead_elsewhere(text, service):
    assert service not in cued_services(normalize(text))
