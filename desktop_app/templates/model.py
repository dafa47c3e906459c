"""A report template: what a briefing contains and how it is laid out. Plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from desktop_app.language import Text

FootnoteStyle = Literal["full", "short", "sources"]
Edition = Literal["external", "internal"]  # who reads it: 对外 or 对内
EDITIONS: tuple[Edition, ...] = ("external", "internal")
Form = Literal["plain", "brief"]  # how the internal edition is set (the model's PageSetup.form)
FORMS: tuple[Form, ...] = ("plain", "brief")
SectionKind = Literal[
    "cover",
    "contents",
    "masthead",
    "key_figures",
    "overview",
    "comparison",
    "themes",
    "highlights",
    "points",
    "background",
    "text",
    "charts",
    "notes",
    "caveats",
    "sources",
]
ChartType = Literal["bar", "share"]


@dataclass(frozen=True)
class ChartDef:
    """A chart the template offers: drawn for each region that has at least two of its metrics."""

    id: str
    type: ChartType
    title: Text
    theme: str
    metrics: tuple[str, ...]
    line: int = 0
    note: Text | None = None  # said under the chart: how its bars relate (overlaps, subsets)


@dataclass(frozen=True)
class SectionDef:
    kind: SectionKind
    title: Text | None = None
    text: Text | None = None  # overview: text with {placeholders}
    max_items: int = 0  # key_figures: tiles; themes: statements per region; highlights: bullets
    metrics: tuple[str, ...] = ()  # key_figures: preferred metrics, in order
    charts: tuple[str, ...] = ()  # themes / charts: chart ids to draw
    style: Literal["paragraphs", "bullets"] = "paragraphs"
    table: bool = False  # themes: add a table of the theme's figures
    by_region: bool = True  # themes: one subsection per region (else max applies per theme)
    chart_height_mm: float = 0.0  # themes / charts: each chart's height; 0: the kind's default
    themes: tuple[str, ...] = ()  # points: draw on these themes (and their sub-themes) only
    line: int = 0
    # themes: where the parks and platforms inside a region are told: under each theme
    # ("themes"), or each in one profile of its own after the themes ("profiles")
    places: Literal["themes", "profiles"] = "themes"
    # contents: left out of a document with fewer main sections than this (0: always given)
    min_sections: int = 0
    # points: what each point offers, by the theme it is mainly about (资本对接 / Capital),
    # said before it
    labels: tuple[tuple[str, Text], ...] = ()
    # key_figures / themes: in a briefing on several regions, each region has a part of its
    # own (二、苏州工业园区) holding these sections, one after the other, rather than each
    # section setting the regions side by side
    per_region: bool = False


@dataclass(frozen=True)
class PageDef:
    margins_mm: tuple[float, float, float, float] = (25.0, 20.0, 22.0, 20.0)
    accent: str = "#9E1B1B"
    base_size_pt: float = 10.5
    footer: Literal["page_of", "dash"] = "page_of"
    max_pages: int = 0  # a page budget: the PDF is set a little smaller until it fits; 0: none


@dataclass(frozen=True)
class Template:
    id: str
    name: Text
    description: Text
    page: PageDef
    texts: dict[str, Text]  # title, subtitle, classification, issuer, header, masthead...
    sections: tuple[SectionDef, ...]
    charts: tuple[ChartDef, ...]
    file: str
    origin: Literal["bundled", "user"] = "bundled"
    # full: a source's first footnote gives its title; short: every footnote is short;
    # sources: no footnotes, statements cite the numbered sources list: [1]
    footnotes: FootnoteStyle = "full"
    audience: Edition = "external"  # the edition made unless the user asks for the other
    stale_years: int = 3  # a figure older than this is dated: tiles prefer newer, internal marks
    # brief: the internal edition is set as a brief after GB/T 9704 (issue number, 黑体
    # headings, numbered points, an imprint); the external edition stays plain
    form: Form = "plain"
    key_lines: dict[str, int] = field(default_factory=dict, compare=False)
