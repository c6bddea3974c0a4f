"""One guard around every custom action: whatever fails inside an action (the database
gone, a bug), the resident gets a short apology naming the 12345 hotline instead of an
empty reply, and the log gets one line naming the action and the error (masked like every
log line; the traceback only at DEBUG). Nothing of the failure reaches the resident.
The guard also runs the action on an evaluation set's date when the message carries one
and this server accepts it (bot/clock.py).

actions/__init__.py imports every module of the package and guards every Action class
defined in it, so an action added later is guarded without doing anything.
"""
from __future__ import annotations

import functools
import importlib
import inspect
import logging
import pkgutil
from typing import Any, Callable, Dict, List

from rasa_sdk import Action
from rasa_sdk.executor import CollectingDispatcher

from bot import clock
from bot.faults import APOLOGY  # one wording for the apology of both servers

logger = logging.getLogger(__name__)


def guarded(run: Callable) -> Callable:
    if getattr(run, "guarded", False):
        return run

    @functools.wraps(run)
    async def guarded_run(self: Action, dispatcher: CollectingDispatcher, tracker: Any,
                          domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        try:
            # an evaluation set's date, when this server accepts one (bot/clock.py)
            day = clock.from_metadata((getattr(tracker, "latest_message", None) or {}).get("metadata"))
            with clock.fixed(day):
                result = run(self, dispatcher, tracker, domain)
                if inspect.isawaitable(result):
                    result = await result
            return result
        except Exception as error:  # noqa: BLE001 - the point: nothing escapes to the resident
            logger.error("action %s failed (%s: %s); the resident was pointed to 12345",
                         self.name(), type(error).__name__, error)
            logger.debug("action %s failed", self.name(), exc_info=True)
            del dispatcher.messages[:]  # half an answer would mislead
            dispatcher.utter_message(text=APOLOGY)
            return []

    guarded_run.guarded = True  # type: ignore[attr-defined]
    return guarded_run


def _subclasses(cls: type) -> List[type]:
    found = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_subclasses(sub))
    return found


def guard_package(package: str) -> List[str]:
    """Imports every module of ``package`` and guards the run of each Action class defined there."""
    root = importlib.import_module(package)
    for module in pkgutil.iter_modules(root.__path__):
        importlib.import_module(f"{package}.{module.name}")
    names = []
    for cls in _subclasses(Action):
        if cls.__module__.startswith(package + ".") and not inspect.isabstract(cls):
            cls.run = guarded(cls.run)
            names.append(cls.__name__)
    return names
