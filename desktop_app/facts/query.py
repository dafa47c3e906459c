"""Selecting facts: by region subtree, theme subtree, metric and period."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.errors import SelectionError
from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact
from desktop_app.facts.names import resolve_region, resolve_theme


@dataclass(frozen=True)
class FactQuery:
    """What to select. Empty tuples mean "no restriction"."""

    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    year: str | None = None  # keep facts whose period or as_of date falls in this year


def _resolve(base: FactBase, names: Iterable[str], kind: str) -> tuple[str, ...]:
    resolve = resolve_region if kind == "region" else resolve_theme
    known = base.regions if kind == "region" else base.themes
    ids = []
    for name in names:
        ident = resolve(base, name)
        if ident is None:
            choices = ", ".join(sorted(known))
            raise SelectionError(f"unknown {kind} '{name}'; known {kind}s: {choices}")
        ids.append(ident)
    return tuple(ids)


def resolve_query(base: FactBase, query: FactQuery) -> FactQuery:
    """The same query with region and theme names turned into ids; SelectionError if unknown."""
    for metric in query.metrics:
        if metric not in base.metrics:
            raise SelectionError(f"unknown metric '{metric}'")
    return FactQuery(
        regions=_resolve(base, query.regions, "region"),
        themes=_resolve(base, query.themes, "theme"),
        metrics=query.metrics,
        year=query.year,
    )


def select_facts(base: FactBase, query: FactQuery) -> list[Fact]:
    """The facts matching ``query``, in fact-base order. Regions and themes include descendants."""
    query = resolve_query(base, query)
    regions = (
        set().union(*(base.region_subtree(r) for r in query.regions)) if query.regions else None
    )
    themes = set().union(*(base.theme_subtree(t) for t in query.themes)) if query.themes else None
    metrics = set(query.metrics) or None
    return [
        fact
        for fact in base.facts
        if (regions is None or fact.region in regions)
        and (themes is None or themes.intersection(fact.themes))
        and (metrics is None or fact.metric in metrics)
        and (query.year is None or _in_year(fact, query.year))
    ]


def _in_year(fact: Fact, year: str) -> bool:
    dates = [d for d in (fact.period, fact.as_of) if d]
    return any(part[:4] <= year <= part.split("/")[-1][:4] for part in dates)
