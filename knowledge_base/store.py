"""Writes a validated catalogue to SQL and reads it back.

A build never leaves a half-written database behind. For SQLite the new
database is written to a temporary file next to the old one and moved into
place in one rename; other databases (PostgreSQL) are rebuilt inside one
transaction. Either way readers see the old catalogue until the new one is
complete, and a failed build leaves the old one as it was.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

from sqlalchemy import create_engine, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from knowledge_base import models as m
from knowledge_base.types import (
    Body,
    Catalogue,
    Citation,
    Criterion,
    Fact,
    Place,
    Section,
    Service,
    Source,
    Statement,
)

STATEMENT_FIELDS = ("target_group", "content", "standard", "how_to_apply", "documents", "caveat")


def make_engine(url: str) -> Engine:
    return create_engine(url, future=True, pool_pre_ping=True)


def catalogue_checksum(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(root).rglob("*.yml")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build(catalogue: Catalogue, url: str, checksum: str) -> None:
    """Replaces whatever catalogue the database at ``url`` holds with ``catalogue``."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        _build_sqlite_file(catalogue, Path(parsed.database), url, checksum)
        return
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            m.Base.metadata.drop_all(connection)
            m.Base.metadata.create_all(connection)
            with Session(bind=connection, future=True) as session:
                _write(session, catalogue, checksum)
                session.flush()
    finally:
        engine.dispose()


def _build_sqlite_file(catalogue: Catalogue, target: Path, url: str, checksum: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{temporary}")
    try:
        m.Base.metadata.create_all(engine)
        with Session(engine, future=True) as session, session.begin():
            _write(session, catalogue, checksum)
        engine.dispose()
        os.replace(temporary, target)
    except BaseException:
        engine.dispose()
        temporary.unlink(missing_ok=True)
        raise


def _write(session: Session, catalogue: Catalogue, checksum: str) -> None:
    for src in catalogue.sources.values():
        session.add(m.SourceRow(key=src.key, title=src.title, kind=src.kind, number=src.number, issuer=src.issuer, date=src.date,
                                via=src.via))
    for n, name in catalogue.hotlines.items():
        session.add(m.HotlineRow(number=n, name=name))
    for sec in catalogue.sections.values():
        session.add(m.SectionRow(code=sec.code, name=sec.name, domain=sec.domain, domain_name=sec.domain_name,
                                 agencies=list(sec.agencies)))
    for b in catalogue.bodies.values():
        session.add(m.BodyRow(key=b.key, name=b.name, local=b.local, local_checked=b.local_checked, hotlines=list(b.hotlines)))
    session.flush()
    for name, (body, renamed_by) in catalogue.outline_agencies.items():
        session.add(m.OutlineAgencyRow(name=name, body_key=body, renamed_by=str(renamed_by) if renamed_by else None))
    for i, p in enumerate(catalogue.places):
        session.add(m.PlaceRow(name=p.name, kind=p.kind, aliases=list(p.aliases), towns=list(p.towns), position=i))
    for f in catalogue.facts.values():
        session.add(
            m.FactRow(
                key=f.key, question=f.question, type=f.type, unit=f.unit, minimum=f.minimum,
                maximum=f.maximum, options=list(f.options), personal=f.personal, label=f.label,
                subject=f.subject, says=_plain(f.says), phrases=dict(f.phrases),
            )
        )
    for i, (name, aliases) in enumerate(catalogue.groups.items()):
        session.add(m.GroupRow(name=name, aliases=list(aliases), position=i))
    session.flush()
    for position, s in enumerate(catalogue.services):
        row = m.ServiceRow(
            id=s.id, position=position, name=s.name, section=s.section, domain=s.domain, agency=s.agency,
            agency_body=s.agency_body, agency_current=s.agency_current,
            agency_current_source=str(s.agency_current_source) if s.agency_current_source else None,
            hotlines=list(s.hotlines), groups=list(s.groups), apply_at=s.apply_at,
            apply_at_source=str(s.apply_at_source) if s.apply_at_source else None,
        )
        for field in STATEMENT_FIELDS:
            statement: Optional[Statement] = getattr(s, field)
            setattr(row, field, statement.text if statement else None)
            setattr(row, f"{field}_source", str(statement.source) if statement else None)
        session.add(row)
        session.flush()
        for i, alias in enumerate(s.aliases):
            session.add(m.AliasRow(service_id=s.id, alias=alias, position=i))
        for i, c in enumerate(s.criteria):
            _write_criterion(session, s.id, c, None, "top", i)
    session.add(
        m.Build(
            schema_version=m.SCHEMA_VERSION,
            built_at=dt.datetime.now(dt.timezone.utc),
            checksum=checksum,
            service_count=len(catalogue.services),
        )
    )


def _write_criterion(session: Session, service_id: str, c: Criterion, parent: Optional[int], role: str, position: int):
    row = m.CriterionRow(
        service_id=service_id, parent_id=parent, role=role, position=position, key=c.id, label=c.label,
        kind=c.kind, fact_key=c.fact, rule=dict(c.rule), question=c.question, source=str(c.source),
        otherwise=c.otherwise, consult_if=dict(c.consult_if), note=c.note.text if c.note else None,
        note_source=str(c.note.source) if c.note else None,
    )
    session.add(row)
    session.flush()
    for i, member in enumerate(c.any_of):
        _write_criterion(session, service_id, member, row.id, "any_of", i)
    if c.when is not None:
        _write_criterion(session, service_id, c.when, row.id, "when", 0)


class CatalogueMissing(Exception):
    """The database holds no catalogue yet (run ``python -m knowledge_base build``)."""


class CatalogueUnreachable(CatalogueMissing):
    """The database cannot be reached (down, wrong address, refused): nothing says it is not built."""


def unreachable(error: Exception) -> bool:
    """A failure to reach the database, as opposed to one that reached it and found no tables
    (SQLite's "no such table" and PostgreSQL's undefined table are "not built")."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if not isinstance(error, DBAPIError) or getattr(error, "connection_invalidated", False):
        return isinstance(error, DBAPIError)
    return isinstance(error, OperationalError) and "no such table" not in str(error)


def latest_build(session: Session) -> Optional[m.Build]:
    return session.scalars(select(m.Build).order_by(m.Build.id.desc()).limit(1)).first()


def read(session: Session) -> Tuple[Catalogue, m.Build]:
    """Reads the whole catalogue back into plain records."""
    from sqlalchemy.exc import OperationalError, ProgrammingError

    try:
        build_row = latest_build(session)
    except (OperationalError, ProgrammingError) as e:
        if unreachable(e):
            raise CatalogueUnreachable(
                f"cannot connect to the knowledge base database ({type(e.orig).__name__}: {str(e.orig).strip()[:200]}): "
                "check that the server runs and HUZHOU_KB_URL points to it") from e
        raise CatalogueMissing("the knowledge base has not been built: run `python -m knowledge_base build`") from e
    if build_row is None:
        raise CatalogueMissing("the knowledge base is empty: run `python -m knowledge_base build`")
    if build_row.schema_version != m.SCHEMA_VERSION:
        raise CatalogueMissing(
            f"the knowledge base was built with schema {build_row.schema_version}, this code reads "
            f"{m.SCHEMA_VERSION}: rebuild it with `python -m knowledge_base build`"
        )
    sources = {r.key: Source(r.key, r.title, r.kind, r.number, r.issuer, r.date, r.via) for r in session.scalars(select(m.SourceRow))}
    sections = {
        r.code: Section(r.code, r.name, r.domain, r.domain_name, tuple(r.agencies))
        for r in session.scalars(select(m.SectionRow).order_by(m.SectionRow.code))
    }
    bodies = {
        r.key: Body(r.key, r.name, r.local, r.local_checked, tuple(r.hotlines)) for r in session.scalars(select(m.BodyRow))
    }
    outline = {
        r.name: (r.body_key, Citation.parse(r.renamed_by) if r.renamed_by else None)
        for r in session.scalars(select(m.OutlineAgencyRow))
    }
    places = tuple(
        Place(r.name, r.kind, tuple(r.aliases), tuple(r.towns))
        for r in session.scalars(select(m.PlaceRow).order_by(m.PlaceRow.position))
    )
    facts = {
        r.key: Fact(
            r.key, r.question, r.type, r.unit, r.minimum, r.maximum, tuple(r.options), r.personal, r.label,
            r.subject, _frozen_says(r.says or {}), dict(r.phrases or {}),
        )
        for r in session.scalars(select(m.FactRow))
    }
    groups = {r.name: tuple(r.aliases) for r in session.scalars(select(m.GroupRow).order_by(m.GroupRow.position))}
    hotlines = {r.number: r.name for r in session.scalars(select(m.HotlineRow))}
    aliases: Dict[str, List[str]] = {}
    for r in session.scalars(select(m.AliasRow).order_by(m.AliasRow.service_id, m.AliasRow.position)):
        aliases.setdefault(r.service_id, []).append(r.alias)
    criteria = _read_criteria(session.scalars(select(m.CriterionRow).order_by(m.CriterionRow.id)))
    services = []
    for r in session.scalars(select(m.ServiceRow).order_by(m.ServiceRow.position)):
        section = sections[r.section]
        statements: Dict[str, Any] = {
            f: Statement(getattr(r, f), Citation.parse(getattr(r, f"{f}_source"))) if getattr(r, f) else None
            for f in STATEMENT_FIELDS
        }
        services.append(
            Service(
                id=r.id, name=r.name, aliases=tuple(aliases.get(r.id, ())), section=r.section,
                section_name=section.name, domain=r.domain, domain_name=section.domain_name, agency=r.agency,
                agency_body=r.agency_body, agency_current=r.agency_current,
                agency_current_source=Citation.parse(r.agency_current_source) if r.agency_current_source else None,
                hotlines=tuple(r.hotlines), groups=tuple(r.groups), criteria=criteria.get(r.id, ()),
                apply_at=r.apply_at,
                apply_at_source=Citation.parse(r.apply_at_source) if r.apply_at_source else None,
                **statements,
            )
        )
    catalogue = Catalogue(sources, sections, bodies, outline, places, facts, groups, hotlines, tuple(services))
    return catalogue, build_row


def _read_criteria(rows: Iterable[m.CriterionRow]) -> Dict[str, Tuple[Criterion, ...]]:
    rows = list(rows)
    children: Dict[int, List[m.CriterionRow]] = {}
    for r in rows:
        if r.parent_id is not None:
            children.setdefault(r.parent_id, []).append(r)

    def make(r: m.CriterionRow) -> Criterion:
        kids = children.get(r.id, [])
        members = tuple(make(k) for k in sorted(kids, key=lambda k: k.position) if k.role == "any_of")
        gate = next((make(k) for k in kids if k.role == "when"), None)
        return Criterion(
            id=r.key, label=r.label, source=Citation.parse(r.source), kind=r.kind, fact=r.fact_key,
            rule=dict(r.rule or {}), any_of=members, when=gate, question=r.question, otherwise=r.otherwise,
            consult_if=dict(r.consult_if or {}),
            note=Statement(r.note, Citation.parse(r.note_source)) if r.note else None,
        )

    result: Dict[str, List[Criterion]] = {}
    for r in sorted((r for r in rows if r.role == "top"), key=lambda r: (r.service_id, r.position)):
        result.setdefault(r.service_id, []).append(make(r))
    return {k: tuple(v) for k, v in result.items()}


def _plain(says) -> dict:
    """A fact's words as JSON: lists, not tuples."""
    plain: Dict[str, Any] = {k: list(v) for k, v in says.items() if k != "options"}
    if "options" in says:
        plain["options"] = {o: list(w) for o, w in says["options"].items()}
    return plain


def _frozen_says(says) -> dict:
    frozen: Dict[str, Any] = {k: tuple(v) for k, v in says.items() if k != "options"}
    if "options" in says:
        frozen["options"] = {o: tuple(w) for o, w in says["options"].items()}
    return frozen
