"""``briefing validate``, ``facts``, ``regions``, ``themes``, ``sources`` and ``metrics``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.facts import FactBase, FactQuery, load_fact_base, load_strict, select_facts
from desktop_app.facts import export_json as js
from desktop_app.resources import bundled_facts

EXIT_OK, EXIT_INPUT = 0, 2


def facts_dir(arg: str | None) -> Path:
    return Path(arg) if arg else bundled_facts()


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def validate(args: Any) -> int:
    base, problems = load_fact_base(facts_dir(args.facts))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_INPUT
    print(
        f"fact base is valid: {len(base.facts)} facts, {len(base.sources)} sources, "
        f"{len(base.regions)} regions, {len(base.themes)} themes, {len(base.metrics)} metrics"
    )
    return EXIT_OK


def facts(args: Any) -> int:
    base = load_strict(facts_dir(args.facts))
    query = FactQuery(tuple(args.region), tuple(args.theme), tuple(args.metric))
    selected = select_facts(base, query)
    if args.json:
        print_json([js.fact_json(base, f) for f in selected])
        return EXIT_OK
    for fact in selected:
        figure = fact.figure or "—"
        print(f"{fact.id}\t{fact.region}\t{figure}\t{fact.statement.get(args.lang)}")
    print(f"{len(selected)} fact(s)", file=sys.stderr)
    return EXIT_OK


def listing(kind: str) -> Callable[[Any], int]:
    to_json = {
        "regions": js.region_json,
        "themes": js.theme_json,
        "sources": js.source_json,
        "metrics": js.metric_json,
    }[kind]

    def run(args: Any) -> int:
        base: FactBase = load_strict(facts_dir(args.facts))
        records = list(getattr(base, kind).values())
        if args.json:
            print_json([to_json(r) for r in records])
            return EXIT_OK
        for record in records:
            data = to_json(record)
            label = data.get("name") or data.get("label") or data.get("title")
            print(f"{record.id}\t{label['zh']}\t{label['en']}")
        return EXIT_OK

    return run
