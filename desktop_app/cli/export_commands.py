"""``briefing export`` and ``briefing templates``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from desktop_app.api import FORMATS, BriefingRequest, SelectionError, format_of, output_format
from desktop_app.cli.fact_commands import EXIT_INPUT, EXIT_OK, print_json, workspace

# Measured (python -m bench.pack, two cores): a pack of 3 or 6 briefings is made faster in
# one process (0.25 s, 0.68 s warm) than by two spawned workers (1.08 s, 1.35 s), each of
# which must import the engine first; so packs run in one process unless --workers says.


def _format(args: Any) -> str:
    """The format --format names, else the one -o's suffix names, else the first (PDF)."""
    named = output_format(args.format) if args.format else None
    if not args.output or not Path(args.output).suffix:
        return (named or FORMATS[0]).id
    suffix = Path(args.output).suffix.lower()
    by_suffix = format_of(Path(args.output))
    if by_suffix is None:
        known = " or ".join(f.suffix for f in FORMATS)
        raise SelectionError(f"cannot write '{suffix}' files; name the output {known}")
    if named and named is not by_suffix:
        raise SelectionError(
            f"the output name ends in {suffix} but --format is {named.id}; make them agree"
        )
    return by_suffix.id


def _request(args: Any) -> BriefingRequest:
    return BriefingRequest(
        regions=tuple(args.region) or BriefingRequest().regions,
        themes=tuple(args.theme),
        template=args.template,
        lang=args.lang,
        date=args.date,
        exclude=frozenset(args.exclude),
        edition=args.edition,
        issue_number=getattr(args, "issue_number", None),
        issuer=getattr(args, "issuer", None),
    )


def export_command(args: Any) -> int:
    request = _request(args)
    fmt = _format(args)
    space = workspace(args)
    output = Path(args.output) if args.output else Path(space.default_file_name(request, fmt))
    result = space.export(request, fmt, output)
    notes = len(result.document.footnotes)
    print(f"wrote {result.path} ({result.size // 1024} KB, {notes} footnotes)", file=sys.stderr)
    return EXIT_OK


def check_command(args: Any) -> int:
    """Print what to look at before exporting: one line per finding, naming its fact."""
    request = _request(args)
    findings = workspace(args).check(request)
    for finding in findings:
        print(f"{finding.kind}\t{finding.fact or '—'}\t{finding.text.get(args.lang)}")
    print(
        f"{len(findings)} thing(s) to look at before export" if findings else "nothing to look at",
        file=sys.stderr,
    )
    return EXIT_OK


def pack_command(args: Any) -> int:
    """Export each preset file into one dated folder with an index and a zip."""
    space = workspace(args)
    presets = [space.read_preset(Path(p)) for p in args.presets]
    workers = args.workers or 1

    def progress(done: int, total: int, name: str) -> None:
        print(f"[{done}/{total}] {name}", file=sys.stderr, flush=True)

    pack = space.make_pack(
        presets, Path(args.output), args.date, workers, progress, issuer=args.issuer
    )
    for item in pack.items:
        if item.path is not None:
            print(item.path)
        else:
            print(f"briefing pack: {item.preset.name}: {item.error}", file=sys.stderr)
    print(f"wrote {pack.folder}, {pack.index.name} and {pack.archive}", file=sys.stderr)
    return EXIT_INPUT if pack.failed else EXIT_OK


def templates_command(args: Any) -> int:
    space = workspace(args)
    records = space.listing("templates")
    if args.json:
        print_json(records)
    else:
        for record in records:
            name, origin = record["name"], record["origin"]
            print(f"{record['id']}\t{name['zh']}\t{name['en']}\t{record['audience']}\t{origin}")
    for problem in space.template_problems:
        print(problem, file=sys.stderr)
    return EXIT_INPUT if space.template_problems else EXIT_OK
