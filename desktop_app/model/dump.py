"""A plain-text dump of a Document, for tests and debugging (like docutils' pseudo-XML)."""

from __future__ import annotations

from desktop_app.model.document import (
    BulletList,
    Contents,
    Cover,
    Document,
    Figure,
    Heading,
    Imprint,
    Inlines,
    KeyFigures,
    Masthead,
    PageBreak,
    Paragraph,
    Run,
    SourceList,
    Table,
)


def inline_text(inlines: Inlines) -> str:
    """Inline content as text, footnote markers as [n]."""
    return "".join(i.text if isinstance(i, Run) else f"[{i.number}]" for i in inlines)


def dump(document: Document) -> str:
    lines = [f"<document lang={document.lang} title={document.metadata.title!r}>"]
    for block in document.blocks:
        match block:
            case Cover():
                lines.append(f"  <cover title={block.title!r} subtitle={block.subtitle!r}>")
            case Masthead():
                lines.append(f"  <masthead title={block.title!r} issue={block.issue_line!r}>")
            case Contents():
                lines.append(f"  <contents title={block.title!r}>")
            case Heading():
                lines.append(f"  <h{block.level}>{block.number}{block.text}")
            case Paragraph():
                lines.append(f"  <p {block.style}>{inline_text(block.inlines)}")
            case BulletList():
                lines.extend(f"  <li>{inline_text(item)}" for item in block.items)
            case KeyFigures():
                for tile in block.tiles:
                    note = f"[{tile.note}]" if tile.note else ""
                    later = f"[{tile.detail_note}]" if tile.detail_note else ""
                    lines.append(
                        f"  <tile>{tile.value}{tile.unit} {tile.label}{note} ({tile.detail}{later})"
                    )
            case Table():
                lines.append(f"  <table caption={block.caption!r}>")
                lines.append("    | " + " | ".join(c.title for c in block.columns))
                lines.extend("    | " + " | ".join(map(inline_text, row)) for row in block.rows)
                lines.append(f"    {block.source_line}")
            case Figure():
                lines.append(f"  <figure caption={block.caption!r} alt={block.alt!r}>")
                lines.append(f"    {block.source_line}")
            case SourceList():
                lines.extend(f"  <source>{entry}" for entry in block.entries)
            case Imprint():
                lines.append("  <imprint>")
                lines.extend(f"    {line}" for line in block.lines)
                lines.append(f"    {block.issuer} | {block.date_line}")
            case PageBreak():
                lines.append("  <pagebreak>")
    lines.extend(f"  <footnote {note.number}>{note.text}" for note in document.footnotes)
    return "\n".join(lines) + "\n"
