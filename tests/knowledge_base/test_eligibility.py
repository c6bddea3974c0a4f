"""Each rule type, any_of, when, priority, unknowns, and the verdicts."""
from knowledge_base.eligibility import (
    LIKELY_ELIGIBLE, MET, NEED_MORE_ANSWERS, NO_CRITERIA, NOT_APPLICABLE, NOT_ELIGIBLE, NOT_MET, UNDETERMINED,
    UNKNOWN, UNKNOWN_STATUS, check_rule, evaluate,
)
from knowledge_base.types import Citation, Criterion, Fact, Service, Statement

SRC = Citation("outline", "3.2")
FACTS = {
    "yes": Fact("yes", "是吗？", "boolean"),
    "age": Fact("age", "几岁？", "number", unit="周岁", minimum=0, maximum=120),
    "grade": Fact("grade", "几级？", "choice", options=("一级", "二级", "三级", "四级", "无残疾")),
    "place": Fact("place", "哪个区县？", "district"),
    "migrant": Fact("migrant", "外地务工？", "boolean"),
    "years": Fact("years", "几年？", "number", unit="年", minimum=0, maximum=80),
}


def service(*criteria):
    st = Statement("x", SRC)
    return Service("s", "服务", (), "3.2", "社会救助", 3, "基本社会保障", "市民政局", "civil_affairs", "湖州市民政局",
                   None, st, st, criteria=tuple(criteria))


def leaf(cid, fact, rule, kind="required", when=None):
    return Criterion(cid, f"{fact} {rule}", SRC, kind=kind, fact=fact, rule=rule, when=when)


def test_rule_types():
    assert check_rule(FACTS["yes"], {"is": True}, True) is True
    assert check_rule(FACTS["yes"], {"is": True}, False) is False
    assert check_rule(FACTS["age"], {"ge": 60}, 70) is True
    assert check_rule(FACTS["age"], {"ge": 3, "le": 6}, 7) is False
    assert check_rule(FACTS["age"], {"lt": 16}, 16) is False
    assert check_rule(FACTS["age"], {"gt": 16}, "17") is True
    assert check_rule(FACTS["grade"], {"in": ["一级", "二级"]}, "二级") is True
    assert check_rule(FACTS["grade"], {"not_in": ["无残疾"]}, "无残疾") is False
    assert check_rule(FACTS["place"], {"in_huzhou": True}, "长兴县") is True
    assert check_rule(FACTS["place"], {"in_huzhou": True}, "外地") is False
    assert check_rule(FACTS["place"], {"in": ["安吉县"]}, "长兴县") is False


def test_unknown_values_decide_nothing():
    assert check_rule(FACTS["yes"], {"is": True}, None) is None
    assert check_rule(FACTS["yes"], {"is": True}, UNKNOWN) is None
    assert check_rule(FACTS["age"], {"ge": 60}, "很老") is None
    assert check_rule(FACTS["place"], {"in_huzhou": True}, "火星") is None
    assert check_rule(FACTS["age"], {"ge": 6}, NOT_APPLICABLE) is False


def test_verdicts_and_next_question():
    s = service(leaf("c1", "age", {"ge": 60}), leaf("c2", "yes", {"is": True}))
    v = evaluate(s, FACTS, {})
    assert v.status == NEED_MORE_ANSWERS and v.next_fact == "age" and v.next_question == "几岁？"
    v = evaluate(s, FACTS, {"age": 70})
    assert v.next_fact == "yes"
    assert [c.status for c in v.conditions] == [MET, UNKNOWN_STATUS]
    assert evaluate(s, FACTS, {"age": 70, "yes": True}).status == LIKELY_ELIGIBLE
    assert evaluate(s, FACTS, {"age": 50}).status == NOT_ELIGIBLE  # one failure is enough
    v = evaluate(s, FACTS, {"age": 70, "yes": UNKNOWN})
    assert v.status == UNDETERMINED and v.next_fact is None  # asked, not known: not asked again


def test_any_of():
    group = Criterion("c1", "老年人或残疾人或未成年", SRC, any_of=(
        leaf("c1.1", "age", {"ge": 60}), leaf("c1.2", "grade", {"in": ["一级", "二级", "三级", "四级"]}),
        leaf("c1.3", "age", {"lt": 16})))
    s = service(group)
    assert evaluate(s, FACTS, {"age": 40}).next_fact == "grade"
    assert evaluate(s, FACTS, {"age": 40, "grade": "三级"}).status == LIKELY_ELIGIBLE
    assert evaluate(s, FACTS, {"age": 40, "grade": "无残疾"}).status == NOT_ELIGIBLE
    assert evaluate(s, FACTS, {"age": 10}).status == LIKELY_ELIGIBLE


def test_when_gates_a_condition():
    gated = leaf("c1", "years", {"ge": 3}, when=leaf("c1.when", "migrant", {"is": True}))
    s = service(gated)
    assert evaluate(s, FACTS, {}).next_fact == "migrant"
    assert evaluate(s, FACTS, {"migrant": False}).status == LIKELY_ELIGIBLE  # does not apply
    assert evaluate(s, FACTS, {"migrant": True}).next_fact == "years"
    assert evaluate(s, FACTS, {"migrant": True, "years": 1}).status == NOT_ELIGIBLE


def test_when_inside_any_of_offers_no_way_in_when_it_does_not_apply():
    group = Criterion("c1", "A或B", SRC, any_of=(
        leaf("c1.1", "yes", {"is": True}, when=leaf("w", "migrant", {"is": True})),
        leaf("c1.2", "age", {"ge": 60})))
    s = service(group)
    assert evaluate(s, FACTS, {"migrant": False, "age": 30}).status == NOT_ELIGIBLE


def test_priority_conditions_do_not_decide_eligibility():
    s = service(leaf("c1", "yes", {"is": True}), leaf("c2", "grade", {"in": ["一级"]}, kind="priority"))
    v = evaluate(s, FACTS, {"yes": True})
    assert v.status == NEED_MORE_ANSWERS and v.next_fact == "grade"  # asked after the required ones
    v = evaluate(s, FACTS, {"yes": True, "grade": "三级"})
    assert v.status == LIKELY_ELIGIBLE
    assert v.priorities[0].status == NOT_MET


def test_service_without_criteria():
    assert evaluate(service(), FACTS, {}).status == NO_CRITERIA


def test_shipped_service_care_subsidy(kb):
    v = kb.evaluate("severe_disability_care_subsidy", {"disability_grade": "二级"})
    assert v.status == NEED_MORE_ANSWERS
    assert v.next_fact == "has_disability_certificate"
    statuses = {r.criterion.fact: r.status for r in v.conditions}
    assert statuses["disability_grade"] == MET
    assert all(kb.cite(r.criterion.source) for r in v.conditions)


# -- leaning to inclusion: consult, ranges, several people, steps, conditions that do not apply --------

def consult_leaf(cid, fact, rule, consult_if=None):
    from knowledge_base.types import NOT_MET_CONSULT
    return Criterion(cid, f"{fact} {rule}", SRC, fact=fact, rule=rule, otherwise=NOT_MET_CONSULT,
                     consult_if=consult_if or {}, note=Statement("当地可以扩大范围", SRC))


def test_a_condition_the_source_leaves_room_on_sends_to_ask_not_refuses():
    from knowledge_base.eligibility import CONSULT, POSSIBLY_ELIGIBLE
    s = service(consult_leaf("c1", "grade", {"in": ["一级", "二级"]}, {"in": ["三级", "四级"]}), leaf("c2", "yes", {"is": True}))
    result = evaluate(s, FACTS, {"grade": "三级", "yes": True})
    assert result.status == POSSIBLY_ELIGIBLE and result.conditions[0].status == CONSULT
    # outside the room the source leaves, it refuses
    assert evaluate(s, FACTS, {"grade": "无残疾", "yes": True}).status == NOT_ELIGIBLE


def test_an_open_list_consults_when_none_of_the_named_groups_fits():
    from knowledge_base.eligibility import POSSIBLY_ELIGIBLE
    from knowledge_base.types import NOT_MET_CONSULT
    group = Criterion("c1", "就业困难人员等", SRC, any_of=(leaf("c1.1", "yes", {"is": True}), leaf("c1.2", "migrant", {"is": True})),
                      otherwise=NOT_MET_CONSULT, note=Statement("“等”", SRC))
    assert evaluate(service(group), FACTS, {"yes": False, "migrant": False}).status == POSSIBLY_ELIGIBLE


def test_a_local_threshold_is_consulted_once_answered():
    from knowledge_base.eligibility import CONSULT
    local = Criterion("c1", "稳定就业满当地年限", SRC, fact="years", rule={"local": True}, note=Statement("当地定", SRC))
    assert evaluate(service(local), FACTS, {}).status == NEED_MORE_ANSWERS
    assert evaluate(service(local), FACTS, {"years": 4}).conditions[0].status == CONSULT


def test_a_range_decides_only_when_both_ends_agree():
    assert check_rule(FACTS["age"], {"ge": 60}, {"from": 71, "to": 79}) is True
    assert check_rule(FACTS["years"], {"ge": 1}, {"from": 1, "to": 2}) is True
    assert check_rule(FACTS["years"], {"ge": 2}, {"from": 1, "to": 2}) is None


def test_several_children_meet_a_rule_when_one_does():
    s = service(leaf("c1", "age", {"ge": 3, "le": 6}))
    result = evaluate(s, FACTS, {"age": [10, 3]})
    assert result.status == LIKELY_ELIGIBLE and result.conditions[0].answer == 3  # the child who qualifies
    assert evaluate(s, FACTS, {"age": [10, 8]}).status == NOT_ELIGIBLE


def test_a_condition_that_does_not_apply_is_not_shown():
    gated = leaf("c2", "years", {"ge": 3}, when=leaf("c2.when", "migrant", {"is": True}))
    result = evaluate(service(leaf("c1", "yes", {"is": True}), gated), FACTS, {"yes": True, "migrant": False})
    assert result.status == LIKELY_ELIGIBLE
    assert [c.criterion.id for c in result.required] == ["c1"]  # the migrant workers' condition is hidden


def test_a_step_is_never_asked_and_never_refuses():
    step = leaf("c2", "migrant", {"is": True}, kind="step")
    result = evaluate(service(leaf("c1", "yes", {"is": True}), step), FACTS, {"yes": True})
    assert result.status == LIKELY_ELIGIBLE and [s.criterion.id for s in result.steps] == ["c2"]
    assert evaluate(service(leaf("c1", "yes", {"is": True}), step), FACTS, {"yes": True, "migrant": True}).steps == ()


def test_no_woman_to_ask_about_consults():
    from knowledge_base.eligibility import CONSULT
    c = consult_leaf("c1", "age", {"ge": 49}, {"ge": 47})
    assert evaluate(service(c), FACTS, {"age": NOT_APPLICABLE}).conditions[0].status == CONSULT
    assert evaluate(service(c), FACTS, {"age": 40}).status == NOT_ELIGIBLE
