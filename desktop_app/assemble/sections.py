"""The smaller sections: cover, contents, masthead, overview, key figures, highlights, charts,
notes on the data and the sources list."""

from __future__ import annotations

from collections import Counter

from desktop_app.assemble.apart import keeps_apart, reference
from desktop_app.assemble.charts import template_chart
from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key, older_than
from desktop_app.assemble.elapsed import is_elapsed
from desktop_app.assemble.keyfigures import DOUBTS, heading_date, one_place, tile, tile_date
from desktop_app.assemble.labels import on_a_list
from desktop_app.assemble.narrative import bullets, date_said_last, joined, not_comparable, run_ons
from desktop_app.assemble.numbers import COUNT_UNITS
from desktop_app.assemble.selection import (
    by_region,
    home_region,
    interleave,
    plain_name,
    unsourced_rank,
)
from desktop_app.assemble.wording import as_sentence, join, w
from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact, Lang
from desktop_app.language import Text
from desktop_app.model import (
    Block,
    BulletList,
    Contents,
    Cover,
    Imprint,
    Inline,
    KeyFigures,
    Masthead,
    PageBreak,
    Paragraph,
    Run,
    SourceList,
)
from desktop_app.templates import SectionDef

HIGHLIGHT_CHARS = {"zh": 60, "en": 150}  # a highlight should fit on about one line
READ_RUN_ONS = 3  # a highlight read, not heard, tells a measure whole: up to three run-ons,
READ_CHARS = {"zh": 130, "en": 330}  # in about two lines
OVERVIEW_FACTS = 4
MESSAGE_RUN_ONS = 5  # facts run on from an overview message: one measure told whole
POINT_CHARS, POINT_WORDS = 60, 30  # a talking point is said in one breath
MIN_POINTS = 3  # a section of points has at least these before older facts pad it
POINTS_PER_THEME = 2
NEWS_YEARS = 1  # a position said in the present (has, is home to) is at most this old
POINTS_PER_PLACE = 2  # a park inside the region, across all the points: the region comes first


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def classification(ctx: Context) -> str:
    """A marking such as 内部资料 注意保存: on internal editions only, in the template's words
    or, where it has none, in the usual ones."""
    if not ctx.internal:
        return ""
    return ctx.template_text("classification") or w("classification", ctx.lang)


def cover(ctx: Context) -> list[Block]:
    regions = join(
        [ctx.selection.region_name(r, ctx.lang) for r in ctx.selection.regions], ctx.lang
    )
    return [
        Cover(
            classification=classification(ctx),
            title=ctx.values["title"],
            subtitle=_sentence_case(ctx.template_text("subtitle")),
            region_line=regions,
            date_line=ctx.values["date"],
            data_as_of=w("data_as_of", ctx.lang, date=ctx.values["data_as_of"])
            + ctx.values["data_span"],
            issuer=w("prepared_by", ctx.lang, issuer=name) if (name := ctx.issuer_name()) else "",
        )
    ]


def contents(ctx: Context, section: SectionDef) -> list[Block]:
    """A contents page, unless the document has fewer main sections than the template's
    ``min_sections`` (known from the first run): a short briefing is read straight through."""
    if ctx.sections is not None and ctx.sections < section.min_sections:
        return []
    return [Contents(ctx.text(section.title)), PageBreak()]


def masthead(ctx: Context) -> list[Block]:
    """The title block: a plain one carries the template's issue text (or subtitle) under the
    title; a brief its issue number, and no line at all when none was given."""
    # A masthead's own name (招商工作简报) is our internal bulletin's: a handout for visitors
    # carries the document's title instead, with no second title under it.
    bulletin = ctx.internal and bool(ctx.template.texts.get("masthead"))
    title = ctx.template_text("masthead") if bulletin else ctx.values["title"]
    if ctx.brief:
        issue = w("issue_number", ctx.lang, n=ctx.issue) if ctx.issue else ""
    elif bulletin:
        issue = ctx.template_text("issue") or _sentence_case(ctx.template_text("subtitle"))
    else:
        issue = _sentence_case(ctx.template_text("subtitle"))
    blocks: list[Block] = [
        Masthead(
            classification(ctx),
            title,
            issue,
            ctx.issuer_name(),
            ctx.values["date"],
        )
    ]
    if bulletin:
        blocks.append(Paragraph((Run(ctx.values["title"]),), "title"))
    return blocks


def imprint(ctx: Context) -> list[Block]:
    """A brief's imprint (版记), after GB/T 9704: to whom it is reported and copied, as the
    template says (each line ends with a full stop in Chinese), and who issued it when."""
    lines = []
    for name in ("report_to", "copy_to"):
        names = ctx.template_text(name).strip()
        if names:
            line = w(name, ctx.lang, names=names)
            lines.append(as_sentence(line, ctx.lang) if ctx.lang == "zh" else line)
    issued = w("issued_on", ctx.lang, date=ctx.values["date"])
    return [Imprint(tuple(lines), ctx.issuer_name(), issued)]


def overview(ctx: Context, section: SectionDef, tiles: set[str]) -> list[Block]:
    """What the place is, from its own strongest facts: one per theme, so that the lead
    paragraph ranges over talent, industry, enterprises and the rest. The tiles' figures are
    left to the tiles, and nothing said here is said again later. A template's own text, if
    it has one, comes first."""
    blocks = _heading(ctx, section)
    spoken = section.style == "bullets"  # points to say aloud: each short enough
    if section.text:
        # the date most points share, said once here (以下数据除特别说明外，均截至2025年。)
        once = w("said_once", ctx.lang, date=ctx.said_once) if spoken and ctx.said_once else ""
        blocks.append(Paragraph((Run(ctx.text(section.text) + once),), "lead"))
    limit = section.max_items or OVERVIEW_FACTS
    if not spoken:  # a second region gets two messages of its own
        limit += 2 * (len(ctx.selection.regions) - 1)
    chosen = profile(ctx, limit, tiles, spoken)
    if chosen and spoken:  # each point with what runs on from it, if still one breath
        # on two districts, one district's points, then the other's, not the two by turns
        chosen = by_region(ctx.selection, chosen)
        others = [f for f in ctx.selection.facts if f not in chosen and f.id not in tiles]
        blocks.append(_chained(ctx, chosen, others, spoken=True))
        return blocks
    # A lead paragraph a region: how long it has been developing, what it is known for (its
    # first theme, industry), then its strongest current measures, each told whole.
    for region in ctx.selection.regions:
        mine = [f for f in chosen if home_region(ctx.selection, f) == region]
        if not mine:
            continue
        told: list[Fact] = []  # each message with what runs on from it, each fact once
        for fact in mine:
            told += [f for f in _told_whole(ctx, fact, tiles) if f not in told]
        ctx.dates_said = set()  # a paragraph gives the date its sentences share once
        blocks.append(Paragraph(tuple(joined(ctx, told)), "lead"))
        ctx.dates_said = None
        ctx.led |= {f.id for f in told}
    return blocks


def _told_whole(ctx: Context, fact: Fact, leave: set[str]) -> list[Fact]:
    """An overview message: ``fact`` with the facts written to run on from it (90家…，同样
    居全省第一) unless a tile shows them."""
    usable = [f for f in ctx.selection.facts if f.id not in leave and f.id not in ctx.stated]
    return run_ons(fact, usable, MESSAGE_RUN_ONS)


def _telling(fact: Fact) -> int:
    """0 for a place among the first three (第一 in the province) or an honour held years
    running (连续13年跻身…最具吸引力的中国城市), 1 for counts and amounts,
    2 for majority shares (of a part, often: 66% of the capital-backed projects), 3 for other
    figures (a small share, a change), 4 for statements."""
    if fact.value is None:
        return 4
    if fact.unit == "rank":
        return 0 if fact.value <= 3 else 3
    if fact.unit == "year" and "recognition" in fact.themes:  # named 13 years running
        return 0
    if fact.unit in COUNT_UNITS:
        return 1
    return 2 if fact.unit == "percent" and fact.value >= 50 else 3


def _strength(
    ctx: Context, fact: Fact, short: bool = True
) -> tuple[bool, bool, bool, bool, bool, int, tuple[int, ...]]:
    """How telling a fact is, for leads and highlights: on the chosen regions themselves,
    current, clear, short enough to read at a glance, what a reader from abroad looks for
    (in English), counts and amounts first, newest first."""
    strength = _telling(fact)
    # Both languages must choose the same facts, so length is judged in both.
    too_long = short and any(
        len(fact.statement.get(lang)) > HIGHLIGHT_CHARS[lang] for lang in ("zh", "en")
    )
    newest = tuple(-ord(c) for c in date_key(fact))
    return (
        fact.region not in ctx.selection.regions,
        ctx.stale(fact),
        bool(DOUBTS.intersection(fact.uncertain)),
        too_long,
        not ctx.first_abroad(fact),
        strength,
        newest,
    )


def profile(ctx: Context, limit: int, leave: set[str], spoken: bool = False) -> list[Fact]:
    """How long the place has been developing, if the fact base says, then the strongest fact
    of each theme about the chosen regions, in theme order, up to ``limit``: a region's own
    facts first (its standing on a list counts as its own), then a park's or platform's
    figures inside it; a fund's, company's or event's figure where the region has nothing current on
    a theme, in writing only (what another body says or plans is not the place's message).
    With ``spoken``, only facts short enough to say in one breath."""
    base = ctx.base

    def rank(f: Fact) -> tuple[object, ...]:
        own, stale, *rest = _strength(ctx, f, short=spoken)
        return (own, stale, f.subject is not None and not on_a_list(f), *rest)

    candidates = sorted(
        (
            f
            for f in ctx.selection.facts
            if (f.subject is None or on_a_list(f) or (not spoken and f.value is not None))
            and (f.region in ctx.selection.regions or f.value is not None)
            and not f.plan  # the place as it is, not as it means to be
            and not unsourced_rank(f)
            and f.id not in leave
            and not old_news(ctx, f)  # a five-year-old signing is history, not a lead
            and (
                not spoken
                or (sayable(f, ctx) and f.audience != "internal" and not _unclear(ctx, f))
            )
        ),
        key=rank,
    )
    if spoken:  # said aloud, a five-year-old figure is heard as today's: current ones only,
        # unless a chosen region has none (it is still introduced, by its year's figure)
        current = [f for f in candidates if not ctx.stale(f)]
        if len(current) >= limit:
            homes = {home_region(ctx.selection, f) for f in current}
            candidates = [f for f in candidates if not ctx.stale(f)
                          or home_region(ctx.selection, f) not in homes]  # fmt: skip
    # How long the place has been developing is where a profile starts; in writing, what
    # each region is known for (its first theme, industry) comes next, however old.
    # (the region's own: SIP's 32 years are not the city's)
    own = ctx.selection.regions
    picked: list[Fact] = [f for f in candidates if is_elapsed(f, base) and f.region in own][:1]
    if not spoken:
        first = next((t for t in ctx.selection.themes
                      if any(_on_theme(ctx, f, t) for f in candidates)), None)  # fmt: skip
        for region in ctx.selection.regions if first is not None else ():
            # the region's own: what the city is known for, not what a district is
            on_it = [f for f in candidates if f.region == region and _on_theme(ctx, f, first)]  # type: ignore[arg-type]
            figures = [f for f in on_it if f.value is not None]
            picked += (figures or on_it)[:1]
    # Each chosen region has its share of the messages, then the strongest fill up: the
    # region's own facts first, a district's or park's inside it only where they fall short
    # (a city's overview is about the city, not its best-known district).
    regions = ctx.selection.regions
    share = max(1, (limit - len(picked)) // len(regions))
    for region in regions if len(regions) > 1 else ():
        mine = [f for f in candidates if home_region(ctx.selection, f) == region]
        cap = min(limit, len(picked) + share)
        for pool in ([f for f in mine if f.region == region], mine):
            _messages(ctx, pool, picked, cap, spoken)
    _messages(ctx, [f for f in candidates if f.region in own], picked, limit, spoken)
    _messages(ctx, candidates, picked, limit, spoken)
    _messages(ctx, candidates, picked, limit)  # a park's second message, if nothing else
    # Told in theme order, current messages before dated ones: what a region is known for
    # leads only while it is news (2020年…排名全国第一 follows the 2024 assessment); the
    # region's own before a park's inside it, which a listener cannot yet place.
    order = {t: i for i, t in enumerate(ctx.selection.themes)}
    picked.sort(key=lambda f: (not is_elapsed(f, base), f.region not in own, ctx.stale(f),
                               _theme_rank(base, order, f)))  # fmt: skip
    return interleave(ctx.selection, picked)


def _unclear(ctx: Context, fact: Fact) -> bool:
    """A figure whose value its source leaves unclear, or one said of a chosen region whose
    source does not say it belongs there: said aloud, it cannot carry its caveat."""
    doubts = DOUBTS if fact.region not in ctx.selection.regions else DOUBTS - {"region"}
    return bool(doubts.intersection(fact.uncertain))


def _messages(
    ctx: Context, ranked: list[Fact], picked: list[Fact], limit: int, once: bool = False
) -> None:
    """Add to ``picked``, up to ``limit``, the best of ``ranked`` on each theme in turn:
    themes whose best is a current figure first, then a current statement (a plan says less
    than a figure), then those with only dated facts. With ``once``, a park or platform
    inside a chosen region gives one message only: heard in an opening, two on one park (its
    firms, then its talent) say less of the district than one on another park."""
    own = ctx.selection.regions
    for current, figure in ((True, True), (True, False), (False, True), (False, False)):
        for theme in ctx.selection.themes:
            subtree = ctx.base.theme_subtree(theme)
            heard = {f.region for f in picked if f.region not in own} if once else set()
            on_it = [f for f in ranked if subtree & set(f.themes[:1]) and f.region not in heard]
            for best in _one_per_region(ctx, on_it):
                fits = current != ctx.stale(best) and figure == (best.value is not None)
                if fits and best not in picked and len(picked) < limit:
                    picked.append(best)


def _on_theme(ctx: Context, fact: Fact, theme: str) -> bool:
    """Whether ``fact`` is mainly about ``theme`` (or one of its sub-themes)."""
    return fact.themes[0] in ctx.base.theme_subtree(theme)


def _theme_rank(base: FactBase, order: dict[str, int], fact: Fact) -> int:
    """The position of the section a fact's main theme falls in."""
    return next((i for t, i in order.items() if fact.themes[0] in base.theme_subtree(t)), 99)


def _one_per_region(ctx: Context, ranked: list[Fact]) -> list[Fact]:
    """The first of ``ranked`` for each chosen region, in the regions' order."""
    firsts: dict[str, Fact] = {}
    for fact in ranked:
        firsts.setdefault(home_region(ctx.selection, fact), fact)
    return [firsts[r] for r in ctx.selection.regions if r in firsts]


def key_figures(ctx: Context, section: SectionDef, tiles: list[Fact]) -> list[Block]:
    """The tiles under the section's heading; in a briefing on several regions, each
    region's under a heading of its own (一、核心数据 （一）苏州工业园区 …)."""
    if not tiles:
        return []
    groups: dict[str, list[Fact]] = {}
    for fact in tiles:
        groups.setdefault(home_region(ctx.selection, fact), []).append(fact)
    if len(groups) == 1:
        (region,) = groups
        several = len(ctx.selection.regions) > 1  # only one of them has figures: name it
        title = ctx.text(section.title)
        if several and title:
            name = ctx.selection.region_name(region, ctx.lang)
            title += w("tiles_of_place", ctx.lang, place=name)
        return _tiles(ctx, 1, title, tiles, region_named=several and bool(title))
    # a sheet's tiles have no heading of their own: each region's still stand under its name
    blocks: list[Block] = [ctx.heading(1, ctx.text(section.title))] if section.title else []
    for region, group in groups.items():
        name = ctx.selection.region_name(region, ctx.lang)
        blocks += _tiles(ctx, 2, name, group, region_named=True, numbered=bool(section.title))
    return blocks


def _tiles(
    ctx: Context,
    level: int,
    title: str,
    tiles: list[Fact],
    region_named: bool,
    numbered: bool = True,
) -> list[Block]:
    """Tiles under a heading of ``title`` (unnumbered where the section has no numbered
    heading above it), which names the one park they are all of, if so, rather than each
    tile; without a title, no heading, unless the tiles are all one park's: its name."""
    place = one_place(ctx, tiles)
    # tiles all of one park name it once above them: under the section's heading, or, on a
    # sheet whose tiles have none, in a plain heading of its own
    headed = bool(title) or place is not None
    named = place is not None
    # Tiles that would each say only the same date give it once, in their heading.
    own = {f.region for f in tiles} == set(ctx.selection.regions)
    stamps = {tile_date(ctx, f) for f in tiles}
    dated = headed and len(tiles) > 1 and len(stamps) == 1 and (named or region_named or own)
    blocks: list[Block] = []
    if headed:
        said = []  # in the heading's brackets: whose figures, and their one date
        if place is not None:
            name = ctx.selection.region_name(place, ctx.lang)
            numbered = numbered and bool(title)  # a heading the section did not have
            title = title + w("tiles_of_place", ctx.lang, place=name) if title else name
            if len(ctx.selection.regions) > 1 or ctx.in_part:  # beside another district's
                said.append(w("park_only", ctx.lang))
        if dated:
            said.append(heading_date(ctx, tiles[0]))
        if said:
            title += w("chart_when", ctx.lang, when=w("item_sep", ctx.lang).join(said))
        blocks.append(ctx.heading(level, title, numbered=numbered))
    shown = tuple(
        tile(ctx, f, place_named=named, region_named=region_named, dated_above=dated) for f in tiles
    )
    blocks.append(KeyFigures(shown, columns=3))
    return blocks


def highlights(ctx: Context, section: SectionDef, exclude: set[str], more: int = 0) -> list[Block]:
    """Telling figures not already in the tiles or charts (``exclude``): on the chosen
    regions first, current before dated, counts and amounts before shares and ranks; up to
    the section's limit, and ``more`` where charts had no data to fill their room. A highlight
    is taken in at a glance: none runs to more than about two lines."""
    candidates = [f for f in ctx.selection.facts if f.id not in exclude and not f.plan
                  and not old_news(ctx, f)
                  and all(len(f.statement.get(lang)) <= 2 * HIGHLIGHT_CHARS[lang]
                          for lang in ("zh", "en"))]  # fmt: skip
    ranked = interleave(ctx.selection, sorted(candidates, key=lambda f: _strength(ctx, f)))
    chosen = one_per_passage(ranked)[: (section.max_items or 4) + more]
    if not chosen:
        return []
    # the points on one park stand together, after the region's own, in the order the
    # strongest of each came (SND's sheet: the district, the returnee park, Medpark, …)
    first = {}
    for fact in chosen:
        first.setdefault(fact.region, len(first))
    own = set(ctx.selection.regions)
    chosen.sort(key=lambda f: (f.region not in own, first[f.region]))
    blocks: list[Block] = []
    if section.title:
        blocks.append(ctx.heading(1, ctx.text(section.title), numbered=False))
    others = [f for f in ranked if f not in chosen]
    # a sheet's points: 园区 needs no 以下简称 (an English abbreviation is still explained);
    # read one by one, not heard as one account, each says its own date
    blocks.append(_chained(ctx, chosen, others))
    # two counts of one kind from different lists (10 Jiangsu unicorns, 180 by the park's
    # own count): the note that they are not to be compared, in fine print under the points
    said = [f for f in ctx.used.values() if f.id in ctx.stated]
    note = not_comparable(ctx, said)
    return blocks + ([Paragraph(tuple(note), "small")] if note else [])


def one_per_passage(facts: list[Fact]) -> list[Fact]:
    """The first fact from each source paragraph and on each subject: two facts from one
    passage, or on one event (68 projects signed; the 68 projects' total investment), say
    nearly the same thing as points."""
    seen: set[tuple[str, object]] = set()
    result = []
    for fact in facts:
        keys = {("passage", (fact.source.id, fact.source.locator))}
        if fact.subject is not None:
            keys.add(("subject", fact.subject.zh))
        if not keys & seen:
            seen |= keys
            result.append(fact)
    return result


def _said_with(fact: Fact, said: Fact) -> bool:
    """Whether ``fact`` is the other half of a point said already: the same passage, mainly
    on the same theme (the new projects' count, then their shares by field; 5 companies on
    one unicorn list, then 59 on another). Said apart, the two halves are heard as the same
    point twice; the park's age and its 10,000 tech firms, from one passage, are two points."""
    passage = (fact.source.id, fact.source.locator)
    return (
        passage == (said.source.id, said.source.locator)
        and fact.themes[0] == said.themes[0]
        # a programme or fund of its own is another point (Suzhou's programme for
        # foreign-invested firms, after its 14,000 firms from the same passage)
        and (fact.subject is None or said.subject is not None)
    )


def _description(fact: Fact) -> bool:
    """A lasting statement of where a place is or who built it (the Shanghai University
    centre sits in the 2.5 industrial park): what the place is, told in its profile, and a
    point only where there is little else to say. A distinction it won (first batch of
    national parks) is a point like any other."""
    return fact.lasting and fact.value is None and "recognition" not in fact.themes


def old_news(ctx: Context, fact: Fact) -> bool:
    """What happened at one event (a promotion event, the projects signed and the bases
    launched there) older than the template's ``stale_years``: history, not a strength to say
    or headline today (68 projects signed at a 2021 promotion event, heard in 2026)."""
    if not ctx.stale(fact):
        return False
    return "events" in fact.themes or (
        fact.subject is not None and fact.subject.zh in ctx.old_events()
    )


def sayable(fact: Fact, ctx: Context) -> bool:
    """Short enough to say in one breath: about 60 Chinese characters, or 30 English words,
    with the year an old figure is said with (（2021年）); an internal edition's note of its
    age (距今约5年) is for the speaker's eye, not said."""
    zh, en = fact.statement.zh, fact.statement.en
    if ctx.stale(fact):  # the year the point is said with
        zh += w("year_in_text", "zh", year="2000")
        en += w("year_in_text", "en", year="2000")
    return len(zh) <= POINT_CHARS and len(en.split()) <= POINT_WORDS


def points(ctx: Context, section: SectionDef) -> list[Block]:
    """Points to say aloud: the strongest facts not said yet, each short enough for one
    breath, mainly about the section's themes (any if none), at most two from one theme so the
    points range widely, strongest first."""
    wanted = _themes(ctx, section)
    # A subject the points have spoken of already (a list, a fund) is not spoken of again.
    spoken = [f for f in ctx.selection.facts if f.id in ctx.stated]
    said = {f.subject.zh for f in spoken if f.subject}
    candidates = sorted(
        (
            f
            for f in ctx.selection.facts
            if f.id not in ctx.stated
            and not f.plan  # a plan is not a strength to say aloud
            and not old_news(ctx, f)
            and (f.subject is None or f.subject.zh not in said)
            and not any(_said_with(f, g) for g in spoken)
            and sayable(f, ctx)
            and f.audience != "internal"  # points are said to the other side, in any edition
            # nor a figure whose value or place its source leaves unclear, nor a statement
            # whose source's wording is garbled: said aloud, it cannot carry its caveat
            and not (DOUBTS | {"statement"}).intersection(f.uncertain)
            and (wanted is None or f.themes[0] in wanted)  # what the fact is mainly about
        ),
        key=lambda f: (_description(f), _strength(ctx, f)),  # where a place is: last
    )
    # Said aloud, an old figure is heard as today's, and where a place is located is no
    # strength: while there are enough current facts, the points are those, fewer rather than
    # padded (an offer, which the other side may take up, may still be an older one).
    # Each region on its own: a district with only older facts is still heard beside one
    # with current ones.
    fresh = [f for f in candidates if not ctx.stale(f) and not _description(f)]
    enough = {r for r, n in Counter(home_region(ctx.selection, f) for f in fresh).items()
              if n >= MIN_POINTS}  # fmt: skip
    if not section.labels:
        candidates = [f for f in candidates
                      if f in fresh or home_region(ctx.selection, f) not in enough]  # fmt: skip
    per_theme: dict[str, int] = {}
    # A park's points across the document, each counted once with what runs on from it
    per_place = Counter(f.region for f in ctx.used.values() if f.id in ctx.stated
                        and not (f.run_on and f.run_on.after in ctx.stated))  # fmt: skip
    chosen: list[Fact] = []
    offered: set[tuple[str, str]] = set()  # an offer of each kind for each district
    # A park's points are capped while that leaves the section its least (MIN_POINTS); a
    # district whose facts are nearly all one park's (SND, its returnee park) is not left
    # one strength, and is given no more than that least.
    for capped in (True, False):
        most = (section.max_items or 5) if capped else MIN_POINTS
        for fact in one_per_passage(interleave(ctx.selection, candidates)):
            if len(chosen) >= most:
                break
            theme = fact.themes[0]
            place = fact.region not in ctx.selection.regions
            if fact in chosen or (capped and place and per_place[fact.region] >= POINTS_PER_PLACE):
                continue
            kind = (theme, home_region(ctx.selection, fact))
            if kind in offered:  # 资本对接 once: the label said twice reads as a list
                continue
            if per_theme.get(theme, 0) < POINTS_PER_THEME:
                per_theme[theme] = per_theme.get(theme, 0) + 1
                per_place[fact.region] += 1
                chosen.append(fact)
                if theme in dict(section.labels):
                    offered.add(kind)
        if len(chosen) >= MIN_POINTS:
            break
    rank = {f.id: i for i, f in enumerate(candidates)}
    chosen.sort(key=lambda f: rank[f.id])  # strongest first, whichever pass chose it
    if not chosen:
        return []
    others = [f for f in candidates if f not in chosen]
    # the template's words that say what the points are for (以下资源可为贵方所用…)
    said = [Paragraph((Run(ctx.text(section.text)),))] if section.text else []
    # On two districts, each district's points together, in the regions' order (a speaker
    # tells one district's story, then the other's, not the two by turns).
    chosen = by_region(ctx.selection, chosen)
    labels = dict(section.labels)
    if labels:  # points that offer the same thing (two research partners) stand together
        group = {f.id: f.themes[0] if f.themes[0] in labels else f.id for f in chosen}
        first = {key: i for i, key in reversed(list(enumerate(group.values())))}
        chosen.sort(key=lambda f: first[group[f.id]])
    # each point says its own date: a listener (and a colleague reading the brief the night
    # before) hears "278 experts" as today's figure unless the point says "as of 2023"
    chained = _chained(ctx, chosen, others, labels=labels, spoken=True)
    return [*_heading(ctx, section), *said, chained]


def _chained(
    ctx: Context,
    chosen: list[Fact],
    others: list[Fact],
    prose: bool = False,
    labels: dict[str, Text] | None = None,
    spoken: bool = False,
) -> BulletList | Paragraph:
    """``chosen`` as points (a paragraph, when a brief has one), strongest first, each
    carrying the one fact among ``others`` written to run on from it if both are still said
    in one breath: 41支子基金，这些子基金总规模约为120亿元. Each point says its own date
    (heard on its own, an undated figure is taken for today's). A point on a theme ``labels``
    names opens with that label, what it offers (资本对接：/ Capital:); the points after it
    that offer the same thing follow it, each said on its own breath, under the same label.
    Points ``spoken`` aloud say their date at their end (…超过1万亿元（截至2025年）)."""
    items: list[tuple[Inline, ...]] = []
    ctx.dates_said = None
    carried: set[str] = set()  # chosen facts said already, run on from another point
    # Heard one by one, a point on two places says a place by its short name only if the
    # point before spoke of it: 园区 after a point on 高新区 is not heard as SIP.
    heard = len(ctx.selection.regions) > 1 and not prose
    named, before, last = set(ctx.mentioned), set[str](), set[str]()
    # the names an English point said in the present may open with (see date_said_last)
    places = _places_named(ctx) if spoken and ctx.lang == "en" else ()
    for fact in chosen:
        if fact.id in carried:
            continue
        pool = [f for f in (*chosen, *others) if f is not fact and f.id not in carried]
        if spoken:  # a point and what runs on from it, if still said in one breath
            chain = run_ons(fact, [fact, *pool], 1)
            chain = chain if _one_breath(ctx, chain) else [fact]
        else:  # read, a measure is told whole (10家…，90家…，141家…，三项均居全省第一),
            # but a page on two regions has room for one run-on a point
            room = READ_RUN_ONS if len(ctx.selection.regions) == 1 else 1
            chain = _read_whole(run_ons(fact, [fact, *pool], room))
        carried |= {f.id for f in chain}
        label = (labels or {}).get(fact.themes[0])
        places = {p for f in chain for p in (f.region, home_region(ctx.selection, f))}
        if heard:
            before, last = last, places
            named |= ctx.mentioned
            ctx.mentioned = named & before
        # a second point that offers the same thing follows the first (grouped by the
        # caller), said on its own breath and, like every offer, opening with what it offers
        said = w("point_label", ctx.lang, label=ctx.text(label)) if label else ""
        lead = [Run(said, not ctx.brief)] if said else []  # a brief is red on its masthead only
        told = joined(ctx, chain, prose=prose)
        if spoken:
            ctx.points_said += 1
            # a place's position said in the present only while it is news: a figure of 2023,
            # heard in 2026 as "has", is heard as today's (a reader of round 16)
            fresh = not older_than(chain[0], NEWS_YEARS, ctx.date)
            told = date_said_last(
                ctx.lang, told, ctx.said_once, ctx.heard_dates, places if fresh else ()
            )
        items.append((*lead, *told))
    if heard:
        ctx.mentioned |= named
    ctx.dates_said = None
    if ctx.brief and len(items) == 1:  # a brief numbers points; one point is a paragraph
        return Paragraph(items[0])
    return BulletList(tuple(items), numbered=ctx.brief)


def _places_named(ctx: Context) -> tuple[str, ...]:
    """The regions' names as a point may open with them: in full, without the bracketed other
    name (Suzhou New District), and short (SIP, The Pioneer Park)."""
    names: set[str] = set()
    for region in ctx.base.regions.values():
        full, short = region.name.get(ctx.lang), region.short_name(ctx.lang)
        names |= {full, plain_name(full), short}
    return tuple(sorted(names | {"The " + n.removeprefix("the ") for n in names}))


def _chain_text(chain: list[Fact], lang: Lang) -> str:
    """A point's words: its statement, then each run-on's wording."""
    runs_on = "".join(f.run_on.text.get(lang) for f in chain[1:])  # type: ignore[union-attr]
    return chain[0].statement.get(lang) + runs_on


def _read_whole(chain: list[Fact]) -> list[Fact]:
    """As much of a run-on chain as a point read at a glance holds: about two lines."""
    while len(chain) > 1:
        if all(len(_chain_text(chain, lang)) <= READ_CHARS[lang] for lang in ("zh", "en")):
            break
        chain = chain[:-1]
    return chain


def _one_breath(ctx: Context, chain: list[Fact]) -> bool:
    """Whether a point and the fact run on from it are still said in one breath, as said: the
    region by its short name after the first point (园区, SIP)."""
    if len(chain) < 2 or chain[1].run_on is None:
        return len(chain) == 1
    region = ctx.base.regions[home_region(ctx.selection, chain[0])]
    said = {}
    for lang in ("zh", "en"):
        text = _chain_text(chain, lang)
        if len(ctx.selection.regions) == 1:  # of two, a point may need the full name
            text = text.replace(region.name.get(lang), region.short_name(lang))  # type: ignore[arg-type]
        said[lang] = text
    return len(said["zh"]) <= POINT_CHARS + 2 and len(said["en"].split()) <= POINT_WORDS + 2


def background(ctx: Context, section: SectionDef) -> list[Block]:
    """For our own side only, in internal editions: what the facts marked internal say
    (self-assessments, targets, work plans), which the delegation should know but not say.
    What the district says of itself comes first (its weaknesses and plans, in words), then
    its own counts; each short enough to take in before a meeting."""
    if not ctx.internal:
        return []
    wanted = _themes(ctx, section)
    if keeps_apart(ctx):  # a briefing's: every such fact, grouped, told as its sections tell
        return reference(ctx, wanted, lambda: _heading(ctx, section))
    breaths = 2 if ctx.brief else 3  # a brief's are taken in before a meeting; a briefing's read
    candidates = [
        f
        for f in ctx.selection.facts
        if f.audience == "internal"
        and f.id not in ctx.stated
        and len(f.statement.zh) <= breaths * POINT_CHARS
        and len(f.statement.en.split()) <= breaths * POINT_WORDS
        and (wanted is None or f.themes[0] in wanted)
    ]

    # what the district says of itself (a challenge, a weakness), then what it plans, then
    # what its agencies did; figures last. Of its plans, those that say what will be done (a
    # list to target, a rule to follow) before those that only name an aim (更有力的支撑): the
    # more a plan's statement says, the more a delegation can use it.
    def voice(f: Fact) -> int:
        return 0 if not (f.plan or f.subject) else 1 if f.plan else 2

    def specific(f: Fact) -> int:
        return -len(f.statement.zh) if f.plan else 0

    chosen = sorted(
        candidates,
        key=lambda f: (f.value is not None, voice(f), specific(f), _strength(ctx, f, short=False)),
    )
    chosen = one_per_passage(chosen)[: section.max_items or 4]
    # what one meeting decided, read as one account: its date said once
    chosen.sort(key=lambda f: date_key(f), reverse=True)
    # on two districts, 园区 alone could be either's park: each point names its place
    in_full = len(ctx.selection.regions) > 1
    if not chosen:
        return []
    return [*_heading(ctx, section), bullets(ctx, chosen, date_once=True, in_full=in_full)]


def _listed(
    ctx: Context, section: SectionDef, chosen: list[Fact], date_once: bool = False
) -> list[Block]:
    """A section of points: its heading, then ``chosen`` as a list, strongest first as they
    were chosen; nothing when nothing was chosen."""
    return [*_heading(ctx, section), bullets(ctx, chosen, date_once)] if chosen else []


def _heading(ctx: Context, section: SectionDef) -> list[Block]:
    """The section's heading, if it has one: made before what stands under it, since a heading
    starts a section (its regions are named in full again)."""
    return [ctx.heading(1, ctx.text(section.title))] if section.title else []


def _themes(ctx: Context, section: SectionDef) -> set[str] | None:
    """The themes (with their sub-themes) a section draws on; None: any."""
    if not section.themes:
        return None
    return set().union(*(ctx.base.theme_subtree(t) for t in section.themes))


def own_words(ctx: Context, section: SectionDef) -> list[Block]:
    """A paragraph of the template's own words (a closing, say), placeholders filled."""
    return [*_heading(ctx, section), Paragraph((Run(ctx.text(section.text)),))]


def charts(
    ctx: Context, section: SectionDef, height_mm: float, shown: set[str] | None = None
) -> list[Block]:
    """The first charts (of the section's list) that have data, up to ``section.max_items``:
    the chosen regions' own first; parks and platforms inside them (named in the caption)
    only when the regions themselves have none. A district is a place of its own, and so are
    the parks inside it: a sheet on the city does not chart SIP's figures, or an SND maker
    cluster's, as though they were the city's. Figures ``shown`` already (in the tiles) are
    not drawn again."""
    facts = [f for f in ctx.selection.facts if f.id not in (shown or set())]
    limit = section.max_items or 2
    own = list(ctx.selection.regions)
    inside = [r for r in dict.fromkeys(f.region for f in facts)
              if ctx.base.regions[r].parent in own
              and ctx.base.regions[r].kind != "district"]  # fmt: skip
    for regions in (own, inside):
        blocks: list[Block] = []
        drawn: set[str] = set()
        for region in regions:
            for chart in (c for c in ctx.template.charts if c.id in section.charts):
                if len(blocks) < limit and chart.id not in drawn:
                    figure = template_chart(ctx, chart, region, facts, height_mm)
                    if figure is not None:
                        blocks.append(figure)
                        drawn.add(chart.id)
        if blocks:
            return blocks
    return []


def sources(ctx: Context, section: SectionDef) -> list[Block]:
    """The numbered sources list. Its heading is numbered like the theme sections when the
    template has a contents page; on a one-page sheet it is a plain label."""
    entries = ctx.citations.entries()
    if not entries:
        return []
    numbered = any(s.kind == "contents" for s in ctx.template.sections)
    return [ctx.heading(1, ctx.text(section.title), numbered=numbered), SourceList(entries)]
