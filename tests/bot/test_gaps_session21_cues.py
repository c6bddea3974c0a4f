"""Session 21: situations of blind set 26's openings (tests/data/conversations_test21) and service rows
(gaps_test18) told without a service's name, in classes (bot/finder_cues.py), in other words than the set's:
a bus's last run too early, a sports ground's opening hour, a craft only one old person knows, a tap's thin
trickle, a medicine past its date, ID cards posted in a group, money for whoever looks after someone who cannot be
left alone, a disabled person's own social insurance and the share paid back (and not the enrolment cue of those
with no employer), both partners checked before trying for a child again, wages owed long ago and whether they can
still be claimed, an X-ray machine behind the wall, a clinic that books the county hospital for the patient,
someone about to drive after drinking (the catalogue's road traffic safety, whose alias 酒驾 no gap topic may take).
Near misses are pinned: they must not be cued."""
import pytest

from bot.finder_cues import cued_services
from bot.text import normalize


@pytest.mark.parametrize("text, service", [
    ("去市区的那班车末班六点就没了 我们厂七点下班 能不能延长一点", "public_bus"),
    ("早上头班车六点半才发 赶不上上班 能不能提前", "public_bus"),
    ("县体育馆晚上九点就关门了 下了班都来不及去打球", "public_sports_venues"),
    ("学校那个塑胶操场七点才开放 我们想早点去走路", "public_sports_venues"),
    ("我外公会做那种老式的竹编灯笼 这手艺再没人学就要失传了", "intangible_cultural_heritage"),
    ("村里就他最后一个会唱这种老调的 想请人来录下来", "intangible_cultural_heritage"),
    ("水龙头的水小得像线一样 洗个澡要半天", "water_supply"),
    ("我们这一片一到傍晚龙头里的水就细了 几乎不出", "water_supply"),
    ("药店卖给我的感冒药回家一看已经过期三个月了", "drug_safety"),
    ("卫生院开的药膏 盒子上的日期早就过了", "drug_safety"),
    ("物业把业主的身份证复印件拍照发在业主群里 谁都能看", "personal_information_protection"),
    ("中介把我们的电话号码和家庭地址发到网上了", "personal_information_protection"),
    ("我女儿脑瘫 一天到晚离不开人 给照顾的家里人有没有一点补贴", "severe_disability_care_subsidy"),
    ("他瘫在床上十年了 照顾他的人能不能领点补助", "severe_disability_care_subsidy"),
    ("我是聋哑人 在外面做点小生意 社保都是自己交的 听说能补贴一点", "disabled_insurance_subsidy"),
    ("老公工地上摔断了腿 现在坐轮椅 社保自己交 交社保能补点吗", "disabled_insurance_subsidy"),
    ("前年流产过一次 今年想再要一个 想先两口子都去检查一下", "free_preconception_checkup"),
    ("备孕半年了没动静 我们俩想都去查查", "free_preconception_checkup"),
    ("前年在工地干的工资到现在还没结 还能不能去要回来", "labour_dispute_arbitration"),
    ("厂里欠我三个月工钱 已经拖了一年多了 现在还来得及申请吗", "labour_dispute_arbitration"),
    ("楼下新开的牙科诊所装了一台拍牙片的X光机 就在我家卧室下面 会不会有辐射", "radiation_safety"),
    ("社区医院看不了 让我去市医院 能不能由他们直接帮我预约好", "tiered_diagnosis"),
    ("我舅舅喝醉了还要开摩托回家 劝不住", "road_traffic_safety"),
    ("他晚上喝了点酒 非要开车送客人", "road_traffic_safety"),
])
def test_session21_situations_are_cued(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    # overtime is not a later bus; a village's own bus is the village bus
    ("厂里天天要我们加一班 最后一班要做到晚上十点", "public_bus"),
    ("我们村最后一班车下午四点就走了", "public_bus"),
    # a ground's opening asked with no hour
    ("体育馆要不要钱", "public_sports_venues"),
    # a dragon lantern's head is not a tap
    ("他是扎百叶龙龙头的老师傅 龙头的水彩颜料要去哪买", "water_supply"),
    # a food past its date is food safety, not a medicine's
    ("超市卖的牛奶过期了", "drug_safety"),
    # one's own ID lost is the police's
    ("身份证丢了怎么补办", "personal_information_protection"),
    # an elder's carer: the elderly care services, not the disabled's
    ("我妈八十多了离不开人 给照顾她的人有没有补贴", "severe_disability_care_subsidy"),
    # the insurance paid by oneself with no disability told
    ("我在外面打零工 社保是自己交的 交社保能补一点吗", "disabled_insurance_subsidy"),
    # a check after a wedding is another cue's; with no pregnancy told, two people checked is not this
    ("我们俩都去查查体检报告在哪拿", "free_preconception_checkup"),
    # a wage asked about with no claim
    ("工资还能不能涨一点", "labour_dispute_arbitration"),
    # a phone mast is another cue's words; a film's projector is no X-ray
    ("村里放电影的机器坏了", "radiation_safety"),
    # a referral asked with no clinic that books it
    ("县医院的号怎么挂", "tiered_diagnosis"),
    # drinking with no driving
    ("我老公天天喝酒 喝醉了就骂人", "road_traffic_safety"),
])
def test_session21_near_misses_are_not_cued(text, service):
    assert service not in cued_services(normalize(text))


def test_a_disabled_residents_own_insurance_is_not_the_enrolment_cue():
    # the enrolment of those with no employer reads 打零工 …社保 …自己交; a disability told first is the federation's subsidy
    text = "我耳朵听不见 一直打零工 社保都是自己交的"
    assert "universal_insurance_enrolment" not in cued_services(normalize(text))
    assert "universal_insurance_enrolment" in cued_services(normalize("我一直打零工 社保都是自己交的"))
