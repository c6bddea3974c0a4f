"""Session 21: the classes of blind set 26's gap questions (tests/data/gaps_test18.jsonl, studied since
2026-12-06), in other words than the set's: no sentence of the set is here. The misses were a body's everyday
business in words no topic read, or read first by a broader word of another body: a lease cut short by a landlord
(not the employment contract), a charging point that bills more than it charges (not the estate's installation),
a bike or car damaged on purpose (not the transport body's shared bikes), paper burnt in a car park (not the hills'
fire prevention), rats and cockroaches in a building (not the drains), forged papers advertised, hunting weapons,
intimate pictures held over someone, a clinic's yearly cap on what insurance pays, the months with
no health insurance and an illness in them (not the probation itself), fees asked of a job seeker, a relative who
can no longer decide and the bank's proof, an old tree cut, paid bays painted on a road, a picking farm's ticket,
a B&B not as shown, a new land-contract certificate, a disability card's old photo, poor sight found at school,
119 spoken as words. Two rules: an elder's age with money of his own drawn (取钱) is no allowance; a 户口 moved and
told as done (迁过来了) is the story's background, not the ask. Each class has near misses, pinned."""
import pytest

from bot import gap_topics_people, gap_topics_places
from bot.text import normalize
from bot.triage import domain_gap

NEW_TOPICS = (gap_topics_people.EARLY + gap_topics_people.TOPICS
              + gap_topics_places.EARLY + gap_topics_places.TOPICS)

SESSION21_TOPICS = {
    "租赁合同未到期被要求搬离等房屋租赁事务", "充电设施计量和收费等市场监管事务", "小区公共部位烧纸点香等物业管理事务",
    "老鼠蟑螂等病媒生物防制的爱国卫生事务", "制售假证件、假公章等治安事务", "枪支弓弩等管制器具和夜间猎捕的治安事务",
"以私密照片要挟等侵犯隐私的治安事务", "门诊报销限额等医保待遇", "医保参保空档期的就医报销",
    "招聘中收取费用等人力资源市场秩序", "无民事行为能力认定、监护和公证等法律服务", "古树名木的保护", "道路停车泊位的施划和收费",
    "采摘园等乡村旅游的收费",
}


def test_session21_topics_are_all_registered():
    registered = {g.topic for _, g in NEW_TOPICS}
    assert SESSION21_TOPICS <= registered, SESSION21_TOPICS - registered


def _body(text):
    gap = domain_gap(normalize(text))
    return gap.body if gap is not None else None


@pytest.mark.parametrize("text, body", [
    # 住建: a lease cut short; paper burnt in an estate's common parts
    ("业主说房子要收回去给他儿子结婚 让我们下个月就搬出去 可租约还没到期", "housing"),
    ("租房合同还有一年多 房东突然叫我们月底前搬走", "housing"),
    ("楼道里有人天天烧纸钱 熏得满楼都是烟味", "housing"),
    # 市场监管: a charging point that bills for what it did not deliver
    ("小区门口那个充电站 充了一晚上还是没充满 却扣了我十二块", "market_regulation"),
    # 公安: damage on purpose, forged papers, weapons, intimate pictures
    ("我停在路边的电瓶车被人故意划了好几道", "public_security"),
    ("有人把我们楼下的自行车推进了河里", "public_security"),
    ("路边电线杆上贴满了办证刻章的小广告", "public_security"),
    ("他说可以帮我弄一张假文凭 五千块", "public_security"),
    ("隔壁小伙子在院子里拿气枪打麻雀", "public_security"),
    ("网上认识的人拿我的裸照威胁我 说不给钱就发出去", "public_security"),
    # 卫健: rats and cockroaches; poor sight found at school
    ("我们这栋楼老鼠多得不得了 晚上在天花板上跑", "health"),
    ("出租屋里蟑螂到处爬 喷药也没用 找谁来统一灭一下", "health"),
    ("学校查视力说我儿子要配眼镜 还只能去他们说的那家", "health"),
    # 医保: a clinic's cap; the months with no insurance
    ("卫生室的医生讲 门诊配药一年最多报三百元 超出的都要自费", "medical_security"),
    ("辞职以后医保断了两个月 这中间住院了能报吗 怎么办", "medical_security"),
    ("新公司说要两个月后才给我上医保 这两个月生病了咋办", "medical_security"),
    # 人社: fees asked of a job seeker
    ("应聘保安 对方说要先交八百块服装费和押金才能上岗", "human_resources"),
    ("说是招聘客服 面试前要先交两百块报名费", "human_resources"),
    # 司法: acting for a relative who can no longer decide
    ("我妈老年痴呆了 她卡里的钱银行说要有监护的证明才能取", "justice"),
    ("我爷爷中风后一直昏迷 房子要过户 需要什么证明才能替他签字", "justice"),
    # 农业农村: an old tree; a new land-contract certificate
    ("村里那棵上百年的银杏被人挖走卖掉了", "agriculture_rural"),
    ("土地承包经营权证换发以后一直没拿到", "agriculture_rural"),
    # 交通: paid bays painted on a road
    ("我们这条街两边都画了收费的停车泊位 以前都是免费停的", "transport"),
    # 文旅: a picking farm's ticket, a B&B not as shown
    ("带孩子去摘草莓 到了园子门口要每人先交三十块门票", "culture_tourism"),
    ("网上订的民宿到了发现和图片完全不一样 老板还不给退钱", "culture_tourism"),
    # 残联: the card's photo
    ("残疾人证上的相片太旧了 想重新拍一张换掉", "disabled_persons_federation"),
    # 消防: 119 spoken as words, asked to open a door
    ("孩子把自己锁在卫生间里出不来 幺幺九能不能来帮忙开门", "fire_rescue"),
])
def test_session21_classes_reach_the_body(text, body):
    assert _body(text) == body


@pytest.mark.parametrize("text, not_body", [
    # a contract of employment is no lease; a lease with no eviction asked about is not this topic
    ("老板说合同还有半年 但是让我下个月就走人", "housing"),
    # a pest found in a meal is food safety (the catalogue's service), not pest control
    ("饭店的汤里吃出一只蟑螂 老板还不认账", "health"),
    # a mouse trap set for wild animals is not rats in a building
    ("山上有人下老鼠夹子抓野兔", "health"),
    # rat poison or a trap to buy for one's own home is the household's own business
    ("厨房里有蟑螂 蟑螂药去哪买比较好", "health"),
    # a proof of a certificate (假证明) is not a forged card; a charging point to be installed is not billing
    ("单位开的收入证明是假证明吗 我看着不太对", "public_security"),
    ("小区想装几个电动汽车充电桩 要找谁批", "market_regulation"),
    # an estate's own parking spaces are the property manager's, not the road's
    ("小区里新划了一批停车位 物业说要收费", "transport"),
    # an elder's allowance is still the civil-affairs body's; money he draws himself is not an allowance
    ("我爸八十五了 听说有高龄补贴 每个月多少钱", "justice"),
    # health insurance paid but a drug not covered is no gap in insurance
    ("医保交了好几年了 这个药报不了", "human_resources"),
])
def test_session21_near_misses_stay_away(text, not_body):
    assert _body(text) != not_body


@pytest.mark.parametrize("text, body", [
    # an allowance asked by age stays the civil-affairs body's (not lost to the 取钱 rule)
    ("我奶奶九十了 听说有长寿的钱可以领", "civil_affairs"),
    ("我爸八十多岁了 每个月能领多少钱", "civil_affairs"),
    # a 户口 move asked about stays the police's
    ("我想把户口迁到湖州来 要带什么", "public_security"),
    ("户口迁出去要去哪里开证明", "public_security"),
    # the land topics still read their old words
    ("承包地被村里收回去了 说要重新发包", "agriculture_rural"),
    # a tree broken by the road's side, stones thrown at a car: their own topics, still reached
    ("玻璃窗被人用石头砸碎了", "public_security"),
])
def test_session21_old_topics_still_reached(text, body):
    assert _body(text) == body


def test_a_hukou_moved_and_told_as_done_is_no_police_topic():
    # the move is the story's background: what is asked is elsewhere (the pension, for the finder)
    assert _body("我们一家十年前从安徽过来 户口前几年也迁过来了 现在想自己交个养老保险") != "public_security"
    assert _body("户口早就迁回来了 我想问问村里的分红有没有我的份") != "public_security"


def test_pests_at_full_rubbish_bins_are_the_bins_matter():
    # the bins left full are what is told: the finder's waste sorting, not pest control
    assert _body("小区几个垃圾桶好几天没人清 老鼠蟑螂都出来了") != "health"
    assert _body("楼下分类的桶满出来了 苍蝇到处飞") != "health"
