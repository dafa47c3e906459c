"""The state one assembly shares: the request, the chosen facts, footnotes and counters."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from desktop_app.assemble.citations import Citations
from desktop_app.assemble.dates import date_key, older_than
from desktop_app.assemble.selection import Selection, home_region
from desktop_app.assemble.wording import heading_number, w
from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact, Lang, Text
from desktop_app.model import Heading, Inline
from desktop_app.templates import Template, fill


@dataclass
class Context:
    base: FactBase
    template: Template
    selection: Selection
    lang: Lang
    date: str  # ISO date of the briefing
    citations: Citations
    issue: int | None = None  # the issue number an internal brief prints (第3期), if given
    issuer: str | None = None  # who issues the briefing, if the user said; else the template's
    values: dict[str, str] = field(default_factory=dict)  # placeholder values
    used: dict[str, Fact] = field(default_factory=dict)  # every fact the document states
    stated: set[str] = field(default_factory=set)  # facts already said in running text
    shown: set[str] = field(default_factory=set)  # facts already shown in tiles or charts
    led: set[str] = field(default_factory=set)  # facts the overview's lead paragraphs stated
    mentioned: set[str] = field(default_factory=set)  # regions named in full in this section
    introduced: set[str] = field(default_factory=set)  # regions whose short name was introduced
    # the regions whose short name an earlier run of the assembly used after introducing it
    # (only those are introduced); None in the first run
    shorts_used: set[str] | None = None
    sections: int | None = None  # the main sections (level-1 headings) an earlier run made
    # points said aloud: the stock date (截至2025年) each states its position at, counted; and
    # the one most of an earlier run's points shared, which the opening says once for all
    heard_dates: Counter[str] = field(default_factory=Counter)
    points_said: int = 0  # points said aloud, dated or not
    said_once: str | None = None
    # the dates a subsection's sentences have opened with (截至2023年8月), said once there
    dates_said: set[str] | None = None
    h1_numbered: bool = True  # whether the last section heading was numbered (一、 / 2)
    glossed: set[str] = field(default_factory=set)  # official terms explained already (English)
    # a metric family's measures the text has given (独角兽企业数: the lists it counted by), and
    # the families whose measures it has said are not comparable
    families: dict[str, set[str]] = field(default_factory=dict)
    families_noted: set[str] = field(default_factory=set)
    # while a section's part on one region is told: its notes that figures are not comparable,
    # said after all of it (the words, charts and table), so that they cover every list it gives
    notes_held: list[Inline] | None = None
    # the regions' full names as one pattern, and the region each names (made once, on use)
    region_names: tuple[re.Pattern[str], dict[str, str]] | None = None
    depth: int = 0  # levels the sections' headings go down: 1 inside a region's part
    _counters: dict[str, int] = field(default_factory=dict)
    _old_events: tuple[Selection, frozenset[str]] | None = None  # see old_events

    def text(self, text: Text | None, fallback: str = "") -> str:
        """Template text in the document's language, with placeholders filled."""
        return fill(text.get(self.lang), self.values) if text else fallback

    def template_text(self, name: str) -> str:
        return self.text(self.template.texts.get(name))

    def issuer_name(self) -> str:
        """Who issues the briefing: the user's unit where given, else the template's words."""
        return self.issuer or self.template_text("issuer")

    def stale(self, fact: Fact) -> bool:
        """Whether a figure is older than the template's ``stale_years`` at the briefing's
        date: it ended (or stood) that many years or more before it. A lasting fact (a
        first-batch designation) does not age."""
        return not fact.lasting and older_than(fact, self.template.stale_years, self.date)

    def first_abroad(self, fact: Fact) -> bool:
        """Whether ``fact`` is told before others of its standing: in English, read or heard by
        someone from abroad, what they look for first (a global company's investment in the
        park, a foreign university, an international list) is marked ``abroad``."""
        return self.lang == "en" and fact.audience == "abroad"

    def old_events(self) -> frozenset[str]:
        """The events (by subject) older than ``stale_years``: what happened at them is history
        (SND's 2021 Shenzhen promotion event, read in 2026). Asked for each fact a section
        weighs, it is worked out once for each selection (a region's part, the sections'
        facts without the internal ones)."""
        if self._old_events is None or self._old_events[0] is not self.selection:
            events = frozenset(
                f.subject.zh
                for f in self.selection.facts
                if f.subject is not None and "events" in f.themes and self.stale(f)
            )
            self._old_events = (self.selection, events)
        return self._old_events[1]

    def age(self, fact: Fact) -> int:
        """About how many years ago a figure stood: from its year to the briefing's year (a
        2021 figure read in 2026 is about 5 years old, whatever the month)."""
        key = date_key(fact)
        if not key:
            return 0
        return int(self.date[:4]) - int(key[:4])

    def dated(self, fact: Fact) -> str:
        """A mark after a figure's date in an internal edition when the figure is stale: how
        many years old it is, about (距今约5年)."""
        if not (self.internal and self.stale(fact)):
            return ""
        return w("stale_mark", self.lang, years=self.age(fact))

    @property
    def internal(self) -> bool:
        """An internal edition (对内): classification, every fact, notes on the data."""
        return self.selection.edition == "internal"

    @property
    def brief(self) -> bool:
        """Set as a brief after GB/T 9704: the internal edition of a template in that form."""
        return self.internal and self.template.form == "brief"

    def count(self, name: str) -> int:
        self._counters[name] = self._counters.get(name, 0) + 1
        return self._counters[name]

    def heading(self, level: int, text: str, numbered: bool = True) -> Heading:
        """The next heading at ``level`` in the section's terms, set ``depth`` levels down
        inside a region's part (a section's title under 二、苏州工业园区 is （二）产业)."""
        level += self.depth
        if level == 1:
            self.mentioned = set()  # a new section names its regions in full again
            index = self.count("h1")
            self._counters["h2"] = 0
            number = heading_number(1, index, self.lang) if numbered else ""
            self.h1_numbered = numbered
            return Heading(1, text, number, f"sec-{index}")
        parent = self._counters.get("h1", 0)
        if level == 2:
            index = self.count("h2")
            self._counters["h3"] = 0
            number = heading_number(2, index, self.lang, parent) if numbered else ""
            return Heading(level, text, number, f"sec-{parent}-{index}")
        middle, index = self._counters.get("h2", 0), self.count("h3")
        number = heading_number(3, index, self.lang, parent, middle) if numbered else ""
        return Heading(level, text, number, f"sec-{parent}-{middle}-{index}")

    @property
    def in_part(self) -> bool:
        """Inside a region's part: the other regions' parts stand beside it."""
        return self.depth > 0

    @contextmanager
    def part(self, region: str) -> Iterator[None]:
        """Inside a region's part (二、苏州工业园区) of a briefing on several regions: the
        sections choose from that region's facts alone, as a briefing on it would, with their
        headings a level down."""
        whole = self.selection
        facts = tuple(f for f in whole.facts if home_region(whole, f) == region)
        self.selection, self.depth = replace(whole, regions=(region,), facts=facts), 1
        try:
            yield
        finally:
            self.selection, self.depth = whole, 0

    def table_captions(self, title: str) -> tuple[str, str]:
        """The next table's caption, and what a page it runs on to begins with (续表1)."""
        n = self.count("table")
        return (
            w("table_caption", self.lang, n=n, title=title),
            w("table_continued", self.lang, n=n),
        )

    def figure_caption(self, title: str) -> str:
        return w("figure_caption", self.lang, n=self.count("figure"), title=title)

    def use(self, facts: list[Fact]) -> None:
        for fact in facts:
            self.used[fact.id] = fact
