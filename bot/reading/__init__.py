"""Answer understanding: what a resident's message says about the facts
eligibility rules ask (see reader.py). Knows nothing of Rasa: the dialogue's
actions, the evaluation and the tests call :func:`read`."""
from bot.reading.nonanswers import ALREADY_SAID, NOT_UNDERSTOOD, SIDE_QUESTION, WAIT
from bot.reading.reader import ANSWERED, CORRECTION, SAID, FactReading, Reading, implied, read

__all__ = [
    "ALREADY_SAID", "ANSWERED", "CORRECTION", "NOT_UNDERSTOOD", "SAID", "SIDE_QUESTION", "WAIT", "FactReading",
    "Reading", "implied", "read",
]
