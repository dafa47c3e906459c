"""Entry point of the ``briefing`` command: parse, call the engine, print, choose the exit code."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.cli.parser import build_parser
from desktop_app.errors import BriefingError, FactBaseError
from desktop_app.facts import FactBase, FactQuery, load_fact_base, load_strict, select_facts
from desktop_app.facts import export_json as js
from desktop_app.resources import bundled_facts

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2


def _facts_dir(arg: str | None) -> Path:
    return Path(arg) if arg else bundled_facts()


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _validate(args: Any) -> int:
    base, problems = load_fact_base(_facts_dir(args.facts))
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


def _facts(args: Any) -> int:
    base = load_strict(_facts_dir(args.facts))
    query = FactQuery(tuple(args.region), tuple(args.theme), tuple(args.metric))
    facts = select_facts(base, query)
    if args.json:
        _print_json([js.fact_json(base, f) for f in facts])
        return EXIT_OK
    for fact in facts:
        figure = fact.figure or "—"
        print(f"{fact.id}\t{fact.region}\t{figure}\t{fact.statement.get(args.lang)}")
    print(f"{len(facts)} fact(s)", file=sys.stderr)
    return EXIT_OK


def _listing(kind: str) -> Callable[[Any], int]:
    def run(args: Any) -> int:
        base: FactBase = load_strict(_facts_dir(args.facts))
        records = list(getattr(base, kind).values())
        to_json = {
            "regions": js.region_json,
            "themes": js.theme_json,
            "sources": js.source_json,
            "metrics": js.metric_json,
        }[kind]
        if args.json:
            _print_json([to_json(r) for r in records])
        else:
            for record in records:
                data = to_json(record)
                label = data.get("name") or data.get("label") or data.get("title")
                print(f"{record.id}\t{label['zh']}\t{label['en']}")
        return EXIT_OK

    return run


COMMANDS: dict[str, Callable[[Any], int]] = {
    "validate": _validate,
    "facts": _facts,
    "regions": _listing("regions"),
    "themes": _listing("themes"),
    "sources": _listing("sources"),
    "metrics": _listing("metrics"),
}


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"briefing {__version__}")
        return EXIT_OK
    if not args.command:
        parser.print_help()
        return EXIT_INPUT
    try:
        return COMMANDS[args.command](args)
    except FactBaseError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_INPUT
    except BriefingError as exc:
        print(f"briefing {args.command}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (briefing facts | head): not an error
        return EXIT_OK
    except Exception as exc:
        print(
            f"briefing {args.command}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr
        )
        return EXIT_INTERNAL
