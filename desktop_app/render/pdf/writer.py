"""Walking a Document and turning each block into flowables. Fails loudly on unknown blocks."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from reportlab import rl_config
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, PageBreak

from desktop_app.language import zh_numeral
from desktop_app.model import (
    BulletList,
    Contents,
    Cover,
    Document,
    Figure,
    Heading,
    Imprint,
    KeyFigures,
    Masthead,
    SourceList,
    Table,
)
from desktop_app.model import PageBreak as PageBreakBlock
from desktop_app.model import Paragraph as ParagraphBlock
from desktop_app.render.pdf import flowables as fl
from desktop_app.render.pdf.fonts import register_fonts
from desktop_app.render.pdf.layout import lay_out
from desktop_app.render.pdf.markup import inline_markup, latin_quotes, text_markup
from desktop_app.render.pdf.paragraphs import Paragraph
from desktop_app.render.pdf.styles import Styles, make_styles


def _story(document: Document, styles: Styles, width: float, forms: fl.PageForms) -> list[Flowable]:
    colour = document.page.accent
    para_styles = {
        "title": styles.title,
        "body": styles.body,
        "lead": styles.lead,
        "small": styles.small,
        "point": styles.point,
    }
    story: list[Flowable] = []
    for block in document.blocks:
        match block:
            case Cover():
                story += [fl.CoverPage(block, styles), PageBreak()]
            case Masthead():
                story += fl.masthead(block, styles, width)
            case Contents():
                entries = [
                    b
                    for b in document.blocks
                    if isinstance(b, Heading) and b.in_toc and b.level <= block.depth
                ]
                story += fl.contents(block.title, entries, styles, width, forms)
            case Heading():
                follows_heading = bool(story) and isinstance(
                    story[-1], fl.HeadingParagraph | HRFlowable
                )
                story += fl.heading(block, styles, keep_with_previous=follows_heading)
            case ParagraphBlock():
                kind = fl.StrongParagraph if block.style == "title" else Paragraph
                style = para_styles[block.style]
                paragraph = kind(inline_markup(block.inlines, colour, style.fontName), style)
                if block.style == "small" and story and isinstance(story[-1], KeepTogether):
                    # a note under a short table (these counts are not comparable) stays with
                    # it, not alone at the top of the next page
                    story[-1] = KeepTogether([*story[-1]._content, paragraph])
                else:
                    story.append(paragraph)
            case BulletList():
                font = styles.bullet.fontName
                for index, item in enumerate(block.items, 1):
                    markup = inline_markup(item, colour, font)
                    if block.numbered and styles.numbers_in_text:  # 　　（一）园区……
                        number = f"（{zh_numeral(index)}）"  # GB/T 9704: the level under 一、
                        story.append(Paragraph(f"{number}{markup}", styles.numbered))
                        continue
                    bullet = f"{index}." if block.numbered else "•"
                    story.append(Paragraph(markup, styles.bullet, bulletText=bullet))
            case KeyFigures():
                story += fl.key_figures(block, styles, width)
            case Table():
                story += fl.data_table(block, styles, width)
            case Figure():
                story += fl.figure(block, styles, width)
            case SourceList():
                size = styles.body.fontSize
                entry_style = styles.footnote.clone(
                    "source-entry", fontSize=size * 0.85, leading=size * 1.35,
                    spaceAfter=size * 0.4, leftIndent=size * 2.2, firstLineIndent=-size * 2.2,
                )  # fmt: skip
                font = entry_style.fontName
                story += [
                    Paragraph(text_markup(entry, font), entry_style) for entry in block.entries
                ]
            case Imprint():
                story.append(fl.ImprintBlock(block, styles))
            case PageBreakBlock():
                story.append(PageBreak())
            case _:
                raise TypeError(f"the PDF renderer cannot draw {type(block).__name__}")
    return story


FIT_SCALES = (1.0, 0.95, 0.9, 0.86, 0.82, 0.78)
# Binary streams: ASCII85 text encoding only made files a quarter larger, and reportlab's
# pure-Python encoder took a fifth of the export time.
rl_config.useA85 = 0


def render_pdf(document: Document) -> bytes:
    """Draw ``document`` as PDF bytes: A4, embedded fonts, outline, footnotes on their page.

    With a page limit (a one-page fact sheet), the whole document is set slightly smaller,
    step by step, until it fits; the content never changes.
    """
    return _fitted(document).data


def fit_scale(document: Document) -> float:
    """The scale the PDF is set at to keep to the document's page limit (1.0 without one, or
    when it fits as it is). The Word renderer sets its file at the same scale, as it cannot
    lay the file out itself."""
    if not document.page.max_pages:
        return 1.0
    return pdf_pages(document).scale


@dataclass(frozen=True)
class PdfPages:
    """How the PDF lays a document out: the scale it is set at (see :func:`fit_scale`), its
    number of pages and the page each heading starts on, by anchor (the cover is page 1)."""

    scale: float
    pages: int
    heading_pages: Mapping[str, int]


def pdf_pages(document: Document) -> PdfPages:
    """The PDF's layout of ``document``, for a renderer that cannot lay out its own pages
    (the Word renderer's contents show these page numbers until Word updates them). The
    layouts of the last few documents drawn are kept: the Word file of the briefing just
    previewed (or exported as PDF) needs no second layout."""
    with _KEPT_LOCK:
        kept = _KEPT.get(document)
    return kept if kept is not None else _fitted(document).pages


# The layouts of the documents drawn last, by document (equal documents, such as a briefing
# built again from the same request, share one); a lock, as the app draws in worker threads.
_KEPT: dict[Document, PdfPages] = {}
_KEPT_LOCK = threading.Lock()
KEEP_LAYOUTS = 4


def _keep(document: Document, pages: PdfPages) -> None:
    with _KEPT_LOCK:
        _KEPT.pop(document, None)
        _KEPT[document] = pages
        while len(_KEPT) > KEEP_LAYOUTS:
            del _KEPT[next(iter(_KEPT))]


@dataclass(frozen=True)
class _Fitted:
    data: bytes
    scale: float
    pages: PdfPages


def _fitted(document: Document) -> _Fitted:
    register_fonts(*make_styles(document).faces())
    token = latin_quotes.set(document.lang == "en")
    try:
        return _render(document)
    finally:
        latin_quotes.reset(token)


def _render(document: Document) -> _Fitted:
    has_cover = bool(document.blocks) and isinstance(document.blocks[0], Cover)
    limit = document.page.max_pages
    for scale in FIT_SCALES if limit else (1.0,):
        styles = make_styles(document, scale)
        data, result = lay_out(
            document,
            styles,
            lambda doc, styles=styles: _story(document, styles, doc.width, doc),
            has_cover,
        )
        if not limit or result.pages <= limit:
            break
    headings = MappingProxyType(dict(result.heading_pages))
    pages = PdfPages(scale, result.pages, headings)
    _keep(document, pages)
    return _Fitted(data, scale, pages)
