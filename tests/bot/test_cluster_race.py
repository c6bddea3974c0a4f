"""The lock benchmark's count of what went wrong in a stored conversation (bot/cluster_race.py: check)."""
from bot.cluster_race import check


def user(text, t):
    return {"event": "user", "text": text, "timestamp": t}


def action(name, t):
    return {"event": "action", "name": name, "timestamp": t}


def bot(text, t):
    return {"event": "bot", "text": text, "timestamp": t}


START = [action("action_session_start", 0), {"event": "session_started", "timestamp": 0}, action("action_listen", 0)]


def test_whole_turns_count_nothing():
    events = START + [user("a", 1), action("utter_a", 1), bot("A", 1), action("action_listen", 1),
                      user("b", 2), action("utter_b", 2), action("action_listen", 2)]
    assert check(["a", "b"], events) == {"lost": 0, "duplicated": 0, "out_of_order": 0}


def test_lost_duplicated_and_interleaved_turns_are_counted():
    # two replicas at once: b's user event overwritten (lost), its actions inside a's turn,
    # a stored twice, a second session start
    events = START + [user("a", 1), action("utter_a", 1), action("action_listen", 1), action("utter_b", 1.5),
                      action("action_listen", 1.5), {"event": "session_started", "timestamp": 2},
                      user("a", 2), action("utter_a", 2), action("action_listen", 2)]
    assert check(["a", "b"], events) == {"lost": 1, "duplicated": 2, "out_of_order": 1}


def test_events_stored_out_of_time_order_are_counted():
    events = START + [user("a", 5), action("utter_a", 4), action("action_listen", 6)]
    assert check(["a"], events)["out_of_order"] == 1
