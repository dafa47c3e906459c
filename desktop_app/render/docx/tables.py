"""Tables: data tables (caption above, source below), the tiles of key figures and a brief's
imprint."""

from __future__ import annotations

import math

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml.table import CT_Row
from docx.shared import Length, Mm, Pt, RGBColor, Twips
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop_app.model import Imprint, KeyFigure, KeyFigures, SourceRef, Table
from desktop_app.render.docx import styles
from desktop_app.render.docx.context import Context
from desktop_app.render.docx.elements import borders, element, put, shading, twips
from desktop_app.render.docx.text import join_words

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
}
TILE_GAP_MM = 3.0  # between tiles, across and down, as in the PDF
TILE_AFTER_MM = 4.0  # below the tiles
TILE_BAR = 18  # the accent bar down a tile's left, in eighths of a point (the PDF's 2.2 pt)
HAIRLINE = 3  # under each table row, in eighths of a point (the PDF's 0.4 pt)
CELL_PADDING_MM = (1.6, 2.0)  # a table cell's, above and below, and left and right
KEEP_TOGETHER_ROWS = 6  # a table of no more rows stays on one page, as in the PDF


def draw_table(ctx: Context, table: Table) -> None:
    """A real Word table, as the PDF draws it: a header row in the accent colour with white
    text, repeated on each page; a hairline under every row; every other row shaded; rows
    that never split. A table of a few rows stays on one page with its caption; a longer one
    keeps two rows on each side of a break, and its last row with its source line."""
    if not table.columns:
        raise ValueError(f"table {table.caption!r} has no columns")
    caption = ctx.paragraph(styles.CAPTION, table.caption)
    caption.paragraph_format.keep_with_next = True
    ctx.before_table()
    grid = ctx.docx.add_table(rows=1 + len(table.rows), cols=len(table.columns))
    total = sum(column.weight for column in table.columns)
    _layout(grid, [ctx.text_width_mm * c.weight / total for c in table.columns])
    palette = ctx.palette
    no_lines = dict.fromkeys(("top", "left", "bottom", "right", "insideH", "insideV"), 0)
    put(grid._tbl.tblPr, borders("w:tblBorders", palette.rule, no_lines))
    _cell_margins(grid, CELL_PADDING_MM)
    keep_together = len(table.rows) <= KEEP_TOGETHER_ROWS
    last = len(table.rows)
    # A long table breaks, but never leaves one row alone on either side, nor its source
    # line alone at the top of the next page.
    kept = (set(range(1, last)) if keep_together else {1, last - 1}) | (
        {last} if table.source_line else set()
    )
    header = grid.rows[0]
    put(header._tr.get_or_add_trPr(), element("w:tblHeader"))
    for cell, column in zip(header.cells, table.columns, strict=True):
        _cell_look(cell, palette.accent, palette.rule)
        paragraph = _cell_paragraph(cell, ALIGN[column.align])
        paragraph.paragraph_format.keep_with_next = True
        ctx.ink.run(paragraph, column.title, color=palette.on_accent)
    for index, row in enumerate(table.rows, start=1):
        if len(row) != len(table.columns):
            raise ValueError(f"table {table.caption!r}: row {index} has {len(row)} cells")
        fill = palette.zebra if index % 2 == 0 else None
        for cell, inlines, column in zip(grid.rows[index].cells, row, table.columns, strict=True):
            _cell_look(cell, fill, palette.rule)
            paragraph = _cell_paragraph(cell, ALIGN[column.align])
            if index in kept:
                paragraph.paragraph_format.keep_with_next = True
            ctx.inlines(paragraph, inlines)
    if table.source_line:
        ctx.paragraph(styles.SOURCE_LINE, table.source_line)


def _cell_look(cell: _Cell, fill: RGBColor | None, rule: RGBColor) -> None:
    """A cell's background (none for ``None``), its hairline beneath, its text centred
    vertically."""
    tc_pr = cell._tc.get_or_add_tcPr()
    put(tc_pr, borders("w:tcBorders", rule, {"bottom": HAIRLINE}))
    if fill is not None:
        put(tc_pr, shading(fill))
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def draw_key_figures(ctx: Context, figures: KeyFigures) -> None:
    """Tiles in ``columns`` columns (fewer when there are fewer tiles), as the PDF draws them:
    a pale background with a bar of the accent colour down the left; a big value and unit in
    the accent colour, a label, a detail in small grey type."""
    if figures.columns < 1:
        raise ValueError(f"key figures need at least one column, not {figures.columns}")
    if not figures.tiles:
        return
    columns = min(figures.columns, len(figures.tiles))
    rows = math.ceil(len(figures.tiles) / columns)
    ctx.before_table()
    # Tiles alternate with narrow empty gutter columns and rows, which read as white space.
    grid = ctx.docx.add_table(rows=2 * rows - 1, cols=2 * columns - 1)
    tile_mm = (ctx.text_width_mm - (columns - 1) * TILE_GAP_MM) / columns
    _layout(grid, [tile_mm if i % 2 == 0 else TILE_GAP_MM for i in range(2 * columns - 1)])
    no_lines = dict.fromkeys(("top", "left", "bottom", "right", "insideH", "insideV"), 0)
    put(grid._tbl.tblPr, borders("w:tblBorders", ctx.palette.rule, no_lines))
    for row_index, row in enumerate(grid.rows):
        if row_index % 2:
            _gutter_row(row._tr)
            continue
        for column_index, cell in enumerate(row.cells):
            number = (row_index // 2) * columns + column_index // 2
            if column_index % 2 or number >= len(figures.tiles):
                _cell_paragraph(cell, WD_ALIGN_PARAGRAPH.LEFT)
                continue
            _draw_tile(ctx, cell, figures.tiles[number])
        if row_index < len(grid.rows) - 1:  # the tiles stay together, as in the PDF
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
    gap = ctx.paragraph()  # the PDF's 4 mm of air between the tiles and what follows
    gap.paragraph_format.line_spacing = Mm(TILE_AFTER_MM)
    gap.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    gap.paragraph_format.space_after = Pt(0)


def _draw_tile(ctx: Context, cell: _Cell, tile: KeyFigure) -> None:
    palette, size = ctx.palette, ctx.size
    tcpr = cell._tc.get_or_add_tcPr()
    put(tcpr, borders("w:tcBorders", palette.accent, {"left": TILE_BAR}))
    put(tcpr, shading(palette.tile))
    margins = element("w:tcMar")
    for side, mm in (("top", 2.5), ("left", 3.5), ("bottom", 3), ("right", 2.5)):
        margins.append(element(f"w:{side}", w=twips(mm), type="dxa"))
    put(tcpr, margins)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP

    # The tile's padding is its cell's margins: its lines take no space above or below. The
    # sizes and leadings are the PDF's, in multiples of the body size.
    value_size = 2.1 * size
    value = _tile_paragraph(ctx, cell.paragraphs[0], value_size, 2.5 * size)
    # Set tight, as the PDF sets it (超1万家), without the space Word and LibreOffice put
    # between Chinese and digits by default, which the large type makes wide.
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        put(value._p.get_or_add_pPr(), element(tag, val=0))
    ctx.ink.run(value, tile.value, size=value_size, bold=True, color=palette.accent)
    unit = join_words(tile.value, tile.unit).removeprefix(tile.value)
    ctx.ink.run(value, unit, size=0.45 * value_size, bold=True, color=palette.accent)

    label_size = 0.92 * size
    label = _tile_paragraph(ctx, cell.add_paragraph(), label_size, 1.3 * size, 0.15 * size)
    ctx.ink.run(label, tile.label, size=label_size)
    if tile.note is not None:
        ctx.notes.add(label, tile.note)
    sources = tuple(SourceRef(n) for n in tile.sources)  # after the detail, or the label
    if not tile.detail:
        ctx.inlines(label, sources, size=label_size)
    if tile.detail:
        detail_size = 0.72 * size
        detail = _tile_paragraph(ctx, cell.add_paragraph(), detail_size, 1.1 * size)
        ctx.ink.run(detail, tile.detail, size=detail_size, color=palette.muted)
        if tile.detail_note is not None:
            ctx.notes.add(detail, tile.detail_note)
        ctx.inlines(detail, sources, size=detail_size)


def _tile_paragraph(
    ctx: Context, paragraph: DocxParagraph, size: float, leading: float, after: float = 0.0
) -> DocxParagraph:
    """A line of a tile, set for text of ``size`` points with lines ``leading`` points apart
    (at least: a taller font keeps its own line)."""
    styles.set_style(paragraph, styles.TABLE_TEXT)
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = ctx.pt(after)
    fmt.line_spacing = ctx.pt(leading)
    fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    return paragraph


IMPRINT_THICK, IMPRINT_THIN = 8, 6  # eighths of a point: about 0.35 mm and 0.25 mm


def draw_imprint(ctx: Context, imprint: Imprint) -> None:
    """A brief's imprint (版记), after GB/T 9704: a thick rule, the distribution lines, a thin
    rule, the issuer left and the date of issue right, a thick rule; in Chinese each line
    stands one character in from the edges. It is a one-column table floating at the foot
    of the text area of the page it falls on, as the standard places it (Word does; an
    application that cannot float tables shows it after the sources)."""
    edge = ctx.pt(ctx.size - 1 if ctx.model.lang == "zh" else 0)  # one character of the imprint
    ctx.before_table()
    rows = len(imprint.lines) + 1
    grid = ctx.docx.add_table(rows=rows, cols=1)
    _layout(grid, [ctx.text_width_mm])
    tbl_pr = grid._tbl.tblPr
    float_at_foot = element(
        "w:tblpPr",
        leftFromText=0,
        rightFromText=0,
        topFromText=0,
        bottomFromText=0,
        vertAnchor="margin",
        horzAnchor="margin",
        tblpXSpec="center",
        tblpYSpec="bottom",
    )
    put(tbl_pr, float_at_foot)
    put(tbl_pr, element("w:tblOverlap", val="never"))
    no_lines = dict.fromkeys(("top", "left", "bottom", "right", "insideH", "insideV"), 0)
    black = RGBColor(0, 0, 0)
    put(tbl_pr, borders("w:tblBorders", black, no_lines))
    margins = element("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(element(f"w:{side}", w=0, type="dxa"))
    put(tbl_pr, margins)
    cells = [row.cells[0] for row in grid.rows]
    for cell, line in zip(cells, imprint.lines, strict=False):
        ctx.ink.run(_imprint_paragraph(cell, edge), line)
    issued = _imprint_paragraph(cells[-1], edge)
    issued.paragraph_format.tab_stops.add_tab_stop(
        Mm(ctx.text_width_mm) - edge, WD_TAB_ALIGNMENT.RIGHT
    )
    ctx.ink.run(issued, imprint.issuer)
    ctx.ink.run(issued, "\t")
    ctx.ink.run(issued, imprint.date_line)
    between = IMPRINT_THIN if rows > 1 else IMPRINT_THICK
    put(cells[0]._tc.get_or_add_tcPr(), borders("w:tcBorders", black, {"top": IMPRINT_THICK}))
    last = {"top": between, "bottom": IMPRINT_THICK}
    put(cells[-1]._tc.get_or_add_tcPr(), borders("w:tcBorders", black, last))


def _imprint_paragraph(cell: _Cell, edge: Length) -> DocxParagraph:
    paragraph = styles.set_style(cell.paragraphs[0], styles.IMPRINT)
    paragraph.paragraph_format.left_indent = edge
    paragraph.paragraph_format.right_indent = edge
    return paragraph


def _layout(grid: DocxTable, widths_mm: list[float]) -> None:
    """Fixed column widths filling the text column (Word and LibreOffice both honour them)."""
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    tbl_pr = grid._tbl.tblPr
    put(tbl_pr, element("w:tblW", w=sum(twips(w) for w in widths_mm), type="dxa"))
    put(tbl_pr, element("w:tblLayout", type="fixed"))
    for grid_col, width in zip(grid._tbl.tblGrid.gridCol_lst, widths_mm, strict=True):
        grid_col.w = Twips(twips(width))
    for row in grid.rows:
        put(row._tr.get_or_add_trPr(), element("w:cantSplit"))
        for cell, width in zip(row.cells, widths_mm, strict=True):
            put(cell._tc.get_or_add_tcPr(), element("w:tcW", w=twips(width), type="dxa"))


def _cell_margins(grid: DocxTable, padding_mm: tuple[float, float]) -> None:
    vertical, horizontal = padding_mm
    margins = element("w:tblCellMar")
    for side, mm in (("top", vertical), ("left", horizontal)):
        margins.append(element(f"w:{side}", w=twips(mm), type="dxa"))
    for side, mm in (("bottom", vertical), ("right", horizontal)):
        margins.append(element(f"w:{side}", w=twips(mm), type="dxa"))
    put(grid._tbl.tblPr, margins)


def _cell_paragraph(cell: _Cell, align: WD_ALIGN_PARAGRAPH) -> DocxParagraph:
    paragraph = cell.paragraphs[0]
    styles.set_style(paragraph, styles.TABLE_TEXT)
    paragraph.alignment = align
    return paragraph


def _gutter_row(tr: CT_Row) -> None:
    """A short empty row between rows of tiles."""
    trpr = tr.get_or_add_trPr()
    put(trpr, element("w:trHeight", val=twips(TILE_GAP_MM), hRule="exact"))
