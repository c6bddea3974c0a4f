"""The residents' calendar (bot/clock.py): China's date, pinned for an evaluation set's day."""
import datetime

import pytest

from actions.guard import guarded
from bot import clock
from bot.eval_answers import load as load_table
from bot.eval_conversations import load as load_conversations
from bot.reading import read
from knowledge_base.loader import load_catalogue

DATA = clock.REFERENCE_DATES.parent


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def test_today_is_chinas_date_unless_fixed():
    now = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    assert clock.today() in (now, now + datetime.timedelta(days=1))  # a midnight may pass in between
    with clock.fixed(datetime.date(2026, 12, 3)):
        assert clock.today() == datetime.date(2026, 12, 3)
        with clock.fixed(None):
            assert clock.today() != datetime.date(2026, 12, 3) or now == datetime.date(2026, 12, 3)
    assert clock.today() != datetime.date(2026, 12, 3) or now == datetime.date(2026, 12, 3)


@pytest.mark.parametrize("day, text, asked, key, value", [
    (datetime.date(2026, 12, 3), "十月二十九号上夜班被冲床压了手", "days_since_injury", "days_since_injury", 35),
    (datetime.date(2026, 12, 4), "十月二十九号上夜班被冲床压了手", "days_since_injury", "days_since_injury", 36),
    (datetime.date(2026, 12, 3), "我是七七年五月生的", "woman_age", "woman_age", 49),
    (datetime.date(2027, 6, 1), "我是七七年五月生的", "woman_age", "woman_age", 50),
    (datetime.date(2027, 4, 30), "我是七七年五月生的", "woman_age", "woman_age", 49),
])
def test_dates_are_read_from_the_fixed_day(catalogue, day, text, asked, key, value):
    with clock.fixed(day):
        assert read(text, catalogue, asked).values().get(key) == value


def test_metadata_sets_the_day_only_where_the_server_accepts_it():
    on, off = {clock.SWITCH: "1"}, {}
    assert clock.from_metadata({"reference_date": "2026-12-03"}, on) == datetime.date(2026, 12, 3)
    assert clock.from_metadata({"reference_date": "2026-12-03"}, off) is None  # residents' servers ignore it
    assert clock.from_metadata({"reference_date": "yesterday"}, on) is None  # not a date: ignored
    assert clock.from_metadata({"channel": "wechat"}, on) is None
    assert clock.from_metadata(None, on) is None
    assert clock.metadata_for(datetime.date(2026, 12, 3)) == {"reference_date": "2026-12-03"}
    assert clock.metadata_for(None) == {}


def test_every_evaluation_set_has_its_day():
    """A set of dated answers without its day would drift with the calendar."""
    dated = sorted(p.name for p in DATA.glob("answers_*.jsonl")) + sorted(
        p.name for p in DATA.glob("conversations_*") if p.is_dir())
    missing = [name for name in dated if clock.reference_date(name) is None]
    assert not missing, f"add these to {clock.REFERENCE_DATES.name}: {missing}"


def test_the_evaluators_carry_the_sets_day():
    rows = load_table(DATA / "answers_test7.jsonl")
    assert {row["reference_date"] for row in rows} == {"2026-12-03"}
    assert {row["reference_date"] for row in load_table(DATA / "answers_test7.jsonl", "2027-01-01")} == {"2027-01-01"}
    conversations = load_conversations(DATA / "conversations_test8")
    assert {c["reference_date"] for c in conversations} == {"2026-12-03"}


def test_a_broken_line_of_the_dates_file_says_which(tmp_path):
    table = tmp_path / "dates.yml"
    table.write_text("answers_x.jsonl: 3 December\n", encoding="utf-8")
    with pytest.raises(ValueError, match="answers_x.jsonl"):
        clock.reference_date("answers_x.jsonl", table)
    assert clock.reference_date("answers_y.jsonl", table) is None


class _Tracker:
    def __init__(self, metadata):
        self.latest_message = {"metadata": metadata}


class _Dispatcher:
    messages: list = []


def test_the_action_guard_runs_an_action_on_the_messages_day(monkeypatch):
    seen = []

    class _Action:
        def name(self):
            return "action_probe"

        def run(self, dispatcher, tracker, domain):
            seen.append(clock.today())
            return []

    import asyncio

    run = guarded(_Action.run)
    monkeypatch.setenv(clock.SWITCH, "1")
    asyncio.run(run(_Action(), _Dispatcher(), _Tracker({"reference_date": "2026-12-03"}), {}))
    monkeypatch.delenv(clock.SWITCH)
    asyncio.run(run(_Action(), _Dispatcher(), _Tracker({"reference_date": "2026-12-03"}), {}))
    real = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    assert seen[0] == datetime.date(2026, 12, 3)
    assert seen[1] in (real, real + datetime.timedelta(days=1))
