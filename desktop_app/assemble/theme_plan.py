"""Which facts each theme section states: a section's facts by theme and region, after the
limits that keep a briefing to what a reader needs (a plan or two, old statements as a line of
background, a third list of the same measure only where there is room)."""

from __future__ import annotations

from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key
from desktop_app.assemble.narrative import pick, reading_order, threaded
from desktop_app.assemble.selection import assign_to_themes, group_by_region
from desktop_app.facts.model import Fact
from desktop_app.templates import SectionDef

PROFILE_THEMES = 3  # chosen themes below which places are told under the themes


OLD_STATEMENTS = 2  # dated statements without a figure, per group: background, not news


PLANS_FOR_VISITORS = 1  # plans per group in an edition for visitors


def _few_plans(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """``facts`` with at most ``PLANS_FOR_VISITORS`` plans, the newest, in an external
    edition: a visitor reads what a place has; what it set out to do is one line of
    context, and no context at all where nothing else is said (a section of aims and
    promises alone tells a visitor nothing). An internal edition keeps them all."""
    if ctx.internal:
        return facts
    if all(f.plan for f in facts):
        return []
    plans = sorted((f for f in facts if f.plan), key=lambda f: date_key(f), reverse=True)
    dropped = {f.id for f in plans[PLANS_FOR_VISITORS:]}
    return [f for f in facts if f.id not in dropped]


def few_old(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """``facts`` with at most ``OLD_STATEMENTS`` statements older than the template's
    ``stale_years`` that give no figure: what a place set out to do five years ago is
    background, and a briefing gives it a line or two, not a page."""
    kept, old = [], 0
    for fact in _few_plans(ctx, facts):
        if not ctx.internal and _run_its_course(ctx, fact):
            continue
        if fact.value is None and ctx.stale(fact):
            old += 1
            if old > OLD_STATEMENTS:
                continue
        kept.append(fact)
    return kept


def _run_its_course(ctx: Context, fact: Fact) -> bool:
    """A programme told without a figure whose period is over at the briefing's date (a
    three-year plan for 2021–2023, read in 2026): for a visitor it is history, not what the
    place offers; an internal edition still tells it, marked as old."""
    return (
        fact.value is None
        and fact.period is not None
        and "/" in fact.period
        and date_key(fact) < ctx.date
    )


def assigned_facts(ctx: Context) -> dict[str, list[Fact]]:
    """The facts of each theme's section (see :func:`assign_to_themes`), what happened at an
    event older than ``stale_years`` told with the event: history, told once."""
    return assign_to_themes(ctx.selection, ctx.old_events())


def context_only(ctx: Context, fact: Fact) -> bool:
    """A statement that sets the scene for the figure written to run on from it (the
    conference at which the list was announced), when that figure is told elsewhere: on its
    own it has nothing to say."""
    if fact.value is None and fact.subject is not None:
        followers = [f for f in ctx.selection.facts if f.run_on and f.run_on.after == fact.id]
        return bool(followers) and all(f.id in ctx.stated for f in followers)
    return False


def plan(ctx: Context, section: SectionDef) -> dict[str, list[tuple[str, list[Fact]]]]:
    """For each theme: the region groups and the facts each will state (after the limit)."""
    planned: dict[str, list[tuple[str, list[Fact]]]] = {}
    chosen_regions = set(ctx.selection.regions)
    for theme, assigned in assigned_facts(ctx).items():
        # Said once: not again what the text or the key-figure tiles have given earlier.
        facts = [f for f in assigned if f.id not in ctx.stated and f.id not in ctx.shown
                 and not context_only(ctx, f)]  # fmt: skip
        if section.table:
            # A measure over several dates reads best as a table row (both dates and the
            # change), so the section's table gives it rather than a sentence.
            facts = [f for f in facts if f.id not in ctx.selection.history]
        groups = []
        if not section.by_region and facts:
            # Facts on the chosen regions themselves come before those on places inside them.
            ranked = sorted(facts, key=lambda f: f.region not in chosen_regions)
            own = [f for f in ranked if f.region in chosen_regions]
            picked = pick(reading_order(own or ranked, ctx), section.max_items)
            if len(picked) < section.max_items:
                rest = [f for f in ranked if f not in picked]
                picked += pick(reading_order(rest, ctx), section.max_items - len(picked))
            told = few_old(ctx, reading_order(picked, ctx))
            if told:
                groups.append(("", told))
        else:
            for region, region_facts in group_by_region(facts, ctx.base):
                if profiled(ctx, section, region):
                    continue  # told in the place's own profile, after the themes
                pool = few_old(ctx, reading_order(region_facts, ctx))
                if _history_only(ctx, pool):
                    continue
                chosen = with_run_ons(_picked(ctx, pool, section.max_items), pool)
                if chosen:
                    groups.append((region, chosen))
        if groups:
            planned[theme] = groups
    return planned


FAMILY_MEASURES = 2  # measures of one family (unicorn counts by different lists) in a section


def _picked(ctx: Context, pool: list[Fact], limit: int) -> list[Fact]:
    """Up to ``limit`` of ``pool`` (see :func:`pick`), in its order; a family's measures beyond
    :data:`FAMILY_MEASURES`, with what runs on from them, only where the rest leave room: a
    section on enterprises tells SIP's 2025 listings before a third and fourth unicorn list
    (the section's table gives those)."""
    said: dict[str, set[str]] = {}
    deferred: set[str] = set()
    for fact in pool:
        metric = ctx.base.metrics.get(fact.metric) if fact.metric else None
        if metric is None or metric.family is None:
            continue
        measures = said.setdefault(metric.family.zh, set())
        if metric.id not in measures and len(measures) >= FAMILY_MEASURES:
            deferred.add(fact.id)
        else:
            measures.add(metric.id)
    for fact in pool:  # in reading order: what runs on from a deferred fact waits with it
        if fact.run_on and fact.run_on.after in deferred:
            deferred.add(fact.id)
    chosen = pick([f for f in pool if f.id not in deferred], limit)
    if len(chosen) < limit:
        chosen += pick([f for f in pool if f.id in deferred], limit - len(chosen))
    return [f for f in pool if f in chosen]


def _history_only(ctx: Context, pool: list[Fact]) -> bool:
    """Whether a region's part of a theme the user did not ask for is, for a visitor, old
    statements alone (SND's platforms: a sports laboratory set up in 2021): history, not what
    the place offers today, and left out of an external edition."""
    return (
        not ctx.internal
        and not ctx.selection.chosen_themes
        and all(f.value is None and ctx.stale(f) for f in pool)
    )


def with_run_ons(chosen: list[Fact], pool: list[Fact]) -> list[Fact]:
    """``chosen`` with every fact in ``pool`` written to run on from one of them, each after
    it: a limit on statements does not cut a sentence short (…带资落户项目占12%，其中获得
    千万元级融资的企业占66%)."""
    kept = {f.id for f in chosen}
    grown = True
    while grown:
        grown = False
        for fact in pool:
            if fact.id not in kept and fact.run_on is not None and fact.run_on.after in kept:
                kept.add(fact.id)
                grown = True
    return threaded([f for f in pool if f.id in kept])


def profiled(ctx: Context, section: SectionDef, region: str) -> bool:
    """Whether ``region`` is a place inside the chosen regions that has a profile of its own
    rather than a paragraph under each theme."""
    return (
        section.places == "profiles"
        and section.by_region
        and region not in ctx.selection.regions
        # a briefing on one or two themes tells them, places and all, under those themes
        and (not ctx.selection.chosen_themes or len(ctx.selection.themes) >= PROFILE_THEMES)
    )
