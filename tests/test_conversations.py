"""Whole conversations from residents' point of view, against the running
servers: a slice of the development set (tests/data/conversations_dev), three
per style (and three of this session's classes). `make eval` plays every conversation of both sets, the blind test
set included; here a conversation that fails fails the build."""
from pathlib import Path

import pytest

from bot.eval_conversations import Assistant, load, play

pytestmark = pytest.mark.servers
SLICE = (
    "hurried-carecare-shuanglin-08", "hurried-kindergarten-toold-07", "hurried-childrehab-deqing-17",
    "elderly-carecare-grade3-03", "elderly-carecare-selfcare-14", "elderly-crossregion-shanghai-18",
    "hotline-arbitration-wages-03", "hotline-arbitration-twoyears-04", "hotline-consumer-ebike-15",
    "story-dibao-jiangxi-02", "story-carecare-cerebralpalsy-05", "story-arbitration-dismissal-10",
    "correct-carecare-grade-06", "correct-dilapidated-reinforced-12", "correct-employmentaid-zerojob-20",
    "family-carecare-husband-06", "family-employmentaid-graduate-10", "family-childrenindifficulty-niece-16",
    "aside-carecare-waitcheck-03", "aside-arbitration-meaning-06", "aside-dibao-assets-21",
    "card-unemployment-situation-01", "verdict-livingsubsidy-confirm-03",
    "choice-where-story-02", "situation-clear-carecare-03", "story-open-question-06",
    "session15-whether-wu-pension-01", "session15-no-one-disabled-03", "session15-out-of-work-training-04",
)
CONVERSATIONS = {c["id"]: c for c in load(Path(__file__).with_name("data") / "conversations_dev")}


@pytest.mark.parametrize("conversation_id", SLICE)
def test_conversation(servers, conversation_id):
    outcome = play(Assistant(servers.rasa_url, servers.settings.auth_token), CONVERSATIONS[conversation_id])
    assert outcome.ok, "\n".join(outcome.problems + [""] + outcome.transcript)
