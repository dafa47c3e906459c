"""Comparing the chosen regions, only on measures they share (same metric, same unit)."""

from __future__ import annotations

from desktop_app.assemble.charts import bar_figure, readable
from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key, when
from desktop_app.assemble.numbers import format_fact
from desktop_app.assemble.selection import Selection
from desktop_app.assemble.wording import w
from desktop_app.facts.model import Fact
from desktop_app.facts.units import UNITS
from desktop_app.model import Block, Column, Paragraph, Run, Table

MAX_CHARTS = 4


def shared_metrics(selection: Selection) -> dict[str, dict[str, Fact]]:
    """metric -> region -> newest fact, for metrics at least two chosen regions have. Only a
    region's own figures count: not those of a company, fund or event in it (a subject)."""
    by_metric: dict[str, dict[str, Fact]] = {}
    for fact in selection.facts:
        if (
            fact.metric
            and fact.value is not None
            and fact.subject is None
            and fact.region in selection.regions
        ):
            current = by_metric.setdefault(fact.metric, {}).get(fact.region)
            if current is None or date_key(fact) > date_key(current):
                by_metric[fact.metric][fact.region] = fact
    return {m: regions for m, regions in by_metric.items() if len(regions) >= 2}


def _different_levels(ctx: Context) -> bool:
    """Whether the chosen regions are of different kinds, or one lies inside another."""
    base, regions = ctx.base, ctx.selection.regions
    kinds = {base.regions[r].kind for r in regions}
    nested = any(a != b and b in base.region_subtree(a) for a in regions for b in regions)
    return len(kinds) > 1 or nested


def comparison(ctx: Context, title: str) -> list[Block]:
    """A table (and charts) of the measures the chosen regions share, each figure dated. Only
    regions at one level of the gazetteer are compared (a district with a district, never a
    district with a park inside another); where there is nothing to compare, nothing is said."""
    if len(ctx.selection.regions) < 2 or _different_levels(ctx):
        return []
    shared = shared_metrics(ctx.selection)
    if not shared:
        return []
    lang = ctx.lang
    blocks: list[Block] = [ctx.heading(1, title)]
    blocks.append(Paragraph((Run(w("comparison_intro", lang)),)))
    regions = ctx.selection.regions
    columns = (
        Column(w("col_indicator", lang), "left", 2.5),
        *(Column(ctx.selection.region_name(r, lang), "right", 2.0) for r in regions),
    )
    rows = []
    facts: list[Fact] = []
    for metric, per_region in shared.items():
        cells = [(Run(ctx.base.metrics[metric].label.get(lang)),)]
        for region in regions:
            fact = per_region.get(region)
            if fact is None:
                cells.append((Run("—"),))
                continue
            facts.append(fact)
            stamp = when(fact, lang)
            cells.append(
                (
                    Run(
                        format_fact(fact, lang).text
                        + (
                            f"（{stamp}）"
                            if lang == "zh" and stamp
                            else f" ({stamp})"
                            if stamp
                            else ""
                        )
                    ),
                    ctx.citations.note(fact),
                )
            )
        rows.append(tuple(cells))
    ctx.use(facts)
    caption, continued = ctx.table_captions(w("comparison_caption", lang))
    source = ctx.citations.source_line(facts)
    blocks.append(Table(columns, tuple(rows), caption, source, continued))
    for metric, per_region in list(shared.items())[:MAX_CHARTS]:
        unit = ctx.base.metrics[metric].unit
        if UNITS[unit].kind not in ("count", "money", "percent"):
            continue
        shown = [per_region[r] for r in regions if r in per_region]
        if len(readable(shown)[0]) < len(shown):
            continue  # too far apart for one axis: the table says it
        names = [ctx.selection.region_name(f.region, lang) for f in shown]
        label = ctx.base.metrics[metric].short_label(lang)
        blocks.append(bar_figure(ctx, label, names, shown, "bar"))
    return blocks
