"""The events of one simulated conversation, shaped as the running assistant stores them.

Each turn is what the tracker of a real conversation holds (compare a tracker from
`GET /conversations/<id>/tracker`): the resident's ``user`` event (intent, entities,
``input_channel``, ``message_id``), the slots Rasa's slot mappings and
``action_read_facts`` set right after it (``reading``, ``fact_changed``, ``place``,
facts), ``user_featurization``, then the action the rules chose with its ``bot``
messages and ``slot`` events, and ``action_listen``. Rasa's own event classes build
them, so ``as_dict()`` gives the stored JSON; the store masks them like any other
(bot/stores.py). The model id "simulated" marks them.
"""
from __future__ import annotations

import json
import random
from typing import Any, Dict, List, Optional, Sequence, Tuple

from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    DefinePrevUserUtteredFeaturization,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)

from bot.settings import REPO_ROOT

SIMULATED_MODEL = "simulated"


def _assistant_id() -> str:
    import yaml

    return yaml.safe_load((REPO_ROOT / "config.yml").read_text(encoding="utf-8"))["assistant_id"]


READING: Dict[str, Any] = {"read": [], "changed": [], "repeated": [], "implied": [], "non_answer": None, "asks": True,
           "correction": False, "recheck": []}
Button = Tuple[str, str]


class Recorder:
    """Collects one sender's events on a clock of its own (epoch seconds)."""

    def __init__(self, sender: str, channel: str, rng: random.Random, assistant_id: Optional[str] = None):
        self.sender = sender
        self.channel = channel  # the input channel's name: rest (also the widget's), wechat
        self.rng = rng
        self.metadata = {"model_id": SIMULATED_MODEL, "assistant_id": assistant_id or _assistant_id()}
        self.events: List[Event] = []
        self.clock = 0.0

    def _at(self, pause: float = 0.001) -> float:
        self.clock += pause
        return self.clock

    def _meta(self) -> Dict[str, Any]:
        return dict(self.metadata)

    def session(self, start: float) -> None:
        """A new session: what Rasa writes before a sender's first message after a pause."""
        self.clock = start
        self.events += [ActionExecuted("action_session_start", timestamp=self._at(), metadata=self._meta(), confidence=1.0),
                        SessionStarted(timestamp=self._at(), metadata=self._meta()),
                        ActionExecuted("action_listen", timestamp=self._at(), metadata=self._meta())]

    def user(self, text: str, intent: str, entities: Sequence[Dict[str, Any]] = (), extracted: Optional[Dict] = None,
             request_metadata: Optional[Dict[str, Any]] = None, pause: Tuple[float, float] = (8, 90)) -> None:
        """The resident's message, after a pause to read and type; ``extracted``: the slots Rasa's
        slot mappings and the answer reader set from it (place, facts)."""
        self._at(self.rng.uniform(*pause))
        payload = text.startswith("/")
        confidence = 1.0 if payload else round(self.rng.uniform(0.45, 0.99), 4)
        message_id = "%032x" % self.rng.getrandbits(128)
        if request_metadata is None and self.channel == "wechat":
            request_metadata = {"channel": "wechat"}  # what channels/wechat.py passes with every message
        parse = {"intent": {"name": intent, "confidence": confidence}, "entities": list(entities), "text": text,
                 "message_id": message_id, "metadata": request_metadata or {},
                 "intent_ranking": [{"name": intent, "confidence": confidence}]}
        self.events.append(UserUttered(text, parse["intent"], list(entities), parse, timestamp=self._at(),
                                       input_channel=self.channel, message_id=message_id, metadata=self._meta()))
        slots = dict(extracted or {})
        if not payload:
            slots = {"fact_confidence": {}, "reading": READING, **slots}
        slots["fact_changed"] = False
        self.slots(slots)
        self.events.append(DefinePrevUserUtteredFeaturization(False, timestamp=self._at(0.03), metadata=self._meta()))

    def slots(self, values: Dict[str, Any]) -> None:
        for name, value in values.items():
            self.events.append(SlotSet(name, value, timestamp=self._at(0.00001), metadata=self._meta()))

    def action(self, name: str, messages: Sequence[Tuple[str, Sequence[Button]]] = (), slots: Optional[Dict] = None,
               utter: Optional[str] = None, listen: bool = True, custom: Optional[Dict] = None) -> None:
        """An action of the rules' choosing, its messages and the slots it returns, then listening."""
        self.events.append(ActionExecuted(name, policy="RulePolicy", confidence=1.0, hide_rule_turn=True,
                                          timestamp=self._at(), metadata=self._meta()))
        for i, (text, buttons) in enumerate(messages):
            metadata = self._meta()
            if utter:
                metadata.update({"utter_action": utter, "template": utter})
            data = {"elements": None, "quick_replies": None, "attachment": None, "image": None,
                    "buttons": [{"title": t, "payload": p} for t, p in buttons] or None,
                    "custom": custom if i == len(messages) - 1 else None}
            self.events.append(BotUttered(text, data, metadata, timestamp=self._at(0.0001)))
        self.slots(slots or {})
        if listen:
            self.listen()

    def listen(self) -> None:
        self.events.append(ActionExecuted("action_listen", policy="RulePolicy", confidence=1.0, hide_rule_turn=True,
                                          timestamp=self._at(0.003), metadata=self._meta()))

    def form(self, question: Tuple[str, Sequence[Button]], fact: str, start: bool = False) -> None:
        """One step of eligibility_form: (the first time) its activation, then the next question."""
        self.events.append(ActionExecuted("eligibility_form", policy="RulePolicy", confidence=1.0, hide_rule_turn=True,
                                          timestamp=self._at(), metadata=self._meta()))
        if start:
            self.events.append(ActiveLoop("eligibility_form", timestamp=self._at(), metadata=self._meta()))
        self.events.append(BotUttered(question[0], {"buttons": [{"title": t, "payload": p} for t, p in question[1]] or None},
                                      self._meta(), timestamp=self._at(0.0001)))
        self.slots({"requested_slot": fact})
        self.listen()

    def form_done(self) -> None:
        self.events.append(ActionExecuted("eligibility_form", policy="RulePolicy", confidence=1.0, hide_rule_turn=True,
                                          timestamp=self._at(), metadata=self._meta()))
        self.slots({"requested_slot": None})
        self.events.append(ActiveLoop(None, timestamp=self._at(), metadata=self._meta()))


def service_entity(text: str, word: str, service_id: str) -> Dict[str, Any]:
    start = max(text.find(word), 0)
    return {"entity": "service", "value": service_id, "start": start, "end": start + len(word),
            "confidence_entity": 1.0, "extractor": "CatalogueEntityRuler", "processors": ["EntitySynonymMapper"]}


def place_entity(text: str, word: str, place: str) -> Dict[str, Any]:
    start = max(text.find(word), 0)
    entity = {"entity": "place", "value": place, "start": start, "end": start + len(word),
              "confidence_entity": 1.0, "extractor": "CatalogueEntityRuler"}
    if word != place:
        entity["processors"] = ["EntitySynonymMapper"]
    return entity


def payload(intent: str, **entities: Any) -> str:
    """A button's payload, as the buttons of actions/common.py write it."""
    return f"/{intent}{json.dumps(entities, ensure_ascii=False)}" if entities else f"/{intent}"
