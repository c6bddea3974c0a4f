"""Fixtures shared by the reader's tests in tests/bot."""
import pytest

from knowledge_base.loader import load_catalogue


@pytest.fixture(scope="session")
def catalogue():
    """The catalogue, loaded once for every reader test."""
    return load_catalogue()
