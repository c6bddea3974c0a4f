"""Topic classes of blind set 17's misses (tests/data/gaps_test9.jsonl, studied since 2026-12-05),
in other words than the set's: no sentence of the set is here. Each class is a body's everyday
business in residents' words; the near misses are other bodies' or a catalogue service's. The
service rows' classes are finder cues (bot/finder_cues.py)."""
import pytest

from bot import gap_topics_people, gap_topics_places
from bot.finder_cues import cued_services
from bot.text import normalize
from bot.triage import domain_gap

NEW_TOPICS = (gap_topics_people.EARLY + gap_topics_people.TOPICS
              + gap_topics_places.EARLY + gap_topics_places.TOPICS)

SET17_TOPICS = {
    "用人单位摊派、下班随叫随到、自费工作服等扣钱罚款的劳动用工事务",
    "大病医疗个人负担的个税专项附加扣除", "医生开到院外药店购买的药品的医保报销",
    "网络兼职招聘陷阱的辨别等就业服务事务", "高中选科和选考科目的调整", "中考体育考试的缓考和免考",
    "青少年业余体育训练队的选材和报名", "意定监护等公证和法律服务", "二手房交易后原房主户口不迁等房屋交易纠纷",
    "公路落石等路况造成车辆损失的养护责任", "房产赠与反悔、受胁迫签协议等民事法律咨询", "快递柜超时收费等服务收费事务",
    "水库山塘渗漏、山体开裂等汛期险情隐患", "迷信诈骗、冒用照片身份和走失老人等公安事务",
    "商品房销售承诺、无物业小区、租房维修和小区公共部位等住房事务", "码头停船收费等港航事务",
    "养蜂场地和蜂群扰民等农业农村事务", "景区门票优待和外地游客同等待遇等文化旅游事务",
}


@pytest.mark.parametrize("text, body", [
    # 人力社保: an employer's demand enforced by docking pay, or costs put on the worker
    ("公司组织周末去爬山，领导说不参加的扣全勤奖", "human_resources"),
    ("老板让每个员工都去买他亲戚卖的保健品，不买就扣工资", "human_resources"),
    ("经理说周末手机必须开着随叫随到，这算不算加班", "human_resources"),
    ("进厂发的工装和劳保鞋说要从工资里扣两百", "human_resources"),
    ("单位每年都摊派认购慈善票，职工不想出", "human_resources"),
    # 人力社保: part-time work online and whether it is a trap
    ("朋友圈有人招兼职打字员，要先交一百块会员费，靠谱吗", "human_resources"),
    ("日结的工作网上一搜一大把，哪些是正规的", "human_resources"),
    # 医保: serious illness deducted from income tax; medicine bought outside the hospital
    ("去年住院自费花了五万多，个人所得税可以抵扣吗", "medical_security"),
    ("大病医疗专项附加扣除的金额在哪里查", "medical_security"),
    ("医生开了张单子让我们到院外药房买抗癌药，医保认不认", "medical_security"),
    ("双通道的药去哪家药店买才能报", "medical_security"),
    # 教育: subjects chosen in senior high; the PE exam missed through injury
    ("女儿高二了想把历史换成物理，选科还能改吗", "education"),
    ("选考科目定下来以后学校允许调整吗", "education"),
    ("中考体育考试那天孩子发高烧，可以缓考吗", "education"),
    ("体育考试前骨折了，免考要什么证明", "education"),
    # 体育: a child training with a youth team
    ("儿子喜欢击剑，湖州哪里有教练带小孩训练", "sports"),
    ("市里的田径队今年招不招小运动员", "sports"),
    # 司法: an agreed guardian; a gift of a home regretted or an agreement signed under pressure
    ("我外公想趁现在还清醒先定好监护人，去哪里办", "justice"),
    ("奶奶怕自己以后老年痴呆，想指定小姑当监护人", "justice"),
    ("爸爸把房子过户给了弟弟，现在想要回来，还来得及吗", "justice"),
    ("我姨被人哄着签了字把存款赠与别人，这个协议算不算数", "justice"),
    # 住建: a seller's hukou left behind; a developer's promise; no management; a landlord's repairs; common areas
    ("新买的二手房，原房主的户口到现在还没迁出去", "housing"),
    ("售楼处说好送一个车库，交房时开发商说没有", "housing"),
    ("我们这栋楼没有物业，水管爆了找谁", "housing"),
    ("楼道的声控灯一直不亮，半夜上楼摔了一跤", "housing"),
    ("出租房的空调坏了房东拖着不修", "housing"),
    ("小区的绿地被改成了收费停车场，谁批准的", "housing"),
    # 交通: a car damaged by falling rocks; a berth's fee
    ("开车经过盘山路，落石把车顶砸了个坑", "transport"),
    ("码头说我们的渔家乐小船靠一晚要收一百", "transport"),
    # 市场监管: parcel lockers' fees
    ("丰巢放了一天就要收保管费，合理吗", "market_regulation"),
    # 应急: a dam seeping, a hillside cracking
    ("村里的山塘坝体裂了一条缝，雨季会不会出事", "emergency_management"),
    ("屋后边坡开裂越来越宽，住着害怕", "emergency_management"),
    # 公安: fortune tellers taking money; a photo stolen to pose as oneself; an elder found lost
    ("公园里有个算命的说我家有血光之灾，收了我两千块", "public_security"),
    ("有人用我的头像注册了一个号到处借钱", "public_security"),
    ("超市门口发现一个走丢的老奶奶，问她什么都答不上来", "public_security"),
    # 农业农村: bees kept near homes
    ("邻居家的蜂箱放在我家菜园边上，孩子被叮了好几次", "agriculture_rural"),
    # 文旅: an elder's free entry refused to visitors from elsewhere
    ("这个景点的门票说六十五岁以上半价，外省老人却不给优惠", "culture_tourism"),
    # 残联: a ramp at the door of a wheelchair user
    ("我老伴偏瘫坐轮椅，想在单元门口装个扶手和坡道", "disabled_persons_federation"),
    # 退役军人: the plaque of a soldier's family in other words
    ("光荣之家的牌子褪色了，能不能换新的", "veterans_affairs"),
])
def test_set17_classes_reach_the_body(text, body):
    gap = domain_gap(normalize(text))
    assert gap is not None and gap.body == body, gap


@pytest.mark.parametrize("text, not_body", [
    ("辞职以后老板说要扣一个月工资", "human_resources"),  # a resignation's terms: not this topic (the finder's)
    ("在家带孩子挣不到钱，能申请补助吗", "human_resources"),  # no job offer
    ("残疾人大病医疗保险去哪里办", "medical_security"),  # the catalogue's insurance for disabled people
    ("火车站附近有个流浪的老人说不清家在哪里", "public_security"),  # a vagrant: relief, not the police
    ("被人骗走二十万，生活过不下去了", "public_security"),  # hardship told, not a fortune teller
    ("房东不退押金", "justice"),
    ("公司逼我签了辞职信，能反悔吗", "justice"),  # a worker's matter
    ("我家的船停在自家门口的河里", "transport"),  # no fee
    ("养蜂有没有补贴", "agriculture_rural"),  # no neighbour's complaint: subsidies are another topic
])
def test_set17_classes_do_not_fire_on_other_topics(text, not_body):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET17_TOPICS or gap.body != not_body, gap


@pytest.mark.parametrize("text", [
    "测土配方施肥去哪里办",  # the catalogue's fertiliser and pesticide reduction, no longer the agriculture topic
    "想少用化肥，农技站能帮着测测地吗",
    "老人家里能装那种一按就有人来的呼叫器吗",  # the catalogue's home-based elderly care
    "公司一直不签劳动合同",  # the catalogue's labour contracts
    "博物馆免费开放吗",  # the catalogue's free cultural venues
])
def test_set17_topics_leave_catalogue_services_alone(text):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET17_TOPICS and gap.body != "agriculture_rural", gap


def test_set17_topics_are_all_registered():
    registered = {g.topic for _, g in NEW_TOPICS}
    assert SET17_TOPICS <= registered, SET17_TOPICS - registered


@pytest.mark.parametrize("text, service", [
    # no written contract, only a word of mouth
    ("在超市上了三个月班，店里一直没给签正式合同", "labour_contract_guidance"),
    ("东家说口头上讲好了工钱就行，不用写合同", "labour_contract_guidance"),
    # fire hazards at home or in a village, before any fire
    ("老人冬天在屋里生炭盆取暖，怕出事，社区能来看看吗", "fire_safety"),
    ("我们这排老房子电线私拉乱接，谁来排查", "fire_safety"),
    ("想请人来教教村里老人怎么用灭火器", "fire_safety"),
    # the family of a soldier killed
    ("外公当年打仗阵亡了，外婆现在每月有没有抚恤", "entitled_groups_pension"),
    # soil tested to fertilise less
    ("想把地里的土拿去化验一下再决定施什么肥", "fertilizer_pesticide_reduction"),
    # an alarm button for an elder at home
    ("一个人住的老太太想装个一键呼叫，摔倒了能叫人", "home_based_elderly_care"),
    # the insurance deducted from one's pay
    ("每个月工资里都扣了医疗保险，住院能报几成", "employee_medical_insurance"),
])
def test_a_set17_situation_leads_to_its_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text", [
    "不是要仲裁，想举报厂里不签合同",  # labour inspection, not contract guidance
    "租房没签合同，房东要赶人",  # a lease, not work
    "厂里的车间电线老化，谁来查",  # a workplace: work safety
    "昨天家里电线老化起火了，烧得什么都没了",  # a fire that happened: relief, not prevention
    "我爷爷是烈士，有什么褒扬政策",  # commemoration, not the family's pension
    "单位交的医保只有一半",  # an employer's contributions told, no wage slip
    "自由职业想自己交医疗保险",
])
def test_set17_near_misses_lead_to_no_cue(text):
    assert not {"labour_contract_guidance", "fire_safety", "entitled_groups_pension",
                "employee_medical_insurance"} & set(cued_services(normalize(text)))


def _parse(text, intent="out_of_scope"):
    # the classifier's verdict that nothing in the catalogue is asked: "none" far above any service
    return {"text": normalize(text), "intent": {"name": intent, "confidence": 0.8},
            "intent_ranking": [{"name": intent, "confidence": 0.8}], "entities": [],
            "service_ranking": [{"id": "__none__", "confidence": 0.9}, {"id": "labour_contract_guidance", "confidence": 0.05}]}


@pytest.mark.parametrize("text", [
    "在工地上干了三个月，包工头一直没跟我们签书面合同，说口头约定就行",
    "屋里生着炭盆睡觉，村里能不能来人看看安全不安全",
])
def test_a_cued_situation_is_in_scope_whatever_the_classifier_says(text):
    from bot.finder import decide_scope
    assert decide_scope(_parse(text)) == (True, "find_service")
    assert decide_scope(_parse(text, "ask_where")) == (True, "ask_where")


@pytest.mark.parametrize("text", ["今天天气怎么样", "老板说口头答应的奖金不给了"])
def test_without_a_cue_the_classifier_decides(text):
    from bot.finder import decide_scope
    assert decide_scope(_parse(text)) == (False, "out_of_scope")


SET17_STORY_TOPICS = {
    "挂靠车辆和车队收费等道路运输事务", "自产食品销售的生产许可和标签等食品安全事务", "生猪屠宰的管理",
    "露营地的安全和经营管理等文化旅游事务", "以照片视频要挟、敲诈勒索等公安事务", "老人的钱被子女扣着不给用等老年人权益保护",
}


def test_set17_story_topics_are_all_registered():
    registered = {g.topic for _, g in NEW_TOPICS}
    assert SET17_STORY_TOPICS <= registered, SET17_STORY_TOPICS - registered


@pytest.mark.parametrize("text, body", [
    # set 17's stories: a lorry registered under a haulage firm and its charges (交通, before the police's points)
    ("我的半挂车挂靠在运输公司，罚款扣分都算我的，公司每月还要收管理费", "transport"),
    # home-made food sold packed or online: its licence and label (市场监管)
    ("自家做的腊肉想放到网上卖，要不要办什么证", "market_regulation"),
    ("卖土蜂蜜被说标签不合格，标签怎么写", "market_regulation"),
    # pigs slaughtered at home (农业农村)
    ("村里以后不让自己杀猪了，都要拉去屠宰场", "agriculture_rural"),
    # a campsite's safety and licence (文旅)
    ("湖边新开的露营地晚上没人巡逻，这种营地归谁管", "culture_tourism"),
    # photos used to threaten (公安)
    ("网友拿着我女儿的视频要挟她，不给钱就发到网上", "public_security"),
    # an elder's money kept by a child (民政)
    ("我妈的养老金存折被我哥拿着，她买菜都要伸手要", "civil_affairs"),
    # a contract signed by deceit, asked whether it can be undone (司法, before the police's 被骗)
    ("外婆被骗签了抵押合同，这个合同能撤销吗", "justice"),
    # a programme the station ran, asked whether it still runs (广电, before the police's 寻亲)
    ("听说电台以前办过帮人寻亲的节目，现在还有吗", "broadcasting_group"),
])
def test_set17_story_classes_reach_the_body(text, body):
    gap = domain_gap(normalize(text))
    assert gap is not None and gap.body == body, gap


@pytest.mark.parametrize("text", [
    "新房装修完想测一下甲醛",  # an older set's ecology row: no market topic for formaldehyde
    "被车撞了对方跑了",  # the catalogue's road traffic safety, not a gap
    "我女儿拍的照片很好看，想发到网上",  # nothing threatened
    "我爸的退休金一个月三千，够不够申请低保",  # a pension told, nobody keeping it
    "去湖边露营要带什么",  # a trip, nothing asked of a body
])
def test_set17_story_topics_leave_other_matters_alone(text):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET17_STORY_TOPICS, gap
