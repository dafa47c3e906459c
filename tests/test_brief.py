"""The internal edition of a template in the brief form (简报, after GB/T 9704), read back from
the PDF and the Word file: the issue number only when given, 黑体 headings in black over a 仿宋
body, numbered points, the imprint (版记) after the sources at the foot of the last page; the
English edition in the same form; the external edition as plain as before."""

from __future__ import annotations

import io
import math
import re
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from desktop_app.api import BriefingRequest, SelectionError, Workspace
from desktop_app.cli import main
from desktop_app.model import BulletList, Document, Imprint, Masthead, SourceList, dump
from desktop_app.render.pdf import fit_scale
from desktop_app.templates import load_templates
from tests.conftest import ROOT, SEEDS
from tests.render.pdf_reading import embedded_fonts, read_pdf

WORKSPACE = Workspace(SEEDS, strict=True)
DATE = "2026-12-01"


def brief(**request: object) -> Document:
    return WORKSPACE.build(BriefingRequest(template="talking-points", date=DATE, **request))  # type: ignore[arg-type]


def _last_source() -> str:
    """The number of the brief's last source, as its sources list prints it: [2]."""
    entries = next(b for b in brief().blocks if isinstance(b, SourceList)).entries
    return f"[{len(entries)}]"


def pdf_of(**request: object) -> bytes:
    return WORKSPACE.render(brief(**request), "pdf")


def docx_part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


# -- the document ------------------------------------------------------------------------------


def test_the_issue_number_is_printed_only_when_given() -> None:
    def issue_line(**request: object) -> str:
        return next(b for b in brief(**request).blocks if isinstance(b, Masthead)).issue_line

    assert issue_line(issue_number=3) == "第3期"
    assert issue_line(issue_number=3, lang="en") == "Issue 3"
    assert issue_line() == ""  # never made up, never a blank
    # The external edition is a handout: titled as the document, not as our internal
    # bulletin (招商工作简报), with no issue number and no second title line.
    external = brief(issue_number=3, edition="external")
    masthead = next(b for b in external.blocks if isinstance(b, Masthead))
    assert (masthead.title, masthead.issue_line) == ("苏州工业园区对接会谈话要点", "")
    assert "招商工作简报" not in dump(external)


@pytest.mark.parametrize("number", [0, -1, 10000, True, "3", 2.5])
def test_a_bad_issue_number_is_refused(number: object) -> None:
    with pytest.raises(SelectionError, match=r"invalid issue number .*; use a whole number from 1"):
        brief(issue_number=number)


def test_the_brief_numbers_its_points_and_ends_with_its_imprint() -> None:
    document = brief(issue_number=3)
    assert document.page.form == "brief"
    lists = [b for b in document.blocks if isinstance(b, BulletList)]
    assert lists and all(b.numbered for b in lists)
    *_, sources, imprint = document.blocks
    assert isinstance(sources, SourceList)
    assert imprint == Imprint(("报送：分管领导。", "抄送：本单位参会人员。"), "招商服务部门",
                              "2026年12月1日印发")  # fmt: skip
    english = brief(lang="en").blocks[-1]
    assert english == Imprint(
        ("Submitted to: the supervising leaders", "Copies to: our staff attending the meeting"),
        "Investment Promotion Office",
        "Issued 1 December 2026",
    )


def test_the_external_edition_stays_plain() -> None:
    document = brief(edition="external", issue_number=3)
    assert document.page.form == "plain"
    assert not any(isinstance(b, Imprint) for b in document.blocks)
    assert not any(getattr(b, "numbered", False) for b in document.blocks)


# -- the template declares the form --------------------------------------------------------------


def _copy(folder: Path, name: str, old: str, new: str) -> None:
    text = (ROOT / "report_templates" / name).read_text(encoding="utf-8")
    assert old in text
    (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_form_is_what_the_template_declares_not_its_id(tmp_path: Path) -> None:
    _copy(tmp_path, "talking-points.yaml", "id: talking-points", "id: my-points")
    (tmp_path / "plain.yaml").write_text(
        (tmp_path / "talking-points.yaml")
        .read_text(encoding="utf-8")
        .replace("id: my-points", "id: talking-points")
        .replace("form: brief", "form: plain"),
        encoding="utf-8",
    )
    space = Workspace(SEEDS, tmp_path)
    mine = space.build(BriefingRequest(template="my-points", date=DATE))
    assert mine.page.form == "brief" and isinstance(mine.blocks[-1], Imprint)
    plain = space.build(BriefingRequest(template="talking-points", date=DATE, issue_number=3))
    assert plain.page.form == "plain" and not isinstance(plain.blocks[-1], Imprint)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("form: brief", "form: fancy",
         "talking-points.yaml:8: template 'talking-points': form must be one of plain, brief; got 'fancy'"),
        ("report_to: {zh: 分管领导,", "report_to: {zh: '{leaders}',",
         "talking-points.yaml:23: template 'talking-points': unknown placeholder {leaders} in report_to; use one of"),
        ("copy_to: {zh: 本单位参会人员, en: our staff attending the meeting}", "copy_to: {zh: 本单位参会人员}",
         "talking-points.yaml:24: template 'talking-points': copy_to.en must be non-empty text"),
    ],
)  # fmt: skip
def test_the_form_and_the_distribution_are_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _copy(tmp_path, "talking-points.yaml", old, new)
    _, problems = load_templates(tmp_path)
    assert len(problems) == 1 and str(problems[0]).startswith(message), problems


# -- the PDF ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def zh_pdf() -> bytes:
    return pdf_of(issue_number=3)


def _masthead_text(data: bytes) -> str:
    """The text of page 1 above the brief's title (the masthead)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        title = next(w for w in words if "对接会谈话要点" in w["text"] or "Talking" in w["text"])
        return page.crop((0, 0, page.width, title["top"] - 1)).extract_text()


def test_the_pdf_prints_the_issue_number_only_when_given(zh_pdf: bytes) -> None:
    masthead = _masthead_text(zh_pdf)
    assert "招商工作简报" in masthead and "第3期" in masthead
    without = _masthead_text(pdf_of())
    assert "招商工作简报" in without and "招商服务部门" in without
    assert "期" not in without  # no line at all: neither a number nor a blank 第 期
    assert "Issue 3" in _masthead_text(pdf_of(issue_number=3, lang="en"))


def test_the_pdf_embeds_the_fang_face_for_the_body(zh_pdf: bytes) -> None:
    """GB/T 9704 sets a brief's body in 仿宋: Fandol Fang, embedded as a subset."""
    fonts = embedded_fonts(read_pdf(zh_pdf).reader)
    assert all(fonts.values()), fonts  # embedded, as subsets
    assert any(re.fullmatch(r"/[A-Z]{6}\+FandolFang-Regular", name) for name in fonts), fonts
    assert any("WenQuanYi" in name for name in fonts), fonts


def _lines(data: bytes) -> list[tuple[int, str, set[str], set[tuple[float, ...]], float]]:
    """Every text line: page, text, font names, fill colours, bottom."""
    found = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages):
            rows: dict[float, list[dict]] = {}
            for char in page.chars:
                rows.setdefault(round(char["bottom"]), []).append(char)
            for bottom, chars in sorted(rows.items()):
                chars.sort(key=lambda c: c["x0"])
                found.append((
                    number,
                    "".join(c["text"] for c in chars),
                    {c["fontname"].split("+")[-1] for c in chars if c["text"].strip()},
                    {tuple(c["non_stroking_color"] or (0,)) for c in chars},
                    float(bottom),
                ))  # fmt: skip
    return found


def _is_black(colour: tuple[float, ...]) -> bool:
    return max(colour) < 0.2 and max(colour) - min(colour) < 0.01


def test_pdf_headings_are_in_the_heading_face_and_black(zh_pdf: bytes) -> None:
    lines = _lines(zh_pdf)
    headings = (
        "一、开场",
        "二、我方优势",
        "三、合作机会",
        "四、结束语",
        "五、内部掌握（不对外宣读）",  # after what is read out, apart from it
    )
    for heading in (*headings, "资料来源"):
        _, _, fonts, colours, _ = next(line for line in lines if line[1] == heading)
        assert fonts == {"WenQuanYiMicroHei-0"}, heading
        assert all(_is_black(c) for c in colours), (heading, colours)
    masthead = next(line for line in lines if line[1] == "招商工作简报")
    assert all(c[0] > 0.7 and c[1] < 0.1 for c in masthead[3])  # only the masthead is red
    point = next(line for line in lines if line[1].startswith("（一）苏州工业园区"))
    assert point[2] == {"FandolFang-Regular"}  # the body in 仿宋, its number in the text


def test_pdf_points_are_numbered_not_bulleted(zh_pdf: bytes) -> None:
    text = "".join(read_pdf(zh_pdf).pages)
    assert "•" not in text
    # GB/T 9704: under a 一、 heading the points are （一）（二）…, never "1.2024年…"
    assert all(f"（{n}）" in text for n in "一二三四")


def test_pdf_imprint_follows_the_sources_at_the_foot_of_the_last_page(zh_pdf: bytes) -> None:
    pages = read_pdf(zh_pdf).pages
    assert len(pages) == 2
    last = pages[-1].replace(" ", "")
    order = [
        "资料来源",
        _last_source(),
        "报送：分管领导。",
        "抄送：本单位参会人员。",
        "招商服务部门",
        "2026年12月1日印发",
    ]
    position = 0
    for text in order:  # in this order (a point can cite [3] before the sources list does)
        position = last.find(text, position)
        assert position != -1, (text, last)
    lines = _lines(zh_pdf)
    issued = next(line for line in lines if line[1].endswith("2026年12月1日印发"))
    assert issued[0] == 1 and issued[1].startswith("招商服务部门")  # issuer left, date right
    height_pt, bottom_margin_pt = 842, 26 * 72 / 25.4
    assert height_pt - bottom_margin_pt - issued[4] < 12  # on the last line of the text area


def test_the_english_brief_has_the_same_form(tmp_path: Path) -> None:
    data = pdf_of(issue_number=3, lang="en")
    fonts = embedded_fonts(read_pdf(data).reader)
    assert not any("Fandol" in name for name in fonts)  # Latin text keeps the sans face
    pages = read_pdf(data).pages
    assert "•" not in "".join(pages) and "1." in pages[0]
    last = pages[-1]
    for text in ("Sources", "Submitted to: the supervising leaders",
                 "Copies to: our staff attending the meeting", "Issued 1 December 2026"):  # fmt: skip
        assert text in last, text
    heading = next(line for line in _lines(data) if line[1] == "1 Opening")
    assert all(_is_black(c) for c in heading[3])


def test_the_external_pdf_is_plain_and_ignores_an_issue_number() -> None:
    data = pdf_of(edition="external", issue_number=3)
    assert data == pdf_of(edition="external")
    fonts = embedded_fonts(read_pdf(data).reader)
    assert not any("Fandol" in name for name in fonts)
    text = "".join(read_pdf(data).pages)
    assert "•" in text and "印发" not in text and "第3期" not in text
    heading = next(line for line in _lines(data) if line[1] == "一、开场")
    assert all(c[0] > 0.7 and c[1] < 0.1 for c in heading[3])  # plain headings: the accent


def test_the_brief_is_byte_identical_across_runs(tmp_path: Path) -> None:
    request = BriefingRequest(template="talking-points", date=DATE, issue_number=3)
    for fmt in ("pdf", "docx"):
        WORKSPACE.export(request, fmt, tmp_path / f"a.{fmt}")
        WORKSPACE.export(request, fmt, tmp_path / f"b.{fmt}")
        assert (tmp_path / f"a.{fmt}").read_bytes() == (tmp_path / f"b.{fmt}").read_bytes()


# -- Word -------------------------------------------------------------------------------------


def _east_asia(xml: str, style_id: str) -> str | None:
    """The East Asian font a style names in styles.xml."""
    block = re.search(rf'<w:style [^>]*w:styleId="{style_id}".*?</w:style>', xml, re.S)
    assert block, style_id
    found = re.search(r'<w:rFonts [^>]*w:eastAsia="([^"]+)"', block.group())
    return found.group(1) if found else None


def test_word_names_fangsong_simhei_and_kaiti_for_the_brief() -> None:
    data = WORKSPACE.render(brief(issue_number=3), "docx")
    styles, document = docx_part(data, "word/styles.xml"), docx_part(data, "word/document.xml")
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S).group()  # type: ignore[union-attr]
    assert 'w:eastAsia="仿宋"' in defaults  # the body
    assert _east_asia(styles, "Heading1") == "黑体"
    assert _east_asia(styles, "Heading2") == "楷体"
    assert _east_asia(styles, "BriefTitle") == "黑体"
    # The masthead's lines name 黑体 on their runs; the headings use the Heading 1 style.
    assert re.search(r'<w:rFonts w:eastAsia="黑体"[^>]*/>.{0,80}<w:t>招商工作简报</w:t>', document)
    assert re.search(r'w:val="Heading1"/>.*?<w:t>一、开场</w:t>', document)
    fonts = docx_part(data, "word/fontTable.xml")
    for name, alt in (("仿宋", "FangSong"), ("黑体", "SimHei"), ("楷体", "KaiTi")):
        assert f'<w:font w:name="{name}"><w:altName w:val="{alt}"/>' in fonts
    for text in ("第3期", "报送：分管领导。", "抄送：本单位参会人员。", "2026年12月1日印发"):
        assert f"<w:t>{text}</w:t>" in document, text
    assert document.index(_last_source() + " ") < document.index("报送：分管领导。")
    assert "<w:tblpPr" in document  # the imprint floats at the foot of the page
    numbering = docx_part(data, "word/numbering.xml")
    assert '<w:suff w:val="nothing"/>' in numbering  # 1.园区…: the number in the text


# A Chinese brief's lines stand 1.75 text sizes apart, as in the PDF.
@pytest.mark.parametrize(("lang", "lines"), [("zh", 1.75 / 1.32), ("en", 1.3)])
def test_word_brief_headings_set_their_lines_in_points(lang: str, lines: float) -> None:
    """A brief's headings, like every style, have an "at least" line height in points from
    their size (which follows the base size and the document's scale), not a multiple of
    the reader's font's line."""
    document = brief(lang=lang)
    styles = docx_part(WORKSPACE.render(document, "docx"), "word/styles.xml")
    size = 11 if lang == "zh" else 12.5  # the body's size in Chinese, a little larger in English
    scale = fit_scale(document)  # the Word file takes the PDF's scale for its two pages
    em = 1.32 if lang == "zh" else 1.22  # Microsoft YaHei's or Calibri's line, as Word sets it
    for style_id in ("Heading1", "Heading2", "Imprint"):
        block = re.search(rf'<w:style [^>]*w:styleId="{style_id}".*?</w:style>', styles, re.S)
        assert block, style_id
        half_points = int(re.search(r'<w:sz w:val="(\d+)"', block.group()).group(1))  # type: ignore[union-attr]
        spacing = re.search(r'w:line="(\d+)" w:lineRule="atLeast"', block.group())
        assert spacing, (style_id, block.group())
        if style_id != "Imprint":
            expected = round(half_points / 2 * lines * em, 2) * 20
            assert abs(int(spacing.group(1)) - expected) <= 1, style_id
            assert half_points == math.ceil(round(size * scale * 2, 6)), style_id


def test_word_prints_no_issue_line_without_a_number() -> None:
    document = docx_part(WORKSPACE.render(brief(), "docx"), "word/document.xml")
    assert "期</w:t>" not in document.split("招商服务部门")[0]


def test_word_external_edition_keeps_its_fonts() -> None:
    data = WORKSPACE.render(brief(edition="external", issue_number=3), "docx")
    styles, document = docx_part(data, "word/styles.xml"), docx_part(data, "word/document.xml")
    assert "仿宋" not in styles + document and "黑体" not in styles + document
    assert _east_asia(styles, "Heading1") == "Microsoft YaHei"
    assert "第3期" not in document and "印发" not in document


# -- the command line -------------------------------------------------------------------------


def test_the_cli_takes_an_issue_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "brief.pdf"
    args = ["export", "--template", "talking-points", "--date", DATE, "-o", str(target)]
    assert main([*args, "--issue-number", "12"]) == 0
    assert "第12期" in _masthead_text(target.read_bytes())
    assert main([*args, "--issue-number", "0"]) == 2
    assert "invalid issue number 0; use a whole number from 1 to 9999" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main([*args, "--issue-number", "three"])
    assert exit_.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
