"""Topic classes of blind set 21's misses (tests/data/gaps_test13.jsonl, studied since 2026-12-06),
in other words than the set's: no sentence of the set is here. Each class is a body's everyday
business in residents' words; the near misses are other bodies' or a catalogue service's. The
service rows' classes are finder cues (bot/finder_cues.py, tests/bot/test_finder_cues_set21.py);
a question in traditional characters reaching its topic is tested at the end."""
import pytest

from bot import gap_topics_people, gap_topics_places
from bot.text import normalize
from bot.triage import domain_gap

NEW_TOPICS = (gap_topics_people.EARLY + gap_topics_people.TOPICS
              + gap_topics_places.EARLY + gap_topics_places.TOPICS)

SET21_TOPICS = {
    "军龄计算为工龄等退役军人安置事务", "职工私车公用的油费路费等工作费用的负担", "工地和车间的休息、就餐和防暑降温等劳动保护",
    "老师在群里公开学生照片视频和成绩等中小学和幼儿园事务", "住院病人的伙食、病房秩序和轮椅借用等医院服务",
    "救护车费用的医保报销", "残疾人证的跨地区迁移和换领", "残疾人个体经营的租金减免和扶持等残联事务",
    "网格员和社区工作人员入户登记、采集信息等基层治理事务", "社区和村的活动室等服务设施的开放",
    "多人共同起诉和合请律师等民事法律咨询", "装修和建房包工收款后停工跑路等合同纠纷的法律咨询", "在别人家受伤等侵权责任的法律咨询",
    "小区和楼宇的喷淋、消防栓等消防设施的维护", "陌生人挨户敲门、踩点等可疑情况的治安事务", "楼板和阳台超负荷等房屋使用安全",
    "公路人行道和非机动车道等通行设施", "航道船舶鸣笛扰民等港航事务", "废弃烟囱、水塔等高耸构筑物的安全隐患",
    "防溺水等水域安全的警示和防护", "农业技术指导和农技推广", "村集体农机和烘干设施的使用等农业农村事务",
    "田边种树遮挡庄稼等农田保护事务", "景区内观光车、索道等二次收费的文化旅游事务",
}


@pytest.mark.parametrize("text, body", [
    # 退役军人: years in the forces counted for seniority
    ("当了八年兵转业到地方，军龄能不能算工龄", "veterans_affairs"),
    ("服役的那几年在新单位算不算工作年限", "veterans_affairs"),
    # 人社: a car of one's own used for the work; nowhere to eat or rest out of the sun
    ("老板叫我开私家车去跑客户，加油费全要自己掏", "human_resources"),
    ("单位出差的路费一直拖着不给报", "human_resources"),
    ("车间里午饭没地方吃，只能蹲在机器旁边", "human_resources"),
    ("大夏天在太阳底下搬砖，工头连口凉水都不给", "human_resources"),
    # 教育: a teacher publishing pupils' pictures or marks
    ("班主任把全班的考试排名发到家长群里", "education"),
    ("幼儿园老师在抖音上发小朋友午睡的视频", "education"),
    # 卫健: a patient's life on the ward
    ("医院的病号饭又贵又难吃", "health"),
    ("同病房的病友半夜外放短视频，吵得睡不着", "health"),
    ("急诊借个轮椅要交三百押金", "health"),
    # 医保: an ambulance's fare
    ("叫救护车花了六百块，这钱能报销吗", "medical_security"),
    ("急救车的费用医保给不给报", "medical_security"),
    # 残联: a card issued elsewhere; a disabled person's shop
    ("残疾证是安徽办的，户口迁来湖州以后要重新办吗", "disabled_persons_federation"),
    ("残疾人证转到湖州要什么手续", "disabled_persons_federation"),
    ("我是聋人，摆摊卖水果，有没有什么扶持", "disabled_persons_federation"),
    ("盲人开了个推拿店，房租能不能减免", "disabled_persons_federation"),
    # 民政: a grid worker's visit; a community room kept shut
    ("网格员来我家登记，非要拍身份证", "civil_affairs"),
    ("居委会的人上门采集家里几口人的信息", "civil_affairs"),
    ("村里的老年活动室建好了一直锁着", "civil_affairs"),
    ("小区那个共享客厅就是个摆设，从来不开", "civil_affairs"),
    # 司法: suing together; a builder who ran; a guest hurt in a home
    ("我们几户人家想联名起诉物业，能不能合请一个律师", "justice"),
    ("装修队拿了预付款就联系不上了", "justice"),
    ("帮我盖房子的包工头收了钱以后停工了", "justice"),
    ("邻居家小孩在我家楼梯上摔骨折了，要我赔，这个责任怎么算", "justice"),
    # 消防: a building's fire equipment broken
    ("楼道里的消防栓一打开根本没水", "fire_rescue"),
    ("写字楼的烟感坏了好久没人修", "fire_rescue"),
    # 公安: strangers at the doors
    ("这两天总有生面孔在楼里一户一户敲门", "public_security"),
    ("有人在我们村口转悠，像是在踩点", "public_security"),
    # 住建: a floor loaded beyond its strength
    ("楼上在阳台砌了个水池养锦鲤，楼板撑不住怎么办", "housing"),
    # 交通: no pavement; boats' horns
    ("镇上那条新路不留人行道，老人只能走在车道上", "transport"),
    ("河里的船天天拉汽笛，吵得孩子没法睡", "transport"),
    # 应急: a derelict chimney; children on ice or near deep water
    ("村里砖厂的老烟囱歪了，怕哪天倒下来", "emergency_management"),
    ("废弃的水塔裂开了，旁边就是民房", "emergency_management"),
    ("孩子们冬天爱去池塘冰上滑", "emergency_management"),
    ("村口那个深水塘边上连块警示牌都没有", "emergency_management"),
    # 农业农村: a technician's advice; collective machinery; trees shading crops
    ("想养小龙虾但是不懂技术，能请农技员上门看看吗", "agriculture_rural"),
    ("合作社的收割机只借给理事的亲戚，别人借不到", "agriculture_rural"),
    ("地头上种了一排杨树，把旁边的菜地阳光全遮住了", "agriculture_rural"),
    # 文旅: fees charged again inside a sight
    ("进了景区还要另外买缆车票，上山才一公里", "culture_tourism"),
    ("古镇里面拍照还收拍摄费", "culture_tourism"),
])
def test_set21_classes_reach_the_body(text, body):
    gap = domain_gap(normalize(text))
    assert gap is not None and gap.body == body, gap


@pytest.mark.parametrize("text, not_body", [
    ("我在厂里干了十二年，工龄怎么算", "veterans_affairs"),  # no service years: the human resources body's
    ("出差住院的医药费医保能报吗", "human_resources"),  # the insurance's
    ("学校食堂中午吃饭没地方坐", "human_resources"),  # a school's
    ("老师要家长每天在群里发孩子读书的视频打卡", "education"),  # homework's burden: the catalogue's (no new topic)
    ("医院门口饭店的饭菜不干净", "health"),  # a restaurant's food: the market body
    ("隔壁邻居电视开到半夜", "health"),  # no ward
    ("叫一次救护车要多久能到", "medical_security"),  # no fee asked: pre-hospital care
    ("残疾人证能不能在外地坐公交免费", "disabled_persons_federation"),  # a bus card: another topic
    ("我是残疾人，租房子住，房租有没有补贴", "disabled_persons_federation"),  # a home's rent: the catalogue's subsidy
    ("派出所的民警上门登记流动人口", "civil_affairs"),
    ("村里的文化礼堂一直锁着", "civil_affairs"),  # the catalogue's cultural hall
    ("业主们一起去住建局投诉开发商", "justice"),  # a complaint, no lawsuit
    ("我们几个工人一起起诉老板拖欠工资", "justice"),  # wages: the catalogue's arbitration
    ("包工头跑了，工人的工钱没着落", "justice"),  # wages
    ("孩子在学校摔断了手，学校说是他自己不小心", "justice"),  # a school's
    ("邻居家的狗咬伤了我家孩子，谁赔", "justice"),  # a dog: the police
    ("消防通道被车堵了", "fire_rescue"),  # the catalogue's fire safety, no equipment broken
    ("有人上门推销保健品，说不买就罚款", "public_security"),  # a sales trick: the market body
    ("阳台漏水找谁修", "housing"),  # no load
    ("人行道上停满了车", "transport"),
    ("汽车半夜在楼下按喇叭", "transport"),  # no boat
    ("工厂烟囱天天冒黑烟", "emergency_management"),  # smoke: the catalogue's air pollution control
    ("鱼塘结冰了，鱼会不会冻死", "emergency_management"),
    ("想学电工不懂技术，有没有免费培训", "agriculture_rural"),  # a trade: the catalogue's training
    ("对面楼挡住了我家的阳光", "agriculture_rural"),  # no field
    ("景区电瓶车撞了人", "culture_tourism"),  # no fee
])
def test_set21_classes_do_not_fire_on_other_topics(text, not_body):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET21_TOPICS or gap.body != not_body, gap


@pytest.mark.parametrize("text", [
    "股票跌了怎么办",
    "明天天气怎么样",
    "冬天去哪里滑冰好玩",
    "朋友家的猫好可爱",
])
def test_out_of_scope_stays_out(text):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET21_TOPICS, gap


def test_set21_topics_are_all_registered():
    registered = {g.topic for _, g in NEW_TOPICS}
    assert SET21_TOPICS <= registered, SET21_TOPICS - registered


@pytest.mark.parametrize("text, body", [
    ("樓道裡的消防栓打開根本沒水", "fire_rescue"),
    ("裝修隊拿了預付款就聯繫不上了", "justice"),
])
def test_a_question_in_traditional_characters_reaches_its_topic(text, body):
    # the actions read the message as typed (actions/service_answers.py): domain_gap reads it in simplified characters
    gap = domain_gap(text)
    assert gap is not None and gap.body == body, gap
