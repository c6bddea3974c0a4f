"""Session 23: the classes of blind set 28's gap questions (tests/data/gaps_test20.jsonl, studied since 2026-12-07),
in other words than the set's: no sentence of the set is here. The misses were a body's everyday business in words no
topic read (an elder drawn in by a free show or eggs for a scan, a traffic light or a road's lights broken, a home
misdescribed by the estate agent, a classmate who bites or hits, a pupil steered to the art exam, an adult degree in the
evening, a disabled candidate failed at the medical, pay given in the firm's goods, a job advertised at a false wage with
a deposit, crops dug up by a road and their price, a married-out daughter left out of the village's money, silkworms
dying and mulberry leaves with mould, adulterated feed, a landlord who sells and tells the tenant to go, a scenic spot
free at the gate and charged inside, how many of the family may stay at a hospital bed), or read first by another
body's broader word (住院押金 of the health body when the balance is not refunded; 壁画 of the culture body's new
murals when the painting is an old building's). Each class has near misses, pinned."""
import pytest

from bot import gap_topics_people, gap_topics_places
from bot.text import normalize
from bot.triage import domain_gap

SESSION23_TOPICS = {
    "以免费表演、扫码送礼品等诱骗老人钱财和诱导下载贷款软件的涉嫌诈骗治安事务", "红绿灯、路灯等公路附属设施的损坏和缺失",
    "房产中介隐瞒房屋情况、虚假宣传等房地产经纪事务", "青苗、茶园等地上作物被占用挖毁的补偿等农村土地事务",
    "出嫁女等农村集体经济组织成员的补偿款和分红权益", "蚕病和桑园病虫害等蚕桑生产事务", "饲料和饲料添加剂的质量等农业投入品监管",
    "房东卖房、提前收房要租客搬走等房屋租赁纠纷",
}


def test_session23_topics_are_all_registered():
    registered = {g.topic for _, g in gap_topics_places.EARLY}
    assert SESSION23_TOPICS <= registered, SESSION23_TOPICS - registered
    assert "住院押金和出院结算的退费等医疗费用结算" in {g.topic for _, g in gap_topics_people.EARLY}


def _gap(text):
    return domain_gap(normalize(text))


def _body(text):
    gap = _gap(text)
    return gap.body if gap is not None else None


@pytest.mark.parametrize("text, body", [
    # 公安: something free for an elder, then the savings; a scan for a gift and loan apps on the phone
    ("我妈在菜场门口被拉去听免费的养生讲座 听完非要把积蓄取出来交给他们", "public_security"),
    ("小区里有人摆摊扫二维码领洗衣液 我爸扫了以后手机上冒出两个贷款的APP", "public_security"),
    # 交通: a signal or the lights of a road broken or missing
    ("镇上那个十字路口的信号灯失灵三天了 车子乱开", "transport"),
    ("国道进村那一段没有路灯 晚上骑车根本看不清", "transport"),
    # 住建: the estate agent who hid what the home is; a landlord who sells; a deposit the landlord will not give back
    ("中介带我们看房的时候说楼下没有菜场 住进来才发现楼下就是早市", "housing"),
    ("房东说他儿子结婚自己要住 让我们这个月底就搬走", "housing"),
    ("合同还没到期 房东说押金不肯退给我们", "housing"),
    # 教育: a classmate who hurts the others; the art exam pushed; an adult degree after work
    ("女儿说班里有个男生老是打人 好几个同学都被打伤了", "education"),
    ("学校为了升学率让成绩一般的学生都去学美术", "education"),
    ("四十多岁了想拿个成人本科以外的成人专科文凭 有没有周末班", "education"),
    ("下班后晚上上课能不能读个大专", "education"),
    # 残联: a disabled candidate failed at a public-sector medical
    ("我儿子小时候得过小儿麻痹 考上了公务员 体检被刷掉了", "disabled_persons_federation"),
    # 人社: pay given in goods; a job advertised at a false wage with a deposit
    ("厂里发不出工资 拿仓库里积压的电风扇抵工资", "human_resources"),
    ("网上招骑手说日结三百 去了先要交一千块押金", "human_resources"),
    # 农业农村: crops dug up and their price; a married-out daughter; silkworms; feed
    ("村里修水渠把我家果树推掉了十几棵 赔的钱少得可怜", "agriculture_rural"),
    ("村里分红 外嫁的女儿户口在村里也一分没有", "agriculture_rural"),
    ("今年春蚕养到三龄就开始成片发病", "agriculture_rural"),
    ("鱼吃了新换的饲料以后成片浮头 是不是饲料有问题", "agriculture_rural"),
    # 文旅: free at the gate, charged inside; 卫健: how many of the family may stay
    ("古镇门票是免费的 进去以后坐船和讲解都要另外收钱", "culture_tourism"),
    ("医院说住院病人只准一个家属陪护 晚上换人也不行", "health"),
    # 医保: a deposit or the discharge bill's balance not refunded
    ("出院一个多月了 医院预交金多出来的钱还没退给我们", "medical_security"),
    ("出院结算多交的钱 医院说要等两个月才退", "medical_security"),
    # the same classes in still other words
    ("老太太被人带去免费一日游 回来就把退休金转给人家了", "public_security"),
    ("隧道里的灯坏了一大半 开进去黑乎乎的", "transport"),
    ("房东要把房子收回去给儿子住 叫我们月底前搬出去", "housing"),
    ("儿子在学校被同桌咬了一口 胳膊都出血了", "education"),
    ("包工头用两头猪顶了我半年的工钱", "human_resources"),
])
def test_session23_classes_reach_the_body(text, body):
    assert _body(text) == body


@pytest.mark.parametrize("text, not_body", [
    ("社区免费体检查出肺上有结节 家里存款不多 能申请什么", "public_security"),  # no savings handed over
    ("村口路口老出车祸 能不能装个红绿灯", "transport"),  # the catalogue's road traffic safety
    ("小区里的路灯坏了好几盏 物业不管", "transport"),  # an estate's lights
    ("十字路口的红绿灯一直黄灯闪 该谁来调", "transport"),  # a signal's timing: the police's
    ("我在职业中介找了份工作 中介费怎么这么贵", "housing"),  # a job agency
    ("我们家种蚕豆 今年死了一大片", "agriculture_rural"),  # 蚕豆 is a bean: the pest topic's, not silkworms
    ("孩子有蚕豆病 能吃什么药", "agriculture_rural"),  # a child's blood disorder
    ("我家养蚕为生 老公生病住院了 能申请什么补助", "agriculture_rural"),  # the illness is the husband's
    ("我在饲料厂上班 一个月工资三千", "agriculture_rural"),  # a job, no feed asked about
    ("房东说要卖房让我们搬走 听说政府有便宜的房子可以申请", "housing"),  # the catalogue's rented homes (finder)
    ("我考的培训证书能不能换成成人大专的学分", "education"),  # the catalogue's learning credit bank (finder)
    ("急诊借个轮椅要交押金 用完了押金不退", "medical_security"),  # a wheelchair's deposit: the hospital's
    ("女儿嫁出去了 平时也不回来看我", "agriculture_rural"),  # no village money
])
def test_session23_near_misses_stay_away(text, not_body):
    assert _body(text) != not_body


@pytest.mark.parametrize("text", [
    "祠堂是清代的 里面有老壁画 村里要拆掉重建 能不能保下来",  # an old building's painting: the catalogue's relics
    "几百年的古庙墙上的彩绘被人刷掉了",
])
def test_old_murals_are_not_new_wall_paintings(text):
    gap = _gap(text)
    assert gap is None or gap.topic != "村镇墙绘等公共文化艺术的设置"


@pytest.mark.parametrize("text, body", [
    ("村里想在围墙上画墙绘 要不要审批", "culture_tourism"),  # a new mural keeps its topic
    ("住院押金要交多少", "health"),  # the deposit asked, nothing to refund: the hospital's
    ("住院押金交了两万 出院时该退的三千一直没退", "medical_security"),
])
def test_older_readings_kept_and_split(text, body):
    assert _body(text) == body


# Set 28's stories, read by a topic on a word they only share (the children's school bus where a road is asked for a
# light, a village's own study tours where its old trees are to be felled)
@pytest.mark.parametrize("text, not_body", [
    ("镇上那条省道车开得飞快 孩子们每天早上过马路去等校车 能不能装个红绿灯", "education"),
    ("我们想在村里的老茶园搞研学活动 带城里孩子来采茶 有没有扶持", "education"),
])
def test_session23_story_words_that_are_not_the_topic(text, not_body):
    assert _body(text) != not_body


@pytest.mark.parametrize("text, body", [
    ("校车每天都超载 孩子挤在过道里", "education"),  # the bus itself keeps its topic
    ("学校组织研学每人要交一千二 不去也不行", "education"),  # a school's tour keeps its topic
    ("村后那片几百年的老枫树林 开发商说要全部砍了盖别墅", "agriculture_rural"),  # any old tree, a grove of them
])
def test_session23_topics_kept_where_they_are_asked(text, body):
    assert _body(text) == body
