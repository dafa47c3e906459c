"""Make assets/fonts/fandol-fang.ttf, the 仿宋 body face of internal briefs, from Fandol Fang.

    cd /tmp && apt-get download texlive-lang-chinese && dpkg-deb -x texlive-lang-chinese_*.deb tl
    python packaging/make_fandol_fang.py \\
        /tmp/tl/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf

Fandol Fang (GPL with the font exception) is an OpenType face with PostScript (CFF) outlines;
reportlab embeds TrueType (glyf) outlines only. This converts each outline's cubic curves to
quadratic ones (fontTools' cu2qu, within a thousandth of the em) and writes the same face as a
TrueType file: the same glyphs, advance widths, character map and names, with a note in its
description (name 10) saying how and when it was made. The same input gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

OUTPUT = Path(__file__).resolve().parent.parent / "assets" / "fonts" / "fandol-fang.ttf"
MAX_ERROR = 1.0  # font units (of 1000 to the em): how far a quadratic curve may stray
NOTICE = (
    "Converted for Briefing Studio on 2026-12-03 with fontTools: the PostScript (CFF) outlines "
    "of FandolFang-Regular.otf (Fandol fonts v0.3, from the Debian package texlive-lang-chinese "
    "2022.20230122-1) were converted to TrueType quadratic outlines; no glyph was added, "
    "removed or redrawn, and no metric or mapping was changed."
)


def main(source: str) -> None:
    font = TTFont(source, recalcTimestamp=False)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    outlines = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        outlines[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, outlines
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    glyf.compile(font)
    metrics = font["hmtx"]
    for name, glyph in glyf.glyphs.items():  # the left side bearing follows the new outline
        metrics[name] = (metrics[name][0], getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):  # fmt: skip
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 3.0, [], {}  # no glyph names kept
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    names = font["name"]
    names.setName(NOTICE, 10, 3, 1, 0x409)
    names.setName(NOTICE, 10, 1, 0, 0)
    font.save(str(OUTPUT))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python packaging/make_fandol_fang.py FandolFang-Regular.otf")
    main(sys.argv[1])
