"""A plain-text dump of a Document, for tests and debugging (like docutils' pseudo-XML)."""

from __future__ import annotations

from desktop_app.model.document import (
    Block,
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
    """Inline content as text, footnote markers and source numbers as [n]."""
    return "".join(i.text if isinstance(i, Run) else f"[{i.number}]" for i in inlines)


def block_lines(block: Block) -> list[str]:
    """One block as dump lines."""
    match block:
        case Cover():
            return [f"  <cover title={block.title!r} subtitle={block.subtitle!r}>"]
        case Masthead():
            return [f"  <masthead title={block.title!r} issue={block.issue_line!r}>"]
        case Contents():
            return [f"  <contents title={block.title!r}>"]
        case Heading():
            return [f"  <h{block.level}>{block.number}{block.text}"]
        case Paragraph():
            return [f"  <p {block.style}>{inline_text(block.inlines)}"]
        case BulletList():
            return [f"  <li>{inline_text(item)}" for item in block.items]
        case KeyFigures():
            lines = []
            for tile in block.tiles:
                note = f"[{tile.note}]" if tile.note else ""
                note += "".join(f"<{n}>" for n in tile.sources)
                later = f"[{tile.detail_note}]" if tile.detail_note else ""
                lines.append(
                    f"  <tile>{tile.value}{tile.unit} {tile.label}{note} ({tile.detail}{later})"
                )
            return lines
        case Table():
            return [
                f"  <table caption={block.caption!r}>",
                "    | " + " | ".join(c.title for c in block.columns),
                *("    | " + " | ".join(map(inline_text, row)) for row in block.rows),
                f"    {block.source_line}",
            ]
        case Figure():
            return [
                f"  <figure caption={block.caption!r} alt={block.alt!r}>",
                f"    {block.source_line}",
            ]
        case SourceList():
            return [f"  <source>{entry}" for entry in block.entries]
        case Imprint():
            return [
                "  <imprint>",
                *(f"    {line}" for line in block.lines),
                f"    {block.issuer} | {block.date_line}",
            ]
        case PageBreak():
            return ["  <pagebreak>"]
    return []


def dump(document: Document) -> str:
    lines = [f"<document lang={document.lang} title={document.metadata.title!r}>"]
    for block in document.blocks:
        lines += block_lines(block)
    lines.extend(f"  <footnote {note.number}>{note.text}" for note in document.footnotes)
    return "\n".join(lines) + "\n"
