"""The page: A4 with the model's margins, a header on every page but the first, page numbers.

The footer's words come from ``Labels.page_of`` ("第 {page} 页 / 共 {pages} 页"), whose
placeholders become PAGE and NUMPAGES fields; ``PageSetup.footer == "dash"`` gives "— 1 —".
"""

from __future__ import annotations

import re

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section, _Footer
from docx.shared import Mm, Pt

from desktop_app.model import Labels, PageSetup
from desktop_app.render.docx.elements import borders, put
from desktop_app.render.docx.fields import NUMPAGES, PAGE, add_field
from desktop_app.render.docx.styles import FOOTER, HEADER, Palette, set_style
from desktop_app.render.docx.text import Ink

PAGE_SIZES_MM = {"A4": (210.0, 297.0)}
HEADER_DISTANCE_MM = 12.0
FOOTER_DISTANCE_MM = 10.0
_PLACEHOLDER = re.compile(r"\{(page|pages)\}")
_FIELDS = {"page": PAGE, "pages": NUMPAGES}


def setup_page(
    section: Section,
    page: PageSetup,
    labels: Labels,
    ink: Ink,
    palette: Palette,
    *,
    number_first_page: bool,
) -> tuple[float, float]:
    """Lay out ``section``; returns the width of the text column and the page height in mm."""
    width, height = PAGE_SIZES_MM[page.size]
    top, right, bottom, left = page.margins_mm
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance = Mm(HEADER_DISTANCE_MM)
    section.footer_distance = Mm(FOOTER_DISTANCE_MM)
    section.different_first_page_header_footer = True

    section.first_page_header.is_linked_to_previous = False  # empty: the cover has no header
    if page.header_text:
        header = section.header.paragraphs[0]
        set_style(header, HEADER)
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        ink.run(header, page.header_text)
        put(header._p.get_or_add_pPr(), borders("w:pBdr", palette.rule, {"bottom": 4}, 3))

    # A brief numbers its pages at the outer edge, one character in (GB/T 9704): right on odd
    # pages, left on even ones; the document's settings ask for odd and even footers.
    brief = page.form == "brief"
    odd = WD_ALIGN_PARAGRAPH.RIGHT if brief else WD_ALIGN_PARAGRAPH.CENTER
    _page_numbers(section.footer, page, labels, ink, odd)
    if brief:
        even = section.even_page_footer
        even.is_linked_to_previous = False
        _page_numbers(even, page, labels, ink, WD_ALIGN_PARAGRAPH.LEFT)
    first = section.first_page_footer
    first.is_linked_to_previous = False
    if number_first_page:
        _page_numbers(first, page, labels, ink, odd)
    return width - left - right, height


def _page_numbers(
    footer: _Footer, page: PageSetup, labels: Labels, ink: Ink, align: WD_ALIGN_PARAGRAPH
) -> None:
    paragraph = footer.paragraphs[0]
    set_style(paragraph, FOOTER)
    paragraph.alignment = align
    one_character = Pt(page.base_size_pt)
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = one_character
    elif align == WD_ALIGN_PARAGRAPH.LEFT:
        paragraph.paragraph_format.left_indent = one_character
    # — 1 — is the Chinese convention (GB/T 9704); an English page has its bare number.
    dash = "— {page} —" if ink.zh else "{page}"
    template = dash if page.footer == "dash" else labels.page_of
    for index, piece in enumerate(_PLACEHOLDER.split(template)):
        if index % 2:  # the captured placeholder names
            add_field(paragraph, _FIELDS[piece], "1", ink)
        elif piece:
            ink.run(paragraph, piece)
