"""Renderers: each walks a Document and draws it. They decide nothing about content."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from desktop_app.errors import ExportError
from desktop_app.memory import cycle_collection_paused
from desktop_app.model import Document
from desktop_app.render.output import check_target, write_atomic

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")


def render_bytes(document: Document, fmt: Format) -> bytes:
    """The document drawn as a PDF or Word file, as bytes."""
    if fmt == "pdf":
        from desktop_app.render.pdf import render_pdf as draw
    elif fmt == "docx":
        from desktop_app.render.docx import render_docx as draw
    else:
        raise ExportError(f"unknown format '{fmt}'; use pdf or docx")
    with cycle_collection_paused():
        return draw(document)


def render(document: Document, fmt: Format, path: Path) -> None:
    """Draw ``document`` and write it to ``path`` atomically."""
    write_atomic(Path(path), render_bytes(document, fmt))


__all__ = [
    "FORMATS",
    "ExportError",
    "Format",
    "check_target",
    "render",
    "render_bytes",
    "write_atomic",
]
