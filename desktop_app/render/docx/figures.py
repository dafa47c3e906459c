"""Figures: the chart PNG at its printed width, its caption and its source line beneath."""

from __future__ import annotations

from io import BytesIO

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop_app.model import Figure
from desktop_app.render.docx import styles
from desktop_app.render.docx.context import Context
from desktop_app.render.docx.text import clean


def draw_figure(ctx: Context, figure: Figure) -> None:
    holder = ctx.paragraph(styles.PICTURE)
    # Scaled with the document; never wider than the text column.
    width = min(figure.width_mm * ctx.scale, ctx.text_width_mm)
    holder.add_run().add_picture(BytesIO(figure.png), width=Mm(width))
    for doc_pr in holder._p.iter(qn("wp:docPr")):
        doc_pr.set("descr", clean(figure.alt))  # the alternative text screen readers announce
    caption = ctx.paragraph(styles.CAPTION, figure.caption)
    caption.paragraph_format.space_before = 0
    if figure.source_line:
        caption.paragraph_format.keep_with_next = True
        source = ctx.paragraph(styles.SOURCE_LINE, figure.source_line)
        source.alignment = WD_ALIGN_PARAGRAPH.CENTER  # under the chart, as in the PDF
