"""Entry point of the ``briefing`` command: parse, call the engine, print, choose the exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app.api import BriefingError, ProblemsError, __version__
from desktop_app.cli import export_commands, fact_commands, import_commands
from desktop_app.cli.parser import build_parser

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2

COMMANDS: dict[str, Callable[[Any], int]] = {
    "validate": fact_commands.validate,
    "facts": fact_commands.facts,
    "regions": fact_commands.listing("regions"),
    "themes": fact_commands.listing("themes"),
    "sources": fact_commands.listing("sources"),
    "metrics": fact_commands.listing("metrics"),
    "export": export_commands.export_command,
    "templates": export_commands.templates_command,
    "import": import_commands.import_command,
    "check": export_commands.check_command,
    "pack": export_commands.pack_command,
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
    except ProblemsError as exc:
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
