"""Running text: headings, paragraphs, lists and the list of sources."""

from __future__ import annotations

from desktop_app.model import BulletList, Heading, Paragraph, SourceList
from desktop_app.render.docx import styles
from desktop_app.render.docx.contents import heading_text
from desktop_app.render.docx.context import Context
from desktop_app.render.docx.elements import element, put
from desktop_app.render.docx.fields import bookmark


def draw_heading(ctx: Context, heading: Heading) -> None:
    if heading.level not in styles.HEADINGS:
        raise ValueError(f"heading level {heading.level} is not 1, 2 or 3: {heading.text!r}")
    paragraph = ctx.paragraph(styles.HEADINGS[heading.level])
    ctx.ink.run(paragraph, heading_text(heading))
    if not heading.in_toc:
        # Body-text outline level: out of the contents (and the navigation pane).
        put(paragraph._p.get_or_add_pPr(), element("w:outlineLvl", val=9))
    target = ctx.bookmark_for(heading)
    if target is not None:  # what the contents link to
        bookmark(paragraph, *target)


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
