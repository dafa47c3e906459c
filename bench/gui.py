"""The desktop app's responsiveness, measured in a separate process (see gui_worker)."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass

from bench.measure import Timing, run_measured


@dataclass(frozen=True)
class GuiResult:
    first_preview_s: float  # from process start (interpreter included) to the first preview
    first_preview_runs: tuple[float, ...]
    refresh_s: float  # from a selection change until the new preview is shown
    refresh_runs: tuple[float, ...]
    peak_rss_mb: float


def measure_gui(starts: int, changes: int) -> GuiResult:
    firsts, refreshes, memory = [], [], []
    for _ in range(starts):
        env = {**os.environ, "BENCH_SPAWNED": repr(time.time()), "QT_QPA_PLATFORM": "offscreen"}
        process = run_measured([sys.executable, "-m", "bench.gui_worker", str(changes)], env=env)
        report = json.loads(process.stdout.strip().splitlines()[-1])
        firsts.append(report["first_preview_s"])
        refreshes += report["refresh_s"]
        memory.append(process.peak_rss_mb)
    first, refresh = Timing.of(firsts), Timing.of(refreshes)
    return GuiResult(first.median, first.runs, refresh.median, refresh.runs, max(memory))
