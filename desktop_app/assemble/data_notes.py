"""The notes on the data (数据说明), for an internal edition: what a colleague must know before
quoting a figure outside.

Two groups, each pointing at the footnote that cites the figures:

- 慎用 / check first: the source is unclear about a figure's value (the external edition
  leaves such figures out);
- 可用 / usable as read: the briefing dated, read or placed a figure where its source did not
  say (a year inferred, "去年" taken as 2020, a company's rank filed under the park of its R&D
  centre), and the sources whose dates are inferred;
- 较旧 / older figures: those older than the template's ``stale_years``, by year, which the
  text dates but does not age (截至2021年，…, not …（距今约5年）).

Then the conflicts between sources the briefing settled. An outside reader finds provenance in
the footnotes and the sources list only.
"""

from __future__ import annotations

from desktop_app.assemble.charts import lowered
from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key, format_date, when
from desktop_app.assemble.narrative import plain_english
from desktop_app.assemble.numbers import COUNT_UNITS, format_fact
from desktop_app.assemble.selection import home_of
from desktop_app.assemble.wording import as_sentence, count, join, w
from desktop_app.facts.model import Fact
from desktop_app.model import Block, Column, Paragraph, Run, Table
from desktop_app.templates import SectionDef

# where a caveat is cited (note number, or source number, or charts) -> caveat -> the figures
# it concerns, each as (label, subject, the place it is of when not the briefing's region)
_Caveats = dict[tuple[int, str, str], dict[str, list[tuple[str, str, str]]]]
# at least this many figures on one subject sharing a caveat are named by their subject
SUBJECT_FIGURES = 2


def notes(ctx: Context, section: SectionDef) -> list[Block]:
    """The notes section: its heading, then a table for each group that has figures (the
    figures to check, those read as dated, the older ones, the settled conflicts), each
    caption saying how to quote them; internal editions only."""
    if not ctx.internal:
        return []
    lang = ctx.lang
    blocks: list[Block] = [ctx.heading(1, ctx.text(section.title))]
    for said in parks_only(ctx):  # before the tables: it concerns every count of the region
        blocks.append(Paragraph((Run(_sentence(ctx, said)),)))
    doubts, readings = _caveats(ctx)
    groups = (
        ("doubts", _rows(ctx, doubts)),
        ("readings", _rows(ctx, readings) + _inferred_sources(ctx)),
        ("aged", _aged(ctx)),
        ("conflicts", _settled(ctx)),
    )
    columns = _columns(lang, ("notes_col_where", 1.2), ("notes_col_figures", 3.0),
                       ("notes_col_note", 5.0))  # fmt: skip
    # the older figures: the year and its age, then the many notes to look up, widest
    by_year = _columns(lang, ("notes_col_figures", 2.2), ("notes_col_age", 1.8),
                       ("notes_col_where", 5.2))  # fmt: skip
    for group, rows in groups:
        if not rows:
            continue
        years = ctx.template.stale_years
        caption, continued = ctx.table_captions(w(f"{group}_heading", lang, years=years))
        cells = tuple(
            tuple((Run(plain_english(ctx, text)),) for text in row) for row in dict.fromkeys(rows)
        )  # English apostrophes curly, as in the text
        blocks.append(Table(by_year if group == "aged" else columns, cells, caption, "", continued))
    if not any(rows for _, rows in groups):
        blocks.append(Paragraph((Run(w("notes_none", lang)),)))
    return blocks


def caveats(ctx: Context, section: SectionDef) -> list[Block]:
    """For a one-pager's internal edition, which has no room for the notes' tables: one short
    paragraph that says what a colleague must know before quoting it outside, from what it
    cites: how many figures are older than the template's ``stale_years`` and from which
    years, which of its sources are reposts or name no publisher, and that the figures marked
    慎用 are to be checked."""
    if not ctx.internal:
        return []
    lang, stale = ctx.lang, ctx.template.stale_years
    used = list(ctx.used.values())
    said = []
    aged = [f for f in used if _aged_fact(ctx, f)]
    said += parks_only(ctx)
    if aged:
        years = join(
            [w("caveat_year", lang, year=y) for y in sorted({date_key(f)[:4] for f in aged})], lang
        )
        said.append(w("caveat_aged", lang, n=len(aged), years=years, stale=stale))
    # which sources print no publisher, and which are a portal's repost: each said as it is
    sources = [ctx.base.sources[s] for s in {f.source.id for f in used}]
    unnamed = [s for s in sources if s.publisher is None]
    reposts = [s for s in sources if s.publisher is not None and s.tier == "portal"]
    weak = []
    for key, group in (("caveat_unnamed", unnamed), ("caveat_repost", reposts)):
        numbers = sorted(ctx.citations.source_number(s.id) for s in group)
        if numbers:
            refs = "".join(f"[{n}]" for n in numbers)
            weak.append(count(key, len(numbers), lang, refs=refs))
    if weak:
        said.append(w("caveat_trace", lang, weak=w("item_sep", lang).join(weak)))
    if any("value" in f.uncertain for f in used):
        said.append(w("caveat_doubts", lang))
    text = _sentence(
        ctx, w("list_sep_long", lang).join(said) or w("caveat_none", lang, stale=stale)
    )
    if ctx.h1_numbered:  # a section like the brief's others, under its numbered heading
        return [ctx.heading(1, ctx.text(section.title)), Paragraph((Run(text),))]
    # a fact sheet's sections are not numbered and its page is full: a line of fine print
    # that opens with what it is (引用提示：…)
    label = w("point_label", ctx.lang, label=ctx.text(section.title))
    return [Paragraph((Run(label, True), Run(text)), "small")]


def _sentence(ctx: Context, text: str) -> str:
    """A note of ours as a sentence: capitalised, closed, its apostrophes curly."""
    return plain_english(ctx, as_sentence(text[:1].upper() + text[1:], ctx.lang))


def parks_only(ctx: Context) -> list[str]:
    """For each chosen region the document gives counts for only from places inside it, and
    shows some of them apart from the place's name, in tiles or charts (SND's tiles, its
    returnee park's under a heading): that they are the places', not the region's totals, so
    that no colleague quotes 7 listed companies as the district's. (A point or sentence that
    names the park with its figure says so itself.)"""
    said = []
    for region in ctx.selection.regions:
        counts = [f for f in ctx.used.values() if f.value is not None and f.unit in COUNT_UNITS
                  and f.subject is None and home_of(ctx.selection, f.region) == region]  # fmt: skip
        shown = any(f.id in ctx.shown for f in counts)
        if shown and all(f.region != region for f in counts):
            places = list(dict.fromkeys(f.region for f in counts))
            short = ctx.base.regions[region].short_name(ctx.lang)
            names = join([ctx.selection.region_name(p, ctx.lang) for p in places], ctx.lang)
            said.append(w("caveat_parks_only", ctx.lang, places=names, short=short))
    return said


def _columns(lang: str, *spec: tuple[str, float]) -> tuple[Column, ...]:
    """A notes table's columns: each heading's wording key, and its share of the width."""
    return tuple(Column(w(key, lang), "left", weight) for key, weight in spec)


def _aged(ctx: Context) -> list[tuple[str, str, str]]:
    """A row a year for what is older than the template's ``stale_years``, figures and
    statements alike, with the notes citing them, so that a colleague checks every one before
    quoting it: 注3、注5、注12 | 2021年的数据 | 距今约5年. A year (launched in 2007) is a date,
    not a figure that ages."""
    lang = ctx.lang
    by_year: dict[str, set[tuple[int, str, str]]] = {}
    ages: dict[str, int] = {}
    for fact in ctx.used.values():
        if not _aged_fact(ctx, fact):
            continue
        year = date_key(fact)[:4]
        by_year.setdefault(year, set()).add(_cited_at(ctx, fact))
        ages[year] = ctx.age(fact)
    rows = []
    for year, cited in sorted(by_year.items()):
        figures, age = w("aged_figures", lang, year=year), w("aged_age", lang, age=ages[year])
        rows.append((figures, age, _where(cited, lang)))
    return rows


def _aged_fact(ctx: Context, fact: Fact) -> bool:
    """Whether the notes call ``fact`` older than the template's ``stale_years``: counted as
    they print its age, in calendar years (a 2023 figure is about 3 years old in December
    2026, as a reader counts). A year (launched in 2007) is a date, not a figure that ages;
    a lasting fact (a first-batch designation) does not age."""
    if fact.unit == "calendar_year" or fact.lasting or not date_key(fact):
        return False
    return ctx.age(fact) >= ctx.template.stale_years


def _where(cited: set[tuple[int, str, str]], lang: str) -> str:
    """Where to look, as one list: 注3、注5和注12 / Notes 3, 5 and 12; then sources, charts."""
    numbers = [number for _, kind, number in sorted(cited) if kind == "note_subject"]
    said = []
    if len(numbers) > 1 and lang == "en":
        said.append(w("notes_subject", lang, n=join(numbers, lang)))
    else:
        said += [w("note_subject", lang, n=n) for n in numbers]
    said += [w(kind, lang, n=number) for _, kind, number in sorted(cited) if kind != "note_subject"]
    return join(said, lang)


def _cited_at(ctx: Context, fact: Fact) -> tuple[int, str, str]:
    """Where a colleague finds ``fact``, as (order, wording key, number): its first note
    (注11), else, citing by source, its source (来源[2]), else the charts that alone show it."""
    note = ctx.citations.first_note(fact.id)
    if note is not None:
        return note, "note_subject", str(note)
    if ctx.citations.by_source:
        number = ctx.citations.source_number(fact.source.id)
        return 10_000 + number, "source_subject", str(number)
    return 20_000, "chart_subject", ""


def _elsewhere(ctx: Context, fact: Fact) -> bool:
    """Whether a note names the place ``fact`` is of: always when the briefing is on several
    regions, and for a place inside the one it is on."""
    return len(ctx.selection.regions) > 1 or fact.region not in ctx.selection.regions


def _label(ctx: Context, fact: Fact) -> str:
    """What a note calls ``fact``: its measure, or, for a statement, 相关表述 (the text on a
    place), with its place when :func:`_elsewhere`."""
    lang = ctx.lang
    place = ctx.selection.region_name(fact.region, lang)
    if fact.metric is None:
        if fact.subject is not None:  # what the text is about: two centres, two notes
            subject = fact.subject.get(lang)
            return f"{place} · {subject}" if _elsewhere(ctx, fact) else subject
        key = "statement_on" if _elsewhere(ctx, fact) else "statement"
        return w(key, lang, place=place)
    label = ctx.base.metrics[fact.metric].label.get(lang)
    subject = fact.subject.get(lang) if fact.subject is not None else ""
    # whose figure: 大健康产业基金 · 基金规模, not any fund's (unless the measure says: 海昌眼镜在
    # 国内同类企业中的排名 is not 海昌眼镜 · 海昌眼镜在…)
    if subject and subject.lower() not in label.lower():
        label = f"{subject} · {label}"
    return f"{place} · {label}" if _elsewhere(ctx, fact) else label


def _caveats(ctx: Context) -> tuple[_Caveats, _Caveats]:
    """The caveats on the figures the briefing gives, by where they are cited, in two groups:
    on a value (to check), and on a date, a wording or a place (read as given). A figure
    only a chart shows has no note: its line names the charts."""
    lang = ctx.lang
    doubts: _Caveats = {}
    readings: _Caveats = {}
    for fact in ctx.used.values():
        if not fact.uncertain:
            continue
        label = _label(ctx, fact)
        place = ctx.selection.region_name(fact.region, lang) if _elsewhere(ctx, fact) else ""
        subject = fact.subject.get(lang) if fact.subject else ""
        where = _cited_at(ctx, fact)
        for field, text in fact.uncertain.items():
            group = doubts if field == "value" else readings
            caveats = group.setdefault(where, {})
            caveats.setdefault(as_sentence(text.get(lang), lang), []).append(
                (label, subject, place)
            )
    return doubts, readings


def _figures(figures: list[tuple[str, str, str]], lang: str) -> str:
    """The figures a caveat concerns: their labels, or, for several on one subject or one
    place, that subject or place (中国潜在独角兽名单的5项数据, 苏州创客峰汇的4项数据)."""
    figures = list(dict.fromkeys(figures))
    if len(figures) >= SUBJECT_FIGURES:
        for at in (1, 2):  # the subject, else the place
            named = {figure[at] for figure in figures}
            if len(named) == 1 and all(named):
                subject = named.pop()
                # "the China potential unicorn list", but "Jiangsu's 2024 assessment", and a
                # company's name alone takes none ("Hydron")
                if (
                    lang == "en"
                    and " " in subject
                    and "'" not in subject.split(" ")[0]
                    and "’" not in subject
                ):
                    subject = "the " + subject.removeprefix("the ")
                return w("subject_figures", lang, subject=subject, n=len(figures))
    return join(list(dict.fromkeys(label for label, _, _ in figures)), lang)


def _rows(ctx: Context, by_note: _Caveats) -> list[tuple[str, str, str]]:
    """A row per note and set of figures: 注11 | 江苏省独角兽企业入选数全省排名 | ……。 Caveats
    on the same figures are said together, so that a colleague finds the sentence a caveat
    is about by its note's number."""
    lang = ctx.lang
    sep = w("list_sep_long", lang)
    rows = []
    for (_, kind, number), caveats in sorted(by_note.items()):
        said: dict[str, list[str]] = {}  # the figures -> what is unclear about them
        for caveat, figures in sorted(caveats.items()):
            told = said.setdefault(_figures(figures, lang), [])
            told.append(caveat.rstrip("。.") if not told else lowered(caveat.rstrip("。.")))
        where = w(kind, lang, n=number)
        for labels, told in said.items():
            labels = labels[:1].upper() + labels[1:]  # The 4 figures on …
            rows.append((where, labels, as_sentence(sep.join(told), lang)))
    return rows


def _inferred_sources(ctx: Context) -> list[tuple[str, str, str]]:
    """A row for each source whose date the briefing inferred."""
    lang = ctx.lang
    rows = []
    for number, source in ctx.citations.inferred_sources():
        date = format_date(source.published, lang)
        how = source.published_note or ""
        name = ctx.citations.name(source)
        if ctx.citations.by_source:
            name = w("source_numbered", lang, n=number)
        note = w("inferred_note", lang, date=date, how=how).strip()
        rows.append((w("inferred_where", lang), name, note))
    return rows


def _settled(ctx: Context) -> list[tuple[str, str, str]]:
    """A row for each conflict between sources the briefing settled, for a figure it gives:
    both values with their sources, and which step of the rule decided."""
    lang = ctx.lang
    rows = []
    for used, other, reason in ctx.selection.resolved:
        if used.id not in ctx.used or not used.metric:
            continue

        def source(fact: Fact) -> str:
            held = ctx.base.sources[fact.source.id]
            date = format_date(held.published, lang)
            return w("source_when", lang, name=ctx.citations.name(held), date=date)

        _, kind, number = _cited_at(ctx, used)
        rows.append(
            (
                w(kind, lang, n=number),
                w("conflict_figures", lang, label=_label(ctx, used), when=when(used, lang)),
                w(
                    "conflict_note",
                    lang,
                    used=format_fact(used, lang).text,
                    used_source=source(used),
                    other=format_fact(other, lang).text,
                    other_source=source(other),
                    reason=w(f"conflict_{reason}", lang),
                ),
            )
        )
    return rows
