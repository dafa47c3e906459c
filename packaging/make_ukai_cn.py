"""Make assets/fonts/ukai-cn.ttf, the body face of internal briefs, from Debian's UKai.

    cd /tmp && apt-get download fonts-arphic-ukai && dpkg-deb -x fonts-arphic-ukai_*.deb ukai
    python packaging/make_ukai_cn.py /tmp/ukai/usr/share/fonts/truetype/arphic/ukai.ttc

It takes the CN face (AR PL UKai CN) out of the four-face collection and changes one thing:
its ，。、 are drawn in the middle of the em box and its ：； centred, as Taiwan sets them; they
are moved to the lower left (，。、) and to the left (：；), where mainland (GB) typography and
every GB font put them. The Arphic Public License allows modified glyphs and asks for a notice
in the modified file saying how and when it was changed: it is added to the copyright notice
(name 0) and the description (name 10). The same input gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTCollection

OUTPUT = Path(__file__).resolve().parent.parent / "assets" / "fonts" / "ukai-cn.ttf"
CN_FACE = "AR PL UKai CN"
# Where each mark's outline starts (xMin, yMin) in a 1024-unit em box, after GB fonts (the
# bundled WenQuanYi Micro Hei puts ，at x 168 and below the baseline); None keeps the height.
GB_PLACES: dict[str, tuple[int, int | None]] = {
    "，": (150, -110),
    "。": (70, -50),
    "、": (70, -50),
    "：": (200, None),
    "；": (200, None),
}
NOTICE = (
    "Modified for Briefing Studio on 2026-12-01 with fontTools: the CN face was extracted from "
    "ukai.ttc (Debian package fonts-arphic-ukai 0.2.20080216.2-5) into this single TrueType "
    "file, and the glyphs of the full-width comma, full stop, enumeration comma (U+FF0C, U+3002, "
    "U+3001), colon and semicolon (U+FF1A, U+FF1B) were moved to where GB (mainland) "
    "typography sets them (lower left, left); no other glyph, metric or mapping was changed."
)


def main(collection: str) -> None:
    faces = TTCollection(collection, recalcTimestamp=False).fonts
    font = next(f for f in faces if f["name"].getDebugName(4) == CN_FACE)
    glyphs, cmap = font["glyf"], font.getBestCmap()
    for char, (x, y) in GB_PLACES.items():
        glyph = glyphs[cmap[ord(char)]]
        dx, dy = x - glyph.xMin, 0 if y is None else y - glyph.yMin
        glyph.coordinates.translate((dx, dy))
        glyph.recalcBounds(glyphs)
        # Keep the left side bearing in step with the outline (advance widths are unchanged).
        width, _ = font["hmtx"][cmap[ord(char)]]
        font["hmtx"][cmap[ord(char)]] = (width, glyph.xMin)
    names = font["name"]
    for record in list(names.names):
        if record.nameID == 0:
            text = record.toUnicode().rstrip() + "\n\n" + NOTICE
            names.setName(text, 0, record.platformID, record.platEncID, record.langID)
    names.setName(NOTICE, 10, 3, 1, 0x409)
    names.setName(NOTICE, 10, 1, 0, 0)
    font.save(str(OUTPUT))
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
