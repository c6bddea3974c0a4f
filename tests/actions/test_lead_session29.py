"""The lead's fixes of session 29, from blind set 34's conversations (our own sentences): the service whose situation the
asking clause tells in a cue's words is screened, not another one a short word of that clause names (小学); a message
ending on a short where-question the classifier took for 'find_service' gets the office, not the card."""
import pytest

from actions.eligibility import ActionStartEligibility
from actions.service_answers import _where_asked_last
from tests.actions.conftest import message, run, slots_set, texts, tracker


def test_a_child_fetched_from_the_home_county_is_screened_for_the_migrants_school():
    text = "女儿八岁在四川老家跟着奶奶念书 奶奶身体不行了 下个月就接过来 这边的小学还能不能进"
    ranking = [{"id": "migrant_children_enrolment", "confidence": 0.5}, {"id": "compulsory_school_enrolment", "confidence": 0.4}]
    msgs, events = run(ActionStartEligibility(), tracker(message(text, "check_eligibility", ranking=ranking, confidence=0.9), {}))
    assert slots_set(events).get("eligibility_service") == "migrant_children_enrolment", texts(msgs)


@pytest.mark.parametrize("text, where", [
    ("女儿户口在孝丰镇 一直跟着我们住 生活补贴问哪里", True),
    ("我们住在吴兴 这个找哪个部门", True),
    ("我儿子还是在南浔上班", False),
    # a story asking where to sue is no follow-up: its screening starts
    ("我在酒店后厨干了十一年 今年被收购 经理叫我们明天不用来了 说好的补偿一分没见着 打电话不接 我想问这种能去哪里告", False),
])
def test_a_short_where_question_ends_a_follow_up(text, where):
    assert _where_asked_last(text) is where
