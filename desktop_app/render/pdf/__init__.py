"""The PDF renderer (reportlab). Importing this package is cheap: reportlab is loaded by the
first drawing."""

from __future__ import annotations

from desktop_app.model import Document


def render(document: Document) -> bytes:
    """``document`` drawn as a PDF file."""
    from desktop_app.render.pdf.writer import render_pdf

    return render_pdf(document)


render_pdf = render

__all__ = ["render", "render_pdf"]
