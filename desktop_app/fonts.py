"""The bundled fonts: one place that knows their files, their names and what they cover.

- WenQuanYi Micro Hei (Apache-2.0): a TrueType (glyf) CJK sans face for all text.
- DejaVu Sans (Bitstream Vera licence): the fallback for the few symbols the first lacks.

Word files cannot carry these fonts; they name fonts the reader's computer has instead
(see :data:`WORD_FONTS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app.errors import FontError
from desktop_app.resources import resource_path


@dataclass(frozen=True)
class FontFace:
    name: str  # the name registered with the PDF and chart libraries
    family: str  # the family name inside the file
    file: str  # in assets/fonts/
    subfont_index: int = 0

    @property
    def path(self) -> Path:
        path = resource_path("assets") / "fonts" / self.file
        if not path.is_file():
            raise FontError(f"{path}: bundled font is missing; reinstall Briefing Studio")
        return path


CJK = FontFace("BriefingSans", "WenQuanYi Micro Hei", "wqy-microhei.ttc", 0)
FALLBACK = FontFace("BriefingSymbols", "DejaVu Sans", "DejaVuSans.ttf", 0)
FACES = (CJK, FALLBACK)

# What a Word document asks the reader's computer for (East Asian text, then Latin text).
WORD_FONTS = {"east_asia": "Microsoft YaHei", "latin": "Calibri"}
# Their single line spacing in ems, as Word measures it (the font's Windows ascent plus descent):
# a Word file's line heights are set from these, so a reader without the fonts (LibreOffice
# puts WenQuanYi Micro Hei, 1.17, in place of Microsoft YaHei) lays the page out the same.
WORD_LINE_EMS = {"east_asia": 1.32, "latin": 1.22}


@cache
def load_face(face: FontFace) -> Any:
    """The parsed font (a reportlab TTFont), read once per process; FontError if unreadable."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        return TTFont(face.name, str(face.path), subfontIndex=face.subfont_index)
    except (TTFError, OSError, ValueError) as exc:
        raise FontError(f"{face.path}: bundled font cannot be read ({exc}); reinstall") from exc


@cache
def coverage(face: FontFace) -> frozenset[int]:
    """The code points ``face`` has glyphs for."""
    return frozenset(load_face(face).face.charToGlyph)


def face_for(char: str) -> FontFace | None:
    """The first bundled face that can draw ``char``, or None if none can."""
    code = ord(char)
    for face in FACES:
        if code in coverage(face):
            return face
    return None


def interface_font_file() -> Path:
    """The bundled CJK face, for the desktop app's own text; FontError if it is missing."""
    return CJK.path
