"""assemble: facts + template + selection -> one format-neutral Document.

All editorial decisions are taken here and in the modules beside this one. Assembly runs
twice: the first run finds out which facts the document uses, so that the second can say so
in its text ({fact_count}, {data_as_of}); both runs make the same choices.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app import __version__
from desktop_app.assemble import apart, data_notes
from desktop_app.assemble import sections as sec
from desktop_app.assemble.citations import Citations
from desktop_app.assemble.comparison import comparison
from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key, end_of, format_date, reported, stamp, to_the_month
from desktop_app.assemble.elapsed import is_elapsed, restate
from desktop_app.assemble.keyfigures import choose_tiles
from desktop_app.assemble.narrative import shorts_used
from desktop_app.assemble.selection import Selection, home_region, plain_name
from desktop_app.assemble.themes import theme_sections
from desktop_app.assemble.wording import count, heading_number, join, join_labels, w
from desktop_app.errors import SelectionError
from desktop_app.facts import FactBase
from desktop_app.facts.model import Fact, Lang
from desktop_app.model import Block, Document, Figure, Heading, Labels, Metadata, PageSetup
from desktop_app.templates import SectionDef, Template

CHART_HEIGHT_MM = 60.0  # a chart in a charts section, unless the template says otherwise


HIGHLIGHTS_PER_CHART = 4  # a chart the page has room for but no data to draw holds four


def _contributing(selection: Selection, used: list[Fact]) -> list[str]:
    """The chosen themes the document says something on: a theme ticked but left without a
    fact (a one-page sheet has room for few) is not named in its title or subtitle."""
    base = selection.base
    said = [t for t in selection.themes if any(base.theme_subtree(t) & set(f.themes) for f in used)]
    return said or list(selection.themes)


def _values(
    template: Template, selection: Selection, lang: Lang, date: str, ctx: Context | None
) -> dict[str, str]:
    """Placeholder values; counts and dates come from a previous run's facts when known."""
    base = selection.base
    used = list(ctx.used.values()) if ctx else list(selection.facts)
    # "Data as of" is the newest of what the document says, figures and statements alike (a
    # reader who finds a July 2025 source under "as of February 2025" stops trusting the
    # date), with the years they span. A year something happened (founded in 1998) is a
    # date, not data standing at one, and a count of years restated at the briefing's date
    # says nothing of the data's age; nor does a plan's year (a 2025 action plan, announced
    # in February 2025, is no data standing at the end of 2025), nor a lasting fact, which
    # does not age (SIBET is one of the CAS institutions in Suzhou, as a 2025 article says:
    # no reason to call a sheet of 2023 figures data as of 2025).
    figures = [
        f
        for f in used
        if f.unit != "calendar_year" and not is_elapsed(f, base) and not f.plan and not f.lasting
    ] or used
    as_of = _as_of(figures, base, date)
    # Regions whose data end at different dates each say their own (SND's end in August 2023
    # while SIP's run to February 2025: one date on the cover claimed the later for both).
    own = [] if _nested(selection) else [
        (r, _as_of([f for f in figures if home_region(selection, f) == r], base, ""))
        for r in selection.regions
    ]  # fmt: skip
    each = [(r, d) for r, d in own if d]
    if len({d for _, d in each}) > 1:
        # each by its name without its other name in brackets (Suzhou New District), as a
        # date line of brackets in brackets reads badly
        said = [w("as_of_region", lang, region=plain_name(selection.region_name(r, lang)),
                  date=format_date(d, lang)) for r, d in each]  # fmt: skip
        as_of_said = "、".join(said) if lang == "zh" else join(said, lang)
    else:
        as_of_said = format_date(as_of, lang)
    years = sorted({int(date_key(f)[:4]) for f in figures if date_key(f)})
    span = w("data_years", lang, first=years[0], last=years[-1]) if len(years) > 1 else ""
    # A source published after the data's date (a July 2025 article cited for a lasting fact,
    # under data as of August 2023) is said, so the date line does not seem to contradict the
    # sources list: 数据截至2023年8月（涵盖2021—2023年；所引资料发布至约2025年7月）
    newest = max((base.sources[s] for s in {f.source.id for f in used}),
                 key=lambda s: end_of(s.published), default=None)  # fmt: skip
    if newest is not None and end_of(newest.published) > end_of(as_of):
        published = format_date(newest.published, lang)
        if newest.published_inferred:
            published = w("date_about", lang, date=published)
        span = w("sources_to" if span else "sources_only", lang, span=span, date=published)
    names = [selection.region_name(r, lang) for r in selection.regions]
    values = {
        "region": names[0],
        "regions": join(names, lang),
        "themes": join_labels(
            [base.themes[t].label.get(lang) for t in _contributing(selection, used)], lang
        )
        if selection.chosen_themes
        else w("all_themes", lang),
        "date": format_date(date, lang),
        "data_as_of": as_of_said,
        "data_span": w("data_span", lang, span=span) if span else "",
        "fact_count": str(len(used)),
        "source_count": str(len({f.source.id for f in used})),
        "facts": count("n_facts", len(used), lang),
        "sources": count("n_sources", len({f.source.id for f in used}), lang),
        "template": template.name.get(lang),
    }
    title = template.texts.get("title")
    from desktop_app.templates import fill

    values["title"] = fill(title.get(lang), values) if title else values["template"]
    return values


def _as_of(figures: list[Fact], base: FactBase, date: str) -> str:
    """The newest date ``figures`` stand at (``date`` if none has one): "in 2025", said in a
    July 2025 article, is data as of July 2025, not of its year's end."""
    dated = [reported(f, base) for f in figures if stamp(f)]
    return max(dated, key=end_of) if dated else date


def _nested(selection: Selection) -> bool:
    """Whether one chosen region lies in another (a city and one of its districts)."""
    regions, subtree = selection.regions, selection.base.region_subtree
    return any(a != b and b in subtree(a) for a in regions for b in regions)


def _tiles_to_come(template: Template, ctx: Context) -> set[str]:
    """The facts the template's key-figure tiles will show, so the overview can leave them
    to the tiles (each region's, where each region has a part of its own)."""
    for section in template.sections:
        if section.kind == "key_figures":
            most = section.max_items or 6
            if not _in_parts(ctx, section):
                return {f.id for f in choose_tiles(ctx, section.metrics, most)}
            tiles: set[str] = set()
            for region in ctx.selection.regions:
                with ctx.part(region):
                    tiles |= {f.id for f in choose_tiles(ctx, section.metrics, most)}
            return tiles
    return set()


def _in_parts(ctx: Context, section: SectionDef) -> bool:
    """Whether ``section`` is told once for each region, in the region's part: of several
    regions none of which lies in another (a city with one of its districts is told as one
    place, the district's facts among the city's)."""
    return section.per_region and len(ctx.selection.regions) > 1 and not _nested(ctx.selection)


class _Layout:
    """What the sections leave for later ones: charts a charts section had no data for
    (highlights take the room), and where the notes stand (made last)."""

    def __init__(self) -> None:
        self.spare = 0
        self.notes: tuple[int, SectionDef] | None = None


def _blocks(ctx: Context) -> list[Block]:
    template = ctx.template
    blocks: list[Block] = []
    layout = _Layout()
    sections = list(template.sections)
    # an internal briefing's sections tell what may be shown; its background, the rest
    whole = ctx.selection
    body = apart.shown(whole) if apart.keeps_apart(ctx) else whole
    while sections:
        section = sections.pop(0)
        ctx.selection = whole if section.kind == "background" else body
        if not _in_parts(ctx, section):
            blocks += _section(ctx, section, layout, len(blocks))
            continue
        # A part for each region, holding this section and the per-region ones after it
        run = [section]
        while sections and _in_parts(ctx, sections[0]):
            run.append(sections.pop(0))
        for region in ctx.selection.regions:
            part = [ctx.heading(1, ctx.selection.region_name(region, ctx.lang))]
            with ctx.part(region):
                for part_section in run:
                    part += _section(ctx, part_section, layout, len(blocks) + len(part))
            blocks += part if len(part) > 1 else []  # a region with nothing in them: no part
    ctx.selection = whole
    if layout.notes is not None:
        at, notes = layout.notes
        blocks[at:at] = data_notes.notes(ctx, notes)
    if ctx.brief:  # a brief ends with its imprint (版记), after everything else
        blocks += sec.imprint(ctx)
    return _in_order(blocks, ctx.lang)


def _section(ctx: Context, section: SectionDef, layout: _Layout, at: int) -> list[Block]:
    """The blocks of one of the template's sections, standing after the first ``at``."""
    match section.kind:
        case "cover":
            return sec.cover(ctx)
        case "contents":
            return sec.contents(ctx, section)
        case "masthead":
            return sec.masthead(ctx)
        case "overview":
            return sec.overview(ctx, section, _tiles_to_come(ctx.template, ctx))
        case "key_figures":
            tiles = choose_tiles(ctx, section.metrics, section.max_items or 6)
            ctx.shown |= {f.id for f in tiles}
            return sec.key_figures(ctx, section, tiles)
        case "comparison":
            return comparison(ctx, ctx.text(section.title))
        case "themes":
            return theme_sections(ctx, section)
        case "highlights":
            more = HIGHLIGHTS_PER_CHART * layout.spare
            return sec.highlights(ctx, section, ctx.shown, more)
        case "points":
            return sec.points(ctx, section)
        case "background":
            return sec.background(ctx, section)
        case "text":
            return sec.own_words(ctx, section)
        case "charts":
            height = section.chart_height_mm or CHART_HEIGHT_MM
            drawn = sec.charts(ctx, section, height, ctx.shown)
            layout.spare += max(
                0, (section.max_items or 2) - sum(isinstance(b, Figure) for b in drawn)
            )
            return drawn
        case "notes":  # made once all else is: they cover every figure the document
            layout.notes = (at, section)  # gives, what stands after them too
            return []
        case "caveats":
            return data_notes.caveats(ctx, section)
        case "sources":
            return sec.sources(ctx, section)
    return []


def _in_order(blocks: list[Block], lang: Lang) -> list[Block]:
    """The section numbers in the order the sections stand: the notes, made last, took the
    last number. A subsection's number follows its section's (11.1 under 12 was 12.1)."""
    numbered = [b for b in blocks if isinstance(b, Heading) and b.level == 1 and b.number]
    numbers = iter(sorted(int(h.anchor.removeprefix("sec-")) for h in numbered))
    new = {id(h): next(numbers) for h in numbered}
    result: list[Block] = []
    parent = 0
    for block in blocks:
        if isinstance(block, Heading) and block.number:
            if id(block) in new:
                parent = new[id(block)]
                block = replace(block, number=heading_number(1, parent, lang))
            elif block.level > 1 and parent:
                _, *indices = (int(i) for i in block.anchor.removeprefix("sec-").split("-"))
                number = heading_number(block.level, indices[-1], lang, parent, indices[0])
                block = replace(block, number=number)
        result.append(block)
    return result


def _run(
    base: FactBase,
    template: Template,
    selection: Selection,
    lang: Lang,
    date: str,
    previous: Context | None,
    issue: int | None = None,
    issuer: str | None = None,
) -> tuple[Context, list[Block]]:
    citations = Citations(
        base,
        lang,
        short_notes=template.footnotes == "short",
        by_source=template.footnotes == "sources",
        external=selection.edition == "external",
    )
    ctx = Context(base, template, selection, lang, date, citations, issue, issuer)
    ctx.values = _values(template, selection, lang, date, previous)
    ctx.shorts_used = previous.shorts_used if previous else None
    ctx.said_once = _said_once(previous)
    ctx.sections = previous.sections if previous else None
    return ctx, _blocks(ctx)


SAID_ONCE = 3  # points sharing a stock date: the opening says it once for them all


def _said_once(previous: Context | None) -> str | None:
    """The stock date (截至2025年) most of an earlier run's spoken points shared: at least
    :data:`SAID_ONCE` and more than half of all its points (dated or not), so that "unless I
    say otherwise" is true of most of what is said; said once in the opening, a point then
    says a date only where it is another."""
    if previous is None or not previous.heard_dates:
        return None
    (date, most), *_ = previous.heard_dates.most_common()
    return date if most >= SAID_ONCE and 2 * most > previous.points_said else None


def _header(ctx: Context) -> str:
    """The running header: an internal edition's classification on every page, so that a page
    taken from the pack is still marked. A brief has none (GB/T 9704 marks its first page
    only)."""
    if ctx.brief:
        return ""
    header, marking = ctx.template_text("header"), sec.classification(ctx)
    if not marking:
        return header
    return (
        w("header_marked", ctx.lang, classification=marking, header=header) if header else marking
    )


def assemble(
    base: FactBase,
    template: Template,
    selection: Selection,
    lang: Lang,
    date: str,
    issue: int | None = None,
    issuer: str | None = None,
) -> Document:
    """The briefing; ``issue`` is the issue number an internal brief prints (第3期), if any;
    ``issuer`` who issues it (None: the template says)."""
    facts = (to_the_month(restate(f, base, date), base) for f in selection.facts)
    selection = replace(selection, facts=tuple(facts))
    first, first_blocks = _run(base, template, selection, lang, date, None, issue, issuer)
    if not first.used:  # a page of headings only: say why, rather than hand it over
        names = ", ".join(dict.fromkeys(selection.regions))
        edition = "internal" if first.internal else "external"
        raise SelectionError(
            f"the {template.id} template ({edition} edition) has nothing to state for {names}: "
            "its facts there are aims and plans, or too long for this template; try the "
            "internal full briefing, or other regions or themes"
        )
    first.shorts_used = shorts_used(first, first_blocks)
    first.sections = sum(isinstance(b, Heading) and b.level == 1 for b in first_blocks)
    ctx, blocks = _run(base, template, selection, lang, date, first, issue, issuer)
    page = template.page
    names = [selection.region_name(r, lang) for r in selection.regions]
    said = _contributing(selection, list(ctx.used.values()))
    author = ctx.issuer_name() or "Briefing Studio"
    metadata = Metadata(
        title=ctx.values["title"],
        subject=ctx.values["themes"],
        author=author,
        # the themes the document says something on, not every theme it could have
        keywords=tuple(names + [base.themes[t].label.get(lang) for t in said]),
        language="zh-CN" if lang == "zh" else "en",
        date=date,
        creator=f"Briefing Studio {__version__}",
    )
    setup = PageSetup(
        max_pages=page.max_pages,
        margins_mm=page.margins_mm,
        header_text=_header(ctx),
        footer=page.footer,
        accent=page.accent,
        base_size_pt=page.base_size_pt,
        form="brief" if ctx.brief else "plain",
    )
    return Document(
        metadata,
        setup,
        Labels(w("page_of", lang)),
        tuple(blocks),
        tuple(ctx.citations.footnotes),
        lang,
        tuple(ctx.used),
    )
