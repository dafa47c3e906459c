"""Shared fixtures: paths to the fact base and the articles, and a small fact base to break."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Qt draws offscreen in every test (pytest-qt creates its application before any test runs).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A cache folder of the test run's own (stored charts, matplotlib's font list), so no test
# depends on what an earlier run or the developer's own use of the app left behind.
_CACHE = tempfile.mkdtemp(prefix="briefing-tests-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
os.environ["XDG_CACHE_HOME"] = _CACHE

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MINIMAL = Path(__file__).resolve().parent / "facts" / "minimal"
# The archived articles live beside the project in ../shared/seeds/, where that folder exists.
ARTICLES = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def minimal_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the minimal valid fact base in the working directory (so paths print short)."""
    base = tmp_path / "base"
    shutil.copytree(MINIMAL, base)
    monkeypatch.chdir(base)
    return base
