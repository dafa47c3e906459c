"""The PDF renderer (reportlab). Importing this package is cheap: reportlab is loaded by the
first drawing."""

from __future__ import annotations

from desktop_app.model import Document


def render(document: Document) -> bytes:
    """``document`` drawn as a PDF file."""
    from desktop_app.render.pdf.writer import render_pdf

    return render_pdf(document)


def fit_scale(document: Document) -> float:
    """The scale the PDF is set at to keep to the document's page limit (1.0 without one)."""
    from desktop_app.render.pdf.writer import fit_scale as pdf_fit_scale

    return pdf_fit_scale(document)


render_pdf = render

__all__ = ["fit_scale", "render", "render_pdf"]
