"""Session 23 (story helper): blind set 28's classes of hardship (stories_test20) in residents' own words — needs told in
words no need recognised, and a word that belongs to another need where it is told. Own phrasings, with near misses that
must not change."""
from bot.story_needs import candidates, needs


def services(text):
    return [sid for _, sid in needs(text)]


def told(text):
    return {sid for _, _, _, sid in candidates(text)}


# -- work: years of service not counted, kept from the job, insurance never paid --

def test_years_of_service_not_counted_is_a_labour_dispute():
    text = "厂子换了老板 新老板说我们以前的工龄都不算了 还要重新签合同 不签就算自动辞职 我想问这样合法吗"
    assert "labour_dispute_arbitration" in told(text)


def test_near_miss_years_of_service_told_for_the_pension():
    text = "我在厂里干了二十年 工龄二十年了 明年退休 想问退休以后养老金大概能拿多少 要准备什么材料"
    assert "labour_dispute_arbitration" not in told(text)


def test_kept_from_the_job_by_the_employer():
    text = "我在超市做收银 体检查出来乙肝 店长知道以后就不让我上班了 说怕传染给顾客 我想问店里这样做对不对"
    assert "labour_dispute_arbitration" in told(text)


def test_near_miss_kept_from_work_by_the_doctor():
    text = "我腰椎间盘突出 医生说这段时间不让我上班了 在家躺着养 想问这种病医保能报多少"
    assert "labour_dispute_arbitration" not in told(text)


def test_employer_never_paid_the_social_insurance():
    text = "我在一家服装厂做了四年 老板从来没给我们交过社保 现在生病了才知道医保用不了 想问能不能让厂里补"
    assert "labour_inspection" in told(text)


def test_near_miss_insurance_paid_by_the_employer():
    text = "公司一直给我交社保 交了二十多年了 今年到年纪了 想问退休手续去哪里办 要带什么材料"
    assert "labour_inspection" not in told(text)


# -- the police: needles where people live, who struck asked whether punished --

def test_needles_thrown_where_people_live():
    text = "我家楼下的楼梯口天天扔着用过的针管 晚上还有陌生人来敲门 我一个人带孩子住 很害怕 想问这种事找谁来查"
    assert "public_order_patrol" in told(text)


def test_near_miss_a_needle_in_hospital():
    text = "我妈住院打点滴的时候 护士把针头扎歪了 手背肿了一大块 想问医院要不要负责"
    assert "public_order_patrol" not in told(text)


def test_who_struck_asked_whether_punished():
    text = "晚上收摊的时候被两个喝醉的人打了 脸上缝了八针 一个跑了 我想问打我的人会不会被抓 医药费找谁要"
    found = told(text)
    assert "public_order_patrol" in found


def test_own_child_taking_money_from_the_family_is_no_theft():
    text = "女儿读四年级 最近迷上了一种卡牌 她偷偷拿了我抽屉里的钱去买 一个月花了两百多 我想问这种卡牌有没有人管"
    assert "public_order_patrol" not in told(text)


def test_near_miss_a_carer_taking_the_card_is_a_theft():
    text = "我妈八十多了 请了个保姆 前几天发现保姆偷偷拿了我妈的银行卡去取钱 取了一万多 我想问这种情况怎么办"
    assert "public_order_patrol" in told(text)


# -- a craft kept alive, a thing asked to be protected --

def test_old_craft_to_be_kept_alive():
    text = "我外婆会做一种老式的竹编篮子 村里会的人越来越少 我想把这门传统手艺保下来 有没有地方能帮忙"
    assert "intangible_cultural_heritage" in told(text)


def test_protection_asked_for_a_tree_is_no_legal_aid():
    text = "村口有一棵三百多年的老樟树 最近有人想把它砍了卖钱 村里老人都不同意 我想问这种老树能不能申请保护"
    assert "legal_aid" not in told(text)


def test_near_miss_protection_asked_for_a_person_is_legal_aid():
    text = "我跟前男友分手半年了 他一直跟着我 还在我单位门口等 我报过警也没用 想问我可以去哪里申请保护"
    assert "legal_aid" in told(text)


# -- the environment: batteries broken up, lead in a child's blood --

def test_batteries_burnt_and_a_childs_blood_lead():
    text = "村口有人在烧废电瓶炼铅 烟很大 我孙子今年四岁 医院查出来血铅超标 想问这种事找谁管 孩子要去哪里看"
    found = services(text)
    assert "hazardous_waste_disposal" in found
    assert "occupational_disease_diagnosis" not in told(text)


def test_near_miss_a_workers_blood_lead_is_a_disease_of_work():
    text = "我在蓄电池厂上班十年了 每年体检 今年说血铅高 头晕乏力 想问这种算不算职业病 去哪里鉴定"
    assert "occupational_disease_diagnosis" in told(text)


# -- the market: a training sold with a job, a shop at the school gate --

def test_training_sold_with_a_job_and_no_refund():
    text = "去年报了个说是包分配的厨师培训班 交了八千 学完根本没人管分配 我想退钱 他们说概不退款 想问该去哪里维权"
    assert "consumer_rights" in told(text)


def test_shop_at_the_school_gate_and_the_school_asked_to_remind():
    text = "孩子学校门口的小店专门卖那种抽奖卡片 小孩天天去买 一买就是几十块 我想问有没有人管 学校能不能提醒一下家长"
    found = services(text)
    assert "consumer_rights" in found
    assert "school_burden_complaint" in found


def test_fertiliser_that_harmed_a_crop_and_its_seller():
    text = "我种了二十亩梨 用了农资店新进的一种复合肥 结果叶子全黄了 想问这肥料是不是有问题 找谁鉴定 损失怎么办"
    found = services(text)
    assert "fertilizer_pesticide_reduction" in found
    assert "consumer_rights" in found


def test_near_miss_fertiliser_asked_how_to_use_has_no_seller():
    text = "我今年第一次种葡萄 承包了十亩地 想问种葡萄用什么肥料好 有没有人能上门来指导一下 要不要钱"
    assert "consumer_rights" not in told(text)


def test_spraying_asked_whether_neighbours_must_be_warned():
    text = "隔壁果园打药之前从来不打招呼 我的蜂箱就在旁边 这个月死了好几箱蜂 我想问打药前是不是应该通知"
    assert "fertilizer_pesticide_reduction" in told(text)


# -- law: property moved into another's name --

def test_property_moved_into_another_name_asked_back():
    text = "我爸中风以后说话不清楚 他的房子被我堂哥过户到了自己名下 我们都不知道 想问能不能把房子要回来"
    assert "legal_aid" in told(text)


# -- school: a sick pupil's sport and leave --

def test_school_asked_to_excuse_a_sick_pupil_from_running():
    text = "儿子有哮喘 跑快了就喘不上气 学校要求每天早上跑一千米 我想问学校能不能给他免跑"
    assert "school_burden_complaint" in told(text)


def test_near_miss_excused_already_told():
    text = "儿子有哮喘 体育课上老师让他在旁边休息 不用跑 我想问哮喘的药医保能不能报"
    assert "school_burden_complaint" not in told(text)


def test_school_asked_for_a_long_leave():
    text = "女儿十三岁 最近情绪很差 医生说是抑郁症 要住院一段时间 我想问学校那边要不要请个长假"
    assert "compulsory_school_enrolment" in told(text)


# -- the insurance asked of a special food or a test --

def test_special_milk_of_a_rare_disease_asked_of_the_insurance():
    text = "儿子有罕见病 要吃一种进口的特殊奶粉 一罐好几百 一个月要五六罐 想问这种奶粉有没有医保报销"
    assert "resident_medical_insurance" in told(text)


def test_a_test_asked_whether_the_insurance_pays():
    text = "孩子最近老是头疼 医院让做核磁和脑电图 前前后后查了好几次 想问检查的钱能不能报"
    assert "resident_medical_insurance" in told(text)


# -- a child left with a grandparent; someone alone, who will look after him --

def test_child_left_with_a_grandparent_and_homework_nobody_minds():
    text = "孙子八岁 他妈去外地打工把他交给了外婆 外婆不识字 作业一直没人管 成绩越来越差 想问学校能不能多照看一点"
    found = services(text)
    assert "left_behind_children_care" in found
    assert "left_behind_children_education" in found


def test_unmarried_uncle_asked_who_will_look_after_him():
    text = "我大伯七十了 一辈子没结婚 住在乡下 去年摔了一跤腿脚就不好了 我想问他以后谁来照顾"
    assert "extreme_poverty_support" in told(text)


def test_near_miss_parents_with_children_away():
    text = "我爸妈都七十多了 住在乡下 我跟弟弟都在外地工作 一年回来一次 我想问他们以后谁来照顾"
    assert "extreme_poverty_support" not in told(text)


# -- a word that belongs to another need where it is told --

def test_veterans_care_in_daily_life_is_no_minimum_living_allowance():
    text = "我爷爷是参加过对越作战的老兵 今年八十了 腿上有伤 想问像他这样的老兵生活上有没有什么照顾"
    found = services(text)
    assert "entitled_groups_pension" in found
    assert "minimum_living_allowance" not in found


def test_near_miss_veteran_with_nothing_to_live_on():
    text = "我爸是老兵 参战回来的 今年七十五 家里没有收入 生活上很困难 想问他这样能不能申请低保"
    assert "minimum_living_allowance" in told(text)


def test_operation_advised_against_is_no_bill():
    text = "我妈八十五了 在家摔了一跤 腿骨折 医生说年纪大了不能开刀 只能躺着养 我们都上班 想问有没有能照顾她的地方"
    assert "medical_assistance" not in told(text)


def test_rare_disease_found_at_the_screening_is_the_rare_disease_help():
    text = "女儿出生时的筛查查出是一种罕见病 要一直吃特殊的奶粉 家里开销很大 想问这种罕见病有没有补助"
    found = services(text)
    assert "sick_disabled_child_rehab_subsidy" in found
    assert "maternal_child_health" not in found


def test_bills_of_an_injury_at_work_paid_in_part_by_the_employer():
    text = "在厂里搬货被叉车撞了 脚骨折住了半个月院 花了两万多 厂里说医药费只给报一半 我想问这算不算工伤"
    found = services(text)
    assert "work_injury_insurance" in found
    assert "medical_assistance" not in found


def test_health_certificate_asked_of_the_staff_is_no_food_licence():
    text = "我在面馆当服务员 上个月老板说员工都要办健康证 体检的钱让我们自己出 我想问这个钱应该谁出"
    assert "food_safety" not in told(text)


def test_near_miss_health_certificate_of_a_shop_to_be_opened():
    text = "我想在镇上开一家卖早餐的小店 做包子和豆浆 想问开店要办哪些证 健康证和营业执照去哪里办"
    assert "food_safety" in told(text)


# -- needs the catalogue lacks: the education body's and the housing body's, not another service --

def test_college_fees_are_no_upper_secondary_aid():
    text = "儿子在读大专 学费一年一万二 他爸去年生病走了 我一个人打零工 学费实在拿不出 想问有没有什么补助"
    assert "high_school_student_aid" not in services(text)


def test_near_miss_senior_high_fees_are_the_upper_secondary_aid():
    text = "女儿读高二 他爸去年生病走了 我一个人打零工 下学期的学费实在拿不出 想问有没有什么补助"
    assert "high_school_student_aid" in services(text)


def test_town_flat_leaking_roof_is_no_rural_renovation():
    text = "我家住在城里的老小区 六楼顶楼 屋顶漏雨好几年了 物业早就没了 想问政府能不能帮着修一修"
    assert "rural_dilapidated_housing_renovation" not in told(text)


def test_near_miss_a_house_told_by_its_town_is_rural():
    text = "阿拉老屋勒鄣吴镇 是五十年前造个 屋顶漏雨 墙也裂了缝 政府好帮阿拉修修伐"
    assert "rural_dilapidated_housing_renovation" in told(text)


def test_old_estate_renovation_asked():
    text = "我们小区是九十年代的老小区 外墙掉皮 水管老化 想问老小区改造能不能申请 找哪个部门"
    assert "shantytown_renovation" in told(text)


def test_paid_course_asked_who_oversees_it_is_asked_of_the_market():
    text = "我花了九千报了一个说能包分配的月嫂培训班 学完说好的工作一个也没有 想退钱也不给退 我想问这种培训班有没有人管"
    found = candidates(text)
    assert any(sid == "consumer_rights" and asked == 0 for asked, _, _, sid in found)


def test_near_miss_a_class_of_a_trade_asked_where_with_no_money_paid():
    text = "我四十五了 想学个电工 考个证 以后好找活 我想问这种培训班有没有人管 哪里的比较正规"
    assert "consumer_rights" not in told(text)


def test_university_fees_and_loan_are_no_upper_secondary_aid():
    # (formerly read as the upper-secondary aid in tests/bot/test_story_needs.py's set-13 classes: the catalogue lacks a
    # university's aid, the education body's need is a gap, not that service)
    assert "high_school_student_aid" not in told("女儿考上大学了，学费想办助学贷款")
