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
from desktop_app.assemble.numbers import format_fact
from desktop_app.assemble.wording import as_sentence, join, w
from desktop_app.facts.model import Fact
from desktop_app.model import Block, Paragraph, Run
from desktop_app.templates import SectionDef

# where a caveat is cited (note number, or source number, or charts) -> caveat -> the figures
# it concerns, each as (label, subject, the place it is of when not the briefing's region)
_Caveats = dict[tuple[int, str, str], dict[str, list[tuple[str, str, str]]]]
# at least this many figures on one subject sharing a caveat are named by their subject
SUBJECT_FIGURES = 2


def notes(ctx: Context, section: SectionDef) -> list[Block]:
    """The notes section: its heading, the figures to check, those read as dated, and the
    settled conflicts; internal editions only."""
    if not ctx.internal:
        return []
    lang = ctx.lang
    blocks: list[Block] = [ctx.heading(1, ctx.text(section.title))]
    doubts, readings = _caveats(ctx)
    doubt_lines = _lines(ctx, doubts)
    reading_lines = _lines(ctx, readings) + _inferred_sources(ctx)
    aged_lines = _aged(ctx)
    settled = _settled(ctx)
    # each group under a numbered heading of its own (（一）慎用：…), what it means, its lines
    for group, lines in (
        ("doubts", doubt_lines),
        ("readings", reading_lines),
        ("aged", aged_lines),
        ("conflicts", settled),
    ):
        if lines:
            years = ctx.template.stale_years
            blocks.append(ctx.heading(2, w(f"{group}_heading", lang, years=years)))
            blocks.append(Paragraph((Run(w(f"{group}_intro", lang)),)))
            blocks.extend(Paragraph((Run(line),), "small") for line in dict.fromkeys(lines))
    if not doubt_lines and not reading_lines and not aged_lines and not settled:
        blocks.append(Paragraph((Run(w("notes_none", lang)),)))
    return blocks


def _aged(ctx: Context) -> list[str]:
    """A line a year for what is older than the template's ``stale_years``, figures and
    statements alike, by the notes citing them, so that a colleague checks every one before
    quoting it: 2021年的数据（距今约5年）：注3、注5、注12。 A year (launched in 2007) is a date,
    not a figure that ages."""
    lang = ctx.lang
    by_year: dict[str, set[tuple[int, str, str]]] = {}
    ages: dict[str, int] = {}
    for fact in ctx.used.values():
        if fact.unit == "calendar_year" or not ctx.stale(fact):
            continue
        year = date_key(fact)[:4]
        by_year.setdefault(year, set()).add(_cited_at(ctx, fact))
        ages[year] = ctx.age(fact)
    lines = []
    for year, cited in sorted(by_year.items()):
        notes = join([w(kind, lang, n=number) for _, kind, number in sorted(cited)], lang)
        lines.append(w("aged_item", lang, year=year, age=ages[year], notes=notes))
    return lines


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


def _lines(ctx: Context, by_note: _Caveats) -> list[str]:
    """One line per note: 注11　江苏省独角兽企业入选数全省排名：……。 Caveats on the same
    figures are said together; a note on several sets of figures says each in turn, under
    the note's one number, so that a colleague finds the sentence it is about."""
    lang = ctx.lang
    sep = w("list_sep_long", lang)
    lines = []
    for (_, kind, number), caveats in sorted(by_note.items()):
        said: dict[str, list[str]] = {}  # the figures -> what is unclear about them
        for caveat, figures in sorted(caveats.items()):
            told = said.setdefault(_figures(figures, lang), [])
            told.append(caveat.rstrip("。.") if not told else lowered(caveat.rstrip("。.")))
        sets = []
        for labels, told in said.items():
            text = as_sentence(w("caveat", lang, labels=labels, caveat=sep.join(told)), lang)
            sets.append(text[:1].upper() + text[1:])  # Note 22. The 4 figures on …
        notes = ("" if lang == "zh" else " ").join(sets)
        subject = w(kind, lang, n=number)
        lines.append(w("uncertain_item", lang, subject=subject, notes=notes))
    return lines


def _inferred_sources(ctx: Context) -> list[str]:
    """A line for each source whose date the briefing inferred."""
    lang = ctx.lang
    lines = []
    for number, source in ctx.citations.inferred_sources():
        date = format_date(source.published, lang)
        how = source.published_note or ""
        name = ctx.citations.name(source)
        if ctx.citations.by_source:
            name = w("source_numbered", lang, n=number)
        lines.append(w("inferred_item", lang, n=name, date=date, how=how))
    return lines


def _settled(ctx: Context) -> list[str]:
    """A line for each conflict between sources the briefing settled, for a figure it gives:
    both values with their sources, and which step of the rule decided."""
    lang = ctx.lang
    lines = []
    for used, other, reason in ctx.selection.resolved:
        if used.id not in ctx.used or not used.metric:
            continue

        def source(fact: Fact) -> str:
            held = ctx.base.sources[fact.source.id]
            date = format_date(held.published, lang)
            return w("source_when", lang, name=ctx.citations.name(held), date=date)

        lines.append(
            w(
                "conflict_item",
                lang,
                label=_label(ctx, used),
                when=when(used, lang),
                used=format_fact(used, lang).text,
                used_source=source(used),
                other=format_fact(other, lang).text,
                other_source=source(other),
                reason=w(f"conflict_{reason}", lang),
            )
        )
    return lines
