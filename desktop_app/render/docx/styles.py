"""The look of the document: colours and the paragraph and character styles it uses.

Real styles (not direct formatting) wherever Word users would look for them: Heading 1-3 for
the navigation pane and the contents, Body Text, List Bullet / List Number, Caption, footnote
text and reference, toc 1-2, a brief's Imprint. Sizes follow ``PageSetup.base_size_pt``.

Line spacing is an "at least" height in points (see :func:`set_leading`), never a multiple of
the font's own line: a multiple would make the page as long as the reader's fonts are tall, and
a reader without Microsoft YaHei gets lines an eighth shorter than one with it.

A brief (``PageSetup.form == "brief"``), after GB/T 9704, names 黑体 for its headings' East
Asian text and 楷体 for second-level ones (the body's 仿宋 is the document default, see
``fonts.py``); its headings are black, and in Chinese they are the body's size, not bold,
and indented by two characters like every paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from weakref import WeakKeyDictionary

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle, ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.parfmt import ParagraphFormat

from desktop_app.fonts import WORD_LINE_EMS
from desktop_app.model import Lang, PageSetup
from desktop_app.render.docx import footnotes
from desktop_app.render.docx.elements import borders, element, parse_color, put
from desktop_app.render.docx.fonts import BRIEF_HEADING, BRIEF_SUBHEADING, set_east_asian_font
from desktop_app.render.docx.text import half_points

MM_PER_PT = 25.4 / 72
HEADING_RULE = 6  # under a first-level heading, in eighths of a point (the PDF's 0.8 pt)
HEADING_RULE_SPACE = 6  # between the heading's text and its rule, in points
HEADINGS = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
BODY = "Body Text"
LEAD = "Lead"
SMALL = "Small Print"
POINT = "Talking Point"
TITLE = "Brief Title"
LIST_BULLET = "List Bullet"
LIST_NUMBER = "List Number"
CAPTION = "Caption"
PICTURE = "Picture"
SOURCE_LINE = "Source Line"
SOURCE_ENTRY = "Source Entry"
TABLE_TEXT = "Table Text"
CONTENTS_TITLE = "Contents Title"
TOC = {1: "toc 1", 2: "toc 2", 3: "toc 3"}  # Word's names; the contents' entries
IMPRINT = "Imprint"
HEADER = "Header"
FOOTER = "Footer"
PARAGRAPH_STYLES = {"body": BODY, "lead": LEAD, "small": SMALL, "point": POINT, "title": TITLE}

# name -> styleId of the built-in styles the template lacks; Word knows them by these ids.
_BUILT_IN_IDS = {
    "footnote text": footnotes.TEXT_STYLE_ID,
    footnotes.REFERENCE_STYLE: footnotes.REFERENCE_STYLE_ID,
    "toc 1": "TOC1",
    "toc 2": "TOC2",
    "toc 3": "TOC3",
}


@dataclass(frozen=True)
class Palette:
    """The PDF's colours (render/pdf/styles.py): the accent is the document's, the rest fixed."""

    accent: RGBColor  # titles, headings, rules, key figures, table headers, note markers
    on_accent: RGBColor  # text on the accent colour
    tile: RGBColor  # the background of a key-figure tile
    zebra: RGBColor  # every other row of a table
    text: RGBColor
    muted: RGBColor  # details, sources, header and footer
    subtle: RGBColor  # a softer black: second-level contents entries
    note: RGBColor  # footnotes
    rule: RGBColor  # thin grey lines

    @classmethod
    def for_page(cls, page: PageSetup) -> Palette:
        return cls(
            accent=parse_color(page.accent),
            on_accent=RGBColor(0xFF, 0xFF, 0xFF),
            tile=RGBColor(0xF6, 0xF1, 0xEE),
            zebra=RGBColor(0xF7, 0xF7, 0xF7),
            text=RGBColor(0x1F, 0x1F, 0x1F),
            muted=RGBColor(0x5F, 0x63, 0x68),
            subtle=RGBColor(0x33, 0x33, 0x33),
            note=RGBColor(0x44, 0x44, 0x44),
            rule=RGBColor(0xC8, 0xC8, 0xC8),
        )


def setup_styles(
    docx: DocxDocument, page: PageSetup, lang: Lang, palette: Palette, scale: float = 1.0
) -> None:
    """The styles for ``page``; every size and space in points multiplied by ``scale``."""
    size = page.base_size_pt
    zh = lang == "zh"
    look = partial(_look, lang=lang, scale=scale)
    normal = _paragraph_style(docx, "Normal")
    look(normal, size=size, color=palette.text, after=0, line=1.3)
    if zh:  # 2026年12月2日, tight as the PDF sets it: no space between Chinese and digits
        for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
            put(normal.element.get_or_add_pPr(), element(tag, val=0))
    body = _paragraph_style(docx, BODY)
    body_line = 1.5 if zh else 1.35
    look(body, after=size * 0.6, line=body_line)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if zh else WD_ALIGN_PARAGRAPH.LEFT
    if zh:  # Chinese paragraphs indent their first line by two characters.
        body.paragraph_format.first_line_indent = Pt(2 * size * scale)
        body.element.get_or_add_pPr().get_or_add_ind().set(qn("w:firstLineChars"), "200")
    look(_paragraph_style(docx, LEAD, BODY), size=size + 1, after=size, line=body_line)
    small = _paragraph_style(docx, SMALL, BODY)
    look(small, size=size - 1.5, color=palette.muted, line=1.3)
    title = _paragraph_style(docx, TITLE, "Normal")
    look(title, size=size + 3, bold=True, before=size * 0.4, after=size * 1.2, line=1.3)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    point = _paragraph_style(docx, POINT, "Normal")
    look(point, size=size + 1.5, before=size * 0.6, after=size * 0.6, line=1.4, left_mm=4)
    put(point.element.get_or_add_pPr(), borders("w:pBdr", palette.accent, {"left": 24}, 8))

    for level, name in HEADINGS.items():
        heading = _paragraph_style(docx, name)
        heading_size = (size + 5.5, size + 2.5, size + 1)[level - 1]
        color = palette.accent if level == 1 else palette.text
        look(heading, size=heading_size, bold=True, color=color, line=1.2)
        # The first level's space above is the PDF's; what its rule adds below (see below)
        # keeps the whole heading as tall as the PDF's.
        look(heading, before=size * (1.4, 1.35, 0.95)[level - 1], after=size * 0.75)
        heading.paragraph_format.keep_with_next = True
    # A rule in the accent colour under each first-level heading, as in the PDF (a brief has
    # none, see _brief_styles).
    rule = borders("w:pBdr", palette.accent, {"bottom": HEADING_RULE}, HEADING_RULE_SPACE)
    put(docx.styles[HEADINGS[1]].element.get_or_add_pPr(), rule)
    # The contents, as the PDF sets them: the title like a first-level heading (without its
    # rule), the entries plain, the second level indented by two characters and in grey.
    contents_title = _paragraph_style(docx, CONTENTS_TITLE, "Normal")
    look(contents_title, size=size + 5.5, bold=True, color=palette.accent, line=1.2)
    look(contents_title, after=size * 0.9)
    contents_title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    contents_title.paragraph_format.keep_with_next = True
    for level, name in TOC.items():
        entry = _paragraph_style(docx, name, "Normal")
        look(entry, size=size * (1.05, 0.95, 0.95)[level - 1], line=1.3)
        look(entry, before=size * (0.35, 0.15, 0.15)[level - 1], after=size * 0.15)
        if level > 1:
            look(entry, color=palette.subtle, left_mm=(level - 1) * 2 * size * scale * MM_PER_PT)
        entry.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT  # never justified

    for name in (LIST_BULLET, LIST_NUMBER):
        look(_paragraph_style(docx, name), after=size * 0.3, line=1.4)
        _drop(docx, name, "w:contextualSpacing")  # it would cancel the space between items
    caption = _paragraph_style(docx, CAPTION)
    look(caption, size=size * 0.9, bold=True, color=palette.text, line=1.2)
    look(caption, before=size * 0.75, after=size * 0.4)
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture = _paragraph_style(docx, PICTURE, "Normal")
    look(picture, before=size * 0.75, after=size * 0.2, line=1.0)
    picture.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    source_line = _paragraph_style(docx, SOURCE_LINE, "Normal")
    look(source_line, size=size - 2, color=palette.muted, line=1.2)
    look(source_line, before=size * 0.3, after=size * 0.95)
    entry = _paragraph_style(docx, SOURCE_ENTRY, "Normal")
    look(entry, size=size - 1.5, after=size * 0.4, line=1.3, left_mm=6)
    entry.paragraph_format.first_line_indent = Mm(-6)  # hanging: wrapped lines indent
    entry.paragraph_format.keep_with_next = True  # a short list of sources stays on one page
    table_text = _paragraph_style(docx, TABLE_TEXT, "Normal")
    # A cell's padding is its margins (tables.py): its text takes no space above or below.
    look(table_text, size=size * 0.88, before=0, after=0, line=1.0)
    note_text = _paragraph_style(docx, "footnote text", "Normal")
    look(note_text, size=size - 2, color=palette.note, after=size * 0.1, line=1.0)
    reference = _character_style(docx, footnotes.REFERENCE_STYLE)
    reference.font.superscript = True
    reference.font.color.rgb = palette.accent  # the PDF's note markers (footnotes.py: not in
    # the notes themselves)
    for name in (HEADER, FOOTER):
        look(_paragraph_style(docx, name), size=size - 2, color=palette.muted, line=1.0)
    imprint = _paragraph_style(docx, IMPRINT, "Normal")  # a brief's closing lines
    look(imprint, size=size - 1, before=size * 0.3, after=size * 0.3, line=1.2)
    imprint.quick_style = False
    if page.form == "brief":
        _brief_styles(docx, size, zh, palette, look, scale)


def set_contents_tabs(docx: DocxDocument, text_width_mm: float) -> None:
    """The contents' entries: a right tab with a dot leader at the text width, where the page
    number stands (Word's own contents styles have the same)."""
    for name in TOC.values():
        tab_stops = docx.styles[name].paragraph_format.tab_stops
        tab_stops.add_tab_stop(Mm(text_width_mm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


BRIEF_LEADING = 1.75  # a Chinese brief's line pitch in the PDF, in text sizes


def _brief_styles(
    docx: DocxDocument,
    size: float,
    zh: bool,
    palette: Palette,
    look: Callable[..., None],
    scale: float,
) -> None:
    """The headings of a brief, after GB/T 9704; ``look`` is :func:`_look` bound to the
    document's language and scale. A Chinese brief's lines are as far apart as the PDF's
    (1.75 of the text size), so the two keep the same page budget."""
    _drop(docx, HEADINGS[1], "w:pBdr")  # no rule under a brief's headings
    brief_line = BRIEF_LEADING / line_em("zh") if zh else 1.3
    for name, font in ((HEADINGS[1], BRIEF_HEADING), (HEADINGS[2], BRIEF_SUBHEADING)):
        heading = _paragraph_style(docx, name)
        set_east_asian_font(heading.element.get_or_add_rPr(), font)
        heading_size = size if zh else size + 1.5
        look(heading, size=heading_size, bold=not zh, color=palette.text, line=brief_line)
        look(heading, before=size * 0.95, after=size * 0.4)
        if zh:  # a heading is a paragraph like the others: indented by two characters
            heading.paragraph_format.first_line_indent = Pt(2 * size * scale)
            heading.element.get_or_add_pPr().get_or_add_ind().set(qn("w:firstLineChars"), "200")
    if zh:
        for name in (BODY, LIST_NUMBER):
            look(_paragraph_style(docx, name), line=brief_line, after=size * 0.35)
    title = docx.styles[TITLE]
    set_east_asian_font(title.element.get_or_add_rPr(), BRIEF_HEADING)


def _paragraph_style(docx: DocxDocument, name: str, base: str | None = None) -> ParagraphStyle:
    return _style(docx, name, WD_STYLE_TYPE.PARAGRAPH, base)  # type: ignore[return-value]


def _character_style(docx: DocxDocument, name: str) -> BaseStyle:
    return _style(docx, name, WD_STYLE_TYPE.CHARACTER, None)


def _style(docx: DocxDocument, name: str, kind: WD_STYLE_TYPE, base: str | None) -> BaseStyle:
    """The style called ``name``, added (based on ``base``) when the template lacks it."""
    styles = docx.styles
    if name in styles:
        return styles[name]
    style = styles.add_style(name, kind, builtin=name in _BUILT_IN_IDS)
    if name in _BUILT_IN_IDS:
        style.style_id = _BUILT_IN_IDS[name]
    if base is not None:
        style.base_style = styles[base]
    if kind == WD_STYLE_TYPE.PARAGRAPH:
        style.quick_style = name not in _BUILT_IN_IDS
    return style


def line_em(lang: Lang) -> float:
    """The single line spacing of the document's main Word font, in ems: Microsoft YaHei in
    Chinese (a Latin-only line is set as tall, so every line keeps the same pitch), Calibri in
    English."""
    return WORD_LINE_EMS["east_asia" if lang == "zh" else "latin"]


def set_leading(fmt: ParagraphFormat, size: float, lines: float, lang: Lang) -> None:
    """Lines ``lines`` times single spacing at ``size`` points, as an "at least" height: Word
    and LibreOffice both keep it whatever fonts they have (a taller font's single line would
    still win, which only a line spacing below 1 allows)."""
    fmt.line_spacing = Pt(round(size * lines * line_em(lang), 2))
    fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST


def _font_size(style: BaseStyle) -> float:
    """The size ``style`` sets, or inherits from the styles it is based on, in points."""
    current: BaseStyle | None = style
    while current is not None:
        if current.font.size is not None:
            return current.font.size.pt
        current = current.base_style
    raise ValueError(f"style {style.name!r} has no font size")


def _look(
    style: ParagraphStyle,
    *,
    lang: Lang,
    scale: float,
    size: float | None = None,
    bold: bool | None = None,
    color: RGBColor | None = None,
    before: float | None = None,
    after: float | None = None,
    line: float | None = None,
    left_mm: float | None = None,
) -> None:
    """Set the given properties of ``style``; sizes and spacing in points (multiplied by
    ``scale``), ``line`` in lines (see :func:`set_leading`)."""
    font = style.font
    if size is not None:
        font.size = Pt(half_points(size * scale))
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = color
    fmt = style.paragraph_format
    if before is not None:
        fmt.space_before = Pt(before * scale)
    if after is not None:
        fmt.space_after = Pt(after * scale)
    if line is not None:
        set_leading(fmt, _font_size(style), line, lang)
    if left_mm is not None:
        fmt.left_indent = Mm(left_mm)


def _drop(docx: DocxDocument, name: str, tag: str) -> None:
    ppr = docx.styles[name].element.pPr
    if ppr is not None:
        for child in ppr.findall(qn(tag)):
            ppr.remove(child)


_STYLE_IDS: WeakKeyDictionary[Part, dict[str, str]] = WeakKeyDictionary()


def set_style(paragraph: DocxParagraph, name: str | None) -> DocxParagraph:
    """Give ``paragraph`` the style ``name``. python-docx's own ``paragraph.style = name``
    scans every style in the file on each call (two thirds of a large export's time); here
    each name is looked up once per document."""
    if name is None:
        return paragraph
    document_part = paragraph.part._document_part  # also from a header's or footer's part
    ids = _STYLE_IDS.setdefault(document_part, {})
    if name not in ids:
        ids[name] = document_part.styles[name].style_id
    paragraph._p.get_or_add_pPr().style = ids[name]
    return paragraph
