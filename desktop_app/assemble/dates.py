"""Dates and periods as readers write them: 2023年8月7日 / 7 August 2023, 2021年1—8月."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import replace

from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact, Lang

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(date: str, lang: Lang) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` in ``lang``."""
    parts = [int(p) for p in date.split("-")]
    if lang == "zh":
        units = ("年", "月", "日")
        return "".join(f"{value}{unit}" for value, unit in zip(parts, units, strict=False))
    if len(parts) == 1:
        return str(parts[0])
    month = _MONTHS[parts[1] - 1]
    return f"{parts[2]} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def format_period(period: str, lang: Lang) -> str:
    """A date, or a range ``START/END``."""
    if "/" not in period:
        return format_date(period, lang)
    start, end = period.split("/")
    if start[:4] == end[:4] and len(start) == len(end) == 7:
        first, last = int(start[5:]), int(end[5:])
        if lang == "zh":
            return f"{start[:4]}年{first}—{last}月"
        return f"{_MONTHS[first - 1]}–{_MONTHS[last - 1]} {start[:4]}"
    joiner = "—" if lang == "zh" else " – "
    return format_date(start, lang) + joiner + format_date(end, lang)


def as_of(date: str, lang: Lang) -> str:
    return f"截至{format_date(date, lang)}" if lang == "zh" else f"as of {format_date(date, lang)}"


def when(fact: Fact, lang: Lang) -> str:
    """The time a fact refers to: its period, or the date it stands at."""
    if fact.period:
        return format_period(fact.period, lang)
    if fact.as_of:
        return as_of(fact.as_of, lang)
    return ""


def to_the_month(fact: Fact, base: FactBase) -> Fact:
    """``fact`` dated to the month where its as-of date is its article's day of publication:
    that day is when the article appeared, not a day the data stood at, and the statement
    says 截至2023年8月 (a tile or table saying 截至2023年8月7日 would claim more)."""
    as_of = fact.as_of
    if as_of is None or len(as_of) != 10 or as_of != base.sources[fact.source.id].published:
        return fact
    return replace(fact, as_of=as_of[:7])


def reported(fact: Fact, base: FactBase) -> str:
    """The date a fact stands at, as far as its article could know it: a period that runs
    past the article's publication ("in 2025", printed in July 2025) stands at the month the
    article appeared (2025-07), not at the end of the year."""
    written = stamp(fact)
    published = base.sources[fact.source.id].published
    if written and end_of(written) > end_of(published):
        return published[:7]
    return written


def stamp(fact: Fact) -> str:
    """The date a fact stands at, as written: the end of its period, or its as-of date."""
    return fact.period.split("/")[-1] if fact.period else (fact.as_of or "")


def end_of(date: str) -> str:
    """The last day a date as written covers: 2025 -> 2025-12-31, 2025-02 -> 2025-02-28."""
    parts = date.split("-")
    if len(parts) == 1:
        return f"{date}-12-31"
    if len(parts) == 2:
        return f"{date}-{calendar.monthrange(int(parts[0]), int(parts[1]))[1]:02d}"
    return date


def date_key(fact: Fact) -> str:
    """A sortable key for how recent a fact is: the last day of its period or as-of date, so
    that a bare year (2025) counts as newer than a day within it (2025-02-14)."""
    written = stamp(fact)
    return end_of(written) if written else ""


def newest(facts: Iterable[Fact]) -> Fact | None:
    """The fact that stands at the latest date, if any is dated."""
    dated = [f for f in facts if stamp(f)]
    return max(dated, key=date_key) if dated else None


def older_than(fact: Fact, years: int, date: str) -> bool:
    """Whether ``fact`` ended (or stood) ``years`` years or more before ``date`` (YYYY-MM-DD)."""
    key = date_key(fact)
    return bool(key) and key < f"{int(date[:4]) - years}{date[4:]}"


_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# The date a sentence opens with, and its comma: 截至2023年8月，/ 2021年1—8月，/ 2022年底，/
# 截至2023年8月7日，; As of 2023, / By August 2023, / From January to August 2021, /
# By 18 October 2021,
DATE_OPENING = {
    "zh": re.compile(r"(?:截至)?\d{4}年(?:\d{1,2}(?:—\d{1,2})?月)?(?:\d{1,2}日)?(?:底|末)?，"),
    "en": re.compile(
        rf"(?:As of|By|In|From) (?:\d{{1,2}} )?(?:{_MONTH}(?: to {_MONTH})? )?\d{{4}},? "
    ),
}


# What a date opening says at the end of a sentence said aloud: As of 2025, → (as of 2025);
# In 2021, → (2021); From January to August 2021, → (January to August 2021)
_SPOKEN_EN = re.compile(r"^(?:(as of|by) |in |from )?(.*?),? $")


def opening_at_end(text: str, lang: str) -> tuple[str, str] | None:
    """``text`` without the date it opens with, and that date as said at a sentence's end:
    截至2025年，苏州… → (苏州…, （截至2025年）); As of 2025, Suzhou… → (Suzhou…, " (as of
    2025)"). None when ``text`` opens with no date."""
    match = DATE_OPENING[lang].match(text)
    if match is None or match.end() >= len(text) - 1:
        return None
    rest = text[match.end() :]
    if lang == "zh":
        return rest, f"（{match.group()[:-1]}）"
    opening = match.group()
    said = _SPOKEN_EN.match(opening[:1].lower() + opening[1:])
    assert said is not None  # the pattern matches any opening
    date = f"{said.group(1)} {said.group(2)}" if said.group(1) else said.group(2)
    return rest[:1].upper() + rest[1:], f" ({date})"
