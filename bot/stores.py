"""Where the Rasa server keeps conversations: Rasa's own stores, configured from the environment.

endpoints.yml names the classes below; each reads one URL (bot/settings.py
passes them to the Rasa server, with defaults for the embedded setup):

- ``TrackerStore`` (``HUZHOU_TRACKER_URL``): Rasa's SQLTrackerStore on any
  SQLAlchemy URL: SQLite under build/ by default, so `make run` keeps every
  conversation across a restart with nothing else running; PostgreSQL in
  production (``postgresql://user@host:5432/huzhou``). ID, phone and bank-card
  numbers are masked in every event before it is written (bot.privacy.mask_event):
  the conversation in memory keeps them for the one turn that needs them.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Dict, Optional, Text

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy import mask_event

logger = logging.getLogger(__name__)


def sqlite_path(url: str) -> Optional[Path]:
    """The file of a sqlite:/// URL (None for other databases or an in-memory SQLite)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


class TrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store on the URL endpoints.yml gives (``url: ${HUZHOU_TRACKER_URL}``)."""

    def __init__(self, domain=None, host: Optional[Text] = None, event_broker=None,
                 url: Optional[Text] = None, **kwargs: Any) -> None:
        url = host or url
        if not url or "://" not in url:
            raise ValueError(
                "the tracker store needs a database URL (HUZHOU_TRACKER_URL), e.g. "
                "sqlite:///build/tracker.sqlite3 or postgresql://huzhou@127.0.0.1:5432/huzhou"
            )
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(domain=domain, host=url, event_broker=event_broker, **kwargs)

    def serialise_event(self, data: Dict[str, Any]) -> Dict[str, Any]:
        """The event as stored: ID, phone and bank-card numbers masked (bot/privacy.py)."""
        return mask_event(data)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's SQLTrackerStore.save, each event passing serialise_event first."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                data = self.serialise_event(event.as_dict())
                session.add(self.SQLEvent(
                    sender_id=tracker.sender_id,
                    type_name=event.type_name,
                    timestamp=data.get("timestamp"),
                    intent_name=(data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY),
                    action_name=data.get("name"),
                    data=json.dumps(data),
                ))
            session.commit()
        logger.debug("conversation %s stored", tracker.sender_id)

