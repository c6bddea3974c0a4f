"""Session 21 (story helper): a help the family already receives is no need to offer; a story asking only of what it
heard of goes to that one service; a need's word standing for something else where it is told. Own phrasings, with
near misses that must not change."""
from bot.story_needs import CLAIMED, candidates, needs


def services(text):
    return [sid for _, sid in needs(text)]


def told(text):
    return {sid for _, _, _, sid in candidates(text)}


# -- the living money granted already, a disabled member told: the money asked besides is the disabled member's --

def test_granted_monthly_and_card_holder_asks_the_disabled_living_subsidy():
    text = ("我弟弟三十八了 小时候发高烧烧坏了脑子 一直没干过活 跟我爸过 我爸七十多了 去年镇里看他们困难 批下来了每月有钱打到卡上的那种 "
            "我听邻居讲 像我弟这样有证的 另外还能有一份生活上的补贴 真的假的")
    assert services(text) == ["disabled_living_subsidy"]


def test_granted_named_dibao_and_grade_told():
    text = "女儿今年二十六 精神二级 家里去年评上了低保 每个月一千出头 听说另外还能给她补点生活费 这个去哪里问"
    assert "disabled_living_subsidy" in services(text)
    assert "minimum_living_allowance" not in services(text)


def test_near_miss_granted_without_a_disability_asks_no_disabled_subsidy():
    text = ("我老公前年走了 我带着两个孩子 在厂里做包装 一个月两千多 今年村里给评上了每个月有钱打过来的那种 "
            "听说孩子读书另外还能有一份补助 是不是真的")
    assert "disabled_living_subsidy" not in services(text)


def test_near_miss_dibao_not_yet_granted_stays_asked():
    text = "我儿子有残疾证 三级 我们家日子很难 一个月就我打零工挣一千多 想问我们能不能申请低保"
    assert "minimum_living_allowance" in told(text) or "disabled_living_subsidy" in told(text)


# -- a help already received, told and not asked, is not a need --

def test_received_subsidy_card_is_not_a_need():
    text = ("我姑姑智力残疾 爷爷奶奶走了以后跟着我堂叔过 堂叔让她天天在家里烧饭洗衣 一分钱不给 残疾补贴的存折也拿在堂叔手里 "
            "我想问这种情况能不能把她接到我家来 存折怎么拿回来")
    assert "disabled_living_subsidy" not in told(text)


def test_near_miss_subsidy_asked_stays():
    text = "我舅舅腿截肢了 有残疾证 一个人过 没有收入 想问残疾人的生活补贴怎么申请"
    assert "disabled_living_subsidy" in services(text)


# -- a story asking only of what it heard of --

def test_heard_of_one_asked_drops_the_needs_only_told():
    text = ("我爸七十五了 前年中风以后瘫在床上 我妈一个人伺候他 我在外地打工 儿子今年上高一 学费住宿费一年好几千 "
            "我听人讲 像我们这样困难的家庭 孩子读高中还能有一份助学金 是真的吗")
    assert services(text) == ["high_school_student_aid"]


def test_near_miss_a_second_ask_in_the_chat_keeps_both():
    text = ("我爸七十五了 前年中风以后瘫在床上 我妈一个人伺候他 我在外地打工 儿子今年上高一 学费住宿费一年好几千 "
            "听说孩子读高中还能有一份助学金 怎么申请 我爸这样瘫在床上的有没有护理的补贴")
    assert set(services(text)) == {"high_school_student_aid", "severe_disability_care_subsidy"}


def test_near_miss_a_second_question_in_a_later_sentence_keeps_both():
    # (the heard-of need and a second question elsewhere: the story's needs stay, as before)
    text = ("我儿子考上了县里的高中，学费住宿费一年要八千多。他爸去年在工地上摔断了腿，到现在干不了重活。听说高中有助学金，不知道怎么申请。"
            "他爸的腿是在工地上摔的，这个算不算工伤，能不能找老板赔？")
    assert len(needs(text)) >= 2


# -- a need's word standing for something else where it is told --

def test_delivery_rider_meals_are_no_elderly_care():
    text = "我在城里跑外卖两年了，上礼拜送餐的时候被一辆小车刮倒，膝盖缝了六针，平台说不归他们管，我想问这种受伤算不算工伤。"
    assert "home_based_elderly_care" not in told(text)


def test_near_miss_meals_for_an_old_mother_stay():
    text = "我妈八十三了一个人住在乡下，我们都在外地上班，她自己烧饭越来越吃力，想问社区能不能每天给老人送餐，要怎么申请。"
    assert "home_based_elderly_care" in told(text)


def test_a_power_line_struck_is_no_radiation():
    text = "我儿子在田边放风筝，线缠到了高压线上，整个村停了电，供电所说要我们赔钱，我想问这个要赔多少，儿子会不会被罚。"
    assert "radiation_safety" not in told(text)


def test_near_miss_a_power_line_beside_the_house_stays():
    text = "去年我家后窗外面新拉了一条高压线，离卧室不到二十米，晚上能听见嗡嗡的声音，孩子老是头疼，我想问这个辐射有没有人来测。"
    assert "radiation_safety" in told(text)


def test_a_feast_in_the_clan_hall_is_no_relic():
    text = "我儿子下个月结婚，本来想在村里祠堂办酒，村里说今年起不让在祠堂摆酒了，我想问这种规定是谁定的，能不能通融。"
    assert "cultural_relics_protection" not in told(text)


def test_near_miss_a_crumbling_clan_hall_stays():
    text = "我们村的老祠堂是清朝的，今年梅雨以后后墙裂了一大条缝，梁也被白蚁蛀了，村里说没钱修，我想问这种老房子有没有人管。"
    assert "cultural_relics_protection" in told(text)


def test_a_pig_farm_as_a_workplace_is_no_pollution():
    text = "我叔叔五十多了，没读过书，在镇上一个养猪场干活干了六年，老板一直没给他交社保，我想问现在还能不能补交。"
    assert "livestock_pollution_control" not in told(text)


def test_near_miss_a_stinking_pig_farm_stays():
    text = "我们村后面新开了一个养猪场，一到夏天臭得窗都不敢开，粪水直接往河里排，我想问这种事找哪个部门。"
    assert "livestock_pollution_control" in told(text)


def test_a_landslide_on_a_building_site_is_no_natural_disaster():
    text = "我爸在隧道工地上干活，上个月隧道塌方，他的腿被压断了，老板付了一部分医药费就不管了，我想问这个算不算工伤。"
    assert "natural_disaster_relief" not in told(text)


def test_near_miss_a_landslide_after_the_rain_stays():
    text = "上个月连着下了五天大雨，山上塌方，泥石流把我家的两间房冲倒了，一家人现在借住在亲戚家，我想问政府有没有救助。"
    assert "natural_disaster_relief" in told(text)


def test_bills_asked_of_the_landlord_are_claimed():
    assert CLAIMED.search("儿子的治疗费能不能向房东要")
    assert CLAIMED.search("医药费可以跟对方讨回来吗")


def test_near_miss_money_already_borrowed_is_not_claimed():
    assert not CLAIMED.search("看病的钱实在拿不出，向亲戚要了一点")


def test_a_neighbours_bamboo_burnt_is_no_sudden_hardship():
    text = "我爸在山上烧田埂的草，火苗窜出去，烧掉了隔壁家三亩多毛竹，人家要我们赔两万，我想问这种情况要赔多少，会不会被罚。"
    assert "temporary_assistance" not in told(text)


def test_near_miss_a_house_burnt_stays():
    text = "上个月家里电线老化着了火，房子烧掉了一半，衣服被子全没了，一家五口现在住在村里的礼堂，我想问政府有没有临时的救助。"
    assert "temporary_assistance" in told(text)


def test_which_child_is_at_which_school_is_told():
    text = "我男人在外面打工出了事，人没了，老板只肯给五万。我带着两个孩子，大的上初中，小的才三岁。我想问老板该赔多少，我们以后生活有没有帮助。"
    assert "compulsory_school_enrolment" not in told(text)


def test_near_miss_a_school_place_asked_stays():
    text = "我们一家刚从外面回到老家，两个孩子，大的明年九月要上初中，学校还没着落，户口也刚迁回来，我想问现在怎么报名。"
    assert {"compulsory_school_enrolment", "migrant_children_enrolment"} & {sid for _, sid in needs(text)}


# -- hazards and harms told in everyday words --

def test_gas_bottles_in_a_shared_corridor_are_a_fire_hazard():
    text = "我们租的是城中村的老房子，二房东在楼梯间里放了两个液化气罐给几户人家一起用，晚上路过都闻到一股味道，我想问这样放合不合规，谁来管。"
    assert "fire_safety" in told(text)


def test_near_miss_a_corridor_light_is_no_fire_hazard():
    text = "我们楼的楼道里灯坏了三个月了，晚上上下楼黑乎乎的，我妈上个月还在楼梯上摔了一跤，物业一直说没钱修，我想问这事该找谁。"
    assert "fire_safety" not in told(text)


def test_an_air_raid_shelter_let_out_is_the_shelters():
    text = "我们小区底下的人防工程被物业租给了一个做批发的老板当仓库，里面堆满了纸箱，还有人晚上睡在里面，我想问这种地方能不能出租，安全谁来管。"
    assert "disaster_shelters" in told(text)


def test_a_chemicals_store_beside_a_school_is_a_work_safety_hazard():
    text = "我女儿的幼儿园后门对面新开了一个化工材料的仓库，门口天天停着拉桶的货车，有时候能闻到一股怪味，家长们都很担心，我想问这种仓库谁来查。"
    assert "work_safety_reporting" in told(text)


def test_near_miss_working_at_a_chemical_works_is_no_such_hazard():
    text = "我在镇上的化工厂做了十年操作工，去年体检查出肺上有阴影，厂里说跟工作没关系，我想问这个能不能去做职业病的鉴定，费用谁出。"
    assert "work_safety_reporting" not in told(text)


def test_a_dog_chasing_to_bite_and_barking_all_day():
    text = "对门那户人家在院子里养了十几条大狗，白天晚上叫个不停，我们全家都睡不好，上礼拜有一条窜出来追着我儿子咬，我想问这种情况归谁管。"
    assert {"public_order_patrol", "noise_light_pollution"} <= told(text)


def test_near_miss_a_crying_baby_next_door_is_no_dog():
    text = "隔壁新搬来一户人家，他家小孩晚上老是哭个不停，我们上夜班的白天睡不着，去敲过门也没用，我想问这种情况有没有人管，还是只能自己忍着。"
    assert "public_order_patrol" not in told(text)


def test_a_shell_dug_up_is_for_the_police():
    text = "我们村修水渠的时候挖出来一个生了锈的炮弹，村里人都围着看，有人说还能卖钱，我心里发慌，我想问这种东西该找谁来拉走，我们要不要先把人都散开。"
    assert "public_order_patrol" in told(text)


def test_near_miss_blasting_a_hillside_is_no_shell():
    text = "村后面的石矿天天开山放炮，炸得我家窗玻璃都在抖，墙上裂了好几道缝，去找矿上他们说有手续，我想问这种放炮有没有人管，房子裂了谁来赔。"
    assert "public_order_patrol" not in told(text)


def test_near_miss_an_old_injury_by_a_detonator_is_no_shell_found():
    text = "我是外地过来的 右手小时候被雷管炸伤了 办了残疾证 来这边半年了 去了好几家厂 人家一看我的手就摇头 有没有人能帮我找个活"
    assert "public_order_patrol" not in told(text)


def test_near_miss_who_is_heard_of_keeps_the_rent_told_beside_it():
    text = "我儿子十二岁 生下来就看不见 我们一家租在城东的老小区 房东说下个月要涨房租 听说家里有残疾人的 租房子政府能贴一点"
    assert "rental_housing_subsidy" in services(text)


def test_killed_at_work_is_the_work_injury_insurance():
    text = "我男人在隧道工地上打钻，上个月井下渗水塌了一段，他没抢救过来。老板说先给三万，别的以后再说。我带着两个孩子，我想问这种该赔多少，找谁。"
    assert "work_injury_insurance" in told(text)


def test_near_miss_died_of_an_illness_after_working_on_a_site():
    text = "我爸以前在工地上干了二十年，前年查出肺癌，去年冬天走了，家里看病欠了十几万，我想问我们这种情况政府有没有什么救助。"
    assert "work_injury_insurance" not in told(text)
