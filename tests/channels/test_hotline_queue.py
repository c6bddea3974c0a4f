"""The hand-off queue (bot/handoff_queue.py) on SQLite and on the real PostgreSQL:
oldest first, one open request per conversation, exactly one of two concurrent
claims wins, only the claimant replies and closes, every action logged with the
operator's name and time, identifying numbers masked."""
import threading

import pytest

from bot.handoff_queue import CLAIMED, CLOSED, WAITING, HandoffQueue, channel_of, queue_url

SUMMARY = {"conversation": "c", "services": [{"id": "public_rental_housing", "name": "公共租赁住房", "agency": "住建局"}],
           "facts": [], "applicant": None, "place": "长兴县", "verdicts": [], "note": "电话13812345678"}


@pytest.fixture(params=["sqlite", "postgresql"])
def queue(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'queue.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_database")
    q = HandoffQueue(url)
    yield q
    with q.engine.begin() as connection:  # the PostgreSQL database is the session's: leave it empty
        connection.exec_driver_sql("DELETE FROM hotline_handoff_log")
        connection.exec_driver_sql("DELETE FROM hotline_handoffs")
    q.dispose()


def test_requests_wait_oldest_first_and_a_repeat_keeps_its_place(queue):
    first = queue.request("a", "rest", SUMMARY, "【转人工摘要】电话13812345678", now=100.0)
    queue.request("b", "wechat", SUMMARY, "摘要二", during_hours=False, now=200.0)
    again = queue.request("a", "rest", {**SUMMARY, "place": "安吉县"}, "新摘要", now=300.0)
    assert again.id == first.id and again.requested_at == 100.0 and again.summary["place"] == "安吉县"
    listed = queue.list()
    assert [h.sender for h in listed] == ["a", "b"] and [h.status for h in listed] == [WAITING, WAITING]
    assert listed[1].as_dict(now=260.0)["waiting_seconds"] == 60 and listed[1].during_hours is False


def test_identifying_numbers_are_masked_in_the_store(queue):
    stored = queue.request("a", "rest", SUMMARY, "【转人工摘要】电话13812345678 身份证330501199001011234")
    assert "13812345678" not in stored.summary_text and "138****5678" in stored.summary_text
    assert "330***********1234" in stored.summary_text
    assert stored.summary["note"] == "电话138****5678"
    with queue.engine.connect() as connection:
        raw = " ".join(str(row) for row in connection.exec_driver_sql("SELECT * FROM hotline_handoffs"))
    assert "13812345678" not in raw and "330501199001011234" not in raw


def test_only_the_claimant_replies_and_closes_and_everything_is_logged(queue):
    h = queue.request("a", "widget", SUMMARY, "摘要", now=100.0)
    assert queue.claim(h.id, "王芳", now=110.0)
    assert not queue.claim(h.id, "李明", now=111.0)  # already claimed
    assert queue.get(h.id).status == CLAIMED and queue.get(h.id).claimed_by == "王芳"
    assert not queue.record_reply(h.id, "李明", "我来回答")
    assert queue.record_reply(h.id, "王芳", "您好，请留下电话13812345678", now=120.0)
    assert not queue.close(h.id, "李明")
    assert queue.close(h.id, "王芳", now=130.0)
    assert queue.get(h.id).status == CLOSED and queue.list() == []
    assert not queue.claim(h.id, "李明")  # a closed request cannot be claimed again
    log = queue.log(h.id)
    assert [(e["action"], e["operator"], e["at"]) for e in log] == [
        ("request", None, 100.0), ("claim", "王芳", 110.0), ("reply", "王芳", 120.0), ("close", "王芳", 130.0)]
    assert log[2]["text"] == "您好，请留下电话138****5678"
    # the conversation may be handed off again later: a new request
    assert queue.request("a", "widget", SUMMARY, "又转人工").id != h.id


def test_of_two_concurrent_claims_exactly_one_wins(queue):
    rounds = 15
    for n in range(rounds):
        h = queue.request(f"race-{n}", "rest", SUMMARY, "摘要")
        barrier = threading.Barrier(2)
        results = {}

        def claim(name):
            barrier.wait()
            results[name] = queue.claim(h.id, name)

        threads = [threading.Thread(target=claim, args=(name,)) for name in ("王芳", "李明")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results.values()) == [False, True], results
        winner = next(name for name, won in results.items() if won)
        assert queue.get(h.id).claimed_by == winner
        assert [e["operator"] for e in queue.log(h.id) if e["action"] == "claim"] == [winner]


@pytest.mark.parametrize("sender, input_channel, expected", [
    ("web-" + "0123456789abcdef" * 2, "rest", "widget"),
    ("oX1abcdefghijklmnopqrstuvwxyz", "wechat", "wechat"),
    ("resident-1", "rest", "rest"),
    ("resident-1", None, "rest"),
])
def test_the_residents_channel(sender, input_channel, expected):
    assert channel_of(sender, input_channel) == expected


def test_the_queue_lives_with_the_conversations_unless_told_otherwise():
    assert queue_url({"HUZHOU_TRACKER_URL": "postgresql://p@h/huzhou"}) == "postgresql://p@h/huzhou"
    assert queue_url({"HUZHOU_TRACKER_URL": "postgresql://p@h/huzhou", "HUZHOU_HANDOFF_URL": "sqlite:///x"}) == "sqlite:///x"
    assert queue_url({}).startswith("sqlite:///") and queue_url({}).endswith("build/tracker.sqlite3")
