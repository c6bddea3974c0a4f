"""Openings of set 18 by class (sentences written for these tests, not the set's): whether one was left out,
asked in Wu; asking outright with 先/现在; told by others that one can apply; needs told in everyday words
(money while let go, the monthly living guarantee, the state's cheap flats, the rent of a family with a
wheelchair user); a status already held is no need."""
from bot.eligibility_cues import asks_eligibility, asks_whether
from bot.story_needs import needs


def ids(text):
    return [sid for _, sid in needs(text)]


def test_whether_one_was_left_out_asks_whether():
    for text in ("村里别人都领了 阿拉一分呒没 是勿是漏脱哉", "邻居早就拿到了 我是不是被漏掉了", "大家都发了 是不是把我家忘了"):
        assert asks_whether(text), text
    for text in ("是不是明天开门", "你是不是搞错了意思", "屋顶是不是漏水了"):
        assert not asks_whether(text), text


def test_asking_outright_now_or_first():
    for text in ("现在好先去领伐", "我能先去申请吗", "可以现在就领吗"):
        assert asks_eligibility(text), text
    assert not asks_eligibility("先去哪里领")


def test_told_by_others_that_one_can_apply():
    for text in ("邻居讲阿拉好去申请每个号头贴一点", "村里书记说可以去申请的", "小姐妹都说能领"):
        assert asks_whether(text), text
    for text in ("邻居说他家装修要三个月", "书记说明天开会"):
        assert not asks_whether(text), text


def test_money_while_let_go_is_the_unemployment_benefit():
    assert ids("公司把他辞退了 被辞了有没有钱可以领") == ["unemployment_insurance_benefit"]
    assert ids("上个月厂里裁员 我不干了听说有笔钱可以领") == ["unemployment_insurance_benefit"]
    assert "unemployment_insurance_benefit" not in ids("被辞了以后想找个新工作")


def test_the_monthly_living_guarantee_is_dibao():
    assert ids("男人走了 一个人带孩子 能不能申请每月的生活保障") == ["minimum_living_allowance"]
    assert ids("镇上说我们可以申请每个月的保障金") == ["minimum_living_allowance"]
    assert "minimum_living_allowance" not in ids("想问社会保障卡丢了怎么补")


def test_the_states_cheap_flats_to_rent():
    assert ids("房子卖了还债 现在租房 政府那种便宜的出租房能不能排上") == ["public_rental_housing"]
    assert "public_rental_housing" not in ids("想把自家的空房子便宜点租出去")


def test_the_rent_of_a_family_with_a_wheelchair_user():
    assert ids("我爸坐轮椅好几年了 我们在外面租房 房租能不能补一点")[0] == "rental_housing_subsidy"
    assert ids("我们一家在外面租房 房租能不能补一点")[0] == "public_rental_housing"


def test_a_poverty_status_held_is_no_need():
    told = ids("我舅舅前年评上了特困 这回住院开刀 报完还要自己出一大块 还能不能再减一点")
    assert "extreme_poverty_support" not in told and "medical_assistance" in told
    assert "extreme_poverty_support" in ids("一辈子没成家 一个人住 地也种不动了 这种特困能申请吗")


def test_hearsay_after_i_asks_whether():
    assert asks_whether("我听说辞职了也有一笔钱可以领")
    assert asks_whether("我们也听讲有补贴")
    assert not asks_whether("我听说明天下雨")


def test_a_finger_lost_to_a_machine_is_an_injury_at_work():
    assert ids("在厂里开冲床 上个月压断了一根手指 现在自己去弄还来得及吗") == ["work_injury_insurance"]
    assert ids("切割机把手指切掉了一截 算不算上班受的伤")[0] == "work_injury_insurance"
    assert "work_injury_insurance" not in ids("想买一台切割机 哪里便宜")
    # someone else's finger, told in a report of a hazard: no injury of the resident's
    assert "work_injury_insurance" not in ids("车间冲床的防护罩给拆了 上个月有人压断了两根手指 想偷偷举报 找哪个单位")


def test_paying_into_the_pension_from_now_asked_bare():
    told = ids("女儿十七岁 在饭店帮忙 没签合同 想给她把养老的保险交起来 这么小能交吗")
    assert told[0] == "resident_basic_pension"


def test_a_child_sent_to_the_kindergarten():
    assert ids("想把儿子送到村里公家办的园里去 现在还能进吗") == ["kindergarten_enrolment"]


def test_the_last_one_left_at_home_to_be_looked_after():
    assert ids("他爸去年走了 家里就剩他一个 政府能不能管起来") == ["extreme_poverty_support"]
    assert "extreme_poverty_support" not in ids("家里就剩他一个在吃饭 我们都出去了")


def test_a_school_told_as_a_reason_is_no_school_place():
    assert "compulsory_school_enrolment" not in ids("老板欠我加班费 前年因为儿子要上小学我回了老家 想问还能不能讨")
    assert "compulsory_school_enrolment" in ids("儿子明年要上小学 我们户口在这边 能报吗")


def test_a_child_kept_with_the_family_is_no_left_behind_child():
    told = ids("俺们安徽的 在这边打工五年 儿子六岁 明年想让他在这边上学 不想让他回老家当留守的")
    assert told == ["migrant_children_enrolment"]
    assert "left_behind_children_care" in ids("孩子在老家当留守的 爷爷奶奶管不住 有没有人帮着照看")


def test_wages_owed_by_a_shut_factory_or_after_a_dismissal_are_a_dispute():
    assert ids("厂子上个月关门了 老板欠了我两个月工资 这钱还能不能要回来") == ["labour_dispute_arbitration"]
    assert ids("跟老板吵了两句 他叫我滚蛋 最后半个月工资也不给 我找谁说理去")[0] == "labour_dispute_arbitration"
    assert asks_whether("我找谁说理去")
    # still at work, wages late: the inspection
    assert ids("老板欠了我们三个月工资 还在上班 找谁") == ["labour_inspection"]


def test_whether_it_is_free():
    assert asks_whether("孩子打疫苗的那个 是不是不用花钱")
    assert asks_whether("阿拉老太婆的那个检查 是勿是覅铜钿")


def test_paying_in_oneself_with_help_heard_of_for_a_hearing_disability():
    told = ids("我妹妹耳朵一直不好 戴助听器 在超市上班 自己交社保一年好几千 听说像她这样的交社保政府能帮着出一点")
    assert told == ["disabled_insurance_subsidy"]
    assert "disabled_insurance_subsidy" not in ids("我自己交社保一年好几千 听说交社保政府能帮着出一点")


def test_an_accident_that_left_someone_paralysed_is_the_care_need():
    assert ids("我妈去年被车撞了 高位截瘫 吃喝拉撒全靠人 我天天在家照顾") == ["severe_disability_care_subsidy"]
    # help to tide over asked for: the emergency help stays
    assert "temporary_assistance" in ids("我爸昨天被车撞了 瘫痪了 急用钱 能不能先帮一把")
    # paralysed with the crisis's bills and no care told: the emergency help stays
    assert "temporary_assistance" in ids("我爸去年车祸瘫痪在床 住院花了好几万 家里欠了一屁股债")


def test_a_blow_just_now_and_help_to_tide_over():
    assert "temporary_assistance" in ids("家里是低保户 这个月老人骨折住院 这一下真是撑不住了 能不能先帮我们一把")
    assert "temporary_assistance" not in ids("老人骨折住院 医药费报了一部分")


def test_a_trade_to_learn_with_a_certificate_cheaply():
    assert ids("在工地干了好几年 我也想学焊工 考个证 有没有不要钱的地方教") == ["vocational_skills_training"]
    assert "vocational_skills_training" not in ids("孩子想学钢琴 哪里有老师")


def test_a_family_from_elsewhere_in_other_words():
    assert ids("我们老家湖北的 孩子明年想在这边念书 要弄什么材料") == ["migrant_children_enrolment"]
    assert ids("我们湖南过来在长兴打工的 女儿六岁 想明年让她在这边读书") == ["migrant_children_enrolment"]
    assert ids("女儿明年要进学校了 户口在吴兴 该准备什么") == ["compulsory_school_enrolment"]
