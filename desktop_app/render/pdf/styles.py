"""Paragraph styles for a document, derived from its page setup and language.

A plain document is set in the CJK sans face throughout, its headings in the accent colour.
A brief (``PageSetup.form == "brief"``), after GB/T 9704, sets its headings in the 黑体 face
(the CJK sans) and black, its Chinese body text in 仿宋 (Fandol Fang, see
:mod:`desktop_app.fonts`) and its second-level headings in 楷体; English text keeps the sans
face. Only the masthead's title and rule are in the accent colour.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from reportlab.lib.colors import HexColor, black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop_app.fonts import BY_NAME, FANG, KAI, FontFace
from desktop_app.model import Document
from desktop_app.render.pdf.fonts import BODY

INK = HexColor("#1F1F1F")
MUTED = HexColor("#5F6368")
RULE = HexColor("#C8C8C8")
TILE = HexColor("#F6F1EE")


@dataclass(frozen=True)
class Styles:
    scale: float  # 1.0, or less when a page limit makes the document set smaller
    accent: HexColor
    brief: bool  # set as a brief after GB/T 9704 (see the module docstring)
    heading_stroke: float  # the outline that makes headings bold; 0: none (黑体 is not bold)
    heading_rule: bool  # a rule in the accent colour under each first-level heading
    numbers_in_text: bool  # numbered points are paragraphs that begin "1." (Chinese briefs)
    edge: float  # how far a Chinese brief's issuer and imprint lines stand in: one character
    rule: HexColor  # the colour of a brief's imprint rules
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    point: ParagraphStyle
    title: ParagraphStyle
    bullet: ParagraphStyle
    numbered: ParagraphStyle  # a numbered point, its number in the text, first line indented
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    caption: ParagraphStyle
    source: ParagraphStyle
    footnote: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    tile_value: ParagraphStyle
    tile_label: ParagraphStyle
    tile_detail: ParagraphStyle
    toc: ParagraphStyle
    toc2: ParagraphStyle
    header: ParagraphStyle

    def faces(self) -> set[FontFace]:
        """The bundled faces these styles set text in."""
        styles = (getattr(self, f.name) for f in fields(self))
        return {BY_NAME[s.fontName] for s in styles if isinstance(s, ParagraphStyle)}


def make_styles(document: Document, scale: float = 1.0) -> Styles:
    size = document.page.base_size_pt * scale
    zh = document.lang == "zh"
    accent = HexColor(document.page.accent)
    brief = document.page.form == "brief"
    # A brief's Chinese body is in 仿宋, its second-level headings in 楷体, its headings in 黑体
    # (GB/T 9704).
    text_face = FANG.name if brief and zh else BODY
    subheading_face = KAI.name if brief and zh else BODY
    heading_colour = INK if brief else accent

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": text_face,
            "bulletFontName": text_face,
            "fontSize": size,
            "leading": size * 1.75,
            "textColor": INK,
            "wordWrap": "CJK",
            "alignment": TA_JUSTIFY if zh else TA_LEFT,
            "spaceAfter": size * 0.5,
            "allowWidows": 0,  # no paragraph's last line alone at the top of a page
            "allowOrphans": 0,  # nor its first line alone at the foot of one
        }
        base.update(kw)
        return ParagraphStyle(name, **base)  # type: ignore[arg-type]

    # A Chinese brief's heading is a paragraph like the others (GB/T 9704): the same size,
    # indented by two characters, in 黑体 where the text is in 仿宋. English text has one face,
    # so there a heading is a little larger and bold.
    h1_brief = {
        "fontName": BODY,
        "fontSize": size if zh else size * 1.15,
        "leading": size * 1.75 if zh else size * 1.9,
        "firstLineIndent": 2 * size if zh else 0,
        "spaceBefore": size * 0.8,
        "spaceAfter": size * 0.35,
    }
    return Styles(
        scale=scale,
        accent=accent,
        brief=brief,
        heading_stroke=0.0 if brief and zh else 0.32,
        heading_rule=not brief,
        numbers_in_text=brief and zh,
        edge=size if brief and zh else 0.0,
        rule=black,
        body=style("body", firstLineIndent=2 * size if zh else 0),
        lead=style(
            "lead",
            fontSize=size * 1.1,
            leading=size * 1.9,
            textColor=HexColor("#333333"),
            firstLineIndent=2 * size * 1.1 if zh else 0,
            spaceAfter=size,
        ),
        small=style("small", fontSize=size * 0.8, leading=size * 1.3, textColor=MUTED),
        point=style(
            "point",
            fontSize=size * 1.2,
            leading=size * 2.0,
            leftIndent=size * 1.6,
            firstLineIndent=0,
            spaceAfter=size * 0.7,
        ),
        title=style(
            "title",
            headline=True,
            fontName=BODY,
            fontSize=size * 1.3,
            leading=size * 1.9,
            alignment=TA_CENTER,
            spaceBefore=size * 0.3,
            spaceAfter=size * 1.1,
        ),
        bullet=style("bullet", leftIndent=size * 1.6, firstLineIndent=0, spaceAfter=size * 0.35),
        numbered=style("numbered", firstLineIndent=2 * size, spaceAfter=size * 0.35),
        h1=style(
            "h1",
            headline=True,
            textColor=heading_colour,
            alignment=TA_LEFT,
            **(
                h1_brief
                if brief
                else {
                    "fontName": BODY,
                    "fontSize": size * 1.55,
                    "leading": size * 2.1,
                    "spaceBefore": size * 1.4,
                    "spaceAfter": size * 0.7,
                }
            ),
        ),
        h2=style(
            "h2",
            headline=True,
            alignment=TA_LEFT,
            **(
                {**h1_brief, "fontName": subheading_face}
                if brief
                else {
                    "fontName": BODY,
                    "fontSize": size * 1.2,
                    "leading": size * 1.8,
                    "spaceBefore": size * 0.9,
                    "spaceAfter": size * 0.4,
                }
            ),
        ),
        h3=style(
            "h3",
            headline=True,
            fontName=BODY,
            fontSize=size * 1.05,
            leading=size * 1.6,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
            alignment=TA_LEFT,
            textColor=HexColor("#333333"),
        ),
        caption=style(
            "caption",
            headline=True,
            fontSize=size * 0.9,
            leading=size * 1.35,
            alignment=TA_CENTER,
            spaceBefore=size * 0.3,
            spaceAfter=size * 0.2,
        ),
        source=style(
            "source",
            fontSize=size * 0.75,
            leading=size * 1.15,
            textColor=MUTED,
            alignment=TA_LEFT,
            spaceAfter=size * 1.0,
        ),
        footnote=style(
            "footnote",
            fontSize=size * 0.72,
            leading=size * 1.05,
            textColor=HexColor("#444444"),
            alignment=TA_LEFT,
            leftIndent=size * 1.5,  # the note's number hangs in this indent
            bulletIndent=0,
            bulletFontSize=size * 0.72,
            spaceAfter=size * 0.12,
        ),
        cell=style(
            "cell", fontSize=size * 0.88, leading=size * 1.3, alignment=TA_LEFT, spaceAfter=0
        ),
        cell_head=style(
            "cell_head",
            fontSize=size * 0.88,
            leading=size * 1.3,
            alignment=TA_LEFT,
            textColor=HexColor("#FFFFFF"),
            spaceAfter=0,
        ),
        tile_value=style(
            "tile_value",
            fontSize=size * 2.1,
            leading=size * 2.5,
            textColor=accent,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        tile_label=style(
            "tile_label",
            headline=True,
            fontSize=size * 0.92,
            leading=size * 1.3,
            alignment=TA_LEFT,
            spaceAfter=size * 0.15,
        ),
        tile_detail=style(
            "tile_detail",
            fontSize=size * 0.72,
            leading=size * 1.1,
            textColor=MUTED,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        toc=style(
            "toc",
            headline=True,
            fontSize=size * 1.05,
            leading=size * 1.9,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        toc2=style(
            "toc2",
            headline=True,
            fontSize=size * 0.95,
            leading=size * 1.7,
            alignment=TA_LEFT,
            leftIndent=size * 2,
            spaceAfter=0,
            textColor=HexColor("#333333"),
        ),
        header=style(
            "header", fontSize=size * 0.75, leading=size, textColor=MUTED, alignment=TA_RIGHT
        ),
    )
