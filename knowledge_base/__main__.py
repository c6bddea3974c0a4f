"""Command line of the knowledge base.

    python -m knowledge_base check                 validate the catalogue files
    python -m knowledge_base build [--url URL]     validate, then write to SQL
    python -m knowledge_base export --format jsonl one service per line
    python -m knowledge_base search TEXT           what the search finds
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

from knowledge_base import settings
from knowledge_base.loader import CATALOGUE_DIR, CatalogueError, load_catalogue
from knowledge_base.repository import KnowledgeBase
from knowledge_base.store import CatalogueMissing, build, catalogue_checksum
from knowledge_base.types import Criterion, Service


def criterion_to_dict(kb: KnowledgeBase, c: Criterion) -> Dict[str, Any]:
    facts = kb.catalogue.facts
    item: Dict[str, Any] = {"id": c.id, "label": c.label, "kind": c.kind, "source": kb.cite(c.source)}
    if c.fact:
        fact = facts[c.fact]
        item.update(fact=c.fact, question=c.question or fact.question, type=fact.type, rule=dict(c.rule))
        if fact.unit:
            item["unit"] = fact.unit
        if fact.options:
            item["options"] = list(fact.options)
    if c.any_of:
        item["any_of"] = [criterion_to_dict(kb, m) for m in c.any_of]
    if c.when is not None:
        item["when"] = criterion_to_dict(kb, c.when)
    return item


def service_to_dict(kb: KnowledgeBase, s: Service) -> Dict[str, Any]:
    statements = {
        field: {"text": st.text, "source": kb.cite(st.source)} for field, st in s.statements().items()
    }
    return {
        "id": s.id,
        "name": s.name,
        "aliases": list(s.aliases),
        "domain": s.domain_name,
        "domain_code": s.domain,
        "section": s.section,
        "section_name": s.section_name,
        "agency": s.agency,
        "agency_current": s.agency_current,
        "agency_current_source": kb.cite(s.agency_current_source) if s.agency_current_source else None,
        "target_group": s.target_group.text,
        "content": s.content.text,
        "standard": s.standard.text if s.standard else None,
        "how_to_apply": s.how_to_apply.text if s.how_to_apply else None,
        "documents": s.documents.text if s.documents else None,
        "hotlines": list(s.hotlines),
        "groups": list(s.groups),
        "statements": statements,
        "criteria": [criterion_to_dict(kb, c) for c in s.criteria],
        "sources": kb.sources_of(s),
    }


def _check(root: Optional[str]) -> int:
    try:
        catalogue = load_catalogue(Path(root) if root else None)
    except CatalogueError as e:
        print(e, file=sys.stderr)
        return 1
    sections = {s.section for s in catalogue.services}
    print(
        f"catalogue is valid: {len(catalogue.services)} services in {len(sections)} of "
        f"{len(catalogue.sections)} sections"
    )
    return 0


def _build(root: Optional[str], url: Optional[str]) -> int:
    directory = Path(root) if root else CATALOGUE_DIR
    try:
        catalogue = load_catalogue(directory)
    except CatalogueError as e:
        print(e, file=sys.stderr)
        print("the existing knowledge base was left as it was.", file=sys.stderr)
        return 1
    target = url or settings.database_url()
    build(catalogue, target, catalogue_checksum(directory))
    print(f"built the knowledge base: {len(catalogue.services)} services -> {_redact(target)}")
    return 0


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _open(url: Optional[str]) -> KnowledgeBase:
    try:
        return KnowledgeBase(url)
    except CatalogueMissing as e:
        print(f"error: {e}", file=sys.stderr)
        raise SystemExit(1)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge_base", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate the catalogue files, write nothing")
    check.add_argument("--catalogue", help="catalogue directory (default: knowledge_base/catalogue)")
    b = sub.add_parser("build", help="validate, then load the catalogue into the database")
    b.add_argument("--catalogue", help="catalogue directory (default: knowledge_base/catalogue)")
    b.add_argument("--url", help="SQLAlchemy URL (default: $HUZHOU_KB_URL or build/kb.sqlite3)")
    e = sub.add_parser("export", help="print the built catalogue")
    e.add_argument("--format", choices=["jsonl"], default="jsonl")
    e.add_argument("--url")
    s = sub.add_parser("search", help="show what the full-text search finds")
    s.add_argument("text")
    s.add_argument("--limit", type=int, default=5)
    s.add_argument("--url")
    args = parser.parse_args(argv)

    if args.command == "check":
        return _check(args.catalogue)
    if args.command == "build":
        return _build(args.catalogue, args.url)
    kb = _open(args.url)
    if args.command == "export":
        for service in kb.catalogue.services:
            print(json.dumps(service_to_dict(kb, service), ensure_ascii=False))
        return 0
    if args.command == "search":
        for hit in kb.search(args.text, args.limit):
            print(f"{hit.score:8.3f}  {hit.service.section}  {hit.service.id}  {hit.service.name}")
        return 0
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
