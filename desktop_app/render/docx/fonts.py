"""East Asian fonts: explicit fonts and languages, with the default template's traps removed.

python-docx's template (1) sets ``themeFontLang w:eastAsia="ja-JP"``, so Chinese falls back to
a Japanese font, and (2) gives docDefaults and the heading styles ``*Theme`` font attributes,
which override explicit names. Here every ``*Theme`` attribute goes, fonts are named
explicitly from :data:`desktop_app.fonts.WORD_FONTS`, and the languages say Chinese.

A brief after GB/T 9704 names, for East Asian text, 仿宋 for the body, 黑体 for headings and
楷体 for second-level ones (:data:`desktop_app.fonts.WORD_BRIEF_FONTS`), set on the styles
(see ``styles.py``) and, for the masthead's lines, on their runs.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from desktop_app.fonts import WORD_BRIEF_FONTS, WORD_FONTS
from desktop_app.render.docx.elements import element, put

EAST_ASIA = WORD_FONTS["east_asia"]
LATIN = WORD_FONTS["latin"]
BRIEF_BODY, BRIEF_HEADING, BRIEF_SUBHEADING = (
    WORD_BRIEF_FONTS[k][0] for k in ("body", "heading", "subheading")
)
EAST_ASIAN_LANGUAGE = "zh-CN"
# ``w:val`` is the language of Latin-script runs: "zh-CN" there would let Word and LibreOffice
# break English words anywhere ("Suzho|u"), so it stays English, as Chinese Word writes it.
LATIN_LANGUAGE = "en-US"
_THEME_ATTRIBUTES = tuple(
    qn(f"w:{name}") for name in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
)

# The font table tells Word what to substitute when a reader lacks a font: charset 86 is
# GB2312, so a missing Microsoft YaHei is replaced by another Chinese sans-serif face.
_FONT_TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:font w:name="{LATIN}"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="{EAST_ASIA}"><w:altName w:val="微软雅黑"/><w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="Symbol"><w:charset w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
{{brief}}</w:fonts>
"""  # noqa: E501
# A brief's fonts, under the names Chinese Word writes, with the English names as altName; all
# three are fixed-pitch GB2312 (charset 86) faces of the "modern" family.
_BRIEF_FONT_TABLE = "".join(
    f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="86"/>'
    '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\n'
    for name, alt in WORD_BRIEF_FONTS.values()
)


def set_fonts(rfonts: BaseOxmlElement, east_asia: str = EAST_ASIA) -> None:
    """Name the fonts of ``rfonts`` explicitly, for Latin, East Asian and complex scripts."""
    for attribute in _THEME_ATTRIBUTES:
        rfonts.attrib.pop(attribute, None)
    rfonts.set(qn("w:ascii"), LATIN)
    rfonts.set(qn("w:hAnsi"), LATIN)
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:cs"), LATIN)


def setup_fonts(docx: DocxDocument, language_tag: str, brief: bool = False) -> None:
    """``language_tag``: the document's BCP 47 language; an English region (en-GB) is kept.
    ``brief``: the document is a brief, its East Asian text in 仿宋 unless a style says
    otherwise."""
    east_asia = BRIEF_BODY if brief else EAST_ASIA
    language = language_tag if language_tag.startswith("en-") else LATIN_LANGUAGE
    styles = docx.styles.element
    for rfonts in styles.iter(qn("w:rFonts")):
        if any(attribute in rfonts.attrib for attribute in _THEME_ATTRIBUTES):
            set_fonts(rfonts, east_asia)
    rpr = _default_run_properties(styles)
    set_fonts(rpr.get_or_add_rFonts(), east_asia)
    put(rpr, element("w:lang", val=language, eastAsia=EAST_ASIAN_LANGUAGE, bidi="ar-SA"))
    put(
        docx.settings.element,
        element("w:themeFontLang", val=language, eastAsia=EAST_ASIAN_LANGUAGE),
    )
    table = _FONT_TABLE.replace("{brief}", _BRIEF_FONT_TABLE if brief else "")
    docx.part.part_related_by(RT.FONT_TABLE)._blob = table.encode()  # type: ignore[attr-defined]


def set_east_asian_font(rpr: BaseOxmlElement, name: str) -> None:
    """Name ``name`` for the East Asian text of a style's or a run's properties ``rpr``."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = put(rpr, element("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), name)


def east_asian_fonts(docx: DocxDocument) -> tuple[str, dict[str, str]]:
    """The East Asian font of the document's defaults, and of each paragraph style by id (what
    the style names, or the style it is based on, or the defaults)."""
    styles = docx.styles.element
    default = _default_run_properties(styles).find(qn("w:rFonts"))
    default_font = default.get(qn("w:eastAsia"), "") if default is not None else ""
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}

    def font_of(style_id: str, seen: frozenset[str] = frozenset()) -> str:
        style = by_id.get(style_id)
        if style is None or style_id in seen:
            return default_font
        rfonts = style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if rfonts is not None and rfonts.get(qn("w:eastAsia")):
            return rfonts.get(qn("w:eastAsia"))
        based_on = style.find(qn("w:basedOn"))
        if based_on is None:
            return default_font
        return font_of(based_on.get(qn("w:val")), seen | {style_id})

    paragraph_styles = (s for s in by_id.values() if s.get(qn("w:type")) == "paragraph")
    return default_font, {
        s.get(qn("w:styleId")): font_of(s.get(qn("w:styleId"))) for s in paragraph_styles
    }


def _default_run_properties(styles: BaseOxmlElement) -> BaseOxmlElement:
    """``w:docDefaults/w:rPrDefault/w:rPr``, created if the template lacks it."""
    parent = styles
    for tag in ("w:docDefaults", "w:rPrDefault", "w:rPr"):
        child = parent.find(qn(tag))
        if child is None:
            child = element(tag)
            parent.insert(0, child)
        parent = child
    return parent
