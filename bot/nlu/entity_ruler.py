"""Finds catalogue words in a message with a spaCy entity ruler.

The ruler's patterns are the training data's lookup tables (service names and
aliases, groups of residents, places), which `python -m bot generate` writes
from the knowledge base. A pattern matches whole tokens: at training time each
term is cut into words by a jieba instance of the ruler's own that knows every
term (so a term is one word, as it is for the pipeline's tokenizer, whose
dictionary holds the same words), and stored as a token pattern inside the
Rasa model, so a model carries the exact words it was trained with and needs
no model from a hub. A message is matched over the tokens the pipeline's
tokenizer (bot/nlu/tokenizer.py) gave it: no jieba is loaded for the ruler when
the model serves.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional, Sequence

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.fingerprints import source_fingerprint
from bot.nlu.tokenizer import Segmenter

logger = logging.getLogger(__name__)

PATTERNS_FILE = "patterns.json"


def token_patterns(lookup: Dict[str, List[str]]) -> List[Dict[str, Any]]:
    """Each term as the words jieba cuts it into, knowing every term."""
    segmenter = Segmenter(words=[w for terms in lookup.values() for w in terms])
    patterns = []
    for label, terms in sorted(lookup.items()):
        for term in terms:
            words = [w for w in segmenter.cut(term) if w.strip()]
            if words:
                patterns.append({"label": label, "pattern": [{"ORTH": w} for w in words]})
    return patterns


def build_pipeline(patterns: List[Dict[str, Any]]):
    import spacy

    nlp = spacy.blank("zh")  # its own tokenizer is never used: documents are built from the message's tokens
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]  # spaCy types add_pipe() as Pipe; this one is an EntityRuler
    return nlp


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class CatalogueEntityRuler(GraphComponent, EntityExtractorMixin):
    """spaCy EntityRuler over the lookup tables named in ``entities``."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"entities": ["service", "group", "place"]}

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The terms come with the training data; how they become patterns is this module's code."""
        return source_fingerprint(token_patterns, build_pipeline, Segmenter)

    def __init__(self, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource, nlp=None):
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._nlp = nlp

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CatalogueEntityRuler":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        wanted = set(self._config["entities"])
        lookup = {
            table["name"]: [str(e).strip() for e in table["elements"] if str(e).strip()]
            for table in training_data.lookup_tables
            if table["name"] in wanted
        }
        patterns = token_patterns(lookup)
        self._nlp = build_pipeline(patterns)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / PATTERNS_FILE).write_text(json.dumps(patterns, ensure_ascii=False), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "CatalogueEntityRuler":
        with model_storage.read_from(resource) as directory:
            patterns = json.loads((directory / PATTERNS_FILE).read_text(encoding="utf-8"))
        return cls(config, model_storage, resource, build_pipeline(patterns))

    def entities(self, text: str, words: Sequence[str]) -> List[Dict[str, Any]]:
        """The catalogue words among ``words``, the pieces ``text`` was cut into."""
        if self._nlp is None or not text:
            return []
        from spacy.tokens import Doc
        from spacy.util import get_words_and_spaces

        words, spaces = get_words_and_spaces([w for w in words if w], text)
        doc = Doc(self._nlp.vocab, words=words, spaces=spaces)
        for _, pipe in self._nlp.pipeline:
            doc = pipe(doc)
        return [
            {"entity": ent.label_, "value": ent.text, "start": ent.start_char, "end": ent.end_char,
             "confidence_entity": 1.0}
            for ent in doc.ents
        ]

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text: Optional[str] = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            words = [token.text for token in message.get(TOKENS_NAMES[TEXT]) or []]
            found = self.add_extractor_name(self.entities(text, words))
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages
