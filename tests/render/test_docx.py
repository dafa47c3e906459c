"""The Word renderer, checked by reading its output back: python-docx and the zip's XML parts."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Mm
from lxml import etree

from desktop_app.model import (
    BulletList,
    Column,
    Cover,
    Document,
    Figure,
    Footnote,
    Heading,
    KeyFigure,
    KeyFigures,
    Labels,
    Masthead,
    Metadata,
    NoteRef,
    PageBreak,
    PageSetup,
    Paragraph,
    Run,
    Table,
)
from desktop_app.render import render_bytes
from desktop_app.render.docx import render_docx
from desktop_app.render.docx.elements import twips
from desktop_app.render.docx.schema import SEQUENCES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def xml(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(parts(data)[name])


def read_back(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


_BASE = Document(
    metadata=Metadata("标题", "主题", "招商服务部", ("苏州",), "zh-CN", "2025-07-01", "test"),
    page=PageSetup(header_text="页眉"),
    labels=Labels(page_of="第 {page} 页 / 共 {pages} 页"),
    blocks=(),
    footnotes=(),
    lang="zh",
)


def small_document(
    *blocks: object, footnotes: tuple[Footnote, ...] = (), lang: str = "zh"
) -> Document:
    """A document of just ``blocks``."""
    return dataclasses.replace(_BASE, blocks=tuple(blocks), footnotes=footnotes, lang=lang)


def shown(element: etree._Element) -> str:
    """The text of ``element``'s runs (field results, not field instructions)."""
    return "".join(t.text or "" for t in element.iter(w("t")))


def body_text(data: bytes) -> str:
    return "".join(xml(data, "word/document.xml").itertext())


# -- footnotes ---------------------------------------------------------------------------


def test_footnotes_part_holds_the_notes_in_order(sample: Document, output: bytes) -> None:
    root = xml(output, "word/footnotes.xml")
    notes = root.findall("w:footnote", NS)
    ids = [int(note.get(w("id"))) for note in notes]
    assert ids[:2] == [-1, 0]
    assert [note.get(w("type")) for note in notes[:2]] == ["separator", "continuationSeparator"]
    assert ids[2:] == [note.number for note in sample.footnotes]
    for element, note in zip(notes[2:], sample.footnotes, strict=True):
        paragraph = element.find("w:p", NS)
        first_run = paragraph.find("w:r", NS)
        assert first_run.find("w:footnoteRef", NS) is not None
        assert "".join(paragraph.itertext()).strip() == note.text


def test_footnotes_part_is_related_with_the_right_types(output: bytes) -> None:
    files = parts(output)
    assert "word/footnotes.xml" in files
    types = files["[Content_Types].xml"].decode()
    assert re.search(
        r'PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        r'officedocument.wordprocessingml.footnotes\+xml"',
        types,
    )
    rels = files["word/_rels/document.xml.rels"].decode()
    assert 'relationships/footnotes" Target="footnotes.xml"' in rels


def test_body_references_every_note_once_as_superscript(sample: Document, output: bytes) -> None:
    body = xml(output, "word/document.xml")
    refs = body.findall(".//w:footnoteReference", NS)
    assert [int(ref.get(w("id"))) for ref in refs] == [n.number for n in sample.footnotes]
    for ref in refs:
        style = ref.getparent().find("w:rPr/w:rStyle", NS)
        assert style.get(w("val")) == "FootnoteReference"
    styles = xml(output, "word/styles.xml")
    reference = styles.find('w:style[@w:styleId="FootnoteReference"]', NS)
    assert reference.find("w:rPr/w:vertAlign", NS).get(w("val")) == "superscript"
    # No fake: the note numbers are not typed into the body as text.
    assert "[4]" not in body_text(output)


def test_a_reference_to_a_missing_footnote_fails() -> None:
    document = small_document(Paragraph((Run("正文"), NoteRef(2))), footnotes=(Footnote(1, "注"),))
    with pytest.raises(ValueError, match="footnote reference 2"):
        render_docx(document)


def test_notes_cited_out_of_order_fail() -> None:
    notes = (Footnote(1, "一"), Footnote(2, "二"))
    document = small_document(Paragraph((NoteRef(2), NoteRef(1))), footnotes=notes)
    with pytest.raises(ValueError, match="cited before footnote 1"):
        render_docx(document)


def test_a_note_cited_again_refers_back_to_its_first_reference() -> None:
    """Word allows one reference to a footnote: a passage cited again is a NOTEREF field to a
    bookmark on the first reference, showing the same number as a footnote reference."""
    notes = (Footnote(1, "一"), Footnote(2, "二"))
    body = (Paragraph((Run("甲"), NoteRef(1), Run("乙"), NoteRef(2), Run("丙"), NoteRef(1))),)
    data = render_docx(small_document(*body, footnotes=notes))
    document = xml(data, "word/document.xml")
    references = [r.get(w("id")) for r in document.iter(w("footnoteReference"))]
    assert references == ["1", "2"]  # one real reference each
    marks = {b.get(w("name")): b for b in document.iter(w("bookmarkStart"))}
    first = marks["_FnRef00001"]
    following = first.getnext()
    assert following.find("w:footnoteReference", NS).get(w("id")) == "1"
    instructions = [t.text.strip() for t in document.iter(w("instrText"))]
    assert instructions == ["NOTEREF _FnRef00001 \\f \\h"]
    field = document.find(".//w:instrText", NS).getparent()
    shown_runs = [r for r in field.itersiblings() if r.find("w:t", NS) is not None]
    assert shown_runs[0].find("w:t", NS).text == "1"
    style = shown_runs[0].find("w:rPr/w:rStyle", NS).get(w("val"))
    assert style == "FootnoteReference"  # superscript, as the reference it repeats
    assert len(xml(data, "word/footnotes.xml").findall("w:footnote", NS)) == 2 + 2


def test_notes_rule_label_stands_beside_the_separator() -> None:
    document = dataclasses.replace(
        small_document(Paragraph((Run("正文"), NoteRef(1))), footnotes=(Footnote(1, "注"),)),
        labels=Labels(page_of="{page}/{pages}", notes_rule="注释"),
    )
    separator = xml(render_docx(document), "word/footnotes.xml").find("w:footnote/w:p", NS)
    assert separator.find("w:r/w:separator", NS) is not None
    assert shown(separator).strip() == "注释"


def test_body_always_ends_with_a_paragraph() -> None:
    for document in (
        small_document(),
        small_document(Table((Column("列"),), (((Run("格"),),),), "表", "")),
    ):
        body = xml(render_docx(document), "word/document.xml").find("w:body", NS)
        assert body[-2].tag == w("p") and body[-1].tag == w("sectPr")


def test_a_document_without_footnotes_has_no_footnotes_part() -> None:
    data = render_docx(small_document(Paragraph((Run("正文"),))))
    assert "word/footnotes.xml" not in parts(data)


# -- structure ---------------------------------------------------------------------------


def test_headings_use_word_heading_styles(output: bytes) -> None:
    paragraphs = read_back(output).paragraphs
    headings = [(p.style.name, p.text) for p in paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "一、核心数据"),
        ("Heading 1", "二、企业培育"),
        ("Heading 2", "（一）科技企业梯队"),
        ("Heading 1", "三、资料来源"),
    ]


def test_heading_out_of_toc_gets_body_outline_level() -> None:
    data = render_docx(small_document(Heading(1, "附录", "", "a", in_toc=False)))
    level = xml(data, "word/document.xml").find(".//w:p/w:pPr/w:outlineLvl", NS)
    assert level.get(w("val")) == "9"


def test_latin_heading_number_is_spaced() -> None:
    data = render_docx(small_document(Heading(2, "Scope", "1."), lang="en"))
    assert [p.text for p in read_back(data).paragraphs] == ["1. Scope"]


def test_contents_is_a_toc_field_updated_on_open(output: bytes) -> None:
    body = xml(output, "word/document.xml")
    instructions = [t.text for t in body.iter(w("instrText"))]
    assert ' TOC \\o "1-1" \\h \\z \\u ' in instructions
    title = [p for p in read_back(output).paragraphs if p.text == "目录"]
    assert title and not title[0].style.name.startswith("Heading")
    settings = xml(output, "word/settings.xml")
    assert settings.find("w:updateFields", NS).get(w("val")) == "true"


def test_paragraph_styles_and_strong_text() -> None:
    styles = ("body", "lead", "small", "point")
    blocks = [Paragraph((Run(f"{s}段"), Run("加粗", strong=True)), s) for s in styles]
    paragraphs = read_back(render_docx(small_document(*blocks))).paragraphs
    assert [p.style.name for p in paragraphs] == [
        "Body Text",
        "Lead",
        "Small Print",
        "Talking Point",
    ]
    # set apart in the accent colour, as the PDF sets it
    accent = small_document().page.accent.lstrip("#").upper()
    assert all(str(p.runs[1].font.color.rgb) == accent for p in paragraphs)
    assert all(p.runs[0].font.color.rgb != p.runs[1].font.color.rgb for p in paragraphs)


def test_lists_use_list_styles_and_numbered_lists_restart() -> None:
    items = ((Run("一"),), (Run("二"),))
    data = render_docx(
        small_document(BulletList(items), BulletList(items, True), BulletList(items, True))
    )
    paragraphs = read_back(data).paragraphs
    assert [p.style.name for p in paragraphs] == ["List Bullet"] * 2 + ["List Number"] * 4
    num_ids = [p._p.pPr.numPr.numId.val for p in paragraphs]
    assert num_ids[0] == num_ids[1] and num_ids[2] == num_ids[3] != num_ids[4] == num_ids[5]
    numbering = xml(data, "word/numbering.xml")
    second = numbering.find(f'w:num[@w:numId="{num_ids[4]}"]', NS)
    assert second.find("w:lvlOverride/w:startOverride", NS).get(w("val")) == "1"


def test_table_is_a_real_table_with_repeated_header(output: bytes) -> None:
    document = read_back(output)
    table = next(t for t in document.tables if t.cell(0, 0).text == "指标")
    assert [c.text for c in table.rows[0].cells] == ["指标", "数值", "时间"]
    assert table.rows[1].cells[1].text == "超2400家"
    assert table._tbl.tr_lst[0].trPr.find(w("tblHeader")) is not None
    texts = [p.text for p in document.paragraphs]
    caption = texts.index("表1 苏州工业园区企业指标")
    assert texts[caption + 1] == "资料来源：苏州日报转载文章，2023年。"  # the table lies between


def test_key_figures_are_tiles_with_note_references(output: bytes) -> None:
    document = read_back(output)
    tiles = document.tables[1]  # after the cover's band
    assert len(tiles.columns) == 3 * 2 - 1  # three tiles and two gutters
    first = tiles.cell(0, 0)
    assert first.paragraphs[0].text == "超2400家"
    assert first.paragraphs[1].text == "国家高新技术企业"
    assert first.paragraphs[2].text == "苏州工业园区 · 截至2023年"
    refs = first._tc.findall(f".//{w('footnoteReference')}")
    assert [ref.get(w("id")) for ref in refs] == ["1"]


def test_key_figures_wrap_into_rows_by_columns() -> None:
    tiles = tuple(KeyFigure(str(i), "家", f"指标{i}", "") for i in range(5))
    table = read_back(render_docx(small_document(KeyFigures(tiles, columns=2)))).tables[0]
    assert (len(table.rows), len(table.columns)) == (5, 3)  # 3 rows of tiles, 2 gutter rows
    assert table.cell(4, 0).paragraphs[1].text == "指标4"


def test_figure_is_an_embedded_png_with_width_and_alt_text(sample: Document, output: bytes) -> None:
    media = [name for name in parts(output) if name.startswith("word/media/")]
    figures = [b for b in sample.blocks if isinstance(b, Figure)]
    assert len(media) == len(figures) == 1 and media[0].endswith(".png")
    shape = read_back(output).inline_shapes[0]
    assert abs(shape.width - Mm(figures[0].width_mm)) < Mm(0.1)
    doc_pr = xml(output, "word/document.xml").find(
        ".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
    )
    assert doc_pr.get("descr") == figures[0].alt


def test_cover_and_masthead(output: bytes) -> None:
    document = read_back(output)
    paragraphs = document.paragraphs
    texts = [p.text for p in paragraphs]
    assert texts[0] == "内部资料 注意保存"
    # The title and subtitle stand in white on a band of the accent colour across the page.
    band = document.tables[0].cell(0, 0)
    assert [p.text for p in band.paragraphs] == ["苏州工业园区投资环境简报", "科技创新与产业发展"]
    title_run = band.paragraphs[0].runs[0]
    assert str(title_run.font.color.rgb) == "FFFFFF" and title_run.font.size.pt >= 24
    fill = band._tc.find(f"{w('tcPr')}/{w('shd')}").get(w("fill"))
    assert fill == "9E1B1B"
    band_width = document.tables[0]._tbl.find(f"{w('tblPr')}/{w('tblW')}")
    assert int(band_width.get(w("w"))) == twips(210)  # the paper's width
    assert texts[2:6] == ["苏州工业园区", "2025年7月", "数据截至2025年2月", "招商服务部"]
    after_cover = paragraphs[texts.index("目录")]
    assert after_cover.paragraph_format.page_break_before
    issuer_line = next(p for p in paragraphs if p.text == "招商服务部\t2025年7月1日")
    rule = issuer_line._p.pPr.find(f"{w('pBdr')}/{w('bottom')}")
    assert rule.get(w("color")) == "9E1B1B"
    masthead_title = next(p for p in paragraphs if p.text == "招商工作简报")
    assert masthead_title.alignment == 1  # centred


# -- page ---------------------------------------------------------------------------------


def test_page_is_a4_with_model_margins_header_and_page_numbers(output: bytes) -> None:
    section = read_back(output).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.right_margin, section.bottom_margin, section.left_margin)
    assert [round(m.mm, 1) for m in margins] == [25.0, 20.0, 22.0, 20.0]
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == "苏州工业园区投资环境简报"
    assert section.first_page_header.paragraphs[0].text == ""  # the cover has no header
    footer = section.footer.paragraphs[0]._p
    instructions = [t.text.strip() for t in footer.iter(w("instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert shown(footer).replace("1", "#") == "第 # 页 / 共 # 页"


def test_dash_footer() -> None:
    document = dataclasses.replace(
        small_document(Paragraph((Run("正文"),))), page=PageSetup(footer="dash")
    )
    section = read_back(render_docx(document)).sections[0]
    footer = section.footer.paragraphs[0]._p
    assert shown(footer) == "— 1 —"
    assert [t.text.strip() for t in footer.iter(w("instrText"))] == ["PAGE"]
    # Without a cover, the first page is numbered too.
    assert shown(section.first_page_footer.paragraphs[0]._p) == "— 1 —"
    # "— 1 —" is the Chinese convention; an English page has its bare number.
    english = dataclasses.replace(document, lang="en")
    footer = read_back(render_docx(english)).sections[0].footer.paragraphs[0]._p
    assert shown(footer) == "1"


# -- fonts and languages ------------------------------------------------------------------


def test_east_asian_fonts_are_explicit(output: bytes) -> None:
    styles = parts(output)["word/styles.xml"].decode()
    assert "Theme=" not in re.sub(r"w:theme(Color|Shade|Tint|Fill)\w*=", "", styles)
    assert "eastAsiaTheme" not in styles
    root = xml(output, "word/styles.xml")
    fonts = root.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(w("eastAsia")) == "Microsoft YaHei"
    assert fonts.get(w("ascii")) == fonts.get(w("hAnsi")) == "Calibri"
    lang = root.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(w("eastAsia")) == "zh-CN"
    heading = root.find('w:style[@w:styleId="Heading1"]/w:rPr/w:rFonts', NS)
    assert heading.get(w("eastAsia")) == "Microsoft YaHei"
    settings = xml(output, "word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(w("eastAsia")) == "zh-CN"


def test_runs_with_chinese_get_the_east_asian_hint(output: bytes) -> None:
    for run in xml(output, "word/document.xml").iter(w("r")):
        text = "".join(t.text or "" for t in run.findall("w:t", NS))
        if re.search("[\u4e00-\u9fff]", text):
            assert run.find("w:rPr/w:rFonts", NS).get(w("hint")) == "eastAsia", text


def test_english_document_keeps_chinese_east_asian_language() -> None:
    document = dataclasses.replace(
        small_document(Paragraph((Run("Suzhou"),)), lang="en"),
        metadata=dataclasses.replace(_BASE.metadata, language="en"),
    )
    data = render_docx(document)
    theme = xml(data, "word/settings.xml").find("w:themeFontLang", NS)
    assert (theme.get(w("val")), theme.get(w("eastAsia"))) == ("en-US", "zh-CN")
    run = xml(data, "word/document.xml").find(".//w:r", NS)
    assert run.find("w:rPr/w:rFonts", NS) is None  # no hint on plain Latin text


# -- properties and package ---------------------------------------------------------------


def test_core_properties_come_from_metadata(sample: Document, output: bytes) -> None:
    props = read_back(output).core_properties
    meta = sample.metadata
    assert (props.title, props.subject, props.author) == (meta.title, meta.subject, meta.author)
    assert props.last_modified_by == meta.author
    assert props.language == "zh-CN"
    assert props.keywords == "苏州; 招商"
    assert props.revision == 1
    stamps = {d.replace(tzinfo=None) for d in (props.created, props.modified, props.last_printed)}
    assert stamps == {dt.datetime(2025, 7, 1)}
    for name in ("docProps/core.xml", "docProps/app.xml"):
        assert b"python-docx" not in parts(output)[name]
    assert b"<Application>Briefing Studio test</Application>" in parts(output)["docProps/app.xml"]


def test_property_elements_are_in_schema_order(output: bytes) -> None:
    """Word rejects a file whose property children are out of order; LibreOffice does not."""
    for name, data in parts(output).items():
        if not (name.startswith("word/") and name.endswith(".xml")):
            continue
        for element in etree.fromstring(data).iter():
            if not isinstance(element.tag, str):
                continue
            local = etree.QName(element).localname
            if local not in SEQUENCES or etree.QName(element).namespace != W:
                continue
            order = [w(tag.removeprefix("w:")) for tag in SEQUENCES[local]]
            positions = [order.index(child.tag) for child in element if child.tag in order]
            assert positions == sorted(positions), f"{name}: {local} children out of order"


def test_two_renders_are_byte_identical(sample: Document, output: bytes) -> None:
    assert render_docx(sample) == output
    with zipfile.ZipFile(io.BytesIO(output)) as package:
        infos = package.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert not any(b"rsid" in data for data in parts(output).values())
    assert "docProps/thumbnail.jpeg" not in parts(output)


def test_render_bytes_dispatches_to_docx(sample: Document, output: bytes) -> None:
    assert render_bytes(sample, "docx") == output


def test_unknown_block_type_raises() -> None:
    @dataclasses.dataclass(frozen=True)
    class Sidebar:
        text: str

    with pytest.raises(TypeError, match="Sidebar"):
        render_docx(small_document(Sidebar("旁注")))


# -- characters --------------------------------------------------------------------------


def test_markup_characters_are_plain_text(output: bytes) -> None:
    assert "R&D <投入> & 成果转化" in body_text(output)


def test_control_characters_are_dropped_not_fatal() -> None:
    text = "a\x00b\x07c \"引号\" 'q' <&> tab\there\r\nline\x0bnext\ufffe\ud800end"
    document = small_document(
        Masthead("内部\x01资料", "简\x02报", "第1期", "部门", "2025年"),
        Paragraph((Run(text),)),
        Table((Column("列\x03"),), (((Run("格\x04"),),),), "表\x05", "源\x06"),
    )
    data = render_docx(document)
    paragraph = next(p for p in read_back(data).paragraphs if p.text.startswith("abc"))
    assert paragraph.text == "abc \"引号\" 'q' <&> tab\there\nline\nnextend"
    text_of_body = body_text(data)
    for fragment in ("内部资料", "简报", "列", "格", "表", "源"):
        assert fragment in text_of_body


# -- LibreOffice, when installed ----------------------------------------------------------

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


@contextlib.contextmanager
def pdf_pages(data: bytes, tmp_path: Path) -> Iterator[list[tuple[Any, str]]]:
    """Convert with LibreOffice; each pdfplumber page with its text, whitespace removed."""
    pdfplumber = pytest.importorskip("pdfplumber")
    source = tmp_path / "document.docx"
    source.write_bytes(data)
    profile = f"-env:UserInstallation=file://{tmp_path}/lo"
    command = ["soffice", "--headless", profile, "--convert-to", "pdf", "--outdir", str(tmp_path)]
    subprocess.run([*command, str(source)], check=True, capture_output=True, timeout=180)
    with pdfplumber.open(tmp_path / "document.pdf") as pdf:
        yield [(page, re.sub(r"\s+", "", page.extract_text() or "")) for page in pdf.pages]


@needs_libreoffice
def test_libreoffice_puts_footnotes_at_the_foot_of_the_page(output: bytes, tmp_path: Path) -> None:
    with pdf_pages(output, tmp_path) as pages:
        everything = "".join(text for _, text in pages)
        assert "苏州工业园区投资环境简报" in everything
        assert "招商工作简报" in everything
        assert "R&D<投入>&成果转化" in everything
        # Footnote 1 is cited on the key-figures page and printed at that page's foot.
        page, _ = next((p, t) for p, t in pages if "国家高新技术企业" in t)
        hits = page.search("14 ?日 ?， ?第 ?1 ?段")
        assert hits and min(hit["top"] for hit in hits) > page.height * 0.6
        assert "第24段" in everything  # the last footnote


@needs_libreoffice
def test_libreoffice_keeps_a_long_cover_on_one_page(sample: Document, tmp_path: Path) -> None:
    cover = Cover(
        "内部资料 注意保存",
        "苏州工业园区、苏州高新技术产业开发区与昆山经济技术开发区生物医药产业链投资环境比较简报",
        "生物医药、纳米技术应用与人工智能三大新兴产业的发展现状、招商重点与政策支持",
        "苏州工业园区、苏州高新技术产业开发区、昆山经济技术开发区、张家港保税区、常熟经济技术开发区",
        "2025年7月",
        "数据截至2025年2月",
        "苏州市商务局招商服务部投资促进处",
    )
    document = dataclasses.replace(sample, blocks=(cover, *sample.blocks[1:]))
    with pdf_pages(render_docx(document), tmp_path) as pages:
        assert pages[0][1].endswith("苏州市商务局招商服务部投资促进处")
        assert pages[1][1].startswith("苏州工业园区投资环境简报目录")  # the header, then contents


# -- repeated notes ------------------------------------------------------------------------

_SOURCE_A = "苏州日报，2023年7月14日，第1段。"
_SOURCE_B = "苏州工业园区科技招商中心，2025年2月14日。"


def _notes_shown(data: bytes) -> list[tuple[int, str]]:
    """Each real footnote's id and text, read back from footnotes.xml."""
    notes = xml(data, "word/footnotes.xml").findall("w:footnote", NS)
    found = []
    for note in notes:
        number = int(note.get(w("id")))
        if number > 0:
            paragraph = note.find("w:p", NS)
            assert paragraph.find("w:r/w:footnoteRef", NS) is not None  # Word numbers it
            found.append((number, shown(paragraph).strip()))
    return found


@pytest.mark.parametrize(("lang", "same"), [("zh", "同上。"), ("en", "Ibid.")])
def test_a_note_repeating_the_one_before_it_says_so(lang: str, same: str) -> None:
    texts = (_SOURCE_A, _SOURCE_A, _SOURCE_A, _SOURCE_B, _SOURCE_A, _SOURCE_A)
    notes = tuple(Footnote(n, text) for n, text in enumerate(texts, start=1))
    cited = Paragraph(tuple(part for n in range(1, 7) for part in (Run(f"句{n}。"), NoteRef(n))))
    data = render_docx(small_document(cited, footnotes=notes, lang=lang))
    assert _notes_shown(data) == [
        (1, _SOURCE_A),
        (2, same),
        (3, same),
        (4, _SOURCE_B),
        (5, _SOURCE_A),  # not the note before it: cited in full again
        (6, same),
    ]
    # Every citation keeps its own real footnote, referenced once, in order.
    refs = xml(data, "word/document.xml").findall(".//w:footnoteReference", NS)
    assert [int(ref.get(w("id"))) for ref in refs] == [1, 2, 3, 4, 5, 6]


def test_the_note_number_in_the_note_keeps_the_notes_colour(output: bytes) -> None:
    note = xml(output, "word/footnotes.xml").find('w:footnote[@w:id="1"]/w:p', NS)
    mark = note.find("w:r/w:footnoteRef", NS).getparent()
    assert mark.find("w:rPr/w:color", NS).get(w("val")) == "444444"
    styles = xml(output, "word/styles.xml")
    reference = styles.find('w:style[@w:styleId="FootnoteReference"]/w:rPr/w:color', NS)
    assert reference.get(w("val")) == "9E1B1B"  # the markers in the text: the accent


def test_a_note_cited_again_is_a_cross_reference_wherever_it_falls() -> None:
    """A Word file is edited, so its pages move: a note is one real footnote, referenced once,
    and every later citation, on whatever page the PDF sets it, is a NOTEREF to it (no
    footnote of its own with a typed mark, which would stay on a page the text has left)."""
    from docx import Document as WordDocument

    from desktop_app.render.docx.footnotes import NoteReferences

    notes = (Footnote(1, "一"), Footnote(2, "二"))
    references = NoteReferences(notes)
    paragraph = WordDocument().add_paragraph()
    for number in (1, 2, 1, 1, 2):
        references.add(paragraph, number)
    p = paragraph._p
    refs = [(r.get(w("id")), r.get(w("customMarkFollows"))) for r in p.iter(w("footnoteReference"))]
    assert refs == [("1", None), ("2", None)]
    fields = [t.text.strip() for t in p.iter(w("instrText"))]
    assert fields == [f"NOTEREF _FnRef0000{n} \\f \\h" for n in (1, 1, 2)]


def test_a_note_cited_on_a_later_page_is_printed_once_in_full() -> None:
    """Cited again after a page break, a note is not printed again: Word's footnotes part holds
    it once, with its title, and the later citation shows its number."""
    notes = (Footnote(1, "苏州日报：《园区科技创新纪实》，2023年。", "苏州日报，2023年。"),)
    cited = Paragraph((Run("正文"), NoteRef(1)))
    data = render_docx(small_document(cited, PageBreak(), cited, footnotes=notes))
    texts = [shown(note) for note in xml(data, "word/footnotes.xml")][2:]
    assert len(texts) == 1 and "《园区科技创新纪实》" in texts[0], texts
    body = xml(data, "word/document.xml")
    assert len(body.findall(".//w:footnoteReference", NS)) == 1
    assert [t.text.strip() for t in body.iter(w("instrText"))] == ["NOTEREF _FnRef00001 \\f \\h"]


def test_chinese_word_files_compress_adjacent_punctuation() -> None:
    """标点挤压 (clreq): Word sets ”） and 》， half a character each in a Chinese document; an
    English one keeps Word's default."""
    for lang, wanted in (("zh", "compressPunctuation"), ("en", "doNotCompress")):
        data = render_docx(small_document(Paragraph((Run("（以下简称“园区”）。"),)), lang=lang))
        control = xml(data, "word/settings.xml").find("w:characterSpacingControl", NS)
        assert control is not None and control.get(w("val")) == wanted


def test_a_tiles_source_number_is_a_superscript_run_as_in_the_text() -> None:
    """国家高新技术企业[1] on a fact sheet's tile: the [1] in the footnote reference's style."""
    from desktop_app.model import KeyFigure, KeyFigures

    tiles = KeyFigures((KeyFigure("282", "家", "国家高新技术企业", "", sources=(1,)),))
    data = render_bytes(small_document(tiles), "docx")
    cells = [p for t in read_back(data).tables for c in t._cells for p in c.paragraphs]
    label = next(p for p in cells if "国家高新技术企业" in p.text)
    assert label.text == "国家高新技术企业[1]"
    mark = next(r for r in label.runs if r.text == "[1]")
    assert mark.style.style_id == "FootnoteReference" and mark.style.font.superscript


def test_a_source_number_is_a_grey_superscript_run_not_a_footnote() -> None:
    """…2400家[1]。 citing the sources list: a run [1] in the footnote reference's style
    (superscript), in grey, and no footnote part."""
    from desktop_app.model import SourceRef

    cited = Paragraph((Run("园区拥有国家高新技术企业超过2400家"), SourceRef(1), Run("。")))
    data = render_bytes(small_document(cited), "docx")
    assert "word/footnotes.xml" not in parts(data)
    paragraph = next(p for p in read_back(data).paragraphs if "2400家" in p.text)
    assert paragraph.text == "园区拥有国家高新技术企业超过2400家[1]。"
    mark = next(r for r in paragraph.runs if r.text == "[1]")
    assert mark.style.style_id == "FootnoteReference" and mark.style.font.superscript
    assert str(mark.font.color.rgb) not in ("000000", "1F1F1F")
