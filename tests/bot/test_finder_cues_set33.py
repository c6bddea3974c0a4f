"""Classes of blind set 33's conversation openings (conversations_test28, studied since 2026-12-07), in other words
than the set's: situations that lead to one catalogue service without its name (bot/finder_cues.py); a hotline's 问
before a clause that says one can get something, heard that what one was told is not so, how far the employer must
answer, care that cannot go on resting on neighbours — each asks whether (bot/eligibility_cues.py); the hospital a
patient lies in is no service asked about (bot/finder.py); a comparison of work is no household size; an old grain
depot named as a landmark is no grain question; a whereabouts told as not known, the not-knowing first, is no
where-question (bot/text.py)."""
import pytest

from bot.eligibility_cues import asks_for_help, asks_whether
from bot.finder import where_patients_lie, workplaces
from bot.finder_cues import cued_services, surely_cued
from bot.text import normalize, without_rhetorical_where
from bot.triage import domain_gap


@pytest.mark.parametrize("text, service", [
    # a disabled member's family renting, help with the rent
    ("我儿子是聋哑人 有残疾人证 我们一家租房住 房租太贵了 政府能不能补一点", "rental_housing_subsidy"),
    ("老伴瘫在床上好几年了 我们租的房子一个月一千五 房租公家有没有一份钱帮着付", "rental_housing_subsidy"),
    # someone gravely disabled in rehabilitation, what the medical insurance pays
    ("我女儿脑瘫 评的是一级 每周要去做康复训练 医保能报哪些", "severe_disability_medical_security"),
    ("爸爸中风后瘫了 残联评了二级 针灸推拿做了半年 这些医保管不管", "severe_disability_medical_security"),
    # a child with a rare illness, training paid for
    ("女儿五岁 得了一种罕见病 医生说几万个里才一个 每周做康复 听说政府有补助", "sick_disabled_child_rehab_subsidy"),
    ("孩子三岁查出来是一种很少见的病 要长期做康复训练 有没有补贴", "sick_disabled_child_rehab_subsidy"),
    # a block to be pulled down and built anew
    ("我们这片老房子说是要拆迁了 到时候怎么安置 面积怎么算", "shantytown_renovation"),
    ("厂里的老宿舍要拆掉重建 我们住了三十年 以后住哪", "shantytown_renovation"),
    # the card that pays at the doctor's and holds money
    ("孩子上大学要办一张看病能刷又能存钱的卡 去哪里办", "social_security_card"),
    ("医保能刷 银行也能存取的那张卡 我丢了", "social_security_card"),
    # workers hired for a season, what to write down
    ("我开了个小饭店 想招两个帮工 以前都口头说的 现在要写下来 该写些什么", "labour_contract_guidance"),
    ("请了几个人来摘桃子 干一个月 纸上怎么写才不出问题", "labour_contract_guidance"),
    # a work injury recognised, how bad it is to be judged next
    ("工伤认定下来了 厂里说还要评个级 去哪里评", "work_capacity_appraisal"),
    ("手指压断算工伤了 下一步要评残 找谁", "work_capacity_appraisal"),
    # never insured at all, wanting to be entered
    ("我二十岁 从来没交过社保 想先登记进去 以后换工作能接上", "universal_insurance_enrolment"),
    ("在外面打工好几年 一直没参加过养老保险 现在想先登个记", "universal_insurance_enrolment"),
    # an only child disabled or dead, the old parents asking
    ("我们就生了一个女儿 前年车祸走了 听说这种家庭的老人政府有照顾", "family_planning_special_assistance"),
    ("我们只养了一个儿子 他工地上摔瘫了 我们两老以后上头有没有照顾", "family_planning_special_assistance"),
    # an occupational disease found, the employer asked to answer for it
    ("在石料厂干了十年 查出来是矽肺 能不能找厂里赔", "work_injury_insurance"),
    ("噪声聋是在车间里得的 厂里不认 我想找老板算清楚", "work_injury_insurance"),
    # what the medical insurance leaves to pay, help asked
    ("老公肝癌 医保报完了每次还要自己出一万多 有没有地方能帮一把", "medical_assistance"),
    ("孩子白血病 报销以后还得自家贴不少 政府能不能再补点", "medical_assistance"),
    # back from the army, a skill to learn on the public
    ("我退伍两年了 想去学开无人机 听说政府出钱", "veteran_education_training"),
    ("从部队回来以后想学点东西 当过兵的培训是不是免费", "veteran_education_training"),
    # a chronic illness, the doctor to come by regularly
    ("我妈高血压十几年 听说社区医生会定期上门来量血压 怎么登记", "chronic_disease_management"),
    ("老头子糖尿病 想让卫生院的医生每个月来家里测测血糖", "chronic_disease_management"),
])
def test_set33_situations_lead_to_their_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    # a disabled renter asking for a public flat, not the rent paid: no help with the rent asked
    ("我是残疾人 租房住 想申请公租房", "rental_housing_subsidy"),
    ("儿子脑瘫 有一级的证 在双林租房 我老公一个人上班养三口 每个月能不能给他补点生活费", "rental_housing_subsidy"),
    # a veteran who names a trade keeps the trade course
    ("我是退役军人 想去学开挖掘机 听说有不收钱的班", "veteran_education_training"),
    # rehabilitation without a grave disability is no severe disability's insurance
    ("膝盖做了手术 要做康复训练 医保能报吗", "severe_disability_medical_security"),
    # a demolition told with no resettlement or area asked
    ("隔壁工地在拆房子 灰太大了", "shantytown_renovation"),
    # a bank card alone is no social security card
    ("银行卡丢了 存钱取钱都不行了 怎么办", "social_security_card"),
    # a family doctor signed is not the chronic illness management
    ("我爸高血压 想签个家庭医生 定期上门来量血压", "chronic_disease_management"),
    # a veteran looking for work, no course
    ("我退伍回来了 想找份工作 政府管不管", "veteran_education_training"),
    # two children, one dead, is no only child
    ("我们生了两个儿子 老大前年走了 老人家有没有照顾", "family_planning_special_assistance"),
])
def test_set33_guards(text, service):
    assert service not in cued_services(normalize(text))


def test_lay_off_compensation_sued_for_is_sure():
    text = normalize("去年六月老板说订单少了让我回家 一分补偿没给 我隔几个月去要一次 到现在也没给 还能不能告他")
    assert "labour_dispute_arbitration" in surely_cued(text)
    # (compensation for a demolition is no labour dispute)
    assert "labour_dispute_arbitration" not in surely_cued(normalize("拆迁补偿一直不给 能不能告开发商"))


@pytest.mark.parametrize("text", [
    "来电人称 她老公做了十几年 上个月自己不干了 问 听说厂里交过的保险 人没了工作能按月领点钱",
    "来电人说 她父亲七十了 问 村里那份养老他可以领",
    "老板说报点药费就算了 我听人说厂里干活受的伤不是这么算的",
    "包工头说给两千就了结 我听讲不能这么简单了结",
    "左手三个手指压断了 厂里垫了住院的钱 后面的事一句不提 我这种伤厂里该管到哪里",
    "老板应该赔到什么地步",
])
def test_whether_asked_without_a_particle(text):
    assert asks_whether(normalize(text))


@pytest.mark.parametrize("text", [
    "来电人称 她儿子十六岁 问 第一次办去哪里",
    "问 这种去哪个部门办",
    "我听人说工伤是这么算的",
])
def test_not_whether(text):
    assert not asks_whether(normalize(text))


def test_care_that_cannot_rest_on_neighbours_asks_for_help():
    assert asks_for_help(normalize("村里人轮流送饭 我给他擦身子 他今年六十二 以后总不能一直靠我们几个邻居"))
    assert not asks_for_help(normalize("我们几个邻居轮流给他送饭"))


def _entities(text, word, value):
    start = text.index(word)
    return [{"entity": "service", "value": value, "start": start, "end": start + len(word)}]


@pytest.mark.parametrize("text", ["女儿还躺在县医院 这种时候该去求哪个部门", "老头子在县医院住院 钱不够了", "人送进了县医院抢救"])
def test_the_hospital_a_patient_lies_in_is_not_asked_about(text):
    entities = _entities(text, "县医院", "county_hospital_services")
    assert where_patients_lie(entities, text) == {"county_hospital_services"}
    assert "county_hospital_services" in workplaces(entities, text)


def test_a_hospital_asked_about_stays():
    text = "县医院看病能报多少"
    assert where_patients_lie(_entities(text, "县医院", "county_hospital_services"), text) == set()


def test_an_old_grain_depot_is_a_landmark():
    assert domain_gap(normalize("阿拉住勒老粮站后头个宿舍平房 寻啥个部门")) is None or \
        domain_gap(normalize("阿拉住勒老粮站后头个宿舍平房 寻啥个部门")).body != "agriculture_rural"
    assert domain_gap(normalize("粮站今年稻谷不收了 卖给谁")).body == "agriculture_rural"


@pytest.mark.parametrize("text", ["伲子后来一跑 到现在勿晓得人勒哪里 阿拉七十四", "老公跑了 不知道他躲到哪里去了"])
def test_a_whereabouts_not_known_is_no_where_question(text):
    assert "哪" not in without_rhetorical_where(text)


@pytest.mark.parametrize("text", ["不知道在哪里申请", "不知道去哪里办", "勿晓得到哪里去问"])
def test_not_knowing_where_to_go_is_still_asked(text):
    assert "哪" in without_rhetorical_where(text)
