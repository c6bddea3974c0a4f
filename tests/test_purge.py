"""`python -m bot purge --older-than 90d` on the tracker store: SQLite and the real PostgreSQL."""
import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from bot.purge import parse_age, purge
from bot.stores import TrackerStore
from tests.conftest import REPO_ROOT, run_coroutine

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)


def stored(url, conversations):
    """Each conversation: sender -> ages in days of its user messages."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    store = TrackerStore(domain=Domain.empty(), url=url)

    async def save_all():
        for sender, ages in conversations.items():
            events = [UserUttered(f"消息{i}", timestamp=(NOW - dt.timedelta(days=age)).timestamp())
                      for i, age in enumerate(ages)]
            await store.save(DialogueStateTracker.from_events(sender, events))

    run_coroutine(save_all())
    store.engine.dispose()


def senders(url):
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            return {row[0]: row[1] for row in c.execute(text("SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id"))}
    finally:
        engine.dispose()


def check_purge(url):
    stored(url, {"old": [200, 120], "open-since-long": [150, 10], "recent": [3]})
    assert purge(url, parse_age("90d"), now=NOW, dry_run=True) == (1, 2)
    assert set(senders(url)) == {"old", "open-since-long", "recent"}  # a dry run deletes nothing
    assert purge(url, parse_age("90d"), now=NOW) == (1, 2)
    assert senders(url) == {"open-since-long": 2, "recent": 1}  # an open conversation keeps its beginning
    assert purge(url, parse_age("90d"), now=NOW) == (0, 0)


def test_purge_deletes_whole_conversations_past_retention_in_sqlite(tmp_path):
    check_purge(f"sqlite:///{tmp_path / 'tracker.sqlite3'}")


@pytest.mark.postgres
def test_purge_deletes_whole_conversations_past_retention_in_postgres():
    from tests.conftest import throwaway_postgres

    with throwaway_postgres("huzhou_purge") as url:
        check_purge(url)


def test_ages_and_the_command_line(tmp_path):
    assert parse_age("90d") == dt.timedelta(days=90) and parse_age("12h") == dt.timedelta(hours=12)
    for bad in ("90", "d", "-3d", "0d", "90 days", ""):
        with pytest.raises(ValueError, match="--older-than"):
            parse_age(bad)
    url = f"sqlite:///{tmp_path / 'tracker.sqlite3'}"
    run = subprocess.run([sys.executable, "-m", "bot", "purge", "--older-than", "90d"], cwd=REPO_ROOT,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO_ROOT), "HUZHOU_TRACKER_URL": url},
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("deleted 0 conversations (0 events) whose last message was before ")
    assert "removed personal facts (disability, income, hardship) from 0 events of 0 conversations" in run.stdout
    bad_facts = subprocess.run([sys.executable, "-m", "bot", "purge", "--older-than", "90d"], cwd=REPO_ROOT,
                               env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO_ROOT), "HUZHOU_TRACKER_URL": url,
                                    "HUZHOU_FACT_RETENTION": "a month"}, capture_output=True, text=True, timeout=120)
    assert bad_facts.returncode == 2 and "HUZHOU_FACT_RETENTION" in bad_facts.stdout
    bad = subprocess.run([sys.executable, "-m", "bot", "purge", "--older-than", "soon"], cwd=REPO_ROOT,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO_ROOT), "HUZHOU_TRACKER_URL": url},
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "not an age like 90d" in bad.stdout


def planted_facts(url):
    """A conversation that gave disability and income facts 40 days ago, and more of them yesterday."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    old, recent = (NOW - dt.timedelta(days=40)).timestamp(), (NOW - dt.timedelta(days=1)).timestamp()

    def turn(text, when, *events):
        return [UserUttered(text, timestamp=when, parse_data={"text": text, "intent": {"name": "inform"},
                                                             "entities": []}),
                *events,
                ActionExecuted("action_listen", timestamp=when)]

    events = (turn("低保怎么申请", old, BotUttered("低保向户籍所在地乡镇（街道）申请。", timestamp=old))
              + turn("我是二级残疾，有残疾证", old, SlotSet("disability_grade", "二级", timestamp=old),
                     SlotSet("has_disability_certificate", True, timestamp=old),
                     SlotSet("fact_confidence", {"disability_grade": 0.9, "age": 1.0}, timestamp=old),
                     BotUttered("我确认一下：残疾等级：二级，持有残疾人证，对吗？", timestamp=old))
              + turn("有", old, SlotSet("household_has_disabled", True, timestamp=old))
              + turn("我们全家月收入3000元", old, SlotSet("household_monthly_income", 3000, timestamp=old),
                     BotUttered("好的，全家月收入约3000元。", timestamp=old))
              + turn("我是三级残疾", recent, SlotSet("disability_grade", "三级", timestamp=recent)))
    store = TrackerStore(domain=Domain.empty(), url=url)
    run_coroutine(store.save(DialogueStateTracker.from_events("facts", events)))
    store.engine.dispose()


def stored_data(url):
    import json

    engine = create_engine(url)
    try:
        with engine.connect() as c:
            return [json.loads(r[0]) for r in c.execute(text("SELECT data FROM events WHERE sender_id = 'facts' ORDER BY id"))]
    finally:
        engine.dispose()


def check_fact_retention(url, facts):
    from bot.retention import LABEL, scrub_facts

    planted_facts(url)
    before = stored_data(url)
    assert scrub_facts(url, parse_age("30d"), facts, now=NOW, dry_run=True) == (1, 10)
    assert stored_data(url) == before  # a dry run changes nothing
    assert scrub_facts(url, parse_age("30d"), facts, now=NOW) == (1, 10)
    after = stored_data(url)
    assert len(after) == len(before)  # the conversation stays; its old facts go
    said = [e["text"] for e in after if e["event"] == "user"]
    assert said == ["低保怎么申请", LABEL, LABEL, LABEL, "我是三级残疾"]  # yesterday's kept
    assert all(e["parse_data"]["text"] == e["text"] for e in after if e["event"] == "user")
    told = [e["text"] for e in after if e["event"] == "bot"]
    assert told[0] == "低保向户籍所在地乡镇（街道）申请。"
    assert not any(word in t for t in told for word in ("二级", "残疾人证", "3000"))
    slots = [(e["name"], e["value"]) for e in after if e["event"] == "slot"]
    assert slots == [("disability_grade", None), ("has_disability_certificate", None), ("fact_confidence", {"age": 1.0}),
                     ("household_has_disabled", None), ("household_monthly_income", None), ("disability_grade", "三级")]
    assert scrub_facts(url, parse_age("30d"), facts, now=NOW) == (0, 0)  # nothing left to remove


def test_personal_facts_past_their_retention_leave_stored_conversations_in_sqlite(tmp_path, kb):
    check_fact_retention(f"sqlite:///{tmp_path / 'tracker.sqlite3'}", kb.catalogue.facts)


@pytest.mark.postgres
def test_personal_facts_past_their_retention_leave_stored_conversations_in_postgres(kb):
    from tests.conftest import throwaway_postgres

    with throwaway_postgres("huzhou_facts") as url:
        check_fact_retention(url, kb.catalogue.facts)


def planted_handoffs(url):
    """Three hand-offs: closed 120 days ago, claimed 40 days ago with a reply naming a fact, asked yesterday."""
    from bot.handoff_queue import HandoffQueue

    def days(n):
        return (NOW - dt.timedelta(days=n)).timestamp()

    def summary(sender):
        facts = [{"fact": "disability_grade", "label": "残疾等级", "answer": "二级", "said": "残疾等级：二级"},
                 {"fact": "household_monthly_income", "label": "家庭月收入", "answer": 3000, "said": "全家月收入约3000元"},
                 {"fact": "age", "label": "年龄", "answer": 67, "said": "申请人67周岁"}]
        data = {"conversation": sender, "services": [{"id": "disabled_living_subsidy", "name": "困难残疾人生活补贴"}],
                "facts": facts, "applicant": "self", "place": "德清县", "verdicts": []}
        text_ = "\n".join(["【转人工摘要】", "咨询的服务：困难残疾人生活补贴", "所在区县：德清县"] + [f"· {f['said']}" for f in facts])
        return data, text_

    queue = HandoffQueue(url)
    try:
        old = queue.request("old", "rest", *summary("old"), now=days(130))
        assert queue.claim(old.id, "op1", now=days(125)) and queue.close(old.id, "op1", now=days(120))
        month = queue.request("month", "wechat", *summary("month"), now=days(40))
        assert queue.claim(month.id, "op2", now=days(40))
        assert queue.record_reply(month.id, "op2", "您是二级残疾，全家月收入约3000元，可以申请。", now=days(40))
        queue.request("fresh", "rest", *summary("fresh"), now=days(1))
    finally:
        queue.dispose()


def check_handoff_retention(url, facts):
    from bot.handoff_queue import HandoffQueue
    from bot.handoff_retention import purge_handoffs
    from bot.retention import LABEL

    planted_handoffs(url)
    args = (url, parse_age("90d"), parse_age("30d"), facts)
    assert purge_handoffs(*args, now=NOW, dry_run=True) == (1, 1)
    queue = HandoffQueue(url)
    try:
        assert {h.sender for h in queue.list(statuses=("waiting", "claimed", "closed"))} == {"old", "month", "fresh"}
        assert purge_handoffs(*args, now=NOW) == (1, 1)
        kept = {h.sender: h for h in queue.list(statuses=("waiting", "claimed", "closed"))}
        assert set(kept) == {"month", "fresh"}  # the one closed 120 days ago is gone
        month, fresh = kept["month"], kept["fresh"]
        assert [f["said"] for f in month.summary["facts"]] == [LABEL, LABEL, "申请人67周岁"]
        assert [f["answer"] for f in month.summary["facts"]] == [None, None, 67]
        assert "二级" not in month.summary_text and "3000" not in month.summary_text
        assert "申请人67周岁" in month.summary_text and "所在区县：德清县" in month.summary_text
        reply = [e["text"] for e in queue.log(month.id) if e.get("text")]
        assert reply and not any("二级" in r or "3000" in r for r in reply)
        assert "二级" in fresh.summary_text  # yesterday's summary keeps what the operator needs
        assert purge_handoffs(*args, now=NOW) == (0, 0)  # idempotent
        engine = create_engine(url)
        with engine.connect() as c:
            assert c.execute(text("SELECT COUNT(*) FROM hotline_handoff_log WHERE handoff_id NOT IN "
                                  "(SELECT id FROM hotline_handoffs)")).scalar() == 0  # no orphaned log rows
        engine.dispose()
    finally:
        queue.dispose()


def test_the_handoff_queue_follows_the_retention_periods_in_sqlite(tmp_path, kb):
    check_handoff_retention(f"sqlite:///{tmp_path / 'handoffs.sqlite3'}", kb.catalogue.facts)


@pytest.mark.postgres
def test_the_handoff_queue_follows_the_retention_periods_in_postgres(kb):
    from tests.conftest import throwaway_postgres

    with throwaway_postgres("huzhou_handoff_retention") as url:
        check_handoff_retention(url, kb.catalogue.facts)


def test_masking_facts_twice_changes_nothing():
    from bot.privacy import mask_facts

    for said in ("我是二级残疾，月收入3000元", "肢体残疾一级", "残疾等级三级，存款5万", "[残疾信息]和[收入信息]"):
        once = mask_facts(said)
        assert "二级" not in once and "3000" not in once
        assert mask_facts(once) == once
