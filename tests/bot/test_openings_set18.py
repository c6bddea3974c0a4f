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
