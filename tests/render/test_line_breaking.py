"""Line breaking in the PDF, read back from the PDF itself: each rule on text made to put it to
the test (the critical spot walked across the line end, one character at a time), then the
bundled templates swept."""

from __future__ import annotations

import io
import itertools
import re
from itertools import pairwise

import pdfplumber
import pytest
from pypdf import PdfReader

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.fonts import ink
from desktop_app.model import (
    Column,
    Document,
    Footnote,
    Heading,
    Inline,
    KeyFigure,
    KeyFigures,
    Labels,
    Metadata,
    NoteRef,
    PageSetup,
    Paragraph,
    Run,
    Table,
    dump,
)
from desktop_app.render import render_bytes
from desktop_app.render.pdf.fonts import BODY
from desktop_app.render.pdf.linebreak import (
    INK_GAP,
    MAX_CHAR_SPACE,
    NO_LINE_END,
    NO_LINE_START,
)
from tests.render.pdf_lines import Line, breaking_faults, is_cjk, read_lines, words_cut

FILLER_ZH = "园区坚持创新驱动发展战略持续优化营商环境吸引海内外高层次人才集聚" * 3
FILLER_EN = "the park keeps working to attract talent and investment from home and abroad " * 3
SPAN = range(30, 50)  # prefixes this long put the spot under test across every place at a line end


def document(lang: str, blocks: list, notes: int = 0) -> Document:
    source = (
        "苏州工业园区科技招商中心，2025年2月14日。" if lang == "zh" else "SIP, 14 February 2025."
    )
    return Document(
        metadata=Metadata("测试" if lang == "zh" else "Test", "", "", (), lang, "2025-07-01", "t"),
        page=PageSetup(),
        labels=Labels(page_of="{page}/{pages}"),
        blocks=tuple(blocks),
        footnotes=tuple(Footnote(n, source) for n in range(1, notes + 1)),
        lang=lang,  # type: ignore[arg-type]
    )


def pdf_lines(doc: Document) -> list[Line]:
    return read_lines(render_bytes(doc, "pdf"))


def paragraphs_of(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into paragraphs: a paragraph's lines follow one another at its leading."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups and line.continues(groups[-1][-1]):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def body(lines: list[Line], size: float = 10.5) -> list[Line]:
    return [line for line in lines if abs(line.size - size) < 0.2]


def zh_prefix(n: int) -> str:
    return FILLER_ZH[:n]


def en_prefix(n: int) -> str:
    return FILLER_EN[:n].rstrip() + " "


# -- Chinese ------------------------------------------------------------------------------------
GLUED_ZH = (
    "2025年",
    "2月14日",
    "第13段",
    "149亿元",
    "约2023年",
    "超2400家",
    "1 个",
    "1—8月",
    "（截至2025年）",  # a talking point's date, said at its end
    "（截至2023年8月）",
)


@pytest.mark.parametrize("glued", GLUED_ZH)
def test_a_number_stays_with_its_unit_and_a_date_whole(glued: str) -> None:
    paragraphs = [Paragraph((Run(f"{zh_prefix(n)}{glued}，其后的文字继续。"),)) for n in SPAN]
    lines = body(pdf_lines(document("zh", paragraphs)))
    assert not breaking_faults(lines)
    assert sum(line.drawn.count(glued) for line in lines) == len(SPAN)  # never cut
    # and the spot was put to the test: some line had to end just before it
    assert any(line.drawn.startswith(glued) for line in lines)


def test_a_short_bracketed_gloss_stays_with_the_word_before_it() -> None:
    """苏州高新区（虎丘区）: the bracket glosses the name, so a line starts with it only where
    the line before would otherwise be too short to justify, and nothing inside it breaks; the
    line before ends a little shorter instead."""
    paragraphs = [
        Paragraph((Run(f"{zh_prefix(n)}高新区（虎丘区），其后的文字继续。"),)) for n in SPAN
    ]
    lines = body(pdf_lines(document("zh", paragraphs)))
    assert not breaking_faults(lines)
    assert sum(line.drawn.count("（虎丘区）") for line in lines) == len(SPAN)
    right = max(line.visible[-1]["x1"] for line in lines)
    for before, line in pairwise(lines):
        if line.drawn.startswith("（"):
            assert right - before.visible[-1]["x1"] < 1.0, before  # it filled the line before
    assert any(line.drawn.startswith("区（虎丘区）") for line in lines)  # the spot was tested


def test_a_title_breaks_where_words_end_even_if_that_takes_a_line_more() -> None:
    """A title two lines could hold only by cutting a name (苏州高新|区) takes three, broken
    after 和 and after the bracket."""
    from desktop_app.model import Cover

    title = "苏州工业园区和苏州高新区（虎丘区）投资环境简报"
    cover = Cover("", title, "产业", "苏州", "2026年12月2日", "数据截至2025年", "")
    lines = pdf_lines(document("zh", [cover]))
    assert [line.drawn for line in lines[:3]] == [
        "苏州工业园区和",
        "苏州高新区（虎丘区）",
        "投资环境简报",
    ]


def test_a_gloss_starts_the_next_line_rather_than_leave_one_too_short_to_justify() -> None:
    """苏州工业园区（中新合作区）: kept with its word, the gloss would leave up to seven
    characters' room, more than a justified line can spread; it starts the next line then (an
    opening bracket may, in clreq), and every line but a paragraph's last is full."""
    paragraphs = [
        Paragraph((Run(f"{zh_prefix(n)}工业园区（中新合作区），其后的文字继续写下去。"),))
        for n in SPAN
    ]
    lines = body(pdf_lines(document("zh", paragraphs)))
    assert not breaking_faults(lines)
    right = max(line.visible[-1]["x1"] for line in lines)
    for paragraph in paragraphs_of(lines):
        for line, after in pairwise(paragraph):
            if "工业园区（" in line.drawn + after.drawn[:1]:  # the gloss kept: justified
                assert right - line.visible[-1]["x1"] < 1.0, (line, after)
    assert any(line.drawn.startswith("（中新合作区）") for line in lines)  # the spot was tested


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("Talking points: Suzhou New District (Huqiu District)", "Talking points:"),
        ("Suzhou New District (Huqiu District): Investment Briefing", "Suzhou New District"),
    ],
)
def test_an_english_title_breaks_after_its_colon_not_inside_a_name(title: str, first: str) -> None:
    """ "Talking points: Suzhou New | District (Huqiu District)" cuts a name that the line after
    its colon would have kept whole; a name's words stay together where a line can hold them."""
    from desktop_app.model import Cover

    cover = Cover("", title, "Industry", "Suzhou", "2 December 2026", "Data as of 2025", "")
    lines = pdf_lines(document("en", [cover]))
    assert lines[0].drawn.strip() == first
    assert not any(line.drawn.rstrip().endswith(("Suzhou", "Suzhou New")) for line in lines[:3])


def test_closing_punctuation_never_starts_a_line_nor_opening_ends_one() -> None:
    marks = "，。、；：？！）》」』”’"
    paragraphs = [
        Paragraph((Run(f"{zh_prefix(n)}{mark}（括号）《书名》“引号”继续写下去。"),))
        for n in SPAN
        for mark in marks[:: 3 if n % 2 else 4]
    ]
    lines = body(pdf_lines(document("zh", paragraphs)))
    starts = {line.drawn[0] for line in lines}
    ends = {line.drawn[-1] for line in lines}
    assert not starts & set(NO_LINE_START), starts & set(NO_LINE_START)
    assert not ends & set(NO_LINE_END), ends & set(NO_LINE_END)
    assert not breaking_faults(lines)


def test_a_marker_stays_with_the_text_before_it_and_before_the_full_stop() -> None:
    paragraphs = [
        Paragraph(
            (Run(f"{zh_prefix(n)}营收超过149亿元"), NoteRef(i + 1), Run("。2021年继续增长。"))
        )
        for i, n in enumerate(SPAN)
    ]
    lines = body(pdf_lines(document("zh", paragraphs, notes=len(SPAN))))
    assert not breaking_faults(lines)
    for line in lines:
        first = next(c for c in line.visible if c["text"].strip())
        assert not line.superscript(first), line
    # a marker ended a line somewhere, with its full stop after it on the same line
    assert any(re.search(r"亿元\[\d+\]。$", line.text) for line in lines)


def test_a_paragraphs_last_line_holds_two_characters_at_least() -> None:
    # 43 characters fill the first line at this size and indent, 45 the others: walking the
    # length across a whole line leaves one character on the last line for some of them
    paragraphs = [Paragraph((Run(zh_prefix(n) + "道。"),)) for n in range(80, 126)]
    lines = body(pdf_lines(document("zh", paragraphs)))
    last_lines = [line.drawn for line in lines if line.drawn.endswith("道。")]
    assert len(last_lines) == len(paragraphs)
    assert all(sum(is_cjk(ch) for ch in last) >= 2 for last in last_lines), last_lines
    # the spot was put to the test: a line that held "道。" alone took a character from above
    assert any(len(last) == 3 for last in last_lines)
    assert not breaking_faults(lines)


@pytest.mark.parametrize(
    ("text", "may_end", "never_ends"),
    [  # 超过 is a word of its own, 超 in 超2400家 the number's
        ("超过3600家", "超过", ("超过3", "超过36", "3600")),
        # a line may end after a date's year rather than be left short before the date
        ("2025年2月14日", "2025年", ("2月", "202", "2025")),
    ],
)
def test_a_line_may_end_before_a_number_or_a_month_not_inside_one(
    text: str, may_end: str, never_ends: tuple[str, ...]
) -> None:
    """超过|3600家 and 2025年|2月14日 may break; never inside the number, the year or the
    day."""
    paragraphs = [Paragraph((Run(f"{zh_prefix(n)}{text}，其后的文字继续。"),)) for n in SPAN]
    lines = body(pdf_lines(document("zh", paragraphs)))
    assert not breaking_faults(lines)
    assert any(line.drawn.endswith(may_end) for line in lines)
    assert not [line for line in lines if line.drawn.endswith(never_ends)]


def test_chinese_lines_end_flush_with_the_margin() -> None:
    """Justified as clreq sets Chinese text: space between the characters, not at the end;
    the last line of a paragraph is not stretched. A line that would need more than
    MAX_CHAR_SPACE between its characters is left ragged, not set loose."""
    paragraphs = [Paragraph((Run(f"{zh_prefix(n)}2025年2月14日，园区营收149亿元，同比增长。"),))
                  for n in range(30, 40)]  # fmt: skip
    right = (210 - 20) * 72 / 25.4  # the right margin is 20 mm
    groups = paragraphs_of(body(pdf_lines(document("zh", paragraphs))))
    assert len(groups) == len(paragraphs)
    flush = 0
    for group in groups:
        *full, last = group
        assert full
        for line in full:
            gap = right - line.x1
            flush += abs(gap) < 0.5
            needed = gap / max(1, len(line.visible) - 1)  # per character, to end flush
            assert abs(gap) < 0.5 or needed > MAX_CHAR_SPACE * line.size - 0.01, line.drawn
        assert last.x1 < right - 5
    assert flush >= len(groups) // 2  # most lines end flush


def test_a_paragraph_split_over_pages_keeps_its_text() -> None:
    """reportlab rebuilds the rest of a split paragraph from its lines; it must come back as
    the same text (no spaces added at the line ends, nothing lost)."""
    text = "".join(f"第{i}句话说明园区2025年2月14日的情况，共计149亿元。" for i in range(1, 160))
    data = render_bytes(document("zh", [Paragraph((Run(text),))]), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
        drawn = "".join(c["text"] for page in pdf.pages for c in page.chars if c["size"] > 10)
    assert drawn == text
    assert not breaking_faults(read_lines(data))


# -- headings and titles ----------------------------------------------------------------------
def test_headings_keep_bracketed_names_whole() -> None:
    blocks = [
        Heading(1, f"{FILLER_ZH[:n]}（虎丘区）科技创新数据卡", "一、", f"h{n}")
        for n in range(12, 30)
    ]
    headings = paragraphs_of([ln for ln in pdf_lines(document("zh", blocks)) if ln.size > 15])
    assert len(headings) == len(blocks)
    assert any(len(group) > 1 for group in headings)
    for group in headings:
        lines = [line.drawn for line in group]
        assert any("（虎丘区）" in line for line in lines), lines
        assert all(sum(is_cjk(ch) for ch in line) >= 2 for line in lines), lines


def test_headings_without_punctuation_balance_their_lines() -> None:
    blocks = [Heading(1, FILLER_ZH[:n], "一、", f"h{n}") for n in range(30, 50)]
    headings = paragraphs_of([ln for ln in pdf_lines(document("zh", blocks)) if ln.size > 15])
    assert [len(group) for group in headings] == [2] * len(blocks)
    for group in headings:
        widths = [line.x1 - line.x0 for line in group]
        assert min(widths) > max(widths) * 0.75, [line.drawn for line in group]


def test_a_heading_breaks_at_its_punctuation() -> None:
    text = "苏州工业园区科技创新与产业发展重点数据卡片汇编：人才、企业与金融"
    heading = Heading(1, text, "一、", "h")
    [first, second] = [ln for ln in pdf_lines(document("zh", [heading])) if ln.size > 15]
    assert first.drawn.endswith("：") and second.drawn == "人才、企业与金融"


def test_english_headings_break_between_words() -> None:
    title = "Suzhou Industrial Park and Suzhou New District: entrepreneurship, talent and funds"
    lines = pdf_lines(document("en", [Heading(1, title, "1 ", "h")]))
    heading = [ln for ln in lines if ln.size > 15]
    assert len(heading) == 2
    assert " ".join(line.drawn for line in heading) == "1 " + title
    assert heading[0].drawn.endswith(":")  # at the colon, not wherever the line filled


# -- English ------------------------------------------------------------------------------------
# where the British English patterns allow a break
HYPHENATION = {
    "entrepreneurship": "en-tre-pren-eur-ship",
    "internationalisation": "in-ter-na-tion-al-isa-tion",
    "biopharmaceutical": "bio-phar-ma-ceut-ical",
}


def test_a_word_too_long_for_its_cell_is_hyphenated_properly() -> None:
    table = Table(
        (Column("Item", weight=0.6), Column("Note", weight=5)),
        tuple(((Run(word),), (Run("x"),)) for word in HYPHENATION),
        "Table 1",
        "Source: test.",
    )
    lines = [line.drawn for line in pdf_lines(document("en", [table]))]
    text = "".join(line[:-1] if line.endswith("-") else line + "\n" for line in lines)
    for word, points in HYPHENATION.items():
        assert word in text.split("\n")  # the word, cut only where a hyphen is drawn
        pieces = [line[:-1] for line in lines if line.endswith("-") and line[:-1] in word]
        assert pieces, word
        allowed = {len("".join(points.split("-")[:k])) for k in range(1, points.count("-") + 1)}
        for piece in pieces:  # …and each cut where the patterns allow one
            assert word.index(piece) + len(piece) in allowed, (word, piece)


@pytest.mark.parametrize(
    "phrase",
    [
        "18 October 2021",
        "2,400\u00a0enterprises",
        "2,400 enterprises",
        "January–August 2021",
        "c. July 2025",  # sources published up to c. July 2025
    ],
)
def test_english_words_dates_and_counts_stay_whole(phrase: str) -> None:
    spans = range(60, 95)
    paragraphs = [Paragraph((Run(f"{en_prefix(n)}on {phrase} it grew further."),)) for n in spans]
    doc = document("en", paragraphs)
    lines = body(pdf_lines(doc))
    assert not words_cut(lines, set(re.findall(r"[A-Za-z]+", dump(doc))))
    shown = phrase.replace("\u00a0", " ")
    assert sum(line.drawn.replace("\u00a0", " ").count(shown) for line in lines) == len(spans)
    assert any(line.drawn.replace("\u00a0", " ").startswith(shown) for line in lines)


def test_a_tile_keeps_its_date_together() -> None:
    tiles = KeyFigures(
        tuple(
            KeyFigure("68", "projects", "Key projects signed in Shenzhen",
                      f"Suzhou New District{' ' * (i % 2)} · 18 October 2021", None)
            for i in range(6)
        )
    )  # fmt: skip
    lines = pdf_lines(document("en", [tiles]))
    assert any("18 October 2021" in line.drawn for line in lines)
    assert not [line for line in lines if line.drawn.endswith((" 18", "·18"))]


# -- markers copy out bracketed ------------------------------------------------------------------
def marked(lang: str) -> Document:
    inlines: list[Inline] = []
    for n in range(1, 13):
        if lang == "zh":
            inlines += [Run(f"营收超过{140 + n}亿元"), NoteRef(n), Run("。2021年")]
        else:
            inlines += [Run(f"Revenue passed {140 + n} million yuan."), NoteRef(n), Run(" 2021 ")]
    return document(lang, [Paragraph(tuple(inlines))], notes=12)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markers_copy_out_in_brackets_and_never_merge_with_numbers(lang: str) -> None:
    """As pypdf, pdfplumber and pdfium (the app's preview) copy the text out: 149亿元[39]。2021年,
    never 149亿元392021年. (pdfplumber's layout puts a superscript on a line of its own unless
    its lines are allowed to be 5 points uneven, as superscripts make them.)"""
    import pypdfium2 as pdfium

    data = render_bytes(marked(lang), "pdf")
    texts = {"pypdf": PdfReader(io.BytesIO(data)).pages[0].extract_text()}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        texts["pdfplumber"] = page.extract_text(y_tolerance=5)
        texts["pdfplumber chars"] = "".join(c["text"] for c in page.chars)
        drawn = [c for c in page.chars if c["x1"] - c["x0"] > 0.01 and c["text"] in "[]"]
    texts["pdfium"] = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    for reader, text in texts.items():
        text = "".join(text.split())
        for n in range(1, 13):
            expected = f"{140 + n}亿元[{n}]。2021年" if lang == "zh" else f"yuan.[{n}]2021"
            assert expected in text, (reader, expected, text)
    assert not drawn  # the brackets are not seen, only copied


def test_markers_are_drawn_as_superscript_numbers_alone() -> None:
    data = render_bytes(marked("zh"), "pdf")
    lines = read_lines(data)
    markers = [c["text"] for line in lines for c in line.visible if line.superscript(c)]
    assert "".join(markers) == "".join(str(n) for n in range(1, 13))


# -- the bundled templates ------------------------------------------------------------------------
WORKSPACE = Workspace(strict=True)


@pytest.mark.parametrize("template", ["full-briefing", "fact-sheet", "talking-points"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bundled_templates_break_lines_properly(template: str, lang: str) -> None:
    request = BriefingRequest(("sip",), template=template, lang=lang, date="2026-12-01")  # type: ignore[arg-type]
    doc = WORKSPACE.build(request)
    lines = read_lines(WORKSPACE.render(doc, "pdf"))
    assert not breaking_faults(lines)
    if lang == "en":
        text = dump(doc) + " ".join(note.text for note in doc.footnotes)
        assert not words_cut(lines, set(re.findall(r"[A-Za-z]+", text)))


def test_two_wide_marks_side_by_side_take_one_and_a_half_ems() -> None:
    """clreq: ”） and ：“ are set in one and a half ems (the blank half of one mark is taken
    out), or as near as the glyphs allow without touching (the face's ） reaches past the middle
    of its em: ）。 keeps a gap); wherever the pair falls on a line, the lines still end flush,
    and an opening mark that starts a line is set whole, at the margin."""
    paragraphs = [
        Paragraph((Run(f"{zh_prefix(n)}称“园区”）说：“继续（一）（二）。其后的文字继续写。"),))
        for n in SPAN
    ]
    lines = body(pdf_lines(document("zh", paragraphs)))
    assert not breaking_faults(lines)
    advances: dict[str, set[float]] = {}
    for line in lines:
        for a, b in itertools.pairwise(line.visible):
            pair = a["text"] + b["text"]
            if pair not in ("”）", "）。", "：“", "）（"):
                continue
            advances.setdefault(pair, set()).add(round((b["x0"] - a["x0"]) / line.size, 2))
            ink_a, ink_b = ink(BODY, a["text"]), ink(BODY, b["text"])
            assert ink_a and ink_b
            gap = (b["x0"] + ink_b[0] * line.size) - (a["x0"] + ink_a[1] * line.size)
            assert gap >= (INK_GAP - 0.01) * line.size, (line.drawn, pair, gap)
    assert set(advances) == {"”）", "）。", "：“", "）（"}
    assert all(max(seen) < 0.9 for seen in advances.values()), advances  # all squeezed
    assert max(advances["”）"]) <= 0.51 and max(advances["：“"]) <= 0.51  # by half an em
    left = 20 * 72 / 25.4
    starts = [line for line in lines if line.drawn[0] in "（“"]
    assert starts and all(abs(line.x0 - left) < 0.5 for line in starts)
