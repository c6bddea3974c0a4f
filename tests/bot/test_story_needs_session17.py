"""Classes of blind set 22's long stories (tests/data/stories_test14.jsonl, first scored in
reports/routing_test14_first_scoring.md) that missed a need or were offered a wrong body, each read generally in
bot/story_needs.py. The sentences are written for these tests, in other words than set 22's. Near misses must not change."""
import pytest

from bot.story_needs import candidates, needs


def services(text):
    return [service for _, service in needs(text)]


def told(text):
    """Every need read, before the offers are spread over bodies (two services of one body are one offer)."""
    return [service for *_, service in candidates(text)]


# (story, a service it needs among those read): each class in sentences of our own
STORY_NEEDS = [
    # a mental illness left untreated, nobody to watch the medicine
    ("隔壁的小伙子有精神病，他爸走了以后没人看着，药也停了，天天半夜砸东西。", "mental_health_services"),
    ("我弟弟精神分裂好多年，最近不肯吃药，整天在村里乱跑。", "mental_health_services"),
    # a low mood asked what to do
    ("女儿生完孩子以后心情一直不好，要怎么办？", "mental_health_services"),
    ("我妈退休以后情绪特别低落，该去哪看看？", "mental_health_services"),
    # someone struck, asked how it is dealt with; a knife brandished at a door
    ("菜场里有人因为摊位跟我老公吵起来，还动了手，想问打人的事派出所管不管。", "public_order_patrol"),
    ("楼下那个人喝醉了拿着刀砍我家的门。", "public_order_patrol"),
    # wrongly accused, a sentence feared
    ("店里丢了钱，老板一口咬定是我拿的，我被冤枉了，怎么证明自己的清白？", "legal_aid"),
    ("儿子跟人打架把人打伤了，想问他会不会被判刑。", "legal_aid"),
    # a bonus docked, or the docking asked whether lawful
    ("厂里说我迟到了三次，扣了我当月的全勤，还要扣绩效。", "labour_inspection"),
    ("车间主任动不动就扣钱，扣工资合不合法？", "labour_inspection"),
    # how to keep fire off old houses, the means to fight it, a fire engine that cannot get in
    ("我们村都是老木头房子，想问老房子要怎么防火。", "fire_safety"),
    ("弄堂太窄了，消防车根本开不进来，能不能在弄堂口放几个灭火的器材？", "fire_safety"),
    # a park's apparatus, named by the apparatus or asked who checks it
    ("小区里的双杠晃得厉害，螺丝都松了。", "fitness_facilities"),
    ("广场上那些器材有的断了，想问平时有没有人检查。", "fitness_facilities"),
    # a building site's pit left unfenced, a stalled site asked who answers for it
    ("路边的工地挖了好几个深坑，下雨就积水，旁边没有护栏。", "work_safety_reporting"),
    ("那个烂尾的工地谁来管，小孩天天钻进去玩。", "work_safety_reporting"),
    # something sold to pupils or minors, asked who stops it
    ("学校门口的小卖部卖香烟给中学生，有没有人管？", "consumer_rights"),
    # a bank card lent or sold to fraudsters
    ("女儿把自己的银行卡借给同学的朋友转账，现在卡被冻了。", "public_order_patrol"),
    ("有人说借卡一天给三百块，我侄子就答应了。", "public_order_patrol"),
    # a child's congenital illness with help asked
    ("孙女生下来就有先天性的毛病，想问这种先天的病有没有补助。", "poor_child_illness_charity"),
    # a newborn's bills asked to be claimed
    ("宝宝早产在保温箱住了二十天，新生儿的住院费能不能报？", "newborn_medical_insurance"),
    # asked only: whether a condition needs a hospital, what it does to the body
    ("孩子被蚊子咬了以后腿上肿了一大块，要不要去大医院看？", "tiered_diagnosis"),
    ("老公天天喝酒，一天两斤，这样对身体有什么影响？", "tiered_diagnosis"),
    # asked only: what the school will or should do for a pupil
    ("儿子在学校把同学的眼镜打碎了，学校会不会开除他？", "school_burden_complaint"),
    ("学校附近开了好几家网吧，能不能查一查？", "school_burden_complaint"),
    # asked only: an insurance to pay into oneself, its name not known
    ("我在外面跑快递，没有单位，能不能自己买个什么保险？", "universal_insurance_enrolment"),
    # a bus driver set upon at the wheel
    ("我在市区开公交，昨天一个喝醉的男人上来抢方向盘，差点翻到沟里。", "public_bus"),
    ("我爸是公交司机，上礼拜被乘客打了，眼睛都肿了。", "public_bus"),
    # asked only: whether the employer answers for a harm, or a change of post
    ("在电镀厂干了八年，手上的皮一直烂，想问这算不算厂里的责任？", "labour_dispute_arbitration"),
    ("我腰坏了搬不动货，能不能让我换个岗位？", "labour_dispute_arbitration"),
    # asked only: a device asked of the federation, kept beside the shop that sold the broken one
    ("女儿的助听器用了一个月就坏了，店家不给修，残联能不能先借一个给她用？", "assistive_devices"),
    # asked only: a dispute asked to be mediated
    ("楼上装修把我家墙弄裂了，他们不认账，想问这种事找谁调解。", "legal_aid"),
    ("跟隔壁为了一条排水沟吵了半年，有没有人能来帮着调解一下？", "legal_aid"),
    # livestock dead of a flood or a disease, asked how to dispose of
    ("发大水淹死了三十多只鸭，死掉的鸭怎么处理？", "livestock_pollution_control"),
    ("猪场里有几头病死的猪往哪里埋才不违规？", "livestock_pollution_control"),
    # asked only: somewhere to stay meanwhile
    ("楼上漏水把我家天花板泡塌了，这几天住不了，有没有地方可以先落脚？", "temporary_assistance"),
]


@pytest.mark.parametrize("story,service", STORY_NEEDS)
def test_a_long_story_need_in_other_words(story, service):
    assert service in told(story) or service in services(story), (told(story), needs(story))


# (story, several bodies' services it must offer)
SEVERAL = [
    ("我女儿读初一，前几天在学校被两个同学推下楼梯，摔得膝盖全是血，那两个同学的家长还说是她自己摔的。"
     "想问打人的事能怎么处理，学校该不该处理那两个学生，她膝盖肿成这样要不要去大医院看。",
     {"public_order_patrol", "school_burden_complaint", "tiered_diagnosis"}),
    ("我在一户人家做保姆，干了一个月，主家说我偷了她的金项链，一分钱工钱没给就把我赶出来了。"
     "想问我的工钱一直不给怎么要回来，我被冤枉了怎么证明清白。",
     {"labour_inspection", "legal_aid"}),
]


@pytest.mark.parametrize("story,expected", SEVERAL)
def test_a_story_of_several_hardships_offers_them(story, expected):
    assert expected <= set(services(story)), needs(story)


# (story, a service it must not be offered): what these classes must not catch
NOT_OFFERED = [
    # a village's cough beside a quarry or a factory is the air's, not a worker's disease
    ("村口新开了个采石场，灰大得不得了，村民咳嗽的越来越多。", "occupational_disease_diagnosis"),
    ("附近的石料厂整天放炮，邻居咳嗽得睡不着觉。", "occupational_disease_diagnosis"),
    # a bone broken and set, fed by the family while it heals, is no severe disability's care
    ("我妈摔了一跤，手腕骨折打了石膏，现在吃饭都要我喂。", "severe_disability_care_subsidy"),
    # money told of a house, not of the illness that killed
    ("老公前年得肺癌走了，房子是我们俩攒钱盖的，现在他弟弟要分。", "medical_assistance"),
    # an assessment waited for is the process under way, not the law's
    ("台风把车子砸坏了，保险公司说要等定损。", "legal_aid"),
    # a schizophrenia treated for years, medicine taken every day: not the mental health service's in this class
    ("女儿十八岁那年得了精神分裂症，现在每天都要吃药，药费一个月八百。", "mental_health_services"),
    # a mood told, nothing asked
    ("这几天下雨，我心情不好，就在家待着。", "mental_health_services"),
    # a hospital told as what was done, not asked whether to go
    ("上个月他发烧，我们去医院看过了，医生开了点药。", "tiered_diagnosis"),
    # the school told as what it did, nothing asked of it
    ("学校安排孩子们去博物馆参观，孩子玩得很开心。", "school_burden_complaint"),
    ("儿子的学校知道了这件事，已经处理好了。", "school_burden_complaint"),
    # fireworks sold to children are the police's, not the consumer's
    ("那种来路不明的烟花卖给小孩有没有人管？", "consumer_rights"),
    # a bank card lost or used, not lent to a fraud
    ("我的银行卡丢了，想去补办一张。", "public_order_patrol"),
    # a fire fought in the woods is the emergency bureau's
    ("森林如何防火，有没有人来村里讲讲？", "fire_safety"),
    # a congenital illness of an adult, no child in the story
    ("我自己是先天性心脏病，这种先天的病有没有补助？", "poor_child_illness_charity"),
    # a place to stay told, not asked: the housing's, not the emergency help
    ("我刚来湖州打工，现在没地方住，晚上睡在车站。", "temporary_assistance"),
    # the employer's responsibility told, a change of post told: what happened
    ("厂里已经认了是厂里的责任，医药费都给报了。", "labour_dispute_arbitration"),
    ("我去年换了岗，现在在仓库管账。", "labour_dispute_arbitration"),
    # a wheelchair told as the product that broke, nothing asked of the federation: the shop's
    ("儿子的轮椅是网上买的，才用了两个月轮子就掉了，商家不肯退。", "assistive_devices"),
    # a bus ridden, nobody set upon
    ("我每天坐公交车去上班，司机开得很稳。", "public_bus"),
    # a mediation told as done, livestock told as sold: nothing asked
    ("去年村里调解过一次，两家算是和好了。", "legal_aid"),
    ("今年养的鸡全卖掉了，赚了两万多。", "livestock_pollution_control"),
    # a bonus given, not docked
    ("年底厂里发了奖金，大家都很高兴。", "labour_inspection"),
]


@pytest.mark.parametrize("story,service", NOT_OFFERED)
def test_a_story_does_not_offer_what_it_does_not_need(story, service):
    assert service not in told(story), told(story)


# (story, a service it still needs): near misses of the classes above
STILL_NEEDED = [
    ("我爸在矿上干了二十年，现在老是咳嗽，胸口闷。", "occupational_disease_diagnosis"),
    ("老公中风以后瘫在床上，吃饭穿衣都要我喂，翻身也要人帮。", "severe_disability_care_subsidy"),
    ("老伴得了癌症，化疗花了十几万，看病欠的钱到现在还没还清。", "medical_assistance"),
    ("车被撞了，想问该赔多少，怎么定损。", "legal_aid"),
    ("精神病又犯了，整夜不睡觉。", "mental_health_services"),
    ("来路不明的烟花卖给小孩有没有人管？", "public_order_patrol"),
]


@pytest.mark.parametrize("story,service", STILL_NEEDED)
def test_a_near_miss_still_needs_it(story, service):
    assert service in told(story), told(story)
