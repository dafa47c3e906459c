"""Reading a Word file back: its paragraphs, table cells and footnotes as text."""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document as WordDocument
from docx.oxml.ns import qn


def squash(text: str) -> str:
    """``text`` without whitespace, to compare text whose lines break anywhere."""
    return re.sub(r"\s+", "", text)


def _text(element: object) -> str:
    """The text of a paragraph or cell, without footnote reference numbers (a real reference
    has none; a reference back to a note, a NOTEREF field, shows the note's number)."""
    texts = []
    for run in element.iter(qn("w:r")):  # type: ignore[attr-defined]
        style = run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
        if style is not None and style.get(qn("w:val")) == "FootnoteReference":
            continue
        texts.extend(t.text or "" for t in run.iter(qn("w:t")))
    return "".join(texts)


def docx_text(data: bytes) -> str:
    doc = WordDocument(io.BytesIO(data))
    parts = [_text(p._p) for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend("\n".join(_text(p._p) for p in cell.paragraphs) for cell in row.cells)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/footnotes.xml" in archive.namelist():
            footnotes = archive.read("word/footnotes.xml").decode("utf-8")
            parts.extend(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", footnotes))
    return "\n".join(parts)
