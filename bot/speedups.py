"""Per-message costs removed where the result is the same (measured: reports/load.md).

bot/serve.py installs them before the server starts.

- The action server's first message opened the knowledge base, loaded the catalogue and
  built two jieba dictionaries: over 2 s on these machines, so the first resident after a
  start got the apology of an action that took too long (bot/faults.py). warm_up_actions()
  does that work before the server accepts connections.

- Rasa checks every answer of the action server against its JSON schema with
  ``jsonschema.validate``, which first checks the schema itself against the JSON Schema
  meta-schema and builds a new validator: profiled under load (py-spy), that was a
  sixth of the Rasa server's CPU. The schema is fixed, so it is checked once and the
  validator kept; every answer is still validated against it, and an invalid one is
  refused as before (jsonschema's ValidationError with Rasa's explanation).
"""
from __future__ import annotations

import functools
from typing import Any, Dict


@functools.lru_cache(maxsize=None)
def _validator(action_class: Any):
    from jsonschema.validators import validator_for

    schema = action_class.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)  # once, not for every answer
    return cls(schema)


def warm_up_actions() -> None:
    """Opens the knowledge base and reads one message the way the actions do (failures only logged)."""
    import logging

    try:
        from bot.finder import find_services
        from bot.reading import read
        from knowledge_base import shared

        base = shared()
        find_services({"text": "低保怎么申请", "intent": {"name": "find_service", "confidence": 1.0}, "entities": []},
                      base)
        read("我七十岁了，住在吴兴区", base.catalogue)
        # the reader cuts some messages with jieba's default dictionary (bot/reading/clauses.py, echo.py):
        # loaded here, not in the first resident's turn (2-3 s, past the action time limit under load)
        import jieba

        jieba.initialize()
    except Exception as error:  # noqa: BLE001 - the actions' own guard answers when the database is down
        logging.getLogger(__name__).warning("warming up the actions failed (%s): the first message will be slower",
                                            type(error).__name__)


def install() -> None:
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if getattr(RemoteAction._validate_action_result, "cached", False):
        return

    def _validate_action_result(self, result: Dict[str, Any]) -> bool:
        error = best_match(_validator(self.__class__).iter_errors(result))
        if error is None:
            return True
        if isinstance(error, ValidationError):  # Rasa's own wording (rasa/core/actions/action.py)
            error.message += (
                f". Failed to validate Action server response from API, "
                f"make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
        raise error

    _validate_action_result.cached = True  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result
