"""Last step of the NLU pipeline: decides whether a message is in scope.

Applies bot.finder.decide_scope, the same decision the service finder makes,
so that the dialogue's rules see `out_of_scope` exactly when the finder lists
no service because the topic is outside the catalogue ("护照怎么办"), and see
a service intent when a service was named or clearly meant even though the
intent classifier leaned to out_of_scope.
"""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.finder import decide_scope
from bot.nlu.stateless import StatelessComponent


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CatalogueScope(StatelessComponent):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = message.get(INTENT) or {}
            if not intent or text.startswith("/"):
                continue
            parse = {
                "text": text,
                "intent": intent,
                "intent_ranking": message.get(INTENT_RANKING_KEY) or [],
                "entities": message.get("entities") or [],
                "service_ranking": message.get("service_ranking") or [],
            }
            _, decided = decide_scope(parse)
            if decided != intent.get("name"):
                ranking = message.get(INTENT_RANKING_KEY) or []
                intent, ranking = decided_first(decided, intent, ranking)
                message.set(INTENT, intent, add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


def decided_first(decided: str, intent: Dict[str, Any], ranking: List[Dict[str, Any]]) -> Tuple[Dict[str, Any], List[Dict[str, Any]]]:
    """The decided intent, and the ranking with it on top: the two never disagree.

    It takes at least the confidence the replaced intent had, so the ranking stays
    ordered; the other intents keep their places and confidences below it."""
    confidence = next((r["confidence"] for r in ranking if r.get("name") == decided), 0.0)
    chosen = {"name": decided, "confidence": max(confidence, intent.get("confidence", 0.0))}
    return chosen, [dict(chosen)] + [r for r in ranking if r.get("name") != decided]
