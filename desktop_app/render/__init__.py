"""Renderers: each walks a Document and draws it. They decide nothing about content.

The formats they write are registered in :mod:`desktop_app.render.formats`.
"""

from __future__ import annotations

from desktop_app.memory import cycle_collection_paused
from desktop_app.model import Document


def render_bytes(document: Document, format_id: str) -> bytes:
    """The document drawn in the format ``format_id`` (``pdf``, ``docx``), as bytes."""
    from desktop_app.render.formats import output_format

    output = output_format(format_id)
    with cycle_collection_paused():
        return output.render(document)


__all__ = ["render_bytes"]
