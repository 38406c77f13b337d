import os

# Without a display Qt aborts the whole process; tests always run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

import criteria  # noqa: E402
from samples import PERSONA_BASE  # noqa: E402


@pytest.fixture(scope="session")
def kb() -> criteria.KnowledgeBase:
    return criteria.default()


@pytest.fixture
def answers() -> dict[str, str]:
    """A complete, valid answer set (a mid-sized OEM exporter)."""
    return dict(PERSONA_BASE)
