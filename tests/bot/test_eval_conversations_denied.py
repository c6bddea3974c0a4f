"""The conversation evaluator (bot/eval_conversations.play) with a scripted assistant in place of the
server: a fact the simulated resident denied at a confirmation ("孩子7周岁，对吗？" — "不对") and is
asked again is not counted as asking what the resident had said; asking it again otherwise is."""
from typing import Any, Dict, List

from bot.eval_conversations import play


class Scripted:
    """Answers each message with the next (reply, slots) of its script; the tracker shows the slots."""

    def __init__(self, steps: List[Dict[str, Any]]):
        self.steps = steps
        self.slots: Dict[str, Any] = {}
        self.heard: List[str] = []

    def say(self, sender: str, text: str, metadata=None):
        self.heard.append(text)
        reply, self.slots = self.steps.pop(0) if self.steps else ("好的", {})
        return [{"text": reply}]

    def tracker(self, sender: str) -> Dict[str, Any]:
        asking = self.slots.get("requested_slot")
        return {"slots": dict(self.slots), "active_loop": {"name": "eligibility_form"} if asking else {}}


CONFIRM = {"requested_slot": "child_age", "pending_confirmation": {"child_age": 7}, "child_age": 7}
ASK_AGE = {"requested_slot": "child_age"}
CONVERSATION = {
    "id": "x", "style": "self_correcting", "answers": {},
    "turns": [{"say": "孙子七岁了 在念幼儿园 能不能少收点"}, {"answer": 2}],
    "expect": {"facts": {"child_age": 5}, "not_asked": ["child_age"]},
}


def test_asked_again_after_the_resident_denied_its_confirmation_is_not_a_re_ask():
    assistant = Scripted([("我确认一下：孩子7周岁，对吗？", CONFIRM), ("那请您再说一下：孩子今年几周岁？", ASK_AGE),
                          ("好的", {"child_age": 5})])
    outcome = play(assistant, CONVERSATION)  # type: ignore[arg-type]
    assert assistant.heard[1] == "不对"
    assert not [p for p in outcome.problems if "asked what the resident had said" in p]


def test_asked_again_without_a_denial_is_still_a_re_ask():
    assistant = Scripted([("孩子今年几周岁？", ASK_AGE), ("好的", {"child_age": 5})])
    outcome = play(assistant, CONVERSATION)  # type: ignore[arg-type]
    assert "asked what the resident had said: child_age" in outcome.problems
