"""The PDF renderer (reportlab)."""

from desktop_app.render.pdf.writer import render_pdf

__all__ = ["render_pdf"]
