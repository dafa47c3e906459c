"""Counts of years since a start, restated at the briefing's date.

"已开发建设29年" printed in 2023 is wrong in 2026. A metric with an ``elapsed`` statement says
how to restate it: the start year is the fact's year minus its value (2023 − 29 = 1994), the
count is the briefing's year minus the start. The restated fact keeps its id, source and
footnote; its note says what was printed and that the count was carried forward.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.assemble.dates import stamp
from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact, Text
from desktop_app.templates import fill

NOTE = "elapsed"  # the key of the note that says the count was carried forward


def is_elapsed(fact: Fact, base: FactBase) -> bool:
    """Whether ``fact`` is a count of years its metric restates at the briefing's date."""
    metric = base.metrics.get(fact.metric) if fact.metric else None
    return bool(metric and metric.elapsed and isinstance(fact.value, int) and stamp(fact))


def restate(fact: Fact, base: FactBase, date: str) -> Fact:
    """``fact`` counted forward to the year of ``date`` (ISO), or unchanged when it is not a
    count of years since a start, or when the briefing is not later than the printed figure."""
    if not is_elapsed(fact, base):
        return fact
    metric = base.metrics[fact.metric]  # type: ignore[index]
    assert metric.elapsed is not None and isinstance(fact.value, int)
    printed_year = int(stamp(fact)[:4])
    start = printed_year - fact.value
    year = int(date[:4])
    years = year - start
    if year <= printed_year:
        return fact
    region = base.regions[fact.region].name
    statement = Text(
        *(
            fill(metric.elapsed.get(lang), {
                "region": region.get(lang), "start": str(start), "n": str(years),
                "year": str(year),
            })
            for lang in ("zh", "en")
        )
    )  # fmt: skip
    note = Text(
        f"原文为“{fact.figure}”（{printed_year}年）；此处由此推算开始年份（{start}年），"
        f"并按简报日期计为{years}年。",
        f"The article gives {fact.value} years ({printed_year}); this briefing takes {start} "
        f"as the start and counts {years} years at its own date.",
    )
    return replace(
        fact,
        value=years,
        as_of=str(year),
        statement=statement,
        uncertain={**fact.uncertain, NOTE: note},
    )
