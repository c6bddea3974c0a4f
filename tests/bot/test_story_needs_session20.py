"""Classes of blind set 25's long stories (tests/data/stories_test17.jsonl, first scored in
reports/routing_test17_first_scoring.md), each read generally in bot/story_needs.py:

- a need told in words story_needs lacked: let go by a few words or a dismissal asked whether lawful; a baby in an
  incubator; a frost that killed a crop, whether such weather can be known beforehand; whether someone's mind is
  troubled; a loan's interest asked to be subsidised; music into the night; a training school that refunds only part,
  one's name used to sell other goods, a brand to protect; a training school's teachers' qualification; a pension drawn
  for the dead, an act asked whether it is a crime; a lawyer sought first, help asked to claim compensation; meals
  brought to an old person, a daily look-in; a school bus stopped, a bus without a ramp; the care at home after a stay in
  hospital; a veteran back from the army (转业); help for the household asked in general words; cameras asked for; the school asked whether it answers for something;
  a child with autism assessed, a teacher to sit with him in class; a place for dancing or ball games; a farm
  restaurant's licence;
- a need read from words that say something else (a wrong body): fees a student earns by work read as the school aid; a
  pupil a school would have leave read as a worker eased out; the rehabilitation of a child hurt read as a disabled
  child's; a paralysis the resident tells of himself, going out alone, read as care asked for; money borrowed under a
  swindler's script, with debt collectors calling, read as the emergency help; the bills of a disease of the work read
  as the poor's medical aid; a bill the employer will not pay read as the poor's medical aid; a veteran asking for help
  with a business read as the pension of those entitled to special care.

The sentences are written for these tests, in other words than set 25's. Near misses must keep their old reading."""
import pytest

from bot.story_needs import candidates, needs


def services(text):
    return [service for _, service in needs(text)]


def told(text):
    """Every need read, before the offers are spread over bodies (two services of one body are one offer)."""
    return [service for *_, service in candidates(text)]


# (story, a service it needs among those read): each class in sentences of our own
STORY_NEEDS = [
    ("我在饭店做了五年，经理上礼拜叫我别再来了。", "labour_dispute_arbitration"),
    ("店里换了新店长，说要降工资。我不同意，他就叫我别来了。", "labour_dispute_arbitration"),
    ("怀孕以后公司把我辞掉了，这样合不合法？", "labour_dispute_arbitration"),
    ("双胞胎早了两个月出来，在保温箱里住了三个礼拜。", "maternal_child_health"),
    ("今年开春一场霜冻，桑园的叶子全冻坏了。", "natural_disaster_relief"),
    ("以后下冰雹之前有没有办法提前知道？", "emergency_warning"),
    ("我爸最近老是自己跟自己生气，是不是心理上出了问题？", "mental_health_services"),
    ("想开个民宿，银行贷款能不能贴息？", "entrepreneurship_support"),
    ("楼下的棋牌室天天放音乐到后半夜。", "noise_light_pollution"),
    ("孩子在游泳培训班呛了水不想学了，培训班只肯退一半的课时费。", "consumer_rights"),
    ("有人冒用我们茶厂的名字在网上直播卖茶。", "consumer_rights"),
    ("这家兴趣班的教练到底有没有资质？", "school_burden_complaint"),
    ("我舅舅去世以后，他的退休金被人冒领了一年多。", "employee_basic_pension"),
    ("表哥偷偷盖了公司的章，他这样算不算犯法？", "public_order_patrol"),
    ("房子被人骗去过户了，我们是先报警还是先找律师？", "legal_aid"),
    ("工地上摔断了手，老板不认账，有没有人能帮我要赔偿？", "legal_aid"),
    ("我妈腿脚不好，村里能不能每天安排人送饭？", "home_based_elderly_care"),
    ("镇上的校车下学期停了，孩子上学没车坐。", "public_bus"),
    ("我坐轮椅，公交车没有放下来的踏板，根本上不去。", "public_bus"),
    ("我爸下个月出院，出院以后在家的护理怎么安排？", "family_doctor_contract"),
    ("我在部队干了十年，前年转业回来，想找份工作。", "veteran_employment"),
    ("厂里的铜线被人偷了两回，想问能不能在围墙边装几个摄像头？", "public_order_patrol"),
    ("孩子在学校摔伤了，学校有没有责任？", "school_burden_complaint"),
    ("女儿三岁了还不会说话，医生怀疑是孤独症，去哪里做评估？", "disabled_children_rehabilitation"),
    ("儿子有多动症，学校让家长去班里陪读。", "special_education_school"),
    ("打篮球的和跳广场舞的天天抢地方，附近有没有能免费用的场地？", "fitness_facilities"),
    ("我开的农家乐厨房要整改，营业执照会不会被吊销？", "food_safety"),
    # help for the household asked in general words, after what befell it
    ("老公上个月工地上出事走了，留下我和两个孩子，想问这种情况能有什么救助？", "temporary_assistance"),
]


@pytest.mark.parametrize("story,service", STORY_NEEDS)
def test_a_long_story_need_in_other_words(story, service):
    assert service in told(story) or service in services(story), (told(story), needs(story))


# (story, several bodies' services it must offer)
SEVERAL = [
    ("我在一家酒店做了三年保洁，上个月生病请了两周假，回来经理就说岗位有人了，让我别回来了。我一直没签过合同。"
     "想问这样辞掉合不合法，有没有人能帮我要补偿。",
     {"labour_dispute_arbitration", "legal_aid"}),
    ("我老爸在采石场干了十五年，现在喘不上气，医生说可能是矽肺，要去专门的地方确诊。老板早就不知道去哪了，"
     "他也没签过合同。想问看病的钱有没有地方报。",
     {"occupational_disease_diagnosis", "labour_contract_guidance"}),
    ("我外公九十了，一个人住在乡下，前几天摔了一跤住院，出院以后家里的护理怎么安排？"
     "平时村里只有一周两次送饭，能不能每天有人上门照应？",
     {"home_based_elderly_care", "family_doctor_contract"}),
]


@pytest.mark.parametrize("story,expected", SEVERAL)
def test_a_story_of_several_hardships_offers_them(story, expected):
    assert expected <= set(services(story)), needs(story)


# (story, a service it must not be offered): what these classes must not catch
NOT_OFFERED = [
    # fees a student earns by work
    ("我在读大一，寒假想去奶茶店打工赚学费，老板不给签合同。", "high_school_student_aid"),
    # a pupil a school would have leave is the school's
    ("儿子读四年级，上课老打同学，学校说要劝退他，这样可以吗？", "labour_dispute_arbitration"),
    # the rehabilitation of a child hurt is the hospital's
    ("儿子踢球时膝盖受伤，医生说要做两个月康复，想问康复在哪里做。", "disabled_children_rehabilitation"),
    ("儿子踢球时膝盖受伤，医生说要做两个月康复，想问康复在哪里做。", "disability_rehabilitation"),
    # a paralysis the resident tells of himself, going out alone
    ("我是截瘫，自己开电动轮椅上街，可是路口的盲道和坡道都被车占了。", "severe_disability_care_subsidy"),
    # money borrowed under a swindler's script, debt collectors calling
    ("我妈被冒充客服的人骗了，在网贷上借了三万转过去，现在天天有催款电话。", "temporary_assistance"),
    # the bills of a disease of the work
    ("我在采石场干了二十年，查出来尘肺，想问看病的钱有没有地方报。", "medical_assistance"),
    # a bill the employer will not pay
    ("我在老板家做保姆摔断了腿，雇主说医药费他们不管。", "medical_assistance"),
    # the dust of a quarry in a miner's lungs is his disease, not the village's air
    ("我在采石场干了二十年，查出来尘肺，想问看病的钱有没有地方报。", "air_pollution_control"),
    # a body frozen, not a crop
    ("我爷爷当年在东北冻坏了两根手指。", "natural_disaster_relief"),
    # a neighbour's camera asked to be taken down is no camera asked for
    ("对面那户装了个摄像头对着我家窗户，能不能让他拆掉？", "public_order_patrol"),
    # not the employer who sends one home; a delivery rider's box; one's own act asked of
    ("我妈打电话叫我别回来了，过年路上太挤。", "labour_dispute_arbitration"),
    ("我送外卖的保温箱昨天在楼下被人拿走了。", "maternal_child_health"),
    ("我在自家地里盖个棚算不算犯法？", "public_order_patrol"),
    # meals brought by family are no meals service
    ("我老伴住院一个月了，我每天去医院给他送饭，家里的田也没人种了。", "home_based_elderly_care"),
    ("我在工地上干活，老婆中午给我送饭。", "home_based_elderly_care"),
    # help the household had, told, is no help asked
    ("那几年镇上对我们很照顾，这样的家庭得到了很多帮助，现在孩子都工作了。", "temporary_assistance"),
    # someone else's parcel taken is no pension
    ("我的快递被人冒领了，快递站说不归他们管。", "employee_basic_pension"),
    # a veteran who fought, his pension asked beside a job
    ("我爸参加过对越作战，听说参战老兵有补助。我自己退伍以后想找份工作。", "entitled_groups_pension"),
]


@pytest.mark.parametrize("story,service", NOT_OFFERED)
def test_a_story_does_not_offer_what_it_does_not_need(story, service):
    if service == "entitled_groups_pension":  # the near miss: it must stay
        assert service in told(story), told(story)
        return
    assert service not in services(story), needs(story)


# (story, a service it still needs): near misses of the classes above
STILL_NEEDED = [
    ("儿子考上了高中，家里困难，学费交不起。", "high_school_student_aid"),
    ("公司说我年纪大了，劝退我，还不给补偿。", "labour_dispute_arbitration"),
    ("女儿脑瘫，走路不稳，医生说要长期做康复训练，想问有没有补贴。", "disabled_children_rehabilitation"),
    ("我老伴高位截瘫八年了，吃喝拉撒全靠我一个人伺候。", "severe_disability_care_subsidy"),
    ("我妈瘫在床上三年了，出门要人背。", "severe_disability_care_subsidy"),
    ("老公出车祸住院，家里借了五万块，实在撑不下去了。", "temporary_assistance"),
    ("老伴住院做手术，看病的钱都借遍了。", "medical_assistance"),
]


@pytest.mark.parametrize("story,service", STILL_NEEDED)
def test_a_near_miss_still_needs_it(story, service):
    assert service in told(story), told(story)
