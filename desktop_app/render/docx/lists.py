"""List numbering: a bullet and a decimal definition, and a fresh count for each numbered list.

The template's list definitions indent by half an inch and draw bullets from the Symbol font.
These follow the body size instead, and every numbered list restarts at 1. A Chinese brief
numbers its points in the text (GB/T 9704): "1." begins a paragraph indented by two
characters, the text follows without a gap, and later lines start at the margin.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop_app.render.docx.elements import element, put
from desktop_app.render.docx.fonts import LATIN
from desktop_app.render.docx.styles import LIST_BULLET


class ListNumbering:
    def __init__(self, docx: DocxDocument, indent_twips: int, accent: RGBColor) -> None:
        self._numbering = docx.part.numbering_part.element
        taken = [int(a.get(qn("w:abstractNumId"))) for a in self._abstract_nums()]
        first = max(taken, default=-1) + 1
        self._bullet_abstract = first
        self._decimal_abstract = first + 1
        self._in_text_abstract: int | None = None  # added when a brief first needs it
        self._indent = indent_twips
        self._add_abstract(first, "bullet", "•", indent_twips, 240, accent)
        self._add_abstract(first + 1, "decimal", "%1.", indent_twips, 360, None)
        self.bullet_num = self._numbering.add_num(self._bullet_abstract).numId
        # The List Bullet style itself points at the new bullets, for lists users add in Word.
        ppr = docx.styles[LIST_BULLET].element.get_or_add_pPr()
        put(ppr, _num_pr(self.bullet_num))

    def new_numbered_list(self, in_text: bool = False) -> int:
        """A numbering instance that counts from 1 again; ``in_text``: the number begins a
        paragraph indented by two characters, as Chinese briefs number their points (（一）)."""
        abstract = self._decimal_abstract
        if in_text:
            if self._in_text_abstract is None:
                self._in_text_abstract = self._decimal_abstract + 1
                # （一）（二）: the level under a 一、 heading, after GB/T 9704
                self._add_abstract(self._in_text_abstract, "chineseCounting", "（%1）", 0, 0,
                                   None, True)  # fmt: skip
            abstract = self._in_text_abstract
        num = self._numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId

    @staticmethod
    def apply(paragraph: DocxParagraph, num_id: int) -> None:
        put(paragraph._p.get_or_add_pPr(), _num_pr(num_id))

    def _abstract_nums(self) -> list[BaseOxmlElement]:
        return self._numbering.findall(qn("w:abstractNum"))

    def _add_abstract(
        self,
        ident: int,
        fmt: str,
        text: str,
        left: int,
        hanging: int,
        color: RGBColor | None,
        in_text: bool = False,
    ) -> None:
        abstract = element("w:abstractNum", abstractNumId=ident)
        abstract.append(element("w:nsid", val=f"B51E{ident:04X}"))  # fixed: output is stable
        abstract.append(element("w:multiLevelType", val="singleLevel"))
        level = element("w:lvl", ilvl=0)
        for tag, value in (("start", 1), ("numFmt", fmt)):
            level.append(element(f"w:{tag}", val=value))
        if in_text:
            level.append(element("w:suff", val="nothing"))  # no tab after the number
        for tag, value in (("lvlText", text), ("lvlJc", "left")):
            level.append(element(f"w:{tag}", val=value))
        ppr = element("w:pPr")
        if in_text:
            ppr.append(element("w:ind", left=0, firstLine=self._indent, firstLineChars=200))
        else:
            ppr.append(element("w:ind", left=left, hanging=hanging))
        level.append(ppr)
        if color is not None:
            rpr = element("w:rPr")
            rpr.append(element("w:rFonts", ascii=LATIN, hAnsi=LATIN, hint="default"))
            rpr.append(element("w:color", val=str(color)))
            level.append(rpr)
        abstract.append(level)
        existing = self._abstract_nums()
        if existing:
            existing[-1].addnext(abstract)
        else:
            self._numbering.insert(0, abstract)


def _num_pr(num_id: int) -> BaseOxmlElement:
    num_pr = element("w:numPr")
    num_pr.append(element("w:ilvl", val=0))
    num_pr.append(element("w:numId", val=num_id))
    return num_pr
