"""The visitor: walks the blocks in reading order and hands each to its drawer."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.model import (
    Block,
    BulletList,
    Contents,
    Cover,
    Figure,
    Heading,
    Imprint,
    KeyFigures,
    Masthead,
    PageBreak,
    Paragraph,
    SourceList,
    Table,
)
from desktop_app.render.docx.contents import draw_contents
from desktop_app.render.docx.context import Context
from desktop_app.render.docx.cover import draw_cover, draw_masthead
from desktop_app.render.docx.figures import draw_figure
from desktop_app.render.docx.prose import (
    draw_bullet_list,
    draw_heading,
    draw_paragraph,
    draw_source_list,
)
from desktop_app.render.docx.tables import draw_imprint, draw_key_figures, draw_table


def write_blocks(ctx: Context, blocks: Iterable[Block]) -> None:
    for block in blocks:
        write_block(ctx, block)


def write_block(ctx: Context, block: Block) -> None:
    """Draw one block; a type this renderer does not know is an error, never skipped."""
    match block:
        case Cover():
            draw_cover(ctx, block)
        case Masthead():
            draw_masthead(ctx, block)
        case Contents():
            draw_contents(ctx, block)
        case Heading():
            draw_heading(ctx, block)
        case Paragraph():
            draw_paragraph(ctx, block)
        case BulletList():
            draw_bullet_list(ctx, block)
        case KeyFigures():
            draw_key_figures(ctx, block)
        case Table():
            draw_table(ctx, block)
        case Figure():
            draw_figure(ctx, block)
        case SourceList():
            draw_source_list(ctx, block)
        case Imprint():
            draw_imprint(ctx, block)
        case PageBreak():
            ctx.break_page()
        case _:
            raise TypeError(f"the Word renderer cannot draw a {type(block).__name__} block")
