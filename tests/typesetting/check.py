"""A typesetting check that reads every page of a PDF back and reports the breaks and page
makeup a careful typesetter would not let through (W3C clreq, GB/T 15834, book practice).

    findings = check_pdf(data, lang="zh", margins_mm=(25, 20, 24, 20), base_size=10.5)
    for finding in findings:
        print(finding)  # page 3, line 12: R3 number split from its unit: …超过15⏎亿元…

The rules are listed in README.md beside this file (and in :data:`RULES`). How the page is
read back:

* **Characters** come from pdfplumber's layout device (pdfminer's) as it draws the page, with
  whether each was drawn stroked (text render modes 1, 2, 5, 6: the renderer's "bold", as the
  bundled faces have no bold weight) and raised (text rise: a superscript footnote marker).
* **Lines**: characters on one baseline, split where a gap wider than 0.8 of the type size
  separates them (table columns, tiles, a contents entry and its page number). A short run of
  smaller type standing above a line's baseline, within or just after it, is that line's
  superscript (a footnote marker); a lone list marker (``1``, ``1.``, ``•``, ``[1]``) hanging
  left of a line's text belongs to that line.
* **Where the page's parts are**: the running header and footer lie outside the margins and are
  left out; footnotes lie below the footnote rule (a short rule at the left margin with only
  small print below it); a **heading** is a line at the body size or larger set in stroked or
  bold type, or wholly in a face other than the body face (a brief's 黑体 among 楷体), and not on
  a tile or table cell's background. The body size is the commonest size (of at least 3/4 of
  ``base_size`` when it is given).
* **Paragraphs**: a line continues the line above it when it overlaps it horizontally, has
  the same kind and size, lies one line space below (the smallest baseline distance seen at
  that size in the document, plus 12 %), starts no list item, and is not indented relative to
  it (a first-line indent starts a paragraph; a hanging indent under a numbered line does not).
  The last text line of a page continues on the next page's first text line when it reaches
  the right margin and that line is not indented.
* **Tables** start at a caption (表1 / Table 1.) and run over lines in a smaller type to the
  source line (资料来源： / Source:); rows lie further apart than 1.25 line spaces (at most
  1.75 times the type size).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

import pdfplumber
from pdfminer.layout import LTContainer, LTImage, LTLine, LTRect
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfplumber.page import PDFPageAggregatorWithMarkedContent

MM = 72 / 25.4

RULES = {
    "R1": "line starts with closing punctuation",
    "R2": "line ends with opening punctuation",
    "R3": "number split from its unit",
    "R4": "footnote marker starts a line",
    "R5": "paragraph ends on a single character",
    "R6": "word broken without a hyphen",
    "R7": "heading stranded at the foot of a page",
    "R8": "page less than half full",
    "R9": "footnote text printed twice on one page",
    "R10": "table split badly",
    "R11": "text past the margin",
}

CLOSING = set("，。、；：？！）》」』”’〕】〉…,.;:?!)]}")  # … : a split ellipsis, too
OPENING = set("（《「『“‘〔【〈([{")
CJK_UNITS = set("年月日时亿万千百个家人名项所件次倍元户座位届期台套批条种岁亩米%‰℃")
EN_UNITS = (
    r"(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|million|billion|trillion|thousand|per\s?cent|percent|%|km|yuan|mu\b|hectares?)"
)
CAPTION = re.compile(r"^(表\s*\d+|Table\s+\d+)")
CONTINUED = re.compile(r"^(续表\s*\d+|Table\s+\d+\s+\(continued\))$")  # a table going on
FIGURE_CAPTION = re.compile(r"^(图\s*\d+|Figure\s+\d+)")
SOURCE_LINE = re.compile(r"^(资料来源|来源|Sources?)\s*[:：]")
CONTENTS = {"目录", "目次", "Contents", "Table of contents"}
# A list marker hanging left of its line's text: 1  1.  •  [1]
HANGING_MARKER = re.compile(r"^(\d{1,3}\.?|[•·▪‣–-]|\[\d{1,3}\])$")
# A line that starts a list item by its text: "[1] 靖江…" (a sources entry), "• …"
ITEM_START = re.compile(r"^(\[\d{1,3}\]\s|[•·▪‣]\s?)")
CITATION = re.compile(r"\[\d{1,3}\]")
SUFFIX = re.compile(
    r"^(tion|sion|ment|ness|ing|ity|ance|ence|able|ible|ous|ive|ally|ical|ise|ize|ised|ized|"
    r"ology|ship|ful|less|ed|er|es|ly|al|ties|ies)s?$"
)
COMMON = {
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
    "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
    "those", "has", "have", "had", "not", "more", "than", "over", "into", "also", "which",
}  # fmt: skip
SUPERSCRIPT = str.maketrans("0123456789,", "⁰¹²³⁴⁵⁶⁷⁸⁹˒")


class Finding(NamedTuple):
    page: int  # 1-based
    line: int  # 1-based, top to bottom on the page, header and footer not counted
    rule: str  # R1 … R11, see RULES
    excerpt: str  # the text around the break; ⏎ marks the line end, ¹² a superscript

    def __str__(self) -> str:
        return f"page {self.page}, line {self.line}: {self.rule} {RULES[self.rule]}: {self.excerpt}"


@dataclass
class Char:
    text: str
    x0: float
    x1: float
    base: float  # the baseline, from the top of the page
    size: float
    font: str
    stroked: bool
    sup: bool = False  # a superscript (a footnote marker)


@dataclass(eq=False)
class Line:
    page: int  # 1-based
    chars: list[Char]
    hanging: bool = False  # begins with a list marker hanging left of its text
    number: int = 0  # 1-based on its page
    kind: str = "text"  # text | heading | note
    on_background: bool = False  # on a filled box: a tile, a table's header row
    next: Line | None = field(default=None, repr=False)  # the next line of its paragraph
    prev: Line | None = field(default=None, repr=False)

    @cached_property
    def main(self) -> list[Char]:
        return [c for c in self.chars if not c.sup] or self.chars

    @cached_property
    def only_superscript(self) -> bool:
        """A footnote marker wrapped onto a line of its own."""
        return all(c.sup for c in self.chars if c.text.strip())

    @cached_property
    def text(self) -> str:
        """The line's text, superscripts shown as ¹²."""
        return "".join(c.text.translate(SUPERSCRIPT) if c.sup else c.text for c in self.chars)

    @cached_property
    def plain(self) -> str:
        """The line's text without superscripts, trimmed."""
        return "".join(c.text for c in self.chars if not c.sup).strip()

    @cached_property
    def x0(self) -> float:
        return self.chars[0].x0

    @cached_property
    def x1(self) -> float:
        return max(c.x1 for c in self.chars if c.text.strip())

    @cached_property
    def base(self) -> float:
        return Counter(round(c.base, 1) for c in self.main).most_common(1)[0][0]

    @cached_property
    def size(self) -> float:
        return Counter(round(c.size, 2) for c in self.main).most_common(1)[0][0]

    @cached_property
    def top(self) -> float:
        return self.base - self.size

    @cached_property
    def bottom(self) -> float:
        return self.base + self.size * 0.25

    @cached_property
    def font(self) -> str:
        return Counter(c.font for c in self.main if c.text.strip()).most_common(1)[0][0]

    @cached_property
    def stroked(self) -> bool:
        ink = [c for c in self.main if c.text.strip()]
        return sum(c.stroked for c in ink) >= 0.6 * len(ink)


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    frame: tuple[float, float, float, float]  # the text area: left, top, right, bottom
    lines: list[Line]
    images: list[tuple[float, float]]  # top, bottom
    boxes: list[tuple[float, float, float, float]]  # filled boxes: x0, top, x1, bottom
    note_rule: float | None  # the top of the footnote rule

    def body(self) -> list[Line]:
        return [line for line in self.lines if line.kind != "note"]


@dataclass
class Layout:
    pages: list[Page]
    body_size: float
    body_font: str
    leading: dict[float, float]  # type size -> the line space seen at that size

    def lines(self) -> Iterable[Line]:
        for page in self.pages:
            yield from page.lines

    def line_space(self, size: float) -> float:
        return self.leading.get(round(size, 1), size * 1.25)


# -- reading the page back -----------------------------------------------------------------
class _Device(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's layout device (pdfminer's), keeping each character as it is drawn with
    what pdfplumber does not report: whether it is stroked (text render modes 1, 2, 5, 6, the
    renderer's bold) and raised (text rise: a superscript). Reading the characters here rather
    than through pdfplumber's object dictionaries halves the time a page takes."""

    def __init__(self, height: float, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.height = height
        self.chars: list[Char] = []
        self._mode = 0

    def render_string(self, textstate: Any, *args: Any, **kwargs: Any) -> None:
        self._mode = textstate.render
        super().render_string(textstate, *args, **kwargs)

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        advance = super().render_char(*args, **kwargs)
        item = self.cur_item._objs[-1]
        text = item.get_text()
        if item.upright and text:
            rise = args[4] if len(args) > 4 else kwargs.get("rise", 0)
            char = Char(
                text=text,
                x0=item.x0,
                x1=item.x1,
                base=self.height - item.matrix[5],
                size=item.size,
                font=item.fontname.split("+")[-1],
                stroked=self._mode in (1, 2, 5, 6),
                sup=rise > 0.1 * item.size,
            )
            self.chars.append(char)
        return advance


@dataclass
class _Drawn:
    chars: list[Char]
    images: list[tuple[float, float]]  # top, bottom
    boxes: list[tuple[float, float, float, float]]  # filled boxes: x0, top, x1, bottom
    rules: list[tuple[float, float, float]]  # horizontal rules: top, x0, x1


def _drawn(pdf: pdfplumber.PDF, page: pdfplumber.page.Page) -> _Drawn:
    height = float(page.height)
    device = _Device(height, pdf.rsrcmgr, pageno=page.page_number, laparams=None)
    PDFPageInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
    drawn = _Drawn(device.chars, [], [], [])
    stack: list[Any] = list(device.get_result())
    while stack:
        item = stack.pop()
        top, bottom = height - item.y1, height - item.y0
        if isinstance(item, LTContainer):
            stack.extend(item)
        if isinstance(item, LTImage):
            drawn.images.append((top, bottom))
        elif isinstance(item, LTLine | LTRect) and bottom - top < 1.5:
            drawn.rules.append((top, item.x0, item.x1))
        elif isinstance(item, LTRect) and item.fill and _is_colour(item.non_stroking_color):
            drawn.boxes.append((item.x0, top, item.x1, bottom))
    return drawn


def _segments(chars: list[Char]) -> list[list[Char]]:
    """Characters on one baseline, split where a wide gap separates them."""
    rows: list[list[Char]] = []
    for char in sorted(chars, key=lambda c: (c.base, c.x0)):
        if rows and abs(char.base - rows[-1][0].base) <= 0.6:
            rows[-1].append(char)
        else:
            rows.append([char])
    segments: list[list[Char]] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        current = [row[0]]
        for char in row[1:]:
            gap = char.x0 - current[-1].x1
            if gap > 0.8 * max(char.size, current[-1].size):
                segments.append(current)
                current = [char]
            else:
                current.append(char)
        segments.append(current)
    return [[c for c in s] for s in segments if "".join(c.text for c in s).strip()]


def _lines(chars: list[Char], page: int) -> list[Line]:
    segments = _segments(chars)

    def size(segment: list[Char]) -> float:
        return max(c.size for c in segment)

    def text(segment: list[Char]) -> str:
        return "".join(c.text for c in segment).strip()

    # Small print raised above a line of larger type, within it or just after it, is that
    # line's superscript (where it was drawn on a baseline of its own, not with text rise).
    segments.sort(key=lambda s: -size(s))
    hosts: list[list[Char]] = []
    for segment in segments:
        best, best_rise = None, 0.0
        if len(text(segment)) <= 6:
            for host in hosts:
                big = size(host)
                rise = host[0].base - segment[0].base
                within = host[0].x0 - 0.3 * big <= segment[0].x0 <= host[-1].x1 + 0.6 * big
                raised = 0.15 * big <= rise <= 0.8 * big
                smaller = size(segment) < big * 0.92
                if smaller and raised and within and (best is None or rise < best_rise):
                    best, best_rise = host, rise
        if best is None:
            hosts.append(segment)
            continue
        for char in segment:
            char.sup = True
        best.extend(segment)
        best.sort(key=lambda c: c.x0)
    # A lone list marker left of a line's text, on its baseline, belongs to that line.
    hanging: list[list[Char]] = []
    markers = [s for s in hosts if HANGING_MARKER.match(text(s)) and not any(c.sup for c in s)]
    for marker in markers:
        for host in hosts:
            if host is marker or any(host is m for m in markers):
                continue
            if abs(host[0].base - marker[0].base) > 0.6:
                continue
            gap = host[0].x0 - marker[-1].x1
            if 0 < gap <= 3 * size(host) and abs(size(host) - size(marker)) < 0.25 * size(host):
                host[:0] = marker
                hanging.append(host)
                hosts = [h for h in hosts if h is not marker]
                break
    lines = [Line(page, host, hanging=any(host is h for h in hanging)) for host in hosts]
    lines.sort(key=lambda line: (round(line.top), line.x0))
    return lines


def _note_rule(drawn: _Drawn, frame: tuple[float, float, float, float]) -> float | None:
    """The top of the footnote rule: a short rule starting at the left margin."""
    left, _, right, _ = frame
    width = right - left
    found = [
        top
        for top, x0, x1 in drawn.rules
        if abs(x0 - left) < 3 and 0.15 * width <= x1 - x0 <= 0.5 * width
    ]
    return max(found) if found else None


def read_layout(
    data: bytes,
    margins_mm: tuple[float, float, float, float] | None = None,
    base_size: float | None = None,
) -> Layout:
    """Every page's lines, their kinds and paragraphs (see the module docstring)."""
    pages: list[Page] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, source in enumerate(pdf.pages, 1):
            w, h = float(source.width), float(source.height)
            if margins_mm:
                top, right, bottom, left = (m * MM for m in margins_mm)
                frame = (left, top, w - right, h - bottom)
            else:
                frame = (0.0, 0.0, w, h)
            drawn = _drawn(pdf, source)
            chars = [c for c in drawn.chars if frame[1] - 2 <= c.base <= frame[3] + 2]
            lines = _lines(chars, number)
            rule = _note_rule(drawn, frame)
            pages.append(Page(number, w, h, frame, lines, drawn.images, drawn.boxes, rule))
    layout = _classify(pages, base_size)
    _link(layout)
    return layout


def _is_colour(colour: Any) -> bool:
    """A filled box that is not white (a tile, a table's header or banded row)."""
    if colour is None:
        return False
    values = colour if isinstance(colour, tuple | list) else (colour,)
    return not all(isinstance(v, int | float) and v >= 0.99 for v in values)


def _classify(pages: list[Page], base_size: float | None) -> Layout:
    for page in pages:
        for line in page.lines:
            if page.note_rule is not None and line.top > page.note_rule:
                line.kind = "note"
            centre = ((line.x0 + line.x1) / 2, line.base - line.size / 3)
            line.on_background = any(
                x0 <= centre[0] <= x1 and top <= centre[1] <= bottom
                for x0, top, x1, bottom in page.boxes
            )
    weights: Counter[float] = Counter()
    for page in pages:
        for line in page.body():
            for c in line.main:
                if not base_size or c.size >= base_size * 0.74:
                    weights[round(c.size, 1)] += 1
    body_size = weights.most_common(1)[0][0] if weights else (base_size or 10.0)
    fonts = Counter(
        c.font
        for page in pages
        for line in page.body()
        for c in line.main
        if abs(c.size - body_size) < 0.06 * body_size and c.text.strip()
    )
    body_font = fonts.most_common(1)[0][0] if fonts else ""
    for page in pages:
        for line in page.body():
            if line.size < body_size * 0.97 or line.on_background:
                continue
            other_face = line.font != body_font and all(
                c.font == line.font for c in line.main if c.text.strip()
            )
            if line.stroked or "Bold" in line.font or other_face:
                line.kind = "heading"
    # The line space at each size: the smallest baseline distance between a line and the
    # next one below it that it overlaps, at that size.
    leading: dict[float, float] = {}
    for page in pages:
        for line in page.lines:
            below = _below(page, line)
            if below is None or abs(below.size - line.size) > 0.05 * line.size:
                continue
            distance = below.base - line.base
            key = round(line.size, 1)
            if distance >= 0.9 * line.size and distance < leading.get(key, 1e9):
                leading[key] = distance
    return Layout(pages, body_size, body_font, leading)


def _below(page: Page, line: Line) -> Line | None:
    """The nearest line below ``line`` (by at least 0.7 of its size) that overlaps it
    horizontally, or starts one first-line indent (two characters) left of it."""

    def overlaps(other: Line) -> bool:
        if other.x0 < line.x1 - 1 and other.x1 > line.x0 + 1:
            return True
        return 1.5 * line.size <= line.x0 - other.x0 <= 2.5 * line.size

    candidates = [
        other
        for other in page.lines
        if other.base > line.base + 0.7 * line.size and overlaps(other)
    ]
    return min(candidates, key=lambda other: other.base, default=None)


def _continues(layout: Layout, line: Line, below: Line) -> bool:
    """Whether ``below`` is the next line of ``line``'s paragraph, on the same page."""
    size = line.size
    if below.kind != line.kind:
        return False
    if abs(below.size - size) > 0.05 * size and not below.only_superscript:
        return False
    if below.hanging or ITEM_START.match(below.plain):
        return False
    if below.base - line.base > layout.line_space(size) * 1.12 + 0.3:
        return False
    starts_item = line.hanging or ITEM_START.match(line.plain) or line.kind == "note"
    if starts_item and line.prev is None:  # a hanging indent under a list item's first line
        return below.x0 <= line.x0 + 4 * size
    if abs((below.x0 + below.x1) - (line.x0 + line.x1)) <= size and below.x0 > line.x0:
        return True  # centred, as a title or a caption
    return below.x0 <= line.x0 + 0.5 * size


def _link(layout: Layout) -> None:
    for page in layout.pages:
        for line in page.lines:  # top to bottom: a line's own predecessor is known first
            below = _below(page, line)
            if below is not None and below.prev is None and _continues(layout, line, below):
                line.next, below.prev = below, line
        for number, line in enumerate(page.lines, 1):
            line.number = number
    for page, following in zip(layout.pages, layout.pages[1:], strict=False):
        text = [line for line in page.body() if line.kind == "text"]
        after = [line for line in following.body() if line.kind == "text"]
        if not text or not after:
            continue
        last = max(text, key=lambda line: line.base)
        first = min(after, key=lambda line: line.base)
        head = [line for line in following.body() if line.base < first.base]
        right = page.frame[2] if page.frame[2] < page.width else max(t.x1 for t in text)
        if (
            not head
            and last.next is None
            and first.prev is None
            and abs(first.size - last.size) < 0.05 * last.size
            and last.x1 >= right - 2 * last.size
            and not first.hanging
            and not ITEM_START.match(first.plain)
            and first.x0 <= following.frame[0] + 0.5 * first.size
        ):
            last.next, first.prev = first, last


# -- the rules -------------------------------------------------------------------------------
def _around(line: Line, following: Line | None = None, width: int = 14) -> str:
    if following is None:
        return line.text.strip()[:60]
    return f"…{line.text.rstrip()[-width:]}⏎{following.text.lstrip()[:width]}…"


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _breaks(layout: Layout, lang: str) -> Iterable[Finding]:
    """R1 to R6: what is wrong at a line's start or end."""
    words = _vocabulary(layout)
    pages = layout.pages
    for line in layout.lines():
        plain = line.plain
        if not plain:
            continue
        before = line.prev
        if line.text.lstrip()[0] in CLOSING:
            yield Finding(line.page, line.number, "R1", _around(before, line) if before else plain)
        if plain[-1] in OPENING:
            yield Finding(
                line.page, line.number, "R2", _around(line, line.next) if line.next else plain
            )
        first = line.chars[0] if line.chars[0].text.strip() else None
        if first is not None and first.sup:
            yield Finding(line.page, line.number, "R4", _around(before, line) if before else plain)
        elif before is not None and CITATION.match(plain):
            yield Finding(line.page, line.number, "R4", _around(before, line))
        after = line.next
        if after is None:
            if line.prev is not None and _lone_character(plain):
                yield Finding(line.page, line.number, "R5", _around(line.prev, line))
            continue
        if _number_split(plain, after.plain, lang):
            yield Finding(line.page, line.number, "R3", _around(line, after))
        if _word_broken(plain, after.plain, words) and _full(line, pages[line.page - 1]):
            yield Finding(line.page, line.number, "R6", _around(line, after))


def _full(line: Line, page: Page) -> bool:
    """Whether ``line`` reaches the right margin (or, margins unknown, its paragraph's right
    edge) within one character: where a break falls inside a word, not at a space before a
    word that did not fit."""
    if page.frame[2] < page.width:
        return page.frame[2] - line.x1 <= line.size
    first = line
    while first.prev is not None:
        first = first.prev
    edge, part = 0.0, first
    while part is not None:
        edge, part = max(edge, part.x1), part.next
    return edge - line.x1 <= line.size


def _lone_character(text: str) -> bool:
    """One CJK character and punctuation (or a citation): a paragraph's runt last line."""
    rest = CITATION.sub("", text)
    rest = "".join(ch for ch in rest if ch not in CLOSING and ch not in OPENING and ch.strip())
    return len(rest) == 1 and _is_cjk(rest)


def _number_split(end: str, start: str, lang: str) -> bool:
    if end[-1].isdigit() and start[0] in CJK_UNITS:
        return True
    if lang != "en":
        return False
    return bool(re.search(r"\d$", end) and re.match(EN_UNITS, start))


def _vocabulary(layout: Layout) -> Counter[str]:
    """Latin words seen inside lines (not at either end, where a fragment may stand)."""
    words: Counter[str] = Counter()
    for line in layout.lines():
        tokens = re.findall(r"[A-Za-z]+", line.plain)
        words.update(t.lower() for t in tokens[1:-1])
    return words


def _word_broken(end: str, start: str, words: Counter[str]) -> bool:
    """A Latin word split over two lines without a hyphen (conservative: the joined word is
    printed whole elsewhere and not both parts are words; or neither part is a word and the
    second looks like a suffix)."""
    tail = re.search(r"(?<![A-Za-z-])([A-Za-z]+)$", end)
    head = re.match(r"([a-z]+)(?![A-Za-z])", start)
    if not tail or not head:
        return False
    a, b = tail.group(1).lower(), head.group(1)

    def known(word: str) -> bool:
        return words[word] > 0 or word in COMMON

    if words[a + b] > 0 and not (known(a) and known(b)):
        return True
    return not known(a) and not known(b) and bool(SUFFIX.match(b))


def _stranded_headings(layout: Layout) -> Iterable[Finding]:
    """R7: the last heading on a page with fewer than two lines of text after it."""
    for page, following in zip(layout.pages, layout.pages[1:], strict=False):
        body = page.body()
        headings = [line for line in body if line.kind == "heading"]
        if not headings:
            continue
        last = max(headings, key=lambda line: line.base)
        while last.prev is not None:
            last = last.prev
        group = last  # walk up over headings with no text between them
        for line in sorted(headings, key=lambda line: -line.base):
            if line.base < group.base and not any(
                t.kind == "text" and line.base < t.base < group.base for t in body
            ):
                group = line
        below = [t for t in body if t.kind == "text" and t.base > last.base]
        images = [i for i in page.images if i[0] > last.base]
        if len(below) + 2 * len(images) >= 2:
            continue
        starts = [line for line in following.body()]
        if starts and min(starts, key=lambda line: line.base).kind == "heading":
            continue  # the section ended here: the next one starts the page
        excerpt = group.text.strip() + (f" ⏎ {below[0].text.strip()[:20]}" if below else "")
        yield Finding(page.number, group.number, "R7", excerpt + " ⏎ (page ends)")


def _is_cover(page: Page, layout: Layout) -> bool:
    return (
        page.number == 1
        and len(page.lines) <= 12
        and any(line.size >= 2 * layout.body_size for line in page.lines)
    )


def _is_contents(page: Page) -> bool:
    return any(line.plain.replace(" ", "") in CONTENTS for line in page.lines[:3])


def _half_empty_pages(
    layout: Layout, chapters_start_pages: bool, exempt: Collection[int]
) -> Iterable[Finding]:
    """R8: a page less than half full, not the last, the cover or the contents, and not
    followed by a chapter that must start a page."""
    top_size = max((line.size for line in layout.lines() if line.kind == "heading"), default=0)
    for page, following in zip(layout.pages, layout.pages[1:], strict=False):
        if page.number in exempt or _is_cover(page, layout) or _is_contents(page):
            continue
        _, top, _, bottom = page.frame
        body = page.body()
        ends = [line.bottom for line in body]
        ends += [b for t, b in page.images if b > top]
        ends += [b for x0, t, x1, b in page.boxes if t >= top - 2 and b <= bottom + 2]
        used = (max(ends) - top) if ends else 0.0
        if page.note_rule is not None:
            used += bottom - page.note_rule
        share = used / (bottom - top)
        if share >= 0.5:
            continue
        starts = following.body()
        first = min(starts, key=lambda line: line.base) if starts else None
        if (
            chapters_start_pages
            and first is not None
            and first.kind == "heading"
            and first.size >= top_size - 0.1
        ):
            continue
        last = max(body, key=lambda line: line.base) if body else None
        excerpt = f"{share:.0%} of the text area used"
        if last is not None:
            excerpt += f"; it ends “{last.text.strip()[-24:]}”"
        if first is not None:
            excerpt += f"; page {following.number} starts “{first.text.strip()[:24]}”"
        yield Finding(page.number, last.number if last else 0, "R8", excerpt)


def _repeated_notes(layout: Layout) -> Iterable[Finding]:
    """R9: the same footnote text twice on one page."""
    for page in layout.pages:
        seen: dict[str, tuple[str, Line]] = {}
        for line in page.lines:
            if line.kind != "note" or line.prev is not None:
                continue
            parts, part = [], line
            while part is not None:
                parts.append(part.plain)
                part = part.next
            text = "".join(parts).replace(" ", "")
            number = re.match(r"^\d{1,4}", text)
            label = number.group() if number else "?"
            body = text[number.end() :] if number else text
            if body in seen:
                first_label, _ = seen[body]
                yield Finding(
                    page.number,
                    line.number,
                    "R9",
                    f"note {label} repeats note {first_label}: {body[:50]}",
                )
            else:
                seen[body] = (label, line)


def _tables(layout: Layout) -> Iterable[Finding]:
    """R10: a table split across pages without its header row or the line that says it goes
    on (续表1, GB/T 7713), or leaving one row alone."""
    for index, page in enumerate(layout.pages):
        for caption in page.body():
            if (
                caption.kind != "text"
                or not CAPTION.match(caption.plain)
                or CONTINUED.match(caption.plain)
            ):
                continue
            name = caption.plain[:24]
            last = caption  # a caption of two lines (centred, its size): rows start below
            while (
                last.next is not None
                and abs(last.next.size - caption.size) < 0.1
                and abs((last.next.x0 + last.next.x1) - (caption.x0 + caption.x1)) < 4
            ):
                last = last.next
            rows, ended = _table_rows(layout, page, last.base)
            parts = [(page, rows)]
            at = index
            while not ended and at + 1 < len(layout.pages) and _reaches_foot(layout, *parts[-1]):
                at += 1
                rows, ended = _table_rows(layout, layout.pages[at], None)
                if not rows:
                    break
                parts.append((layout.pages[at], rows))
            yield from _table_findings(name, caption, parts)


def _table_rows(layout: Layout, page: Page, after: float | None) -> tuple[list[list[Line]], bool]:
    """The rows of a table on ``page`` below ``after`` (a caption's baseline; None: from the
    top of the page), and whether its end (the source line) is on this page."""
    lines = [line for line in page.body() if after is None or line.base > after + 0.5]
    lines.sort(key=lambda line: (line.base, line.x0))
    if after is None and lines and CONTINUED.match(lines[0].plain):
        lines = lines[1:]  # 续表1 above the header row repeated
    rows: list[list[Line]] = []
    last_base = None
    for line in lines:
        if SOURCE_LINE.match(line.plain):
            return rows, True
        if (
            line.kind == "heading"
            or CAPTION.match(line.plain)
            or FIGURE_CAPTION.match(line.plain)
            or line.size >= layout.body_size * 0.97
        ):
            return rows, True
        # Rows are further apart than a cell's lines: by more than 1.25 line spaces (the line
        # space seen at that size may itself be a row's height, where no cell wraps).
        gap = min(layout.line_space(line.size) * 1.25, line.size * 1.75)
        if last_base is None or line.base - last_base > gap:
            rows.append([line])
        else:
            rows[-1].append(line)
        last_base = line.base
    return rows, False


def _reaches_foot(layout: Layout, page: Page, rows: list[list[Line]]) -> bool:
    bottom = page.note_rule if page.note_rule is not None else page.frame[3]
    if not rows:
        return True
    last = max(line.bottom for line in rows[-1])
    return bottom - last < 4 * layout.line_space(rows[-1][0].size)


def _row_text(row: list[Line]) -> str:
    return " | ".join(line.plain for line in sorted(row, key=lambda line: (line.x0, line.base)))


def _table_findings(
    name: str, caption: Line, parts: list[tuple[Page, list[list[Line]]]]
) -> Iterable[Finding]:
    first_page, first_rows = parts[0]
    if not first_rows:
        yield Finding(
            first_page.number,
            caption.number,
            "R10",
            f"{name}: caption alone, table on the next page",
        )
        return
    header = _row_text(first_rows[0]).replace(" ", "")
    if len(parts) == 1:
        return
    if len(first_rows) - 1 == 1:
        yield Finding(
            first_page.number, first_rows[1][0].number, "R10",
            f"{name}: one row before the page break: {_row_text(first_rows[1])[:40]}",
        )  # fmt: skip
    for page, rows in parts[1:]:
        top = min(page.body(), key=lambda line: (line.base, line.x0))
        if not CONTINUED.match(top.plain):
            yield Finding(
                page.number, rows[0][0].number, "R10",
                f"{name} continues without saying so (续表 / Table N (continued))",
            )  # fmt: skip
        if _row_text(rows[0]).replace(" ", "") != header:
            yield Finding(
                page.number, rows[0][0].number, "R10",
                f"{name} continues without its header row ({_row_text(first_rows[0])[:30]}): "
                f"{_row_text(rows[0])[:30]}",
            )  # fmt: skip
            body_rows = len(rows)
        else:
            body_rows = len(rows) - 1
        if body_rows == 1:
            yield Finding(
                page.number, rows[-1][0].number, "R10",
                f"{name}: one row after the page break: {_row_text(rows[-1])[:40]}",
            )  # fmt: skip


def _past_the_margins(layout: Layout) -> Iterable[Finding]:
    """R11: text beyond the left or right edge of the text area (a closing punctuation mark
    may hang past the right edge at a line's end, as clreq allows)."""
    for page in layout.pages:
        left, _, right, _ = page.frame
        if right >= page.width:
            continue  # margins not given
        for line in page.lines:
            ink = [c for c in line.chars if c.text.strip()]
            last = ink[-1]
            hangs = last.text in CLOSING and last.x1 <= right + last.size + 0.5
            inside = ink[:-1] if hangs else ink
            if line.x0 < left - 1 or any(c.x1 > right + 1 for c in inside):
                over = max(left - line.x0, max(c.x1 for c in ink) - right)
                yield Finding(
                    page.number,
                    line.number,
                    "R11",
                    f"{over:.1f} pt out: …{line.text.strip()[-20:]}",
                )


def check_layout(
    layout: Layout,
    lang: str = "zh",
    chapters_start_pages: bool = False,
    exempt_pages: Collection[int] = (),
) -> list[Finding]:
    findings = [
        *_breaks(layout, lang),
        *_stranded_headings(layout),
        *_half_empty_pages(layout, chapters_start_pages, exempt_pages),
        *_repeated_notes(layout),
        *_tables(layout),
        *_past_the_margins(layout),
    ]
    return sorted(findings, key=lambda f: (f.page, f.line, int(f.rule[1:])))


def check_pdf(
    data: bytes,
    lang: str = "zh",
    margins_mm: tuple[float, float, float, float] | None = None,
    base_size: float | None = None,
    chapters_start_pages: bool = False,
    exempt_pages: Collection[int] = (),
) -> list[Finding]:
    """Every typesetting finding in ``data``, by page and line.

    ``lang`` ("zh" or "en") adds English unit words to R3 in English. ``margins_mm`` (top,
    right, bottom, left) leaves the running header and footer out and bounds the text area for
    R8; ``base_size`` helps find the body size where small print abounds. With
    ``chapters_start_pages``, a half-empty page before a top-level heading is not reported
    (R8); ``exempt_pages`` (1-based) are never reported under R8."""
    layout = read_layout(data, margins_mm, base_size)
    return check_layout(layout, lang, chapters_start_pages, exempt_pages)


def summary(findings: Iterable[Finding]) -> Counter[str]:
    return Counter(f.rule for f in findings)
