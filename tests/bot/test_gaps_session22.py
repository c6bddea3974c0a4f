"""Session 22: the classes of blind set 27's gap questions (tests/data/gaps_test19.jsonl, studied since
2026-12-07), in other words than the set's: no sentence of the set is here. The misses were a body's everyday
business in words no topic read (a loss at a scenic spot disclaimed, a camera hidden in a room, a drone at the
windows, an elder's phone class, an employer's rule asked whether lawful, a fee for a work badge, the estate's repair
fund and its signatures, a developer's garage let out, a bridge closed to farm vehicles, a car charged by the road, no
ramp at a new building, dental care and the insurance, water through the ceiling from above, an inheritance quarrelled
over, trees and crops with a pest, well water that made people ill, a coach that put its passengers off halfway, child
support unpaid, a tenant's deposit kept), or read first by a broader word of another body (电梯 of the market body,
健身房 of the sports body). Service rows told by what a thing does are finder cues (bot/finder_cues.py): a smoke alarm,
a soldier's post on leaving, a teacher's filmed task for home, a table in the estate locked up. Each class has near
misses, pinned."""
import pytest

from bot import gap_topics_places
from bot.finder_cues import cued_services
from bot.text import normalize
from bot.triage import domain_gap

SESSION22_TOPICS = {
    "景区游玩中的财物损失、收费不符等旅游投诉", "民宿、酒店客房等处藏匿摄像头偷拍的治安事务", "无人机扰民、窥探等治安事务",
    "老年人学用智能手机等社区和老年教育", "用人单位规章制度是否合法等劳动保障事务", "用人单位收取工牌费、强制集资入股等的劳动保障监察事务",
    "住宅专项维修资金的使用和业主表决等物业管理事务", "开发商改变交房承诺的车库、会所等配套用途", "桥梁和农村公路的通行限制等公路管理事务",
    "商场等公共场所无障碍设施缺失", "口腔诊疗项目的医保报销范围", "楼上装修漏水等住宅相邻维修事务", "遗产继承纠纷的调解和法律咨询",
    "农作物和林木病虫害的防治等农业农村事务", "农村饮用水卫生和水质检测", "长途客车中途甩客、换车等道路客运事务",
    "离婚后抚养费不付等婚姻家庭法律咨询", "退租时押金被扣不退等房屋租赁纠纷", "社会保险重复缴费的退费等社会保险经办事务",
    "乱砍滥伐林木等林业事务", "野生保护动物的非法买卖和食用等农业农村事务",
}


def test_session22_topics_are_all_registered():
    registered = {g.topic for _, g in gap_topics_places.EARLY}
    assert SESSION22_TOPICS <= registered, SESSION22_TOPICS - registered


def _body(text):
    gap = domain_gap(normalize(text))
    return gap.body if gap is not None else None


@pytest.mark.parametrize("text, body", [
    # 文旅: a loss disclaimed at a scenic spot; free parking then charged
    ("去景区坐竹筏漂流 包被水冲走了 景区说概不负责", "culture_tourism"),
    ("游乐园里玩的时候眼镜摔坏了 他们说自己负责 乐园不承担", "culture_tourism"),
    ("古镇门口写着免费停车 走的时候收了二十块", "culture_tourism"),
    # 公安: a hidden camera; a drone at the windows
    ("住的酒店房间里 电视机旁边藏着一个针孔摄像头", "public_security"),
    ("出租屋的烟感里面装着一个摄像头 是不是房东装的", "public_security"),
    ("对面楼有人天天晚上开无人机在我们窗户外面飞来飞去", "public_security"),
    # 教育: an elder's phone or computer class
    ("我爸七十了想学用智能手机 哪里有免费教的", "education"),
    ("社区有没有电脑培训班 老年人能去学吗", "education"),
    # 人社: an employer's rule asked whether lawful; a fee for clothes or a card kept
    ("公司规定上厕所不能超过五分钟 超了就扣钱 合法吗", "human_resources"),
    ("单位要求每个人下班后留下来开会不算加班 这种规定合理吗", "human_resources"),
    ("老板让新来的每人交两百块工作服的钱 说干满一年才退", "human_resources"),
    ("进厂办了张饭卡交了五十块 走的时候饭卡钱不退", "human_resources"),
    # 住建: the repair fund; a developer's promise; water from above; a deposit kept
    ("我们楼要换水管 动用维修资金要三分之二业主签字 一直凑不齐", "housing"),
    ("买房时开发商承诺的小区花园 现在改成停车场收费了", "housing"),
    ("楼上人家卫生间漏水 渗到我家厨房 找他们也不理", "housing"),
    ("租的房子到期搬走 房东以地板划了为由扣了押金", "housing"),
    # 交通: a bridge closed to farm vehicles; charged by the road; a coach that puts its passengers off
    ("新修的那座桥不让农用车过 我们去田里要绕一大圈", "transport"),
    ("马路边停了半小时车 被收了五块停车费 问他要票说没有", "transport"),
    ("坐大巴去杭州 开到半路司机让我们下车换车", "transport"),
    # 残联: no ramp; 医保: dental care
    ("新建的图书馆门口全是台阶 我坐轮椅根本上不去", "disabled_persons_federation"),
    ("孩子牙齿矫正 医保能不能报", "medical_security"),
    # 司法: an inheritance; child support unpaid
    ("奶奶去世留下的老屋 几个叔叔为了怎么分吵翻了", "justice"),
    ("离婚判决孩子跟我 他每月的抚养费已经拖欠了一年", "justice"),
    # 农业农村: pests; 卫健: drinking water that made people ill
    ("我家茶树今年叶子发黄 长了好多虫子 不知道是什么病", "agriculture_rural"),
    ("山上的毛竹一片片枯死 是不是得了病", "agriculture_rural"),
    ("我们村喝的都是山泉水 最近好多人拉肚子 能不能检测一下水质", "health"),
    # older sets' misses in the same classes: money put into the firm as a condition of work; social insurance paid twice;
    # a camera in a changing room; a handbook's rule; a guardian named for an adult who cannot decide
    ("厂里要求每个工人集资五千块 不交的就不用来上班了", "human_resources"),
    ("辞职前后两个月 两家公司都给我交了养老保险 交重了怎么退", "human_resources"),
    ("服装店的试衣间里好像装了摄像头", "public_security"),
    ("员工手册上写着请假一天扣三天工资 这个合法吗", "human_resources"),
    ("我弟弟精神有问题 想给他指定个监护人 去哪里办", "civil_affairs"),
    # trees felled without leave, protected animals sold; a gym gone with its year cards; a fish pond dug
    ("隔壁村的人半夜来乱砍我们山上的竹子", "agriculture_rural"),
    ("饭店菜单上居然有果子狸 这能卖吗", "agriculture_rural"),
    ("小区楼下的游泳馆倒闭了 我们办的年卡找谁退", "market_regulation"),
    ("承包的田里想挖一口鱼塘 要不要审批", "agriculture_rural"),
])
def test_session22_classes_reach_the_body(text, body):
    assert _body(text) == body


@pytest.mark.parametrize("text, not_body", [
    ("手机摄像头坏了 哪里修", "public_security"),
    ("老人被人骗着学用手机转账 钱全没了", "education"),  # the fraud is the police's
    ("超市买的青菜里有虫子", "agriculture_rural"),  # food bought: food safety
    ("小区里的树都枯死了 物业也不管", "agriculture_rural"),  # an estate's greenery
    ("我们这自来水有股怪味 能不能检测一下", "health"),  # tap water: the catalogue's water supply
    ("工厂偷排废水 井水都不能喝了", "health"),  # a polluter: water pollution control
    ("坐公交车司机半路把我们赶下车", "transport"),  # a city bus: the catalogue's public bus (finder)
    ("厂里押金不退怎么办 我已经离职了", "housing"),  # a worker's deposit is not a tenant's
    ("孤寡老人去世了 留下的房子归谁", "justice"),  # no heir: the civil-affairs body's
    ("医保重复交了两个月 能退吗", "human_resources"),  # the medical insurance's own
])
def test_session22_near_misses_stay_away(text, not_body):
    assert _body(text) != not_body


@pytest.mark.parametrize("text, body", [
    ("我坐轮椅，健身房说不让进", "disabled_persons_federation"),
    ("电梯老是困人 谁来管", "market_regulation"),
    ("物业把小区会所包给别人开健身房 业主进去要办卡", "housing"),
])
def test_older_readings_kept(text, body):
    assert _body(text) == body


@pytest.mark.parametrize("text, service", [
    ("我妈一个人住 想在厨房装个烟雾报警器 有没有人上门装", "fire_safety"),
    ("奶奶耳朵背 想装那种一冒烟就响的东西", "fire_safety"),
    ("儿子当兵满十二年要退伍了 回来政府能不能安排工作", "veteran_resettlement"),
    ("老师让孩子每天读英语打卡 家长要拍视频发到群里", "school_burden_complaint"),
    ("村里文化广场的篮球架被人锁起来了 说要交钱才能打", "fitness_facilities"),
    ("公墓一个墓穴要八万 还要交管理费", "funeral_services"),
    ("外公走了 想在村里办个追悼会", "funeral_services"),
])
def test_session22_service_cues(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("我爸是军队离休干部 部队安排的干休所在哪", "veteran_resettlement"),  # an officer retired: not the resettlement
    ("老师让我们把孩子的成绩单拍照", "school_burden_complaint"),  # a photo of a report is no daily task
    ("小区的健身器材坏了好久", "fitness_facilities"),
    ("烈士陵园的墓地谁来管", "funeral_services"),  # a martyr's grave: the commemoration  # broken, not locked away: the cue stays silent, the finder decides
])
def test_session22_cue_near_misses(text, service):
    assert service not in cued_services(normalize(text))


def test_a_child_online_class_is_no_elder_phone_class():
    from bot.triage import domain_gap

    gap = domain_gap("她女儿十岁 用平板上网课 老是跳出来不堪入目的广告 她想举报")
    assert gap is None or gap.topic != "老年人学用智能手机等社区和老年教育"
    assert domain_gap("我妈七十了 想报个学手机的课").topic == "老年人学用智能手机等社区和老年教育"
