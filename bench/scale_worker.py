"""Run in its own process by bench.scale, on one synthetic fact base: prints JSON with the
seconds to load and validate it (first with every file read, then with the files found in
the cache of files read before), to filter it, and to export the region holding 500 facts."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bench.measure import time_calls
from bench.synthetic import FOCUS
from desktop_app.api import BriefingRequest, Workspace
from desktop_app.facts.query import FactQuery, select_facts


def main() -> None:
    folder, runs = Path(sys.argv[1]), int(sys.argv[2])
    loads = []  # the first reads every file; later ones find them in the cache
    workspace = Workspace()
    for _ in range(runs + 1):
        start = time.perf_counter()  # as the app reloading a folder: one fact base at a time
        problems = workspace.load_facts(folder)
        loads.append(time.perf_counter() - start)
    assert not problems, problems[:3]
    base = workspace.base
    query = FactQuery(regions=(FOCUS,), themes=("talent",))
    chosen = select_facts(base, FactQuery(regions=(FOCUS,)))
    filtering = time_calls(lambda: select_facts(base, query), runs=max(runs, 3))
    request = BriefingRequest(regions=(FOCUS,), date="2025-07-15")
    export = time_calls(lambda: workspace.render(workspace.build(request), "pdf"), runs=runs)
    print(json.dumps({"facts": len(base.facts), "first_load_s": loads[0], "load_runs": loads[1:],
                      "filter_s": filtering.median, "focus_facts": len(chosen),
                      "export_s": export.median, "export_runs": list(export.runs)}))  # fmt: skip


if __name__ == "__main__":
    main()
