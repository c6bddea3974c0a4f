"""Blind set 29's wrong not-met readings (answers_test23.jsonl, first scoring in the twenty-third session), fixed at
their cause and tested in other words than the table's: a denial by an idiom of no connection (八竿子打不着), a
denial after two things listed before 这种东西, a denial of a count of homes (一套也没有)."""
from bot.reading import read
from knowledge_base.loader import load_catalogue


def _read(text, asked):
    return {k: f.value for k, f in read(text, load_catalogue(), asked=asked, known={}).facts.items()}


def test_no_connection_at_all_denies():
    assert _read("我是开出租的 政府机关事业单位和我扯不上", "public_institution_staff")["public_institution_staff"] is False
    assert _read("事业单位跟我八杆子打不着", "public_institution_staff")["public_institution_staff"] is False
    assert _read("我在事业单位当会计", "public_institution_staff")["public_institution_staff"] is True


def test_two_things_listed_then_denied_together():
    facts = _read("退休金养老钱这些东西我一样也没领过", "receiving_basic_pension")
    assert facts["receiving_basic_pension"] is False


def test_not_one_home_denies_a_home():
    assert _read("自己名下的房子一间也没有", "has_local_housing")["has_local_housing"] is False
    assert _read("自己的房子有一套 在织里", "has_local_housing")["has_local_housing"] is True
