"""The query layer every caller uses: lookups, search, eligibility, routing.

One :class:`KnowledgeBase` per process. It reads the catalogue from SQL once,
keeps it in memory (about a hundred records), and reloads it when a newer
build appears in the database, checked at most every ``refresh_seconds``.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any, List, Mapping, Optional, Tuple

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from knowledge_base import settings
from knowledge_base.eligibility import Verdict, evaluate
from knowledge_base.search import BM25Index, SearchHit, Tokenizer, terms_of
from knowledge_base.store import latest_build, make_engine, read
from knowledge_base.types import Catalogue, Citation, Place, Service, town_words

logger = logging.getLogger(__name__)

CHINESE_NUMERALS = "一二三四五六七八九"


@dataclass(frozen=True)
class PlaceMatch:
    place: Place  # the district or county (or the functional zone)
    mentioned: str  # the words the resident used: a town or the place itself


@dataclass(frozen=True)
class Route:
    """Where a resident goes for a service, city-wide or in their district."""

    service: Service
    agency_current: str
    agency_outline: str  # the outline's name, when it differs from today's
    place: Optional[Place]
    local_office: Optional[str]  # the counterpart body in that district or county
    local_checked: bool
    hotlines: Tuple[str, ...]


def _key(build_row) -> tuple:
    """Identifies a build; ids restart when a rebuild recreates the tables."""
    return build_row.id, build_row.built_at, build_row.checksum


class KnowledgeBase:
    def __init__(self, url: Optional[str] = None, refresh_seconds: float = 30.0):
        self.url = url or settings.database_url()
        self.engine = make_engine(self.url)
        self.refresh_seconds = refresh_seconds
        self._lock = threading.Lock()
        self._checked_at = 0.0
        self._build_key: Optional[tuple] = None
        self._outage = False
        self._load()

    # -- loading ---------------------------------------------------------
    def _load(self) -> None:
        with Session(self.engine, future=True) as session:
            catalogue, build_row = read(session)
        tokenizer = Tokenizer(terms_of(catalogue))
        index = BM25Index(catalogue.services, tokenizer)
        by_id = {s.id: s for s in catalogue.services}
        # Swap all derived state at once so readers never see a mix.
        self._state = (catalogue, index, by_id)
        self._build_key = _key(build_row)
        self._checked_at = time.monotonic()

    def _refresh(self) -> None:
        """Reloads when a newer build is in the database. The database gone (a lost connection,
        a restart) is no reason to stop answering: the whole catalogue is in memory, so it is
        used as loaded, the outage logged once, and the database asked again after
        ``refresh_seconds``."""
        if time.monotonic() - self._checked_at < self.refresh_seconds:
            return
        with self._lock:
            if time.monotonic() - self._checked_at < self.refresh_seconds:
                return
            try:
                with Session(self.engine, future=True) as session:
                    newest = latest_build(session)
                if newest is not None and _key(newest) != self._build_key:
                    self._load()
            except SQLAlchemyError as error:
                if not self._outage:
                    logger.warning("knowledge base database unreachable (%s); answering from the catalogue "
                                   "loaded in memory until it is back", type(error).__name__)
                self._outage = True
            else:
                if self._outage:
                    logger.warning("knowledge base database reachable again")
                self._outage = False
            finally:
                self._checked_at = time.monotonic()

    @property
    def catalogue(self) -> Catalogue:
        self._refresh()
        return self._state[0]

    # -- lookups ---------------------------------------------------------
    def service(self, service_id: str) -> Optional[Service]:
        self._refresh()
        return self._state[2].get(service_id)

    def services(
        self,
        *,
        section: Optional[str] = None,
        domain: Optional[int] = None,
        agency: Optional[str] = None,
        group: Optional[str] = None,
    ) -> List[Service]:
        """Services of a section, domain, agency (outline or current name) or group."""
        self._refresh()
        # from memory, in catalogue order (the database is asked only whether a newer build exists)
        found = [s for s in self._state[0].services
                 if (not section or s.section == section) and (not domain or s.domain == int(domain))
                 and (not agency or agency in (s.agency, s.agency_current))]
        if group:
            found = [s for s in found if group in s.groups]
        return found

    def search(self, text: str, limit: int = 10) -> List[SearchHit]:
        self._refresh()
        return self._state[1].search(text, limit)

    def evaluate(self, service_id: str, answers: Mapping[str, Any]) -> Verdict:
        service = self.service(service_id)
        if service is None:
            raise KeyError(f"no service '{service_id}'")
        return evaluate(service, self.catalogue.facts, answers)

    # -- places and routing ----------------------------------------------
    def resolve_place(self, text: str) -> Optional[PlaceMatch]:
        """The district or county a resident names, directly or by a town in it."""
        if not text:
            return None
        candidates: List[Tuple[str, Place]] = []
        for p in self.catalogue.places:
            for word in (p.name,) + p.aliases:
                candidates.append((word, p))
            for town in p.towns:
                candidates.extend((word, p) for word in town_words(town))
        for word, place in sorted(candidates, key=lambda c: -len(c[0])):
            if word in text:
                return PlaceMatch(place, word)
        return None

    def route(self, service_id: str, place: Optional[str] = None) -> Route:
        service = self.service(service_id)
        if service is None:
            raise KeyError(f"no service '{service_id}'")
        body = self.catalogue.bodies[service.agency_body]
        match = self.resolve_place(place) if place else None
        local, checked = None, False
        resolved = match.place if match else None
        if resolved is not None and resolved.kind in ("district", "county"):
            local, checked = body.local_name(resolved.name), body.local_checked
        outline = service.agency if service.agency_current_source else ""
        return Route(service, service.agency_current, outline, resolved, local, checked, service.hotlines)

    # -- citations -------------------------------------------------------
    def cite(self, citation: Citation) -> str:
        """A citation in words a resident can look up."""
        source = self.catalogue.sources.get(citation.source)
        if source is None:
            return str(citation)
        label = source.label()
        loc = citation.locator
        if citation.source == "outline" and loc:
            section = self.catalogue.sections.get(loc)
            if section is not None:
                domain, sub = loc.split(".")
                return f"{label} 四({CHINESE_NUMERALS[int(domain) - 1]}){sub} {section.name}"
            return f"{label} {loc}"
        return f"{label}{loc}" if loc else label

    def sources_of(self, service: Service) -> List[str]:
        return [self.cite(c) for c in service.citations()]

    def dispose(self) -> None:
        self.engine.dispose()


_shared: Optional[KnowledgeBase] = None
_shared_lock = threading.Lock()


def shared(url: Optional[str] = None) -> KnowledgeBase:
    """The process-wide knowledge base, opened on first use."""
    global _shared
    with _shared_lock:
        if _shared is None or (url and _shared.url != url):
            _shared = KnowledgeBase(url)
        return _shared


