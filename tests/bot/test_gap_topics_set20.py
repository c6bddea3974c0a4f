"""Topic classes of blind set 20's misses (tests/data/gaps_test12.jsonl, studied since 2026-12-06),
in other words than the set's: no sentence of the set is here. Each class is a body's everyday
business in residents' words; the near misses are other bodies' or a catalogue service's. The
service rows' classes are finder cues (bot/finder_cues.py, tests/bot/test_finder_cues_set20.py);
a short question's need told in a topic's own words (bot/triage.py) is tested at the end."""
import pytest

from bot import gap_topics_people, gap_topics_places
from bot.text import normalize
from bot.triage import asks_about_a_named_service, domain_gap

NEW_TOPICS = (gap_topics_people.EARLY + gap_topics_people.TOPICS
              + gap_topics_places.EARLY + gap_topics_places.TOPICS)

SET20_TOPICS = {
    "中小学生社会实践、志愿服务和综合素质评价等中小学事务", "残疾人结婚等生活补助的残联事务",
    "用人单位限制女职工怀孕生育等女职工劳动保护", "用人单位定位监控职工等劳动用工事务",
    "医保报销范围和自费项目等医疗保障事务", "医院窗口的服务时间和人工服务等就医便利",
    "村（社区）评选评优的公开公正等基层自治事务", "群众自发骑行、徒步等体育活动的组织和报备",
    "寻找战友、部队老领导等退役军人事务", "放学和离园时间、延时托管等中小学和幼儿园事务",
    "畜禽出售前的动物检疫等农业农村事务", "公路上倒伏树木等障碍物的清理等公路养护",
    "环保监督员、民间河长等公众参与环境监督", "耕地被倾倒渣土等毁坏耕地的查处",
    "离婚后子女抚养、财产分割等婚姻家庭法律咨询", "纠纷的人民调解等司法行政事务",
    "二手房交易和房地产中介的纠纷", "老旧小区的封闭管理和门卫门禁等住房事务", "赌博、聚赌的查处等治安事务",
    "不牵绳遛狗、烈性犬等养犬管理", "外国人在湖州居留和签证等出入境事务", "产品质量和认证标志等质量监管",
}


@pytest.mark.parametrize("text, body", [
    # 教育: what a school sets its pupils outside class; when children are let out
    ("班主任要求每个学生寒假做满二十小时社会实践，不做的话会怎样", "education"),
    ("初中的综合素质评价是怎么打分的", "education"),
    ("老师布置孩子去敬老院当义工，还要写感想", "education"),
    ("小学下午三点就放学了，家长都还在上班", "education"),
    ("幼儿园能不能推迟离园时间，我们下班接不到", "education"),
    ("学校放学太早了，没人接孩子", "education"),
    # 残联: a disabled couple's wedding grant; a disabled visitor's ticket
    ("两个聋哑人结婚，政府有没有什么补贴", "disabled_persons_federation"),
    ("我是肢残的，下个月办婚礼，残联给不给慰问", "disabled_persons_federation"),
    ("带着残疾证去公园，售票的说外地的残疾人不给免票", "disabled_persons_federation"),
    ("景区对残疾人到底免不免费", "disabled_persons_federation"),
    # 人社: an employer ruling over pregnancy; an employer tracking phones
    ("单位要女同事轮流生孩子，今年不是你就不许怀", "human_resources"),
    ("护士长说科室怀孕要排队", "human_resources"),
    ("公司让我们在手机上安装定位软件，合法吗", "human_resources"),
    ("领导说下班以后手机也不准关机，随时要找得到人", "human_resources"),
    # 医保: an item left to the patient to pay
    ("住院做的那个检查为什么医保不给报", "medical_security"),
    ("手术用的进口材料全是自费，医保凭什么不报", "medical_security"),
    # 卫健: a hospital's counters and hours
    ("卫生院的化验窗口八点才开门，老人饿着肚子等", "health"),
    ("医院挂号处能不能早点开", "health"),
    ("去医院看病只能在自助机上付钱，老人不会弄", "health"),
    # 民政: a village's awards decided in advance
    ("社区评优秀志愿者，名额早就内定好了", "civil_affairs"),
    ("村里评五好家庭，评上的都是村干部的亲戚", "civil_affairs"),
    # 体育: a club riding or walking together
    ("我们跑团周日想在城里跑个二十公里，要不要报备", "sports"),
    ("几个朋友成立了一个徒步队，需要去哪里登记吗", "sports"),
    # 退役军人: comrades looked for
    ("想找当年一个班的战友，不知道他现在住哪", "veterans_affairs"),
    ("部队的老排长退伍后联系不上了，能不能帮忙查查", "veterans_affairs"),
    # 农业农村: an animal's quarantine; farmland buried in spoil
    ("自己养的几头猪要卖给收购的，要先开检疫证明吗", "agriculture_rural"),
    ("羊要拉到外县去卖，检疫去哪里办", "agriculture_rural"),
    ("有人把建筑垃圾倒在我家稻田里", "agriculture_rural"),
    ("我承包地里被人乱倒了一堆渣土", "agriculture_rural"),
    # 交通: a tree across a road
    ("村道上一棵树倒了横在路中间，车都过不去", "transport"),
    ("山上滚下来的土堆堵在路面上好几天了", "transport"),
    # 生态环境: watching rivers for the environment body
    ("想报名当民间河长，去哪报", "ecology_environment"),
    ("哪里招环保志愿者，我想监督厂里偷排", "ecology_environment"),
    # 住建: a roof locked by the top floor; an estate with no gate; a home sold with what was hidden
    ("顶楼住户把天台锁了，不让我们上去晒被子", "housing"),
    ("小区是开放式的，谁都能进来，能不能改成封闭管理", "housing"),
    ("老小区没有门卫，想装个门禁找谁", "housing"),
    ("买了二手房才发现漏水，原房主隐瞒了", "housing"),
    ("房产中介吃差价，去哪里投诉", "housing"),
    # 司法: a divorce's children and home; a dispute to be judged
    ("离婚的话孩子归谁，孩子八岁了能自己选吗", "justice"),
    ("离婚时婚后买的车子怎么分", "justice"),
    ("抚养权怎么判", "justice"),
    ("邻居砍了我家的树不认账，去哪里评理", "justice"),
    # 公安: gambling; dogs off the lead; a foreign spouse's residence
    ("村里有人聚众赌博，找谁", "public_security"),
    ("楼下仓库里天天有人打牌赌钱", "public_security"),
    ("邻居养的大型犬在电梯里不拴绳", "public_security"),
    ("小区遛狗不牵绳的太多了，吓到老人", "public_security"),
    ("我老婆是越南的，想办居留证", "public_security"),
    ("外籍员工的签证快到期了，在哪里续签", "public_security"),
    # 市场监管: goods without a mark
    ("买的插座连3C标志都没有，能举报吗", "market_regulation"),
    ("网上买到三无产品怎么办", "market_regulation"),
])
def test_set20_classes_reach_the_body(text, body):
    gap = domain_gap(normalize(text))
    assert gap is not None and gap.body == body, gap


@pytest.mark.parametrize("text, not_body", [
    ("孩子学校要志愿服务时长证明，去哪里开", "education"),  # the volunteers' record: civil affairs
    ("我想和孩子一起做志愿者，哪里报名", "education"),  # no school sets it
    ("残疾人生孩子医疗费能报多少", "disabled_persons_federation"),  # no wedding grant
    ("我怀孕了公司要辞退我", "human_resources"),  # no rule over pregnancy (a dispute: no new topic)
    ("外卖平台的定位老是不准", "human_resources"),  # no employer tracking
    ("工伤为什么不报", "medical_security"),  # no medical insurance
    ("医院几点下班", "health"),  # no counter's hours asked of
    ("村里评上了文明村", "civil_affairs"),  # no rigging
    ("户外广告牌要审批吗", "sports"),  # no club
    ("战友介绍我去他厂里找工作", "veterans_affairs"),  # work: the catalogue's
    ("进口水果要检疫吗", "agriculture_rural"),  # no animal
    ("台风来之前路边的大树要不要加固", "transport"),  # before the storm: the emergency body's
    ("小区里的树倒了压到车", "transport"),  # an estate's tree
    ("我想去敬老院当志愿者", "ecology_environment"),  # the civil-affairs body's volunteers
    ("楼顶漏水找谁修", "housing"),  # the roof's repair: another topic
    ("离婚登记要带什么材料", "justice"),  # the catalogue's marriage registration
    ("在商场买的鞋开胶了店家不给换，找谁评理", "justice"),  # a shop: consumer rights
    ("保险公司不赔，去哪里说理", "justice"),  # an insurer
    ("打赌输了要请客", "public_security"),
    ("老公赌博把家里的钱都输光了，日子过不下去", "public_security"),  # the family's hardship: assistance
    ("被狗咬了要打狂犬疫苗吗", "public_security"),  # the health body's
    ("邻居家的狗天天叫", "public_security"),
    ("想去国外旅游要办什么", "public_security"),  # no residence here (passports: another topic)
    ("学历认证没有通过", "market_regulation"),
])
def test_set20_classes_do_not_fire_on_other_topics(text, not_body):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET20_TOPICS or gap.body != not_body, gap


@pytest.mark.parametrize("text", [
    "股票跌了怎么办",
    "明天天气怎么样",
    "今天放学后去哪玩",
    "昨天和朋友打赌谁先到",
])
def test_out_of_scope_stays_out(text):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET20_TOPICS, gap


def test_set20_topics_are_all_registered():
    registered = {g.topic for _, g in NEW_TOPICS}
    assert SET20_TOPICS <= registered, SET20_TOPICS - registered


def test_a_short_questions_need_in_the_topics_words_is_that_topic():
    # "倒了几车渣土" is read as waste dumped too; the question asks about its farmland, one matter
    assert asks_about_a_named_service(normalize("我家菜地被人晚上倒了好几车建筑垃圾，庄稼全压坏了，这个去哪里反映"), [])


def test_a_long_storys_needs_stay_its_own():
    # a story of 100 characters and more keeps each need it tells, even in a topic's words
    story = ("我姑妈八十了，一个人住在乡下的老屋里，前年有个远房亲戚说帮她办补贴，让她签了很多字，"
             "后来才知道签的是抵押合同，房子被人拿去抵押借钱了，亲戚现在人也找不到。她身体也不好，"
             "想问这种被骗签的抵押能不能撤销，房子会不会被收走，该先去哪里求助。")
    assert len(story) >= 100
    assert not asks_about_a_named_service(normalize(story), [])
