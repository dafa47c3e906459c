"""The bundled fonts: one place that knows their files, their names and what they cover.

- WenQuanYi Micro Hei (Apache-2.0): a TrueType (glyf) CJK sans face, a 黑体 (hei) style, for
  all text, and for the headings of an internal brief.
- Fandol Fang (GPL with the font exception): a 仿宋 (fangsong) face, the body text of an
  internal brief (简报) in Chinese, as GB/T 9704 sets it; made a TrueType file from the
  PostScript-outlined original (``packaging/make_fandol_fang.py``). It covers the GB 2312
  characters and more; a rarer one (a traditional 產 in a source's title) is drawn in the
  fallback chain.
- AR PL UKai CN (Arphic Public License): a TrueType 楷体 (kai) face, for an internal brief's
  second-level headings, which GB/T 9704 sets in 楷体. Its ，。、：； were moved to where GB
  typography puts them (``packaging/make_ukai_cn.py``).
- DejaVu Sans (Bitstream Vera licence): the fallback for the few symbols the others lack.

A character a text's own face lacks is drawn in the next face that has it (:func:`face_for`).
Word files cannot carry these fonts; they name fonts the reader's computer has instead
(see :data:`WORD_FONTS` and :data:`WORD_BRIEF_FONTS`).
"""

from __future__ import annotations

import struct
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
FANG = FontFace("BriefingFang", "FandolFang", "fandol-fang.ttf", 0)
KAI = FontFace("BriefingKai", "AR PL UKai CN", "ukai-cn.ttf", 0)
FALLBACK = FontFace("BriefingSymbols", "DejaVu Sans", "DejaVuSans.ttf", 0)
FACES = (CJK, FALLBACK)  # the fallback chain after a text's own face
BY_NAME = {face.name: face for face in (CJK, FANG, KAI, FALLBACK)}

# What a Word document asks the reader's computer for (East Asian text, then Latin text).
WORD_FONTS = {"east_asia": "Microsoft YaHei", "latin": "Calibri"}
# Their single line spacing in ems, as Word measures it (the font's Windows ascent plus descent):
# a Word file's line heights are set from these, so a reader without the fonts (LibreOffice
# puts WenQuanYi Micro Hei, 1.17, in place of Microsoft YaHei) lays the page out the same.
WORD_LINE_EMS = {"east_asia": 1.32, "latin": 1.22}
# An internal brief after GB/T 9704 (East Asian text; Latin text keeps WORD_FONTS' face): each
# font by the name Chinese Word writes, and the English name Word also knows it by.
WORD_BRIEF_FONTS = {
    "body": ("仿宋", "FangSong"),
    "heading": ("黑体", "SimHei"),
    "subheading": ("楷体", "KaiTi"),
}


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


def face_for(char: str, primary: FontFace = CJK) -> FontFace | None:
    """The face that draws ``char`` in text set in ``primary``: ``primary`` itself if it can,
    else the first face of the fallback chain that can; None if no bundled face can."""
    code = ord(char)
    if code in coverage(primary):
        return primary
    for face in FACES:
        if code in coverage(face):
            return face
    return None


@cache
def ink(name: str, char: str) -> tuple[float, float, float] | None:
    """Where ``char``'s glyph in the face registered as ``name`` is inked: its left and right
    edges and its advance, in ems; None for a face not bundled or a glyph with no outline.
    Read from the glyph's header in the font's ``glyf`` table (reportlab keeps the file and
    the glyphs' offsets), so that two punctuation marks can be set closer without touching."""
    face = BY_NAME.get(name)
    if face is None:
        return None
    font = load_face(face).face
    glyph = font.charToGlyph.get(ord(char))
    if glyph is None or glyph + 1 >= len(font.glyphPos):
        return None
    start, end = font.glyphPos[glyph], font.glyphPos[glyph + 1]
    if end - start < 10:
        return None
    offset = font.table["glyf"]["offset"] + start
    _, x_min, _, x_max, _ = struct.unpack(">hhhhh", font._ttf_data[offset : offset + 10])
    em = font.unitsPerEm
    advance = font.hmetrics[min(glyph, len(font.hmetrics) - 1)][0]
    return x_min / em, x_max / em, advance / em


def interface_font_file() -> Path:
    """The bundled CJK face, for the desktop app's own text; FontError if it is missing."""
    return CJK.path
