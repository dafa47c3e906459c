"""Which facts make a chart, decided here; the chart is then drawn by desktop_app.charts.

A chart compares one unit only, never a fact without a value, and only figures that stand at
the same date: facts of one region are charted when at least two of the chart's metrics have
a value at a common date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import replace

from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key, when
from desktop_app.assemble.numbers import chart_label, chart_scale, format_fact
from desktop_app.assemble.wording import w
from desktop_app.charts import ChartSpec, Series, render_png
from desktop_app.facts.model import Fact
from desktop_app.model import Figure
from desktop_app.templates import ChartDef

WIDTH_MM = 160.0
MAX_RATIO = 50  # values further apart than this never share one linear axis


def readable(facts: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The facts a linear axis can show side by side, and the largest ones left out so that
    the smallest bar is still visible (at most :data:`MAX_RATIO` times smaller)."""
    kept = sorted(facts, key=lambda f: float(f.value or 0), reverse=True)
    left_out: list[Fact] = []
    while len(kept) > 2 and float(kept[0].value or 0) > MAX_RATIO * float(kept[-1].value or 0):
        left_out.append(kept.pop(0))
    if len(kept) == 2 and float(kept[0].value or 0) > MAX_RATIO * float(kept[1].value or 0):
        return [], facts
    order = {f.id: i for i, f in enumerate(facts)}
    return sorted(kept, key=lambda f: order[f.id]), left_out


def _latest_per_metric(facts: list[Fact]) -> dict[str, Fact]:
    latest: dict[str, Fact] = {}
    for fact in facts:
        if fact.metric and (
            fact.metric not in latest or date_key(fact) > date_key(latest[fact.metric])
        ):
            latest[fact.metric] = fact
    return latest


def chart_facts(chart: ChartDef, region: str, facts: list[Fact]) -> list[Fact]:
    """The facts chart ``chart`` shows for ``region``: one per metric, all at one date, all the
    region's own (a company's, a fund's or an event's figures are not set beside them)."""
    candidates = [
        f
        for f in facts
        if f.region == region
        and f.metric in chart.metrics
        and f.value is not None
        and f.subject is None
    ]
    latest = _latest_per_metric(candidates)
    if len(latest) < 2:
        return []
    dates = Counter(date_key(f) for f in latest.values())
    common, count = dates.most_common(1)[0]
    if count < 2:
        return []
    units = {f.unit for f in latest.values()}
    if len(units) != 1:
        return []
    return [latest[m] for m in chart.metrics if m in latest and date_key(latest[m]) == common]


def bar_figure(
    ctx: Context,
    title: str,
    categories: list[str],
    facts: list[Fact],
    kind: str,
    height_mm: float | None = None,
) -> Figure:
    """Draw ``facts`` (one per category) as a bar chart and wrap it as a model Figure."""
    lang = ctx.lang
    unit = facts[0].unit
    assert unit is not None
    values = [float(f.value) for f in facts if f.value is not None]
    divisor, axis_unit = chart_scale(values, unit, lang)
    labels = [chart_label(fact, divisor, lang) for fact in facts]
    if kind == "bar":
        order = sorted(range(len(facts)), key=lambda i: -values[i])
        categories = [categories[i] for i in order]
        values = [values[i] for i in order]
        labels = [labels[i] for i in order]
    spec = ChartSpec(
        kind="share" if kind == "share" else "bar",
        categories=tuple(categories),
        series=(Series("", tuple(v / divisor for v in values), tuple(labels)),),
        axis_label=w("chart_axis", lang, unit=axis_unit),
        width_mm=WIDTH_MM,
        height_mm=height_mm or max(34.0, 12.0 + 10.5 * len(categories)),
        accent=ctx.template.page.accent,
    )
    ctx.use(facts)
    ctx.shown |= {f.id for f in facts}
    alt = "; ".join(f"{c}: {v}" for c, v in zip(categories, labels, strict=True))
    return Figure(
        render_png(spec),
        spec.width_mm,
        spec.height_mm,
        ctx.figure_caption(title),
        ctx.citations.source_line(facts),
        alt,
    )


def lowered(label: str) -> str:
    """A label inside an English sentence: "Tech enterprises" -> "tech enterprises" (but
    "SIP" and "R&D" keep their capitals)."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def drawn(
    chart: ChartDef, region: str, facts: list[Fact], said: Collection[str] = ()
) -> list[Fact]:
    """The facts chart ``chart`` draws for ``region``: none when fewer than three bars (two
    parts of a whole) fit one axis, since two figures read better in words than as a chart;
    or when one would have to be left out (a chart without its largest bar misleads; the
    text and the table give them all). A figure ``said`` already (in the overview) is not
    drawn again; a chart of shares, which shows a whole, is then not drawn at all."""
    candidates = chart_facts(chart, region, facts)
    if any(f.id in said for f in candidates):
        if chart.type == "share":
            return []
        candidates = [f for f in candidates if f.id not in said]
    shown, left_out = readable(candidates)
    fewest = 2 if chart.type == "share" else 3
    return shown if len(shown) >= fewest and not left_out else []


def drawn_in(ctx: Context, chart: ChartDef, region: str, facts: list[Fact]) -> list[Fact]:
    """The facts ``chart`` draws for ``region`` in this document, after what it has said."""
    return drawn(chart, region, facts, said_before(ctx, chart, region, facts))


def said_before(ctx: Context, chart: ChartDef, region: str, facts: list[Fact]) -> set[str]:
    """The figures a chart leaves out, or for shares is not drawn for, because the text has
    said them: what the document has stated, unless the chart sets its measures over two
    dates (the change is the chart's to show). What the overview led with is no reason:
    a section's chart may draw the 76% the overview named, beside the 8% and 8%."""
    if earlier_round(ctx, chart_facts(chart, region, facts)):
        return set()
    return ctx.stated - ctx.led


def earlier_round(ctx: Context, shown: list[Fact]) -> list[Fact]:
    """The latest earlier date at which every measure of ``shown`` has a figure too, as those
    figures (in ``shown``'s order); [] when there is none."""
    points = [{date_key(f): f for f in ctx.selection.history.get(s.id, ())} for s in shown]
    common = set.intersection(*(set(p) for p in points)) if points else set()
    if not common:
        return []
    date = max(common)
    return [p[date] for p in points]


def over_time(ctx: Context, title: str, shown: list[Fact], before: list[Fact]) -> Figure:
    """The chart's measures at two dates side by side: a group per measure, a column per date
    (the earlier in grey, the newest in the accent colour), with the legend naming the dates."""
    lang = ctx.lang
    unit = shown[0].unit
    assert unit is not None
    values = [float(f.value or 0) for f in (*before, *shown)]
    divisor, axis_unit = chart_scale(values, unit, lang)
    categories = [ctx.base.metrics[f.metric].short_label(lang) for f in shown if f.metric]
    series = tuple(
        Series(
            when(group[0], lang),
            tuple(float(f.value or 0) / divisor for f in group),
            tuple(chart_label(f, divisor, lang) for f in group),
        )
        for group in (before, shown)
    )
    spec = ChartSpec(
        kind="grouped",
        categories=tuple(categories),
        series=series,
        axis_label=w("chart_axis", lang, unit=axis_unit),
        width_mm=WIDTH_MM,
        height_mm=max(58.0, 14.0 * len(categories)),
        accent=ctx.template.page.accent,
        first_grey=True,
    )
    every = [*before, *shown]
    ctx.use(every)
    ctx.shown |= {f.id for f in every}
    alt = "; ".join(
        f"{c}: {a.text} → {b.text}"
        for c, a, b in zip(
            categories,
            (format_fact(f, lang) for f in before),
            (format_fact(f, lang) for f in shown),
            strict=True,
        )
    )
    return Figure(
        render_png(spec),
        spec.width_mm,
        spec.height_mm,
        ctx.figure_caption(title),
        ctx.citations.source_line(every),
        alt,
    )


def template_chart(
    ctx: Context, chart: ChartDef, region: str, facts: list[Fact], height_mm: float | None = None
) -> Figure | None:
    """The template chart for one region, or None when the region lacks the data for it. When
    the base holds the chart's measures at an earlier date too, both dates stand side by
    side."""
    shown = drawn_in(ctx, chart, region, facts)
    if not shown:
        return None
    lang = ctx.lang
    before = earlier_round(ctx, shown)
    if before:
        name = ctx.selection.region_name(region, lang)
        separator = "：" if lang == "zh" else ": "
        dates = w("two_dates", lang, first=when(before[0], lang), last=when(shown[0], lang))
        title = f"{name}{separator}{chart.title.get(lang)}" + w("chart_when", lang, when=dates)
        figure = over_time(ctx, title, shown, before)
        notes = [chart.note.get(lang)] if chart.note else []
        return _noted(figure, notes, lang)
    categories = [ctx.base.metrics[f.metric].short_label(lang) for f in shown if f.metric]
    # a flow's period (2024年), a stock's date (截至2023年: a count to date, not a year's)
    date = when(shown[0], lang) if (shown[0].period or shown[0].as_of) else ""
    name = ctx.selection.region_name(region, lang)
    separator = "：" if lang == "zh" else ": "
    title = f"{name}{separator}{chart.title.get(lang)}" + (
        w("chart_when", lang, when=date) if date else ""
    )
    figure = bar_figure(ctx, title, categories, shown, chart.type, height_mm)
    notes = [chart.note.get(lang)] if chart.note else []
    total = sum(float(f.value or 0) for f in shown)
    if chart.type == "share" and abs(total - 100) > 0.5:
        # Shares that do not make a whole say what they do add up to: a bar for the rest
        # would be our arithmetic, which readers take for a published figure.
        notes.append(w("shares_total", lang, n=len(shown), total=f"{total:g}"))
    return _noted(figure, notes, lang)


def _noted(figure: Figure, notes: list[str], lang: str) -> Figure:
    """``figure`` with ``notes`` after its source line, each a sentence ending with its stop:
    资料来源：…，2023年。国家级…不宜相加。"""
    if not notes:
        return figure
    said = "".join(w("chart_note", lang, note=note.rstrip("。.")) for note in notes)
    line = figure.source_line.removesuffix(w("sentence_end", lang))
    return replace(figure, source_line=line + said + w("sentence_end", lang))
