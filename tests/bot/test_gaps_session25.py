"""Session 25: the classes of set 30's gap questions (tests/data/gaps_test22.jsonl, studied since 2026-12-07), in other
words than the set's: no sentence of the set is here. The misses were a body's everyday business in words no topic read —
cameras in a workers' dormitory, a workshop's fines for talking, a rest day taken for the yearly checkup, on call after
work, a private account made to sell the firm's goods (人社); a licence to drive earned in the forces (退役军人); a gate a
wheelchair cannot pass (残联); a girl's irregular periods (卫健); elders coaxed into signing, money stuck on a platform, a
photo doctored to mock (公安); an estate's garage let by the property manager, a new home short of its contract, a
flatmate's rent, an outdoor unit dripping on the window below (住建); a road made one-way, a green light too short to
cross (交通); seedlings of the wrong variety, a cooperative pressing the price, a pest no spray stops, one's own plot
taken for a road (农业农村); two villages' boundary (民政); a debt paid without a receipt and sued for (司法); a boatman
asking more mid-river (文旅). The catalogue services told in everyday words got cues (bot/finder_cues.py). Each class
has near misses, pinned."""
import pytest

from bot import gap_topics_people, gap_topics_places
from bot.finder_cues import cued_services
from bot.text import normalize
from bot.triage import domain_gap

SESSION25_PLACES = {
    "自留地、承包地被村集体调整占用等农村土地事务", "哄骗老人签单、登记和交钱等涉嫌诈骗的治安事务",
    "网上投资理财平台提不出钱等涉嫌诈骗的治安事务", "照片被恶意修改传播等侮辱诽谤的治安事务",
    "物业出租、改变小区共有部分用途等物业管理事务", "商品房交付与合同约定不符等房地产开发事务", "合租欠租、房东驱赶租客等房屋租赁纠纷",
    "空调外机安装位置和滴水等相邻住户间的住房事务", "道路单行、禁止转向和路口信号时长等交通组织", "种苗品种不符等农资质量事务",
    "合作社和收购点压级压价、限制农户出售等农业农村事务", "农作物病虫害的识别和防治等农技服务", "村、乡镇之间的行政区域界线争议",
    "欠款货款纠纷被起诉、缺少收据等民事法律咨询",
}
SESSION25_PEOPLE_EARLY = {
    "用人单位在职工宿舍、更衣室等处安装监控等劳动用工事务", "军队驾驶证换领地方驾驶证等退役军人事务",
    "小区和公共场所出入口的闸机、台阶等无障碍通行",
}
SESSION25_PEOPLE = {"车间自定罚款、限制职工说话喝水等劳动用工事务", "青春期保健和月经不调等妇幼保健门诊"}


def test_session25_topics_are_all_registered():
    assert SESSION25_PLACES <= {g.topic for _, g in gap_topics_places.EARLY}, SESSION25_PLACES
    assert SESSION25_PEOPLE_EARLY <= {g.topic for _, g in gap_topics_people.EARLY}, SESSION25_PEOPLE_EARLY
    assert SESSION25_PEOPLE <= {g.topic for _, g in gap_topics_people.TOPICS}, SESSION25_PEOPLE


def _gap(text):
    return domain_gap(normalize(text))


def _body(text):
    gap = _gap(text)
    return gap.body if gap is not None else None


@pytest.mark.parametrize("text, body", [
    # 人社: cameras where workers change; fines for talking; a rest day taken; on call at night; one's own account for the firm
    ("公司在女工更衣室里装了监控 说是为了安全", "human_resources"),
    ("老板要在宿舍走廊和每个房间都安上摄像头", "human_resources"),
    ("组长说上班时间谁聊天就罚二十块", "human_resources"),
    ("厂里规定干活时不许喝水", "human_resources"),
    ("单位培训都安排在星期天 也不给调休", "human_resources"),
    ("下了班还要在工作群里随时待命", "human_resources"),
    ("公司让我们用自己的朋友圈发广告 不发就扣奖金", "human_resources"),
    # 退役军人: a licence earned in the forces
    ("当兵时考的军车驾驶证 退役了能不能换成地方的", "veterans_affairs"),
    # 残联: a gate a wheelchair cannot pass
    ("我坐轮椅 超市门口新装的栏杆太窄 推不过去", "disabled_persons_federation"),
    # 卫健: a girl's periods
    ("闺女十五岁了 月经老是不规律 去医院挂哪个科", "health"),
    # 公安: elders coaxed; a platform; a photo doctored
    ("我爸被卖保健品的哄着交了一万块", "public_security"),
    ("朋友介绍的理财平台现在提现不了", "public_security"),
    ("儿子的照片被人P成猪头发到网上", "public_security"),
    # 住建: common parts let; a new home; a flatmate; an outdoor unit
    ("物业把楼顶天台租给人家做广告牌", "housing"),
    ("购房合同写明送车位 交房时开发商说没有", "housing"),
    ("一起合租的同事欠了房租跑了", "housing"),
    ("对面邻居的空调外机正对着我家卧室窗户吹热风", "housing"),
    # 交通: a road made one-way; a turn banned; a crossing's green
    ("村口那条路变成单行线了 运货要绕一大圈", "transport"),
    ("人行道的绿灯太短了 老人过马路走不完", "transport"),
    # 农业农村: seedlings; a cooperative; a pest; a plot taken
    ("去年买的桃树苗 结果出来根本不是说好的品种", "agriculture_rural"),
    ("收购点说我们的茶叶等级不够 死命压价", "agriculture_rural"),
    ("果园里的梨树今年长了好多虫子 打药没用", "agriculture_rural"),
    ("村里要把我们家的责任田划进厂区 怎么算", "agriculture_rural"),
    # 民政: two villages' boundary
    ("我们村和隔壁村的边界一直说不清 山上的竹子谁砍", "civil_affairs"),
    # 司法: sued for a debt; no receipt
    ("以前的合作方起诉我 说我欠他十万块", "justice"),
    ("借给亲戚的钱没打借条 现在他不认账", "justice"),
    # 文旅: a boatman
    ("坐乌篷船游了一圈 艄公下船的时候要加钱", "culture_tourism"),
])
def test_session25_classes_reach_the_body(text, body):
    assert _body(text) == body


@pytest.mark.parametrize("text, not_body", [
    ("房东在出租屋的卫生间里偷装了摄像头", "human_resources"),  # a landlord's hidden camera: the police
    ("交警罚了我两百块", "human_resources"),  # a traffic fine
    ("班主任规定上课不准说话 说一句罚十块", "human_resources"),  # a school's rule
    ("周末加班只给调休不给加班费", "human_resources"),  # overtime pay: the catalogue's labour inspection, no topic
    ("退伍以后想考驾照 去哪报名", "veterans_affairs"),  # a new licence: the police's
    ("怀孕以后月经就没来了", "health"),  # a pregnancy: the catalogue's maternal care, no topic here
    ("老人被骗了要报警", "civil_affairs"),  # still the police's, never the elders' welfare
    ("空调外机太吵了 晚上睡不着", "housing"),  # the noise: the catalogue's
    ("这条路改成单行道以后出了好几起车祸", "transport"),  # an accident: the police's road safety
    ("超市买的青菜里有虫子", "agriculture_rural"),  # food bought: the market body's
    ("政府征地 我家的自留地被征收了 补偿多少", "agriculture_rural"),  # a requisition by the state, not the village
    ("两家交界的地界有争议", "civil_affairs"),  # neighbours, no villages
    ("老板欠我工资不给打欠条", "justice"),  # wages owed: the human resources body's
])
def test_session25_near_misses_stay_away(text, not_body):
    assert _body(text) != not_body


@pytest.mark.parametrize("text, service", [
    ("想请消防员来学校给孩子们讲讲着火了怎么逃生", "emergency_self_rescue_training"),
    ("奶奶七十九了 家里困难 听说每月有请人上门照顾老人的补贴", "elderly_care_service_subsidy"),
    ("我体质差 老是手脚冰凉 想找中医平时调理", "tcm_preventive_care"),
    ("外卖送来的汤洒了一半 商家说是骑手的责任", "consumer_rights"),
    ("晒在楼下的被子老是少了", "public_order_patrol"),
    ("最近有个陌生人天天在车棚那边转悠", "public_order_patrol"),
])
def test_session25_services_in_everyday_words_are_cued(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("我爸瘫在床上 每个月请人照顾的钱有没有补贴", "elderly_care_service_subsidy"),  # the disabled carer's subsidy
    ("学校组织体质测试 我没达标", "tcm_preventive_care"),  # a fitness test: the sports body's
    ("针灸治腰疼 医保能报吗", "tcm_preventive_care"),  # a treatment, not conditioning
    ("快递说明天到", "consumer_rights"),  # nobody blaming another
])
def test_session25_near_misses_are_not_cued(text, service):
    assert service not in cued_services(normalize(text))


@pytest.mark.parametrize("text", ["住院的收据找不到了 医保还能报吗", "孩子的学费收据丢了 怎么补"])
def test_a_receipt_lost_with_no_debt_is_no_legal_topic(text):
    assert _body(text) != "justice"
