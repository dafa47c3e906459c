"""The typesetting check over every bundled output: each template in both languages, both
editions, for Suzhou, SIP, SND and SIP with SND (48 PDFs, each rendered once per process).

Run it on its own for the full list of findings, page by page::

    python -m tests.typesetting.sweep            # every finding, then the table of counts
    python -m tests.typesetting.sweep --counts   # the table only
"""

from __future__ import annotations

import functools
import itertools
import sys
from collections import Counter
from typing import NamedTuple

from desktop_app.api import BriefingRequest, Workspace
from tests.conftest import SEEDS
from tests.typesetting.check import RULES, Finding, check_pdf

TEMPLATES = ("full-briefing", "fact-sheet", "talking-points")
LANGS = ("zh", "en")
EDITIONS = ("external", "internal")
REGIONS = (("suzhou",), ("sip",), ("snd",), ("sip", "snd"))
DATE = "2026-12-01"


class Case(NamedTuple):
    template: str
    lang: str
    edition: str
    regions: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.template} {self.lang} {self.edition} {'+'.join(self.regions)}"


CASES = [Case(*c) for c in itertools.product(TEMPLATES, LANGS, EDITIONS, REGIONS)]


@functools.cache
def _workspace() -> Workspace:
    return Workspace(SEEDS, strict=True)


@functools.cache
def findings(case: Case) -> tuple[Finding, ...]:
    """The case's PDF, rendered and read back once."""
    workspace = _workspace()
    request = BriefingRequest(
        template=case.template,
        lang=case.lang,  # type: ignore[arg-type]
        edition=case.edition,  # type: ignore[arg-type]
        regions=case.regions,
        date=DATE,
    )
    document = workspace.build(request)
    data = workspace.render(document, "pdf")
    page = document.page
    margins = tuple(page.margins_mm)
    return tuple(check_pdf(data, case.lang, margins, page.base_size_pt))  # type: ignore[arg-type]


def counts_table(results: dict[Case, tuple[Finding, ...]]) -> str:
    """Findings per rule (rows) for each template and language (columns)."""
    columns = [(t, lang) for t in TEMPLATES for lang in LANGS]
    counts: Counter[tuple[str, str, str]] = Counter()
    for case, found in results.items():
        counts.update((f.rule, case.template, case.lang) for f in found)
    head = ["rule", *(f"{t} {lang}" for t, lang in columns), "total"]
    rows = [head, ["---"] * len(head)]
    for rule, meaning in RULES.items():
        cells = [counts[rule, t, lang] for t, lang in columns]
        rows.append([f"{rule} {meaning}", *map(str, cells), str(sum(cells))])
    totals = [sum(counts[r, t, lang] for r in RULES) for t, lang in columns]
    rows.append(["all", *map(str, totals), str(sum(totals))])
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def report(results: dict[Case, tuple[Finding, ...]], limit: int | None = None) -> str:
    """Each PDF's findings (at most ``limit`` per PDF), then the table of counts."""
    lines = []
    for case, found in results.items():
        for finding in found[:limit]:
            lines.append(f"{case}: {finding}")
        if limit is not None and len(found) > limit:
            lines.append(f"{case}: … and {len(found) - limit} more")
    return "\n".join([*lines, "", counts_table(results)])


def main(argv: list[str]) -> None:
    results = {case: findings(case) for case in CASES}
    print(counts_table(results) if "--counts" in argv else report(results))


if __name__ == "__main__":
    main(sys.argv[1:])
