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
