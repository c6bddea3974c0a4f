"""The general gap topics of bot/triage.py give way where a word names the place, not the matter (session 14):
a building site's noise before an exam is no school matter; a disabled resident turned away at a pool is the
federation's, not the pool's opening hours."""
from bot.triage import domain_gap


def test_exam_words_beside_building_noise_are_not_a_school_matter():
    gap = domain_gap("楼下工地半夜还在施工 吵得孩子没法复习 明年中考")
    assert gap is None or gap.body != "education"
    assert domain_gap("孩子明年中考 学籍还在老家怎么办").body == "education"


def test_a_disabled_resident_turned_away_at_a_gym_is_the_federations():
    assert domain_gap("女儿自闭症 游泳馆说不接收").body == "disabled_persons_federation"
    assert domain_gap("体育馆周末开放吗 要不要预约").body == "sports"


def test_a_retirement_already_done_told_in_passing_is_no_need():
    from bot.story_needs import needs
    story = "女儿证上是智力二级 前两年我男人也病退了 家里评上了低保 听说低保家里的残疾人另外还有一份生活上的钱"
    assert [sid for _, sid in needs(story)] == ["disabled_living_subsidy"]
    assert "employee_basic_pension" in [sid for _, sid in needs("单位说我这种情况可以申请病退，还有孩子上学的事")]
