"""How a candidate stands against the fact base: new, duplicate, update or conflict.

- **duplicate**: the base already says it: same metric, region, date and value (the same
  story reposted by a second site), or, without a metric, the same region, date and printed
  figure.
- **conflict**: same metric, region and date, a different value.
- **update**: same metric and region, and every fact there is of an earlier date (the 2025
  figure of a measure the base holds for 2024).
- **new**: anything else, including an earlier date than the base holds (it fills a series).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact


@dataclass(frozen=True)
class Standing:
    status: str  # "new", "duplicate", "update" or "conflict"
    matches: tuple[str, ...]  # the fact ids it was judged against


def _same(a: float | int | Decimal, b: float | int | Decimal) -> bool:
    return abs(Decimal(str(a)) - Decimal(str(b))) <= Decimal("0.001")


def _date(fact: Fact) -> str:
    return fact.period or fact.as_of or ""


def _start(date: str) -> str:
    return date.split("/")[0]


def standing(
    base: FactBase,
    *,
    metric: str | None,
    region: str | None,
    value: Decimal,
    figure: str,
    date: str | None,
) -> Standing:
    if region is None:
        return Standing("new", ())
    if metric is None:
        same = [
            f.id
            for f in base.facts
            if f.region == region and f.figure == figure and _date(f) == (date or "")
        ]
        return Standing("duplicate", tuple(same)) if same else Standing("new", ())
    series = [f for f in base.facts if f.metric == metric and f.region == region]
    if not series:
        return Standing("new", ())
    at_date = [f for f in series if _date(f) == (date or "")]
    if at_date:
        equal = tuple(f.id for f in at_date if f.value is not None and _same(f.value, value))
        if equal:
            return Standing("duplicate", equal)
        return Standing("conflict", tuple(f.id for f in at_date))
    if date and all(_start(_date(f)) < _start(date) for f in series):
        return Standing("update", tuple(f.id for f in series))
    return Standing("new", tuple(f.id for f in series))
