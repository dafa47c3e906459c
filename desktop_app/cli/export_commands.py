"""``briefing export`` and ``briefing templates``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from desktop_app.api import BriefingRequest, default_file_name, export
from desktop_app.cli.fact_commands import EXIT_INPUT, EXIT_OK, facts_dir, print_json
from desktop_app.errors import SelectionError
from desktop_app.render import FORMATS
from desktop_app.templates import load_templates


def _format(args: Any) -> str:
    suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
    if args.format and suffix and suffix != args.format:
        raise SelectionError(
            f"the output name ends in .{suffix} but --format is {args.format}; make them agree"
        )
    fmt = args.format or (suffix if suffix in FORMATS else "pdf")
    if suffix and suffix not in FORMATS:
        raise SelectionError(f"cannot write '.{suffix}' files; name the output .pdf or .docx")
    return fmt


def export_command(args: Any) -> int:
    request = BriefingRequest(
        regions=tuple(args.region) or BriefingRequest().regions,
        themes=tuple(args.theme),
        template=args.template,
        lang=args.lang,
        date=args.date,
        facts_dir=facts_dir(args.facts),
        templates_dir=Path(args.templates) if args.templates else None,
        exclude=frozenset(args.exclude),
    )
    fmt = _format(args)
    output = Path(args.output) if args.output else Path(default_file_name(request, fmt))  # type: ignore[arg-type]
    result = export(request, fmt, output)  # type: ignore[arg-type]
    notes = len(result.document.footnotes)
    print(f"wrote {result.path} ({result.size // 1024} KB, {notes} footnotes)", file=sys.stderr)
    return EXIT_OK


def templates_command(args: Any) -> int:
    templates, problems = load_templates(Path(args.templates) if args.templates else None)
    records = [
        {
            "id": t.id,
            "name": {"zh": t.name.zh, "en": t.name.en},
            "description": {"zh": t.description.zh, "en": t.description.en},
            "layout": t.layout,
            "origin": t.origin,
            "file": t.file,
        }
        for t in templates.values()
    ]
    if args.json:
        print_json(records)
    else:
        for record in records:
            print(
                f"{record['id']}\t{record['name']['zh']}\t{record['name']['en']}\t{record['origin']}"
            )
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_INPUT if problems else EXIT_OK
