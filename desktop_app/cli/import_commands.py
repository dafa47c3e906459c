"""``briefing import``: an article's candidate facts, and writing the accepted ones."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from desktop_app.api import Proposal, Workspace
from desktop_app.cli.fact_commands import EXIT_OK, print_json

_ORDER = ("conflict", "update", "new", "duplicate")


def import_command(args: Any) -> int:
    folder = args.into or args.facts
    space = Workspace(Path(folder) if folder else None, strict=False)
    if args.file == "-":
        proposal = space.propose_import(text=sys.stdin.read())
    else:
        proposal = space.propose_import(Path(args.file))
    if args.into is None and (args.accept or args.metric or args.region):
        print("briefing import: --accept needs --into DIR, your own fact folder", file=sys.stderr)
        return 2
    if args.into is not None and args.accept is None:
        print("briefing import: --into needs --accept all or --accept N,N,...", file=sys.stderr)
        return 2
    if args.json:
        print_json(proposal.to_json())
    else:
        _print(proposal)
    if args.into is not None:
        done = space.accept_import(proposal, args.accept, args.metric, args.region, args.title_en)
        print(
            f"wrote {len(done.fact_ids)} fact(s) to {done.facts_file}, the article to "
            f"{done.archive}, and source '{done.source_id}' to sources.yaml (the old file is "
            f"kept as {done.backup.name}); statements are drafts (draft: true) until you "
            "rewrite them",
            file=sys.stderr,
        )
    return EXIT_OK


def _print(proposal: Proposal) -> None:
    data = proposal.to_json()
    source = data["source"]
    print(f"{source['title'] or '(no title)'}")
    print(
        f"{source['publisher'] or '(no publisher)'} · {source['published'] or '(no date)'} · "
        f"{len(source['paragraphs'])} paragraph(s) · suggested id {source['id']}, "
        f"tier {source['tier']}"
    )
    if source["list_page"]:
        print("a list of articles, not an article: open one article and import that")
    for c in data["candidates"]:
        date = c["period"] or c["as_of"] or "—"
        kind = " target" if c["kind"] == "target" else ""
        print(
            "\t".join(
                (
                    f"{c['number']:>3}",
                    f"{c['status']}{kind}",
                    c["figure"],
                    c["region"] or "?",
                    c["metric"] or "(no metric)",
                    date,
                    f"¶{c['locator']}",
                    f"{c['confidence']:.2f}",
                )
            )
        )
    counts = Counter(c["status"] for c in data["candidates"])
    summary = ", ".join(f"{counts[s]} {s}" for s in _ORDER if counts[s])
    cut = Counter(s["reason"] for s in data["skipped"] if s["locator"] is None)
    print(
        f"{len(data['candidates'])} candidate(s){': ' + summary if summary else ''}; "
        f"{sum(cut.values())} line(s) of page noise left out",
        file=sys.stderr,
    )
