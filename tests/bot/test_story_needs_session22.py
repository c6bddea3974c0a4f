"""Session 22 (story helper): blind set 27's classes of hardship in residents' own words — insurance lapsed with the
employer, a care home asked how to get in, a pesticide that spoiled a crop, a beauty shop's injections, a school's
screens and a class run without leave, a fraudster's call, the roar of cars raced on a
road, a disease of animals, rubbish piled in a stairwell. Own phrasings, with near misses that must not
change."""
from bot.story_needs import candidates, needs


def services(text):
    return [sid for _, sid in needs(text)]


def told(text):
    return {sid for _, _, _, sid in candidates(text)}


# -- insurance stopped with the employer; the card that no longer works --

def test_social_insurance_lapsed_and_card_refused_are_two_needs():
    text = ("我在织里一家袜厂上了八年班 厂里去年换了老板 我前几天去配药 才知道社保去年秋天就断了 医保卡刷不了 "
            "新老板说之前的事他不管 我想问这几个月的社保还能不能补 看病的钱怎么办")
    found = services(text)
    assert "labour_dispute_arbitration" in found
    assert "resident_medical_insurance" in found


def test_near_miss_insurance_paid_on_is_no_dispute():
    text = "我在厂里干了五年 社保一直是厂里交的 从来没断过 今年想问问退休以后每个月能拿多少 要准备什么材料 去哪里办"
    assert "labour_dispute_arbitration" not in told(text)


# -- a care home asked how to get in --

def test_public_care_home_asked_how_to_get_in():
    text = ("我爸八十三了 中风以后一直是我一个人在照顾 我自己也六十了 腰不好 实在吃不消 私人的养老院一个月要四千多 "
            "我想问政府办的养老院怎么申请 要排多久")
    assert "elderly_care_institution" in told(text)


def test_someone_sent_to_look_in_on_an_old_person_alone():
    text = ("我七十九了 老头子前年走了 一个人住在老小区的四楼 女儿嫁到外省去了 一年回来一趟 前几天夜里胸口闷 "
            "我自己打的车去医院 想问街道能不能派人隔三差五来看看我")
    assert "home_based_elderly_care" in told(text)


# -- a pesticide that spoiled a crop, its seller asked to pay --

def test_pesticide_that_spoiled_a_crop_and_its_seller():
    text = ("我在长兴承包了三十亩葡萄 春天听农资店老板的推荐打了一种新药 结果叶子全卷了 葡萄一串都没挂住 "
            "同村好几户也一样 我想问这种药有没有问题 去哪里鉴定 损失能不能找卖药的赔")
    found = services(text)
    assert "fertilizer_pesticide_reduction" in found
    assert "consumer_rights" in found


def test_near_miss_medicine_asked_without_fields_is_no_pesticide():
    text = ("我妈七十多了 高血压吃了好多年药 最近换了一种药以后总是头晕 医生说可能是药有问题 也可能是她自己的原因 "
            "我想问这种情况该去哪里查一查")
    assert "fertilizer_pesticide_reduction" not in told(text)


# -- injections in a beauty shop, the product asked whether genuine --

def test_beauty_shop_injections_and_the_product():
    text = ("我表妹在镇上一家美容院打了瘦脸针 打完一边脸就歪了 笑都笑不起来 店里说过几个月自己会好 "
            "我们后来打听到给她打针的人根本不是医生 我想问这种店能不能打针 那个针剂是不是正规的谁来查")
    found = services(text)
    assert "medical_service_supervision" in found
    assert "drug_safety" in found


# -- a school's screens, a class run without leave --

def test_school_keeps_pupils_on_screens_and_sight_asked():
    text = ("儿子上三年级 老师要求每天晚上在平板上做口算 还要拍视频上传 一年下来近视到了三百度 "
            "我想问学校这样安排合不合理 孩子近视这么快有没有正规医院能查一查")
    found = services(text)
    assert "school_burden_complaint" in found
    assert "tiered_diagnosis" in found


def test_class_for_children_without_leave_is_the_schools_oversight():
    text = ("我退休前是小学语文老师 想在社区活动室给附近的孩子免费辅导作业 街道也同意了 "
            "可有人提醒我没有办学资质 出了事要我负责 我想问这种公益的辅导要不要审批 找谁批")
    assert "school_burden_complaint" in told(text)


# -- a fraudster's call: the police, not the bills it made up --

def test_fraudsters_call_is_the_police_not_the_medical_aid():
    text = ("我爸七十五了 一个人在乡下 上礼拜他接到一个电话 说我在外地出事了要交住院押金 他把存折里的六万块都转了过去 "
            "派出所已经立案了 他现在饭也吃不下 我想问这钱还能不能追回来")
    found = services(text)
    assert "public_order_patrol" in found
    assert "medical_assistance" not in found


def test_near_miss_real_hospital_bills_stay_medical_aid():
    text = ("我爸七十五了 上个月中风住院 医药费花了八万多 新农合报了一半 剩下的都是借的 "
            "我一个人在厂里上班 一个月三千块 我想问剩下的医药费有没有什么救助")
    assert "medical_assistance" in services(text)


# -- cars raced on a road --

def test_cars_raced_at_night_are_the_traffic_polices_not_noise():
    text = ("我家在德清一条盘山公路边上 一到晚上就有人开着改装过的摩托车来回飙车 轰得整个村子响到半夜 "
            "前阵子还把一个骑车的老人吓得摔进了沟里 我想问这种事该谁来管")
    found = services(text)
    assert "road_traffic_safety" in found
    assert "noise_light_pollution" not in found


def test_near_miss_disabled_drivers_adapted_car_is_no_racing():
    text = ("我下肢残疾 开的是改装车 每天要送女儿上学 小区里的残疾人车位总被别人占 "
            "物业也不管 我想问这种事情该找谁 残疾人车位有没有规定")
    assert "road_traffic_safety" not in told(text)


# -- a disease of animals; rubbish piled in a stairwell --

def test_disease_of_a_flock_is_no_outbreak_among_people():
    text = ("我在吴兴养了五百只鸭 上个月从一个贩子那里进了一批鸭苗 说是打过针的 没几天就开始死 兽医说是带了传染病 "
            "贩子现在电话也不接了 我想问死鸭该怎么处理 损失能找谁")
    found = told(text)
    assert "infectious_disease_control" not in found
    assert "consumer_rights" in found


def test_near_miss_many_children_ill_stays_an_outbreak():
    text = ("我女儿的幼儿园这礼拜一下子好几个孩子发烧拉肚子 老师说可能是传染病 让孩子先在家待着 "
            "我想问这种情况谁来查 孩子什么时候能回去上学")
    assert "infectious_disease_control" in told(text)


def test_stink_of_rubbish_piled_in_a_stairwell_is_no_air_pollution():
    text = ("我们楼里三楼的一户 老人一个人住 在楼道里堆满了捡来的纸箱和瓶子 夏天臭气熏天 还有老鼠 "
            "上个月有人在楼道抽烟 差点把纸箱点着了 我想问这些杂物谁有权清理 老人没人照顾又该找谁")
    found = services(text)
    assert "air_pollution_control" not in found
    assert "fire_safety" in found


def test_near_miss_factory_fumes_stay_air_pollution():
    text = ("我们村口新开了一家化工厂 晚上偷偷排废气 臭气熏天 村里好几个老人孩子咳嗽 厂门口还堆满了垃圾 "
            "我想问这种排放谁来管")
    assert "air_pollution_control" in told(text)


# -- a platform's terms, an agreement held against a worker --

def test_platform_commission_and_unfair_terms():
    text = ("我在南浔开了一家奶茶店 外卖平台的人说要想排在前面 抽成得从百分之十八涨到百分之二十六 不同意就限流 "
            "现在一杯赚不到两块钱 我想问平台这样有没有人管 合同里那些霸王条款能不能不认")
    found = services(text)
    assert "consumer_rights" in found
    assert "legal_aid" in found


def test_sued_for_breach_is_the_laws():
    text = ("我在一家装修公司做设计 离职的时候公司让我签了个保密协议 现在我去了另一家公司 "
            "原来的老板说我违约要告我 让我赔五万 我想问我该怎么办 谁能帮我看看")
    assert "legal_aid" in told(text)


def test_contract_asked_to_be_looked_over_is_the_laws():
    text = ("我在吴兴一家培训机构当老师 入职的时候签了一份合同 说离职要提前半年打招呼 不然扣三个月工资 "
            "我现在家里有事想走 机构说要按合同扣钱 我想问这种规定合不合理 有没有人能帮我看一下")
    assert "legal_aid" in told(text)


def test_near_miss_someone_asked_to_look_without_a_contract_is_no_law():
    text = ("我妈八十了 一个人住在乡下 最近腿脚不好 总说屋里有怪味 我在外地上班回不去 "
            "我想问村里有没有人能帮我看看她 平时照应一下")
    assert "legal_aid" not in told(text)


def test_loss_from_a_seller_asked_to_be_claimed():
    text = ("我在德清养了八百只鸡 上个月从一个贩子手里买了一批饲料 说是正规厂家的 喂了没几天鸡就开始拉稀 一个礼拜死了一百多只 "
            "贩子人也找不到了 我想问这饲料有没有问题谁来查 我的损失能找谁")
    assert "consumer_rights" in told(text)


def test_flat_let_by_the_day_and_split_into_rooms():
    text = ("我在吴兴有套两居室 去年租给一个外地小伙子 最近物业打电话给我 说那套房子里隔出了五个小房间 "
            "在手机软件上按天租给别人 天天有拖着箱子的陌生人进出 我想问这种情况谁来管 我这个房东要不要担责任")
    found = services(text)
    assert "illegal_construction_control" in found
    assert "public_order_patrol" in found


def test_bus_for_pupils_asked_in_a_village():
    text = ("我们山里的村子离镇上的小学有六公里 以前有一趟早班车 今年停了 孩子们只能走山路去上学 冬天天还没亮就得出门 "
            "我想问有没有车能接送孩子上学 家长自己包车要办什么手续")
    assert "village_bus" in services(text)


def test_near_miss_threat_of_suing_without_a_contract_adds_no_law():
    text = ("我在安吉种了三十亩茶 今年请了十几个采茶工 工头带着人半夜来偷摘 我去找他 他说我欠他们工钱不给就要去告我 "
            "我想问偷茶的事报警有没有用")
    assert "legal_aid" not in told(text)
