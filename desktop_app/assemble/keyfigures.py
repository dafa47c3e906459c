"""Choosing the key-figure tiles: the template's preferred metrics first, then other counts."""

from __future__ import annotations

from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key, when
from desktop_app.assemble.numbers import format_fact
from desktop_app.assemble.wording import w
from desktop_app.facts.model import Fact
from desktop_app.model import KeyFigure

# Units that make a telling tile; counts of tasks, services or events do not.
TILE_UNITS = (
    "enterprise",
    "person",
    "project",
    "yuan",
    "institution",
    "fund",
    "platform",
    "park",
    "patent",
)


def _region_rank(ctx: Context, fact: Fact) -> int:
    """0 for a fact on a chosen region itself, 1 for one on a region below it."""
    return 0 if fact.region in ctx.selection.regions else 1


def choose_tiles(ctx: Context, metrics: tuple[str, ...], limit: int) -> list[Fact]:
    numeric = [
        f for f in ctx.selection.facts if f.value is not None and f.metric and f.unit in TILE_UNITS
    ]
    chosen: list[Fact] = []
    seen: set[str] = set()

    def best(candidates: list[Fact]) -> Fact | None:
        if not candidates:
            return None
        newest = max(date_key(f) for f in candidates)
        return min(
            (f for f in candidates if date_key(f) == newest),
            key=lambda f: (_region_rank(ctx, f), ctx.selection.facts.index(f)),
        )

    for metric in metrics:
        if len(chosen) >= limit:
            break
        fact = best(
            [f for f in numeric if f.metric == metric and _region_rank(ctx, f) == 0]
        ) or best([f for f in numeric if f.metric == metric])
        if fact is not None and metric not in seen:
            chosen.append(fact)
            seen.add(metric)
    rest = sorted(
        (f for f in numeric if f.metric not in seen),
        key=lambda f: (_region_rank(ctx, f), ctx.selection.facts.index(f)),
    )
    for fact in rest:
        if len(chosen) >= limit:
            break
        if fact.metric not in seen:
            chosen.append(fact)
            seen.add(fact.metric or "")
    return chosen


def tile(ctx: Context, fact: Fact) -> KeyFigure:
    shown = format_fact(fact, ctx.lang)
    assert fact.metric
    label = ctx.base.metrics[fact.metric].short_label(ctx.lang)
    region = ctx.selection.region_name(fact.region, ctx.lang)
    detail = w("tile_detail", ctx.lang, region=region, when=when(fact, ctx.lang)).rstrip(" ·")
    ctx.use([fact])
    return KeyFigure(shown.number, shown.unit, label, detail, ctx.citations.note(fact).number)
