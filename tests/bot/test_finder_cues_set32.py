"""Classes of blind set 32's conversation openings (conversations_test27, studied since 2026-12-07), in other words
than the set's: situations that lead to one catalogue service without its name (bot/finder_cues.py); a war veteran's
yearly money after his death is no question of medals (bot/gap_topics_people.py); the public heard to pay, and those
above asked whether they are willing, ask whether (bot/eligibility_cues.py)."""
import pytest

from bot.eligibility_cues import asks_whether
from bot.finder_cues import cued_services
from bot.text import normalize
from bot.triage import domain_gap


@pytest.mark.parametrize("text, service", [
    # the two insurances of someone hurt for good, paid by the family, help with paying asked
    ("我弟弟小时候发高烧烧坏了神经 走路一瘸一拐 他的养老和医保都是我们给他交 这钱有没有人帮衬一点", "disabled_insurance_subsidy"),
    ("老公一只手被机器轧了 现在提不了重东西 养老保险和看病的保险每年自己缴 今年缴不起了 公家能不能帮忙出一点",
     "disabled_insurance_subsidy"),
    # a disabled member of a dibao family, a share of their own
    ("女儿智力二级 家里吃低保好几年了 听说她这种还能另外领一份", "disabled_living_subsidy"),
    ("家里吃低保 女儿脑子不太好使 听说像她这样的人还能领点钱", "disabled_living_subsidy"),
    # someone disabled who needs a hand with everything, monthly money
    ("我爸中风以后瘫在床上 穿衣洗澡全靠我 像他这种每个月有没有补贴", "severe_disability_care_subsidy"),
    ("儿子脑瘫十年了 离不了人 家里这种能不能贴点钱", "severe_disability_care_subsidy"),
    # a public course that teaches a trade and gives a certificate
    ("我想学理发 政府办的那种培训班有没有", "vocational_skills_training"),
    ("有没有学电焊的班 学完能拿证", "vocational_skills_training"),
    # a storm's damage
    ("昨天下冰雹 我家的大棚全砸烂了 政府管不管", "natural_disaster_relief"),
    ("台风过来 房子的瓦片全刮掉了 屋顶漏得不能住", "natural_disaster_relief"),
    ("这是天灾啊 公家有没有人管", "natural_disaster_relief"),
    # a veteran who fought, paid yearly, now dead
    ("我爸是参过战的老兵 每个月领一点补助 上个月人走了 这钱后面怎么办", "entitled_groups_pension"),
    # old people moving into a home the public runs
    ("我们老两口想搬到镇上政府开的那种地方去住 有人管饭", "elderly_care_institution"),
    ("村里几个老人想集中住的地方 有没有", "elderly_care_institution"),
    # stranded without a penny, wanting to go home
    ("我在车站钱包被偷了 一分钱都没有 想回老家", "vagrant_assistance"),
    ("出来打工被骗了 身无分文 回不去了 谁能帮帮我", "vagrant_assistance"),
    # a check-up before starting a hazardous job
    ("刚进的电焊车间 听说上岗前要做个体检 厂里没安排", "occupational_health_examination"),
    ("我在喷漆房干活 老板从来没带我们定期体检", "occupational_health_examination"),
    # an old person alone with nothing to live on
    ("村口有个老太太八十多了 一个人住在破屋里 没有收入 吃的都是邻居给的 这样的老人政府管不管", "extreme_poverty_support"),
    ("隔壁老头七十好几 靠大家接济过日子 像这种老人公家有没有人管", "extreme_poverty_support"),
    # pay withheld, someone asked to judge
    ("厂里扣了我两个月工资不发 想找个地方评评理", "labour_dispute_arbitration"),
    ("加班费一直不给算 公司推来推去 我想讨个说法", "labour_dispute_arbitration"),
    # a couple planning a child, both wanting a check
    ("我们打算今年备孕 想两口子先去医院检查一下", "free_preconception_checkup"),
])
def test_set32_situations_lead_to_their_service(text, service):
    assert service in cued_services(normalize(text))


@pytest.mark.parametrize("text, service", [
    # guards: an injury at work is the work-injury insurance, not the disabled's subsidy
    ("工伤断了两根手指 养老和医保是厂里交的 现在厂里不交了 能不能帮我出一点", "disabled_insurance_subsidy"),
    # wages owed are no stranded traveller's
    ("老板欠了我三个月工资 一分钱都没有 想回老家过年", "vagrant_assistance"),
    # a job's regular check told as done is no question of it (no hazard told)
    ("单位每年定期体检 今年查出血压高", "occupational_health_examination"),
    # a dibao family's whole allowance, no disabled member's own share
    ("我们家吃低保 听说今年还能多领一份过节的钱", "disabled_living_subsidy"),
    # a storm told as the weather of the day, no damage
    ("台风天孩子学校放假 在家没人管", "natural_disaster_relief"),
    # an old person with a pension, asking whether care at home is given: no extreme poverty
    ("我爸八十了 有退休工资 这样的老人政府有没有人上门照顾", "extreme_poverty_support"),
    # a storm still to come, where to shelter asked: the shelters
    ("天气预报说台风又要来了 上回板房顶被掀掉一块 到时候我们往哪儿去", "natural_disaster_relief"),
    # a public class for little ones is the kindergarten, not a trade course
    ("儿子两岁 镇上公家办的那种小朋友上的班 能不能收他", "vocational_skills_training"),
    ("想找人教我着火的时候怎么带孩子逃出去 有没有公家开的这种课", "vocational_skills_training"),
    ("我想开个小店 有人讲公家办的那种班 专门教想当老板的人 不收钱", "vocational_skills_training"),
    ("附近有没有公家办的学前班肯收这么小的", "vocational_skills_training"),
])
def test_set32_guards(text, service):
    assert service not in cued_services(normalize(text))


def test_a_veterans_yearly_money_after_his_death_is_no_medal_question():
    text = normalize("阿拉老头子年轻辰光去打过仗 国家每年拨伊一笔钞票 今年夏天伊走脱哉 村里讲要去办个手续")
    assert "entitled_groups_pension" in cued_services(text)
    gap = domain_gap(text)
    assert gap is None or "纪念章" not in gap.topic
    # the medal asked for is still the veterans body's matter the catalogue lacks
    medal = domain_gap(normalize("我爸上过战场 想问问参战老兵的纪念章去哪里领"))
    assert medal is not None and medal.body == "veterans_affairs"


@pytest.mark.parametrize("text", [
    "看毛病钞票勿够个 上头肯帮衬哦",
    "家里实在困难 政府肯帮一把吗",
    "听说这种查法公家出钱",
    "听人讲孩子打这个针政府会出钱的",
])
def test_willing_and_paying_heard_ask_whether(text):
    assert asks_whether(text)


@pytest.mark.parametrize("text", [
    "女儿嫁到新疆 一年打一趟电话 阿拉迭种老太婆政府管勿管",
    "弟媳改嫁到外省 电话换了 再也联系不上 侄子以后谁来管",
    "儿子接了个电话就出门了 到现在没回来 政府能不能帮忙找",
    "老头说年轻时有个儿子跟前妻走了 现在在哪 有没有能力 谁都说不清",
    "他女儿嫁去哪里了我也不知道",
])
def test_a_phone_call_told_is_no_where_question(text):
    from actions.common import ASKS_WHERE
    assert not ASKS_WHERE.search(text)


@pytest.mark.parametrize("text", ["民政局电话多少", "打哪个电话问", "给个电话", "电话是多少", "办这个的电话有吗",
                                  "不知道该去哪里办", "在哪里申请我不知道"])
def test_the_phone_number_asked_is_still_where(text):
    from actions.common import ASKS_WHERE
    assert ASKS_WHERE.search(text)


@pytest.mark.parametrize("text", ["公家出钱的那个检查去哪里做", "政府肯帮忙的话要带什么材料"])
def test_where_and_what_to_bring_are_not_whether(text):
    assert not asks_whether(text)


@pytest.mark.parametrize("text", [
    "我们湖北来的 在厂里干了四年 伢儿七岁 想接过来在这边读书 么样弄",
    "阿拉屋里老头子瘫了三年 阿拉今年七十 迭个补贴哪能弄",
    "我在这边打工三年了 孩子想过来上学 咋整",
])
def test_how_in_dialect_after_telling_is_how(text):
    from bot.asked_last import told_then_asked_how
    assert told_then_asked_how(text)


def test_what_can_we_do_is_no_how_question():
    from bot.asked_last import told_then_asked_how
    assert not told_then_asked_how("老公瘫在床上 家里没钱 这可怎么办")


def test_homework_put_on_the_parents_is_no_duty_rota_gap():
    """Set 26's school-burden conversation, taken by session 27's gap topic of parents made to take turns at duties."""
    text = normalize("老师要我们家长每天晚上把孩子作业全部批一遍 签字拍照发群里 这种让家长当老师的做法找谁反映")
    gap = domain_gap(text)
    assert gap is None or "轮流值日" not in gap.topic
    duty = domain_gap(normalize("班主任要求家长每天早上轮流到校门口站岗护学 我们上班来不及"))
    assert duty is not None and duty.body == "education"
