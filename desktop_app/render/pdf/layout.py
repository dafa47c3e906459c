"""Page layout with footnotes at the foot of the page where they are cited.

reportlab has no footnotes. Here the body frame makes room for them as it fills: before a
paragraph or table is placed, the frame's bottom rises by the height of the notes it cites
(with those already cited on the page), so a flowable whose notes would not fit moves on, or
splits, just as it would at the foot of a shorter page. Each marker is a link to its note;
drawing the link records the page it lands on, and the notes are drawn there at page end. A
note cited again on a later page (a passage keeps its number) is printed again at the foot of
that page, once: every page shows the sources it cites, and none shows one twice.

The page count ("page 3 of 14") and the contents' page numbers are known only at the end.
They are drawn as named forms (PDF XObjects) that each page refers to, and the forms are
written once the last page is done; so the whole document is laid out in a single pass.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus.flowables import HRFlowable

from desktop_app.model import Document
from desktop_app.render.characters import one_line
from desktop_app.render.pdf.flowables import HeadingBreak, HeadingParagraph, TableStart
from desktop_app.render.pdf.markup import text_markup
from desktop_app.render.pdf.paragraphs import Paragraph, register_callbacks
from desktop_app.render.pdf.styles import MUTED, RULE, Styles

NOTE_GAP = 3.2 * mm  # between the text area and the footnote rule
_HEADING_PARTS = (HeadingParagraph, HRFlowable, HeadingBreak)
_NOTE_LINK = "#fn-"


def notes_in(item: Any, depth: int = 0) -> set[int]:
    """The footnote numbers cited inside a flowable (or part of one): its paragraphs' links,
    through tables, kept-together groups and the lines of a paragraph already split."""
    found: set[int] = set()
    if depth > 12 or isinstance(item, str | int | float) or item is None:
        return found
    links = getattr(item, "link", None)
    if isinstance(links, list):
        for link in links:
            target = link[1] if isinstance(link, tuple) else link
            if isinstance(target, str) and target.startswith(_NOTE_LINK):
                found.add(int(target[len(_NOTE_LINK) :]))
    if isinstance(item, list | tuple):
        for part in item:
            found |= notes_in(part, depth + 1)
        return found
    for attribute in ("frags", "_content", "_cellvalues"):
        found |= notes_in(getattr(item, attribute, None), depth + 1)
    return found


_POINTS = ("bullet", "numbered")  # the paragraph styles of points in a list
SHORT_SECTION = 6  # blocks after a heading: a section this short is kept whole if it fits


def _kept_after_a_line(item: Flowable) -> list[Flowable]:
    """What a heading's one line of text must have room for after it, when ``item`` follows
    that line: a chart (all of it), a long table (its caption, header and first rows), a point
    of a list (the whole point); nothing for other text, which may run on to the next page."""
    if isinstance(item, KeepTogether):
        return list(item._content)
    if isinstance(item, TableStart):
        return [item.opening()]
    if isinstance(item, Paragraph) and item.style.name in _POINTS:
        return [item]
    return []


def note_headings(story: list[Flowable], short_sections: bool = True) -> list[Flowable]:
    """Tell each heading break the notes the block after its heading cites, and, with
    ``short_sections``, a short section's whole (kept at a page's foot when all of it fits).
    A document held to a page limit sets its size by the PDF's layout and its Word file
    follows it: there the heading keeps its full room, which leaves Word (whose lines differ
    a little) its slack."""
    for index, item in enumerate(story):
        if isinstance(item, TableStart):
            item.notes = frozenset(notes_in(item.table))
        if isinstance(item, HeadingBreak):
            after = index + 1
            while after < len(story) and isinstance(story[after], _HEADING_PARTS):
                after += 1
            following = story[after] if after < len(story) else None
            item.notes = frozenset(notes_in(following)) if following is not None else frozenset()
            heading = story[index + 1 : after]
            end = next((i for i in range(after, len(story))
                        if isinstance(story[i], HeadingBreak)), len(story))  # fmt: skip
            if short_sections and end - after <= SHORT_SECTION:  # fits whole, or moves on
                item.section = story[index + 1 : end]
                item.section_notes = frozenset(n for f in story[after:end] for n in notes_in(f))
            if isinstance(following, KeepTogether):  # tiles: the heading goes with all of them
                item.whole = [*heading, *following._content]
            elif isinstance(following, TableStart):  # a long table's caption, header, 3 rows
                item.whole = [*heading, following.opening()]
            elif isinstance(following, Paragraph) and after + 1 < len(story):
                # a line of text, then what must not be left behind by it: a chart, a long
                # table's opening (the notes on the data), the first of a list of points
                then = _kept_after_a_line(story[after + 1])
                if then:
                    item.short_then = (heading, following, then)
    return story


def _anchor(number: int, page: int, first_page: int) -> str:
    """The name of note ``number`` as printed on ``page``: fn-3 where it is first printed,
    fn-3-p7 where it is printed again."""
    return f"fn-{number}" if page == first_page else f"fn-{number}-p{page}"


class _NotedFrame(Frame):
    """The body frame: its bottom rises by the room the cited footnotes need."""

    def __init__(self, *args: Any, room_for: Callable[[set[int]], float], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.room_for = room_for
        self.page_notes: set[int] = set()  # cited on the current page

    def _make_room(self, flowable: Flowable) -> set[int]:
        cited = flowable.__dict__.get("_notes_cited")
        if cited is None:  # a flowable may be offered several times (to split it, or not)
            cited = flowable.__dict__["_notes_cited"] = frozenset(notes_in(flowable))
        new = cited - self.page_notes
        self._y1p = self._y1 + self._bottomPadding + self.room_for(self.page_notes | new)
        return new

    def _add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:  # noqa: N803
        new = self._make_room(flowable)
        added = super()._add(flowable, canv, trySplit)
        if added:
            self.page_notes |= new
        return added

    add = _add  # reportlab calls the frame's ``add``, an alias of ``_add``

    def split(self, flowable: Flowable, canv: Any) -> list[Flowable]:
        self._make_room(flowable)  # room for all its notes: the first part fits for sure
        return super().split(flowable, canv)

    def next_page(self) -> None:
        self.page_notes = set()

    def __deepcopy__(self, memo: dict[int, Any]) -> _NotedFrame:
        """reportlab copies the frame to try a kept-together group; the copy shares
        ``room_for`` (a method of the document template, which cannot be copied)."""
        clone = self.__class__.__new__(self.__class__)
        memo[id(self)] = clone
        for key, value in self.__dict__.items():
            setattr(clone, key, value if key == "room_for" else copy.deepcopy(value, memo))
        return clone


@dataclass
class Pass:
    """What one layout pass found out."""

    note_pages: dict[int, int] = field(default_factory=dict)  # footnote -> page
    citations: list[tuple[int, int]] = field(default_factory=list)  # (footnote, page), in order
    heading_pages: dict[str, int] = field(default_factory=dict)  # heading anchor -> page
    pages: int = 0


class _BriefingTemplate(BaseDocTemplate):
    def __init__(
        self,
        buffer: io.BytesIO,
        document: Document,
        styles: Styles,
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
        self.result = Pass()
        self._page_numbers: dict[str, tuple[str, ParagraphStyle, float]] = {}  # form -> anchor
        self._outline_level = -1
        self._notes = {note.number: note for note in document.footnotes}
        self._note_cache: dict[tuple[int, str], tuple[Paragraph, float]] = {}
        self.body = _NotedFrame(
            left, bottom, self.width, self.height, 0, 0, 0, 0, id="body", room_for=self._room_for
        )
        frame = self.body
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
                number = int(destination[3:])
                first = self.result.note_pages.setdefault(number, self.page)
                self.result.citations.append((number, self.page))
                destination = _anchor(number, self.page, first)  # the note on this page
            return draw_link(contents, destination, *args, **kwargs)

        self.canv.linkRect = link_rect
        register_callbacks(self.canv)
        # Date the file by the document's own date, not the clock: same input, same bytes.
        year, month, day = (int(part) for part in self.document.metadata.date.split("-"))
        stamp = self.canv._doc._timeStamp
        stamp.YMDhms, stamp.dhh, stamp.dmm = (year, month, day, 0, 0, 0), 0, 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab hook
        if isinstance(flowable, HeadingParagraph) and flowable.outline is not None:
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
        self.body.next_page()

    def page_number_form(self, anchor: str, style: ParagraphStyle, width: float) -> str:
        """The name of the form that will show the page of heading ``anchor``, right-aligned
        in ``width`` (drawn once the pages are known)."""
        name = f"page-of-{anchor}"
        self._page_numbers[name] = (anchor, style, width)
        return name

    def _endBuild(self) -> None:  # noqa: N802 - reportlab hook
        self._doSave = 0  # finish the last page, then write the forms, then save
        super()._endBuild()
        self._write_forms()
        self.canv.save()

    def _write_forms(self) -> None:
        canvas, s = self.canv, self.styles
        for name, (anchor, style, width) in self._page_numbers.items():
            canvas.beginForm(name)
            page = self.result.heading_pages.get(anchor)
            if page is not None:
                canvas.setFont(style.fontName, style.fontSize)
                canvas.setFillColor(style.textColor)
                canvas.drawRightString(width, style.leading - style.fontSize, str(page))
            canvas.endForm()
        if self.document.page.footer == "dash":
            return
        for page in range(1, self.result.pages + 1):
            canvas.beginForm(f"footer-{page}")
            text = self.document.labels.page_of.format(page=page, pages=self.result.pages)
            canvas.setFont(s.body.fontName, s.body.fontSize * 0.8)
            canvas.setFillColor(MUTED)
            x, y = self.leftMargin + self.width / 2, self.bottomMargin - 10 * mm
            canvas.drawCentredString(x, y, text)
            canvas.endForm()

    def _end_page(self, canvas: Any, doc: Any) -> None:
        self.result.pages = self.page
        self._draw_header_footer(canvas)
        self._draw_notes(canvas)

    def _note(self, number: int, anchor: str = "") -> tuple[Paragraph, float]:
        """Footnote ``number`` set at the text width, and its height (made once for each
        ``anchor``, the name the markers on its page link to). Printed again on a later page,
        a note takes its short form: its title was given where it was first printed."""
        key = (number, anchor or f"fn-{number}")
        if key not in self._note_cache:
            footnote = self._notes[number]
            text = footnote.short if footnote.short and key[1] != f"fn-{number}" else footnote.text
            note = text_markup(text, self.styles.footnote.fontName)
            markup = f'<a name="{key[1]}"/>{note}'
            paragraph = Paragraph(markup, self.styles.footnote, bulletText=str(number))
            _, height = paragraph.wrap(self.width, 200 * mm)
            self._note_cache[key] = (paragraph, height + self.styles.footnote.spaceAfter)
        return self._note_cache[key]

    def _room_for(self, numbers: set[int]) -> float:
        """The height the footnotes ``numbers`` take at the foot of a page, rule included."""
        if not numbers:
            return 0.0
        return sum(self._note(n, self._printed_as(n))[1] for n in numbers) + NOTE_GAP

    def _printed_as(self, number: int) -> str:
        """The anchor note ``number`` has on this page (see :func:`_anchor`)."""
        first = self.result.note_pages.get(number, self.page)
        return _anchor(number, self.page, first)

    # -- drawing ---------------------------------------------------------------------------
    def _draw_header_footer(self, canvas: Any) -> None:
        page, setup, s = self.page, self.document.page, self.styles
        width, left = self.width, self.leftMargin
        canvas.saveState()
        if page > 1 and setup.header_text:
            header = Paragraph(text_markup(setup.header_text, s.header.fontName), s.header)
            header.wrap(width, 20 * mm)
            y = self.pagesize[1] - self.topMargin + 5 * mm
            header.drawOn(canvas, left, y)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(left, y - 1.2 * mm, left + width, y - 1.2 * mm)
        if setup.footer == "dash":
            canvas.setFont(s.body.fontName, s.body.fontSize * 0.8)
            canvas.setFillColor(MUTED)
            # — 1 — is the Chinese convention (GB/T 9704); an English page, its bare number.
            zh = self.document.lang == "zh"
            y, number = self.bottomMargin - 10 * mm, f"— {page} —" if zh else str(page)
            if setup.form == "brief":  # GB/T 9704: at the outer edge, one character in
                if page % 2:
                    canvas.drawRightString(left + width - s.body.fontSize, y, number)
                else:
                    canvas.drawString(left + s.body.fontSize, y, number)
            else:
                canvas.drawCentredString(left + width / 2, y, number)
        else:  # "page 3 of 14": the total is known at the end, so the footer is a form
            canvas.doForm(f"footer-{page}")
        canvas.restoreState()

    def _draw_notes(self, canvas: Any) -> None:
        numbers = sorted({n for n, page in self.result.citations if page == self.page})
        if not numbers:
            return
        unplanned = set(numbers) - self.body.page_notes
        if unplanned and self.pageTemplate.id == "normal":
            raise RuntimeError(f"footnotes {sorted(unplanned)} were cited where no room was made")
        paragraphs = [self._note(n, self._printed_as(n)) for n in numbers]
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


def lay_out(
    document: Document,
    styles: Styles,
    make_story: Callable[[_BriefingTemplate], list[Flowable]],
    has_cover: bool,
) -> tuple[bytes, Pass]:
    """Lay out and draw the document in one pass. Returns the PDF and what the pass found
    out (its number of pages, the page of each heading)."""
    buffer = io.BytesIO()
    template = _BriefingTemplate(buffer, document, styles, has_cover)
    template.build(note_headings(make_story(template), not document.page.max_pages))
    return buffer.getvalue(), template.result
