"""Word fields (TOC, PAGE, NUMPAGES) as complex fields: begin, instruction, result, end."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from desktop_app.render.docx.elements import element
from desktop_app.render.docx.text import Ink


def toc_instruction(depth: int) -> str:
    """The TOC field for headings of levels 1 to ``depth``, as hyperlinks."""
    return f'TOC \\o "1-{max(1, depth)}" \\h \\z \\u'


PAGE = "PAGE"
NUMPAGES = "NUMPAGES"


def add_field(
    paragraph: DocxParagraph,
    instruction: str,
    result: str,
    ink: Ink,
    *,
    dirty: bool = False,
    size: float | None = None,
) -> list[Run]:
    """Append a field to ``paragraph``; ``result`` shows until Word updates the field.

    ``dirty`` asks Word to update the field when the document opens.
    """
    runs = [ink.run(paragraph, "", size=size) for _ in range(3)]
    begin = element("w:fldChar", fldCharType="begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    runs[0]._r.append(begin)
    instr = element("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    runs[1]._r.append(instr)
    runs[2]._r.append(element("w:fldChar", fldCharType="separate"))
    runs.append(ink.run(paragraph, result, size=size))
    end = ink.run(paragraph, "", size=size)
    end._r.append(element("w:fldChar", fldCharType="end"))
    runs.append(end)
    return runs
