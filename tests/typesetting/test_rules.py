"""Each rule of the typesetting check catches its fault in a small PDF drawn on purpose, by
page and line, and reports nothing else there; a clean document gives no finding at all."""

from __future__ import annotations

import pytest

from tests.typesetting.check import Finding, check_pdf, read_layout
from tests.typesetting.drawing import FIRST, FULL, MARGINS, SIZE, Sheet, filler

END = "形成了从研发到产业化的完整链条。"  # a paragraph's last line, long enough


def check(data: bytes, lang: str = "zh", **options: object) -> list[Finding]:
    return check_pdf(data, lang, margins_mm=MARGINS, base_size=SIZE, **options)  # type: ignore[arg-type]


def where(findings: list[Finding]) -> list[tuple[int, int, str]]:
    return [(f.page, f.line, f.rule) for f in findings]


def clean_document() -> Sheet:
    """Two pages of ordinary makeup: headings followed by text, paragraphs ending on more
    than one character, distinct footnotes, a table whose header repeats after the
    break under 续表1."""
    sheet = Sheet().heading("一、概况")
    sheet.paragraph(*filler(3), "园区拥有国家级重大人才引进工程专家278名。^{1}")
    sheet.paragraph(*filler(2), "园区累计培育各级独角兽企业125家。^{2}")
    sheet.heading("（一）产业基础", size=SIZE * 1.2)
    for _ in range(4):
        sheet.paragraph(*filler(3), END)
    header = ["指标", "数值", "时间"]
    sheet.table("表1 主要数据", [header] + [[f"指标{n}", f"{n}家", "2024年"] for n in (1, 2, 3)])
    sheet.notes("靖江厂房网：《苏州工业园区》，2023年。", "苏州工业园区科技招商中心，2025年。")
    sheet.page().line("续表1", size=SIZE)
    sheet.table("", [header, ["指标4", "4家", "2024年"], ["指标5", "5家", "2024年"]])
    sheet.line("资料来源：苏州工业园区，2025年。", size=SIZE * 0.75)
    sheet.heading("二、人才")
    sheet.paragraph(*filler(2), "园区拥有国家级重大人才引进工程专家278名。")
    for _ in range(4):
        sheet.paragraph(*filler(3), END)
    return sheet


def test_a_clean_document_has_no_finding() -> None:
    assert check(clean_document().pdf()) == []


def test_the_page_is_read_as_lines_paragraphs_headings_notes_and_tables() -> None:
    layout = read_layout(clean_document().pdf(), MARGINS, SIZE)
    first = layout.pages[0]
    assert layout.body_size == SIZE
    assert [line.kind for line in first.lines[:3]] == ["heading", "text", "text"]
    assert first.lines[4].text == "园区拥有国家级重大人才引进工程专家278名。¹"  # a marker
    assert first.lines[1].next is first.lines[2] and first.lines[4].next is None
    assert first.lines[5].prev is None  # an indented first line starts a paragraph
    notes = [line.plain for line in first.lines if line.kind == "note"]
    assert notes == [
        "1靖江厂房网：《苏州工业园区》，2023年。",
        "2苏州工业园区科技招商中心，2025年。",
    ]
    assert [line.plain for line in first.lines if line.kind == "heading"] == [
        "一、概况",
        "（一）产业基础",
    ]


def test_r1_a_line_starting_with_closing_punctuation() -> None:
    sheet = Sheet().paragraph(FIRST, "，园区累计培育各级独角兽企业125家。")
    sheet.paragraph(FIRST, "）。")
    findings = check(sheet.pdf())
    assert where(findings) == [(1, 2, "R1"), (1, 4, "R1")]
    assert "苏州工业⏎，园区累计" in findings[0].excerpt


def test_r2_a_line_ending_with_opening_punctuation() -> None:
    sheet = Sheet().paragraph(FIRST[:42] + "（", "2023年）。园区累计培育各级独角兽企业125家。")
    findings = check(sheet.pdf())
    assert where(findings) == [(1, 1, "R2")]
    assert "苏州工（⏎2023年）" in findings[0].excerpt


def test_r3_a_number_split_from_its_unit() -> None:
    sheet = Sheet().paragraph(FIRST[:41] + "15", "亿元，同比增长22%。")
    sheet.paragraph(FIRST[:41] + "20", "%，位居全省第一。")
    findings = check(sheet.pdf())
    assert where(findings) == [(1, 1, "R3"), (1, 3, "R3")]
    assert "15⏎亿元" in findings[0].excerpt and "20⏎%，" in findings[1].excerpt


def test_r3_across_a_page_break() -> None:
    sheet = Sheet()
    for _ in range(8):
        sheet.paragraph(*filler(3), END)
    sheet.paragraph(*filler(2), FULL[:43] + "20")
    sheet.page().line("年，园区累计培育各级独角兽企业125家。").line(FULL).line(END)
    findings = check(sheet.pdf())
    assert where(findings) == [(1, 35, "R3")]
    assert "20⏎年，园区" in findings[0].excerpt


def test_r3_a_day_split_from_its_month_in_english() -> None:
    sheet = Sheet()
    sheet.paragraph(
        "Suzhou New District signed 68 key projects at its Shenzhen promotion event on 18",
        "October 2021, worth 52.2 billion yuan in all.",
        indent=False,
    )
    sheet.paragraph(
        "The enterprises incubated by universities have a registered capital of 9.19",
        "billion yuan, and the park has more than 1,085 of them.",
        indent=False,
    )
    findings = check(sheet.pdf(), "en")
    assert where(findings) == [(1, 1, "R3"), (1, 3, "R3")]
    assert "on 18⏎October 2021" in findings[0].excerpt
    assert "of 9.19⏎billion yuan" in findings[1].excerpt


def test_r4_a_footnote_marker_starting_a_line() -> None:
    sheet = Sheet().paragraph(FIRST[:42] + "。", "^{15}长三角留学回国人员创新创业基地。")
    sheet.paragraph(FIRST, "万人（2023年）", "[2]。")
    findings = check(sheet.pdf())
    assert where(findings) == [(1, 2, "R4"), (1, 5, "R4")]
    assert "苏州工。⏎¹⁵长三角" in findings[0].excerpt  # the marker, shown raised
    assert "（2023年）⏎[2]。" in findings[1].excerpt  # a citation of the sources list


def test_r5_a_paragraph_ending_on_one_character() -> None:
    sheet = (
        Sheet().paragraph(FIRST, "报。^{3}").paragraph(FIRST, "道[3]。").paragraph(FIRST, "渠道。")
    )
    findings = check(sheet.pdf())
    assert where(findings) == [(1, 2, "R5"), (1, 4, "R5")]
    assert findings[0].excerpt.endswith("⏎报。³…") and findings[1].excerpt.endswith("⏎道[3]。…")


def test_r5_a_title_broken_before_its_last_character() -> None:
    sheet = Sheet().line("苏州工业园区、苏州高新区（虎丘区）投资环境简", size=16.3, stroked=True)
    sheet.line("报", size=16.3, stroked=True).paragraph(*filler(2), END)
    findings = check(sheet.pdf())
    assert where(findings) == [(1, 2, "R5")]
    assert "投资环境简⏎报" in findings[0].excerpt


def test_r6_an_english_word_broken_without_a_hyphen() -> None:
    sheet = Sheet().paragraph(
        "Suzhou Industrial Park is an innovation hub where research centres turn their",
        "findings into products, and where young firms in the park find venture capital at each stage of innova",
        "tion, from the laboratory to the market.",
        indent=False,
    )
    findings = check(sheet.pdf(), "en")
    assert where(findings) == [(1, 2, "R6")]
    assert "of innova⏎tion, from" in findings[0].excerpt


def test_r6_a_heading_broken_inside_a_word() -> None:
    sheet = Sheet().line(
        "Suzhou Industrial Park and Suzhou New District: Investment Brief", size=16.3, stroked=True
    )
    sheet.line("ing", size=16.3, stroked=True)
    sheet.paragraph(
        "This briefing gives the figures investors ask for first, each with its source, and",
        "the people to contact about them.",
        indent=False,
    )
    findings = check(sheet.pdf(), "en")
    assert where(findings) == [(1, 1, "R6")]
    assert "Brief⏎ing" in findings[0].excerpt


def test_r6_leaves_words_that_break_at_a_space_alone() -> None:
    """In "life⏎cycle", "lifecycle" is printed elsewhere, but the line stops short of the
    paragraph's right edge: the break fell at a space."""
    sheet = Sheet().paragraph(
        "The China Suzhou Pioneer Park for Overseas Returnees accompanies firms through their",
        "whole life",
        "cycle, from start-up through growth to maturity; its lifecycle support is a model.",
        indent=False,
    )
    assert check(sheet.pdf(), "en") == []


def test_r7_a_heading_stranded_at_the_foot_of_a_page() -> None:
    sheet = Sheet().heading("一、概况")
    for _ in range(7):
        sheet.paragraph(*filler(3), END)
    sheet.paragraph(*filler(3))
    sheet.heading("二、人才").line(FULL)
    sheet.page().paragraph(FULL, "园区拥有国家级重大人才引进工程专家278名。", indent=False)
    sheet.paragraph(*filler(3), END)
    findings = check(sheet.pdf())
    assert findings == [Finding(1, 33, "R7", f"二、人才 ⏎ {FULL[:20]} ⏎ (page ends)")]


def test_r8_a_page_less_than_half_full() -> None:
    sheet = Sheet().heading("一、概况").paragraph(*filler(3), END)
    sheet.page().heading("二、人才")
    for _ in range(8):
        sheet.paragraph(*filler(3), END)
    sheet.page().heading("三、产业").paragraph(*filler(3), END)
    data = sheet.pdf()
    findings = check(data)
    assert where(findings) == [(1, 5, "R8")]  # not page 3, though as short: it is the last
    assert findings[0].excerpt == (
        "15% of the text area used; it ends “形成了从研发到产业化的完整链条。”; page 2 starts “二、人才”"
    )
    # where every chapter starts a page by design, the page before one is not reported
    assert check(data, chapters_start_pages=True) == []
    assert check(data, exempt_pages={1}) == []


def test_r8_leaves_the_cover_and_the_contents_alone() -> None:
    sheet = Sheet().skip(200).line("苏州工业园区投资环境简报", size=27.3, stroked=True)
    sheet.page().heading("目录").line("一、概况").line("二、人才")
    sheet.page().heading("一、概况")
    for _ in range(8):
        sheet.paragraph(*filler(3), END)
    assert check(sheet.pdf()) == []


def test_r9_the_same_footnote_twice_on_a_page() -> None:
    sheet = Sheet().paragraph(*filler(2), "园区拥有国家级重大人才引进工程专家278名。^{1}^{2}")
    sheet.notes("靖江厂房网(转载)，约2023年。", "靖江厂房网(转载)，约2023年。")
    findings = check(sheet.pdf())
    assert findings == [Finding(1, 5, "R9", "note 2 repeats note 1: 靖江厂房网(转载)，约2023年。")]


def test_r10_a_table_continued_without_its_header_row() -> None:
    header = ["指标", "数值", "时间"]
    sheet = Sheet()
    for _ in range(7):
        sheet.paragraph(*filler(3), END)
    sheet.table("表1 主要数据", [header] + [[f"指标{n}", f"{n}家", "2024年"] for n in (1, 2, 3)])
    sheet.page().line("续表1", size=SIZE)
    sheet.table("", [["指标4", "4家", "2024年"], ["指标5", "5家", "2024年"]])
    sheet.line("资料来源：苏州工业园区，2025年。", size=SIZE * 0.75)
    findings = check(sheet.pdf())
    assert where(findings) == [(2, 2, "R10")]
    assert findings[0].excerpt == (
        "表1 主要数据 continues without its header row (指标 | 数值 | 时间): 指标4 | 4家 | 2024年"
    )


@pytest.mark.parametrize("said", ["", "续表1", "Table 1 (continued)"])
def test_r10_a_table_continued_without_saying_so(said: str) -> None:
    header = ["指标", "数值", "时间"]
    sheet = Sheet()
    for _ in range(7):
        sheet.paragraph(*filler(3), END)
    sheet.table("表1 主要数据", [header] + [[f"指标{n}", f"{n}家", "2024年"] for n in (1, 2, 3)])
    sheet.page()
    if said:
        sheet.line(said, size=SIZE)
    sheet.table("", [header, ["指标4", "4家", "2024年"], ["指标5", "5家", "2024年"]])
    sheet.line("资料来源：苏州工业园区，2025年。", size=SIZE * 0.75)
    findings = check(sheet.pdf())
    if said:
        assert findings == []
    else:
        assert where(findings) == [(2, 1, "R10")]
        assert findings[0].excerpt.startswith("表1 主要数据 continues without saying so")


def test_r10_a_table_split_leaving_one_row() -> None:
    header = ["指标", "数值", "时间"]
    sheet = Sheet()
    for _ in range(8):
        sheet.paragraph(*filler(3), END)
    sheet.table("表1 主要数据", [header, ["指标1", "1家", "2024年"]])
    sheet.page().line("续表1", size=SIZE)
    sheet.table("", [header, ["指标2", "2家", "2024年"], ["指标3", "3家", "2024年"]])
    sheet.line("资料来源：苏州工业园区，2025年。", size=SIZE * 0.75)
    findings = check(sheet.pdf())
    assert where(findings) == [(1, 37, "R10")]
    assert (
        findings[0].excerpt == "表1 主要数据: one row before the page break: 指标1 | 1家 | 2024年"
    )


def test_r11_text_past_the_margin() -> None:
    sheet = Sheet().paragraph(FIRST + "园区", "累计培育各级独角兽企业125家。")
    sheet.paragraph(FIRST + "，", "累计培育各级独角兽企业125家。")  # a comma may hang
    findings = check(sheet.pdf())
    assert where(findings) == [(1, 1, "R11")]
    assert findings[0].excerpt.startswith("11.6 pt out: ")
