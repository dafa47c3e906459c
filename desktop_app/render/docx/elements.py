"""Small helpers for the WordprocessingML that python-docx has no API for."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import RGBColor

from desktop_app.render.docx.schema import SEQUENCES

TWIPS_PER_MM = 1440 / 25.4
BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV", "between", "bar")


def twips(mm: float) -> int:
    """A length in millimetres as twentieths of a point, the unit of most Word attributes."""
    return round(mm * TWIPS_PER_MM)


def element(tag: str, **attrs: str | int | float) -> BaseOxmlElement:
    """``<w:tag w:key="value" ...>``; attribute names are given without their prefix."""
    return OxmlElement(tag, {qn(f"w:{key}"): str(value) for key, value in attrs.items()})


def put(parent: BaseOxmlElement, child: BaseOxmlElement) -> BaseOxmlElement:
    """Add ``child`` to a properties element in schema order, replacing one of the same tag.

    ``parent`` is one of ``w:settings``, ``w:pPr``, ``w:rPr``, ``w:tblPr``, ``w:tcPr``,
    ``w:trPr`` (see :data:`schema.SEQUENCES`).
    """
    for old in parent.findall(child.tag):
        parent.remove(old)
    tags = [qn(tag) for tag in SEQUENCES[parent.tag.rsplit("}", 1)[1]]]
    successors = set(tags[tags.index(child.tag) + 1 :])
    for index, existing in enumerate(parent):
        if existing.tag in successors:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def borders(tag: str, color: RGBColor, sides: dict[str, int], space: int = 0) -> BaseOxmlElement:
    """A ``w:pBdr`` / ``w:tblBorders`` / ``w:tcBorders`` element.

    ``sides`` maps a side to the line width in eighths of a point; 0 means no line.
    """
    box = element(tag)
    for side in BORDER_SIDES:
        if side in sides:
            width = sides[side]
            if width:
                box.append(
                    element(f"w:{side}", val="single", sz=width, space=space, color=str(color))
                )
            else:
                box.append(element(f"w:{side}", val="nil"))
    return box


def shading(color: RGBColor) -> BaseOxmlElement:
    return element("w:shd", val="clear", color="auto", fill=str(color))


def parse_color(value: str) -> RGBColor:
    """``#9E1B1B`` (the model's notation) as an RGBColor; raises ValueError when malformed."""
    digits = value.removeprefix("#")
    if len(digits) != 6:
        raise ValueError(f"colour {value!r} is not of the form #RRGGBB")
    return RGBColor.from_string(digits.upper())
