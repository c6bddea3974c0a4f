"""Topic classes of blind set 19's misses (tests/data/gaps_test11.jsonl, studied since 2026-12-06),
in other words than the set's: no sentence of the set is here. Each class is a body's everyday
business in residents' words; the near misses are other bodies' or a catalogue service's. The
service rows' classes are finder cues (bot/finder_cues.py, tests/bot/test_finder_cues_set19.py)."""
import pytest

from bot import gap_topics_people, gap_topics_places
from bot.text import normalize
from bot.triage import domain_gap

NEW_TOPICS = (gap_topics_people.EARLY + gap_topics_people.TOPICS
              + gap_topics_places.EARLY + gap_topics_places.TOPICS)

SET19_TOPICS = {
    "残疾人乘坐火车、长途客车和飞机等出行的票价优待", "残疾人被培训班、场馆和商家拒之门外等平等权益",
    "捐款捐物、结对资助等慈善捐赠的渠道", "独居老人的关爱探访和社区协调等民政事务",
    "工作时间过长、连续上班不休息等工时和休息休假事务", "请假、病假扣工资和全勤奖等工资支付事务",
    "私人请护士、医生上门诊疗的合法性等医疗服务事务", "理发店、浴室、宾馆等公共场所的卫生",
    "滑翔伞等航空运动和高危险性体育项目的培训和资质",
    "废弃矿洞、深坑等安全隐患的封堵", "出租房屋钥匙和门锁等居住安全的治安事务", "货车改装、超限等道路运输事务",
    "畜禽养殖的备案和防疫等农业农村事务", "小区里饲养鸽子家禽等影响邻居的物业管理事务", "借名买房等财产归属的民事法律咨询",
    "小区公共收益的归属和公开等物业管理事务", "老旧住宅楼顶漏水和平改坡等房屋维修改造",
    "文艺团队外出演出的手续等演出市场管理", "村镇墙绘等公共文化艺术的设置",
    "棋牌室、麻将馆的赌博和扰民等治安事务", "疑似赃物买卖等治安事务", "农村公路和桥梁的拓宽改造",
    "台风前广告牌、彩钢棚等设施的加固和拆除", "耕地改挖鱼塘、种树等农田用途的管理", "农田灌溉水渠的清淤和维修",
    "律师服务收费等律师管理事务", "个体户转为企业等市场主体登记",
}


@pytest.mark.parametrize("text, body", [
    # 残联: a disabled traveller's fare; a disabled person turned away
    ("我妈是二级肢残，坐高铁去上海复查，车票有没有优惠", "disabled_persons_federation"),
    ("盲人坐飞机买机票能不能半价，要出示残疾人证吗", "disabled_persons_federation"),
    ("孩子自闭症，报了个画画班，老师知道后说不收了", "disabled_persons_federation"),
    ("我是盲人，带导盲犬去饭店被拒绝了", "disabled_persons_federation"),
    # 民政: giving to charity; an elder living alone troubling the neighbours
    ("我想长期资助一个贫困大学生，哪个渠道正规", "civil_affairs"),
    ("打算每个月捐点钱给山区小学，怕钱被挪用，怎么捐比较透明", "civil_affairs"),
    ("网上好多捐款平台，哪个靠谱", "civil_affairs"),
    ("楼下独居的老太太家里囤了一屋子垃圾，臭得不行，社区管不管", "civil_affairs"),
    ("隔壁孤寡老人天天捡废品堆在门口", "civil_affairs"),
    ("想捐一些旧衣服给山区，哪里捐靠谱", "civil_affairs"),
    ("公司组织捐款，钱最后去哪了也不知道", "civil_affairs"),
    ("老伯一个人住，屋里堆满捡来的破烂，邻居都受不了", "civil_affairs"),
    # 人社: hours without rest; pay docked for leave
    ("超市里一个月只休两天，每天干十二个钟头", "human_resources"),
    ("单位连续三周没有周末了", "human_resources"),
    ("生病请假老板要扣全勤奖", "human_resources"),
    ("我们厂里已经连续干了一个月没休息了，合法吗", "human_resources"),
    ("公司取消了双休，一周上七天班", "human_resources"),
    ("每天要站十二个小时，老板说不干就走人", "human_resources"),
    ("请了三天病假，工资扣了一半", "human_resources"),
    ("公司说请事假就扣全勤", "human_resources"),
    # 卫健: a private nurse at home; a public place's hygiene
    ("想找个私人医生到家里给我妈挂水，安全吗", "health"),
    ("网上约的护士上门抽血，有没有资质", "health"),
    ("月子中心请的护士私自给孩子打针合法吗", "health"),
    ("理发店的推子剪刀从不消毒", "health"),
    ("洗脚店的毛巾好像都没洗过就给下一个客人用", "health"),
    ("宾馆的床单根本没换，脏死了", "health"),
    ("美甲店的工具从来不消毒", "health"),
    # 体育: air and other risky sports
    ("想学跳伞去哪里学", "sports"),
    ("玩动力伞要不要证", "sports"),
    # 应急: an open shaft or pit; a storm and what it may blow down
    ("我们村后山有个以前的防空洞，洞口一直没封，怕小孩进去出事", "emergency_management"),
    ("废弃的矿坑积了很深的水，孩子们夏天去游泳", "emergency_management"),
    ("山上那个以前挖煤的洞一直敞着，放牛的差点掉下去", "emergency_management"),
    ("台风要来了，厂房顶上的彩钢瓦松了，谁管", "emergency_management"),
    ("刮大风的时候路边的广告牌摇摇晃晃的", "emergency_management"),
    # 公安: keys to a rented home; a mahjong room; goods that seem stolen
    ("搬进新租的房子，房东说前任租客手里可能还有钥匙，我想换锁他不让", "public_security"),
    ("二房东手里还留着我房间的钥匙，经常趁我不在进来", "public_security"),
    ("房东家里人手里还有我租的房子的钥匙", "public_security"),
    ("小区里新开的麻将馆天天吵到半夜", "public_security"),
    ("棋牌室里好像有人赌钱，找谁举报", "public_security"),
    ("半夜隔壁麻将声吵得睡不着，是开的麻将馆", "public_security"),
    ("路边有人卖很便宜的手机，会不会是偷来的", "public_security"),
    ("收废品的收了一堆电缆，是不是赃物", "public_security"),
    # 交通: a lorry built up; a village road or bridge too narrow
    ("货车后面的栏板加高了，交警说要罚", "transport"),
    ("自卸车车厢加长了算不算违法", "transport"),
    ("村口那条路太窄了，会车都会不过来，能拓宽吗", "transport"),
    ("去镇上的石桥年久失修又很窄，能不能重建", "transport"),
    # 农业农村: animals kept; farmland dug into a pond; an irrigation channel
    ("家里想养几头猪，要不要去备案", "agriculture_rural"),
    ("我家养的鸡鸭要打疫苗吗，去哪里打", "agriculture_rural"),
    ("基本农田能不能挖塘养虾", "agriculture_rural"),
    ("田里的灌溉渠道塌了一段，水放不过来", "agriculture_rural"),
    ("村里的排灌站坏了，田里没法放水", "agriculture_rural"),
    # 住建: pigeons and poultry in an estate; its common income; a leaking flat roof
    ("楼上邻居在楼顶养了一群鸽子，天天鸽子屎掉下来", "housing"),
    ("小区里有人养鸡，每天早上打鸣吵死了", "housing"),
    ("电梯里的广告收的钱去哪了，业主能不能查账", "housing"),
    ("小区停车费收入归物业还是归业主", "housing"),
    ("老小区想搞平改坡，顶楼住户要出钱吗", "housing"),
    # 司法: a home bought in another's name; a lawyer's fees
    ("房子当年是借我爸的名义买的，现在弟弟说房子是他的", "justice"),
    ("朋友用我的名字贷款买了辆车，说好他还贷，现在不还了", "justice"),
    ("律师代理费一般怎么收，有没有规定", "justice"),
    ("请个律师打离婚官司要多少钱", "justice"),
    # 文旅: a troupe's show out of town; a mural
    ("我们合唱团受邀去外省演出，需要报批吗", "culture_tourism"),
    ("想在小区外墙上画点画，要谁批准", "culture_tourism"),
    ("小学围墙的墙绘能不能自己画", "culture_tourism"),
    # 广电: a programme stopped
    ("以前电台有个讲方言的节目，现在怎么没了", "broadcasting_group"),
    ("湖州台那个老娘舅节目还播不播", "broadcasting_group"),
    ("方言新闻节目为什么不播了", "broadcasting_group"),
    # 市场监管: an individual business become a company
    ("个体户想升级成公司，要重新办执照吗", "market_regulation"),
    ("开了几年的个体店，现在想变更成有限公司", "market_regulation"),
])
def test_set19_classes_reach_the_body(text, body):
    gap = domain_gap(normalize(text))
    assert gap is not None and gap.body == body, gap


@pytest.mark.parametrize("text, not_body", [
    ("我儿子残疾，坐公交能免费吗", "disabled_persons_federation"),  # a bus card: the bus's
    ("女儿上大学有没有资助，怎么申请", "civil_affairs"),  # aid asked for, not given
    ("独居老人在家没人照顾怎么办", "civil_affairs"),  # care at home: the catalogue's
    ("儿子每天作业写到十一点，一天都没休息过", "human_resources"),  # a pupil, not a worker
    ("家庭医生能不能上门打针", "health"),  # the catalogue's family doctor
    ("有人偷偷用我的名字贷款买了车", "justice"),  # a name misused: the police's
    ("门锁坏了房东不修", "public_security"),  # a repair, no key held
    ("小汽车改装排气管炸街", "transport"),  # a car roaring: the police's
    ("农村老房子屋顶漏雨，是危房能不能改造", "housing"),  # the catalogue's dilapidated housing (no topic here)
    ("村里晚会的节目取消了", "broadcasting_group"),  # a village's show, no station
    ("舞台上的节目取消了", "broadcasting_group"),
    ("想开个棋牌室要办什么证", "public_security"),  # no gambling or disturbance told
    ("道路拓宽要拆我家房子，补偿多少", "transport"),  # expropriation
    ("思路太窄了", "transport"),
    ("申请渠道在哪里", "agriculture_rural"),  # 渠道 is no channel of water
    ("孩子周末没有休息一直补课", "human_resources"),  # a pupil
    ("这个周末没有安排", "human_resources"),
    ("我家老人一个人住没人照顾", "civil_affairs"),  # care at home: the catalogue's
    ("我想捐献遗体", "civil_affairs"),  # the health body's (another topic)
    ("我没钱请律师，能不能免费", "justice"),  # the catalogue's legal aid
    ("店里的卫生许可证要换新的吗", "market_regulation"),  # a hygiene licence: the health body's
    ("关停的石矿留下一个大坑光秃秃的，能不能种树", "emergency_management"),  # replanting: the environment's
    ("网上有人说捐款就能抽奖", "civil_affairs"),
    ("残疾人坐车去医院看病，医药费能不能减免", "disabled_persons_federation"),  # the bill, not the fare
    ("残疾人申请低保被拒绝了", "disabled_persons_federation"),  # the catalogue's minimum living allowance
    ("照顾老人一天都没休息", "human_resources"),  # no employer
    ("在饭店后厨干活，厨房脏得要命", "health"),  # a kitchen: food safety
    ("孩子鸡蛋过敏能打疫苗吗", "agriculture_rural"),  # a child's vaccination
    ("村里的养鸡场臭味太大", "housing"),  # the catalogue's livestock pollution control
    ("驾驶执照要换新的", "market_regulation"),
    ("拓宽就业渠道", "transport"),
    ("听说村里的节目取消了", "broadcasting_group"),
    ("小区泵站坏了停水", "agriculture_rural"),  # water supply
    ("三轮车改装成电动的", "transport"),
])
def test_set19_classes_do_not_fire_on_other_topics(text, not_body):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET19_TOPICS or gap.body != not_body, gap


@pytest.mark.parametrize("text", [
    "股票跌了怎么办",
    "明天天气怎么样",
    "今天刮台风吗",
    "邻居家的狗天天叫，听说他老婆跟人跑了",
])
def test_out_of_scope_stays_out(text):
    assert domain_gap(normalize(text)) is None


def test_set19_topics_are_all_registered():
    registered = {g.topic for _, g in NEW_TOPICS}
    assert SET19_TOPICS <= registered, SET19_TOPICS - registered
