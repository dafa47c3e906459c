"""The two openings: the designed cover of a full briefing and the red masthead of a brief."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Mm, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop_app.model import Cover, Masthead
from desktop_app.render.docx.context import Context
from desktop_app.render.docx.elements import borders, put
from desktop_app.render.docx.fonts import BRIEF_HEADING
from desktop_app.render.docx.text import has_cjk

PT_MM = 25.4 / 72
LINE_HEIGHT = 1.4  # a CJK face's line, in ems (Microsoft YaHei is 1.32), rounded up
TITLE_TOP_MM = 60.0  # from the classification line to the title block
BAR_INDENT_MM = 6.0  # the title block's indent, right of its accent bar
SAFETY_MM = 15.0  # slack for lines measured short; the cover must not spill over
MIN_GAP_MM = 12.0


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

    def height_mm(self, width_mm: float) -> float:
        """A generous estimate of the paragraph's height (Word lays it out, not us)."""
        ems = sum(1.0 if has_cjk(c) or not c.isascii() else 0.6 for c in self.text)
        em_mm = self.size * PT_MM
        lines = max(1, math.ceil(ems * em_mm / (width_mm - self.indent_mm)))
        return lines * em_mm * LINE_HEIGHT * self.spacing + self.after * PT_MM


def draw_cover(ctx: Context, cover: Cover) -> None:
    """Classification top left; the title block a quarter down; the particulars at the foot."""
    palette, size = ctx.palette, ctx.size
    head = [_Line(cover.classification, size + 1.5, 0, bold=True)]
    title_block = [
        _Line(cover.title, 30, 10, True, palette.accent, 1.15, BAR_INDENT_MM),
        _Line(cover.subtitle, 16, 0, None, palette.text, 1.2, BAR_INDENT_MM),
    ]
    foot = [
        _Line(cover.region_line, size + 3, 4, bold=True),
        _Line(cover.date_line, size + 1.5, 4),
        _Line(cover.data_as_of, size, 4, color=palette.muted),
        _Line(cover.issuer, size + 1.5, 0),
    ]
    width = ctx.text_width_mm
    top, _, bottom, _ = ctx.model.page.margins_mm
    used = ctx.scale * sum(line.height_mm(width) for line in (*head, *title_block, *foot))
    rule_mm = 12 * PT_MM  # the rule above the particulars and its distance
    free = ctx.page_height_mm - top - bottom - TITLE_TOP_MM - used - rule_mm - SAFETY_MM
    gap = max(MIN_GAP_MM, free)

    _draw(ctx, head[0])
    title, subtitle = (_draw(ctx, line) for line in title_block)
    title.paragraph_format.space_before = Mm(TITLE_TOP_MM)
    for paragraph in (title, subtitle):  # one accent bar down the left of the title block
        put(paragraph._p.get_or_add_pPr(), borders("w:pBdr", palette.accent, {"left": 48}, 14))
    region, *rest = (_draw(ctx, line) for line in foot)
    region.paragraph_format.space_before = Mm(gap)
    put(region._p.get_or_add_pPr(), borders("w:pBdr", palette.accent, {"top": 12}, 10))
    for paragraph in (title, subtitle, region, *rest[:-1]):
        paragraph.paragraph_format.keep_with_next = True
    ctx.break_page()


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
    if masthead.classification:
        marking = _Line(masthead.classification, size + 1.5, 0.55 * size, bold=not brief)
        _draw(ctx, replace(marking, east_asia=heading_font))
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


def _draw(ctx: Context, line: _Line) -> DocxParagraph:
    paragraph = ctx.paragraph()
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
    ctx.leading(paragraph, line.size, line.spacing)
    if line.indent_mm:
        fmt.left_indent = Mm(line.indent_mm)
    return paragraph
