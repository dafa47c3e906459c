"""The PDF renderer (reportlab). Importing this package is cheap: reportlab is loaded by the
first drawing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.model import Document

if TYPE_CHECKING:
    from desktop_app.render.pdf.writer import PdfPages


def render(document: Document) -> bytes:
    """``document`` drawn as a PDF file."""
    from desktop_app.render.pdf.writer import render_pdf

    return render_pdf(document)


def fit_scale(document: Document) -> float:
    """The scale the PDF is set at to keep to the document's page limit (1.0 without one)."""
    from desktop_app.render.pdf.writer import fit_scale as pdf_fit_scale

    return pdf_fit_scale(document)


def pdf_pages(document: Document) -> PdfPages:
    """How the PDF lays ``document`` out: its scale, its number of pages and the page each
    heading starts on (by anchor)."""
    from desktop_app.render.pdf.writer import pdf_pages as layout

    return layout(document)


render_pdf = render

__all__ = ["fit_scale", "pdf_pages", "render", "render_pdf"]
