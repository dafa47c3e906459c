"""The format-neutral document model; see :mod:`desktop_app.model.document`."""

from desktop_app.model.citations import cited_notes
from desktop_app.model.document import (
    Block,
    BulletList,
    Column,
    Contents,
    Cover,
    Document,
    Figure,
    Footnote,
    Form,
    Heading,
    Imprint,
    Inline,
    Inlines,
    KeyFigure,
    KeyFigures,
    Labels,
    Lang,
    Masthead,
    Metadata,
    NoteRef,
    PageBreak,
    PageSetup,
    Paragraph,
    Run,
    SourceList,
    SourceRef,
    Table,
)
from desktop_app.model.dump import dump, inline_text

__all__ = [
    "Block", "BulletList", "Column", "Contents", "Cover", "Document", "Figure", "Footnote",
    "Form", "Heading", "Imprint", "Inline", "Inlines", "KeyFigure", "KeyFigures", "Labels",
    "Lang", "Masthead", "Metadata", "NoteRef", "PageBreak", "PageSetup", "Paragraph", "Run",
    "SourceList", "SourceRef", "Table", "cited_notes", "dump", "inline_text",
]  # fmt: skip
