"""The contents: a TOC field whose result is already the finished contents.

Word fills a TOC field only when it updates it; LibreOffice, previews and printing show the
result as it was written. So the result is written as Word itself writes it: one paragraph
per heading, in the ``toc 1`` / ``toc 2`` styles (left-aligned, a right tab with a dot leader
at the text width, see ``styles.set_contents_tabs``), holding the heading's number and title
and, after a tab, a PAGEREF field to a bookmark on the heading; number, title and page link
to the heading. The page numbers are those of the PDF, whose renderer lays the document out
(``pdf.pdf_pages``); Word lays out its own pages, nearly but not always the same, so the
settings ask Word to update the fields when it opens the file (see ``template.py``).
"""

from __future__ import annotations

from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from desktop_app.model import Contents, Heading
from desktop_app.render.docx import styles
from desktop_app.render.docx.context import Context
from desktop_app.render.docx.elements import element, put
from desktop_app.render.docx.fields import (
    add_field,
    field_begin,
    field_end,
    field_instruction,
    field_separate,
    hyperlink,
    pageref_instruction,
    toc_instruction,
)
from desktop_app.render.docx.text import join_words

# Shown in place of the contents when no heading goes in them, until Word updates the field.
# These are not in the model's Labels yet; see the module docstring of render.docx.
CONTENTS_HINTS = {
    "zh": "目录将在更新域后生成：请在此处单击右键并选择“更新域”，或按 F9。",
    "en": "The contents appear when fields are updated: right-click here and choose "
    "Update Field, or press F9.",
}


def heading_text(heading: Heading) -> str:
    """A heading's number and title as the heading and its contents entry print them: 一、概况,
    1 Opening (the number's trailing spaces make one space, as in the PDF)."""
    return join_words(heading.number.strip(), heading.text)


def entries(ctx: Context, contents: Contents) -> list[Heading]:
    return [
        block
        for block in ctx.model.blocks
        if isinstance(block, Heading) and block.in_toc and block.level <= contents.depth
    ]


def draw_contents(ctx: Context, contents: Contents) -> None:
    ctx.paragraph(styles.CONTENTS_TITLE, contents.title)
    headings = entries(ctx, contents)
    instruction = toc_instruction(contents.depth)
    if not headings:
        hint = ctx.paragraph(styles.TOC[1])
        add_field(hint, instruction, CONTENTS_HINTS[ctx.model.lang], ctx.ink)
        return
    ink = ctx.ink
    paragraph = None
    for index, heading in enumerate(headings):
        paragraph = ctx.paragraph(styles.TOC[min(heading.level, len(styles.TOC))])
        if index == 0:  # the TOC field starts in the first entry, before its link
            field_begin(ink.run(paragraph, ""))
            field_instruction(ink.run(paragraph, ""), instruction)
            field_separate(ink.run(paragraph, ""))
        runs = [ink.run(paragraph, heading_text(heading))]
        target = ctx.add_bookmark(heading)
        page = ctx.heading_pages.get(heading.anchor) if heading.anchor else None
        if target is not None and page is not None:
            runs += _page_number(ctx, paragraph, target[0], page)
        if target is not None:
            hyperlink(paragraph, target[0], runs)
    if paragraph is not None:  # and ends after the last entry's page number
        field_end(ink.run(paragraph, ""))


def _page_number(ctx: Context, paragraph: DocxParagraph, bookmark: str, page: int) -> list[Run]:
    """A tab and a PAGEREF field showing ``page``; hidden in Word's web layout, as Word's own
    contents entries are."""
    ink = ctx.ink
    runs = [
        ink.run(paragraph, "\t"),
        field_begin(ink.run(paragraph, "")),
        field_instruction(ink.run(paragraph, ""), pageref_instruction(bookmark)),
        field_separate(ink.run(paragraph, "")),
        ink.run(paragraph, str(page)),
        field_end(ink.run(paragraph, "")),
    ]
    for run in runs:
        put(run._r.get_or_add_rPr(), element("w:webHidden"))
    return runs
