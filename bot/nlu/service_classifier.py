"""Learns which catalogue service a message is about.

Intents say what a resident wants to do (find, check eligibility, ask where);
this component says which of the ~150 services the message concerns. It is a
linear model (logistic loss) over character n-grams (robust to typos and missing spaces) and
the words the pipeline's tokenizer cut the message into (bot/nlu/tokenizer.py), trained on every NLU example that names its service: examples
carry ``metadata: {service: <id>}`` (generated from the catalogue, or written
by hand); examples of out-of-scope and small-talk intents teach it a "none"
class, and service questions about no one service (follow-ups, groups) a
"general" class. Its output, ``service_ranking``, is one input of the service
finder (bot/finder.py), which adds entities and catalogue search.

The trained model holds no pickle (Rasa 3.6.21 was chosen for the fix of
CVE-2024-49375, which took pickle out of Rasa's own components): the
vocabularies and classes are JSON, the numbers one .npz read with
allow_pickle=False, the weights as float32.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import INTENT, METADATA, METADATA_EXAMPLE, METADATA_INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.fingerprints import source_fingerprint

logger = logging.getLogger(__name__)

NONE = "__none__"
# In scope but about no one service: follow-ups ("需要什么材料" about the service
# under discussion), questions about a group ("老人有什么福利"), the household.
GENERAL = "__general__"
SERVICE_INTENTS = ("find_service", "check_eligibility", "ask_how_to_apply", "ask_where", "ask_documents",
                   "ask_amount", "household_screening")
RANKING = "service_ranking"
MODEL_JSON = "service_classifier.json"
MODEL_ARRAYS = "service_classifier.npz"
FORMAT = 1


def service_label(message: Message) -> Optional[str]:
    """The service an example is labelled with: its own metadata, else its block's."""
    metadata = message.get(METADATA) or {}
    for level in (METADATA_EXAMPLE, METADATA_INTENT):
        value = (metadata.get(level) or {}).get("service") if isinstance(metadata.get(level), dict) else None
        if value:
            return str(value)
    return None


def message_words(message: Message) -> List[str]:
    """The words the pipeline's tokenizer cut the message's text into."""
    return [token.text for token in message.get(TOKENS_NAMES[TEXT]) or []]


def _lowered(words: List[str]) -> List[str]:
    """The word features of a message: its words, lower-cased, without blanks."""
    return [w.lower() for w in words if w.strip()]


class TextServiceModel:
    """The model itself, free of Rasa. A document is a text and the words it was cut into."""

    def __init__(self, alpha: float = 1e-5):
        self.alpha = alpha
        self.char_vectorizer: Any = None  # sklearn's TfidfVectorizers, once fitted or loaded
        self.word_vectorizer: Any = None
        self.classes: Optional[np.ndarray] = None  # class labels, as the weights' columns
        self._weights: Optional[np.ndarray] = None  # (features, classes), float32
        self.intercept: Optional[np.ndarray] = None

    @staticmethod
    def _vectorizers():
        from sklearn.feature_extraction.text import TfidfVectorizer

        return (TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=1),
                TfidfVectorizer(analyzer=_lowered, lowercase=False, sublinear_tf=True))

    def _features(self, texts: List[str], words: List[List[str]], fit: bool = False):
        from scipy.sparse import hstack

        if fit:
            self.char_vectorizer, self.word_vectorizer = self._vectorizers()
            return hstack([self.char_vectorizer.fit_transform(texts), self.word_vectorizer.fit_transform(words)]).tocsr()
        return hstack([self.char_vectorizer.transform(texts), self.word_vectorizer.transform(words)]).tocsr()

    def fit(self, texts: List[str], words: List[List[str]], labels: List[str]) -> "TextServiceModel":
        # Logistic loss by stochastic gradient descent: as accurate as lbfgs
        # logistic regression here (3-fold CV 92.5% vs 92.2%), 25 times faster.
        import warnings

        from sklearn.exceptions import ConvergenceWarning
        from sklearn.linear_model import SGDClassifier

        features = self._features(texts, words, fit=True)
        classifier = SGDClassifier(
            loss="log_loss", alpha=self.alpha, max_iter=50, class_weight="balanced", random_state=20161230
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            classifier.fit(features, labels)
        self.classes = np.asarray([str(c) for c in classifier.classes_])
        # laid out for a fast sparse-dense product (predict_proba took 38 ms a message, this < 1 ms)
        self._weights = np.ascontiguousarray(classifier.coef_.T, dtype=np.float32)
        self.intercept = np.asarray(classifier.intercept_, dtype=np.float32)
        return self

    # -- persistence: JSON and arrays, never a pickle ---------------------------------------
    def save(self, directory: Path) -> None:
        assert self.classes is not None and self._weights is not None and self.intercept is not None, "fit() first"
        description = {
            "format": FORMAT, "alpha": self.alpha, "classes": [str(c) for c in self.classes],
            "char_vocabulary": _terms(self.char_vectorizer), "word_vocabulary": _terms(self.word_vectorizer),
        }
        (directory / MODEL_JSON).write_text(json.dumps(description, ensure_ascii=False), encoding="utf-8")
        np.savez(directory / MODEL_ARRAYS, weights=self._weights, intercept=self.intercept,
                 char_idf=self.char_vectorizer.idf_, word_idf=self.word_vectorizer.idf_)

    @classmethod
    def load(cls, directory: Path) -> "TextServiceModel":
        description = json.loads((directory / MODEL_JSON).read_text(encoding="utf-8"))
        if description.get("format") != FORMAT:
            raise ValueError(f"service classifier format {description.get('format')!r}, expected {FORMAT}: retrain")
        model = cls(description["alpha"])
        with np.load(directory / MODEL_ARRAYS, allow_pickle=False) as arrays:
            model._weights = np.ascontiguousarray(arrays["weights"], dtype=np.float32)
            model.intercept = arrays["intercept"]
            char_idf, word_idf = arrays["char_idf"], arrays["word_idf"]
        model.classes = np.asarray(description["classes"])
        model.char_vectorizer, model.word_vectorizer = cls._vectorizers()
        for vectorizer, terms, idf in ((model.char_vectorizer, description["char_vocabulary"], char_idf),
                                       (model.word_vectorizer, description["word_vocabulary"], word_idf)):
            vectorizer.vocabulary_ = {term: i for i, term in enumerate(terms)}
            vectorizer.idf_ = idf
        if model._weights.shape != (len(char_idf) + len(word_idf), len(model.classes)):
            raise ValueError("service classifier arrays do not match its vocabularies: retrain")
        return model

    def probabilities(self, features) -> np.ndarray:
        """What predict_proba computes (one-vs-rest logistic, normalised)."""
        # float32 features: a float64 sparse matrix times the float32 weights made scipy copy
        # all the weights to float64 for every message (a seventh of the Rasa server's CPU under load)
        scores = features.astype(np.float32) @ self._weights + self.intercept
        scores = 1.0 / (1.0 + np.exp(-scores))  # one-vs-rest logistic, normalised like sklearn
        totals = scores.sum(axis=1, keepdims=True)
        totals[totals == 0] = 1.0
        return scores / totals

    def rank(self, texts: List[str], words: List[List[str]], limit: int = 10) -> List[List[Tuple[str, float]]]:
        probabilities = self.probabilities(self._features(texts, words))
        classes = self.classes
        assert classes is not None, "fit() or load() first"
        result = []
        for row in probabilities:
            order = np.argsort(-row)[:limit]
            result.append([(str(classes[i]), float(row[i])) for i in order])
        return result


def _terms(vectorizer) -> List[str]:
    """The vectorizer's vocabulary as a list: the term of each feature column, in order."""
    terms = [""] * len(vectorizer.vocabulary_)
    for term, index in vectorizer.vocabulary_.items():
        terms[index] = term
    return terms


def training_pairs(training_data: TrainingData, none_intents: List[str]) -> Tuple[List[str], List[List[str]], List[str]]:
    """(texts, their words, service labels) of the examples that teach the classifier."""
    texts, words, labels = [], [], []
    for example in training_data.intent_examples:
        text = example.get(TEXT)
        label = service_label(example)
        if label is None and example.get(INTENT) in none_intents:
            label = NONE
        elif label is None and example.get(INTENT) in SERVICE_INTENTS:
            label = GENERAL
        if text and label:
            texts.append(text)
            words.append(message_words(example))
            labels.append(label)
    return texts, words, labels


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class ServiceClassifier(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            "alpha": 1e-5,
            "ranking_length": 10,
            # intents whose examples name no service: they teach the "none" class
            "none_intents": ["out_of_scope", "greet", "goodbye", "thanks", "bot_challenge", "affirm", "deny",
                             "dont_know", "stop", "rate_service", "human_handoff"],
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The model and the choice of examples live in this module, outside the class."""
        return source_fingerprint(sys.modules[__name__])

    def __init__(self, config, model_storage: ModelStorage, resource: Resource, model: Optional[TextServiceModel] = None):
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "ServiceClassifier":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        texts, words, labels = training_pairs(training_data, self._config["none_intents"])
        if len(set(labels)) < 2:
            logger.warning("ServiceClassifier: fewer than two labelled services; it will rank nothing.")
        else:
            self._model = TextServiceModel(self._config["alpha"]).fit(texts, words, labels)
        with self._model_storage.write_to(self._resource) as directory:
            if self._model is not None:
                self._model.save(Path(directory))
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "ServiceClassifier":
        with model_storage.read_from(resource) as directory:
            model = TextServiceModel.load(Path(directory)) if (Path(directory) / MODEL_JSON).exists() else None
        return cls(config, model_storage, resource, model)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            ranking: List[Dict[str, Any]] = []
            if self._model is not None and text and not text.startswith("/"):
                ranked = self._model.rank([text], [message_words(message)], self._config["ranking_length"])[0]
                ranking = [{"id": sid, "confidence": round(p, 4)} for sid, p in ranked]
            message.set(RANKING, ranking, add_to_output=True)
        return messages
