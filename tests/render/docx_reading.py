"""Reading a Word file back: its paragraphs, table cells and footnotes as text."""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document as WordDocument


def squash(text: str) -> str:
    """``text`` without whitespace, to compare text whose lines break anywhere."""
    return re.sub(r"\s+", "", text)


def docx_text(data: bytes) -> str:
    doc = WordDocument(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/footnotes.xml" in archive.namelist():
            footnotes = archive.read("word/footnotes.xml").decode("utf-8")
            parts.extend(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", footnotes))
    return "\n".join(parts)
