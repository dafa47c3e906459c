"""Choosing the key-figure tiles: the template's preferred metrics first, then other counts."""

from __future__ import annotations

from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key, when
from desktop_app.assemble.numbers import COUNT_UNITS, format_fact
from desktop_app.assemble.selection import home_region, interleave
from desktop_app.assemble.wording import w
from desktop_app.facts.model import Fact
from desktop_app.model import KeyFigure

MIN_OWN = 3  # below this many own tiles, figures of places inside the regions fill up


def _region_rank(ctx: Context, fact: Fact) -> int:
    """0 for a fact on a chosen region itself, 1 for one on a region below it."""
    return 0 if fact.region in ctx.selection.regions else 1


def choose_tiles(ctx: Context, metrics: tuple[str, ...], limit: int) -> list[Fact]:
    """Tiles show the chosen regions' own figures: the template's metrics in order, then other
    telling counts and amounts. Figures of places inside them are used only when the regions
    themselves have fewer than ``MIN_OWN`` to show. A figure its source leaves unclear comes
    last: it is a headline only when nothing clearer is there."""
    # A region's tiles show its own figures: never a company's, a fund's or one event's.
    numeric = [f for f in ctx.selection.facts if f.value is not None and f.metric
               and f.unit in COUNT_UNITS and f.subject is None]  # fmt: skip
    position = {f.id: i for i, f in enumerate(ctx.selection.facts)}
    priority = {m: i for i, m in enumerate(metrics)}
    chosen: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for own in (True, False):
        if not own and len(chosen) >= MIN_OWN:
            break
        pool = [f for f in numeric if (_region_rank(ctx, f) == 0) == own]
        # Current figures before dated ones; the template's order; within a metric the newest;
        # then fact-base order.
        pool.sort(key=lambda f: (ctx.stale(f), bool(f.uncertain),
                                 priority.get(f.metric or "", len(priority)),
                                 tuple(-ord(c) for c in date_key(f)), position[f.id]))  # fmt: skip
        for fact in interleave(ctx.selection, pool):
            if len(chosen) >= limit:
                return chosen
            # One tile a measure per region.
            measure = (home_region(ctx.selection, fact), fact.metric or "")
            if measure not in seen:
                chosen.append(fact)
                seen.add(measure)
    return chosen


def tile(ctx: Context, fact: Fact) -> KeyFigure:
    shown = format_fact(fact, ctx.lang)
    assert fact.metric
    label = ctx.base.metrics[fact.metric].short_label(ctx.lang)
    region = ctx.selection.region_name(fact.region, ctx.lang)
    stamp = when(fact, ctx.lang) + ctx.dated(fact)
    detail = w("tile_detail", ctx.lang, region=region, when=stamp).rstrip(" ·")
    ctx.use([fact])
    unit = shown.unit if ctx.lang == "zh" or shown.unit == "%" else f" {shown.unit}"
    if ctx.citations.by_source:  # no footnotes: the tile cites the sources list, [1]
        return KeyFigure(shown.number, unit, label, f"{detail} {ctx.citations.refs([fact])}")
    return KeyFigure(shown.number, unit, label, detail, ctx.citations.note(fact).number)
