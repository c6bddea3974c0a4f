"""SQLAlchemy tables of the catalogue (SQLAlchemy 1.4, 2.0-style usage).

Tables are prefixed ``kb_`` so the catalogue can share a PostgreSQL database
with Rasa's tracker store in production.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import registry
from sqlalchemy.orm.decl_api import DeclarativeMeta

_registry = registry()


class Base(metaclass=DeclarativeMeta):
    """What ``declarative_base()`` returns, written as a class so that type checkers see a class (SQLAlchemy's
    documented equivalent of ``registry.generate_base()``)."""
    __abstract__ = True
    registry = _registry
    metadata = _registry.metadata
    __init__ = _registry.constructor

SCHEMA_VERSION = 2


class Build(Base):
    __tablename__ = "kb_builds"
    id = Column(Integer, primary_key=True)
    schema_version = Column(Integer, nullable=False)
    built_at = Column(DateTime(timezone=True), nullable=False)
    checksum = Column(String(64), nullable=False)  # sha256 of the catalogue files
    service_count = Column(Integer, nullable=False)


class SourceRow(Base):
    __tablename__ = "kb_sources"
    key = Column(String(64), primary_key=True)
    title = Column(Text, nullable=False)
    kind = Column(String(32), nullable=False)
    number = Column(Text)
    issuer = Column(Text)
    date = Column(String(32))
    via = Column(String(64))


class SectionRow(Base):
    __tablename__ = "kb_sections"
    code = Column(String(8), primary_key=True)
    name = Column(Text, nullable=False)
    domain = Column(Integer, nullable=False, index=True)
    domain_name = Column(Text, nullable=False)
    agencies = Column(JSON, nullable=False)


class BodyRow(Base):
    __tablename__ = "kb_bodies"
    key = Column(String(64), primary_key=True)
    name = Column(Text, nullable=False)
    local = Column(Text)
    local_checked = Column(Boolean, nullable=False)
    hotlines = Column(JSON, nullable=False)


class OutlineAgencyRow(Base):
    __tablename__ = "kb_outline_agencies"
    name = Column(String(64), primary_key=True)
    body_key = Column(String(64), ForeignKey("kb_bodies.key"), nullable=False)
    renamed_by = Column(String(128))


class PlaceRow(Base):
    __tablename__ = "kb_places"
    name = Column(String(32), primary_key=True)
    kind = Column(String(16), nullable=False)
    aliases = Column(JSON, nullable=False)
    towns = Column(JSON, nullable=False)
    position = Column(Integer, nullable=False)


class FactRow(Base):
    __tablename__ = "kb_facts"
    key = Column(String(64), primary_key=True)
    question = Column(Text, nullable=False)
    type = Column(String(16), nullable=False)
    unit = Column(String(16))
    minimum = Column(Float)
    maximum = Column(Float)
    options = Column(JSON, nullable=False)
    personal = Column(Boolean, nullable=False)
    label = Column(Text, nullable=False)
    subject = Column(String(16), nullable=False)
    says = Column(JSON, nullable=False)  # the words residents use for it
    phrases = Column(JSON, nullable=False)


class GroupRow(Base):
    __tablename__ = "kb_groups"
    name = Column(String(32), primary_key=True)
    aliases = Column(JSON, nullable=False)
    position = Column(Integer, nullable=False)


class HotlineRow(Base):
    __tablename__ = "kb_hotlines"
    number = Column(String(8), primary_key=True)
    name = Column(Text, nullable=False)


class ServiceRow(Base):
    __tablename__ = "kb_services"
    id = Column(String(64), primary_key=True)
    position = Column(Integer, nullable=False)
    name = Column(Text, nullable=False)
    section = Column(String(8), ForeignKey("kb_sections.code"), nullable=False, index=True)
    domain = Column(Integer, nullable=False, index=True)
    agency = Column(String(64), ForeignKey("kb_outline_agencies.name"), nullable=False, index=True)
    agency_body = Column(String(64), ForeignKey("kb_bodies.key"), nullable=False, index=True)
    agency_current = Column(Text, nullable=False)
    agency_current_source = Column(Text)
    target_group = Column(Text, nullable=False)
    target_group_source = Column(Text, nullable=False)
    content = Column(Text, nullable=False)
    content_source = Column(Text, nullable=False)
    standard = Column(Text)
    standard_source = Column(Text)
    how_to_apply = Column(Text)
    how_to_apply_source = Column(Text)
    documents = Column(Text)
    documents_source = Column(Text)
    caveat = Column(Text)
    caveat_source = Column(Text)
    hotlines = Column(JSON, nullable=False)
    groups = Column(JSON, nullable=False)
    apply_at = Column(String(16))  # hukou | residence
    apply_at_source = Column(Text)


class AliasRow(Base):
    __tablename__ = "kb_service_aliases"
    id = Column(Integer, primary_key=True)
    service_id = Column(String(64), ForeignKey("kb_services.id"), nullable=False, index=True)
    alias = Column(String(128), nullable=False)
    position = Column(Integer, nullable=False)
    __table_args__ = (UniqueConstraint("alias", name="uq_kb_alias"),)


class CriterionRow(Base):
    """One condition; ``any_of`` members and ``when`` gates point to their parent."""

    __tablename__ = "kb_criteria"
    id = Column(Integer, primary_key=True)
    service_id = Column(String(64), ForeignKey("kb_services.id"), nullable=False, index=True)
    parent_id = Column(Integer, ForeignKey("kb_criteria.id"))
    role = Column(String(8), nullable=False)  # top | any_of | when
    position = Column(Integer, nullable=False)
    key = Column(String(32), nullable=False)  # c1, c2.1, c3.when …
    label = Column(Text, nullable=False)
    kind = Column(String(16), nullable=False)
    fact_key = Column(String(64), ForeignKey("kb_facts.key"))
    rule = Column(JSON, nullable=False)
    question = Column(Text)
    source = Column(Text, nullable=False)
    otherwise = Column(String(16), nullable=False)  # not_met | consult
    consult_if = Column(JSON, nullable=False)
    note = Column(Text)
    note_source = Column(Text)
