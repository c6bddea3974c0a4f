"""Which service a screening is about: the narrower form for the resident's group
(随迁子女入学), and the service the asking clause names by a word of its own."""
from actions.eligibility import ActionStartEligibility, narrower_for
from actions.common import kb
from tests.actions.conftest import entity, message, run, slots_set, tracker

SCHOOL, MIGRANT = "compulsory_school_enrolment", "migrant_children_enrolment"


def test_a_family_that_says_it_came_to_work_here_is_screened_for_migrant_children_enrolment():
    school = kb().service(SCHOOL)
    said = {"migrant_worker": True, "hukou_place": "外地", "child_age": 6}
    assert narrower_for(school, said, {"migrant_worker": 0.85}).id == MIGRANT
    # only inferred from a hukou elsewhere and a district here: the general service fits as well
    assert narrower_for(school, said, {"migrant_worker": 0.8}).id == SCHOOL
    # a hukou in Huzhou says otherwise ("刚从外地搬回吴兴，户口一直在吴兴")
    local = {"migrant_worker": True, "hukou_place": "吴兴区", "residence_place": "吴兴区", "child_age": 7}
    assert narrower_for(school, local, {"migrant_worker": 0.85}).id == SCHOOL
    # no narrower form where there is none (护理补贴 is not 生活补贴 for 低保 families)
    care = kb().service("severe_disability_care_subsidy")
    assert narrower_for(care, {"dibao_household": True}, {"dibao_household": 0.9}).id == care.id


def test_start_screens_migrant_children_enrolment_for_a_migrant_family():
    text = "我们是安徽来湖州打工的，孩子六岁了，能上小学吗"
    slots = {"migrant_worker": True, "hukou_place": "外地", "child_age": 6, "fact_confidence": {"migrant_worker": 0.85}}
    _, events = run(ActionStartEligibility(), tracker(message(text, "check_eligibility", [entity("service", SCHOOL)]), slots))
    assert slots_set(events)["eligibility_service"] == MIGRANT
