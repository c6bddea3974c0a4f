"""Classes of blind set 17's long stories that were offered a wrong body or missed a need (reports/routing_test9_first_scoring.md),
each read generally in bot/story_needs.py. The sentences are written for these tests, in other words than set 17's: a
worried daughter, an elderly resident in Wu dialect, a hotline transcript, a migrant worker. Near misses must not
change."""
import pytest

from bot.story_needs import candidates, needs


def services(text):
    return [service for _, service in needs(text)]


def told(text):
    """Every need read, before the offers are spread over bodies (two services of one body are one offer)."""
    return [service for *_, service in candidates(text)]


# (story, a service it must not be offered): what a story tells that is no need of that service
NOT_OFFERED = [
    # the place of work and an injury in two sentences: no injury at work
    ("我白天要上班。想问敬老院里老人摔伤了，家属能不能看监控？", "work_injury_insurance"),
    ("儿子在厂里干活。上个月他奶奶在家里摔了一跤，骨头裂了", "work_injury_insurance"),
    # a class the resident runs for others is no training wanted
    ("我退休了，想在社区开一个免费的剪纸班，教小孩子和老人，场地去哪里借？", "vocational_skills_training"),
    ("阿拉想勒村里办个不要钱的课 教老人用手机 有啥地方好借", "vocational_skills_training"),
    # a resettlement flat's quality is the housing body's, not a seller's
    ("拆迁以后分到的安置房才住两年，阳台就开裂了，安置房质量问题找谁？", "consumer_rights"),
    # Wu: the cost of treatment claimed from whoever caused the harm
    ("阿拉男人勒工地上被人推了一把 头撞破了 住了三日医院 看毛病的铜钿啥人出", "medical_assistance"),
    # rehabilitation of an injury of someone not disabled is not the federation's
    ("我年轻时打篮球，膝盖留下了旧伤，现在上下楼都疼，医生让我做康复训练，一次要两百块", "disability_rehabilitation"),
    ("我妈去年摔了一跤骨折了，出院后要做康复，康复费一次一百多", "disability_rehabilitation"),
    # an athlete who retired is no serviceman
    ("我以前是省队的举重运动员，前年退役了，除了练举重啥也不会，想找个工作", "veteran_employment"),
    ("儿子是田径运动员，去年退役回来，想自己开个健身工作室，有没有创业补贴", "veteran_education_training"),
    # a fraud someone else says happened, or one feared, told
    ("我想把房子租给一个外地朋友开店，我女儿说我被人骗了，死活不同意。想问租房合同要注意什么", "public_order_patrol"),
    ("我妈一个人住，我们担心她被骗，想给她家里装个一键呼叫的东西", "public_order_patrol"),
]


@pytest.mark.parametrize("story,service", NOT_OFFERED)
def test_a_story_does_not_offer_what_it_does_not_need(story, service):
    assert service not in told(story), told(story)


# (story, a service it needs among those offered): the near misses' counterparts, still read as before
STILL_OFFERED = [
    # an injury at work told in one sentence
    ("我在厂里上班的时候从梯子上摔下来，腿骨折了，老板不肯报工伤", "work_injury_insurance"),
    # a free class asked for stays the training
    ("下岗以后想学门手艺，有没有政府出钱的免费的班？", "vocational_skills_training"),
    # a flat bought from a seller, its quality
    ("买了个二手的洗衣机才一个月就坏了，商家说是质量问题不归他们管", "consumer_rights"),
    # a disabled resident's rehabilitation stays the federation's
    ("我儿子脑瘫，想做康复训练，一次要两百块", "disabled_children_rehabilitation"),
    # a serviceman back from the army, even in a story that names a sport
    ("我当了五年兵，去年退伍回来，在部队里是运动员，想找个工作", "veteran_employment"),
    # a fraud the resident reports
    ("我妈被人骗了三万块，说是买保健品能治病，想报警", "public_order_patrol"),
]


@pytest.mark.parametrize("story,service", STILL_OFFERED)
def test_the_counterpart_still_reaches_its_service(story, service):
    assert service in told(story), told(story)
