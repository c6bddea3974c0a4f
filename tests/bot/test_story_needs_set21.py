"""Classes of blind set 21's long stories (tests/data/stories_test13.jsonl, first scored in reports/routing_test13.md) that
were offered a wrong body or missed a need, each read generally in bot/story_needs.py. The sentences are written for these
tests, in other words than set 21's. Near misses must not change."""
import pytest

from bot.story_needs import candidates, needs


def services(text):
    return [service for _, service in needs(text)]


def told(text):
    """Every need read, before the offers are spread over bodies (two services of one body are one offer)."""
    return [service for *_, service in candidates(text)]


# (story, a service it needs among those read): each class in sentences of our own
STORY_NEEDS = [
    # gas left on at home, a device that warns of a leak asked for
    ("我爸一个人住，前天烧水忘了关燃气，锅都烧干了。", "fire_safety"),
    ("想给老人家里装个燃气报警器，漏气会响的那种，哪里有补贴？", "fire_safety"),
    # an old person living alone, someone to look in on them each day
    ("我奶奶独居，能不能每天有人上门看一眼？", "home_based_elderly_care"),
    # a product asked to be complained of
    ("孩子的玩具买回来两天就掉了小零件，想问这种玩具能不能投诉。", "consumer_rights"),
    ("网上买的充电宝用了一个月就鼓包了，去哪里投诉？", "consumer_rights"),
    # something found in a meal
    ("女儿在学校的饭菜里吃出了一根头发，还有一次是小虫子。", "food_safety"),
    ("昨天点的盒饭里夹着一只蟑螂，商家还不承认。", "food_safety"),
    # a school's canteen or its running asked who answers for it
    ("学校食堂出了这种事到底谁负责？", "school_burden_complaint"),
    ("听说食堂是外包给外面的公司的，家长可不可以参与监督？", "school_burden_complaint"),
    # a child beaten or made to pay by other pupils
    ("儿子说高年级的几个男生放学堵他，不给钱就打。", "school_burden_complaint"),
    ("女儿班上有两个女生天天跟她要钱，不给就骂她。", "school_burden_complaint"),
    # a sick child sent home by the school
    ("孩子有哮喘，上个月在学校发作了一次，学校就让我们把他接回家，说等好了再来。", "school_burden_complaint"),
    # a disability certificate asked for
    ("儿子自闭症，想问能不能给他办残疾证。", "disability_rehabilitation"),
    ("我妈耳朵全聋了，残疾证去哪办？", "disability_rehabilitation"),
    # drink-driving, a licence revoked
    ("我老公前天晚上酒后开车被交警查到了，驾照会不会被吊销？", "road_traffic_safety"),
    ("驾驶证被暂扣了，我还能不能去跑运输？", "road_traffic_safety"),
    # a home moved into another's name behind one's back
    ("我才知道老公把我们的房子偷偷过户给了他弟弟。", "legal_aid"),
    ("婚后买的车被他转到他妈名下了，这样算不算数？", "legal_aid"),
    # what to see to before a divorce
    ("他非要离婚，离婚前我要先准备些什么？", "marriage_registration"),
    # another place's insurance used here
    ("我爸的医保是安徽的，来湖州住院能不能直接刷老家的医保？", "cross_region_medical_settlement"),
    # a child's money put into a game asked back
    ("孙子拿我的手机在游戏里偷偷充了八千块，这钱能不能退？", "consumer_rights"),
    # a child hurt at home, somewhere safe asked for
    ("邻居家的女孩身上老有淤青，她说后妈打她，孩子能送到哪里先住着？", "left_behind_children_care"),
    # the court asked to act against a parent who hurts a child
    ("她继父天天喝酒打她，能不能让法院管一管？", "legal_aid"),
    # where to go for the rehabilitation of an injury
    ("我脚踝骨折做了手术，医生说要做康复，想问康复去哪里做。", "tiered_diagnosis"),
    # the disability grade of an injury at work
    ("我在厂里被冲床压断了两根手指，想问伤残怎么评。", "work_capacity_appraisal"),
    # an old shop or a recipe handed down, asked to be protected
    ("我们家的酱鸭是祖传的做法，开了三代的老字号，拆迁以后这个牌子有没有保护？", "intangible_cultural_heritage"),
    # a worker hurt by a moving belt
    ("我在仓库上班，左手被传送带卷了进去，缝了十几针。", "work_injury_insurance"),
    # a platform that docks a rider, in money or in days off
    ("我是送外卖的，平台说我超时扣了两百块，还封了我三天的号。", "labour_dispute_arbitration"),
    # a pregnancy near its term, the way to care feared
    ("老婆怀孕九个月了，再过两个礼拜就要生了，家里离镇上太远，急救车都开不上来。", "maternal_child_health"),
    # a business to be opened by a veteran
    ("我是退伍军人，想在村里开个店，有没有什么扶持？", "veteran_education_training"),
]


@pytest.mark.parametrize("story,service", STORY_NEEDS)
def test_a_long_story_need_in_other_words(story, service):
    assert service in told(story) or service in services(story), (told(story), needs(story))


# (story, several bodies' services it must offer)
SEVERAL = [
    ("我女儿读初二，在学校食堂的菜里吃出过一截钉子，回来还说肚子疼。学校说食堂是外包的，让我们找那家公司。"
     "想问食堂出这种事谁负责，家长能不能参与监督。",
     {"food_safety", "school_burden_complaint"}),
    ("我外婆八十多了，一个人住在老房子里，上礼拜忘了关煤气，幸好邻居发现了。"
     "想问家里能不能装个漏气会报警的东西，社区能不能每天有人上门看一眼。",
     {"fire_safety", "home_based_elderly_care"}),
]


@pytest.mark.parametrize("story,expected", SEVERAL)
def test_a_story_of_several_hardships_offers_them(story, expected):
    assert expected <= set(services(story)), needs(story)


# (story, a service it must not be offered): what these classes must not catch
NOT_OFFERED = [
    # a device that warns is no call to the police
    ("想在厨房装一个漏气就会报警的东西，还能自动关阀。", "public_order_patrol"),
    ("楼道里装了烟雾报警器，半夜老是乱响。", "public_order_patrol"),
    # a smoke alarm told, something hidden in it: no gas left on
    ("酒店房间的烟雾报警器里被人藏了一个摄像头。", "fire_safety"),
    # delivering meals as one's job is no old person's meal service
    ("我在县城跑外卖，每天接单送餐十几个小时。", "home_based_elderly_care"),
    ("老公是送餐员，电瓶车被偷了。", "home_based_elderly_care"),
    # wages the resident owes others are no wages owed to them
    ("地里请的几个人，人工钱我还欠着没给。", "labour_inspection"),
    ("今年的茶叶卖不出去，帮忙采茶的工钱我们还欠着一半。", "labour_inspection"),
    # money kept for a treatment, lost to something else, is no treatment's cost
    ("孩子玩手机把我给他爷爷看病攒的钱都充进了游戏里。", "medical_assistance"),
    ("被骗子骗走了三万，那是我存着看病用的。", "medical_assistance"),
    # a relative's condition said of who lives in the house, in a story of no care, is no care subsidy
    ("小区停了三天电，家里有个瘫在床上的老父亲，电梯也停了，下不了楼。", "severe_disability_care_subsidy"),
    # income a business lost to an order to stop is no sudden household hardship
    ("执法的人来查，说我的饭店油烟不合格，让我停业整改，一下子没了收入。", "temporary_assistance"),
    # fees paid in advance to an old people's home that closes: the home's supervision, not a shop's customer
    ("敬老院说下个月不办了，让我们把老人接走，预交的费用也不说怎么退。", "consumer_rights"),
    # the rehabilitation of a disabled resident is the federation's, not where to be treated
    ("我儿子脑瘫，康复去哪里做比较好？", "tiered_diagnosis"),
    # a gas cylinder's quality, fireworks let off: not the household's gas left on
    ("液化气罐用了没几天就漏气，送气的说不关他的事。", "fire_safety"),
    # a meal enjoyed, a canteen named as where one works
    ("我在学校食堂烧饭，一个月三千块。", "school_burden_complaint"),
    # a drink at a wedding, no driving
    ("朋友结婚，我喝了几杯就回家睡觉了。", "road_traffic_safety"),
    # a flat sold openly with a title transfer is no home moved behind one's back
    ("我们把老房子卖了，下个月去办过户。", "legal_aid"),
    ("想问孩子的户口能不能转到我名下。", "legal_aid"),
    # a divorce told as who the resident is
    ("我离婚以后一个人带孩子，在超市上班。", "marriage_registration"),
    # a game played, nothing put into it
    ("孙子放假天天在家打游戏，作业也不写。", "consumer_rights"),
    # somewhere to stay asked for a child with no harm told
    ("孩子暑假想去上海玩，到那边去哪里住比较方便？", "left_behind_children_care"),
    # a shop told old, nothing asked to be protected
    ("我们镇上有一家老字号的面馆，味道一直很好。", "intangible_cultural_heritage"),
]


@pytest.mark.parametrize("story,service", NOT_OFFERED)
def test_a_story_does_not_offer_what_it_does_not_need(story, service):
    assert service not in told(story), told(story)


# (story, a service it still needs): near misses of the classes above
STILL_NEEDED = [
    ("昨天晚上家里进了小偷，我们马上报警了。", "public_order_patrol"),
    ("老人被骗了，想问能不能报警。", "public_order_patrol"),
    ("我妈八十了，腿脚不好，社区有没有送餐的服务？", "home_based_elderly_care"),
    ("我在工地干了半年，老板欠我们的工钱一直不给。", "labour_inspection"),
    ("老公住院花了五万多，家里看病的钱实在拿不出来了。", "medical_assistance"),
    ("我妈瘫在床上三年了，吃喝拉撒都靠我伺候，听说有护理补贴。", "severe_disability_care_subsidy"),
    ("厂子倒了以后，家里一下子没了收入，孩子还要上学。", "temporary_assistance"),
    ("说好先交三十万占一个养老院的床位，现在公司的门也关了，老板跑了。", "consumer_rights"),
    ("我老公截肢以后要做康复训练，想问康复去哪里做。", "disability_rehabilitation"),
]


@pytest.mark.parametrize("story,service", STILL_NEEDED)
def test_a_near_miss_still_needs_it(story, service):
    assert service in told(story), told(story)
