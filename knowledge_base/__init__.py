"""The Huzhou public-service catalogue: files, validation, SQL, search, eligibility.

A plain library that knows nothing of Rasa; see knowledge_base/README.md.
"""
from knowledge_base.eligibility import Verdict, evaluate
from knowledge_base.loader import CatalogueError, load_catalogue
from knowledge_base.repository import KnowledgeBase, PlaceMatch, Route, shared
from knowledge_base.search import SearchHit
from knowledge_base.store import CatalogueMissing, CatalogueUnreachable

__all__ = [
    "CatalogueError",
    "CatalogueMissing",
    "CatalogueUnreachable",
    "KnowledgeBase",
    "PlaceMatch",
    "Route",
    "SearchHit",
    "Verdict",
    "evaluate",
    "load_catalogue",
    "shared",
]
