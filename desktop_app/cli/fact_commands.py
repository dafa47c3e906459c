"""``briefing validate``, ``facts``, ``regions``, ``themes``, ``sources`` and ``metrics``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.api import Workspace

EXIT_OK, EXIT_INPUT = 0, 2


def workspace(args: Any, strict: bool = True) -> Workspace:
    """The workspace the arguments name: ``--facts DIR`` and ``--templates DIR``, if given."""
    facts = getattr(args, "facts", None)
    templates = getattr(args, "templates", None)
    return Workspace(
        Path(facts) if facts else None, Path(templates) if templates else None, strict=strict
    )


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def validate(args: Any) -> int:
    space = workspace(args, strict=False)
    base, problems = space.base, space.fact_problems
    for problem in problems:
        print(problem)
    warnings = space.text_warnings()
    for warning in warnings:
        print(f"warning: {warning}")
    if warnings:
        print(f"{len(warnings)} warning(s): the text is used as written", file=sys.stderr)
    conflicts = space.conflict_warnings()
    for warning in conflicts:
        print(f"warning: {warning}")
    if conflicts:
        print(f"{len(conflicts)} warning(s) about facts that disagree or cite past their "
              "article", file=sys.stderr)  # fmt: skip
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_INPUT
    print(
        f"fact base is valid: {len(base.facts)} facts, {len(base.sources)} sources, "
        f"{len(base.regions)} regions, {len(base.themes)} themes, {len(base.metrics)} metrics"
    )
    return EXIT_OK


def facts(args: Any) -> int:
    space = workspace(args)
    selected = space.find_facts(tuple(args.region), tuple(args.theme), tuple(args.metric))
    if args.json:
        print_json([space.fact_record(f) for f in selected])
        return EXIT_OK
    # id, region, metric, figure, date (period or as_of), statement: what a new fact reuses
    for fact in selected:
        columns = (fact.id, fact.region, fact.metric or "—", fact.figure or "—",
                   fact.period or fact.as_of or "—", fact.statement.get(args.lang))  # fmt: skip
        print("\t".join(columns))
    print(f"{len(selected)} fact(s)", file=sys.stderr)
    return EXIT_OK


def listing(kind: str) -> Callable[[Any], int]:
    def run(args: Any) -> int:
        records = workspace(args).listing(kind)
        if args.json:
            print_json(records)
            return EXIT_OK
        for data in records:
            label = data.get("name") or data.get("label") or data.get("title")
            print(f"{data['id']}\t{label['zh']}\t{label['en']}")
        return EXIT_OK

    return run
