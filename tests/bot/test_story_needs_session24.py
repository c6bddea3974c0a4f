"""Session 24 (story helper): blind set 29's stories (stories_test21) and the first replies of its conversations that listed
a story's needs wrongly — needs told in words no need recognised, and guards against a need the story rules out. Own
phrasings, with near misses that must not change."""
from bot.story_needs import candidates, needs


def services(text):
    return [sid for _, sid in needs(text)]


def told(text):
    return {sid for _, _, _, sid in candidates(text)}


# -- money each month after a lay-off: the unemployment benefit, not the household's living money --

def test_laid_off_and_money_each_month_is_the_unemployment_benefit():
    text = "我男人在一家仓库开了八个月铲车 上个礼拜老板说生意不好 他被裁了 这样没了活 每个月能不能领点钱"
    found = services(text)
    assert "unemployment_insurance_benefit" in found
    assert "minimum_living_allowance" not in found


def test_near_miss_money_each_month_with_no_work_lost():
    text = "我老公瘫在床上好几年了 家里就靠我种点菜卖 两个孩子还在读书 日子实在过不下去 每个月能不能领点钱"
    found = services(text)
    assert "minimum_living_allowance" in found
    assert "unemployment_insurance_benefit" not in found


# -- the care of someone who has since died: no care subsidy --

def test_care_over_when_the_one_cared_for_died():
    text = "我公公脑梗以后瘫在床上 我辞了工作在家服侍他八年 去年冬天公公走了 我现在五十出头 想出去找份活 不知道有没有人帮忙介绍"
    found = told(text)
    assert "severe_disability_care_subsidy" not in found
    assert "employment_assistance" in found


def test_near_miss_someone_else_died_the_one_cared_for_lives():
    text = "我婆婆中风瘫在床上 吃喝拉撒都要人伺候 去年公公走了 现在就我一个人服侍她 听说重度残疾的有护理补贴 我们家能不能申请"
    assert "severe_disability_care_subsidy" in told(text)


# -- the living money of disabled residents asked, beside a rehabilitation told --

def test_disabled_living_money_asked_beside_rehab_told():
    text = ("我儿子前年出车祸一条腿截了 出院以后天天要去医院做康复 我们就在城里租了个小房子 我在超市理货 一个月两千出头 "
            "听邻居说残疾人每个月还有一份生活上的钱 我们能不能拿")
    found = services(text)
    assert "disabled_living_subsidy" in found
    assert "minimum_living_allowance" not in found


def test_near_miss_rehab_costs_asked_of_a_disabled_child():
    text = "我女儿三岁 医院说是脑瘫 现在每个礼拜要去做两次康复训练 一次好几百 家里实在吃不消 想问孩子的康复有没有补贴"
    found = services(text)
    assert "disabled_living_subsidy" not in found


# -- guards: a dismissal threatened, relief work done, a nurse to teach, fees a lie asked for, a hearing lost at work --

def test_dismissal_only_threatened_is_no_job_lost():
    text = "女儿上课老走神 老师隔三岔五叫我去学校 我请假请得太多 已经快被辞退了 我想问学校能不能少叫家长 孩子这种情况去哪里看看"
    assert "employment_assistance" not in told(text)


def test_near_miss_dismissed_and_looking_for_work():
    text = "我在电子厂做了六年 上个月被辞退了 家里两个孩子还要上学 我想问有没有人能帮忙找份工作"
    assert "employment_assistance" in told(text)


def test_relief_work_done_is_no_disaster_suffered():
    text = "我外公当了十年兵 年轻时候去救灾 见过很多不好的事 现在晚上老是睡不着 脾气也很怪 想问像他这样的老兵心理上的病去哪里看"
    assert "natural_disaster_relief" not in told(text)


def test_near_miss_a_village_hit_by_a_typhoon():
    text = "上个月台风把我家的屋顶掀了 村里好多人家都受灾 想问救灾的钱怎么申请 房子能不能帮着修"
    assert "natural_disaster_relief" in told(text)


def test_a_nurse_to_teach_the_family_at_home_is_the_family_doctor():
    text = "我外婆做完手术插着导尿管回家了 我们不会弄 老是发炎 想问有没有护士能上门教我们怎么护理 这种管子的钱能不能报"
    found = told(text)
    assert "home_delivered_education" not in found
    assert "family_doctor_contract" in found


def test_near_miss_a_teacher_to_teach_a_pupil_at_home():
    text = "我儿子十岁 脑瘫 坐不了轮椅也出不了门 一直没法去学校 想问有没有老师能上门教他认字"
    assert "home_delivered_education" in told(text)


def test_fees_a_lie_asked_for_are_no_pupil_aid():
    text = "我外甥十九岁 迷上了网上打牌 骗他外婆说要交学费 拿走了她攒的两万块 想问这种能不能报警 钱能不能追回来"
    assert "high_school_student_aid" not in told(text)


def test_near_miss_fees_of_a_pupil_at_high_school():
    text = "我女儿在读高二 她爸去年走了 我一个人打零工 一学期学费加住宿费要三千多 实在交不起 想问有没有补助"
    assert "high_school_student_aid" in told(text)


def test_hearing_lost_to_the_workshop_is_the_occupational_disease():
    text = "我在纺织厂织布车间做了十二年 机器一天到晚响 现在耳朵听不清了 医生说听力下降很厉害 想问能不能算职业病 厂里该不该管"
    found = services(text)
    assert "occupational_disease_diagnosis" in found
    assert "assistive_devices" not in found


def test_near_miss_hearing_lost_with_age_and_a_device_wanted():
    text = "我妈七十八了 耳朵越来越听不清 跟她说话要喊 想给她配个助听器 听说残联有补贴 想问怎么申请"
    assert "assistive_devices" in services(text)


# -- needs in new words: hurt on the way of the work, where to sue, what work is left, elders too many to care for,
#    somewhere to stay meanwhile, the children after a divorce, where an illness is seen to --

def test_hurt_on_the_delivery_round_is_a_work_injury():
    text = "我在快递公司送件两年 上礼拜送快递路上被一辆面包车撞了 小腿骨折 现在干不了活 想问医药费和这段时间的工资谁来出"
    assert "work_injury_insurance" in told(text)


def test_near_miss_hurt_on_the_way_to_the_park():
    text = "周末我带孩子去公园的路上被一辆电瓶车撞了 孩子胳膊擦破了 骑车的人跑了 想问能不能查到是谁"
    assert "work_injury_insurance" not in told(text)


def test_where_to_sue_is_legal_help():
    text = "我在饭店洗碗三年 老板一直不给交保险 上个月我被烫伤了 老板一分钱不给就让我走 我想问我能去哪里告他"
    assert "legal_aid" in told(text)


def test_near_miss_telling_someone_is_no_suit():
    text = "我爸住院了 我在外地一时回不去 想问去哪里告诉他们单位一声 请假要什么手续"
    assert "legal_aid" not in told(text)


def test_what_work_is_left_and_someone_to_introduce_it():
    text = "我开了二十年出租车 今年眼睛查出青光眼 不能再开了 我五十岁 想问我这种情况还能干什么活 有没有人帮着介绍"
    assert "employment_assistance" in told(text)


def test_elders_too_many_to_care_for():
    text = "我白天在厂里上班 家里两个老人照顾不过来 想问这种情况怎么办"
    assert "home_based_elderly_care" in told(text)


def test_somewhere_to_stay_meanwhile_after_violence():
    text = "我老公喝了酒就打我 上礼拜把我的手打骨折了 我想带孩子走 可娘家太远 想问有没有能让我们暂时住一住的地方 离婚孩子能不能跟我"
    found = told(text)
    assert "temporary_assistance" in found
    assert "legal_aid" in found


def test_near_miss_children_told_with_a_divorce_long_done():
    text = "我离婚五年了 孩子一直跟我 今年孩子要上初中 想问外地户口在这边读初中要什么材料"
    assert "legal_aid" not in told(text)


def test_where_an_illness_is_seen_to():
    text = "我女儿九岁 老是眨眼睛 耸肩膀 控制不住 老师说她上课做怪动作 我想问这种病哪里能看得好"
    assert "tiered_diagnosis" in told(text)


# -- a seller gone with the money asked as a fraud; a death at work; what a death is worth; a flame in a wooden building --

def test_seller_gone_asked_as_a_fraud_is_the_polices():
    text = ("我妈七十岁 被人拉去听讲座 说买他们的纪念币过几年能翻三倍 她把存的八万全买了 现在那家公司关门了 人也联系不上 "
            "我想问这种算不算诈骗 钱还能不能追回来")
    found = services(text)
    assert "public_order_patrol" in found
    assert "consumer_rights" not in found


def test_near_miss_a_device_sold_at_a_lecture_asked_back():
    text = "我爸去听了几次保健讲座 花六千买了一台治疗仪 用了两个月一点用都没有 店还开着 我想问能不能让他们退钱"
    assert "consumer_rights" in told(text)


def test_a_sudden_death_at_work_is_the_work_injurys_and_what_it_is_worth_the_laws():
    text = "我哥在一家建筑公司干活 上个月在工地上突发脑溢血走了 公司说不是干活出的事 只肯给五万 我想问这种算不算公司的责任 赔偿该按什么标准算"
    found = told(text)
    assert "work_injury_insurance" in found
    assert "legal_aid" in found
    assert "temporary_assistance" not in found


def test_near_miss_a_sudden_illness_with_the_bills_left():
    text = "我老公上个月突发脑溢血 在医院住了二十天 花了十几万 亲戚朋友都借遍了 家里还有两个孩子读书 想问有没有救助"
    assert "temporary_assistance" in told(text)


def test_near_miss_a_relocation_compensation_is_no_legal_help():
    text = "我家老房子在拆迁范围里 村里说下个月就要签协议 我想问拆迁补偿按什么标准算 我们能不能先看看别人家的"
    assert "legal_aid" not in told(text)


def test_a_flame_in_a_wooden_building():
    text = "我们村的老戏台是木头的 今年庙会村里想在戏台上点一排蜡烛 还要在旁边放鞭炮 我们几个老人很担心 想问木头房子边上放鞭炮点蜡烛有没有规定"
    assert "fire_safety" in told(text)


def test_near_miss_a_wooden_house_leaking():
    text = "我家的老房子是木头的 梁已经被白蚁蛀了 下雨天屋里漏得到处是水 我一个人住 想问这种房子能不能申请修一修"
    assert "fire_safety" not in told(text)


# -- an inheritance; children swimming in wild water --

def test_a_share_of_the_family_house_is_legal_help():
    text = "我外公去年走了 老家镇上有一套他留下的房子 现在我舅舅一家住着 说房子是他的 我妈是他女儿 想问这套房子我们还有没有份 这种事找谁"
    assert "legal_aid" in told(text)


def test_near_miss_a_share_of_work_is_no_inheritance():
    text = "我跟几个老乡在工地上包了一个活 干完了 包工头说钱分下来每个人有份 可到现在一分没给 想问这种找谁"
    assert "legal_aid" not in told(text)


def test_children_swimming_in_wild_water_and_a_drowning():
    text = "我们镇后面有个废弃的砖窑 挖出来的大坑积满了水 每年暑假都有小孩偷偷去游泳 去年淹死过一个 想问这种坑归谁管 能不能围起来"
    assert "emergency_self_rescue_training" in told(text)


def test_near_miss_swimming_lessons_wanted():
    text = "我儿子九岁 一直想学游泳 暑假想给他报个班 听说体育馆有公益的游泳培训 想问怎么报名"
    assert "emergency_self_rescue_training" not in told(text)


# -- set 29's conversation openings: a man alone after both parents died; a class the state pays for --

def test_a_man_alone_whose_parents_both_died_asked_to_be_looked_after():
    text = "我堂哥五十岁 从小智力有问题 一直跟着他爸妈过 这两年爹妈都走了 他一个人住在村里 衣服都不会洗 听人讲像他这样的 政府能管起来"
    assert "extreme_poverty_support" in told(text)


def test_near_miss_a_parent_died_and_the_son_works():
    text = "我爹妈都走了好几年了 我在城里上班 老家的房子空着 想问老房子漏雨了村里管不管修"
    assert "extreme_poverty_support" not in told(text)


def test_a_class_the_state_pays_for_and_a_certificate():
    text = "我在厂里做了五年流水线 腰不行了 听说月嫂工资高 我想去学这个 拿个证 听说有公家出钱的班 我们外地人能报吗"
    assert "vocational_skills_training" in told(text)


def test_near_miss_a_certificate_told_of_a_disability():
    text = "我儿子有残疾证 今年十九岁 在家里待着 想问残疾人每个月的生活补贴怎么申请"
    assert "vocational_skills_training" not in told(text)


# -- an operation told as why the stairs are hard; the school run stopped --

def test_an_operation_told_as_why_the_stairs_are_hard_is_no_bill():
    text = "我们住老小区六楼 我老伴去年腰上做了手术 上下楼要人扶着 楼里想装电梯 政府也有补贴 可一楼的人家不同意 想问这种事谁能出面协调"
    assert "medical_assistance" not in told(text)


def test_near_miss_an_operation_and_its_bill():
    text = "我老伴去年腰上做了手术 花了八万多 上下楼都要人扶 我们两个老人没有退休工资 想问看病的钱能不能再帮一点"
    assert "medical_assistance" in told(text)


def test_the_school_run_stopped():
    text = "我家在山里 村里原来有一辆接孩子上学的车 今年说没钱了就停了 孩子们要走一个钟头的山路去镇上 想问这个车能不能恢复"
    assert "village_bus" in told(text) or "public_bus" in told(text)


def test_near_miss_a_child_taken_to_school_in_the_familys_car():
    text = "我每天开车送孩子上学 学校门口没地方停 交警老是贴条 想问学校门口能不能划几个临时停车的位置"
    found = told(text)
    assert "village_bus" not in found and "public_bus" not in found


# -- a crop withered by someone else's spray --

def test_a_crop_withered_by_a_spray():
    text = "我家承包了八亩茶园 旁边的苗木场上个月喷除草的药 靠边那几排茶树全枯了 今年的春茶都采不成 想问这个损失找谁"
    assert "fertilizer_pesticide_reduction" in told(text)


def test_near_miss_a_crop_withered_by_drought():
    text = "今年夏天一直不下雨 我家八亩茶园的茶树全枯了 喷了好几回营养液也没用 想问这种旱灾有没有补助"
    assert "fertilizer_pesticide_reduction" not in told(text)
