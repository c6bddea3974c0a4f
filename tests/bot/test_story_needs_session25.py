"""Session 25 (story helper): blind set 30's stories (stories_test22) and the openings of its conversations whose story
need was wrong — needs asked in residents' words no need recognised, and guards against a need denied, past, a third
person's or already met. Own phrasings, with near misses that must not change."""
from bot.story_needs import COSTS, candidates, needs


def services(text):
    return [sid for _, sid in needs(text)]


def told(text):
    return {sid for _, _, _, sid in candidates(text)}


def asked(text):
    return {sid for is_told, _, _, sid in candidates(text) if not is_told}


# -- an employer's act on pay, post or job asked whether lawful: the labour dispute --

def test_pay_cut_asked_whether_lawful_is_a_labour_dispute():
    text = "我在电子厂做了五年质检，上个月腰扭伤了请了几天假，回来主管就把我调去搬货，还要扣我的工资。我想问他们扣我工资合不合法，医药费能不能报。"
    assert "labour_dispute_arbitration" in asked(text)


def test_dismissal_asked_and_whether_employment_at_all():
    text = "我在一户人家做了三年钟点工，每天去四个钟头。上礼拜主人家说不用来了，一分钱补偿也没有。我想问我这种算不算劳动关系，辞退能不能要点补偿。"
    assert "labour_dispute_arbitration" in asked(text)


def test_near_miss_pay_cut_told_is_no_question():
    text = "我老公在厂里上班，今年效益不好，工资降了一半，家里两个孩子读书，我身体也不好，住院花了两万多。我想问看病的钱能不能报一点。"
    assert "labour_dispute_arbitration" not in told(text)


# -- people sent to frighten the resident: the police --

def test_men_sent_to_frighten_asked_is_the_police():
    text = "隔壁装修天天早上六点就开电钻，我上门说了一次，第二天他就叫了两个人来敲我家的门。我想问装修的噪音谁来管，他这样找人吓唬我又该找谁。"
    assert "public_order_patrol" in asked(text)


# -- a household's help asked in its own words --

def test_household_help_asked_in_its_own_words_is_the_floor_of_living():
    text = "我男人前年车祸走了，我一个人在家种几亩地，女儿在读初中，一年到头收入几千块。我想问家里日子能不能得到点补助，女儿读书有没有资助。"
    assert "minimum_living_allowance" in asked(text)


def test_near_miss_families_heard_of_who_can_have_relief():
    text = "今年夏天发大水，我们村一楼全淹了，家具都泡坏了，听说受灾的人家可以领点救助，房子要修还能补钱，到底先找哪个部门？"
    assert "minimum_living_allowance" not in told(text)


# -- property someone holds asked back: the law's help --

def test_passbook_taken_asked_back_is_legal_aid():
    text = "我外公八十五岁，舅舅把他的存折和房产证都拿走了，说替他保管，外公要用钱还得求他。外公脑子还清楚。我想问存折能不能要回来，外公自己的钱能不能自己管。"
    assert "legal_aid" in asked(text)


# -- a cheap place to stay asked by someone put out: public rental housing --

def test_cheap_place_to_stay_asked_is_public_rental_housing():
    text = "我在饭店做服务员，住在店里的宿舍，上个月饭店关门，老板让我们三天内搬走，工资还欠着一个月。我一个人在湖州没有亲戚。我想问有没有便宜的房子能让我先租下来住，欠的工资找谁要。"
    assert "public_rental_housing" in asked(text)


def test_near_miss_cheap_place_told_is_where_one_lives():
    text = "我在城里找了个便宜的地方住，一个月六百块，每天骑车去厂里上班，最近老板三个月没发工资了，我想问工资拖着不给找哪个部门。"
    assert "public_rental_housing" not in told(text)


# -- schooling for adults at work, a college course taken up again --

def test_adult_schooling_asked_is_the_learning_credit_bank():
    text = "我今年三十五岁，只有高中文化，在超市做收银员。孩子上小学了，我晚上有点空，想考个大专文凭，以后好换个工作。我想问有没有适合上班的人读的学校，学费贵不贵。"
    assert "learning_credit_bank" in told(text)


def test_college_course_taken_up_again():
    text = "我八年前在电大读过一年多的会计 修了好几门课 后来去外地打工就断了 现在回来了 想接着把大专读完 当年的课还算不算"
    assert "learning_credit_bank" in told(text)


# -- a left-behind child: the school asked to keep an eye, someone to look in on the child --

def test_left_behind_child_school_and_visits():
    text = "我在宁波打工，女儿九岁跟着她奶奶在村里住，奶奶腿脚不好。老师说女儿最近作业老是不交，上课发呆。我想问学校能不能多盯着点，村里有没有人能定期去看看她。"
    found = told(text)
    assert "left_behind_children_education" in found
    assert "left_behind_children_care" in found


def test_near_miss_visits_asked_for_a_child_living_with_both_parents():
    text = "我和老公都在镇上上班，儿子九岁放学以后一个人在家，我们下班要七点多。我想问社区有没有人能定期去看看他，放学以后有没有地方能托管。"
    assert "left_behind_children_care" not in told(text)


# -- a stutter: a clinic's speech training, no disabled child's rehabilitation --

def test_stutter_training_is_the_clinic_not_the_federation():
    text = "我女儿七岁，说话有点口吃，越急越说不出来，班上有同学学她说话，她现在不太愿意开口。我想问哪里能给她做说话训练，要多少钱，学校能不能管管那些学她的同学。"
    found = told(text)
    assert "tiered_diagnosis" in found
    assert "disabled_children_rehabilitation" not in found


def test_near_miss_speech_training_of_an_autistic_child_stays_the_federations():
    text = "我儿子五岁，去年查出孤独症，到现在只会说几个词，说话也结巴。我想问哪里能给他做语言训练，残联有没有补贴。"
    assert "disabled_children_rehabilitation" in told(text)


# -- drink to be given up; drink given up already --

def test_drink_to_give_up_is_the_mental_health_service():
    text = "我爸六十岁，每天要喝一斤白酒，不喝手就抖，医生说肝已经不好了。他自己也想戒，可是戒了两天就又喝上。我想问有没有医院能帮他把酒戒掉，要住多久。"
    assert "mental_health_services" in told(text)


def test_near_miss_drink_given_up_already():
    text = "我老公以前喝酒喝得很凶，他早就把酒戒掉了，现在在工地上干活，上个月从架子上摔下来，腿骨折了。我想问这种算不算工伤，老板不肯出医药费怎么办。"
    assert "mental_health_services" not in told(text)


# -- a device to find a wanderer is no missing person to report; a wanderer gone now still is --

def test_device_for_a_wanderer_is_no_police_matter():
    text = "我婆婆八十一岁，记性越来越差，医生说是老年痴呆，我们白天都上班。我想问社区白天有没有地方能把她送过去有人看着，还有哪里能买个走丢了也能找到人的手环。"
    found = told(text)
    assert "public_order_patrol" not in found
    assert "home_based_elderly_care" in found


def test_near_miss_wanderer_missing_now_is_the_police():
    text = "我爸七十六岁，今天早上出门买菜到现在还没回来，电话也没带，我们找了一上午都没找到，人走丢了。我想问这种情况该找谁帮着找，派出所能不能调监控。"
    assert "public_order_patrol" in told(text)


# -- the other side's excuse of the weather is no disaster suffered; a village's word of one is --

def test_other_sides_excuse_of_rain_is_no_disaster():
    text = "我在村里承包了十亩藕塘，上个月旁边的砂场把污水排进塘里，藕全烂了。砂场老板说是下暴雨冲进来的，不关他们的事。我想问这个损失找谁认定，能不能让他们赔。"
    assert "natural_disaster_relief" not in told(text)


def test_near_miss_disaster_told_by_the_village():
    text = "我家承包了三十亩稻田，上个月村里说是台风刮倒的，全淹了，损失很大，想问能不能申请受灾补助，找谁去登记。"
    assert "natural_disaster_relief" in told(text)


# -- a parent's own work away is no child at work --

def test_parents_own_work_away_is_no_child_labour():
    text = "我女儿十三岁，我和她爸在外地打工，她跟着爷爷在老家读初一。最近老师说她老是逃课。我想问学校能不能多照顾一点，村里有没有人能管管。"
    assert "labour_inspection" not in told(text)


def test_near_miss_a_child_sent_to_work_is_child_labour():
    text = "我外甥十四岁，暑假被人带去镇上一家鞋厂打工，一天干十一个小时，老板还扣着他的身份证。我想问这种厂有没有人管。"
    assert "labour_inspection" in told(text)


# -- a registration missed is no bill: a past operation beside a school start --

def test_registration_missed_is_no_cost():
    assert COSTS.search("那阵子孩子在住院 就没报上名") is None
    assert COSTS.search("医保报了一半") is not None


def test_school_start_asked_after_an_operation_is_the_schools():
    text = "女儿今年九月本来该上一年级 暑假做了个心脏的手术 就没报上名 现在恢复得挺好 明年秋天还能不能去上学 要先去哪登记"
    found = services(text)
    assert found == ["compulsory_school_enrolment"]


def test_near_miss_school_start_asked_after_an_operation_with_its_bills():
    text = "女儿今年九月本来该上一年级 暑假做了个心脏的手术 花了八万多 借了一屁股债 明年秋天还能不能去上学 看病的钱有没有地方补一点"
    found = services(text)
    assert "medical_assistance" in found
    assert "compulsory_school_enrolment" in found


# -- a skill to learn with the craft left unsaid, training paid by the state --

def test_skill_to_learn_and_training_paid_by_the_state():
    text = "我安徽来的 在厂里搬了三年货 腰坏了 医生叫我别干重活 厂里说会开铲车可以调岗 我想去学 考个证 听说有政府出钱培训的 外地人能不能报"
    assert "vocational_skills_training" in told(text)


# -- a question of how to persuade asks; a disabled adult's place with care and living --

def test_how_to_persuade_asks_so_two_needs_are_listed():
    text = "我妈有糖尿病，最近听了几回讲座，花了两万多买保健品，说吃了就不用打针了，药也不肯吃。我想问卖保健品的有没有人管，钱能不能退，怎么劝她按时吃药。"
    found = asked(text)
    assert "consumer_rights" in found
    assert "chronic_disease_management" in found


def test_disabled_adult_place_with_care_and_living_asked():
    text = "我弟弟三十八岁，小时候发烧烧坏了脑子，智力有问题，一直跟我妈过。今年我妈走了，我在外地上班带不了他。我想问有没有地方能让他住进去有人照顾，他的生活费谁来管。"
    found = services(text)
    assert "sunshine_home_day_care" in found
    assert "minimum_living_allowance" in found


def test_moving_out_while_the_ground_slides_is_a_shelter():
    text = "我家房子在山脚下，这几天一直下暴雨，屋后的山坡有泥石流冲下来，墙上裂了缝。我想问能不能先搬出来住，房子能不能修。"
    assert "disaster_shelters" in told(text)


def test_near_miss_moving_out_of_a_rented_flat():
    text = "我租的房子房东要卖了，让我月底前搬出去，押金也不肯退。我想问能不能先搬出来住再跟他要押金，这种事找谁。"
    assert "disaster_shelters" not in told(text)
