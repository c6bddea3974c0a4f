"""First step of the NLU pipeline: every message in one normal form."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import text as text_module
from bot.nlu.positions import TYPED_TEXT
from bot.nlu.stateless import StatelessComponent
from bot.nlu.fingerprints import source_fingerprint
from bot.text import normalize


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class TextNormalizer(StatelessComponent):
    """Traditional to simplified, full-width to half-width, no emoji, tidy spaces.

    Registered as a featurizer so that it runs on training data too, before the
    tokenizer: training and prediction see text in the same form. Button
    payloads ("/intent{...}") pass through unchanged.
    """

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """What the training data becomes is bot/text.py's code (and OpenCC's tables)."""
        from importlib.metadata import version

        return f"{source_fingerprint(text_module)}:opencc {version('opencc-python-reimplemented')}"

    @staticmethod
    def _normalize(message: Message, keep_typed: bool = False) -> None:
        text = message.get(TEXT)
        if isinstance(text, str) and text and not text.startswith("/"):
            if keep_typed:  # a resident's message: entity positions are given in it (bot/nlu/positions.py)
                message.set(TYPED_TEXT, text)
            message.set(TEXT, normalize(text))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for example in training_data.training_examples:
            self._normalize(example)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._normalize(message, keep_typed=True)
        return messages
