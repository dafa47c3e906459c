"""Runs of text: XML-safe characters, the East Asian font hint, and simple run formatting."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from desktop_app.render.characters import printable

# Han, CJK punctuation, kana, Hangul, full-width forms, and the supplementary Han planes.
_CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)


def clean(text: str) -> str:
    """``text`` with every character Word cannot store (or should not show) removed, line
    breaks as ``\\n``: python-docx turns tab and newline into <w:tab/> and <w:br/>."""
    return printable(text)


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def join_words(first: str, second: str) -> str:
    """Two pieces set side by side: a space between Latin words ("2,400+ firms", "1. Scope"),
    none in Chinese ("超2400家", "一、概况") or before a sign ("76%")."""
    if first and second and first[-1].isascii() and second[0].isascii() and second[0].isalnum():
        return f"{first} {second}"
    return first + second


def half_points(size: float) -> float:
    """``size`` in points rounded up to a half point, the step of Word's font sizes (rounding
    down would set a scaled document smaller than asked)."""
    return math.ceil(round(size * 2, 6)) / 2


@dataclass(frozen=True)
class Ink:
    """Writes runs. ``zh``: a Chinese document, where quotes and dashes are East Asian too.
    ``scale``: the document's scale, by which every size given in points is multiplied.

    A run with East Asian text names its East Asian font itself (``w:eastAsia``): the one its
    paragraph's style gives (``east_asian_fonts``, by style id; ``east_asian_font`` for a
    paragraph without a style), so the run looks as it would without it, while a reader that
    matches fonts run by run (and a copy pasted elsewhere) still finds a Chinese face.
    """

    zh: bool
    scale: float = 1.0
    east_asian_font: str = ""
    east_asian_fonts: Mapping[str, str] = field(default_factory=dict)

    def east_asian_font_of(self, paragraph: DocxParagraph) -> str:
        """The East Asian font the style of ``paragraph`` sets."""
        ppr = paragraph._p.pPr
        style = ppr.style if ppr is not None else None
        return self.east_asian_fonts.get(style or "", self.east_asian_font)

    def needs_hint(self, text: str) -> bool:
        """True when Word must take ambiguous characters (“”—…) from the East Asian font."""
        return has_cjk(text) or (self.zh and not text.isascii())

    def run(
        self,
        paragraph: DocxParagraph,
        text: str,
        *,
        bold: bool | None = None,
        size: float | None = None,
        color: RGBColor | None = None,
        east_asia: str | None = None,
    ) -> Run:
        """A run of ``text``; ``east_asia`` names a font for its East Asian text other than
        the paragraph style's."""
        text = clean(text)
        run = paragraph.add_run(text)
        # The run's properties written in one go, in the schema's order (rFonts, b, color,
        # sz): python-docx's setters search the element for their place one by one, which
        # was a third of a large Word export.
        properties = []
        fonts = {qn("w:eastAsia"): east_asia} if east_asia else {}
        if self.needs_hint(text):
            if not east_asia and (font := self.east_asian_font_of(paragraph)):
                fonts[qn("w:eastAsia")] = font
            fonts[qn("w:hint")] = "eastAsia"
        if fonts:
            properties.append(OxmlElement("w:rFonts", fonts))
        if bold is not None:
            properties.append(OxmlElement("w:b", None if bold else {qn("w:val"): "0"}))
        if color is not None:
            properties.append(OxmlElement("w:color", {qn("w:val"): str(color)}))
        if size is not None:
            half = round(half_points(size * self.scale) * 2)
            properties.append(OxmlElement("w:sz", {qn("w:val"): str(half)}))
        if properties:
            r_pr = OxmlElement("w:rPr")
            r_pr.extend(properties)
            run._r.insert(0, r_pr)
        return run
