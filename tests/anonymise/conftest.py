"""Fixtures shared by the anonymiser tests."""
import pytest

from zorgdesk.services.name_lexicon import default_detector


@pytest.fixture(scope="module")
def detector():
    """The default pipeline's detector for unknown names (word lists read once per run)."""
    return default_detector()
