"""Warnings about a fact base's archived articles: a named archive missing, or a locator past
the article's last paragraph.

A fact base may keep the article texts it cites in an ``archives/`` folder beside its
``facts/``, one file per source, named by the source's ``archive`` field. Paragraph n is the
n-th non-blank line. Without the folder (the bundled base keeps its articles outside the
project), nothing is checked. These are warnings: the fact base still loads.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.errors import Problem
from desktop_app.facts.base import FactBase

ARCHIVES = "archives"


def paragraph_count(path: Path) -> int:
    """How many paragraphs (non-blank lines) an archived article has."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return sum(1 for line in text.splitlines() if line.strip())


def archive_warnings(base: FactBase, where: dict[str, tuple[str, int | None]]) -> list[Problem]:
    """A source whose archive file is missing from ``archives/``, and every fact whose locator
    lies past its article's last paragraph (``where``: each fact id's file and line)."""
    folder = base.root / ARCHIVES
    if not folder.is_dir():
        return []
    counts: dict[str, int] = {}
    warnings: list[Problem] = []
    for source in base.sources.values():
        if not source.archive:
            continue
        path = folder / source.archive
        if path.is_file():
            counts[source.id] = paragraph_count(path)
        else:
            message = (f"archive '{source.archive}' is not in {ARCHIVES}/; add the article's "
                       "text there, or correct the name")  # fmt: skip
            warnings.append(Problem("sources.yaml", None, f"source '{source.id}'", message))
    for fact in base.facts:
        count = counts.get(fact.source.id)
        if count is not None and fact.source.locator > count:
            file, line = where.get(fact.id, ("facts", None))
            message = (f"locator {fact.source.locator} is past the last paragraph of "
                       f"{base.sources[fact.source.id].archive} ({count} paragraphs)")  # fmt: skip
            warnings.append(Problem(file, line, f"fact '{fact.id}'", message))
    return warnings
