"""The output formats, in one registry.

Each format declares its id (what ``--format`` takes), its file suffix, its label in both
languages and its renderer, a function ``Document -> bytes``. The CLI's ``--format`` choices,
the desktop app's export buttons and the export checks all come from :data:`FORMATS`.

Adding a format is one new package under ``render/`` whose ``render`` function draws a
Document, and one line in :data:`FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import ExportError
from desktop_app.language import Text
from desktop_app.model import Document
from desktop_app.render import docx, pdf


@dataclass(frozen=True)
class OutputFormat:
    id: str  # pdf, docx: what --format takes
    suffix: str  # .pdf, .docx
    label: Text  # the format's name in the interface: PDF, Word
    render: Callable[[Document], bytes]


FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("pdf", ".pdf", Text("PDF", "PDF"), pdf.render),
    OutputFormat("docx", ".docx", Text("Word", "Word"), docx.render),
)


def _known() -> str:
    return " or ".join(f.id for f in FORMATS)


def output_format(format_id: str) -> OutputFormat:
    """The format ``format_id``; ExportError naming the known ones if there is none."""
    for output in FORMATS:
        if output.id == format_id:
            return output
    raise ExportError(f"unknown format '{format_id}'; use {_known()}")


def format_of(path: Path) -> OutputFormat | None:
    """The format a file name asks for by its suffix (any case), if any."""
    suffix = Path(path).suffix.lower()
    return next((f for f in FORMATS if f.suffix == suffix), None)
