"""Classes of blind set 17's long stories that were offered a wrong body or missed a need (reports/routing_test9_first_scoring.md),
each read generally in bot/story_needs.py. The sentences are written for these tests, in other words than set 17's: a
worried daughter, an elderly resident in Wu dialect, a hotline transcript, a migrant worker. Near misses must not
change."""
import pytest

from bot.story_needs import candidates, needs


def services(text):
    return [service for _, service in needs(text)]


def told(text):
    """Every need read, before the offers are spread over bodies (two services of one body are one offer)."""
    return [service for *_, service in candidates(text)]


# (story, a service it must not be offered): what a story tells that is no need of that service
NOT_OFFERED = [
    # the place of work and an injury in two sentences: no injury at work
    ("我白天要上班。想问敬老院里老人摔伤了，家属能不能看监控？", "work_injury_insurance"),
    ("儿子在厂里干活。上个月他奶奶在家里摔了一跤，骨头裂了", "work_injury_insurance"),
    # a class the resident runs for others is no training wanted
    ("我退休了，想在社区开一个免费的剪纸班，教小孩子和老人，场地去哪里借？", "vocational_skills_training"),
    ("阿拉想勒村里办个不要钱的课 教老人用手机 有啥地方好借", "vocational_skills_training"),
    # a resettlement flat's quality is the housing body's, not a seller's
    ("拆迁以后分到的安置房才住两年，阳台就开裂了，安置房质量问题找谁？", "consumer_rights"),
    # Wu: the cost of treatment claimed from whoever caused the harm
    ("阿拉男人勒工地上被人推了一把 头撞破了 住了三日医院 看毛病的铜钿啥人出", "medical_assistance"),
    # rehabilitation of an injury of someone not disabled is not the federation's
    ("我年轻时打篮球，膝盖留下了旧伤，现在上下楼都疼，医生让我做康复训练，一次要两百块", "disability_rehabilitation"),
    ("我妈去年摔了一跤骨折了，出院后要做康复，康复费一次一百多", "disability_rehabilitation"),
    # an athlete who retired is no serviceman
    ("我以前是省队的举重运动员，前年退役了，除了练举重啥也不会，想找个工作", "veteran_employment"),
    ("儿子是田径运动员，去年退役回来，想自己开个健身工作室，有没有创业补贴", "veteran_education_training"),
    # a fraud someone else says happened, or one feared, told
    ("我想把房子租给一个外地朋友开店，我女儿说我被人骗了，死活不同意。想问租房合同要注意什么", "public_order_patrol"),
    ("我妈一个人住，我们担心她被骗，想给她家里装个一键呼叫的东西", "public_order_patrol"),
]


@pytest.mark.parametrize("story,service", NOT_OFFERED)
def test_a_story_does_not_offer_what_it_does_not_need(story, service):
    assert service not in told(story), told(story)


# (story, a service it needs among those offered): the near misses' counterparts, still read as before
STILL_OFFERED = [
    # an injury at work told in one sentence
    ("我在厂里上班的时候从梯子上摔下来，腿骨折了，老板不肯报工伤", "work_injury_insurance"),
    # a free class asked for stays the training
    ("下岗以后想学门手艺，有没有政府出钱的免费的班？", "vocational_skills_training"),
    # a flat bought from a seller, its quality
    ("买了个二手的洗衣机才一个月就坏了，商家说是质量问题不归他们管", "consumer_rights"),
    # a disabled resident's rehabilitation stays the federation's
    ("我儿子脑瘫，想做康复训练，一次要两百块", "disabled_children_rehabilitation"),
    # a serviceman back from the army, even in a story that names a sport
    ("我当了五年兵，去年退伍回来，在部队里是运动员，想找个工作", "veteran_employment"),
    # a fraud the resident reports
    ("我妈被人骗了三万块，说是买保健品能治病，想报警", "public_order_patrol"),
]


@pytest.mark.parametrize("story,service", STILL_OFFERED)
def test_the_counterpart_still_reaches_its_service(story, service):
    assert service in told(story), told(story)


# Classes of stories_test9's long stories, in sentences of our own: (story, a service it needs among those read)
STORY_NEEDS = [
    # an old people's home, its oversight and an old person hurt there
    ("我爸住在县里一家民办的养老机构，上个月去看他，发现他手腕上有勒痕，护工说是他自己弄的。", "elderly_care_institution"),
    ("阿拉姆妈勒敬老院里跌了一跤 手臂青紫一大块 院里讲勿关伊拉事 敬老院啥人监管", "elderly_care_institution"),
    # a couple who want to marry (again)
    ("我离婚八年了，最近跟一个同村的阿姨处得不错，想去领证，可女儿说我老糊涂了。", "marriage_registration"),
    ("来电人称，她跟前夫离婚三年，现在两个人想复婚，问要带什么材料。", "marriage_registration"),
    # hit and driven off; a vehicle seized by the traffic police, its plates
    ("我骑电瓶车下班，在路口被一辆小轿车刮倒了，那人下车看了一眼就开跑了，我膝盖缝了五针。", "road_traffic_safety"),
    ("我爸骑的老年三轮车被交警扣了，说没有牌照不能上路，想问这种车能不能上牌。", "road_traffic_safety"),
    # formaldehyde from furniture or fittings
    ("新买的衣柜一打开就刺眼睛，拿去测了甲醛超标，商家说是我们通风不够。", "consumer_rights"),
    # a worker hurt asks who answers for it
    ("我是小区的保洁员，拖楼梯的时候滑倒摔断了手腕，物业公司说我是临时工，想问临时工受了伤找谁？", "work_injury_insurance"),
    # a contract signed under deceit to be undone; an old person's pension kept by a child
    ("我爸八十岁，被一个推销的人哄着签了一份卖房的协议，家里人都不知道，想问这种合同能不能撤销？", "legal_aid"),
    ("我奶奶的养老金被我叔叔拿走了，奶奶连买菜的钱都没有，想问这种情况找谁？", "legal_aid"),
    # photos held over a child
    ("儿子在游戏里认识了一个人，对方骗他拍了视频，现在说不给钱就把视频发到网上去。", "public_order_patrol"),
    # a pregnant worker's job threatened
    ("我在超市当收银员，刚怀孕三个月，店长说怀了孕就要调我去仓库搬货，还要降我的工资。", "labour_dispute_arbitration"),
    # a restaurant's fumes and noise by the home
    ("楼下新开了一家小龙虾店，油烟全往我家窗户里钻，晚上划拳吵到半夜，老人根本睡不着。", "air_pollution_control"),
    ("隔壁的KTV每天晚上吵到凌晨两点，打了好几次电话也没用。", "noise_light_pollution"),
    # a food made at home and sold, its licence and label
    ("我妈在家做的腌菜放到网上卖，有人说没有生产许可是违法的，包装上的标签也不合规。", "food_safety"),
    # a disabled resident's mobility vehicle
    ("我截肢以后一直靠一辆电动的代步车出门，车旧了老坏，想问残疾人换车有没有补贴。", "assistive_devices"),
    # a coach's certificate in a story of a sport
    ("我游泳游了二十年，想在社区教小孩子游泳，可是没有教练证，想问考教练的证去哪里报名。", "fitness_guidance"),
    # many people taken ill at once after a meal: the outbreak's investigation, beside the food's safety
    ("我们单位聚餐，在镇上一家饭店吃完回来，第二天十几个同事都拉肚子，有两个还住了院。", "infectious_disease_control"),
    ("侄子办喜酒请了流动的厨师，吃完当晚好几个客人上吐下泻，想问这种事谁来查。", "food_safety"),
    ("侄子办喜酒请了流动的厨师，吃完当晚好几个客人上吐下泻，想问这种事谁来查。", "infectious_disease_control"),
    ("村里有人家办寿酒，吃完第二天好多人拉肚子，乡下办酒席的卫生有没有人管？", "food_safety"),
    ("村里有人家办寿酒，吃完第二天好多人拉肚子，乡下办酒席的卫生有没有人管？", "infectious_disease_control"),
    # counterfeit goods named by what they are
    ("去年在村口的店里买的稻种，出苗不到一半，农技员说八成是假种子，店老板死不认账。", "consumer_rights"),
    # a worker beaten while doing the job
    ("我在商场做保安，劝一个喝醉的人别抽烟，结果被他一拳打断了鼻梁，想问这算不算工作上的伤？", "work_injury_insurance"),
    ("来电人称，她女儿在奶茶店当店员，被一个顾客打伤了脸，店里说让她自己报警。", "work_injury_insurance"),
]


@pytest.mark.parametrize("story,service", STORY_NEEDS)
def test_a_long_story_need_in_other_words(story, service):
    assert service in told(story), told(story)


STORY_NOT_OFFERED = [
    # an old people's home named as a place, no oversight or harm: no need of it
    ("我在镇上的敬老院食堂烧饭，一个月两千五，老公又生病了。", "elderly_care_institution"),
    # marriage told of others, done already
    ("我女儿去年结婚了，女婿对她不好，经常动手。", "marriage_registration"),
    # a car that hit and stayed; a plate of food
    ("一辆车把我家的围墙撞了，司机留了电话说会赔。", "road_traffic_safety"),
    ("我爸在饭店打工，一盘菜被客人退了，老板扣了他五十块。", "road_traffic_safety"),
    # a labour contract void is the labour dispute's, not legal aid's
    ("厂里说我的劳动合同作废了，让我明天别来了。", "legal_aid"),
    # photos shared with family, no threat
    ("我把孙子的照片发到网上的家族群里，亲戚都说长得像我。", "public_order_patrol"),
    # a pregnancy told with no job at risk
    ("我老婆怀孕了，每个月去医院产检，想问产检能不能报销。", "labour_dispute_arbitration"),
    # a licence of a workshop that sells no food; a coach's certificate for driving
    ("我想开个修自行车的铺子，听说要办营业执照，标签怎么贴也有讲究？", "food_safety"),
    ("我想考驾校的教练证，去哪里报名？", "fitness_guidance"),
    # an old man's three-wheeler: no disability told
    ("我爸七十五了，骑了一辆老年代步车，想问这种车要不要驾照。", "assistive_devices"),
    # a kitchen's greasy duct is a fire hazard, not fumes in the home; a flat's air tested with no seller blamed; a vehicle
    # registered (上牌: the vehicle office's, which the catalogue lacks)
    ("饭店后厨的油烟管道好几年没洗了，全是油渍，看着就吓人。", "air_pollution_control"),
    ("新房装修完三个月了，想请人上门测一下甲醛，环保部门管不管？", "consumer_rights"),
    ("刚买的电瓶车还没上牌，上牌要带哪些材料？", "road_traffic_safety"),
    # a fake medicine is the drugs' matter, not a seller's goods
    ("我妈在药店买的降压药吃了没用，后来才知道是假药。", "consumer_rights"),
    # one person ill after a meal is the food's, no outbreak; a child beaten at school is no worker
    ("我在路边摊买了一份炒粉，吃完回家就上吐下泻，想问找谁投诉。", "infectious_disease_control"),
    ("儿子在学校被同学打了，老师说是闹着玩。", "work_injury_insurance"),
    ("孩子的老师说他被同学打了一下，没什么大事。", "work_injury_insurance"),
    ("我老公是保安，上个月下班路上被车撞了，腿骨折了。", "work_injury_insurance"),
]


@pytest.mark.parametrize("story,service", STORY_NOT_OFFERED)
def test_a_long_story_near_miss(story, service):
    assert service not in told(story), told(story)
