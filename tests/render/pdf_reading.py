"""Reading a PDF back: text per page, fonts, and where each footnote marker's link points."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass

import pdfplumber
from pypdf import PdfReader


@dataclass(frozen=True)
class NoteLink:
    number: int  # the superscript number the reader sees
    marker_page: int  # 0-based page of the marker
    note_page: int  # 0-based page the link jumps to
    note_text: str  # the text found at the link's destination


@dataclass
class PdfFacts:
    reader: PdfReader
    pages: list[str]  # extracted text per page
    notes: dict[int, NoteLink]  # each note's first marker
    links: list[NoteLink]  # every marker


def _text_centred_in(page: pdfplumber.page.Page, box: tuple[float, float, float, float]) -> str:
    """The characters whose centres lie inside ``box`` (x0, top, x1, bottom)."""
    x0, top, x1, bottom = box
    return "".join(
        c["text"]
        for c in page.chars
        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
    ).strip()


def _note_links(data: bytes, reader: PdfReader) -> list[NoteLink]:
    page_ids = [page.indirect_reference.idnum for page in reader.pages]
    found: list[NoteLink] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index, page in enumerate(reader.pages):
            height = float(page.mediabox.height)
            for annot in page.get("/Annots") or []:
                annot = annot.get_object()
                dest = annot.get("/Dest")
                if annot.get("/Subtype") != "/Link" or not dest:
                    continue
                x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
                marker = _text_centred_in(pdf.pages[index], (x0, height - y1, x1, height - y0))
                marker = marker.strip("[]")  # a marker copies out in brackets
                if not marker.isdigit():
                    continue  # a contents entry, not a footnote marker
                target = page_ids.index(dest[0].idnum)
                top = height - float(dest[3])
                area = (0, top + 1, float(page.mediabox.width), min(top + 40, height))
                note = pdf.pages[target].crop(area).extract_text() or ""
                found.append(NoteLink(int(marker), index, target, note))
    return found


def read_pdf(data: bytes) -> PdfFacts:
    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    links = _note_links(data, reader)
    first: dict[int, NoteLink] = {}
    for link in links:
        first.setdefault(link.number, link)
    return PdfFacts(reader, pages, first, links)


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font used, and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font") or {}
        for font in fonts.values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts") or []:
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
            embedded = any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def _chars_within(data: bytes, margins_mm: tuple[float, ...]) -> list[dict]:
    """Every character inside the top and bottom margins, page after page, in drawing order."""
    top, bottom = margins_mm[0] * 72 / 25.4, margins_mm[2] * 72 / 25.4
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [c for page in pdf.pages for c in page.chars
                if top - 2 <= c["top"] and c["bottom"] <= page.height - bottom + 2]  # fmt: skip


def page_text(data: bytes, margins_mm: tuple[float, ...], min_size: float = 0) -> str:
    """The text between the header and the footer, in drawing order, set in ``min_size``
    points or more (the body size leaves out footnotes, so a paragraph split over two pages
    reads as one)."""
    return "".join(c["text"] for c in _chars_within(data, margins_mm) if c["size"] >= min_size)


def body_text(
    data: bytes, base_size: float, margins_mm: tuple[float, ...], small: bool = False
) -> str:
    """The running text, page after page, without what is printed in the top and bottom
    margins (header, footer) and without smaller print (footnotes, superscript markers), so
    that a paragraph continuing on the next page reads as one.

    The body size is the commonest size of at least 3/4 of ``base_size`` (a one-page sheet may
    be set smaller to fit). With ``small``, small print (4/5 of the body size) is kept too."""
    chars = _chars_within(data, margins_mm)
    sizes = Counter(round(c["size"], 1) for c in chars if c["size"] >= base_size * 0.74)
    body = sizes.most_common(1)[0][0]
    least = body * (0.79 if small else 0.97)
    return "".join(c["text"] for c in chars if c["size"] >= least)


def text_below_note_rules(data: bytes, body_size: float) -> list[str]:
    """Running text (at the body size or larger) printed below a page's footnote rule, that
    is, text the footnotes would overlap; one entry per offending page. Empty when clean."""
    found = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            rules = [line for line in page.lines if 120 < line["x1"] - line["x0"] < 135]
            if not rules:  # the footnote rule is 45 mm long
                continue
            top = min(line["top"] for line in rules)
            footer = page.height - 60  # the page number sits in the bottom margin
            below = [c["text"] for c in page.chars
                     if c["bottom"] > top and c["top"] < footer and c["size"] >= body_size * 0.97]  # fmt: skip
            if below:
                found.append(f"page {number}: {''.join(below)[:40]}")
    return found
