"""Page layout with footnotes at the foot of the page where they are cited.

reportlab has no footnotes, so the document is laid out in passes. Each footnote marker is a
link to its note, and drawing the link reports the page it lands on. The next pass reserves room at
the foot of each page for that page's notes, and draws them there. Passes repeat until the
layout is stable: every note fits on its marker's page, the page count and the contents'
page numbers agree with what the pass printed.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from desktop_app.model import Document
from desktop_app.render.characters import one_line
from desktop_app.render.pdf.flowables import HeadingParagraph
from desktop_app.render.pdf.markup import text_markup
from desktop_app.render.pdf.styles import MUTED, RULE, Styles

NOTE_GAP = 3.2 * mm  # between the text area and the footnote rule
MAX_PASSES = 8


@dataclass
class Pass:
    """What one layout pass found out."""

    note_pages: dict[int, int] = field(default_factory=dict)  # footnote -> page
    heading_pages: dict[str, int] = field(default_factory=dict)  # heading anchor -> page
    pages: int = 0


class _BriefingTemplate(BaseDocTemplate):
    def __init__(
        self,
        buffer: io.BytesIO,
        document: Document,
        styles: Styles,
        previous: Pass,
        reserve: dict[int, float],
        has_cover: bool,
    ) -> None:
        top, right, bottom, left = (m * mm for m in document.page.margins_mm)
        meta = document.metadata
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=one_line(meta.title),
            author=one_line(meta.author),
            subject=one_line(meta.subject),
            creator=one_line(meta.creator),
            keywords=[one_line(k) for k in meta.keywords],
            lang=meta.language,
            invariant=1,
            displayDocTitle=1,
            initialFontName=styles.body.fontName,
        )
        self.document, self.styles = document, styles
        self.previous, self.reserve = previous, reserve
        self.result = Pass()
        self._outline_level = -1
        self._notes = {note.number: note.text for note in document.footnotes}
        frame = Frame(left, bottom, self.width, self.height, 0, 0, 0, 0, id="body")
        templates = [
            PageTemplate("normal", [frame], onPage=self._begin_page, onPageEnd=self._end_page)
        ]
        if has_cover:
            cover_frame = Frame(left, bottom, self.width, self.height, 0, 0, 0, 0, id="cover")
            templates.insert(0, PageTemplate("cover", [cover_frame], autoNextPageTemplate="normal"))
        self.addPageTemplates(templates)

    # -- callbacks -------------------------------------------------------------------------
    def beforeDocument(self) -> None:  # noqa: N802 - reportlab hook
        draw_link = self.canv.linkRect

        def link_rect(contents: str, destination: str, *args: Any, **kwargs: Any) -> Any:
            if destination.startswith("fn-"):
                self.result.note_pages.setdefault(int(destination[3:]), self.page)
            return draw_link(contents, destination, *args, **kwargs)

        self.canv.linkRect = link_rect
        # Date the file by the document's own date, not the clock: same input, same bytes.
        year, month, day = (int(part) for part in self.document.metadata.date.split("-"))
        stamp = self.canv._doc._timeStamp
        stamp.YMDhms, stamp.dhh, stamp.dmm = (year, month, day, 0, 0, 0), 0, 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab hook
        if isinstance(flowable, HeadingParagraph):
            block = flowable.outline
            self.result.heading_pages.setdefault(block.anchor, self.page)
            if block.anchor and block.in_toc:
                level = min(block.level - 1, self._outline_level + 1)
                key = f"outline-{block.anchor}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(
                    one_line(block.number + block.text), key, level=level, closed=level > 0
                )
                self._outline_level = level

    def _begin_page(self, canvas: Any, doc: Any) -> None:
        self.pageTemplate.frames[0].bottomPadding = self.reserve.get(self.page, 0.0)

    def _end_page(self, canvas: Any, doc: Any) -> None:
        self.result.pages = self.page
        self._draw_header_footer(canvas)
        self._draw_notes(canvas)

    # -- drawing ---------------------------------------------------------------------------
    def _draw_header_footer(self, canvas: Any) -> None:
        page, setup, s = self.page, self.document.page, self.styles
        width, left = self.width, self.leftMargin
        canvas.saveState()
        if page > 1 and setup.header_text:
            header = Paragraph(text_markup(setup.header_text), s.header)
            header.wrap(width, 20 * mm)
            y = self.pagesize[1] - self.topMargin + 5 * mm
            header.drawOn(canvas, left, y)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(left, y - 1.2 * mm, left + width, y - 1.2 * mm)
        total = max(self.previous.pages, page)
        if setup.footer == "dash":
            text = f"— {page} —"
        else:
            text = self.document.labels.page_of.format(page=page, pages=total)
        canvas.setFont(s.body.fontName, s.body.fontSize * 0.8)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(left + width / 2, self.bottomMargin - 10 * mm, text)
        canvas.restoreState()

    def _draw_notes(self, canvas: Any) -> None:
        numbers = sorted(n for n, p in self.result.note_pages.items() if p == self.page)
        if not numbers:
            return
        paragraphs = note_paragraphs(numbers, self._notes, self.styles, self.width)
        height = sum(h for _, h in paragraphs)
        y = self.bottomMargin + height
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, y + 1.6 * mm, self.leftMargin + 45 * mm, y + 1.6 * mm)
        canvas.restoreState()
        for paragraph, h in paragraphs:
            paragraph.drawOn(canvas, self.leftMargin, y - h)
            y -= h


def note_paragraphs(
    numbers: list[int], notes: dict[int, str], styles: Styles, width: float
) -> list[tuple[Paragraph, float]]:
    """The wrapped footnote paragraphs for one page, each with its height."""
    result = []
    for number in numbers:
        markup = f'<a name="fn-{number}"/>{text_markup(notes[number])}'
        paragraph = Paragraph(markup, styles.footnote, bulletText=str(number))
        _, height = paragraph.wrap(width, 200 * mm)
        result.append((paragraph, height + styles.footnote.spaceAfter))
    return result


def notes_height(numbers: list[int], notes: dict[int, str], styles: Styles, width: float) -> float:
    if not numbers:
        return 0.0
    return sum(h for _, h in note_paragraphs(numbers, notes, styles, width)) + NOTE_GAP


def lay_out(
    document: Document,
    styles: Styles,
    make_story: Callable[[Pass, float], list[Flowable]],
    has_cover: bool,
) -> tuple[bytes, int]:
    """Build the PDF in passes until the footnotes, page count and contents are stable.
    Returns the PDF and its number of pages."""
    previous, reserve = Pass(), {}
    notes = {note.number: note.text for note in document.footnotes}
    for attempt in range(MAX_PASSES):
        buffer = io.BytesIO()
        template = _BriefingTemplate(buffer, document, styles, previous, reserve, has_cover)
        template.build(make_story(previous, template.width))
        result = template.result
        by_page: dict[int, list[int]] = {}
        for number, page in result.note_pages.items():
            by_page.setdefault(page, []).append(number)
        needed = {
            page: notes_height(sorted(ns), notes, styles, template.width)
            for page, ns in by_page.items()
        }
        fits = all(needed[p] <= reserve.get(p, 0.0) + 0.01 for p in needed)
        stable = result.pages == previous.pages and result.heading_pages == previous.heading_pages
        if fits and stable:
            return buffer.getvalue(), result.pages
        # Early passes reserve exactly what is needed; later ones only grow, so layout settles.
        if attempt < MAX_PASSES // 2:
            reserve = needed
        else:
            reserve = {p: max(needed.get(p, 0.0), reserve.get(p, 0.0)) for p in needed | reserve}
        previous = result
    return buffer.getvalue(), previous.pages
