"""reportlab's Paragraph, with our line breaking, breaking its lines once per width.

Lines break where Chinese and English typography allow (:mod:`linebreak`), in place of
reportlab's CJK breaker. While laying out a page, reportlab asks the same paragraph for its
size several times at the same width (to place it, to keep a group together, to split a
table); each time it broke the lines afresh, which was a third of an export. The lines depend
only on the width, so the last answer is kept and reused.

A paragraph split over two pages is rebuilt from its own text (reportlab would rebuild it from
its drawn lines, with a space added at the end of each).

A justified line of Chinese text ends flush with the margin: the breaker gives it the space to
set between its characters, and reportlab draws it (:func:`install`).

Two wide punctuation marks side by side take one and a half ems (clreq): the breaker halves one
mark's width, and the pen moves back by that half where it is drawn (a kerning step).

A superscript (a footnote marker) is drawn as it is, but its text copies out of the PDF in
brackets, so that a marker never merges with a number beside it ("149亿元[39]。", not
"149亿元39。"): invisible, zero-width brackets around it, and the same as ActualText for the
readers that use it.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth

from desktop_app.render.pdf.linebreak import (
    CLOSE_CB,
    OPEN_CB,
    SQUEEZE_CB,
    Units,
    break_lines,
    frags_between,
)


class Paragraph(_Paragraph):
    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height  # (splitting drops blPara: then it breaks again)
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 - reportlab's names
        """Called by ``wrap`` for every style here (all set ``wordWrap='CJK'``)."""
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]  # noqa: N806
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if "blPara" in self.__dict__ and getattr(self, "_splitpara", 0):
            return self.blPara  # the first part of a split paragraph keeps its lines
        if not self.frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        headline = getattr(style, "headline", False)
        return break_lines(self.frags, maxWidths, headline, style.alignment == TA_JUSTIFY)

    def _get_split_blParaFunc(self) -> Any:  # noqa: N802 - reportlab's name
        units: Units | None = getattr(self.blPara, "units", None)
        if units is None:
            return super()._get_split_blParaFunc()

        def part(blPara: Any, start: int, stop: int) -> list[Any]:  # noqa: N803
            lines = blPara.lines
            first = lines[start].span[0]
            last = lines[stop - 1].span[1] if stop < len(lines) else units.n
            return frags_between(units, first, last)

        return part


# The brackets' horizontal scale, in percent: next to nothing wide (0 would read as rotated text
# to some extractors, which then set the brackets apart with spaces).
SQUEEZE = "0.001"


def _draw_super(bracket: str, opening: bool) -> Any:
    def draw(canvas: Any, kind: str, label: tuple[str, str, float, float]) -> None:
        text, font, size, rise = label
        tx = canvas._curr_tx_info["tx"]
        if opening:  # the marker's own font, size and rise, before reportlab sets them
            if (tx._fontname, tx._fontsize) != (font, size):
                tx._setFont(font, size)
            tx.setRise(rise)
            tx._code.append(f"/Span <</ActualText ([{_pdf_escape(text)}])>> BDC")
        mode = getattr(canvas, "_textRenderMode", 0)
        tx._code.append(f"3 Tr {SQUEEZE} Tz {tx._formatText(bracket)} 100 Tz {mode} Tr")
        if not opening:
            tx._code.append("EMC")

    return draw


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _draw_squeeze(canvas: Any, kind: str, back: float) -> None:
    """Move the pen back ``back`` points: half of a wide mark set beside another (a kerning
    step of TJ, in thousandths of the font size in use)."""
    tx = canvas._curr_tx_info["tx"]
    tx._code.append(f"[{back * 1000 / tx._fontsize:.3f}] TJ")


DRAW_SUPER_OPEN = _draw_super("[", True)
DRAW_SUPER_CLOSE = _draw_super("]", False)


def _justify_line(tx: Any, offset: float, line: Any, last: int = 0) -> None:
    """reportlab's justified line, set with space between the characters where the breaker
    asked for it (reportlab justifies by widening spaces, which Chinese text has none of).
    reportlab measures each piece of a line with the canvas's ``stringWidth`` to place links
    and underlines; while the line is drawn, that counts the added space too."""
    space = getattr(line, "char_space", 0.0)
    if not space or last:
        _JUSTIFY(tx, offset, line, last)
        return
    canvas = tx._canvas
    measure = canvas.stringWidth
    canvas.stringWidth = lambda text, font, size: measure(text, font, size) + space * len(text)
    tx.setCharSpace(space)
    try:
        tx._x_offset = offset
        _paragraph.setXPos(tx, offset)
        _paragraph._putFragLine(offset, tx, line, last, "justify")
        _paragraph.setXPos(tx, -offset)
    finally:
        tx.setCharSpace(0)
        del canvas.stringWidth


_JUSTIFY = _paragraph._justifyDrawParaLineX


def install() -> None:
    """Have reportlab draw justified lines with :func:`_justify_line` (once per process)."""
    _paragraph._justifyDrawParaLineX = _justify_line


def register_callbacks(canvas: Any) -> None:
    """Let ``canvas`` draw the brackets around superscripts (see the module docstring)."""
    canvas.setNamedCB(OPEN_CB, DRAW_SUPER_OPEN)
    canvas.setNamedCB(CLOSE_CB, DRAW_SUPER_CLOSE)
    canvas.setNamedCB(SQUEEZE_CB, _draw_squeeze)
