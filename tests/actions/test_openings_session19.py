"""Session 19 (set 24's conversations). A story that opens with the day something happened ("十一月三号在仓库摔的")
tells the date a screening needs — the days since the injury, since the rights were infringed — though the story,
read with no question asked, leaves a bare date open. The screening reads the resident's messages again for it when
it starts, and does not ask it. "有啥地方好帮一把" asks whether any help is there, not where. Our own sentences;
the date is read as on a fixed day."""
import datetime

import pytest

from actions.eligibility import ValidateEligibilityForm
from bot import clock
from tests.actions.conftest import form_tracker, message, run, slots_set, texts

FORM = "eligibility_form"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: datetime.date(2026, 12, 6))


def _start(opening, service, earlier=()):
    events = [{"event": "user", "text": t} for t in (*earlier, opening)]
    return run(ValidateEligibilityForm(), form_tracker(message(opening, "check_eligibility"),
                                                       {"eligibility_service": service}, FORM, events=events))


def test_the_day_of_the_injury_told_in_the_story_is_not_asked():
    msgs, events = _start("我在长兴一个仓库搬货 十一月二十六号从梯子上摔下来 手腕骨折了 老板说他会处理 到现在也没动静 我自己能去申请吗",
                          "work_injury_insurance")
    slots = slots_set(events)
    assert slots["days_since_injury"] == 10 and slots.get("requested_slot") != "days_since_injury"
    assert "您已经说过的" in texts(msgs)


def test_the_day_the_rights_were_infringed_told_before_the_screening():
    msgs, events = _start("能不能去仲裁", "labour_dispute_arbitration",
                          earlier=["我在南浔一家酒店做服务员 九月三十号经理说我试用期不合格 当天就叫我走人 工资也只结了一半"])
    assert slots_set(events)["days_since_rights_infringed"] == 67


def test_a_story_with_no_day_of_the_month_is_asked_as_before():
    _, events = _start("我在工地上摔了一跤 腰到现在还疼 老板不肯出钱 我能申请工伤吗", "work_injury_insurance")
    assert slots_set(events).get("requested_slot") == "days_since_injury"


def test_a_service_that_needs_no_date_reads_none():
    # (a date in a story of a service with no date among its facts: nothing of it is set)
    _, events = _start("我妈十一月二十号走的 丧事办完家里欠了一屁股债 能不能申请临时救助", "temporary_assistance")
    assert "days_since_injury" not in slots_set(events) and "days_since_rights_infringed" not in slots_set(events)


def test_whether_any_place_helps_is_no_question_of_where():
    from actions.common import ASKS_WHERE
    for text in ("报完自家还要出一万多 有啥地方好帮阿拉一把", "有没有什么地方能补一点", "有什么地方可以资助一点"):
        assert not ASKS_WHERE.search(text), text
    for text in ("有啥地方可以办残疾证", "去啥地方申请", "有什么地方能办理", "什么地方能帮我补办社保卡"):
        assert ASKS_WHERE.search(text), text



def test_a_finder_torn_between_two_takes_the_storys_one_need_when_it_is_the_second():
    # (one_need's exception for it; the conversation sets play it whole: a wedding told, the check before pregnancy asked)
    from types import SimpleNamespace

    from actions.situation import _close_behind
    need = SimpleNamespace(id="free_preconception_checkup")
    ranked = [SimpleNamespace(id="marriage_registration"), SimpleNamespace(id="free_preconception_checkup")]

    def torn(first, second):
        return SimpleNamespace(latest_message={"service_ranking": [{"id": "marriage_registration", "confidence": first},
                                                                   {"id": "free_preconception_checkup", "confidence": second}]})
    assert _close_behind(need, SimpleNamespace(ambiguous=True, services=ranked), torn(0.52, 0.47))
    assert not _close_behind(need, SimpleNamespace(ambiguous=False, services=ranked), torn(0.52, 0.47))  # the finder sure
    # (the classifier sure of the first, the words searched alone bringing the second close)
    assert not _close_behind(need, SimpleNamespace(ambiguous=True, services=ranked), torn(0.95, 0.02))
    assert not _close_behind(need, SimpleNamespace(ambiguous=True, services=ranked[::-1][1:] + [SimpleNamespace(id="x")]),
                             torn(0.52, 0.47))


def test_where_to_hand_it_in_is_a_question_of_where():
    from actions.common import ASKS_WHERE
    from actions.routing import WHERE_ASKED
    for text in ("练市这边 材料往哪交", "申请表朝哪送", "往哪边报"):
        assert ASKS_WHERE.search(text) and WHERE_ASKED.search(text), text
    assert not WHERE_ASKED.search("往前走了两步")


def test_a_cue_to_the_general_training_gives_way_to_the_veterans_own_the_finder_is_sure_of():
    from types import SimpleNamespace

    from actions.situation import _cued_where_asked
    text = "我前年退伍回的长兴 在亲戚厂里帮忙 听说当过兵的学手艺政府有扶持 这个去哪里问"

    def found(top, confident=True):
        return SimpleNamespace(confident=confident, top=SimpleNamespace(id=top), entities=[],
                               named=lambda entity: [])
    assert _cued_where_asked(text, found("veteran_education_training")) is None
    # (the finder unsure, or sure of the general training itself: the cue's service)
    assert _cued_where_asked(text, found("veteran_education_training", confident=False)).id == "vocational_skills_training"
    assert _cued_where_asked(text, found("vocational_skills_training")).id == "vocational_skills_training"


def _with_group(text, intent, ranking, group="儿童", word="孩子"):
    from tests.actions.conftest import tracker
    start = text.index(word)
    latest = message(text, intent, entities=[{"entity": "group", "value": group, "start": start, "end": start + len(word)}],
                     ranking=[{"id": sid, "confidence": p} for sid, p in ranking])
    return tracker(latest, {"reading": {"read": []}}, events=[{"event": "user", "text": text}])


def test_a_short_message_sure_of_a_service_outside_the_group_it_mentions_gets_that_service():
    from actions.service_answers import ActionAnswerService
    said, _ = run(ActionAnswerService(), _with_group("我在人家家里带孩子做育儿嫂五年了 想考个等级证 在安吉", "find_service",
                                                     [("skill_appraisal", 0.85), ("vocational_skills_training", 0.05)]))
    assert "面向儿童的服务" not in texts(said) and "职业技能" in texts(said), texts(said)


def test_near_miss_a_groups_question_keeps_the_groups_list():
    from actions.service_answers import ActionAnswerService
    said, _ = run(ActionAnswerService(), _with_group("孩子有什么补贴", "find_service",
                                                     [("preschool_financial_aid", 0.3), ("student_nutrition_programme", 0.2)]))
    assert "面向儿童的服务" in texts(said), texts(said)
