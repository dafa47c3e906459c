"""``python -m bench``: measure exports, the desktop app, scale and the LibreOffice path; print
a table against the performance budget and write every figure to a JSON file."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from bench.budget import budget_rows, format_report
from bench.exports import measure_exports
from bench.gui import measure_gui
from bench.libreoffice import measure_libreoffice
from bench.pack import measure_pack
from bench.scale import measure_scale

ROOT = Path(__file__).resolve().parent.parent


def _machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True).stdout.strip()  # fmt: skip
    except OSError:
        commit = ""
    return {"cpu": cpu, "cores": os.cpu_count(), "system": platform.platform(),
            "python": platform.python_version(), "commit": commit}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="measured runs in-process (9)")
    parser.add_argument("--cold-runs", type=int, default=5, help="CLI processes per export (5)")
    parser.add_argument("--gui-starts", type=int, default=3, help="app starts (3)")
    parser.add_argument("--changes", type=int, default=8, help="selection changes a start (8)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="synthetic fact bases")
    parser.add_argument("--skip-gui", action="store_true")
    parser.add_argument("--skip-libreoffice", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    args = parser.parse_args(argv)

    def step(what: str) -> None:
        print(f"… {what}", file=sys.stderr, flush=True)

    step("exports (warm and cold)")
    exports = measure_exports(args.runs, args.cold_runs)
    region = exports[0].region
    gui = None
    if not args.skip_gui:
        step("desktop app")
        gui = measure_gui(args.gui_starts, args.changes)
    step("synthetic fact bases")
    scale = measure_scale(tuple(int(s) for s in args.sizes.split(",")), args.runs)
    libre = None
    if not args.skip_libreoffice:
        step("LibreOffice")
        libre = measure_libreoffice(region, max(3, args.cold_runs))
        if libre is None:
            step("LibreOffice not found: run bench/setup.sh, or pass --skip-libreoffice")
    step("delegation pack")
    packs = measure_pack()
    rows = budget_rows(exports, gui, scale, libre, packs)
    results = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "budget": [dataclasses.asdict(row) for row in rows],
        "exports": [dataclasses.asdict(e) for e in exports],
        "gui": dataclasses.asdict(gui) if gui else None,
        "scale": [dataclasses.asdict(s) for s in scale],
        "libreoffice": dataclasses.asdict(libre) if libre else None,
        "pack": [dataclasses.asdict(p) for p in packs],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(format_report(results))
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
