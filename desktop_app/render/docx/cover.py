"""The two openings: the designed cover of a full briefing and the red masthead of a brief."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.shared import Length, Mm, Pt, RGBColor, Twips
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop_app.model import Cover, Masthead
from desktop_app.render.docx.context import Context
from desktop_app.render.docx.elements import borders, element, put, shading, twips
from desktop_app.render.docx.fonts import BRIEF_HEADING
from desktop_app.render.docx.page import PAGE_SIZES_MM
from desktop_app.render.docx.text import has_cjk

PT_MM = 25.4 / 72
LINE_HEIGHT = 1.4  # a CJK face's line, in ems (Microsoft YaHei is 1.32), rounded up

# The cover as the PDF draws it (render/pdf/flowables.py, CoverPage), in mm from the top of
# the text area: every line 10 mm in from the text's left edge; a band of the accent colour
# across the whole page 30 % of the way down, 62 mm tall, with the title 14 mm below its top
# and the subtitle 3 mm below the title, both white; the particulars 16 mm below the band;
# the issuer 30 mm above the foot of the text area, in grey.
COVER_INDENT_MM = 10.0
BAND_AT = 0.30  # of the text area's height
BAND_MM = 62.0
BAND_TITLE_MM = 14.0
SUBTITLE_GAP_MM = 3.0
PARTICULARS_GAP_MM = 16.0
ISSUER_FROM_FOOT_MM = 30.0
MIN_GAP_MM = 6.0  # at least this above the issuer, however long the particulars
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
INFO = RGBColor(0x33, 0x33, 0x33)


@dataclass(frozen=True)
class _Line:
    """One cover paragraph: text, size in points, space after in points, how it is set."""

    text: str
    size: float
    after: float
    bold: bool | None = None
    color: RGBColor | None = None
    spacing: float = 1.2
    indent_mm: float = 0.0
    before: float = 0.0
    east_asia: str | None = None  # a font for the East Asian text other than the style's
    exact_pt: float = 0.0  # an exact line height in points (``spacing`` is then ignored)

    def lines(self, width_mm: float) -> int:
        """A generous estimate of the number of lines (Word lays it out, not us)."""
        ems = sum(1.0 if has_cjk(c) or not c.isascii() else 0.6 for c in self.text)
        return max(1, math.ceil(ems * self.size * PT_MM / (width_mm - self.indent_mm)))

    def height_mm(self, width_mm: float) -> float:
        """A generous estimate of the paragraph's height."""
        line = self.exact_pt * PT_MM or self.size * PT_MM * LINE_HEIGHT * self.spacing
        return self.lines(width_mm) * line + (self.before + self.after) * PT_MM


def draw_cover(ctx: Context, cover: Cover) -> None:
    """Classification top left; the title and subtitle on a band of the accent colour across
    the page; the region, date and data date below it; the issuer near the foot."""
    palette, size, scale = ctx.palette, ctx.size, ctx.scale
    width = ctx.text_width_mm
    top, right, bottom, left = ctx.model.page.margins_mm
    page_width, _ = PAGE_SIZES_MM[ctx.model.page.size]
    height = ctx.page_height_mm - top - bottom  # the text area
    indent = COVER_INDENT_MM
    classification = _Line(
        cover.classification, 1.05 * size, 0, color=palette.accent, indent_mm=indent,
        exact_pt=1.3 * size,
    )  # fmt: skip
    title = _Line(cover.title, 2.6 * size, 0, True, WHITE, exact_pt=3.4 * size)
    subtitle = _Line(
        cover.subtitle, 1.35 * size, 0, None, WHITE, before=SUBTITLE_GAP_MM / PT_MM,
        exact_pt=2 * size,
    )  # fmt: skip
    info = [
        _Line(line, 1.15 * size, 0, color=INFO, indent_mm=indent, exact_pt=1.9 * size)
        for line in (cover.region_line, cover.date_line, cover.data_as_of)
        if line
    ]
    issuer = _Line(
        cover.issuer, size, 0, color=palette.muted, indent_mm=indent, exact_pt=1.9 * size
    )

    used = 0.0
    if cover.classification:
        _draw(ctx, classification)
        used += classification.height_mm(width) * scale
    band_top = BAND_AT * height
    spacer = ctx.paragraph()  # down to the band (a table takes no space before it)
    _exact(spacer, Mm(max(1.0, band_top - used)))
    spacer.paragraph_format.space_after = Pt(0)

    band_width = width - 2 * indent  # the title's measure, as the PDF sets it
    in_band = BAND_TITLE_MM + scale * (title.height_mm(band_width) + subtitle.height_mm(band_width))
    band = max(BAND_MM, in_band + BAND_TITLE_MM / 2)
    cell = _band(ctx, page_width, (left, right), band, indent)
    title_paragraph = _draw(ctx, title, cell.paragraphs[0])
    title_paragraph.paragraph_format.space_before = Mm(BAND_TITLE_MM)
    if cover.subtitle:
        _draw(ctx, subtitle, cell.add_paragraph())

    particulars = [_draw(ctx, line) for line in info]
    if particulars:
        particulars[0].paragraph_format.space_before = Mm(PARTICULARS_GAP_MM)
    used = band_top + band + sum(line.height_mm(width) for line in info) * scale
    used += PARTICULARS_GAP_MM if info else 0.0
    if cover.issuer:
        # Its top ISSUER_FROM_FOOT_MM above the foot of the text area, as in the PDF; lower
        # when the lines above run long, never off the page.
        gap = max(MIN_GAP_MM, height - ISSUER_FROM_FOOT_MM - used)
        _draw(ctx, issuer).paragraph_format.space_before = Mm(gap)
    ctx.break_page()


def _band(
    ctx: Context,
    page_width: float,
    margins: tuple[float, float],
    height_mm: float,
    indent: float,
) -> _Cell:
    """A one-cell table across the whole page, ``height_mm`` tall (at least), filled with the
    accent colour; its text stands ``indent`` mm in from the text's edges (the page's left
    and right ``margins``)."""
    left, right = margins
    grid = ctx.docx.add_table(rows=1, cols=1)
    tbl_pr = grid._tbl.tblPr
    put(tbl_pr, element("w:tblW", w=twips(page_width), type="dxa"))
    # Out to the paper's edge: the table starts the left margin's width before the text.
    put(tbl_pr, element("w:tblInd", w=-twips(left), type="dxa"))
    no_lines = dict.fromkeys(("top", "left", "bottom", "right", "insideH", "insideV"), 0)
    put(tbl_pr, borders("w:tblBorders", ctx.palette.accent, no_lines))
    put(tbl_pr, element("w:tblLayout", type="fixed"))
    margins = element("w:tblCellMar")
    for side, mm in (("top", 0), ("left", left + indent), ("bottom", 0), ("right", right + indent)):
        margins.append(element(f"w:{side}", w=twips(mm), type="dxa"))
    put(tbl_pr, margins)
    grid._tbl.tblGrid.gridCol_lst[0].w = Twips(twips(page_width))
    row = grid.rows[0]
    put(row._tr.get_or_add_trPr(), element("w:cantSplit"))
    put(row._tr.get_or_add_trPr(), element("w:trHeight", val=twips(height_mm), hRule="atLeast"))
    cell = row.cells[0]
    tc_pr = cell._tc.get_or_add_tcPr()
    put(tc_pr, element("w:tcW", w=twips(page_width), type="dxa"))
    put(tc_pr, shading(ctx.palette.accent))
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    return cell


def _exact(paragraph: DocxParagraph, height: Length) -> None:
    """A line exactly ``height`` tall, whatever its font."""
    paragraph.paragraph_format.line_spacing = height
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def draw_masthead(ctx: Context, masthead: Masthead) -> None:
    """After GB/T 9704: marking, red title, the line under it (a brief's issue number, or
    none), issuer | date, and a red rule beneath. A brief's marking and title name 黑体 and
    the marking is not bold; in Chinese, issuer and date stand one character in."""
    palette, size = ctx.palette, ctx.size
    brief = ctx.model.page.form == "brief"
    heading_font = BRIEF_HEADING if brief else None
    title = _Line(
        masthead.title, 3 * size, 0.55 * size, True, palette.accent, 1.0, east_asia=heading_font
    )
    if masthead.classification:  # as the PDF sets it: small, in the accent colour; in a
        # brief the size of the text, in 黑体 and black
        marking = (
            _Line(masthead.classification, size, 0.55 * size, False, east_asia=heading_font)
            if brief
            else _Line(masthead.classification, 0.8 * size, 0.55 * size, False, palette.accent)
        )
        _draw(ctx, marking)
        title = replace(title, before=1.6 * size)
    # else the title opens the page, where the margin is space enough (the PDF, too, drops the
    # space above whatever starts a page)
    title_paragraph = _draw(ctx, title)
    title_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = [title_paragraph]
    if masthead.issue_line:
        issue = _draw(ctx, _Line(masthead.issue_line, size + 2.5, 1.3 * size))
        issue.alignment = WD_ALIGN_PARAGRAPH.CENTER
        lines.append(issue)

    rule = ctx.paragraph()
    edge = ctx.pt(size if brief and ctx.model.lang == "zh" else 0)  # one character in
    right_tab = Mm(ctx.text_width_mm) - edge
    rule.paragraph_format.tab_stops.add_tab_stop(right_tab, WD_TAB_ALIGNMENT.RIGHT)
    if edge:  # a first-line indent: the rule beneath stays as wide as the text
        rule.paragraph_format.first_line_indent = edge
    ctx.ink.run(rule, masthead.issuer, size=size + 1.5)
    ctx.ink.run(rule, "\t")
    ctx.ink.run(rule, masthead.date_line, size=size + 1.5)
    rule.paragraph_format.space_after = ctx.pt(1.6 * size)
    put(rule._p.get_or_add_pPr(), borders("w:pBdr", palette.accent, {"bottom": 18}, 6))
    for paragraph in (*lines, rule):
        paragraph.paragraph_format.keep_with_next = True


def _draw(ctx: Context, line: _Line, paragraph: DocxParagraph | None = None) -> DocxParagraph:
    """``line`` as a new body paragraph, or in ``paragraph``."""
    paragraph = ctx.paragraph() if paragraph is None else paragraph
    ctx.ink.run(
        paragraph,
        line.text,
        size=line.size,
        bold=line.bold,
        color=line.color,
        east_asia=line.east_asia,
    )
    fmt = paragraph.paragraph_format
    if line.before:
        fmt.space_before = ctx.pt(line.before)
    fmt.space_after = ctx.pt(line.after)
    if line.exact_pt:
        _exact(paragraph, ctx.pt(line.exact_pt))
    else:
        ctx.leading(paragraph, line.size, line.spacing)
    if line.indent_mm:
        fmt.left_indent = Mm(line.indent_mm)
    return paragraph
