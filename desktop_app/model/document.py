"""The format-neutral document model: the centre of the project.

The assembler decides everything a briefing says and builds one ``Document``; each renderer
(PDF, Word) walks it and draws it, deciding nothing about content. All text in the model is
final, in the document's language: numbers are formatted, footnotes numbered, charts drawn.

    Document
    ├── metadata: Metadata          title, subject, author, language, date
    ├── page: PageSetup             A4, margins, header text, footer style, accent colour, form
    ├── labels: Labels              the few words renderers print themselves ("Page 1 of 9")
    ├── blocks: (Block, ...)        in reading order
    │     Cover | Masthead | Contents | Heading | Paragraph | BulletList | KeyFigures
    │     | Table | Figure | SourceList | Imprint | PageBreak
    └── footnotes: (Footnote, ...)  numbered 1..n in order of first reference

Inline content (in paragraphs, list items, table cells) is a tuple of ``Run``s and
``NoteRef`` markers. A ``NoteRef(n)`` refers to ``footnotes[n - 1]``; each footnote is
referenced exactly once, so it can sit at the foot of the page where it is cited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_app.language import Lang


@dataclass(frozen=True)
class Run:
    """A run of text. ``strong`` sets it apart, in the accent colour (the theme that leads a
    message in an overview, say)."""

    text: str
    strong: bool = False


@dataclass(frozen=True)
class NoteRef:
    """A footnote marker: a superscript number linked to ``Document.footnotes[number - 1]``."""

    number: int


@dataclass(frozen=True)
class SourceRef:
    """A source's number in the sources list, where a document cites by source rather than
    by footnote: a small superscript [1], which a point read aloud is read without."""

    number: int


Inline = Run | NoteRef | SourceRef
Inlines = tuple[Inline, ...]


@dataclass(frozen=True)
class Cover:
    """The cover page of a full briefing. Renderers put a page break after it."""

    classification: str  # 内部资料 注意保存
    title: str
    subtitle: str
    region_line: str  # the regions the briefing covers
    date_line: str  # 2025年7月
    data_as_of: str  # 数据截至2025年7月
    issuer: str  # who prepared it


@dataclass(frozen=True)
class Masthead:
    """The red masthead of a brief (简报), after GB/T 9704: marking, red title, the line under
    it (the issue number of an internal brief, 第3期; empty: no line), issuer | date, red rule."""

    classification: str
    title: str  # 招商工作简报
    issue_line: str  # 第3期
    issuer: str
    date_line: str


@dataclass(frozen=True)
class Imprint:
    """The imprint (版记) of an internal brief, after GB/T 9704, at the foot of its last page
    between a rule above and below: the distribution lines (报送：…。 抄送：…。), then who
    issued it on the left and the date of issue on the right (2026年12月1日印发)."""

    lines: tuple[str, ...]
    issuer: str
    date_line: str


@dataclass(frozen=True)
class Contents:
    """A table of contents, filled by the renderer from the headings with ``in_toc`` whose
    level is at most ``depth``."""

    title: str
    depth: int = 1


@dataclass(frozen=True)
class Heading:
    level: int  # 1 section, 2 subsection, 3 minor heading
    text: str
    number: str = ""  # 一、 / （一） / 1. ; printed before the text
    anchor: str = ""  # unique in the document; used for the outline and the contents
    in_toc: bool = True


ParagraphStyle = Literal["body", "lead", "small", "point", "title"]


@dataclass(frozen=True)
class Paragraph:
    """Running text: ``lead`` introduces, ``small`` is fine print, ``point`` a talking point,
    ``title`` a centred title line (under a masthead)."""

    inlines: Inlines
    style: ParagraphStyle = "body"


@dataclass(frozen=True)
class BulletList:
    items: tuple[Inlines, ...]
    numbered: bool = False


@dataclass(frozen=True)
class KeyFigure:
    """One key-figure tile: a large number, its unit, what it counts, and where and when."""

    value: str  # 超2400 / 2,400+
    unit: str  # 家 / enterprises
    label: str  # 国家高新技术企业
    detail: str  # 苏州工业园区 · 截至2023年 (· 较上年+10%)
    note: int | None = None  # footnote number
    detail_note: int | None = None  # the note citing the earlier figure a change is taken from
    # a document citing by source: the sources list's numbers, after the detail (or the
    # label, when there is no detail), small and raised as in the text: [1]
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class KeyFigures:
    tiles: tuple[KeyFigure, ...]
    columns: int = 3


@dataclass(frozen=True)
class Column:
    title: str
    align: Literal["left", "right", "center"] = "left"
    weight: float = 1.0  # relative width


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Inlines, ...], ...]
    caption: str  # 表1 苏州工业园区主要指标
    source_line: str  # 资料来源：...
    continued: str = ""  # what a page the table runs on to begins with: 续表1


@dataclass(frozen=True)
class Figure:
    """A chart, already drawn: PNG bytes of at least 200 dpi, and its printed size."""

    png: bytes
    width_mm: float
    height_mm: float
    caption: str  # 图1 ...
    source_line: str  # 资料来源：...
    alt: str  # a text description, for accessibility and for tests


@dataclass(frozen=True)
class SourceList:
    """The full list of sources at the end, one citation per entry, numbered by the assembler
    ([1] ...) so that tables and charts can refer to the same numbers."""

    entries: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = (
    Cover | Masthead | Contents | Heading | Paragraph | BulletList | KeyFigures | Table | Figure
    | SourceList | Imprint | PageBreak
)  # fmt: skip

# The look a document is set in: ``plain`` (the default) or ``brief``, an internal brief
# after GB/T 9704: headings in a 黑体 face and black, body text in a 仿宋 face, second-level
# headings in 楷体, numbered points; only the masthead is red.
Form = Literal["plain", "brief"]


@dataclass(frozen=True)
class Footnote:
    """A note at the foot of the page. Printed again on a later page (a page of its own for
    each page citing it), it takes its ``short`` form: publisher and date, no title."""

    number: int
    text: str
    short: str = ""


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    author: str
    keywords: tuple[str, ...]
    language: str  # BCP 47: zh-CN or en
    date: str  # ISO date the document is dated; fixed, so output is reproducible
    creator: str


@dataclass(frozen=True)
class PageSetup:
    size: Literal["A4"] = "A4"
    margins_mm: tuple[float, float, float, float] = (
        25.0,
        20.0,
        22.0,
        20.0,
    )  # top right bottom left
    header_text: str = ""  # printed at the top of every page but the first
    footer: Literal["page_of", "dash"] = "page_of"  # "Page 2 of 9" or "— 2 —"
    accent: str = "#9E1B1B"  # headings, rules and tiles
    base_size_pt: float = 10.5
    max_pages: int = 0  # a fact sheet is 1: the PDF is set a little smaller until it fits
    form: Form = "plain"


@dataclass(frozen=True)
class Labels:
    """Words the renderers print themselves, already in the document's language."""

    page_of: str  # "第 {page} 页 / 共 {pages} 页" or "Page {page} of {pages}"
    notes_rule: str = ""  # optional text beside the footnote rule


@dataclass(frozen=True)
class Document:
    metadata: Metadata
    page: PageSetup
    labels: Labels
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...]
    lang: Lang
    # the ids of the facts the document states, shows or cites, in the order it first uses them
    facts: tuple[str, ...] = ()
