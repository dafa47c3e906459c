"""The footnote markers a document holds, in reading order."""

from __future__ import annotations

from desktop_app.model.document import BulletList, Document, KeyFigures, NoteRef, Paragraph, Table


def cited_notes(document: Document) -> list[int]:
    """The number of every footnote marker, in the order a reader meets them: paragraphs,
    list items, key-figure tiles and table cells."""
    numbers: list[int] = []
    for block in document.blocks:
        if isinstance(block, KeyFigures):
            for tile in block.tiles:
                numbers += [n for n in (tile.note, tile.detail_note) if n]
            continue
        if isinstance(block, Paragraph):
            runs = [block.inlines]
        elif isinstance(block, BulletList):
            runs = list(block.items)
        elif isinstance(block, Table):
            runs = [cell for row in block.rows for cell in row]
        else:
            continue
        numbers += [i.number for inlines in runs for i in inlines if isinstance(i, NoteRef)]
    return numbers
