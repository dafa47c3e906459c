"""Reading a PDF back: text per page, fonts, and where each footnote marker's link points."""

from __future__ import annotations

import io
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
    notes: dict[int, NoteLink]


def _text_centred_in(page: pdfplumber.page.Page, box: tuple[float, float, float, float]) -> str:
    """The characters whose centres lie inside ``box`` (x0, top, x1, bottom)."""
    x0, top, x1, bottom = box
    return "".join(
        c["text"]
        for c in page.chars
        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
    ).strip()


def _note_links(data: bytes, reader: PdfReader) -> dict[int, NoteLink]:
    page_ids = [page.indirect_reference.idnum for page in reader.pages]
    found: dict[int, NoteLink] = {}
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
                if not marker.isdigit():
                    continue  # a contents entry, not a footnote marker
                target = page_ids.index(dest[0].idnum)
                top = height - float(dest[3])
                area = (0, top + 1, float(page.mediabox.width), min(top + 40, height))
                note = pdf.pages[target].crop(area).extract_text() or ""
                found[int(marker)] = NoteLink(int(marker), index, target, note)
    return found


def read_pdf(data: bytes) -> PdfFacts:
    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    return PdfFacts(reader, pages, _note_links(data, reader))


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
