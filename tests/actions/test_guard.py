"""The shared guard: every action is guarded, and a failing knowledge base gives the 12345 apology."""
import inspect

from rasa_sdk import Action

from actions.guard import APOLOGY
from actions.service_answers import ActionAnswerService
from knowledge_base import repository
from tests.actions.conftest import message, run, texts, tracker


def test_every_action_of_the_package_is_guarded():
    import actions  # noqa: F401 - importing the package guards its actions

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = [c for c in subclasses(Action) if c.__module__.startswith("actions.") and not inspect.isabstract(c)]
    assert len(ours) >= 10
    assert all(getattr(c.run, "guarded", False) for c in ours), [c.__name__ for c in ours if not getattr(c.run, "guarded", False)]


class GoneDatabase:
    def __getattr__(self, name):
        raise ConnectionError("could not connect to server: Connection refused")


def test_a_failing_knowledge_base_gives_the_apology_not_an_error(monkeypatch, caplog):
    monkeypatch.setattr(repository, "_shared", GoneDatabase())
    msgs, events = run(ActionAnswerService(), tracker(message("底保怎么申请", "ask_how_to_apply")))
    assert texts(msgs) == APOLOGY and "12345" in APOLOGY
    assert events == []
    assert "action_answer_service failed (ConnectionError" in caplog.text
    assert "Traceback" not in caplog.text
