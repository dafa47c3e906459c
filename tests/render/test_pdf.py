"""The PDF renderer, checked by reading its output back."""

from __future__ import annotations

import dataclasses
import io
import re

import pdfplumber
import pytest

from desktop_app.model import Cover, Document, Paragraph, Run
from desktop_app.render import render_bytes
from tests.render.pdf_reading import embedded_fonts, read_pdf
from tests.render.sample import sample_document


@pytest.fixture(scope="module")
def document() -> Document:
    return sample_document()


@pytest.fixture(scope="module")
def pdf(document: Document) -> bytes:
    return render_bytes(document, "pdf")


def test_is_a4_with_metadata(pdf: bytes) -> None:
    facts = read_pdf(pdf)
    box = facts.reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    meta = facts.reader.metadata
    assert meta.title == "苏州工业园区投资环境简报"
    assert meta.author == "招商服务部"
    assert meta.subject == "科技创新与产业发展"
    assert facts.reader.trailer["/Root"].get("/Lang") == "zh-CN"


def test_chinese_text_extracts(pdf: bytes) -> None:
    text = "\n".join(read_pdf(pdf).pages)
    assert "苏州工业园区投资环境简报" in text
    assert "园区累计培育认定各级" in text
    assert "R&D <投入> & 成果转化" in text  # markup characters stay text
    assert "national high-tech enterprises" in text


def test_fonts_are_embedded(pdf: bytes) -> None:
    fonts = embedded_fonts(read_pdf(pdf).reader)
    assert fonts and all(fonts.values()), fonts
    assert any("WenQuanYi" in name for name in fonts)


def test_every_footnote_is_on_the_page_of_its_marker(document: Document, pdf: bytes) -> None:
    notes = read_pdf(pdf).notes
    assert set(notes) == {note.number for note in document.footnotes}
    for number, link in notes.items():
        assert link.note_page == link.marker_page, number
        first_line = link.note_text.replace(" ", "").splitlines()[0]
        assert first_line.startswith(str(number)), (number, first_line)
        assert f"第{number}段" in first_line, number


def test_page_x_of_y(pdf: bytes) -> None:
    facts = read_pdf(pdf)
    total = len(facts.pages)
    assert total > 3
    assert f"第 2 页 / 共 {total} 页" in facts.pages[1]
    assert f"第 {total} 页 / 共 {total} 页" in facts.pages[-1]


def test_outline_has_the_sections(pdf: bytes) -> None:
    outline = read_pdf(pdf).reader.outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == ["一、核心数据", "二、企业培育", "三、资料来源"]


def test_contents_lists_page_numbers(pdf: bytes) -> None:
    contents_page = read_pdf(pdf).pages[1]
    assert "目录" in contents_page
    assert "三、资料来源" in contents_page


def test_same_input_same_bytes(document: Document, pdf: bytes) -> None:
    assert render_bytes(document, "pdf") == pdf


def test_missing_glyph_is_visible_not_dropped() -> None:
    doc = sample_document(1)
    odd = Paragraph((Run("符号测试€与\u0180与\U00013000结束"),))
    doc = dataclasses.replace(doc, blocks=(*doc.blocks[:3], odd), footnotes=())
    text = "\n".join(read_pdf(render_bytes(doc, "pdf")).pages)
    assert "符号测试€与\u0180与\ufffd结束" in text  # \u0180 from the fallback face, then a mark


def test_unknown_block_fails_loudly() -> None:
    doc = dataclasses.replace(sample_document(1), blocks=(object(),))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="cannot draw object"):
        render_bytes(doc, "pdf")


def test_characters_beyond_the_basic_plane_copy_out() -> None:
    """Emoji and rare ideographs (above U+FFFF) copy out of the PDF as themselves."""
    doc = sample_document(1)
    odd = Paragraph((Run("表情😀测试𨪃结束"),))
    doc = dataclasses.replace(doc, blocks=(*doc.blocks[:3], odd), footnotes=())
    text = "\n".join(read_pdf(render_bytes(doc, "pdf")).pages)
    assert "表情😀测试" in text


def test_charts_keep_their_pixels(document: Document, pdf: bytes) -> None:
    """The chart PNG is copied into the PDF as it is; a PDF reader (pdfium, as in the app's
    preview) must decode exactly the original pixels."""
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
    from PIL import Image

    from desktop_app.model import Figure

    [figure] = [b for b in document.blocks if isinstance(b, Figure)]
    original = Image.open(io.BytesIO(figure.png)).convert("RGB")
    reader = pdfium.PdfDocument(pdf)
    decoded = [
        image.get_bitmap(render=False).to_pil().convert("RGB")
        for page in reader
        for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
    ]
    assert len(decoded) == 1
    assert decoded[0].size == original.size
    assert decoded[0].tobytes() == original.tobytes()


def test_other_pngs_take_reportlabs_path() -> None:
    """A PNG with an alpha channel cannot be copied in as it is; it is still drawn."""
    import io

    from PIL import Image

    from desktop_app.render.pdf.images import read_png

    buffer = io.BytesIO()
    Image.new("RGBA", (4, 3), (200, 30, 30, 128)).save(buffer, format="PNG")
    assert read_png(buffer.getvalue()) is None
    assert read_png(b"not a png") is None
    rgb = io.BytesIO()
    Image.new("RGB", (4, 3), "white").save(rgb, format="PNG")
    data = read_png(rgb.getvalue())
    assert data is not None and (data.width, data.height, data.channels) == (4, 3, 3)

    from desktop_app.model import Figure

    document = sample_document()
    blocks = tuple(
        dataclasses.replace(b, png=buffer.getvalue()) if isinstance(b, Figure) else b
        for b in document.blocks
    )
    pdf = render_bytes(dataclasses.replace(document, blocks=blocks), "pdf")
    assert sum(len(page.images) for page in read_pdf(pdf).reader.pages) == 1


def test_a_title_or_heading_longer_than_a_page_breaks_over_it() -> None:
    """reportlab rebuilds the parts of a split paragraph through its constructor; the bold
    (stroked) paragraphs and headings must allow that."""
    from desktop_app.model import Heading

    long_text = "超长标题测试" * 166  # ~1000 characters, the longest text a fact base allows
    document = sample_document()
    blocks = (
        *document.blocks[:3],
        Heading(1, long_text, "九、", "sec-long"),
        Paragraph((Run(long_text),), "title"),
        *document.blocks[3:],
    )
    pdf = render_bytes(dataclasses.replace(document, blocks=blocks), "pdf")
    text = "".join(read_pdf(pdf).pages).replace("\n", "")
    assert text.count("超长标题测试") >= 2 * 166


@pytest.mark.parametrize("lines", [1, 4])
def test_the_cover_band_holds_a_long_title_and_its_subtitle(document: Document, lines: int) -> None:
    cover = next(b for b in document.blocks if isinstance(b, Cover))
    title = "苏州工业园区和苏州高新区（虎丘区）" * lines + "投资环境简报"
    longer = dataclasses.replace(cover, title=title, subtitle="产业、创新、人才与投资环境")
    blocks = tuple(longer if b is cover else b for b in document.blocks)
    data = render_bytes(dataclasses.replace(document, blocks=blocks), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        band = max(page.rects, key=lambda r: r["height"] * r["width"])
        white = [c for c in page.chars if tuple(c["non_stroking_color"] or ()) in ((1, 1, 1), (1,))]
        words = [c for c in white if c["text"] in "产业创新人才与投资环境"]  # the subtitle
        assert words and all(band["top"] + 5 < c["top"] and c["bottom"] < band["bottom"] - 5
                             for c in words)  # fmt: skip


@pytest.mark.parametrize(("lang", "shown"), [("zh", "— 1 —"), ("en", "1")])
def test_a_dash_footer_is_chinese_in_chinese_only(
    document: Document, lang: str, shown: str
) -> None:
    page = dataclasses.replace(document.page, footer="dash")
    small = dataclasses.replace(
        document, page=page, lang=lang, blocks=(Paragraph((Run("text"),)),), footnotes=()
    )
    with pdfplumber.open(io.BytesIO(render_bytes(small, "pdf"))) as pdf:
        lowest = max(pdf.pages[0].extract_words(), key=lambda word: word["top"])
        footer = [w["text"] for w in pdf.pages[0].extract_words() if w["top"] >= lowest["top"] - 2]
    assert " ".join(footer) == shown


def test_a_note_printed_again_on_a_later_page_is_short(document: Document) -> None:
    """The title is given where a note is first printed; on a later page citing it again,
    the note says only publisher and date."""
    from desktop_app.model import Footnote, NoteRef, PageBreak

    cited = Paragraph((Run("园区拥有国家高新技术企业超过2400家"), NoteRef(1), Run("。")))
    notes = (Footnote(1, "苏州日报：《园区科技创新纪实》，2023年。", "苏州日报，2023年。"),)
    blocks = (cited, PageBreak(), cited)
    pages = read_pdf(
        render_bytes(dataclasses.replace(document, blocks=blocks, footnotes=notes), "pdf")
    ).pages
    assert "《园区科技创新纪实》" in pages[0]
    assert "苏州日报，2023年。" in pages[1] and "《园区科技创新纪实》" not in pages[1]


def test_a_source_number_is_a_small_grey_superscript_copied_out_once(document: Document) -> None:
    """园区拥有…2400家[1]。 citing the sources list: the [1] set small and raised, in grey, and
    copied out of the PDF as [1] (not [[1]], as a footnote marker's brackets would add)."""
    from desktop_app.model import SourceRef

    cited = Paragraph((Run("园区拥有国家高新技术企业超过2400家"), SourceRef(1), Run("。")))
    small = dataclasses.replace(document, blocks=(cited,), footnotes=())
    data = render_bytes(small, "pdf")
    text = read_pdf(data).pages[0]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        body = next(c for c in page.chars if c["text"] == "园")
        mark = [c for c in page.chars if c["text"] in "[1]" and c["top"] < body["bottom"]]
    assert "2400家[1]。" in text.replace(" ", "") and "[[" not in text
    marks = [c for c in mark if c["size"] < body["size"] and c["bottom"] < body["bottom"] - 1]
    assert [c["text"] for c in marks] == ["[", "1", "]"]
    assert all(c["non_stroking_color"] != body["non_stroking_color"] for c in marks)


def test_a_tiles_source_number_is_raised_as_in_the_text(document: Document) -> None:
    """A fact sheet's tile cites the sources list as its bullets do: 国家高新技术企业[1], the
    [1] small and raised, not set on the line as the label's own text."""
    from desktop_app.model import KeyFigure, KeyFigures

    tiles = KeyFigures((KeyFigure("282", "家", "国家高新技术企业", "", sources=(1,)),))
    data = render_bytes(dataclasses.replace(document, blocks=(tiles,), footnotes=()), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = pdf.pages[0].chars
    label = next(c for c in chars if c["text"] == "企")
    marks = [c for c in chars if c["text"] in "[1]" and abs(c["top"] - label["top"]) < 8]
    assert [c["text"] for c in marks] == ["[", "1", "]"]
    assert all(c["size"] < label["size"] and c["bottom"] < label["bottom"] - 1 for c in marks)


@pytest.mark.parametrize("rows", [60, 130])
def test_a_table_running_on_to_another_page_says_so_above_its_header(rows: int) -> None:
    """GB/T 7713: a table broken over pages begins each new page with 续表N and its header."""
    from desktop_app.model import Column, Table

    table = Table(
        (Column("指标"), Column("数值", align="right")),
        tuple(((Run(f"第{n}项指标"),), (Run(f"{n}家"),)) for n in range(1, rows + 1)),
        "表1 测试指标",
        "资料来源：测试。",
        "续表1",
    )
    document = sample_document()
    pdf = render_bytes(dataclasses.replace(document, blocks=(table,)), "pdf")
    pages = [page for page in read_pdf(pdf).pages if "项指标" in page]
    assert len(pages) >= (3 if rows > 100 else 2)
    assert "续表1" not in pages[0] and "表1 测试指标" in pages[0]
    for page in pages[1:]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        head = lines.index("续表1")  # its own line, before the header row repeated
        assert lines[head + 1 : head + 3] == ["指标", "数值"], lines[: head + 3]
        assert "表1 测试指标" not in page
    listed = [n for page in pages for n in map(int, re.findall(r"第(\d+)项指标", page))]
    assert listed == list(range(1, rows + 1))  # every row once, in order


def test_a_short_last_section_that_fits_stays_on_the_page() -> None:
    """A heading needs room for itself and two lines before it may end a page (48 mm); a
    section shorter than that (three sources) stands at the foot of the page when all of it
    fits, rather than alone on a new one. Where it does not fit, it moves on whole."""
    from desktop_app.model import Heading

    kept = 0
    for lines in range(20, 30):
        filler = tuple(Paragraph((Run(f"第{n}行正文，用于占满页面。"),)) for n in range(lines))
        section = (
            Heading(1, "资料来源", "五、", "sec-5"),
            Paragraph((Run("[1] 来源一。"),)),
            Paragraph((Run("[2] 来源二。"),)),
        )
        document = dataclasses.replace(sample_document(), blocks=filler + section, footnotes=())
        with pdfplumber.open(io.BytesIO(render_bytes(document, "pdf"))) as pdf:
            first = pdf.pages[0]
            words = first.extract_words()
            heading = [w for w in words if "资料来源" in w["text"]]
            last = max(w["bottom"] for w in words if "行正文" in w["text"])
            room = (first.height - last) * 25.4 / 72  # mm below the filler, margin included
            if heading:  # the whole section is on the first page
                assert any("来源二" in w["text"] for w in words)
                kept += room < 48 + 26  # less room than a heading used to need, plus margin
    assert kept  # at least one page ended with the short section the old rule moved on


def test_a_note_under_a_short_table_stays_with_it() -> None:
    """Under SIP's unicorn table, "these counts are not comparable" stood alone at the top of
    the next page (round 16): a short table's note moves with the table, wherever the page
    breaks."""
    from desktop_app.model import Column, Table

    table = Table(
        (Column("指标"), Column("数值", align="right")),
        tuple(((Run(f"第{n}项指标"),), (Run(f"{n}家"),)) for n in range(1, 4)),
        "表1 测试指标",
        "资料来源：测试。",
        "续表1",
    )
    note = Paragraph((Run("注：以上数字出自不同榜单，不宜相加。"),), "small")
    for lines in range(20, 34):
        filler = tuple(Paragraph((Run(f"第{n}行正文，用于占满页面。"),)) for n in range(lines))
        document = dataclasses.replace(
            sample_document(), blocks=(*filler, table, note), footnotes=()
        )
        pages = read_pdf(render_bytes(document, "pdf")).pages
        last_row = next(i for i, page in enumerate(pages) if "第3项指标" in page)
        assert "不宜相加" in pages[last_row], lines
