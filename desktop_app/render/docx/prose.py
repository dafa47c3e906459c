"""Running text: headings, paragraphs, lists, the list of sources, and the contents field."""

from __future__ import annotations

from docx.oxml.ns import qn

from desktop_app.model import BulletList, Contents, Heading, Paragraph, SourceList
from desktop_app.render.docx import styles
from desktop_app.render.docx.context import Context
from desktop_app.render.docx.elements import element, put
from desktop_app.render.docx.fields import add_field, toc_instruction
from desktop_app.render.docx.text import join_words

# Shown in place of the contents until Word updates the field (Word offers to, on opening).
# These are not in the model's Labels yet; see the module docstring of render.docx.
CONTENTS_HINTS = {
    "zh": "目录将在更新域后生成：请在此处单击右键并选择“更新域”，或按 F9。",
    "en": "The contents appear when fields are updated: right-click here and choose "
    "Update Field, or press F9.",
}


def draw_heading(ctx: Context, heading: Heading) -> None:
    if heading.level not in styles.HEADINGS:
        raise ValueError(f"heading level {heading.level} is not 1, 2 or 3: {heading.text!r}")
    paragraph = ctx.paragraph(styles.HEADINGS[heading.level])
    ctx.ink.run(paragraph, join_words(heading.number, heading.text))
    if not heading.in_toc:
        # Body-text outline level: out of the contents (and the navigation pane).
        put(paragraph._p.get_or_add_pPr(), element("w:outlineLvl", val=9))


def draw_paragraph(ctx: Context, paragraph: Paragraph) -> None:
    ctx.inlines(ctx.paragraph(styles.PARAGRAPH_STYLES[paragraph.style]), paragraph.inlines)


def draw_bullet_list(ctx: Context, bullets: BulletList) -> None:
    model = ctx.model
    if bullets.numbered and model.page.form == "brief" and model.lang == "zh":
        style, num_id = styles.BODY, ctx.lists.new_numbered_list(in_text=True)  # 　　1.园区……
    elif bullets.numbered:
        style, num_id = styles.LIST_NUMBER, ctx.lists.new_numbered_list()
    else:
        style, num_id = styles.LIST_BULLET, ctx.lists.bullet_num
    paragraph = None
    for item in bullets.items:
        paragraph = ctx.paragraph(style)
        ctx.lists.apply(paragraph, num_id)
        ctx.inlines(paragraph, item)
    if paragraph is not None:  # the last item keeps the body's distance to what follows
        body = ctx.docx.styles[styles.BODY]
        paragraph.paragraph_format.space_after = body.paragraph_format.space_after


def draw_source_list(ctx: Context, sources: SourceList) -> None:
    for entry in sources.entries:
        ctx.paragraph(styles.SOURCE_ENTRY, entry)


def draw_contents(ctx: Context, contents: Contents) -> None:
    ctx.paragraph(styles.CONTENTS_TITLE, contents.title)
    field = ctx.paragraph(styles.SMALL)
    ind = field._p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLine"), "0")
    ind.set(qn("w:firstLineChars"), "0")  # Word prefers the character count to firstLine
    # Until Word updates the field (LibreOffice, previews and print never do), the field shows
    # the section titles, so the contents page is never just an instruction.
    titles = [
        join_words(block.number.strip(), block.text)
        for block in ctx.model.blocks
        if isinstance(block, Heading) and block.in_toc and block.level <= contents.depth
    ]
    placeholder = "\n".join(titles) or CONTENTS_HINTS[ctx.model.lang]
    add_field(field, toc_instruction(contents.depth), placeholder, ctx.ink, dirty=True)
