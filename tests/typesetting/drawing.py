"""Small PDFs drawn on purpose with reportlab's canvas, line by line at chosen positions, to
prove that the typesetting check catches each fault (and nothing in a clean page).

The page is A4 with the full briefing's margins (25, 20, 24, 20 mm) and body size (10.5 pt,
line space 1.75). ``^{15}`` in a line's text is a superscript footnote marker (drawn with text
rise, as the renderer draws them)."""

from __future__ import annotations

import io
import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.fonts import CJK
from desktop_app.render.pdf.fonts import BODY, register_fonts

MARGINS = (25.0, 20.0, 24.0, 20.0)  # top, right, bottom, left, in mm
SIZE = 10.5
LEADING = SIZE * 1.75
WIDTH, HEIGHT = A4
LEFT = MARGINS[3] * mm
RIGHT = WIDTH - MARGINS[1] * mm
TOP = MARGINS[0] * mm
BOTTOM = HEIGHT - MARGINS[2] * mm


class Sheet:
    """A PDF drawn a line at a time, top down. ``y`` is the next baseline, from the top."""

    def __init__(self) -> None:
        register_fonts(CJK)
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=A4)
        self.y = TOP + SIZE

    def line(
        self,
        text: str,
        x: float = LEFT,
        size: float = SIZE,
        leading: float | None = None,
        stroked: bool = False,
    ) -> Sheet:
        """Draw one line of ``text`` at ``x`` and move down a line space."""
        assert self.y <= BOTTOM + 0.5, f"the line falls below the text area: {text}"
        canvas = self.canvas
        canvas.saveState()  # the text render mode outlasts the text object
        words = canvas.beginText(x, HEIGHT - self.y)
        if stroked:
            canvas.setStrokeColorRGB(0.6, 0.1, 0.1)
            canvas.setLineWidth(0.3)
            words.setTextRenderMode(2)
        for part in re.split(r"(\^\{[^}]*\})", text):
            if part.startswith("^{"):
                words.setFont(BODY, size * 0.8)
                words.setRise(size * 0.55)
                words.textOut(part[2:-1])
                words.setRise(0)
            elif part:
                words.setFont(BODY, size)
                words.textOut(part)
        canvas.drawText(words)
        canvas.restoreState()
        self.y += leading if leading is not None else size * 1.75
        return self

    def paragraph(self, *lines: str, indent: bool = True) -> Sheet:
        """A paragraph: its first line indented two characters (Chinese), a gap after it."""
        for index, text in enumerate(lines):
            self.line(text, LEFT + (2 * SIZE if indent and index == 0 else 0))
        self.y += SIZE * 0.5
        return self

    def heading(self, text: str, size: float = SIZE * 1.55) -> Sheet:
        """A heading: larger, stroked (the renderer's bold), space above and below."""
        self.y += size * 0.6
        return self.line(text, size=size, leading=size * 1.6, stroked=True)

    def skip(self, points: float) -> Sheet:
        self.y += points
        return self

    def notes(self, *notes: str) -> Sheet:
        """Footnotes at the foot of the page under a 45 mm rule, each with its number."""
        size, leading = SIZE * 0.72, SIZE * 1.05
        y = BOTTOM - leading * len(notes)
        assert self.y - SIZE <= y - 3 * mm, "the notes would overlap the text"
        self.canvas.setLineWidth(0.5)
        self.canvas.line(LEFT, HEIGHT - (y - 1.6 * mm), LEFT + 45 * mm, HEIGHT - (y - 1.6 * mm))
        for number, text in enumerate(notes, 1):
            y += leading
            self.canvas.setFont(BODY, size)
            self.canvas.drawString(LEFT, HEIGHT - y, str(number))
            self.canvas.drawString(LEFT + SIZE * 1.5, HEIGHT - y, text)
        return self

    def table(self, caption: str, rows: list[list[str]], source: str | None = None) -> Sheet:
        """A caption, then rows of cells in columns 60 mm apart, a row 2.2 line spaces high,
        then the source line (left out: the table runs on to the next page)."""
        self.line(caption, x=(LEFT + RIGHT) / 2 - len(caption) * SIZE * 0.45, size=SIZE * 0.9)
        for row in rows:
            assert self.y <= BOTTOM + 0.5, f"the row falls below the text area: {row}"
            for column, cell in enumerate(row):
                self.canvas.setFont(BODY, SIZE * 0.88)
                self.canvas.drawString(LEFT + 6 + column * 60 * mm, HEIGHT - self.y, cell)
            self.y += SIZE * 2.2
        if source is not None:
            self.line(source, size=SIZE * 0.75)
        return self

    def page(self) -> Sheet:
        """Start a new page (the page number goes in the bottom margin, as the renderer's)."""
        self.canvas.setFont(BODY, SIZE * 0.8)
        self.canvas.drawCentredString(WIDTH / 2, 10 * mm, str(self.canvas.getPageNumber()))
        self.canvas.showPage()
        self.y = TOP + SIZE
        return self

    def pdf(self) -> bytes:
        self.page()
        self.canvas.save()
        return self.buffer.getvalue()


FILLER = "苏州工业园区已集聚生物医药类企业一千八百多家，形成了从研发到产业化的完整链条，"
FULL = (FILLER * 2)[:45]  # a full line of Chinese: 45 characters at 10.5 pt
FIRST = FULL[:43]  # a paragraph's full first line, indented two characters


def filler(lines: int) -> list[str]:
    """A paragraph's first ``lines`` lines, full, of Chinese text."""
    return [FIRST] + [FULL] * (lines - 1)
