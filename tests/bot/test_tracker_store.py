"""The tracker store's own queries (bot/stores.py) read and count what Rasa's SQLTrackerStore would."""
import pytest

from tests.conftest import run_coroutine


def conversation():
    from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered

    def session(start, texts):
        events = [ActionExecuted("action_session_start", timestamp=start), SessionStarted(timestamp=start),
                  ActionExecuted("action_listen", timestamp=start)]
        for i, text in enumerate(texts):
            t = start + i + 1
            events += [UserUttered(text, timestamp=t), SlotSet("current_service", text, timestamp=t),
                       BotUttered(f"答{text}", timestamp=t), ActionExecuted("action_listen", timestamp=t)]
        return events

    return session(1000.0, ["低保怎么申请", "去哪里办"]) + session(5000.0, ["公租房怎么申请"])


def check_same_as_rasa(url):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.stores import TrackerStore

    domain = Domain.load("domain.yml")
    ours, rasa = TrackerStore(domain=domain, url=url), SQLTrackerStore(domain=domain, host=url)
    events = conversation()

    async def main():
        await ours.save(DialogueStateTracker.from_events("two-sessions", events[:9], domain.slots))
        await ours.save(DialogueStateTracker.from_events("two-sessions", events, domain.slots))  # only the new ones
        mine, theirs = await ours.retrieve("two-sessions"), await rasa.retrieve("two-sessions")
        await ours.save(mine)  # a turn that added nothing: nothing stored
        full = await rasa.retrieve_full_tracker("two-sessions")
        return mine, theirs, full, await ours.retrieve("nobody")

    try:
        mine, theirs, full, nobody = run_coroutine(main())
    finally:
        ours.engine.dispose()
        rasa.engine.dispose()
    assert [e.as_dict() for e in full.events] == [e.as_dict() for e in events]  # each stored once, in order
    assert [e.as_dict() for e in mine.events] == [e.as_dict() for e in theirs.events]
    assert [e.text for e in mine.events if e.type_name == "user"] == ["公租房怎么申请"]  # the latest session
    assert mine.get_slot("current_service") == "公租房怎么申请" and nobody is None


def test_the_latest_session_as_rasa_reads_it_in_sqlite(tmp_path):
    check_same_as_rasa(f"sqlite:///{tmp_path / 'tracker.sqlite3'}")


@pytest.mark.postgres
def test_the_latest_session_as_rasa_reads_it_in_postgres():
    from tests.conftest import throwaway_postgres

    with throwaway_postgres("huzhou_tracker") as url:
        check_same_as_rasa(url)
