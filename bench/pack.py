"""The delegation pack: a pack of 3 and of 6 briefings, made one after another in the process
and in a pool of two worker processes (spawned, each reading the fact base once), warm."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app.api import Preset, Workspace

ITEMS = (
    Preset("SIP full briefing EN", regions=("sip",), template="full-briefing", lang="en"),
    Preset("SIP fact sheet EN", regions=("sip",), template="fact-sheet", lang="en"),
    Preset("SIP talking points ZH", regions=("sip",), template="talking-points", format="docx"),
    Preset("SND full briefing ZH", regions=("snd",), template="full-briefing"),
    Preset("SND fact sheet ZH", regions=("snd",), template="fact-sheet", format="docx"),
    Preset("Suzhou full briefing EN", regions=("suzhou",), template="full-briefing", lang="en"),
)


@dataclass(frozen=True)
class PackResult:
    items: int
    workers: int
    seconds: float  # median wall time of a pack, from the call to the zip


def measure_pack(runs: int = 3) -> list[PackResult]:
    workspace = Workspace()
    results = []
    for count in (3, 6):
        for workers in (1, 2):
            times = []
            for _ in range(runs + 1):  # the first run warms the chart store: not counted
                out = Path(tempfile.mkdtemp(prefix="bench-pack-"))
                start = time.perf_counter()
                workspace.make_pack(list(ITEMS[:count]), out, "2026-12-01", workers)
                times.append(time.perf_counter() - start)
                shutil.rmtree(out, ignore_errors=True)
            results.append(PackResult(count, workers, statistics.median(times[1:])))
    return results


if __name__ == "__main__":
    for r in measure_pack():
        print(f"{r.items} items, {r.workers} worker(s): {r.seconds:.2f} s")
