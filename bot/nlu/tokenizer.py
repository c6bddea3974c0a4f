"""jieba with the catalogue's words, private to the component that owns it.

Rasa's JiebaTokenizer loads its user dictionary into jieba's process-wide
default instance, and the entity ruler and the service classifier used to add
words there too: what a message was cut into depended on which components had
been created or loaded in the process, and in what order, and every other user
of ``jieba.lcut`` in the process (the actions' code, in a test run or an
evaluation) saw the catalogue's words or not depending on that. Here each
component owns a ``jieba.Tokenizer()`` with its own dictionary; the default
instance is never changed.

`CatalogueTokenizer` is the pipeline's tokenizer: jieba's default dictionary
plus the files under ``dictionary_path`` (build/jieba/userdict.txt, which
`python -m bot generate` writes from the catalogue), copied into the model.
Components after it read its tokens from the message. Its fingerprint holds the
dictionary's contents, so Rasa's training cache is invalidated when the
catalogue's words change.
"""
from __future__ import annotations

import glob
import logging
import shutil
import threading
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Text, Tuple

import jieba
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.fingerprints import files_fingerprint, source_fingerprint

logger = logging.getLogger(__name__)
jieba.setLogLevel(logging.WARNING)


def word_frequency(word: str) -> int:
    """What a catalogue word weighs in jieba (bot/generate.py writes the same into the dictionary)."""
    return max(2000, 500 * len(word))


class Segmenter:
    """A private jieba instance: the default dictionary plus the words given to it."""

    def __init__(self, dictionaries: Sequence[Path] = (), words: Iterable[str] = ()):
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for path in dictionaries:
            with open(path, "rb") as file:  # given a name, jieba leaves the file open
                self._jieba.load_userdict(file)
        for word in words:
            if len(word) >= 2:
                self._jieba.add_word(word, freq=word_frequency(word))
        self._lock = threading.Lock()  # a jieba instance is not safe to share across threads

    def cut(self, text: str) -> List[str]:
        """Precise mode with HMM for unknown words: what ``jieba.lcut`` does."""
        with self._lock:
            return self._jieba.lcut(text, HMM=True)

    def tokenize(self, text: str) -> List[Tuple[str, int, int]]:
        """(word, start, end) of every piece, as ``jieba.tokenize`` gives them."""
        with self._lock:
            return list(self._jieba.tokenize(text, HMM=True))


def dictionary_files(directory: Optional[Text]) -> List[Path]:
    return sorted(Path(p) for p in glob.glob(f"{directory}/*")) if directory else []


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=True)
class CatalogueTokenizer(Tokenizer):
    """jieba with the catalogue's words, in a jieba instance of its own."""

    @staticmethod
    def supported_languages() -> Optional[List[Text]]:
        return ["zh"]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # a directory of jieba user dictionaries (word frequency tag, one a line)
            "dictionary_path": None,
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["jieba"]

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The dictionary's contents (outside the config) and this module's helpers."""
        files = dictionary_files({**cls.get_default_config(), **config}["dictionary_path"])
        return f"{files_fingerprint(files)}:{source_fingerprint(Segmenter, word_frequency)}"

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 segmenter: Segmenter) -> None:
        super().__init__({**self.get_default_config(), **config})
        self._model_storage = model_storage
        self._resource = resource
        self._segmenter = segmenter

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CatalogueTokenizer":
        files = dictionary_files(config.get("dictionary_path"))
        return cls(config, model_storage, resource, Segmenter(files))

    def train(self, training_data: TrainingData) -> Resource:
        """Copies the dictionary into the model: a model carries the words it was trained with."""
        with self._model_storage.write_to(self._resource) as directory:
            for path in dictionary_files(self._config.get("dictionary_path")):
                shutil.copy2(path, Path(directory) / path.name)
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "CatalogueTokenizer":
        try:
            with model_storage.read_from(resource) as directory:
                segmenter = Segmenter(dictionary_files(str(directory)))
        except ValueError:  # a model trained without a dictionary stores no resource
            segmenter = Segmenter()
        return cls(config, model_storage, resource, segmenter)

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        tokens = [Token(word, start) for word, start, _ in self._segmenter.tokenize(message.get(attribute))]
        return self._apply_token_pattern(tokens)
