"""One section per theme: statements grouped by region, the template's charts, a figures table."""

from __future__ import annotations

from collections import Counter

from desktop_app.assemble.charts import chart_facts, drawn_in, template_chart
from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key, when
from desktop_app.assemble.labels import figure_label
from desktop_app.assemble.narrative import (
    bullets,
    paragraphs,
    pick,
    reading_order,
    threaded,
    weight,
)
from desktop_app.assemble.numbers import format_fact
from desktop_app.assemble.selection import group_by_region, home_of, plain_name
from desktop_app.assemble.series import change, earlier_text
from desktop_app.assemble.theme_plan import (
    assigned_facts,
    context_only,
    few_old,
    plan,
    profiled,
)
from desktop_app.assemble.wording import w
from desktop_app.facts.model import Fact
from desktop_app.model import Block, Column, Inline, Paragraph, Run, Table
from desktop_app.templates import ChartDef, SectionDef


def figures_table(ctx: Context, title: str, facts: list[Fact], of: str = "") -> Table:
    """Every figure of a section: indicator, region (when the figures are of more than one),
    value, date and source number; ``of``: the subject every row is of (an agency, a fund),
    named in the caption rather than in each row."""
    lang = ctx.lang
    wide = 1.0 if lang == "zh" else 1.3  # English words need a little more room
    regions = len({f.region for f in facts}) > 1
    # A measure the base holds for earlier dates too: a column gives the earlier figures and
    # the change, so that both years stand in one row.
    series = any(f.id in ctx.selection.history for f in facts)
    cited = [*facts, *(old for f in facts for old in ctx.selection.history.get(f.id, ()))]
    # A table drawn from one passage (one source, externally) names it in its source line
    # (资料来源：…，第14段。); a column repeating that one note on every row says nothing more.
    passages = {ctx.citations.passage(f) for f in cited}
    noted = ctx.citations.by_source or len(passages) > 1
    times = [
        "—" if fact.unit == "calendar_year" else when(fact, lang) + ctx.dated(fact)
        for fact in facts
    ]
    # Figures all of one date give it once, in the caption, not on every row.
    dated = len(set(times)) > 1 or times[0] == "—"
    columns = (
        Column(w("col_indicator", lang), "left", (3.2 if regions else 5.5) - 2.8 * series),
        *((Column(w("col_region", lang), "left", 2.3),) if regions else ()),
        Column(w("col_value", lang), "right", (2.2 if series else 1.8) * wide),
        *((Column(w("col_time", lang), "left", 1.9),) if dated else ()),
        *((Column(w("col_earlier", lang), "left", 2.2 * wide),) if series else ()),
        *((Column(w("col_change", lang), "left", 1.9 * wide),) if series else ()),
        *(
            (
                Column(
                    w("col_source" if ctx.citations.by_source else "col_note", lang),
                    "center",
                    wide * (1.3 if series else 1.0),
                ),
            )
            if noted
            else ()
        ),
    )
    rows = []
    for fact, time in zip(facts, times, strict=True):
        assert fact.metric
        region = ((Run(ctx.selection.region_name(fact.region, lang)),),) if regions else ()
        earlier = ctx.selection.history.get(fact.id, ())
        ctx.use(list(earlier))
        rows.append(
            (
                (
                    Run(
                        ctx.base.metrics[fact.metric].label.get(lang)
                        if of
                        else figure_label(ctx, fact)
                    ),
                ),
                *region,
                (Run(format_fact(fact, lang).text + _doubted(ctx, fact)),),
                *(((Run(time),),) if dated else ()),
                *(
                    ((Run(_earlier(earlier, lang)),), (Run(_change(fact, earlier, lang)),))
                    if series
                    else ()
                ),
                *((_notes(ctx, fact, earlier),) if noted else ()),
            )
        )
    ctx.use(facts)
    if not regions and ctx.selection.regions != (facts[0].region,):
        # Without a region column, the caption says whose figures these are.
        title = f"{ctx.selection.region_name(facts[0].region, lang)}{_COLON[lang]}{title}"
    if of and of not in title:
        title = f"{title}{_COLON[lang]}{of}"
    if not dated:
        title += w("chart_when", lang, when=times[0])
    caption, continued = ctx.table_captions(title)
    return Table(columns, tuple(rows), caption, ctx.citations.source_line(cited), continued)


_COLON = {"zh": "：", "en": ": "}


def _doubted(ctx: Context, fact: Fact) -> str:
    """In an internal edition's table, a warning on a value, or the place it is filed under,
    that its source leaves unclear (4%（口径不明）, 900多家（归属不明）): a bare cell reads as
    settled; the notes on the data say why it is not."""
    if not ctx.internal:
        return ""
    return "".join(w(f"{d}_unclear", ctx.lang) for d in ("value", "region") if d in fact.uncertain)


def _earlier(earlier: tuple[Fact, ...], lang: str) -> str:
    """The earlier figures of a row's measure: 2024年：超过1000个."""
    said = "；" if lang == "zh" else "; "
    return said.join(earlier_text(old, lang) for old in earlier) if earlier else "—"  # type: ignore[arg-type]


def _change(fact: Fact, earlier: tuple[Fact, ...], lang: str) -> str:
    """The change on the latest earlier figure, when both are exact; else a dash."""
    moved = change(fact, earlier[-1], lang, since=False) if earlier else None  # type: ignore[arg-type]
    return moved or "—"


def _notes(ctx: Context, fact: Fact, earlier: tuple[Fact, ...]) -> tuple[Inline, ...]:
    """A row's citations: its figure's, and its earlier figures' where they differ."""
    if ctx.citations.by_source:
        return (Run(ctx.citations.refs([fact, *earlier])),)
    refs = [ctx.citations.cell(fact)]
    seen = {ctx.citations.passage(fact)}
    for old in earlier:
        if ctx.citations.passage(old) not in seen:
            seen.add(ctx.citations.passage(old))
            refs.append(ctx.citations.note(old, (old,)))
    notes: list[Inline] = []
    for ref in sorted(refs, key=lambda r: getattr(r, "number", 0)):  # in order, on one line
        notes += [Run(" "), ref] if notes else [ref]
    return tuple(notes)


def _folded(
    ctx: Context,
    section: SectionDef,
    planned: dict[str, list[tuple[str, list[Fact]]]],
    assigned: dict[str, list[Fact]],
    every_fact: list[Fact],
) -> dict[str, list[tuple[str, list[Fact]]]]:
    """``planned`` with a theme that would be a section of one sentence (no chart, no table)
    told instead in the section of another theme the fact is on, when that section is in
    the briefing: 苏创杯 with talent, not alone under 活动与赛事."""
    charts = _charts(ctx, section)
    for theme, groups in list(planned.items()):
        facts = [f for _, group in groups for f in group]
        if len(facts) != 1:
            continue
        fact, region = facts[0], groups[0][0]
        subtree = ctx.base.theme_subtree(theme)
        figures = [f for f in assigned[theme] if f.value is not None and f.metric
                   and f.id not in ctx.shown and f is not fact]  # fmt: skip
        charted = any(drawn_in(ctx, c, region, every_fact) for c in charts if c.theme in subtree)
        if (section.table and len(figures) >= 2) or charted:
            continue
        home = next((t for other in fact.themes if other not in subtree
                     for t in planned if t != theme and other in ctx.base.theme_subtree(t)),
                    None)  # fmt: skip
        if home is None:
            continue
        del planned[theme]
        target = planned[home]
        at = next((i for i, (r, _) in enumerate(target) if r == region), None)
        if at is None:
            target.append((region, [fact]))
        else:
            target[at] = (region, [*target[at][1], fact])
    return planned


def theme_sections(ctx: Context, section: SectionDef) -> list[Block]:
    lang = ctx.lang
    blocks: list[Block] = []
    charts = _charts(ctx, section)
    # A chart draws what the key-figure tiles have not shown: not the tiles again.
    every_fact = [f for f in ctx.selection.facts if f.id not in ctx.shown]
    # A chart sets a tile's figure beside its like (278 national experts beside the 322 and
    # 659 of two other programmes): the tile gives it at a glance, the chart in proportion.
    chartable = list(ctx.selection.facts)
    assigned = assigned_facts(ctx)
    planned = _folded(ctx, section, plan(ctx, section), assigned, every_fact)
    for theme, groups in planned.items():
        charted: set[str] = set()
        label = ctx.base.themes[theme].label.get(lang)
        subtree = ctx.base.theme_subtree(theme)
        # One chosen region: its own facts open the theme without a heading naming it again;
        # the places inside it (platforms, institutes) follow under their own names. Of
        # several, each region's facts stand under its name, so that a reader knows whose
        # they are: where only one of them has any, the section's heading names it (人才：
        # 苏州工业园区), not a lone subsection 7.1.
        alone = len(ctx.selection.regions) == 1
        only = groups[0][0] if len(groups) == 1 and section.by_region and not alone else ""
        heading = label
        if only in ctx.selection.regions:
            name = ctx.selection.region_name(only, lang)
            heading += w("tiles_of_place", lang, place=name)
        blocks.append(ctx.heading(1, heading))
        subheadings = section.by_region and (
            len(groups) > 1 or groups[0][0] not in ctx.selection.regions
        )
        for region, facts in groups:
            if subheadings and not (alone and region in ctx.selection.regions):
                blocks.append(ctx.heading(2, _place(ctx, region)))
            ctx.notes_held = []
            # A figure a chart of the region draws is left to the chart, not said in words,
            # whichever theme's section the chart stands in (the project mix, by sector, in
            # the industries, of figures on the projects brought in).
            in_charts = {
                f.id
                for chart in (charts if region else ())
                if _drawn_for(ctx, chart, region, planned)
                for f in drawn_in(ctx, chart, region, chartable)
            }
            facts = [f for f in facts if f.id not in in_charts]
            figures: list[Block] = []
            drawn: list[Fact] = []
            for chart in charts if region else ():
                if chart.theme in subtree:
                    height = section.chart_height_mm or None  # None: sized to its bars
                    figure = template_chart(ctx, chart, region, chartable, height)
                    if figure is not None:
                        figures.append(figure)
                        drawn += chart_facts(chart, region, chartable)
            charted |= {f.id for f in drawn}
            told: list[Block] = []
            if facts:
                told = (
                    [bullets(ctx, facts)] if section.style == "bullets" else paragraphs(ctx, facts)
                )
            # A chart newer than all the words opens the section (SIP's 2024 project mix
            # before its 2020 output): a reader meets the current picture first.
            if drawn and facts and max(map(date_key, drawn)) > max(map(date_key, facts)):
                blocks += figures + told
            else:
                blocks += told + figures
            if section.table and section.by_region:  # each place's table under its heading
                own = [f for f in assigned[theme] if f.region == region]
                title = w("theme_table", lang, theme=label)
                blocks += _table(ctx, title, _untold(ctx, own, charted))
            held, ctx.notes_held = ctx.notes_held, None
            blocks += [Paragraph(tuple(held), "small")] if held else []
        if section.table and not section.by_region:
            title = w("theme_table", lang, theme=label)
            blocks += _table(ctx, title, _untold(ctx, assigned[theme], charted))
    return blocks + profiles(ctx, section)


def _drawn_for(
    ctx: Context, chart: ChartDef, region: str, planned: dict[str, list[tuple[str, list[Fact]]]]
) -> bool:
    """Whether the section of ``chart``'s theme has a part on ``region``, where it is drawn."""
    return any(
        chart.theme in ctx.base.theme_subtree(theme) and any(r == region for r, _ in groups)
        for theme, groups in planned.items()
    )


def _charts(ctx: Context, section: SectionDef) -> list[ChartDef]:
    """The template's charts the section draws."""
    return [c for c in ctx.template.charts if c.id in section.charts]


PROFILE_FACTS = 12  # statements in one place's profile, at most
CITY_PROFILE_FACTS = 6  # in a city's briefing, where its districts and parks are a part of it


def profiles(ctx: Context, section: SectionDef) -> list[Block]:
    """Each park, platform or institute inside the chosen regions, told once: its facts from
    every theme in the briefing's theme order, its charts and a table of the figures the text
    and charts leave, under its own name (a reader looks up 留创园 in one place, not in five
    sections)."""
    if not any(profiled(ctx, section, f.region) for f in ctx.selection.facts):
        return []
    lang = ctx.lang
    # A city's briefing tells each of its districts and parks in brief, in words and its
    # main figures: a district's charts belong to the district's own briefing.
    city = any(ctx.base.regions[r].kind == "city" for r in ctx.selection.regions)
    charts = [] if city else _charts(ctx, section)
    most = CITY_PROFILE_FACTS if city else PROFILE_FACTS
    every_fact = [f for f in ctx.selection.facts if f.id not in ctx.shown]
    by_place: dict[str, list[Fact]] = {}
    for assigned in assigned_facts(ctx).values():
        untold = [f for f in assigned if f.id not in ctx.stated and f.id not in ctx.shown
                  and not context_only(ctx, f)]  # fmt: skip
        for region, facts in group_by_region(untold, ctx.base):
            if profiled(ctx, section, region):
                told = pick(few_old(ctx, reading_order(facts, ctx)), section.max_items)
                by_place.setdefault(region, []).extend(told)
    blocks: list[Block] = []
    # Each chosen region's places together, in the regions' order; within a region, each
    # district with the parks inside it after it (a city's SIP, then SIP's centres), the
    # places the briefing has most to say about first (留创园 before a maker cluster).
    regions = {r: i for i, r in enumerate(ctx.selection.regions)}

    branch = {p: _branch(ctx, p) for p in by_place}
    size: Counter[str] = Counter()
    for place, facts in by_place.items():
        size[branch[place]] += len(facts)
    order = sorted(by_place, key=lambda p: (regions.get(home_of(ctx.selection, p), 0),
                                            -size[branch[p]], branch[p], p != branch[p],
                                            -len(by_place[p])))  # fmt: skip
    for place in order:
        facts = by_place[place]
        charted: set[str] = set()
        figures: list[Block] = []
        for chart in charts:
            figure = template_chart(ctx, chart, place, every_fact, section.chart_height_mm or None)
            if figure is not None:
                figures.append(figure)
                charted |= {f.id for f in chart_facts(chart, place, every_fact)}
        untold = [f for f in facts if f.id not in charted]
        if len(untold) > most:  # current facts before old ones, in reading order; in a
            # city's brief profile, figures before statements and plans (its table is the
            # district's own briefing's)
            ranked = sorted(untold, key=lambda f: (ctx.stale(f), city and f.plan,
                                                   city and f.value is None))  # fmt: skip
            kept = {f.id for f in ranked[:most]}
            grown = True
            while grown:  # with what is written to go on from them (90家…，141家…，三项…)
                grown = False
                for fact in untold:
                    if fact.id not in kept and fact.run_on and fact.run_on.after in kept:
                        kept.add(fact.id)
                        grown = True
            untold = [f for f in untold if f.id in kept]
        told = _what_it_is_first(untold)
        if not told and not figures:
            continue
        if not blocks:  # a city's districts are places too, but not parks
            districts = any(ctx.base.regions[p].kind == "district" for p in order)
            heading = "places_heading_districts" if districts else "places_heading"
            blocks.append(ctx.heading(1, w(heading, lang)))
        blocks.append(ctx.heading(2, _place(ctx, place)))
        # The figures the text and charts leave: a table when there are enough to tabulate,
        # else said with the rest, in the same paragraphs (one date said once for all).
        own = [f for f in ctx.selection.facts if f.region == place] if section.table else []
        rest = [f for f in _untold(ctx, own, charted) if f not in told]
        # when it was founded opens its profile in words (创建于1998年), not a table's row
        founded = [f for f in rest if f.unit == "calendar_year"]
        told, rest = _what_it_is_first(told + founded), [f for f in rest if f not in founded]
        if len(rest) < TABLE_ROWS:
            told, rest = told + reading_order(rest, ctx), []
        if told:
            blocks.extend(
                bullets(ctx, told) if section.style == "bullets" else paragraphs(ctx, told)
            )
        blocks += figures
        if rest:
            blocks += _table(ctx, w("place_table", lang), _main(ctx, rest))
    return blocks


PLACE_TABLE_ROWS = 8  # a place's main figures: a district's own briefing gives it all


def _main(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A place's figures for its table, at most :data:`PLACE_TABLE_ROWS`: current before
    dated, the place's own counts and amounts before its funds' and lists', then shares,
    ranks and the years things began; in their order."""
    if len(facts) <= PLACE_TABLE_ROWS:
        return facts
    position = {f.id: i for i, f in enumerate(facts)}
    ranked = sorted(facts, key=lambda f: (ctx.stale(f), weight(f), f.unit == "calendar_year",
                                          f.subject is not None, position[f.id]))  # fmt: skip
    kept = {f.id for f in ranked[:PLACE_TABLE_ROWS]}
    return [f for f in facts if f.id in kept]


def _what_it_is_first(facts: list[Fact]) -> list[Fact]:
    """A place's facts with what it is first: when it was founded and what it was designated
    (its lasting facts), then the rest in their order, each run-on after its fact."""
    return threaded(sorted(facts, key=lambda f: not (f.unit == "calendar_year" or f.lasting)))


def _branch(ctx: Context, place: str) -> str:
    """The place's ancestor just inside the chosen region it lies in (itself, for a district
    of a chosen city)."""
    home, region = home_of(ctx.selection, place), ctx.base.regions[place]
    while region.parent is not None and region.parent != home:
        region = ctx.base.regions[region.parent]
    return region.id


def _place(ctx: Context, region: str) -> str:
    """A subsection's place: its name, and, in a briefing on several regions, the chosen
    region it lies in (中国苏州留学人员创业园（位于高新区）), by the short name the text has
    introduced; an abbreviation it has not (SND) is no name to a reader, so the full name."""
    name = ctx.selection.region_name(region, ctx.lang)
    home = home_of(ctx.selection, region)
    if home == region:
        return name
    if len(ctx.selection.regions) < 2:  # a city's park: the district it is in, if not the city
        home = _branch(ctx, region)
        if home == region or ctx.base.regions[home].kind != "district":
            return name
    short = ctx.base.regions[home].short_name(ctx.lang)
    if short.isupper() and home not in ctx.introduced:
        # its name without its own brackets: 苏州高新区, not a bracket in a bracket
        full = plain_name(ctx.selection.region_name(home, ctx.lang))
        return name + w("in_region_named", ctx.lang, region=full)
    return name + w("in_region", ctx.lang, region=short)


def _untold(ctx: Context, facts: list[Fact], charted: set[str]) -> list[Fact]:
    """The figures among ``facts`` a table may give: none the text, a tile or a chart has."""
    return [
        f
        for f in facts
        if f.value is not None
        and f.metric
        and f.unit != "item"  # "3 items" says nothing until the text names them
        and f.id not in ctx.stated
        and f.id not in ctx.shown  # in a tile or a chart already
        and f.id not in charted
    ]


TABLE_ROWS = 3  # fewer figures than this are told in words: a table of two rows is a list


def _table(ctx: Context, title: str, facts: list[Fact]) -> list[Block]:
    """A table of ``facts`` titled ``title``, when there are enough to tabulate; one or two
    figures are said in a paragraph instead (生物医药产业和人才竞争力均居全国第一). Where
    several are one body's (an agency's work, a fund's), they stand in a table of their own,
    its caption naming the body once rather than every row."""
    bodies: dict[str, list[Fact]] = {}
    for fact in facts:  # a body's figures, or the region's on one list (Jiangsu's assessment)
        if fact.subject is not None:
            bodies.setdefault(fact.subject.get(ctx.lang), []).append(fact)
    own = {name: group for name, group in bodies.items() if len(group) >= TABLE_ROWS}
    rest = [f for f in facts if not any(f in group for group in own.values())]
    blocks: list[Block] = []
    if len(rest) >= TABLE_ROWS:
        blocks.append(figures_table(ctx, title, rest))
    elif rest:
        blocks += paragraphs(ctx, reading_order(rest, ctx))
    # a place's table of one body's figures is that body's (苏州工业园区：园区引导基金), not
    # its "main figures" again
    plain = title == w("place_table", ctx.lang)
    for name, group in own.items():
        blocks.append(figures_table(ctx, name if plain else title, group, of=name))
    return blocks
