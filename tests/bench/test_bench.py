"""The benchmark's own parts that can be checked quickly: its synthetic fact bases are valid
and shaped as described, and its budget verdicts follow the figures. (Timings themselves are
measured by `python -m bench`, never asserted in tests.)"""

from __future__ import annotations

from pathlib import Path

from bench.budget import budget_rows
from bench.exports import ExportResult, busiest_region
from bench.scale import ScaleResult
from bench.synthetic import FOCUS, write_base
from desktop_app.facts import load_fact_base, load_strict
from desktop_app.facts.query import FactQuery, select_facts
from tests.conftest import SEEDS


def test_synthetic_base_is_valid_with_the_focus_region(tmp_path: Path) -> None:
    base, problems = load_fact_base(write_base(tmp_path / "base", 1200, focus=150))
    assert problems == []
    assert len(base.facts) == 1200
    assert len(select_facts(base, FactQuery(regions=(FOCUS,)))) == 150
    assert sum(f.value is not None for f in base.facts) == 600
    files = list((tmp_path / "base" / "facts").glob("*.yaml"))
    assert len(files) == 2  # at most 1,000 facts a file


def test_the_busiest_region_is_the_city() -> None:
    assert busiest_region(load_strict(SEEDS)) == "suzhou"


def _export(template: str, fmt: str, warm: float, size: int = 500_000) -> ExportResult:
    return ExportResult(template, fmt, "suzhou", warm, (warm,), 0.6, (0.6,), 1.5, size, 90.0, 1)


def test_budget_verdicts_follow_the_figures() -> None:
    exports = [_export("full-briefing", "pdf", 0.51), _export("full-briefing", "docx", 0.2)]
    scale = [ScaleResult(100_000, 20.0, 1.5, (1.5,), 0.02, 0.1, 500, 401.0, 40.0)]
    rows = {row.what: row for row in budget_rows(exports, None, scale, None)}
    assert rows["warm full-briefing PDF"].met is False
    assert rows["warm full-briefing DOCX"].met is True
    assert rows["load of 100,000 facts (files read before)"].met is True
    assert rows["load of 100,000 facts (every file read)"].met is False
    assert rows["peak RSS, 100,000 facts loaded and exported"].met is False
    assert rows["preview refresh after the last change"].met is None  # not measured
