"""Session 19 (the lead, from set 24's conversations): the bills left after the insurance paid are the medical aid's —
neither the insurance's own claim nor the emergency help besides — unless an accident's bills ask to be tided over;
what is left to pay after it is the medical aid's need. Our own sentences."""
import pytest

from bot.story_needs import needs


def services(text):
    return [sid for _, sid in needs(text)]


@pytest.mark.parametrize("text", [
    "替我舅舅问的 他五十出头 在工地打小工 上个月胆结石住了半个月院 医保报完自己还要出三万多 亲戚都借过了 那个钱还有没有哪里能再补一点",
    "阿拉老头子肺里生毛病 住了两个礼拜院 报脱以后自家还要贴两万 阿拉两家头种田个 还有啥个地方好帮一把",
])
def test_bills_left_after_the_insurance_are_the_medical_aids(text):
    assert services(text) == ["medical_assistance"], services(text)


def test_near_miss_an_accidents_bills_to_tide_over_stay_the_emergency_help():
    text = "老公骑车被渣土车撞了 住了一个月院 医保报完自己还要出三万 家里揭不开锅了 有没有能先拉一把的"
    assert "temporary_assistance" in services(text)


def test_near_miss_whether_the_insurance_pays_is_the_insurances():
    assert services("我妈下个月住院做手术 医保能不能报 报多少") == ["resident_medical_insurance"]


@pytest.mark.parametrize("text", [
    "女儿三十了 小时候发高烧烧坏了脑子 吃饭都要一口一口喂 我跟她爸都六十多了 伺候这样的人政府有补贴吗",
    "伲子四十岁 脑子勿灵清 一日到夜要人看牢 阿拉两家头也老哉 服侍迭种人政府有勿有贴补",
])
def test_the_care_of_someone_like_that_asked_for_is_the_care_subsidy(text):
    assert "severe_disability_care_subsidy" in services(text), services(text)


def test_near_miss_a_toddler_fed_by_hand_needs_no_care_subsidy():
    assert "severe_disability_care_subsidy" not in services("孙子两岁 吃饭还要一口口喂 挑食得很 幼儿园能不能早点送")


def test_the_jobs_kept_for_people_in_difficulty_are_the_public_welfare_jobs():
    text = "老公瘫在床上我走不开 只能在家门口做点零活 镇上说有专门留给困难家庭的活 扫扫马路 看看垃圾站 我住练市"
    told = services(text)
    assert "public_welfare_jobs" in told and "waste_sorting" not in told and "employment_assistance" not in told, told


def test_near_miss_a_rubbish_room_complained_of_stays_the_waste_sorting():
    assert "waste_sorting" in services("小区垃圾房天天不清 臭得要命 找谁管")


@pytest.mark.parametrize("text", [
    "儿子听力三级 在县城读职高 学费住宿费压得我们喘不过气 残疾学生念书有没有补助",
    "囡儿小时候生病落下肢体残疾 拄拐 今年考上了湖州的大学 学费住宿费一年好几千 听说有证的学生读大学政府有资助 她证是三级",
])
def test_a_disabled_students_school_costs_are_the_disabled_students_aid(text):
    told = services(text)
    assert "disabled_student_aid" in told and "high_school_student_aid" not in told, told


def test_near_miss_school_costs_with_no_disability_stay_the_stages_aid():
    assert services("孩子上高中了 学费交不起 有没有助学金") == ["high_school_student_aid"]


def test_a_school_the_children_are_at_told_in_passing_is_not_the_question():
    # (the five residents' check: a story of several hardships was screened for school enrolment)
    from bot.asked_last import the_one_named_asked
    text = "我男人去年在厂里轧断了手 现在干不了活 全家靠我在饭店洗碗 两个孩子一个读初中一个读小学 婆婆常年吃药 房租又涨了 政府能不能帮帮我们"
    start = text.index("读小学")
    entities = [{"entity": "service", "value": "compulsory_school_enrolment", "start": start, "end": start + 3}]
    assert the_one_named_asked(text, entities) == []
    assert services(text)  # the story's own needs are offered instead


def test_near_miss_a_school_asked_about_after_the_story_is_the_question():
    from bot.asked_last import the_one_named_asked
    text = "我们从外地搬回吴兴快一年了 户口也迁回来了 儿子明年九月满六岁 想让他在这边读小学 我们能报名吗"
    start = text.index("读小学")
    entities = [{"entity": "service", "value": "compulsory_school_enrolment", "start": start, "end": start + 3}]
    assert the_one_named_asked(text, entities) == ["compulsory_school_enrolment"]


def test_rehabilitation_asked_to_go_through_the_insurance_is_the_severely_disableds_medical_security():
    text = ("儿子十六岁那年车祸伤了脑子 现在一级残疾 这几年一直在做康复 针灸推拿 走路训练 一年要花七八万 都是自己出的 "
            "听医院里别的家长讲 有的康复项目可以走医保了 我们这种情况归哪里管")
    assert services(text) == ["severe_disability_medical_security"], services(text)


def test_near_miss_a_childs_rehabilitation_subsidy_stays():
    assert "disabled_children_rehabilitation" in services("儿子三岁 自闭症 在康复机构做语言训练 一个月好几千 听说残疾孩子康复训练有补贴 找哪里")


def test_a_child_to_be_let_into_school_is_the_school_place():
    text = "孙女跟着我在乡下长大 爸妈在外面打工 今年满六岁了 本来要去她爸妈那边读的 那边没办成 现在开学都两个月了 能不能让她进学校"
    assert services(text) == ["compulsory_school_enrolment"], services(text)


def test_near_miss_a_disabled_parent_with_children_at_school_is_no_disabled_student():
    text = "我男人腿有残疾 证办了 在家做点手工 我在超市上班 两个孩子都在读书 日子紧 残疾人每个月那点生活补贴他能不能领"
    assert "disabled_student_aid" not in services(text), services(text)
