"""Session 28 (the gaps helper gaps77): the classes of set 33's gap questions (tests/data/gaps_test25.jsonl, studied since
2026-12-07), in other words than the set's: no sentence of the set is here. The misses were a body's everyday business in
words no topic read — toilet breaks clocked and phones locked away, no first aid at work (人社); the same test paid at one
hospital and not at another, an item off the insurance's list (医保); no medicine at night, a school's health check kept
from the parents (卫健); an elders' canteen dearer, a grave to be moved (民政); an amateur match for employers' teams only
(体育); a counter too high for someone of short stature (残联); a claim made on someone who wants advice, a home owned
before the marriage (司法); cladding falling off, a flat cut into many rooms, the rent raised mid-lease, letterboxes broken
(住建); a thing sold as new that is old, a card's balance wiped (市场监管); traps where people walk, a knife in a quarrel
(公安); a farm road too narrow for the machines, sheep to shear and wool unsold, a pumping station broken (农业农村); a fire
engine far away (消防); a bridge's railing broken, a road under construction unlit (交通). A power cut with no notice is
the power company's, a body agencies.yml does not have: 12345, no body named (bot/gap_topics_outside.py). The catalogue
services told in everyday words got cues (bot/finder_cues.py): a hazard at work to be reported quietly, a disabled son's
first job and the dibao, someone to come and wash a disabled relative, training near home, a couple with two daughters.
Each class has near misses, pinned."""
import pytest

from bot import gap_topics_outside, gap_topics_people, gap_topics_places
from bot.finder_cues import cued_services
from bot.story_needs import needs
from bot.text import normalize
from bot.triage import domain_gap

SESSION28_PEOPLE_EARLY = {
    "用人单位限制上厕所、收管手机等劳动纪律的劳动用工事务", "工作场所的急救设施和医务人员等劳动保护事务",
    "同一检查或药品在不同医院报销不一、医保目录等医疗保障事务", "夜间看病买药难等医疗服务的可及性", "学生健康体检结果的告知等卫生健康事务",
    "老年食堂、助餐点的收费和开办等养老服务", "迁坟、公墓安葬等殡葬管理事务", "业余体育赛事的报名条件等群众体育事务",
    "柜台、自助机过高等无障碍服务设施",
}
SESSION28_PLACES_EARLY = {
    "被人索赔的民事纠纷等法律咨询", "婚前房产和离婚财产分割等婚姻家庭法律咨询", "住宅外墙、保温层脱落等房屋使用安全和质量",
    "二房东群租、一套房隔成多间出租等房屋租赁管理", "房东中途涨租、加租等房屋租赁事务", "住宅信报箱的维修和管理",
    "以旧充新、翻新货冒充新品等产品质量事务", "预付卡、会员卡余额被清零等市场监管事务", "居民区私设捕兽夹等危害公共安全的治安事务",
    "持刀威胁、追砍他人等治安事务", "机耕路等农田基础设施的建设和维护", "畜牧养殖技术服务和畜产品销售等农业农村事务",
    "农田灌溉抽水站、机埠的维修等农田水利事务", "乡村消防站点的设置和消防救援力量", "公路桥梁栏杆护栏的损坏和维修",
    "在建道路桥梁夜间照明和警示等公路管理事务",
}


def test_session28_topics_are_all_registered():
    assert SESSION28_PEOPLE_EARLY <= {g.topic for _, g in gap_topics_people.EARLY}, SESSION28_PEOPLE_EARLY
    assert SESSION28_PLACES_EARLY <= {g.topic for _, g in gap_topics_places.EARLY}, SESSION28_PLACES_EARLY
    assert "停电通知和恢复供电" in {g.topic for _, g in gap_topics_outside.TOPICS}


def _body(text):
    gap = domain_gap(normalize(text))
    return gap.body if gap is not None else None


@pytest.mark.parametrize("text, body", [
    # 人社: toilet breaks and phones; first aid at work
    ("车间规定上洗手间要登记 超过十分钟就罚款", "human_resources"),
    ("我们厂上厕所要排队拿牌子 超过三次扣钱", "human_resources"),
    ("进车间手机一律上交 家里有急事都联系不上", "human_resources"),
    ("公司要求上班时间手机统一保管 下班才发还", "human_resources"),
    ("工地上有人中暑倒下了 连个急救箱都没有", "human_resources"),
    ("厂里没有医务室 上次有人被机器割伤 只能自己打车去医院", "human_resources"),
    # 医保: the same item paid here and not there, off the list
    ("这个药在市里医院能报 到卫生院就不能报了", "medical_security"),
    ("医生说这种支架不在医保目录里", "medical_security"),
    # 卫健: medicine at night; a school's health check
    ("晚上十点以后镇上连个开门的药店都没有 小孩发烧怎么办", "health"),
    ("半夜老人胸口疼 卫生院关门了 没地方看病", "health"),
    ("幼儿园体检的报告一直不给家长看", "health"),
    ("女儿在学校查了视力 结果老师不告诉我们", "health"),
    # 民政: an elders' canteen; a grave moved
    ("社区的老年餐厅要关门了 我爸以后去哪吃饭", "civil_affairs"),
    ("村里的助餐点说下个月要加价", "civil_affairs"),
    ("镇上修路要我们迁坟 迁到哪里去也没说", "civil_affairs"),
    ("老家的祖坟要搬迁 搬到公墓要多少钱", "civil_affairs"),
    # 体育: entry rules of an amateur match
    ("镇上的乒乓球比赛只让本地户口的报名", "sports"),
    ("市里的羽毛球联赛要单位盖章才能报名 个人报不了", "sports"),
    # 残联: a counter too high
    ("我坐轮椅 政务大厅办事的窗口太高 够不着", "disabled_persons_federation"),
    ("儿子是矮小症 银行的取款机太高看不到屏幕", "disabled_persons_federation"),
    # 司法: a claim made; a home before the marriage
    ("邻居说我家孩子划了他的车 要我赔五千 有没有懂法的人帮我看看", "justice"),
    ("朋友借我的车出了事 现在车主找我赔钱 该不该赔", "justice"),
    ("房子是结婚前我老婆买的 离婚的话我能分到多少", "justice"),
    ("房产证上只写了老公的名字 离婚了有没有我的份", "justice"),
    # 住建: cladding; many rooms; rent raised; letterboxes
    ("我们楼的外墙砖掉下来 差点砸到人", "housing"),
    ("新小区才三年 外保温层一片一片脱落", "housing"),
    ("房东把两室一厅隔成六间 住了十几个人", "housing"),
    ("合同还没到期 房东就说下个月开始加租", "housing"),
    ("单元门口的信箱坏了 门都关不上", "housing"),
    # 市场监管: sold as new; a balance wiped
    ("手机店说是全新的 拿回来一查是翻新机", "market_regulation"),
    ("轮胎说是新的 出厂日期是好几年前", "market_regulation"),
    ("健身房会员卡里的余额突然作废了", "market_regulation"),
    # 公安: traps; a knife
    ("楼下草坪里有人放了捕兽夹 邻居家的狗被夹伤了 孩子也在那玩", "public_security"),
    ("隔壁喝醉了就拿着刀在门口威胁人", "public_security"),
    # 农业农村: farm roads; livestock; a pumping station
    ("田间道路太窄 拖拉机进不去", "agriculture_rural"),
    ("长毛兔的兔毛今年卖不掉 收购的人都不来了", "agriculture_rural"),
    ("村里的机埠坏了 田里放不了水", "agriculture_rural"),
    # 消防: the fire engine far away
    ("山里离消防队太远 着火了根本来不及", "fire_rescue"),
    ("村里能不能建个微型消防站", "fire_rescue"),
    # 交通: a railing; no lights at the works
    ("过河那座桥的护栏缺了一段", "transport"),
    ("国道在修 晚上路段黑漆漆的 也没有警示灯", "transport"),
])
def test_session28_classes_reach_the_body(text, body):
    assert _body(text) == body


@pytest.mark.parametrize("text, not_body", [
    ("学校规定上厕所要举手报告", "human_resources"),  # a school's rule: not an employer's
    ("老师把手机收走了 说期末再还", "human_resources"),  # a school's phone ban stays the education body's
    ("辞职的时候公司要我赔培训费 该不该赔", "justice"),  # an employer's claim: the labour body's
    ("山上有人放铁夹子抓野兔", "public_security"),  # a trap for wild animals: the agriculture body's (as before)
    ("墙皮一块块掉 农村危房改造能申请吗", "housing"),  # the catalogue's dilapidated housing: not this gap
    ("台风过后停电了 什么时候来电", ""),  # a disaster's cut: no 12345 gap for it
])
def test_session28_near_misses_stay_away(text, not_body):
    assert _body(text) != not_body


@pytest.mark.parametrize("text, body", [
    ("山上放了好多铁夹子抓野鸡", "agriculture_rural"),  # the wild animals' trap topic, unchanged
    ("新修的公路把我们下田的机耕路截断了", "transport"),  # a highway cutting a farm road: the transport body's
    ("村委会换届选举不公开", "civil_affairs"),  # the committee's election stays the civil-affairs body's
    ("我们小区停了三天电 也没人通知", ""),  # the power company's: 12345, no body named
])
def test_session28_earlier_answers_kept(text, body):
    gap = domain_gap(normalize(text))
    assert (gap.body if gap is not None else None) == body


@pytest.mark.parametrize("text, not_topic", [
    ("小区的桥栏杆坏了 物业不修", "公路桥梁栏杆护栏的损坏和维修"),  # an estate's bridge: no highway's railing
    ("公园里那座小桥的扶手松了", "公路桥梁栏杆护栏的损坏和维修"),
    ("我们楼下的信箱里天天被塞小广告", "住宅信报箱的维修和管理"),  # cards stuffed: the police's (session 27)
    ("老人食堂在哪里 怎么报名", "老年食堂、助餐点的收费和开办等养老服务"),  # where and how: the catalogue's home-based care
])
def test_session28_topics_keep_to_their_class(text, not_topic):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic != not_topic


def test_a_building_defect_blamed_on_its_developer_is_no_consumer_claim():
    assert "consumer_rights" not in [sid for _, sid in needs("楼顶一下雨就渗水 墙面都发霉了 物业推给开发商 说是开发商的质量问题")]
    assert "consumer_rights" in [sid for _, sid in needs("网上买的热水器用了一个月就坏了 客服说是质量问题要我自己寄回去 运费还要我出")]


@pytest.mark.parametrize("text, service", [
    ("工地的脚手架有几根管子松了 工头说等忙完再修 我想偷偷举报", "work_safety_reporting"),
    ("车间的行车钢丝绳断了几股 主管说等月底再换", "work_safety_reporting"),
    ("女儿智力残疾 去超市上班了 一个月八百 家里的低保会不会取消", "disabled_minimum_living"),
    ("我弟精神残疾 最近在村里打零工挣一点 低保还能继续领吗", "disabled_minimum_living"),
    ("哥哥是一级残疾 我们上班顾不上 能不能有人定期上门帮他擦擦身子", "disabled_custodial_care"),
    ("儿子重度残疾 有没有人能上门来帮忙照看一下", "disabled_custodial_care"),
    ("腿做完手术要做功能训练 镇上有没有能做的地方", "disability_rehabilitation"),
    ("我们家两个女儿 没再生 现在都六十多了 听说有奖励", "family_planning_reward_assistance"),
])
def test_session28_services_in_everyday_words_are_cued(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    ("车间粉尘很大 老板说等以后再装除尘 我想偷偷举报", "work_safety_reporting"),  # dust: the occupational hazards'
    ("女儿智力残疾 去超市上班了 想问怎么申请低保", "disabled_minimum_living"),  # applying: nothing stops
    ("我爸瘫痪在床 有没有人定期上门帮他擦身", "disabled_custodial_care"),  # an elder: home-based care
    ("儿子二级残疾 每个月有没有上门护理的补贴", "disabled_custodial_care"),  # money asked: the care subsidy
    ("孩子是自闭症 家门口有没有康复训练的地方", "disability_rehabilitation"),  # a disabled child's programme
    ("两个女儿都出车祸没了 我们六十了有没有补助", "family_planning_reward_assistance"),  # the special assistance
])
def test_session28_near_misses_are_not_cued(text, service):
    assert service not in cued_services(normalize(text))


@pytest.mark.parametrize("text, not_topic", [
    ("我爸拿菜刀砍排骨 不小心砍到了手", "持刀威胁、追砍他人等治安事务"),  # a kitchen's knife: no threat
    ("医生说这个瘤子要动刀子", "持刀威胁、追砍他人等治安事务"),  # an operation
    ("开车撞了人家的墙 对方要我赔两万 该怎么办", "被人索赔的民事纠纷等法律咨询"),  # a collision: the traffic and insurance side
    ("在湖州的医院能报 到上海的医院就报不了", "同一检查或药品在不同医院报销不一、医保目录等医疗保障事务"),  # cross-region care
    ("老人助餐服务多少钱一顿", "老年食堂、助餐点的收费和开办等养老服务"),  # the price asked: the catalogue's care service
])
def test_session28_near_misses_keep_off_the_topic(text, not_topic):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic != not_topic
