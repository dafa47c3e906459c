"""Which facts a briefing uses, and how they are grouped by theme and by region."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop_app.assemble.dates import date_key
from desktop_app.assemble.series import split
from desktop_app.errors import SelectionError
from desktop_app.facts.base import FactBase
from desktop_app.facts.model import TIERS, Fact, Lang
from desktop_app.facts.names import resolve_region, resolve_theme
from desktop_app.templates import Edition


@dataclass(frozen=True)
class Selection:
    base: FactBase
    regions: tuple[str, ...]  # the chosen regions, as ids, in the user's order
    themes: tuple[str, ...]  # one section per theme, in taxonomy order
    facts: tuple[Fact, ...]  # every fact in scope, in fact-base order
    chosen_themes: bool  # whether the user chose themes (else: every theme with facts)
    edition: Edition = "internal"  # external: facts marked internal are left out
    # a measure's newest fact -> its earlier values (oldest first), told with it: see series
    history: Mapping[str, tuple[Fact, ...]] = field(default_factory=dict)
    # conflicts the rule settled: (the fact used, the one set aside, why); internal notes
    resolved: tuple[tuple[Fact, Fact, str], ...] = ()

    def region_name(self, region_id: str, lang: Lang) -> str:
        return self.base.regions[region_id].name.get(lang)


def plain_name(name: str) -> str:
    """A region's name without the other name it gives in brackets at its end: 苏州高新区
    （虎丘区） → 苏州高新区; Suzhou New District (Huqiu District) → Suzhou New District."""
    return re.sub(r"\s*[（(][^（）()]*[）)]$", "", name)


def _order(parents: dict[str, str | None]) -> dict[str, int]:
    """Depth-first order of a tree given as child -> parent (file order among siblings)."""
    children: dict[str | None, list[str]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    order: dict[str, int] = {}

    def visit(node: str) -> None:
        order[node] = len(order)
        for child in children.get(node, []):
            visit(child)

    for root in children.get(None, []):
        visit(root)
    return order


def region_order(base: FactBase) -> dict[str, int]:
    return _order({r.id: r.parent for r in base.regions.values()})


def theme_order(base: FactBase) -> dict[str, int]:
    return _order({t.id: t.parent for t in base.themes.values()})


def select(
    base: FactBase,
    regions: tuple[str, ...],
    themes: tuple[str, ...],
    exclude: frozenset[str],
    edition: Edition = "internal",
    lang: Lang | None = None,
) -> Selection:
    """Resolve names to ids and gather the facts; SelectionError when nothing is left. An
    external edition leaves out the facts marked internal, and in English (for readers from
    abroad) those marked domestic."""
    region_ids = []
    for name in regions:
        region = resolve_region(base, name)
        if region is None:
            raise SelectionError(
                f"unknown region '{name}'; known regions: {', '.join(base.regions)}"
            )
        region_ids.append(region)
    theme_ids = []
    for name in themes:
        theme = resolve_theme(base, name)
        if theme is None:
            raise SelectionError(f"unknown theme '{name}'; known themes: {', '.join(base.themes)}")
        theme_ids.append(theme)
    if not region_ids:
        raise SelectionError("no region chosen; choose at least one region")
    scope = set().union(*(base.region_subtree(r) for r in region_ids))
    hidden = {"internal", "domestic"} if lang == "en" else {"internal"}
    facts = [
        f
        for f in base.facts
        if f.region in scope
        and f.id not in exclude
        # an external edition has no notes on the data to say a figure's value is unclear, or
        # that its source does not say whose ranking it is
        and (
            edition == "internal"
            or (f.audience not in hidden and "value" not in f.uncertain and not unsourced_rank(f))
        )
    ]
    order = theme_order(base)
    if theme_ids:
        wanted = set().union(*(base.theme_subtree(t) for t in theme_ids))
        facts = [f for f in facts if wanted.intersection(f.themes)]
        sections = sorted(dict.fromkeys(theme_ids), key=order.__getitem__)
    else:
        tops = [t.id for t in base.themes.values() if t.parent is None]
        sections = [
            t
            for t in sorted(tops, key=order.__getitem__)
            if any(base.theme_subtree(t).intersection(f.themes) for f in facts)
        ]
    kept, settled = settle(facts, base)
    facts, history = split(kept)
    if not facts:
        names = ", ".join(dict.fromkeys(region_ids))
        topic = f" on {', '.join(theme_ids)}" if theme_ids else ""
        raise SelectionError(f"no facts for {names}{topic}; choose other regions or themes")
    return Selection(
        base,
        tuple(dict.fromkeys(region_ids)),
        tuple(sections),
        tuple(facts),
        bool(theme_ids),
        edition,
        history,
        tuple(settled),
    )


Resolved = tuple[Fact, Fact, str]  # the fact used, the one set aside, why (see REASONS)
REASONS = ("clearer", "tier", "newer", "order")  # the rule's steps, in order


def _rank(fact: Fact, base: FactBase | None) -> tuple[object, ...]:
    source = base.sources.get(fact.source.id) if base is not None else None
    tier = source.tier if source is not None else None
    trust = -(TIERS.index(tier) if tier in TIERS else len(TIERS))
    published = source.published if source is not None else ""
    return (date_key(fact), not fact.uncertain, trust, published,
            tuple(-ord(c) for c in fact.id))  # fmt: skip


def _contenders(facts: list[Fact], base: FactBase | None) -> list[list[Fact]]:
    """Facts giving one measure (metric) for one region, subject and date, best first."""
    groups: dict[tuple[str, str | None, str, str], list[Fact]] = {}
    for fact in facts:
        if fact.metric is None or fact.value is None:
            continue
        key = (fact.region, fact.subject.zh if fact.subject else None, fact.metric,
               fact.period or fact.as_of or "")  # fmt: skip
        groups.setdefault(key, []).append(fact)
    return [sorted(g, key=lambda f: _rank(f, base), reverse=True) for g in groups.values()]


def settle(facts: list[Fact], base: FactBase | None = None) -> tuple[list[Fact], list[Resolved]]:
    """Each measure once per date: of several facts giving one measure (metric) for one
    region, subject and date, the one its source states clearly. (The dates of a measure
    then make a series, told together: see :mod:`.series`.) Between two facts that still
    disagree (a conflict, which ``validate`` reports), the rule is the source's credibility
    tier, then the newer publication, then the fact id: never the order the files happen to
    be read in. Returns the facts kept, and each conflict settled: the fact used, a fact
    giving another value that was set aside, and the step of the rule that decided
    (REASONS)."""
    groups = _contenders(facts, base)
    kept = {group[0].id for group in groups}
    settled: list[Resolved] = []
    for best, *others in groups:
        for other in others:
            if other.value == best.value and other.qualifier == best.qualifier:
                continue  # the same figure twice (a repost): nothing to settle
            a, b = _rank(best, base), _rank(other, base)
            step = next(i for i in range(1, len(a)) if a[i] != b[i]) - 1
            settled.append((best, other, REASONS[min(step, len(REASONS) - 1)]))
    return [f for f in facts if f.metric is None or f.value is None or f.id in kept], settled


def current(facts: list[Fact], base: FactBase | None = None) -> list[Fact]:
    """The facts :func:`settle` keeps."""
    return settle(facts, base)[0]


def unsourced_rank(fact: Fact) -> bool:
    """A place's rank on a list its source does not name (排名全国第一, by whom?): an internal
    edition tells it in the body, where its notes say so, never as a headline; an external
    edition, which has no notes, leaves it out."""
    return fact.unit == "rank" and fact.subject is None


def home_region(selection: Selection, fact: Fact) -> str:
    """The chosen region a fact belongs to: its own region, or the chosen one it lies in."""
    return home_of(selection, fact.region)


def home_of(selection: Selection, region: str) -> str:
    """The chosen region ``region`` is, or lies in (itself when it lies in none)."""
    return next(
        (r for r in selection.regions if region in selection.base.region_subtree(r)), region
    )


def interleave(selection: Selection, facts: list[Fact]) -> list[Fact]:
    """``facts`` (ranked) taken in turn from each chosen region (with the places inside it),
    each keeping its own order, so that a briefing on two districts leads with both."""
    if len(selection.regions) < 2:
        return list(facts)
    queues: dict[str, list[Fact]] = {r: [] for r in selection.regions}
    for fact in facts:
        queues.get(home_region(selection, fact), queues[selection.regions[0]]).append(fact)
    result: list[Fact] = []
    while any(queues.values()):
        for queue in queues.values():
            if queue:
                result.append(queue.pop(0))
    return result


def by_region(selection: Selection, facts: list[Fact]) -> list[Fact]:
    """``facts`` with each chosen region's together, in the regions' order (stable)."""
    order = {r: i for i, r in enumerate(selection.regions)}
    return sorted(facts, key=lambda f: order.get(home_region(selection, f), 0))


def assign_to_themes(
    selection: Selection, events: frozenset[str] = frozenset()
) -> dict[str, list[Fact]]:
    """Each fact goes to one theme section, so nothing is said twice: the section of its own
    first theme (its main subject) when that section is in the briefing, else the first
    section it belongs to. What happened at one of ``events`` (subjects) goes with the event's
    own account (SND's 2021 Shenzhen promotion event: the signing, the bases it launched and
    the platforms it unveiled, told together once, not in three sections)."""
    base = selection.base
    subtrees = {t: base.theme_subtree(t) for t in selection.themes}
    sections: dict[str, list[Fact]] = {t: [] for t in selection.themes}

    def own(fact: Fact) -> str | None:
        return next(
            (s for theme in fact.themes for s in selection.themes if theme in subtrees[s]), None
        )

    told_at: dict[str, str | None] = {}
    for fact in selection.facts:
        if fact.subject is not None and fact.subject.zh in events and "events" in fact.themes:
            told_at.setdefault(fact.subject.zh, own(fact))
    for fact in selection.facts:
        home = told_at.get(fact.subject.zh) if fact.subject is not None else None
        home = home or own(fact)
        if home is not None:
            sections[home].append(fact)
    return sections


def group_by_region(facts: list[Fact], base: FactBase) -> list[tuple[str, list[Fact]]]:
    """Facts grouped by the exact region they are about, in gazetteer order."""
    order = region_order(base)
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(fact.region, []).append(fact)
    return sorted(groups.items(), key=lambda item: order.get(item[0], len(order)))
