"""Timing and memory helpers: medians of repeated runs, and child processes measured with
their own peak resident memory (the kernel's accounting, through wait4)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    median: float  # seconds
    runs: tuple[float, ...]

    @classmethod
    def of(cls, runs: list[float]) -> Timing:
        return cls(statistics.median(runs), tuple(round(r, 4) for r in runs))


def time_calls(func: Callable[[], object], runs: int, warmup: int = 1) -> Timing:
    """Call ``func`` ``warmup`` times unmeasured, then ``runs`` times measured."""
    for _ in range(warmup):
        func()
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        seconds.append(time.perf_counter() - start)
    return Timing.of(seconds)


@dataclass(frozen=True)
class Process:
    seconds: float
    peak_rss_mb: float
    stdout: str


def run_measured(command: list[str], env: dict[str, str] | None = None) -> Process:
    """Run ``command`` to the end: its wall time, its own peak resident memory, its output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode("utf-8", "replace")
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {child.returncode}: {stderr.strip()}")
    per_mb = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes or KiB
    return Process(seconds, usage.ru_maxrss / per_mb, stdout)
