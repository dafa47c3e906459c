"""Choosing the key-figure tiles: the template's preferred metrics first, then other counts."""

from __future__ import annotations

from collections import Counter

from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key, when
from desktop_app.assemble.numbers import COUNT_SCALES, COUNT_UNITS, format_fact
from desktop_app.assemble.selection import by_region, home_region, interleave
from desktop_app.assemble.series import change, earlier_text, years_apart
from desktop_app.assemble.wording import w
from desktop_app.facts.model import Fact
from desktop_app.model import KeyFigure

# What a source may leave unclear that puts a figure in doubt (its value, its region); a note
# on how it is dated (an assessment's year) does not.
DOUBTS = frozenset({"value", "region"})
MIN_OWN = 3  # below this many own tiles, figures of places inside the regions fill up
# an English count tile keeps its scale word: 4.07 million over "Talent pool"
_COUNT_SCALE_WORDS = {word for _, word in COUNT_SCALES}


def choose_tiles(ctx: Context, metrics: tuple[str, ...], limit: int) -> list[Fact]:
    """Tiles show each chosen region's own figures: the template's metrics in order, then
    other telling counts and amounts. In a briefing on one region, figures of places inside
    it (named on the tile, or in the heading of the tiles) fill in when it has fewer than
    ``MIN_OWN`` of its own; in a briefing on several regions each region's tiles are its own
    and stand under its own heading, so that no figure is read as another district's. The
    chosen regions take turns. A figure its source leaves unclear comes last: it is a
    headline only when nothing clearer is there."""
    # A region's tiles show its own figures: never a company's, a fund's or one event's, nor
    # its standing on a list, which the overview tells whole (10家…数量居全省第一), nor a
    # target, which a headline figure would pass off as achieved.
    numeric = [f for f in ctx.selection.facts if f.value is not None and f.metric
               and f.unit in COUNT_UNITS and f.subject is None and not f.plan]  # fmt: skip
    position = {f.id: i for i, f in enumerate(ctx.selection.facts)}
    priority = {m: i for i, m in enumerate(metrics)}

    def rank(facts: list[Fact]) -> list[Fact]:
        # Current figures before dated ones; the template's order; within a metric the
        # newest; then fact-base order.
        return sorted(facts, key=lambda f: (ctx.stale(f), bool(DOUBTS.intersection(f.uncertain)),
                                            priority.get(f.metric or "", len(priority)),
                                            tuple(-ord(c) for c in date_key(f)),
                                            position[f.id]))  # fmt: skip

    queues: list[list[Fact]] = []
    for region in ctx.selection.regions:
        mine = [f for f in numeric if home_region(ctx.selection, f) == region]
        own = rank([f for f in mine if f.region == region])
        if ctx.in_part and not own:
            # Beside another district's part, a district with no figures of its own heads
            # with none: one park's, in tiles like the other's, would be read as the
            # district's (SND's 7 listed companies against SIP's 61); its park's profile
            # gives them.
            continue
        # a park's figures fill a district's tiles in a briefing on that district only: set
        # beside another district's own, they would be read as the district's. Beside
        # another district, a district with no figures of its own shows one park's, under a
        # heading that names the park (SND's returnee park beside SIP), not none.
        fill = len(own) < MIN_OWN and len(ctx.selection.regions) == 1
        inside = rank([f for f in mine if f not in own])
        if not own and not fill and inside:
            counts = Counter(f.region for f in inside)
            park = max(counts, key=counts.__getitem__)  # the first of the most, in rank order
            pool = [f for f in inside if f.region == park]
        else:
            pool = own + inside if fill else own
        # A visitor's headline figures are current ones: a figure older than stale_years
        # (2020's biomedicine output, read in 2026) is left to the text where the region has
        # enough current ones to head with.
        if not ctx.internal and sum(not ctx.stale(f) for f in pool) >= MIN_OWN:
            pool = [f for f in pool if not ctx.stale(f)]
        measures: set[str] = set()
        queue = []
        for fact in pool:  # one tile a measure per region
            if fact.metric not in measures:
                queue.append(fact)
                measures.add(fact.metric or "")
        queues.append(queue)
    # The regions take turns; each region's tiles then stand together (a row each for two).
    chosen = interleave(ctx.selection, [fact for queue in queues for fact in queue])[:limit]
    return by_region(ctx.selection, chosen)


def one_place(ctx: Context, tiles: list[Fact]) -> str | None:
    """The place inside the chosen region every tile is of, if they are all of one: the
    tiles' heading names it once rather than each tile."""
    places = {f.region for f in tiles}
    if len(places) != 1 or places & set(ctx.selection.regions):
        return None
    return places.pop()


def tile_date(ctx: Context, fact: Fact) -> str:
    """The date a tile gives its figure (截至2023年; internally with its age)."""
    return when(fact, ctx.lang) + ctx.dated(fact)


def heading_date(ctx: Context, fact: Fact) -> str:
    """The date of tiles all of one date, said once in their heading's brackets: 截至2023年.
    A heading stays short; how old that is, an internal edition's notes on the data say."""
    return when(fact, ctx.lang)


def tile(
    ctx: Context,
    fact: Fact,
    place_named: bool = False,
    region_named: bool = False,
    dated_above: bool = False,
) -> KeyFigure:
    """A figure's tile; ``place_named`` when the heading above names the place it is of,
    ``region_named`` when it names the chosen region the tile's place is in, ``dated_above``
    when it gives the date all the tiles share (截至2023年8月7日, once, not six times)."""
    shown = format_fact(fact, ctx.lang)
    assert fact.metric
    label = ctx.base.metrics[fact.metric].short_label(ctx.lang)
    stamp = "" if dated_above else tile_date(ctx, fact)
    if place_named:
        detail = stamp
    else:
        if fact.region not in ctx.selection.regions:  # a park's figure says so in its label
            place = ctx.base.regions[fact.region].short_name(ctx.lang).removeprefix("the ")
            label += w("tile_place", ctx.lang, place=place)
        if region_named or ctx.selection.regions == (fact.region,):  # the date alone
            detail = stamp
        else:
            region = ctx.selection.region_name(fact.region, ctx.lang)
            detail = w("tile_detail", ctx.lang, region=region, when=stamp).rstrip(" ·")
    ctx.use([fact])
    number = shown.number
    if ctx.lang == "zh":  # 超1万 over 家: the scale is part of the number, not of its unit
        scale = len(shown.unit) - len(shown.unit.lstrip("万亿"))
        number, unit = number + shown.unit[:scale], shown.unit[scale:]
    elif shown.unit == "%":
        unit = shown.unit
    elif fact.unit in ("yuan", "percentage_point"):  # an amount says what it counts in
        unit = f" {shown.unit}"
    else:  # "61" over "Listed companies": the label names what is counted, but not its scale
        scale = shown.unit.split(" ")[0]
        unit = f" {scale}" if scale in _COUNT_SCALE_WORDS else ""
    # A measure the base holds for an earlier date too: the tile gives that figure, and the
    # change when both figures are exact (超1100 against 超1000 gives no change one can cite).
    previous = ctx.selection.history.get(fact.id, ())[-1:]
    moved = bool(previous)
    if previous:
        ctx.use(list(previous))
        earlier = earlier_text(previous[0], ctx.lang)
        # over more than a year the change names its start (较2023年增长63%)
        delta = change(fact, previous[0], ctx.lang, since=years_apart(fact, previous[0]) != 1)
        key = "tile_change" if delta else "tile_earlier"
        detail += w(key, ctx.lang, earlier=earlier, change=delta)
    if ctx.citations.by_source:  # no footnotes: the tile cites the sources list, [1]
        cited = [fact, *previous] if moved else [fact]
        return KeyFigure(number, unit, label, detail, sources=ctx.citations.numbers(cited))
    # Six tiles from one article cite one note: a passage keeps its number.
    note = ctx.citations.note(fact).number
    later = ctx.citations.note(previous[0]).number if moved else None
    return KeyFigure(number, unit, label, detail, note, later if later != note else None)
