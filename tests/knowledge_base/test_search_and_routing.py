def test_search_finds_a_service_from_its_typo_alias(kb):
    assert kb.search("底保怎么申请")[0].service.id == "minimum_living_allowance"
    assert kb.search("公祖房")[0].service.id == "public_rental_housing"


def test_search_scores_rank(kb):
    hits = kb.search("重度残疾人护理补贴", limit=5)
    assert hits[0].service.id == "severe_disability_care_subsidy"
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1] > 0


def test_search_without_meaningful_words_finds_nothing(kb):
    assert kb.search("的了吗") == []
    assert kb.search("") == []


def test_lookups_by_section_domain_agency_group(kb):
    assert {s.id for s in kb.services(section="3.2")} >= {"minimum_living_allowance", "extreme_poverty_support"}
    assert all(s.domain == 5 for s in kb.services(domain=5))
    by_outline = kb.services(agency="市残联")
    assert by_outline and all(s.agency == "市残联" for s in by_outline)
    by_current = kb.services(agency="湖州市医疗保障局")
    assert {s.id for s in by_current} >= {"resident_medical_insurance", "medical_assistance"}
    assert all("残疾人" in s.groups for s in kb.services(group="残疾人"))


def test_place_resolution(kb):
    assert kb.resolve_place("我是长兴县的").place.name == "长兴县"
    assert kb.resolve_place("住在织里").place.name == "吴兴区"
    assert kb.resolve_place("安吉递铺街道").place.name == "安吉县"
    assert kb.resolve_place("双林镇").place.name == "南浔区"
    assert kb.resolve_place("南太湖新区").place.kind == "zone"
    assert kb.resolve_place("杭州") is None


def test_route_to_the_county_counterpart(kb):
    route = kb.route("minimum_living_allowance", "长兴县")
    assert route.local_office == "长兴县民政局" and route.local_checked
    route = kb.route("resident_medical_insurance", "我在德清")
    assert route.agency_current == "湖州市医疗保障局" and route.agency_outline == "市人力社保局"
    assert route.local_office == "德清县医疗保障局" and not route.local_checked
    assert kb.route("minimum_living_allowance").local_office is None


def test_citations_read_as_documents(kb):
    service = kb.service("minimum_living_allowance")
    cited = kb.sources_of(service)
    assert any(c.startswith("《湖州市基本公共服务均等化“十三五”行动纲要》 四(三)2 社会救助") for c in cited)
    assert any("《社会救助暂行办法》（国务院令第649号）第九条" == c for c in cited)


def test_a_street_names_its_county_but_an_ambiguous_short_form_does_not(kb):
    assert kb.resolve_place("住太湖街道").place.name == "长兴县"
    assert kb.resolve_place("他住龙泉街道一个老小区").place.name == "吴兴区"
    assert kb.resolve_place("画溪").place.name == "长兴县"  # an unambiguous short form still counts
    assert kb.resolve_place("周六去太湖边玩") is None  # the lake, not 太湖街道
    assert kb.resolve_place("老家河南舞阳") is None  # a county elsewhere, not 舞阳街道
