"""Session 29 (story helper stories80): the classes of set 34's stories (stories_test26) — needs told in residents' words no
need recognised (a farm cleared out of a no-farming zone, the water it is said to foul, imported food without a Chinese label,
woods cut by others, a seller gone with the money, a rent loan, teeth fitted at a stall, an outbreak told in tens, a begging
child, a fire while charging, a sublandlord's partitions, no life jackets, the cable box, carbon monoxide, scrap
collection, a private day care or a canteen asked who oversees it, a charge asked, who will see to a child's living) and guards
(a hospital stay told as when, money sunk in a venture, a special school as the reason, people's noise in a let house, autism's
self-talk); and set 34's conversation openings whose one ask was drowned by a list of needs. Own phrasings, with near misses
that must not change."""
from bot.story_needs import applied_for_one, candidates, needs
from bot.text import simplified


def services(text):
    return [sid for _, sid in needs(text)]


def told(text):
    return {sid for _, _, _, sid in candidates(text)}


# -- needs found --

def test_a_farm_cleared_out_of_a_zone_is_the_livestock_pollution_and_its_water():
    text = ("我在吴兴山脚下养了八年的猪，两百来头。今年乡里说我的猪场在禁养区里，离水库太近，年前必须关掉。"
            "我想问这种关停有没有补偿，以后还能做什么。")
    assert {"livestock_pollution_control", "water_pollution_control"} <= told(text)
    fish = "村里整治水环境，说我们家的鱼塘投饵太多，年底前要全部清退。我想问清退补偿怎么算。"
    assert {"livestock_pollution_control", "water_pollution_control"} <= told(fish)


def test_near_miss_a_reservoir_far_away_is_no_water_need():
    assert "water_pollution_control" not in told("我家离水库有十几里路，每次去钓鱼都要骑半个钟头车。我想问钓鱼证怎么办。")


def test_food_without_a_chinese_label_is_food_safety():
    text = "我开了个小店，有人买了几罐进口奶粉，回头说包装上没有中文标签，要我十倍赔偿。我想问我要担什么责任。"
    assert "food_safety" in told(text)


def test_woods_cut_by_others_is_the_police():
    text = "我家山上有几亩杉木，今年回去一看被人砍了一片，木头都拉走了。我想问这种事找谁。"
    assert "public_order_patrol" in told(text)


def test_near_miss_a_tricycle_taken_by_the_wardens_is_no_theft():
    text = "我爸在路边收废品，三轮车被拉走了，说是占道，要交罚款才能领回来。我想问罚款能不能少一点。"
    assert "public_order_patrol" not in told(text)


def test_a_seller_gone_with_the_money_is_consumer_rights():
    assert "consumer_rights" in told("在路边摊上买了一套锅，第二天锅底就裂了，再去看摊子已经撤了，留的电话也打不通。我想问钱还能不能要回来。")
    assert "consumer_rights" in told("我在网上找的中介租房，交了半年房租，中介公司突然跑路了，房东说没收到钱。我想问该找谁。")
    assert "consumer_rights" in told("毕业租房，中介让我在手机上签字，后来才发现签的是一笔租金贷，现在每个月要我还。我想问这合法吗。")


def test_teeth_fitted_at_a_stall_is_the_health_body():
    text = "我爸在庙会上一个摆摊的那里镶了两颗假牙，没几天就掉了，嘴里还发炎。我想问这种人有没有人管。"
    assert "medical_service_supervision" in told(text)


def test_many_taken_ill_told_in_tens_is_an_outbreak():
    text = "厂里食堂中午吃了凉拌菜，下午有二十几个员工拉肚子，好几个送了医院。我想问食堂有人管吗。"
    assert {"infectious_disease_control", "food_safety"} <= told(text)


def test_a_begging_child_is_the_help_of_those_without_a_living():
    text = "菜场门口每天有个七八岁的男孩在讨钱，一到晚上就被一个大人领走。我想问报警以后孩子谁来管他以后的生活。"
    assert {"vagrant_assistance", "left_behind_children_care", "public_order_patrol"} <= told(text)


def test_near_miss_pay_asked_back_is_no_begging():
    assert "vagrant_assistance" not in told("包工头欠了我们三个月工钱，我们天天去工地讨钱，他就是不给。我想问找哪个部门。")


def test_a_fire_while_charging_is_fire_safety_and_the_seller_is_consumer_rights():
    text = "我的电瓶车放在车棚充电，半夜突然自燃，把旁边几辆车都烧了。车行说要先等检测。我想问起火的原因谁来认定。"
    assert {"fire_safety", "consumer_rights"} <= told(text)


def test_a_sublandlords_partitions_and_a_smoking_socket():
    text = "我租的房子二房东把客厅隔成了三小间，住了五户人，上礼拜一间房的插座冒烟。我想问万一着火谁负责。"
    assert {"fire_safety", "illegal_construction_control"} <= told(text)


def test_no_life_jackets_is_the_safety_of_an_activity():
    text = "村里组织孩子们去水库学划船，一个大人带十几个孩子，都没有穿救生衣。我想问这种活动有没有人管。"
    assert "work_safety_reporting" in told(text)


def test_the_cable_box_and_a_charge_asked():
    text = "我家的有线电视换了个新的机顶盒，很多台要另外收费。我想问多收的钱合不合理。"
    assert {"radio_tv_coverage", "consumer_rights"} <= told(text)


def test_near_miss_a_charge_feared_is_no_charge_asked():
    text = "村里的古树林来拍照的人多，想收点门票，又怕被说乱收费。我想问门票能不能收，谁来批。"
    assert "consumer_rights" not in told(text)


def test_carbon_monoxide_is_health_education():
    text = "我外公冬天在屋里烧炭取暖，门窗关紧了，早上被发现一氧化碳中毒。我想问冬天取暖怎么才安全。"
    assert "health_education" in told(text)


def test_a_lost_parcel_stays_a_public_matter_outside_the_catalogue():
    # (the post's and the couriers' office is no body of the catalogue: 12345, bot/gap_topics_outside.py)
    assert "consumer_rights" not in told("我给我妈寄的药，快递说放在村口的店里，后来包裹丢了，两边都不管。我想问找谁赔。")


def test_scrap_collection_asked_is_the_waste_sorting():
    assert "waste_sorting" in told("我爸一个人过，靠收废品过日子，车被收走了。我想问有没有地方能让他正规地收废品。")
    assert "waste_sorting" not in told("我爸年轻时在镇上收废品，后来去厂里上班了，现在退休了。我想问他的养老金怎么查。")


def test_a_private_day_care_or_a_canteen_asked_who_oversees_it():
    text = "儿子放学后送在小区里一个私人开的托管班，上周有几个孩子吃了晚饭都吐了。我想问这种托管班有没有人管，谁来查那天的饭菜。"
    assert {"school_burden_complaint", "food_safety"} <= told(text)


# -- guards --

def test_a_hospital_stay_told_as_when_is_no_bill():
    text = ("我爸去年走了，整理遗物时发现他名下有一张信用卡欠了两万。他那段时间正在医院住院，根本不可能去刷卡。"
            "后来才知道是他住院时请的护工拿了卡。我想问这笔钱要不要还。")
    assert "medical_assistance" not in told(text)


def test_near_miss_a_hospital_stay_with_its_bill_stays():
    text = "我老公去年住院的时候花了六万多，全是借的，现在家里日子过不下去。我想问有什么办法。"
    assert "medical_assistance" in told(text)


def test_money_sunk_in_a_venture_is_no_sudden_hardship():
    text = "前几年跟朋友合伙开了个饭店，把积蓄都投进去了，还借了钱，后来关门了。现在我在厂里上班。我想问儿子上学有没有补助。"
    assert "temporary_assistance" not in told(text)


def test_near_miss_money_borrowed_for_an_illness_stays():
    text = "老公上个月突然查出肝癌，手术借了十几万，现在家里一分收入都没有。我想问有什么办法。"
    assert "temporary_assistance" in told(text)


def test_a_special_school_as_the_reason_is_no_school_place():
    text = "女儿十岁，智力残疾，为了让她上特殊教育学校，我们搬到县城租了个小房子，一个月八百，房租压得喘不过气。"
    assert "special_education_school" not in told(text)
    assert services(text) == ["rental_housing_subsidy"]


def test_peoples_noise_in_a_let_house_is_the_police():
    text = "隔壁把整栋楼租给了一帮外地人，天天晚上打麻将喝酒，吵到凌晨。我想问这种事谁管。"
    assert services(text) == ["public_order_patrol"]


def test_near_miss_a_factorys_noise_stays_the_environment():
    text = "村边的石料厂晚上开机器，噪音大得睡不着，我们去说了好几次也没用。我想问这种事谁管。"
    assert "noise_light_pollution" in told(text)


def test_autisms_self_talk_is_no_mental_illness():
    text = "儿子八岁，自闭症，在普通小学读二年级，上课老是自言自语。老师让我们转学。我想问学校能不能这样。"
    assert "mental_health_services" not in told(text)
    assert "mental_health_services" in told("我哥失业以后整天关在家里，半夜自言自语，说有人要害他。我想问哪里能看。")


# -- set 34's openings: one ask, not a list --

KINDERGARTEN = ("我们家二〇二一年跟亲戚合伙在莫干山那边弄了个民宿 把家里的积蓄全投进去了 还借了钱 后来客人一直不多 去年亲戚撤股 民宿转给别人 "
                "我们一算亏了四十多万 现在我老公在和孚的五金厂上班 我在家带孩子 每个月工资一到手就先还债 女儿四岁 今年九月进了镇上的园读小班 "
                "一学期保教费加伙食费 我看着都发愁 听说园里有给孩子减钱的 我们这种能不能申请")
SPECIAL_SCHOOL_RENT = ("孙子九岁 脑瘫 两条腿没力气 走路要扶着 他爸妈在外地打工 我跟他爷爷带着 为了让他上特殊教育学校 我们从乡下搬出来 "
                       "在学校边上租了个一楼 一个月九百 我们两个老的就靠一点养老金 房租压得喘不过气")
BASIC_LIVING = ("来电人称 嗯 他五十二岁 那个 前年离的婚 房子归了前妻 现在一个人租个小间 今年查出鼻咽癌 在做放疗 原来开的小货车卖掉了 "
                "看病把钱都花完了 问 他这种情况能不能申请每个月的基本生活钱")


def test_the_kindergartens_fees_heard_of_are_the_one_ask():
    assert services(KINDERGARTEN) == ["preschool_financial_aid"]


def test_near_miss_a_parks_discount_is_no_kindergarten():
    assert "preschool_financial_aid" not in told("听说公园里有给老人减钱的 我们这种能不能申请 我今年七十一")


def test_the_rent_near_the_special_school_is_the_need():
    assert services(SPECIAL_SCHOOL_RENT) == ["rental_housing_subsidy"]


def test_the_monthly_basic_living_money_asked_is_the_one_ask():
    assert services(BASIC_LIVING) == ["minimum_living_allowance"]


def test_one_question_whether_one_can_apply_for_one_thing_goes_to_it():
    text = ("我老公前年中风，瘫在床上，我辞了工作照顾他，女儿读高中的学费也是借的。"
            "我想问，像我们这种情况能不能申请低保。")
    assert services(text) == ["minimum_living_allowance"]


def test_near_miss_a_second_question_keeps_the_list():
    text = ("我老公前年中风，瘫在床上，我辞了工作照顾他，女儿读高中的学费也是借的。"
            "我想问，像我们这种情况能不能申请低保，还有我以后还能不能出去找点活干。")
    assert len(services(text)) >= 2
    plain = simplified(text)
    assert applied_for_one(candidates(plain), plain) is None
