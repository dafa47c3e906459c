"""Figures over time: one measure of one place at several dates, told together.

When the fact base holds a measure of a place (one metric, region and subject) for two or
more dates, the briefing states the newest and gives the earlier ones beside it: in the
statement (2024年：超过1000个), on the key-figure tile (较上年+10%), in a table row (a change
column), and in a chart over time. An earlier value is never stated on its own and never
dropped. Only points of one shape make a series: years with years, a span of months with
the same span, dates with dates (a January-to-August total is not set beside a year's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from desktop_app.assemble.dates import date_key, stamp, when
from desktop_app.assemble.numbers import format_fact, plain
from desktop_app.facts.model import Fact, Lang
from desktop_app.facts.units import UNITS

History = dict[str, tuple[Fact, ...]]  # the newest point's id -> the earlier points, oldest first


def _shape(fact: Fact) -> str:
    """Points of one shape compare: a date or a single year, month or day with another; a
    span of months only with the same span in another year (01-08 with 01-08)."""
    period = fact.period or ""
    if "/" not in period:
        return "point"
    first, last = period.split("/")
    return f"span-{first[5:]}-{last[5:]}"


def _subject(fact: Fact) -> str:
    """A subject without the year it carries: the 2024 and 2025 editions of one list or
    assessment are one subject."""
    return re.sub(r"(19|20)\d\d年?(度)?", "", fact.subject.zh).strip() if fact.subject else ""


def _by_subject(group: list[Fact]) -> list[list[Fact]]:
    """One measure's facts as series: one series when at most one subject is named (a figure
    without a subject is then of that subject), else one per subject (two funds' sizes)."""
    named = {_subject(f) for f in group} - {""}
    if len(named) <= 1:
        return [group]
    series: dict[str, list[Fact]] = {}
    for fact in group:
        series.setdefault(_subject(fact), []).append(fact)
    return list(series.values())


def split(facts: Iterable[Fact]) -> tuple[list[Fact], History]:
    """The facts a briefing states (each series by its newest point) and each newest point's
    earlier ones."""
    facts = list(facts)
    measures: dict[tuple[str, ...], list[Fact]] = {}
    for fact in facts:
        if fact.metric and fact.value is not None and stamp(fact):
            key = (fact.region, fact.metric, _shape(fact))
            measures.setdefault(key, []).append(fact)
    history: History = {}
    earlier: set[str] = set()
    for group in (s for measure in measures.values() for s in _by_subject(measure)):
        dates = {date_key(f) for f in group}
        if len(dates) < 2 or len(dates) != len(group):  # one date twice: not a series
            continue
        group.sort(key=date_key)
        history[group[-1].id] = tuple(group[:-1])
        earlier |= {f.id for f in group[:-1]}
    return [f for f in facts if f.id not in earlier], history


def _year(fact: Fact) -> int:
    return int(stamp(fact)[:4])


def years_apart(new: Fact, old: Fact) -> int:
    return _year(new) - _year(old)


def change(new: Fact, old: Fact, lang: Lang, since: bool = True) -> str | None:
    """How ``new`` differs from ``old``, as a Chinese report says it (较上年增长20%,
    较上年提高2个百分点, 持平) or in English figures (+20% on 2024, +2 percentage points on
    2024); ``since=False`` leaves out the comparison date (增长20% / +20%), for a column that
    names it. None when they do not compare, or when either figure is a bound (超1000个): a
    change worked out from two bounds is no figure the sources give."""
    if new.value is None or old.value is None or new.unit != old.unit or not new.unit:
        return None
    if new.qualifier != "exact" or old.qualifier != "exact":
        return None
    kind = UNITS[new.unit].kind
    before = _before(new, old, lang) if since else ""
    on = f" on {_year(old)}" if since else ""
    if kind == "rank":
        if new.value != old.value:
            return None
        return f"{before}持平" if lang == "zh" else f"unchanged{on}"
    if kind in ("percent", "points"):
        diff = Decimal(str(new.value)) - Decimal(str(old.value))
        if lang == "zh":
            if not diff:
                return f"{before}持平"
            return f"{before}{'提高' if diff > 0 else '下降'}{plain(abs(diff))}个百分点"
        unit = "percentage point" if abs(diff) == 1 else "percentage points"
        return f"{_signed(diff)} {unit}{on}"
    if kind not in ("count", "money") or not old.value:
        return None
    ratio = (Decimal(str(new.value)) - Decimal(str(old.value))) / Decimal(str(old.value)) * 100
    ratio = ratio.quantize(Decimal(1) if abs(ratio) >= 10 else Decimal("0.1"))
    if lang == "zh":
        if not ratio:
            return f"{before}持平"
        return f"{before}{'增长' if ratio > 0 else '下降'}{plain(abs(ratio))}%"
    return f"{_signed(ratio)}%{on}"


def _before(new: Fact, old: Fact, lang: Lang) -> str:
    if lang != "zh":
        return ""
    return "较上年" if years_apart(new, old) == 1 else f"较{_year(old)}年"


def _signed(value: Decimal) -> str:
    """+10 or −1 (a true minus sign, as typeset figures have)."""
    return f"+{plain(value)}" if value >= 0 else f"\u2212{plain(abs(value))}"


def earlier_text(old: Fact, lang: Lang) -> str:
    """An earlier point as a statement gives it: 2024年：超过1000个 / 2024: more than 1,000."""
    separator = "：" if lang == "zh" else ": "
    return f"{when(old, lang)}{separator}{format_fact(old, lang).text}"
