"""``render_docx``: a Document drawn as a Word file (the module is not called ``render``,
which would hide the package's ``render`` function once imported)."""

from __future__ import annotations

from io import BytesIO

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from desktop_app.model import Contents, Cover, Document
from desktop_app.render.docx.context import Context
from desktop_app.render.docx.fonts import east_asian_fonts, setup_fonts
from desktop_app.render.docx.footnotes import NoteReferences, add_footnotes_part
from desktop_app.render.docx.lists import ListNumbering
from desktop_app.render.docx.package import deterministic_zip
from desktop_app.render.docx.page import setup_page
from desktop_app.render.docx.properties import set_properties
from desktop_app.render.docx.styles import Palette, set_contents_tabs, setup_styles
from desktop_app.render.docx.template import new_document
from desktop_app.render.docx.text import Ink
from desktop_app.render.docx.writer import write_blocks
from desktop_app.render.pdf import pdf_pages


def render_docx(document: Document) -> bytes:
    """The document as the bytes of a .docx file; the same document gives the same bytes."""
    docx = new_document()
    # A page limit is kept as the PDF keeps it: the whole file set a little smaller, at the
    # scale the PDF needed (Word lays the file out only when it opens it; at one scale its
    # page is no taller than the PDF's, which the LibreOffice test of the fact sheet checks).
    # The contents show the pages the PDF puts the headings on until Word updates them.
    has_contents = any(isinstance(block, Contents) for block in document.blocks)
    needs_layout = document.page.max_pages or has_contents
    pdf = pdf_pages(document) if needs_layout else None
    scale = pdf.scale if pdf is not None else 1.0
    palette = Palette.for_page(document.page)
    setup_fonts(docx, document.metadata.language, brief=document.page.form == "brief")
    setup_styles(docx, document.page, document.lang, palette, scale)
    east_asian_font, by_style = east_asian_fonts(docx)
    ink = Ink(document.lang == "zh", scale, east_asian_font, by_style)
    starts_with_cover = bool(document.blocks) and isinstance(document.blocks[0], Cover)
    text_width_mm, page_height_mm = setup_page(
        docx.sections[0],
        document.page,
        document.labels,
        ink,
        palette,
        number_first_page=not starts_with_cover,
    )
    if document.page.form == "brief":  # page numbers at the outer edge: odd and even differ
        docx.settings.odd_and_even_pages_header_footer = True
    if document.lang == "zh":  # 标点挤压: ”） and 》， take half a character each (clreq)
        for control in docx.settings.element.iter(qn("w:characterSpacingControl")):
            control.set(qn("w:val"), "compressPunctuation")
    set_contents_tabs(docx, text_width_mm)
    set_properties(docx, document.metadata)
    notes = NoteReferences(document.footnotes)
    indent = round(2 * document.page.base_size_pt * scale * 20)  # two characters, in twips
    ctx = Context(
        docx=docx,
        model=document,
        palette=palette,
        ink=ink,
        notes=notes,
        lists=ListNumbering(docx, indent, palette.accent),
        text_width_mm=text_width_mm,
        page_height_mm=page_height_mm,
        scale=scale,
        heading_pages=pdf.heading_pages if pdf is not None else {},
    )
    _remove_initial_paragraph(docx)
    write_blocks(ctx, document.blocks)
    _end_with_paragraph(docx)
    notes.check_all_cited()
    if document.footnotes:
        rule_text = document.labels.notes_rule
        add_footnotes_part(docx, document.footnotes, ink, rule_text, palette.note)
    stream = BytesIO()
    docx.save(stream)
    return deterministic_zip(stream.getvalue())


def _end_with_paragraph(docx: DocxDocument) -> None:
    """Word wants a paragraph, not a table, last in the body (and something in it at all)."""
    last = docx.element.body.xpath("./w:p | ./w:tbl")
    if not last or last[-1].tag != qn("w:p"):
        docx.add_paragraph()


def _remove_initial_paragraph(docx: DocxDocument) -> None:
    """The default template's body is one empty paragraph; without it, text starts at the top."""
    body = docx.element.body
    for paragraph in body.findall(qn("w:p")):
        body.remove(paragraph)
