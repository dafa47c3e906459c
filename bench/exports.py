"""Exports of the bundled templates: warm in-process, cold as a CLI process, sizes, memory.

The full briefing is made for the region whose briefing covers the most facts (its own and
those of the places below it), with every theme, as the issue asks.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench.measure import Timing, run_measured, time_calls
from desktop_app.api import BriefingRequest, Workspace
from desktop_app.facts import FactBase

TEMPLATES = ("full-briefing", "fact-sheet", "talking-points")
FORMATS = ("pdf", "docx")
DATE = "2025-07-15"


def busiest_region(base: FactBase) -> str:
    """The region with the most facts in its subtree."""
    counts = {
        region: sum(1 for fact in base.facts if fact.region in base.region_subtree(region))
        for region in base.regions
    }
    return max(sorted(counts), key=lambda region: counts[region])


@dataclass(frozen=True)
class ExportResult:
    template: str
    fmt: str
    region: str
    warm_s: float
    warm_runs: tuple[float, ...]
    cold_s: float
    cold_runs: tuple[float, ...]
    first_cold_s: float  # a first run: nothing in the user's cache (charts, font list)
    size_bytes: int
    peak_rss_mb: float
    pages: int | None


def _cli(region: str, template: str, fmt: str, target: Path) -> list[str]:
    return [sys.executable, "-m", "desktop_app.cli", "export", "--region", region,
            "--template", template, "--date", DATE, "-o", str(target)]  # fmt: skip


def _export(request: BriefingRequest, fmt: str, workspace: Workspace) -> bytes:
    return workspace.render(workspace.build(request), fmt)


def _pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(data))


def measure_exports(runs: int, cold_runs: int) -> list[ExportResult]:
    workspace = Workspace(strict=True)  # as the open app holds it: loaded once
    region = busiest_region(workspace.base)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for template in TEMPLATES:
            request = BriefingRequest(regions=(region,), template=template, date=DATE)
            for fmt in FORMATS:
                warm = time_calls(partial(_export, request, fmt, workspace), runs)
                target = work / f"{template}.{fmt}"
                fresh = {**os.environ, "XDG_CACHE_HOME": str(work / f"fresh-{template}-{fmt}")}
                first = run_measured(_cli(region, template, fmt, target), env=fresh)
                cold = [run_measured(_cli(region, template, fmt, target)) for _ in range(cold_runs)]
                timing = Timing.of([p.seconds for p in cold])
                results.append(ExportResult(
                    template, fmt, region, warm.median, warm.runs, timing.median, timing.runs,
                    first.seconds, target.stat().st_size, max(p.peak_rss_mb for p in cold),
                    _pages(target.read_bytes()) if fmt == "pdf" else None,
                ))  # fmt: skip
    return results
