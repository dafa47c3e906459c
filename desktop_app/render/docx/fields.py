"""Word fields (TOC, PAGEREF, PAGE, NUMPAGES) as complex fields: begin, instruction, result,
end. The result is what a reader shows until the field is updated (LibreOffice, previews and
printing without an update show it as it is)."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from desktop_app.render.docx.elements import element
from desktop_app.render.docx.text import Ink


def toc_instruction(depth: int) -> str:
    """The TOC field for headings of levels 1 to ``depth``, as hyperlinks."""
    return f'TOC \\o "1-{max(1, depth)}" \\h \\z \\u'


def pageref_instruction(bookmark: str) -> str:
    """The page of ``bookmark``; ``\\h``: a link to it, as in the entries Word writes."""
    return f"PAGEREF {bookmark} \\h"


PAGE = "PAGE"
NUMPAGES = "NUMPAGES"


def field_begin(run: Run, *, dirty: bool = False) -> Run:
    """Make ``run`` (an empty run) the start of a field. ``dirty`` asks Word to update the
    field when the document opens."""
    begin = element("w:fldChar", fldCharType="begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    run._r.append(begin)
    return run


def field_instruction(run: Run, instruction: str) -> Run:
    instr = element("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    return run


def field_separate(run: Run) -> Run:
    """Make ``run`` the end of the instruction: the runs after it, up to the end, show."""
    run._r.append(element("w:fldChar", fldCharType="separate"))
    return run


def field_end(run: Run) -> Run:
    run._r.append(element("w:fldChar", fldCharType="end"))
    return run


def add_field(
    paragraph: DocxParagraph,
    instruction: str,
    result: str,
    ink: Ink,
    *,
    dirty: bool = False,
    size: float | None = None,
) -> list[Run]:
    """Append a field to ``paragraph``; ``result`` shows until the field is updated.

    ``dirty`` asks Word to update the field when the document opens.
    """
    runs = [
        field_begin(ink.run(paragraph, "", size=size), dirty=dirty),
        field_instruction(ink.run(paragraph, "", size=size), instruction),
        field_separate(ink.run(paragraph, "", size=size)),
        ink.run(paragraph, result, size=size),
        field_end(ink.run(paragraph, "", size=size)),
    ]
    return runs


def bookmark(paragraph: DocxParagraph, name: str, bookmark_id: int) -> None:
    """Put a bookmark called ``name`` around the whole content of ``paragraph`` (call it once
    the paragraph's runs are written)."""
    p = paragraph._p
    start = element("w:bookmarkStart", id=bookmark_id, name=name)
    ppr = p.pPr
    p.insert(0 if ppr is None else p.index(ppr) + 1, start)
    p.append(element("w:bookmarkEnd", id=bookmark_id))


def hyperlink(paragraph: DocxParagraph, anchor: str, runs: list[Run]) -> BaseOxmlElement:
    """Move ``runs`` (already in ``paragraph``) into a link to the bookmark ``anchor``, where
    the first of them stood."""
    link = element("w:hyperlink", anchor=anchor, history=1)
    if runs:
        paragraph._p.replace(runs[0]._r, link)
    else:
        paragraph._p.append(link)
    for run in runs:
        link.append(run._r)
    return link
