"""The Word file's design follows the PDF's (render/pdf/flowables.py and styles.py): the
cover's band, the key-figure tiles, the tables' header and rules, the headings' rule, and an
East Asian font named on every run with Chinese text. Read back from the .docx."""

from __future__ import annotations

import dataclasses
import re

from lxml import etree

from desktop_app.model import (
    Column,
    Heading,
    KeyFigure,
    KeyFigures,
    Masthead,
    PageSetup,
    Paragraph,
    Run,
    Table,
)
from desktop_app.render.docx import render_docx
from desktop_app.render.docx.fonts import BRIEF_BODY, BRIEF_HEADING, EAST_ASIA
from tests.render.test_docx import NS, parts, read_back, small_document, w, xml

ACCENT = "9E1B1B"  # PageSetup's default accent
CJK = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def cell_fill(cell: object) -> str | None:
    shd = cell._tc.find(f"{w('tcPr')}/{w('shd')}")  # type: ignore[attr-defined]
    return None if shd is None else shd.get(w("fill"))


def cell_border(cell: object, side: str) -> etree._Element | None:
    return cell._tc.find(f"{w('tcPr')}/{w('tcBorders')}/{w(side)}")  # type: ignore[attr-defined]


# -- East Asian fonts ----------------------------------------------------------------------


def runs_with_cjk(data: bytes) -> list[tuple[str, etree._Element]]:
    found = []
    for name, blob in parts(data).items():
        if not re.fullmatch(r"word/(document|footnotes|header\d*|footer\d*)\.xml", name):
            continue
        for run in etree.fromstring(blob).iter(w("r")):
            text = "".join(t.text or "" for t in run.findall("w:t", NS))
            if CJK.search(text):
                found.append((name, run))
    return found


def test_every_run_with_chinese_text_names_its_east_asian_font(output: bytes) -> None:
    runs = runs_with_cjk(output)
    assert {name for name, _ in runs} >= {"word/document.xml", "word/footnotes.xml"}
    assert any(name.startswith("word/header") for name, _ in runs)
    for name, run in runs:
        fonts = run.find("w:rPr/w:rFonts", NS)
        assert fonts is not None, (name, etree.tostring(run, encoding="unicode"))
        assert fonts.get(w("eastAsia")) == EAST_ASIA, name
        assert fonts.get(w("hint")) == "eastAsia"


def test_a_brief_names_the_font_of_each_runs_style() -> None:
    document = dataclasses.replace(
        small_document(
            Masthead("内部资料", "招商工作简报", "", "招商服务部", "2025年7月1日"),
            Heading(1, "开场", "一、", "sec-1"),
            Paragraph((Run("园区自1994年开始开发建设。"),)),
        ),
        page=PageSetup(form="brief"),
    )
    data = render_docx(document)
    fonts = {}
    for _, run in runs_with_cjk(data):
        text = "".join(t.text or "" for t in run.findall("w:t", NS))
        fonts[text] = run.find("w:rPr/w:rFonts", NS).get(w("eastAsia"))
    assert fonts["一、开场"] == BRIEF_HEADING  # the heading style's 黑体
    assert fonts["园区自1994年开始开发建设。"] == BRIEF_BODY  # the body's 仿宋
    assert fonts["内部资料"] == BRIEF_HEADING  # the masthead's marking
    assert fonts["招商服务部"] == BRIEF_BODY


# -- cover, headings ------------------------------------------------------------------------


def test_the_cover_title_stands_on_an_accent_band_across_the_page(output: bytes) -> None:
    band = read_back(output).tables[0]
    assert cell_fill(band.cell(0, 0)) == ACCENT
    indent = band._tbl.find(f"{w('tblPr')}/{w('tblInd')}")
    assert int(indent.get(w("w"))) < 0  # out into the left margin, to the paper's edge
    height = band.rows[0]._tr.find(f"{w('trPr')}/{w('trHeight')}")
    assert int(height.get(w("val"))) >= 3500  # the PDF's 62 mm, at least
    runs = [r for p in band.cell(0, 0).paragraphs for r in p.runs]
    assert {str(r.font.color.rgb) for r in runs} == {"FFFFFF"}


def test_first_level_headings_have_an_accent_rule_except_in_a_brief(output: bytes) -> None:
    def rule(data: bytes) -> etree._Element | None:
        styles = xml(data, "word/styles.xml")
        return styles.find('w:style[@w:styleId="Heading1"]/w:pPr/w:pBdr/w:bottom', NS)

    line = rule(output)
    assert line is not None and line.get(w("color")) == ACCENT
    brief = dataclasses.replace(small_document(Heading(1, "开场")), page=PageSetup(form="brief"))
    assert rule(render_docx(brief)) is None


# -- key figures ----------------------------------------------------------------------------


def test_tiles_have_the_pdf_background_and_an_accent_bar_on_the_left(output: bytes) -> None:
    tiles = read_back(output).tables[1]
    for column in (0, 2, 4):
        tile = tiles.cell(0, column)
        assert cell_fill(tile) == "F6F1EE"
        bar = cell_border(tile, "left")
        assert bar is not None and bar.get(w("color")) == ACCENT and int(bar.get(w("sz"))) >= 16
        value = tile.paragraphs[0].runs
        assert str(value[0].font.color.rgb) == ACCENT and value[0].font.bold
    for gutter in (1, 3):
        assert cell_fill(tiles.cell(0, gutter)) is None


def test_fewer_tiles_than_columns_share_the_width_as_in_the_pdf() -> None:
    tiles = (KeyFigure("61", "家", "上市企业", ""), KeyFigure("742", "家", "瞪羚企业", ""))
    table = read_back(render_docx(small_document(KeyFigures(tiles, columns=3)))).tables[0]
    assert len(table.columns) == 3  # two tiles and the gutter between them


# -- tables -----------------------------------------------------------------------------------


def test_table_header_row_is_accent_with_white_text_and_rows_alternate() -> None:
    rows = tuple(((Run(f"指标{i}"),), (Run(f"{i}家"),)) for i in range(4))
    columns = (Column("指标"), Column("数值", "right"))
    data = render_docx(small_document(Table(columns, rows, "表1", "资料来源：")))
    table = read_back(data).tables[0]
    header = table.rows[0].cells
    assert [cell_fill(c) for c in header] == [ACCENT, ACCENT]
    assert {str(r.font.color.rgb) for c in header for r in c.paragraphs[0].runs} == {"FFFFFF"}
    fills = [cell_fill(row.cells[0]) for row in table.rows[1:]]
    assert fills == [None, "F7F7F7", None, "F7F7F7"]  # every other row, as in the PDF
    for row in table.rows:
        for cell in row.cells:
            line = cell_border(cell, "bottom")
            assert line is not None and line.get(w("color")) == "C8C8C8"  # a hairline
    assert [p.alignment for p in (c.paragraphs[0] for c in table.rows[1].cells)] == [0, 2]
    borders = table._tbl.find(f"{w('tblPr')}/{w('tblBorders')}")
    assert {b.get(w("val")) for b in borders} == {"nil"}  # no frame: only the rules


def test_a_short_table_keeps_with_its_caption() -> None:
    rows = tuple(((Run(f"指标{i}"),),) for i in range(3))
    data = render_docx(small_document(Table((Column("指标"),), rows, "表1", "")))
    document = read_back(data)
    table = document.tables[0]
    keeps = [row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in table.rows]
    assert keeps == [True, True, True, None]  # the last row need not keep with what follows
    caption = next(p for p in document.paragraphs if p.text == "表1")
    assert caption.paragraph_format.keep_with_next


def test_a_long_table_never_leaves_one_row_or_its_source_line_alone() -> None:
    rows = tuple(((Run(f"指标{i}"),),) for i in range(10))
    data = render_docx(small_document(Table((Column("指标"),), rows, "表1", "资料来源：甲")))
    table = read_back(data).tables[0]
    keeps = [bool(row.cells[0].paragraphs[0].paragraph_format.keep_with_next) for row in table.rows]
    # header and two rows together; the last two rows together, and with the source line
    assert keeps == [True, True] + [False] * 7 + [True, True]


def test_chinese_text_sets_digits_tight_as_the_pdf_does() -> None:
    """2026年12月2日 without the space Word and LibreOffice put between Chinese and digits."""
    styles = xml(render_docx(small_document()), "word/styles.xml")
    normal = styles.find(f".//{w('style')}[@{w('styleId')}='Normal']/{w('pPr')}")
    for tag in ("autoSpaceDE", "autoSpaceDN"):
        assert normal.find(w(tag)).get(w("val")) == "0"
