"""Story needs from set 25's conversations (session 20, the lead's): the rent the government is asked to bear, a
bare 问 leading the clause after it, a Wu 哦 asking, half the pay owed after a job settled. Our own stories."""
from bot import story_needs
from bot.text import simplified


def test_rent_the_government_is_asked_to_bear_in_a_disabled_family():
    text = "儿子脑瘫 十二了 住的房子要拆 新租的一个月一千八 我在厂里做 一个人顶不住 房租这块政府管不管"
    assert ("残疾人家庭租房", "rental_housing_subsidy") in story_needs.needs(text)


def test_near_miss_a_rent_told_is_no_rent_asked():
    assert not any(sid in ("rental_housing_subsidy", "public_rental_housing")
                   for _, sid in story_needs.needs("房租一个月一千八 我在厂里上班 孩子在读小学"))


def test_a_bare_ask_leads_the_clause_after_it_not_the_one_before():
    text = simplified("来电人称 她弟弟退伍了 户口要迁回南浔 问 政府对他会不会安排工作 要找哪个部门")
    asked = [text[a:b].strip() for a, b in story_needs.asked_spans(text, clauses=True)]
    assert not any("户口" in part for part in asked)
    assert any("安排工作" in part for part in asked)


def test_a_wu_question_ending_in_o_is_asked():
    text = simplified("阿拉伲子四十 一直做零工 阿拉想叫伊自家交一份养老 好交哦")
    assert any("好交哦" in text[a:b] for a, b in story_needs.asked_spans(text, clauses=True))


def test_half_the_pay_owed_after_the_job_settled_is_the_arbitrations():
    text = "跟着包工头刷了两个月墙 上个月结账 只给了一半 还差我八千 打电话就说再等等 这钱怎么要回来"
    assert ("离职后讨要工资", "labour_dispute_arbitration") in story_needs.needs(text)


def test_near_miss_half_paid_while_still_at_work_is_the_inspections():
    assert ("拖欠工资", "labour_inspection") in story_needs.needs("厂里这个月只给了一半 还欠我三千 我还在上班 这钱怎么要")
