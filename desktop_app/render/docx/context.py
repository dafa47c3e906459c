"""What the block drawers share while the document is written."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from docx.document import Document as DocxDocument
from docx.shared import Length, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop_app.model import Document, Heading, Inlines, NoteRef, Run, SourceRef
from desktop_app.render.docx.footnotes import REFERENCE_STYLE_ID, NoteReferences
from desktop_app.render.docx.lists import ListNumbering
from desktop_app.render.docx.styles import Palette, set_leading, set_style
from desktop_app.render.docx.text import Ink, half_points


@dataclass
class Context:
    docx: DocxDocument
    model: Document
    palette: Palette
    ink: Ink
    notes: NoteReferences
    lists: ListNumbering
    text_width_mm: float
    page_height_mm: float
    scale: float = 1.0  # the document set smaller to keep to its page limit; see render.py
    # The page each heading starts on in the PDF, by anchor (see contents.py); empty when the
    # document has no contents.
    heading_pages: Mapping[str, int] = field(default_factory=dict)
    _break_pending: bool = field(default=False, init=False)
    _bookmarks: dict[str, tuple[str, int]] = field(default_factory=dict, init=False)

    @property
    def size(self) -> float:
        """The body text size in points, before scaling: sizes and spaces are derived from it
        and given to :meth:`pt` and ``ink.run``, which scale them."""
        return self.model.page.base_size_pt

    def pt(self, points: float) -> Length:
        """A length of ``points`` points, scaled."""
        return Pt(points * self.scale)

    def leading(self, paragraph: DocxParagraph, size: float, lines: float) -> None:
        """``lines`` lines of text of ``size`` points (before scaling); see ``set_leading``."""
        scaled = half_points(size * self.scale)  # the size its runs get, see Ink.run
        set_leading(paragraph.paragraph_format, scaled, lines, self.model.lang)

    def paragraph(self, style: str | None = None, text: str = "") -> DocxParagraph:
        """A new body paragraph; it starts a new page if a page break is pending."""
        paragraph = set_style(self.docx.add_paragraph(), style)
        if self._break_pending:
            paragraph.paragraph_format.page_break_before = True
            self._break_pending = False
        if text:
            self.ink.run(paragraph, text)
        return paragraph

    def break_page(self) -> None:
        """Start the next block on a new page (nothing is added at the end of the document).

        A page break is "page break before" on the next paragraph: a paragraph holding only a
        break would leave an empty line at the top of the new page.
        """
        self._break_pending = True

    def bookmark_for(self, heading: Heading) -> tuple[str, int] | None:
        """The name and id of the bookmark on ``heading`` that the contents link to, given by
        the contents (:meth:`add_bookmark`); None for a heading the contents do not list."""
        return self._bookmarks.get(heading.anchor) if heading.anchor else None

    def add_bookmark(self, heading: Heading) -> tuple[str, int] | None:
        """A bookmark for ``heading``, named as Word names the targets of its contents
        (``_Toc`` and digits: hidden from the bookmark list); None without an anchor."""
        if not heading.anchor:
            return None
        if heading.anchor not in self._bookmarks:
            number = len(self._bookmarks) + 1
            self._bookmarks[heading.anchor] = (f"_Toc{number:08d}", number)
        return self._bookmarks[heading.anchor]

    def before_table(self) -> None:
        """Tables cannot carry "page break before": a pending break gets a hairline paragraph."""
        if self._break_pending:
            spacer = self.paragraph()
            spacer.paragraph_format.line_spacing = Pt(1)
            spacer.paragraph_format.space_after = Pt(0)

    def inlines(
        self,
        paragraph: DocxParagraph,
        inlines: Inlines,
        *,
        bold: bool | None = None,
        size: float | None = None,
        color: RGBColor | None = None,
    ) -> None:
        """Text runs, footnote references and source numbers; a ``Run.strong`` is set in the
        accent colour, as the PDF sets it (its faces have no bold); a source number as a
        footnote reference looks, a small superscript [1]."""
        for inline in inlines:
            match inline:
                case Run():
                    ink = self.palette.accent if inline.strong else color
                    self.ink.run(paragraph, inline.text, bold=bold, size=size, color=ink)
                case NoteRef():
                    self.notes.add(paragraph, inline.number)
                case SourceRef():
                    shown = f"[{inline.number}]"
                    run = self.ink.run(paragraph, shown, size=size, color=self.palette.muted)
                    run._r.get_or_add_rPr().style = REFERENCE_STYLE_ID  # by id: see set_style
                case _:
                    raise TypeError(f"cannot draw inline content of type {type(inline).__name__}")
