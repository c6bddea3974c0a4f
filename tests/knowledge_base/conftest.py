import shutil

import pytest

from tests.conftest import SHIPPED_CATALOGUE


@pytest.fixture
def catalogue_copy(tmp_path):
    """A private copy of the shipped catalogue that a test may break."""
    target = tmp_path / "catalogue"
    shutil.copytree(SHIPPED_CATALOGUE, target)
    return target
