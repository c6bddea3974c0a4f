"""Last step of the NLU pipeline: entity positions in what the resident typed.

The pipeline reads the normalised text (bot/nlu/normalizer.py: 繁→简, 全角→半角,
fillers and emoji dropped, English service words in Chinese), so the extractors'
``start``/``end`` count in that text. Rasa keeps the resident's own words as the
message (``UserUttered.text``: the tracker, the stories Rasa writes, interactive
learning), and a position must point there: in "喂，那个，長興縣低保" the place is
at 6–9, not at 0–3. The ``value`` stays what the pipeline read (长兴县); the parse's
``text`` stays the normalised text every action reads.

The normalised text is aligned with the typed one: each typed character is first
put in the form normalize() gives it character by character (NFKC, simplified),
then difflib matches the two. A character the normaliser kept maps to itself; one
it replaced by text of another length (kindergarten → 幼儿园) maps to the whole
replaced stretch; dropped fillers map to nothing.
"""
from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from typing import Any, Dict, List, Optional, Tuple

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.stateless import StatelessComponent
from bot.text import TEXT_END, TEXT_START

# The text as the resident typed it, kept on the message by the normaliser (not in the output).
TYPED_TEXT = "typed_text"



def _projection(typed: str) -> Tuple[str, List[int]]:
    """``typed`` with each character in its normal form, and the typed index of each character."""
    from bot.text import _converter

    chars: List[str] = []
    owners: List[int] = []
    for i, ch in enumerate(typed):
        form = unicodedata.normalize("NFKC", ch)
        chars.extend(form)
        owners.extend([i] * len(form))
    projected = "".join(chars)
    simplified = _converter().convert(projected)
    if len(simplified) == len(projected):  # 繁→简 is one character for one almost always
        projected = simplified
    return projected, owners


def alignment(typed: str, normalized: str) -> List[Tuple[int, int]]:
    """For each character of ``normalized``, the stretch of ``typed`` it came from."""
    if typed == normalized:
        return [(i, i + 1) for i in range(len(typed))]
    projected, owners = _projection(typed)
    spans: List[Tuple[int, int]] = []
    matcher = SequenceMatcher(None, projected, normalized, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "delete":
            continue
        if tag == "insert":  # nothing typed: an empty stretch where it was inserted
            at = owners[i1] if i1 < len(owners) else len(typed)
            spans.extend([(at, at)] * (j2 - j1))
        elif tag == "equal" or i2 - i1 == j2 - j1:
            spans.extend((owners[i], owners[i] + 1) for i in range(i1, i2))
        else:  # replaced by text of another length: the whole typed stretch
            spans.extend([(owners[i1], owners[i2 - 1] + 1)] * (j2 - j1))
    return spans


def typed_span(spans: List[Tuple[int, int]], start: int, end: int) -> Tuple[int, int]:
    """The typed stretch of the normalised characters start..end."""
    if not spans or start >= len(spans):
        return start, end
    first = spans[start][0]
    last = spans[min(max(end, start + 1), len(spans)) - 1][1]
    return first, max(first, last)


def typed_entities(entities: List[Dict[str, Any]], typed: str, normalized: str) -> List[Dict[str, Any]]:
    """``entities`` with start and end counted in ``typed``."""
    spans: Optional[List[Tuple[int, int]]] = None
    result = []
    for entity in entities:
        if isinstance(entity.get("start"), int) and isinstance(entity.get("end"), int):
            spans = spans if spans is not None else alignment(typed, normalized)
            start, end = typed_span(spans, entity["start"], entity["end"])
            # the positions in the normalised text stay with it, for the code that reads that text
            entity = {**entity, "start": start, "end": end, TEXT_START: entity["start"], TEXT_END: entity["end"]}
        result.append(entity)
    return result


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class TypedPositions(StatelessComponent):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            typed, normalized = message.get(TYPED_TEXT), message.get(TEXT)
            entities = message.get(ENTITIES)
            if isinstance(typed, str) and isinstance(normalized, str) and typed != normalized and entities:
                message.set(ENTITIES, typed_entities(entities, typed, normalized), add_to_output=True)
        return messages
