"""The bundled faces: what they cover, the fallback from a text's own face, and the brief's
楷体 face as it was made (GB punctuation, the licence's notice, the licence beside it)."""

from __future__ import annotations

import re

import pytest
from fontTools.ttLib import TTFont

from desktop_app.fonts import CJK, FALLBACK, FANG, KAI, coverage, face_for
from desktop_app.render.pdf.markup import text_markup
from tests.conftest import ROOT, SEEDS


def chinese_text() -> set[str]:
    """Every character of the bundled fact base and templates."""
    files = [*SEEDS.rglob("*.yaml"), *(ROOT / "report_templates").glob("*.yaml")]
    return {ch for path in files for ch in path.read_text(encoding="utf-8") if ord(ch) >= 0x20}


def test_the_kai_face_covers_the_bundled_text() -> None:
    missing = {ch for ch in chinese_text() if ord(ch) not in coverage(KAI)}
    assert missing == set(), "".join(sorted(missing))


def test_a_character_the_kai_face_lacks_falls_back() -> None:
    for ch in "‹›−":
        assert ord(ch) not in coverage(KAI)
        face = face_for(ch, KAI)
        assert face in (CJK, FALLBACK)
    assert face_for("专", KAI) is KAI and face_for("专") is CJK
    markup = text_markup("专‹业", KAI.name)
    assert re.fullmatch(r'专<font name="(BriefingSans|BriefingSymbols)">‹</font>业', markup)
    assert text_markup("专业", KAI.name) == "专业"  # the paragraph's own face: no switch


@pytest.fixture(scope="module")
def kai() -> TTFont:
    return TTFont(str(KAI.path))


def test_kai_punctuation_sits_where_gb_typography_puts_it(kai: TTFont) -> None:
    """The CN face drew ，。、 in the middle of the em box (as Taiwan sets them)."""
    glyphs, cmap = kai["glyf"], kai.getBestCmap()
    em = kai["head"].unitsPerEm
    for ch in "，。、":
        glyph = glyphs[cmap[ord(ch)]]
        assert glyph.xMax < em * 0.4 and glyph.yMax < em * 0.3, ch  # lower left
    for ch in "：；":
        assert glyphs[cmap[ord(ch)]].xMax < em * 0.4, ch  # left


def test_kai_says_how_it_was_changed_and_has_its_licence(kai: TTFont) -> None:
    assert kai["name"].getDebugName(4) == "AR PL UKai CN"
    assert "Modified for Briefing Studio" in kai["name"].getDebugName(0)
    licence = KAI.path.with_name("ARPHICPL.TXT").read_text(encoding="utf-8")
    assert licence.startswith("ARPHIC PUBLIC LICENSE")


def test_the_fang_face_covers_the_bundled_text_but_a_rare_traditional_character() -> None:
    """The brief's 仿宋 (Fandol Fang) covers every character of the fact base and templates but
    the traditional 產 of an alias, which is drawn in the fallback chain, not as a gap."""
    missing = {ch for ch in chinese_text() if ord(ch) not in coverage(FANG)}
    assert missing <= {"產"}, "".join(sorted(missing))
    assert face_for("產", FANG) is CJK and face_for("产", FANG) is FANG


def test_fang_is_a_truetype_conversion_that_says_so_and_has_its_licence() -> None:
    fang = TTFont(str(FANG.path))
    assert "glyf" in fang and "CFF " not in fang  # reportlab embeds TrueType outlines only
    assert fang["name"].getDebugName(1) == "FandolFang R"
    assert "Converted for Briefing Studio" in fang["name"].getDebugName(10)
    glyphs, cmap, em = fang["glyf"], fang.getBestCmap(), fang["head"].unitsPerEm
    for ch in "，。、":  # where GB typography puts them: the lower left
        glyph = glyphs[cmap[ord(ch)]]
        assert glyph.xMax < em * 0.4 and glyph.yMax < em * 0.3, ch
    licence = FANG.path.with_name("LICENSE-fandol.txt").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "special exception" in licence
