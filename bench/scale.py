"""How the cost grows with the size of the fact base: synthetic bases of 1k, 10k and 100k
facts, each measured in its own process (so its peak memory is its own)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.measure import Timing, run_measured
from bench.synthetic import write_base


@dataclass(frozen=True)
class ScaleResult:
    facts: int
    first_load_s: float  # load and validate, reading every file
    load_s: float  # load and validate again: files read before come from the cache
    load_runs: tuple[float, ...]
    filter_s: float  # select a region's facts on one theme
    export_s: float  # full-briefing PDF of the region holding 500 facts
    focus_facts: int
    peak_rss_mb: float
    base_mb: float  # size of the YAML files


def measure_scale(sizes: tuple[int, ...], runs: int) -> list[ScaleResult]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            base = write_base(Path(folder) / f"base-{size}", size)
            mb = sum(p.stat().st_size for p in base.rglob("*.yaml")) / 1024 / 1024
            tries = runs if size <= 10_000 else 2  # a first 100k load is long
            fresh = {**os.environ, "XDG_CACHE_HOME": str(Path(folder) / f"cache-{size}")}
            process = run_measured(
                [sys.executable, "-m", "bench.scale_worker", str(base), str(tries)], env=fresh
            )
            report = json.loads(process.stdout.strip().splitlines()[-1])
            load = Timing.of(report["load_runs"])
            results.append(ScaleResult(size, report["first_load_s"], load.median, load.runs,
                                       report["filter_s"],
                                       report["export_s"], report["focus_facts"],
                                       process.peak_rss_mb, round(mb, 1)))  # fmt: skip
    return results
