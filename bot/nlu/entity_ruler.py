"""Finds catalogue words in a message with a spaCy entity ruler.

spaCy runs offline as a blank ``zh`` pipeline whose tokenizer is jieba, with
an EntityRuler whose patterns are the training data's lookup tables (service
names and aliases, groups of residents, places), which `python -m bot
generate` writes from the knowledge base. The pipeline is built at training
time and saved inside the Rasa model, so a model carries the exact words it
was trained with and needs no model from a hub.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

import jieba
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)
jieba.setLogLevel(logging.WARNING)

SPACY_DIR = "spacy_zh"


def _add_words(words) -> None:
    """Makes jieba keep catalogue words whole, so the ruler's patterns match."""
    for w in words:
        if len(w) >= 2:
            jieba.add_word(w, freq=max(2000, 500 * len(w)))


def build_pipeline(lookup: Dict[str, List[str]]):
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    patterns = [
        {"label": label, "pattern": term}
        for label, terms in sorted(lookup.items())
        for term in terms
    ]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]  # spaCy types add_pipe() as Pipe; this one is an EntityRuler
    return nlp


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class CatalogueEntityRuler(GraphComponent, EntityExtractorMixin):
    """spaCy EntityRuler over the lookup tables named in ``entities``."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"entities": ["service", "group", "place"]}

    def __init__(self, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource, nlp=None, words=()):
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._nlp = nlp
        _add_words(words)

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
        words = [w for terms in lookup.values() for w in terms]
        _add_words(words)
        self._nlp = build_pipeline(lookup)
        with self._model_storage.write_to(self._resource) as directory:
            self._nlp.to_disk(directory / SPACY_DIR)
            (directory / "words.txt").write_text("\n".join(words), encoding="utf-8")
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
        import spacy

        with model_storage.read_from(resource) as directory:
            words = (directory / "words.txt").read_text(encoding="utf-8").split("\n")
            _add_words(words)
            nlp = spacy.load(directory / SPACY_DIR)
        return cls(config, model_storage, resource, nlp)

    def entities(self, text: str) -> List[Dict[str, Any]]:
        if self._nlp is None or not text:
            return []
        doc = self._nlp(text)
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
            found = self.add_extractor_name(self.entities(text))
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages
