"""Session 27 (story helper): the classes of set 32's stories (stories_test24) — needs told in residents' words no need
recognised (a thing thrown from a block of flats, fireworks made in secret, a hospital that lost what it kept, a rented
home sold, money paid ahead to a shop that shut, a festival's stage that collapsed, 急救/复读/协调 asked), and guards
against a need that is another's (a landlord's debt), one asked back (money lost to a fraud), one told as how it hurt (a
child's fright), one already settled (owed pay the resident paid), and a button that is no report to the police. Own
phrasings, with near misses that must not change."""
from bot.story_needs import candidates, needs


def services(text):
    return [sid for _, sid in needs(text)]


def told(text):
    return {sid for _, _, _, sid in candidates(text)}


def asked(text):
    return {sid for is_told, _, _, sid in candidates(text) if not is_told}


# -- needs found --

def test_thing_thrown_from_a_block_of_flats_is_the_police():
    text = "昨天傍晚我在楼下晾衣服，不知道谁从窗口丢下来一个花盆，差点砸到我头上。我想问这种事能不能报警查是哪一家。"
    assert "public_order_patrol" in told(text)
    assert "public_order_patrol" in told("我们小区老有人高空抛物，上礼拜把楼下的车窗都砸碎了，物业也不管。")


def test_fireworks_made_in_secret_are_the_police_and_the_safety_bureau():
    text = "我们村后面有户人家在自己院子里偷偷造鞭炮，晚上经常有火药味，上个月还冒过一次烟。我想问这种事谁来管，我们住得近很害怕。"
    assert {"public_order_patrol", "work_safety_reporting"} <= told(text)


def test_near_miss_fireworks_workshop_of_long_ago_is_no_need_now():
    text = ("我爷爷年轻时在德清一家烟花作坊干过活，后来作坊关了。他现在八十了，耳朵不好，"
            "我想问他这个年纪能不能配个助听器，有没有补贴。")
    assert "public_order_patrol" not in told(text)
    assert "work_safety_reporting" not in told(text)


def test_hospital_that_lost_a_sample_is_overseen():
    text = "我妈上个月在医院做了个穿刺，等了两个礼拜，医院说样本弄丢了，要再穿一次。我妈受了两回罪，我想问医院这样谁来管，能不能赔。"
    assert "medical_service_supervision" in told(text)


def test_rented_home_sold_and_the_new_owner_puts_the_tenant_out():
    text = "我在南浔租的房子租约还有两年，上个月房子被拍卖了，新房主说合同是跟老房东签的，他不认，让我月底就搬。我想问我还能不能接着住。"
    assert "legal_aid" in told(text)


def test_new_owner_asking_the_tenant_to_leave_is_a_home_lost():
    text = "我租的一楼房子换了主人，新房主上门说下个月要自己住，让我们搬走，我们老两口一时找不到地方。我想问有没有办法。"
    assert "public_rental_housing" in told(text)


def test_near_miss_the_resident_who_is_the_owner_puts_no_one_out_of_his_home():
    text = "我是房主，房子租给一家人住了五年，现在我儿子结婚要用，我让他们搬走，他们说要我赔钱。我想问这个要不要赔。"
    assert "public_rental_housing" not in told(text)


def test_suit_at_court_asked():
    text = "我在一家装修公司订了全屋定制，付了三万定金，现在公司关门了，老板电话也打不通。我想问这种能不能去法院告他。"
    assert "legal_aid" in told(text)


def test_near_miss_court_as_a_complaint_is_no_suit_asked():
    text = "新房的墙一下雨就渗水，开发商推给物业，物业推给施工队，三个月没人修。你们说这种质量问题找谁，难道要我自己去法院告？"
    assert "legal_aid" not in told(text)


def test_money_paid_ahead_to_a_shop_that_shut_is_consumer_rights():
    text = "我在一家早教机构给孩子报了两年的课，交了一万六，才上了三个月机构就说要搬走，只肯退四千。我想问这种情况能不能全退。"
    assert "consumer_rights" in told(text)


def test_agent_without_a_licence_is_consumer_rights():
    text = "我们找了一家中介帮儿子办出国打工，交了三万，后来才知道这家中介根本没有办出国劳务的资质。我想问钱能不能要回来。"
    assert "consumer_rights" in told(text)


def test_collapse_at_a_village_show_is_the_culture_bureaus_and_the_safety_bureaus():
    text = "中秋镇上组织了一场文艺演出，临时搭的舞台演到一半倒了，我爸在台上打鼓，摔断了胳膊。我想问这种台子搭之前有没有人检查，这事该找谁。"
    assert {"mass_cultural_festivals", "work_safety_reporting"} <= told(text)


def test_near_miss_ride_at_a_fair_is_not_the_culture_bureaus():
    text = "村里办庙会，有人摆了个蹦床收钱，我儿子在上面摔下来骨折了，摊主说是孩子自己不小心。我想问这种蹦床谁来查，医药费能不能让摊主出。"
    assert "mass_cultural_festivals" not in told(text)


def test_near_miss_festival_only_named_is_no_need():
    text = "村里今年办了个桃花节，来了好多游客，我家门口的路天天堵车，我想问能不能在村口装个红绿灯。"
    assert "mass_cultural_festivals" not in told(text)


def test_first_aid_asked_where():
    text = "我们家楼下有人在草丛里撒了老鼠药，我家孙子三岁，最喜欢在那里玩。我想问撒药的事谁管，孩子要是误吃了该送哪里急救。"
    assert "emergency_medical_services" in asked(text)


def test_near_miss_ambulance_told_is_no_first_aid_asked():
    text = "我爸半夜心口疼，打了电话急救车来得很快，现在已经出院了。医生说以后要长期吃药，我想问这种药医保能报多少。"
    assert "emergency_medical_services" not in told(text)


def test_a_year_of_school_repeated_asked():
    text = "我儿子今年高考没考好，只上了个专科线，他不想去读。我想问他明年还能不能回学校复读，复读的学费贵不贵。"
    assert "high_school_education" in asked(text)


def test_neighbours_quarrel_asked_to_be_settled():
    text = "我家要修一条下水沟，必须从邻居家地边过，邻居说挖了他家地，天天来骂。我想问这种事村里能不能出面协调。"
    assert "legal_aid" in asked(text)


def test_no_money_left_after_an_illness_is_a_sudden_hardship():
    text = "我老公去年查出肝癌，做了两次手术，医保报完还欠了亲戚十几万。现在他还要吃靶向药，家里已经一分钱都没有了。我想问我们还能申请什么帮助。"
    assert "temporary_assistance" in told(text)


def test_near_miss_not_a_cent_paid_is_no_sudden_hardship():
    text = "我在工地干了半年，包工头跑了，工钱一分钱都没拿到。我想问这工钱去哪里讨。"
    assert "temporary_assistance" not in told(text)


# -- guards: needs that are none --

def test_landlords_debt_is_no_hardship_of_the_tenant():
    text = "房东做生意欠了银行的钱，房子被查封了，法院贴了封条，我们租户被要求一个月内搬出去。我想问我交的押金和房租能不能拿回来。"
    assert "temporary_assistance" not in told(text)


def test_near_miss_the_households_own_debt_stays():
    text = "我老公做生意失败，欠了别人的钱，债主天天上门，家里两个孩子还要上学。我想问像我们这样的家庭能不能申请点帮助。"
    assert "temporary_assistance" in told(text)


def test_money_borrowed_for_a_fraud_asked_back_is_no_sudden_hardship():
    text = "我爸在网上买了一个说能治百病的理疗床，花了两万八，还借了我姑姑一万块。后来发现是假货，店也关了。我想问这钱能不能追回来，找谁举报。"
    assert "temporary_assistance" not in told(text)
    assert "consumer_rights" in told(text) or "public_order_patrol" in told(text)


def test_near_miss_fraud_that_took_the_savings_stays_a_hardship():
    text = "我妈被人骗去买保健品，把攒的养老钱全花了，又借了舅舅三万，现在气得病倒在床上。我想问这钱还能不能追回来。"
    assert "temporary_assistance" in told(text)


def test_fright_told_where_other_things_are_asked_is_no_need():
    text = "我女儿上个月在游乐场的摩天轮上被困了一个小时，现在晚上老是做噩梦。我想问这种游乐设施出了故障谁来查，商家要不要赔。"
    assert "mental_health_services" not in told(text)


def test_near_miss_fright_asked_to_be_seen_to_stays():
    text = "我儿子上个月被大狗追着咬了一口，现在晚上老是做噩梦，哭着醒过来。我想问狗主人不管谁来管，孩子这样要不要找心理医生看看。"
    assert "mental_health_services" in told(text)


def test_owed_pay_the_resident_settled_is_no_need():
    text = "我以前开过一个小服装厂，倒闭的时候欠员工的工资，我把车卖了都付清了。现在我在送快递，老母亲住院要开刀，我想问看病的钱能不能申请救助。"
    assert "labour_inspection" not in told(text)
    assert "labour_dispute_arbitration" not in services(text)


def test_near_miss_owed_pay_still_owed_stays():
    text = "我在一家服装厂做了两年，厂子倒闭了，老板欠了我们半年工资一直不给。我想问这工资去哪里要。"
    assert "labour_inspection" in told(text) or "labour_dispute_arbitration" in told(text)


def test_alarm_button_is_no_report_to_the_police():
    text = "我爸一个人住，上个月在卫生间摔倒，按了床头的报警按钮半天没人来。我想问社区的这种呼叫设备归谁管，能不能派人定期上门看看。"
    assert "public_order_patrol" not in told(text)


def test_near_miss_report_to_the_police_stays():
    text = "我家门口的电瓶车昨晚被人偷了，锁也被剪断了，我已经报警了，我想问派出所多久能查到。"
    assert "public_order_patrol" in told(text)


# -- triage: a topic told on the way to the one need asked --

def test_topic_only_told_gives_way_to_the_need_asked():
    from bot.triage import asks_about_a_named_service
    text = ("我在德清乡下自己家的宅基地上翻建了房子，水管要从邻居家院子边上过，邻居死活不让挖，还天天来吵。"
            "我们一家老小只能挤在老屋里，新房子造好半年了还住不进去，老人孩子都着急。我想问这种事谁来协调。")
    assert not asks_about_a_named_service(text, [])


def test_near_miss_short_message_keeps_its_one_need_asked():
    from bot.triage import asks_about_a_named_service
    text = "宅基地上翻建房子，水管要从邻居院子边过，邻居死活不让挖，我想问这种事谁来协调。"
    assert asks_about_a_named_service(text, [])


def test_employer_keeping_a_workers_papers_is_the_labour_inspection():
    text = "我在一家电子厂上班，进厂的时候厂里把我的身份证扣着，说干满一年才还。现在我家里有事想辞职，他们不给证。我想问厂里扣身份证合不合法。"
    assert "labour_inspection" in told(text)


def test_near_miss_papers_kept_by_a_school_are_not_the_labour_inspections():
    text = "我女儿在职高读书，学校说要把毕业证押到实习结束才发，我想问学校这样做对不对。"
    assert "labour_inspection" not in told(text)


def test_fright_the_question_is_about_stays():
    text = "我女儿上个月在小区里被一个醉汉追着骂，回来以后晚上老是做噩梦，不敢一个人出门。我想问孩子这样该怎么办。"
    assert "mental_health_services" in told(text)
