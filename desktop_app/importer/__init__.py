"""Importing an article: its text in, candidate facts out, accepted ones into a fact base.

reading (file or pasted text -> lines) -> cleaning (lines -> article: title, date, body,
what was cut) -> scanning (paragraph -> figures) -> suggest / classify / drafts (each figure
-> a candidate) -> candidates (the proposal) -> accepting (chosen candidates -> a new facts
file and a source entry).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.facts.base import FactBase
from desktop_app.importer.accepting import Accepted, AcceptError, accept, choose, override
from desktop_app.importer.candidates import (
    Candidate,
    Proposal,
    proposal_json,
    propose,
    revise,
)
from desktop_app.importer.cleaning import clean
from desktop_app.importer.reading import ArticleError, pasted_lines, read_lines

__all__ = [
    "AcceptError",
    "Accepted",
    "ArticleError",
    "Candidate",
    "Proposal",
    "accept_candidates",
    "copy_fact_base",
    "proposal_json",
    "propose_file",
    "propose_text",
    "revise",
]


def copy_fact_base(source: Path, folder: Path) -> None:
    """A copy of the fact base in ``source`` (its registries, facts and README) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("sources.yaml", "regions.yaml", "themes.yaml", "metrics.yaml", "README.md"):
        if (source / name).is_file():
            shutil.copy2(source / name, folder / name)
    shutil.copytree(source / "facts", folder / "facts", dirs_exist_ok=True)


def propose_file(base: FactBase, path: Path) -> Proposal:
    """The candidates of the article in ``path`` (.txt, .html or .docx)."""
    return propose(base, clean(read_lines(path)))


def propose_text(base: FactBase, text: str) -> Proposal:
    """The candidates of pasted article text (plain or HTML)."""
    return propose(base, clean(pasted_lines(text)))


def accept_candidates(
    proposal: Proposal,
    base: FactBase,
    into: Path,
    spec: str,
    metrics: list[str] = (),  # type: ignore[assignment]
    regions: list[str] = (),  # type: ignore[assignment]
    title_en: str | None = None,
) -> Accepted:
    """Write the candidates ``spec`` names (``all`` or N,N,...) into the fact base at ``into``,
    after the ``N=ID`` metric and region corrections."""
    chosen = choose(proposal, spec)
    chosen = override(base, chosen, "metric", list(metrics))
    chosen = override(base, chosen, "region", list(regions))
    return accept(proposal, base, into, chosen, title_en)
