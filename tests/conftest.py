import atexit
import os
import shutil
import tempfile

# Without a display Qt aborts the whole process; tests always run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The validated knowledge base is cached in a folder of the test run's own (child
# processes inherit it), never in the user's cache folder.
_CACHE = tempfile.mkdtemp(prefix="export-advisor-test-cache-")
os.environ["EXPORT_ADVISOR_CACHE"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

import pytest  # noqa: E402

import criteria  # noqa: E402
from samples import FICTITIOUS, PERSONA_BASE  # noqa: E402


@pytest.fixture(scope="session")
def kb() -> criteria.KnowledgeBase:
    return criteria.default()


@pytest.fixture
def answers() -> dict[str, str]:
    """A complete, valid answer set (a mid-sized OEM exporter)."""
    return dict(PERSONA_BASE)


@pytest.fixture(scope="session")
def flipping_kb(tmp_path_factory) -> criteria.KnowledgeBase:
    """The shipped knowledge base with a fictitious rule that knocks out dropshipping."""
    from criteria.knowledge import DATA_DIR, load

    target = tmp_path_factory.mktemp("kb") / "data"
    shutil.copytree(DATA_DIR, target)
    with (target / "policy.toml").open("a", encoding="utf-8") as fh:
        fh.write(FICTITIOUS)
    return load(target)
