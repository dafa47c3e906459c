"""The flowables a briefing is made of: strong headings, key-figure tiles, tables, figures,
the cover, the masthead, a brief's imprint and the contents. Each is built from one model
block."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import _listWrapOn

from desktop_app.model import Column, Cover, Figure, Heading, Imprint, KeyFigures, Masthead
from desktop_app.model import Table as TableBlock
from desktop_app.render.pdf.fonts import BODY
from desktop_app.render.pdf.images import PngImage
from desktop_app.render.pdf.markup import inline_markup, note_markup, source_markup, text_markup
from desktop_app.render.pdf.paragraphs import Paragraph
from desktop_app.render.pdf.styles import INK, MUTED, RULE, TILE, Styles


class _Table(Table):
    """A table that, split across pages, leaves at least two rows of its body on each, and
    begins each page it runs on to with its ``continued`` line (续表1) above the header row
    repeated."""

    MIN_ROWS = 2
    continued: Callable[[], Flowable] | None = None  # makes the 续表 line, for each page

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self._split_rows(availWidth, availHeight)
        if len(parts) != 2 or self.continued is None:
            return parts
        for part in parts:
            part.continued = self.continued  # reportlab makes the parts without it
        return [parts[0], PageTop(self.continued()), parts[1]]

    def _split_rows(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows or 0
        first = len(parts[0]._cellvalues) - head
        rest = len(parts[1]._cellvalues) - head
        if first < self.MIN_ROWS:
            return []  # not worth starting here: the table moves on
        if rest >= self.MIN_ROWS:
            return parts
        keep = head + first - (self.MIN_ROWS - rest)  # rows on this page, header included
        if keep - head < self.MIN_ROWS:
            return []
        return super().split(availWidth, sum(self._rowHeights[:keep]) + 0.01)


class PageTop(Flowable):
    """A flowable set only at the top of a page: elsewhere it asks for more room than there is,
    so the frame carries it to the next page (the line that says a table goes on)."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        frame = self._doctemplateAttr("frame")
        at_top = frame is None or getattr(frame, "_atTop", 1)
        return self.width, self.height if at_top else availHeight + 1

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.inner.getSpaceAfter()

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)


def _table(rows: list[list[Any]], commands: list[tuple[Any, ...]], **kw: Any) -> Table:
    """A table whose every cell uses the bundled font (reportlab defaults to Helvetica)."""
    table = _Table(rows, **kw)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BODY), *commands]))
    return table


class StrongParagraph(Paragraph):
    """A paragraph drawn with a thin outline stroke: the bundled face has no bold weight."""

    def __init__(self, text: str | None, style: Any, stroke: float = 0.32, **kwargs: Any) -> None:
        super().__init__(text, style, **kwargs)  # type: ignore[arg-type]
        self._stroke = stroke

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        """A paragraph too long for the page breaks over it (reportlab rebuilds the parts
        through the constructor), keeping its stroke."""
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part._stroke = self._stroke
        return parts

    def draw(self) -> None:
        if self._stroke <= 0:  # no outline: a zero-width stroke would still draw a hairline
            super().draw()
            return
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(self._stroke)
        canvas.setStrokeColor(self.style.textColor)
        canvas._code.append("2 Tr")  # fill and stroke glyphs
        canvas._textRenderMode = 2  # (what the superscripts' brackets restore; see paragraphs)
        super().draw()
        canvas.restoreState()


class HeadingParagraph(StrongParagraph):
    """A heading; the document template reads ``outline`` to build the PDF bookmarks."""

    def __init__(
        self, block: Heading | None, style: Any, stroke: float = 0.32, **kwargs: Any
    ) -> None:
        if block is None:  # a part of a split heading, rebuilt by reportlab from its lines
            super().__init__(None, style, stroke, **kwargs)
        else:
            anchor = f'<a name="{block.anchor}"/>' if block.anchor else ""
            markup = text_markup(block.number + block.text, style.fontName)
            super().__init__(anchor + markup, style, stroke)
        self.outline = block

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if parts:
            parts[0].outline = self.outline  # the bookmark goes where the heading starts
        return parts
        # No keepWithNext: reportlab would keep the heading with the whole of what follows
        # and move a long paragraph on, leaving the page half empty. The HeadingBreak before
        # it leaves room for the heading and two lines of what follows, with their notes.
        self.keepWithNext = False


class HeadingBreak(CondPageBreak):
    """A new page before a heading when less than ``height`` is left, counting the room the
    footnotes of what follows the heading will take at the page foot (a heading with room for
    two lines of text but not for their notes would otherwise end the page), and, when what
    follows cannot be split (the key-figure tiles), room for the heading and all of it."""

    def __init__(self, height: float) -> None:
        super().__init__(height)
        self.notes: frozenset[int] = frozenset()  # cited by the block after the heading
        self.whole: list[Flowable] = []  # the heading and a block that cannot be split
        # the heading, a paragraph and a block that cannot be split after it: when the
        # paragraph is one line, the heading needs room for all three (else it ends the page
        # with that line alone under it)
        self.short_then: tuple[list[Flowable], Flowable, list[Flowable]] | None = None
        # a short section (the heading and all up to the next one: three sources, a line of
        # notes) and the notes it cites: where all of it fits, it needs no more room than that
        self.section: list[Flowable] = []
        self.section_notes: frozenset[int] = frozenset()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        frame = self._doctemplateAttr("frame")
        if self.section and self._fits(frame, availWidth, availHeight):
            return 0, 0
        needed = self.height
        # the height of what must stand together, with the space between its parts (a
        # heading's space after it; the sum of the parts' own heights leaves that out)
        if self.whole:
            _, height = _listWrapOn(self.whole, availWidth, self.canv)
            needed = max(needed, height + 6 * mm)
        if self.short_then is not None:
            heading, paragraph, rest = self.short_then
            _, line = paragraph.wrap(availWidth, availHeight)
            if line < 1.5 * paragraph.style.leading:  # one line
                _, height = _listWrapOn([*heading, paragraph, *rest], availWidth, self.canv)
                needed = max(needed, height + 6 * mm)
        if self.notes and hasattr(frame, "page_notes"):  # the body frame, which makes room
            now = frame.page_notes
            needed += frame.room_for(now | self.notes) - frame.room_for(now)
        if availHeight < needed and frame is not None:
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def _fits(self, frame: Any, width: float, height: float) -> bool:
        """Whether the whole short section, with room for its notes, fits in ``height``."""
        _, needed = _listWrapOn(self.section, width, self.canv)
        if self.section_notes and hasattr(frame, "page_notes"):
            now = frame.page_notes
            needed += frame.room_for(now | self.section_notes) - frame.room_for(now)
        # the space before the heading, which a list's height leaves out at its top
        return needed + self.section[0].getSpaceBefore() <= height


def heading(block: Heading, styles: Styles, keep_with_previous: bool = False) -> list[Flowable]:
    """A heading that never ends a page: it starts a new page when too little room is left
    for it and what follows (see :class:`HeadingBreak`). Right after another heading it adds
    no break of its own."""
    style = {1: styles.h1, 2: styles.h2}.get(block.level, styles.h3)
    flowables: list[Flowable] = []
    if not keep_with_previous:
        flowables.append(HeadingBreak(48 * mm if block.level == 1 else 36 * mm))
    flowables.append(HeadingParagraph(block, style, styles.heading_stroke))
    if block.level == 1 and styles.heading_rule:
        rule = HRFlowable(
            width="100%",
            thickness=0.8,
            color=styles.accent,
            spaceBefore=0,
            spaceAfter=style.fontSize * 0.6,
        )
        flowables.append(rule)
    return flowables


def key_figures(block: KeyFigures, styles: Styles, width: float) -> list[Flowable]:
    columns = max(1, min(block.columns, len(block.tiles)))
    gap = 3 * mm
    cell_width = (width - gap * (columns - 1)) / columns
    colour = styles.accent.hexval().replace("0x", "#")
    cells: list[list[Flowable]] = []
    for tile in block.tiles:
        unit = (
            f'<font size="{styles.tile_value.fontSize * 0.45:.1f}">'
            f"{text_markup(tile.unit, styles.tile_value.fontName)}</font>"
        )
        note = note_markup(tile.note, colour) if tile.note else ""
        sources = "".join(source_markup(n) for n in tile.sources)  # after the detail, or label
        cells.append(
            [
                StrongParagraph(
                    text_markup(tile.value, styles.tile_value.fontName) + unit,
                    styles.tile_value,
                    stroke=0.45,
                ),
                Paragraph(
                    text_markup(tile.label, styles.tile_label.fontName)
                    + note
                    + ("" if tile.detail else sources),
                    styles.tile_label,
                ),
                Paragraph(
                    text_markup(tile.detail, styles.tile_detail.fontName)
                    + (note_markup(tile.detail_note, colour) if tile.detail_note else "")
                    + (sources if tile.detail else ""),
                    styles.tile_detail,
                ),
            ]
        )
    rows: list[list[Any]] = []
    for start in range(0, len(cells), columns):
        row: list[Any] = []
        for index, cell in enumerate(cells[start : start + columns]):
            row.append(cell)
            if index < columns - 1:
                row.append("")
        while len(row) < columns * 2 - 1:
            row.append("")
        rows.append(row)
    widths = [cell_width if i % 2 == 0 else gap for i in range(columns * 2 - 1)]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]
    for r, row in enumerate(rows):
        for c in range(0, len(row), 2):
            if row[c] != "":
                commands.append(("BACKGROUND", (c, r), (c, r), TILE))
                commands.append(("LINEBEFORE", (c, r), (c, r), 2.2, styles.accent))
    if len(rows) > 1:
        commands.append(("LINEBELOW", (0, 0), (-1, -2), 3 * mm, white))
    table = _table(rows, commands, colWidths=widths, hAlign="LEFT")
    return [KeepTogether([table, Spacer(1, 4 * mm)])]


def data_table(block: TableBlock, styles: Styles, width: float) -> list[Flowable]:
    colour = styles.accent.hexval().replace("0x", "#")
    total = sum(c.weight for c in block.columns) or 1.0
    widths = [width * c.weight / total for c in block.columns]

    def cell(column: Column, markup: str, head: bool = False) -> Paragraph:
        base = styles.cell_head if head else styles.cell
        align = {"left": 0, "center": 1, "right": 2}[column.align]
        return Paragraph(markup, base.clone(f"{base.name}-{align}", alignment=align))

    font = styles.cell.fontName
    header = [cell(c, text_markup(c.title, font), head=True) for c in block.columns]
    body = [
        [
            cell(col, inline_markup(value, colour, font))
            for col, value in zip(block.columns, row, strict=True)
        ]
        for row in block.rows
    ]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), styles.accent),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
    ]
    for r in range(2, len(body) + 1, 2):
        commands.append(("BACKGROUND", (0, r), (-1, r), HexColor("#F7F7F7")))
    table = _table([header, *body], commands, colWidths=widths, repeatRows=1, hAlign="LEFT")
    caption = StrongParagraph(
        text_markup(block.caption, styles.caption.fontName), styles.caption, stroke=0.2
    )
    if block.continued:
        continued = text_markup(block.continued, styles.caption.fontName)
        table.continued = lambda: StrongParagraph(continued, styles.caption, stroke=0.2)
    # under the table, its sources (a table of our own notes has none)
    source = [Spacer(1, 1.5 * mm)]
    if block.source_line:
        source.append(
            Paragraph(text_markup(block.source_line, styles.source.fontName), styles.source)
        )
    # A short table stays whole; a long one, or one of a few rows each many lines deep (the
    # notes on the data), starts where its caption, header and first rows fit, and breaks
    # across pages with its header repeated, rather than leaving the rest of a page empty.
    rows = len(block.rows)
    if rows <= 3 or (rows <= 6 and table.wrap(width, 1e6)[1] <= SHORT_TABLE_MM * mm):
        return [KeepTogether([caption, table, *source])]
    return [
        TableStart(caption, table, min(TableStart.ROWS_FIRST, rows - 2)),
        caption,
        table,
        *source,
    ]


SHORT_TABLE_MM = 60.0  # a table of at most six rows no taller than this stays on one page


class TableStart(CondPageBreak):
    """A new page before a long table's caption unless the caption, the header row and
    :data:`ROWS_FIRST` rows (fewer, for a table of a few rows) fit."""

    ROWS_FIRST = 3

    def __init__(self, caption: Flowable, table: Table, rows_first: int = ROWS_FIRST) -> None:
        super().__init__(0)
        self.caption, self.table, self.rows_first = caption, table, rows_first
        self.notes: frozenset[int] = frozenset()  # cited in the table (set by the layout)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = self.opening().wrap(availWidth, availHeight)[1]
        # The frame makes room at the page foot for every note the table cites as it is
        # placed: the caption must not stay behind on a page that room then fills.
        frame = self._doctemplateAttr("frame")
        if self.notes and hasattr(frame, "page_notes"):
            now = frame.page_notes
            self.height += frame.room_for(now | self.notes) - frame.room_for(now)
        return super().wrap(availWidth, availHeight)

    def opening(self) -> Flowable:
        """A stand-in as tall as the caption, the header row and the first rows."""
        return _Opening(self.caption, self.table, self.rows_first)


class _Opening(Flowable):
    def __init__(self, caption: Flowable, table: Table, rows: int) -> None:
        super().__init__()
        self.caption, self.table, self.rows = caption, table, rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        caption = self.caption.wrap(availWidth, availHeight)[1]
        caption += self.caption.getSpaceBefore() + self.caption.getSpaceAfter()
        self.table.wrap(availWidth, availHeight)
        return availWidth, caption + sum(self.table._rowHeights[: 1 + self.rows])

    def draw(self) -> None:  # measured, never drawn
        raise RuntimeError("the opening of a table is a measure, not a flowable to draw")


def figure(block: Figure, styles: Styles, width: float) -> list[Flowable]:
    draw_width = min(block.width_mm * mm * styles.scale, width)
    draw_height = block.height_mm * mm * draw_width / (block.width_mm * mm)
    image = PngImage(block.png, draw_width, draw_height)
    image.hAlign = "CENTER"
    return [
        KeepTogether(
            [
                image,
                StrongParagraph(
                    text_markup(block.caption, styles.caption.fontName),
                    styles.caption,
                    stroke=0.2,
                ),
                Paragraph(
                    text_markup(block.source_line, styles.source.fontName),
                    styles.source.clone("fig-src", alignment=1),
                ),
            ]
        )
    ]


class CoverPage(Flowable):
    """A full-frame cover: classification, title block on an accent band, region and date."""

    def __init__(self, block: Cover, styles: Styles) -> None:
        super().__init__()
        self.block = block
        self.styles = styles

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def _para(self, markup: str, style: Any, y_top: float, strong: bool = False) -> float:
        para = StrongParagraph(markup, style, 0.6) if strong else Paragraph(markup, style)
        _, height = para.wrap(self.width - 20 * mm, self.height)
        para.drawOn(self.canv, 10 * mm, y_top - height)
        return y_top - height

    def draw(self) -> None:
        s, b, canvas = self.styles, self.block, self.canv
        size = s.body.fontSize
        classification = s.small.clone("cls", textColor=s.accent, fontSize=size * 1.05)
        if b.classification:
            self._para(text_markup(b.classification), classification, self.height - 2 * mm)
        title = s.h1.clone(  # a headline: lines of even length, no bracketed group split
            "cover-title", fontSize=size * 2.6, leading=size * 3.4, textColor=white, headline=True
        )
        subtitle = s.lead.clone(
            "cover-sub",
            textColor=white,
            firstLineIndent=0,
            headline=True,
            fontSize=size * 1.35,
            leading=size * 2,
        )
        # The band holds the title and subtitle with room to spare, however many lines.
        inner = self.width - 20 * mm
        words = Paragraph(text_markup(b.title), title).wrap(inner, self.height)[1]
        words += Paragraph(text_markup(b.subtitle), subtitle).wrap(inner, self.height)[1]
        band_top, band_height = self.height * 0.70, max(62 * mm, words + 31 * mm)
        canvas.saveState()
        canvas.setFillColor(s.accent)
        canvas.rect(
            -self._frame_pad(),
            band_top - band_height,
            self.width + 2 * self._frame_pad(),
            band_height,
            stroke=0,
            fill=1,
        )
        canvas.restoreState()
        y = self._para(text_markup(b.title), title, band_top - 14 * mm, strong=True)
        self._para(text_markup(b.subtitle), subtitle, y - 3 * mm)
        info = s.lead.clone(
            "cover-info",
            firstLineIndent=0,
            textColor=HexColor("#333333"),
            fontSize=size * 1.15,
            leading=size * 1.9,
        )
        y = band_top - band_height - 16 * mm
        for line in (b.region_line, b.date_line, b.data_as_of):
            if line:
                y = self._para(text_markup(line), info, y)
        if b.issuer:
            issuer = info.clone("issuer", textColor=MUTED, fontSize=size)
            self._para(text_markup(b.issuer), issuer, 30 * mm)

    def _frame_pad(self) -> float:
        return 20 * mm


def masthead(block: Masthead, styles: Styles, width: float) -> list[Flowable]:
    """After GB/T 9704: the marking top left, the title in red, the line under it (a brief's
    issue number, or nothing), issuer left and date right, and a red rule. In a brief the
    marking is in the heading face and black, and the issuer and date stand one character in
    from the edges in Chinese."""
    size = styles.body.fontSize
    text = styles.body.fontName
    flowables: list[Flowable] = []
    if block.classification:
        marking = styles.small.clone("mh-cls", textColor=styles.accent)
        if styles.brief:  # in the heading face, black, the size of the text
            marking = styles.h1.clone(
                "mh-cls",
                fontSize=size,
                leading=size * 1.75,
                firstLineIndent=0,
                spaceBefore=0,
                spaceAfter=0,
                textColor=INK,
            )
        flowables.append(Paragraph(text_markup(block.classification, marking.fontName), marking))
    title = styles.h1.clone(
        "mh-title",
        fontName=styles.title.fontName,
        fontSize=size * 3.0,
        leading=size * 3.8,
        alignment=1,
        firstLineIndent=0,
        textColor=styles.accent,
        spaceBefore=size * 1.5,
        spaceAfter=size * 0.6,
    )
    flowables.append(StrongParagraph(text_markup(block.title, title.fontName), title, 0.8))
    if block.issue_line:
        issue = styles.body.clone("mh-issue", alignment=1, firstLineIndent=0)
        flowables.append(Paragraph(text_markup(block.issue_line, text), issue))
    edge = styles.edge  # a Chinese brief: one character in
    left = styles.body.clone(
        "mh-left", firstLineIndent=0, alignment=0, spaceAfter=0, leftIndent=edge
    )
    right = styles.body.clone(
        "mh-right", firstLineIndent=0, alignment=2, spaceAfter=0, rightIndent=edge
    )
    cells = [
        [
            Paragraph(text_markup(block.issuer, text), left),
            Paragraph(text_markup(block.date_line, text), right),
        ]
    ]
    padding = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    line = _table(cells, padding, colWidths=[width / 2, width / 2])
    flowables.append(line)
    flowables.append(
        HRFlowable(
            width="100%", thickness=2, color=styles.accent, spaceBefore=1.5 * mm, spaceAfter=6 * mm
        )
    )
    return flowables


THICK_RULE, THIN_RULE = 0.35 * mm, 0.25 * mm  # GB/T 9704's imprint rules
IMPRINT_GAP = 8 * mm  # at least this far below what precedes it


class ImprintBlock(Flowable):
    """A brief's imprint (版记), after GB/T 9704: at the foot of the last page, its last rule
    on the bottom edge of the text area. A thick rule, the distribution lines, a thin rule,
    the issuer left and the date of issue right, a thick rule; in Chinese every line stands
    one character in from the edges. It takes the rest of the page and draws itself at its
    foot; where too little is left, it moves to the next page."""

    def __init__(self, block: Imprint, styles: Styles) -> None:
        super().__init__()
        size = styles.body.fontSize
        self.edge = styles.edge
        style = styles.body.clone(
            "imprint",
            firstLineIndent=0,
            fontSize=size * 0.9,
            leading=size * 1.45,
            spaceBefore=0,
            spaceAfter=0,
            alignment=0,
            leftIndent=self.edge,
            rightIndent=self.edge,
        )
        font = style.fontName
        self.pad = 1.4 * mm  # between a line and a rule
        self.lines = [Paragraph(text_markup(line, font), style) for line in block.lines]
        self.issuer = Paragraph(text_markup(block.issuer, font), style)
        self.issued = Paragraph(
            text_markup(block.date_line, font), style.clone("imprint-date", alignment=2)
        )
        self.rule = styles.rule

    def _rows(self, width: float) -> list[tuple[list[Paragraph], float]]:
        """The rows from the top (the distribution lines, then issuer and date), each with
        its height, the paragraphs set at ``width``."""
        rows = []
        for para in self.lines:
            _, height = para.wrap(width, 1000)
            rows.append(([para], height + 2 * self.pad))
        heights = [p.wrap(width / 2, 1000)[1] for p in (self.issuer, self.issued)]
        rows.append(([self.issuer, self.issued], max(heights) + 2 * self.pad))
        return rows

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        rows = self._rows(available_width)
        thin = THIN_RULE if len(rows) > 1 else 0.0
        self.natural = IMPRINT_GAP + sum(h for _, h in rows) + 2 * THICK_RULE + thin
        fits = available_height >= self.natural
        self.height = max(self.natural, available_height - 0.5) if fits else self.natural
        return self.width, self.height

    def draw(self) -> None:
        """From the top down, so that the text reads (and copies) in order; the last rule lies
        on the bottom edge of the text area."""
        canvas, width = self.canv, self.width
        rows = self._rows(width)
        canvas.saveState()
        canvas.setStrokeColor(self.rule)

        def rule(y: float, thickness: float) -> None:
            canvas.setLineWidth(thickness)
            canvas.line(0, y - thickness / 2, width, y - thickness / 2)

        thin = THIN_RULE if len(rows) > 1 else 0.0
        y = sum(h for _, h in rows) + 2 * THICK_RULE + thin  # the top of the first rule
        rule(y, THICK_RULE)
        y -= THICK_RULE
        for index, (paragraphs, height) in enumerate(rows):
            if thin and index == len(rows) - 1:  # between the distribution and issue lines
                rule(y, thin)
                y -= thin
            column_width = width / len(paragraphs)
            for column, para in enumerate(paragraphs):
                _, para_height = para.wrap(column_width, 1000)
                para.drawOn(canvas, column * column_width, y - self.pad - para_height)
            y -= height
        rule(y, THICK_RULE)
        canvas.restoreState()


class PageForms(Protocol):
    def page_number_form(self, anchor: str, style: ParagraphStyle, width: float) -> str: ...


class FormNumber(Flowable):
    """A number known only when the document is finished (a heading's page), drawn from a
    named form that the layout writes at the end."""

    def __init__(self, form: str, style: ParagraphStyle, width: float) -> None:
        super().__init__()
        self.form, self.style, self.width = form, style, width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.style.leading

    def draw(self) -> None:
        self.canv.doForm(self.form)


NUMBER_COLUMN = 18 * mm


def contents(
    title: str, entries: list[Heading], styles: Styles, width: float, forms: PageForms
) -> list[Flowable]:
    rows = []
    for block in entries:
        style = styles.toc if block.level == 1 else styles.toc2
        text = text_markup(block.number + block.text, style.fontName)
        label = f'<a href="#{block.anchor}">{text}</a>'
        number_width = NUMBER_COLUMN - 6  # the cell's default padding
        form = forms.page_number_form(block.anchor, style, number_width)
        rows.append([Paragraph(label, style), FormNumber(form, style, number_width)])
    head = styles.h1.clone("toc-title", spaceBefore=0)
    flowables: list[Flowable] = [
        StrongParagraph(text_markup(title, head.fontName), head),
        Spacer(1, 2 * mm),
    ]
    if rows:
        commands = [
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
        flowables.append(
            _table(rows, commands, colWidths=[width - NUMBER_COLUMN, NUMBER_COLUMN], hAlign="LEFT")
        )
    return flowables
