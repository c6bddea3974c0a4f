"""Classes of blind set 20's long stories that were offered a wrong body or missed a need
(reports/routing_test12_first_scoring.md), each read generally in bot/story_needs.py. The sentences are written for these
tests, in other words than set 20's. Near misses must not change."""
import pytest

from bot.story_needs import candidates, needs


def services(text):
    return [service for _, service in needs(text)]


def told(text):
    """Every need read, before the offers are spread over bodies (two services of one body are one offer)."""
    return [service for *_, service in candidates(text)]


# (story, a service it needs among those read): each class in sentences of our own
STORY_NEEDS = [
    # who was at fault in a road accident, the traffic police's finding asked for
    ("我骑电瓶车被一辆面包车刮倒了，想问车祸的责任认定要去哪里拿。", "road_traffic_safety"),
    ("对方司机一直不肯签字，交通事故认定书到现在都没出来。", "road_traffic_safety"),
    # a dismissal told in the employer's words
    ("我怀了二胎想请两个月假，主管说那你就别来了。", "labour_dispute_arbitration"),
    ("腰扭了在家歇了一个礼拜，回去以后老板直接说不用来了。", "labour_dispute_arbitration"),
    # an illness caught at work, asked whether it counts
    ("他在外地修桥的时候染上了肺结核，想问这算不算工作时得的病。", "work_injury_insurance"),
    # a medicine or a supply asked whether it is paid back
    ("医生开的那种进口的靶向药一盒一万多，想问这种药在湖州能不能报。", "resident_medical_insurance"),
    ("孩子对牛奶过敏只能喝水解的奶粉，这种奶粉可不可以报销？", "resident_medical_insurance"),
    # a baby born with what must be operated on
    ("小孙子一出生就查出心脏有个洞，医生说要尽快做手术。", "poor_child_illness_charity"),
    ("我们在工地上打工，儿子生下来就是唇腭裂，手术要好几万，不知道哪里能帮帮我们。", "poor_child_illness_charity"),
    # where an operation or a condition is best treated
    ("医生说孩子的斜视要开刀，想问这种手术湖州哪家医院做得好。", "tiered_diagnosis"),
    ("我爸最近老忘事，连孙子都叫不出名字，他这个毛病要去哪里看？", "tiered_diagnosis"),
    # a signature asked whether it holds; the law's way asked
    ("我妈住院的时候稀里糊涂签的那张借条还算不算数？", "legal_aid"),
    ("对方一直拖着不肯赔，想问走法律途径要多久。", "legal_aid"),
    # what burns stored where it should not be
    ("楼下的车库被人租去当仓库，里面堆满了烟花和纸箱，万一出事整栋楼都完了。", "fire_safety"),
    # a seller who said it was fine, asked whether that misled
    ("买的时候店家说老年人开没问题，想问店家这样说算不算骗人。", "consumer_rights"),
    # a licence to make or sell food
    ("我想在家里做点糕点放到网上卖，听说要办食品经营许可。", "food_safety"),
    ("朋友想在村里开个小酒坊，做黄酒要办哪些证？", "food_safety"),
    # a child picked on, the school asked to act
    ("儿子个子小，学校能不能管一管欺负他的那几个同学？", "school_burden_complaint"),
    # a device to see or hear better
    ("我妈眼睛只剩一点光感，有没有地方能配个看得清的放大镜？", "assistive_devices"),
    # the rent doubled, help with it asked; a blind family's rent is the disabled families' rental subsidy
    ("我们租的那间屋子，房东说下个月起房租翻一倍。", "public_rental_housing"),
    ("我是盲人，在镇上租了一间屋子做按摩，想问像我们这样的租房子有没有什么照顾。", "rental_housing_subsidy"),
    # a sport's competition named by the sport
    ("镇里要办一场钓鱼比赛，想问这种比赛要不要去哪里报备。", "mass_sports_activities"),
    ("女儿学围棋三年，在市里的少儿组拿了冠军，想问有没有地方培养。", "mass_sports_activities"),
    # a notifiable disease named, brought back from abroad
    ("我弟弟从非洲打工回来，一直发冷发热，医院说是疟疾。", "infectious_disease_control"),
    # a baby's condition found by the screening after birth
    ("儿子生下来没几天，查出来甲状腺功能低下，医生说要一直吃药。", "maternal_child_health"),
    ("新生儿听力筛查左耳没通过，过几天还要去复查。", "maternal_child_health"),
    # a public place's safety works missing, asked who answers for them
    ("村口那个池塘边上一直没有护栏，去年就有小孩掉下去过。", "work_safety_reporting"),
    ("景区步道边上的安全设施归谁来管？", "work_safety_reporting"),
]


@pytest.mark.parametrize("story,service", STORY_NEEDS)
def test_a_long_story_need_in_other_words(story, service):
    assert service in told(story) or service in services(story), (told(story), needs(story))


# (story, several bodies it must offer)
SEVERAL = [
    ("我在镇上一家五金厂做了六年，上个月老婆生病要住院开刀，我请了十天假照顾她，回去厂长就说那你回家去吧。"
     "手术费要五六万，医保能报多少也不清楚。想问厂里能不能这样辞我，手术的钱能不能报。",
     {"labour_dispute_arbitration", "resident_medical_insurance"}),
]


SEVERAL += [
    ("我和前妻三年前离婚，儿子判给了我。上个月她说接儿子去住两天，结果把他带回了老家，到现在都联系不上。想问她这样算不算违法，我怎么把儿子要回来。",
     {"public_order_patrol", "legal_aid"}),
    ("上个月镇上组织了一场钓鱼比赛，有个老人从塘边滑下去差点淹死，塘边一直没有栏杆。想问这种比赛要不要审批，塘边的安全设施归谁管。",
     {"mass_sports_activities", "work_safety_reporting"}),
]


@pytest.mark.parametrize("story,expected", SEVERAL)
def test_a_story_of_several_hardships_offers_them(story, expected):
    assert expected <= set(services(story)), needs(story)


# (story, a service it must not be offered): what these classes must not catch
NOT_OFFERED = [
    # the treatment's cost claimed back from whoever caused the harm is no medical aid
    ("邻居家的狗把我女儿咬了，打针缝针花了四千多，这个医药费怎么讨回来？", "medical_assistance"),
    ("我在厂里干活累出了腰病，看病的医药费能不能找厂里报？", "medical_assistance"),
    # a road accident's finding is no sudden hardship
    ("前天在路口跟人追尾了，想问车祸的认定怎么弄。", "temporary_assistance"),
    # a family quarrel is no noise
    ("为了老人的房子，兄弟几个吵得家里不太平。", "noise_light_pollution"),
    # a stroke still treated in hospital: no care subsidy, no federation's rehabilitation yet
    ("我妈上个礼拜中风了，左边身子动不了，现在在医院做康复。", "severe_disability_care_subsidy"),
    ("我妈上个礼拜中风了，左边身子动不了，现在在医院做康复。", "disability_rehabilitation"),
    # a school said of a child, as who the child is
    ("我们夫妻都是聋哑人，在菜场卖菜，家里还有个上小学的女儿。", "compulsory_school_enrolment"),
    ("我在快递站分拣，老婆在家带读初中的儿子。", "compulsory_school_enrolment"),
    # the fees of a course an adult takes
    ("我想转行开货车，可驾校说考B照要练三个月，学费八千多。", "high_school_student_aid"),
    ("厂子倒了以后我想去学电焊，培训班的学费要三千块。", "high_school_student_aid"),
    # woods or a crop burnt: a loss, not a household's fire
    ("隔壁烧荒没看住，把我家的茶园烧掉了一半，想问损失怎么算。", "temporary_assistance"),
    # a clinic's or a shop's owner offering to settle is no employer
    ("我在美容院打了一针脸就肿了，美容院老板说赔三千私了。", "work_injury_insurance"),
    ("牙齿在私人诊所补坏了，诊所老板说退钱私了。", "work_injury_insurance"),
    # savings spent on a bill claimed back from whoever caused it are no sudden hardship to tide over
    ("儿子被邻居的电瓶车撞断了腿，我们把积蓄都拿出来垫上了，孩子的医药费怎么讨回来？", "temporary_assistance"),
    # fishing or chess for pleasure is no competition
    ("我爸退休以后天天去水库钓鱼，一坐就是一整天。", "mass_sports_activities"),
    ("老头子在公园里下棋跟人吵起来了。", "mass_sports_activities"),
    # railings told as there, or a flat's own fittings, are no public place's safety works
    ("水库边上新装了一圈护栏，晚上还有路灯。", "work_safety_reporting"),
    ("我家阳台上没装防护网，孩子爬上去很危险。", "work_safety_reporting"),
    # a grandchild away with his own parents, no divorce told, is no child taken
    ("儿子带孙子去了上海打工，过年也不回来，电话也不接。", "public_order_patrol"),
    ("儿子带孙子去了上海打工，过年也不回来，电话也不接。", "legal_aid"),
    # an adult's illness found is no baby's screening
    ("我爸去年体检查出来肺上有个结节。", "maternal_child_health"),
    # where to go for something that is no treatment
    ("孩子想学画画，不知道去哪里学得好。", "tiered_diagnosis"),
    ("周末想带老人出去走走，附近哪里好玩？", "tiered_diagnosis"),
    # a wine shop's or a hotel's licence is no food made
    ("楼下新开的酒店没有营业执照，天天半夜搬货。", "food_safety"),
    # fireworks let off, not stored
    ("过年的时候村里人家家都放烟花，孩子被吓哭了。", "fire_safety"),
    # a seller's word told, not asked of
    ("店家说这台洗衣机三年包修，我们就买了。", "consumer_rights"),
    # glasses worn, not asked for
    ("我戴上老花镜就能看得清报纸了。", "assistive_devices"),
]


@pytest.mark.parametrize("story,service", NOT_OFFERED)
def test_a_story_does_not_offer_what_it_does_not_need(story, service):
    assert service not in told(story), told(story)


# (story, a service it still needs): near misses of the classes above
STILL_NEEDED = [
    ("他住院的医药费实在交不起了，家里已经借遍了亲戚。", "medical_assistance"),
    ("我被人骗了八万块，想问被骗的钱能不能追回来，我妈住院的医药费也凑不出来了。", "medical_assistance"),
    ("上个月出了车祸，家里一下子没了收入。", "temporary_assistance"),
    ("楼下的饭店装修，天天吵得我们睡不着。", "noise_light_pollution"),
    ("我爸中风以后半边身子动不了，一直躺在家里要人伺候。", "severe_disability_care_subsidy"),
    ("我老公截肢以后每周去医院做康复，一次要三百多。", "disability_rehabilitation"),
    ("儿子明年上小学，户口在这边，想问要准备什么。", "compulsory_school_enrolment"),
    ("女儿在县中读高二，今年的学费实在交不起了。", "high_school_student_aid"),
    ("上个月家里着火，房子烧掉了一半，一家人没地方住。", "temporary_assistance"),
    ("我在厂里被冲床压伤了手，老板说给五千块私了。", "work_injury_insurance"),
    ("老公突然中风住院，家里的积蓄都花光了，孩子下学期的学费也没着落。", "temporary_assistance"),
]


@pytest.mark.parametrize("story,service", STILL_NEEDED)
def test_a_near_miss_still_needs_it(story, service):
    assert service in told(story), told(story)


def test_a_babys_operation_after_the_insurance_stays_the_medical_aid():
    # a child's illness with what is left after the insurance paid: the medical aid tops it up (the rule of earlier sets)
    story = "儿子生下来就是唇腭裂，前后做了两次手术，花了不少钱，医保报完了还要自己掏两万多，家里实在拿不出来。"
    assert "medical_assistance" in services(story), needs(story)
    # with no insurance spoken of, the charity for poor children's illnesses is the one offer, not the medical aid besides
    story = "儿子生下来就是唇腭裂，医生说要做两次手术，前后要好几万，家里实在拿不出来。"
    assert "poor_child_illness_charity" in services(story) and "medical_assistance" not in services(story), needs(story)
