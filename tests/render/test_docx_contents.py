"""The Word contents: a TOC field whose result reads properly before any update, with the
PDF's page numbers, entry by entry; read back from the .docx."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from desktop_app.model import Contents, Document, Heading, Paragraph, Run
from desktop_app.render.docx import render_docx
from desktop_app.render.docx.contents import CONTENTS_HINTS
from desktop_app.render.docx.elements import twips
from desktop_app.render.pdf import pdf_pages
from tests.render.test_docx import (
    NS,
    needs_libreoffice,
    read_back,
    shown,
    small_document,
    w,
    xml,
)
from tests.render.test_docx import (
    pdf_pages as libreoffice_pages,
)


def contents_paragraphs(data: bytes) -> list[etree._Element]:
    body = xml(data, "word/document.xml").find("w:body", NS)
    return [p for p in body.findall("w:p", NS) if _style(p).startswith("TOC")]


def _style(paragraph: etree._Element) -> str:
    style = paragraph.find("w:pPr/w:pStyle", NS)
    return "" if style is None else style.get(w("val"))


def _instructions(element: etree._Element) -> list[str]:
    return [t.text.strip() for t in element.iter(w("instrText"))]


def test_contents_styles_have_a_right_tab_with_a_dot_leader_at_the_text_width(
    output: bytes,
) -> None:
    styles = xml(output, "word/styles.xml")
    width = twips(210 - 20 - 20)  # A4 less the sample's left and right margins
    for style_id in ("TOC1", "TOC2", "TOC3"):
        style = styles.find(f'w:style[@w:styleId="{style_id}"]', NS)
        assert style is not None, style_id
        tabs = style.findall("w:pPr/w:tabs/w:tab", NS)
        assert [(t.get(w("val")), t.get(w("leader")), t.get(w("pos"))) for t in tabs] == [
            ("right", "dot", str(width))
        ], style_id
        assert style.find("w:pPr/w:jc", NS).get(w("val")) == "left"  # never justified
    names = {s.style_id: s.name for s in read_back(output).styles}
    assert (names["TOC1"], names["TOC2"]) == ("toc 1", "toc 2")  # Word's own TOC styles


def test_cached_contents_are_one_paragraph_per_heading_with_the_pdf_page(
    sample: Document, output: bytes
) -> None:
    headings = [b for b in sample.blocks if isinstance(b, Heading) and b.level == 1]
    pages = pdf_pages(sample).heading_pages
    paragraphs = contents_paragraphs(output)
    expected = [f"{h.number}{h.text}\t{pages[h.anchor]}" for h in headings]
    assert [_shown_with_tabs(p) for p in paragraphs] == expected
    for paragraph in paragraphs:
        assert _style(paragraph) == "TOC1"
        assert paragraph.find(".//w:br", NS) is None  # no manual line breaks
        assert paragraph.find("w:pPr/w:jc", NS) is None  # the style's left alignment


def _shown_with_tabs(paragraph: etree._Element) -> str:
    """What the paragraph shows: its text and tabs, not its field instructions."""
    parts = []
    for element in paragraph.iter(w("t"), w("tab")):
        if element.tag == w("tab") and element.getparent().tag == w("r"):
            parts.append("\t")
        elif element.tag == w("t"):
            parts.append(element.text or "")
    return "".join(parts)


def test_the_toc_field_spans_the_entries_and_each_page_is_a_pageref_to_its_heading(
    output: bytes,
) -> None:
    paragraphs = contents_paragraphs(output)
    first, last = paragraphs[0], paragraphs[-1]
    assert _instructions(first)[0] == 'TOC \\o "1-1" \\h \\z \\u'
    chars = [c.get(w("fldCharType")) for p in paragraphs for c in p.iter(w("fldChar"))]
    assert chars[0] == "begin" and chars[-1] == "end"
    assert chars.count("begin") == chars.count("end") == 1 + len(paragraphs)
    assert last.findall(".//w:fldChar", NS)[-1].getparent().getparent() == last  # ends here
    body = xml(output, "word/document.xml")
    bookmarks = {b.get(w("name")): b.getparent() for b in body.iter(w("bookmarkStart"))}
    for paragraph in paragraphs:
        link = paragraph.find("w:hyperlink", NS)
        target = link.get(w("anchor"))
        assert _instructions(link) == [f"PAGEREF {target} \\h"]
        heading = bookmarks[target]
        assert _style(heading) == "Heading1"
        assert shown(heading) == shown(link).rsplit("\t", 1)[0].rstrip("0123456789")
    ends = {e.get(w("id")) for e in body.iter(w("bookmarkEnd"))}
    starts = {b.get(w("id")): b.get(w("name")) for b in body.iter(w("bookmarkStart"))}
    assert set(starts) == ends
    toc = [name for name in starts.values() if name.startswith("_Toc")]
    assert len(toc) == len(paragraphs)  # the rest mark footnote references (_FnRef…)
    assert all(name.startswith("_FnRef") for name in starts.values() if name not in toc)


def test_word_is_asked_to_update_the_fields_when_it_opens_the_file(output: bytes) -> None:
    settings = xml(output, "word/settings.xml")
    assert settings.find("w:updateFields", NS).get(w("val")) == "true"
    # The contents' result is already right: the TOC field is not marked dirty as well (see
    # docs/word.md: Word asks once either way, and a dirty TOC can be filled before Word has
    # laid out its pages).
    body = xml(output, "word/document.xml")
    assert not [c for c in body.iter(w("fldChar")) if c.get(w("dirty"))]


def test_contents_deeper_than_one_level_indent_their_second_level() -> None:
    document = small_document(
        Contents("目录", depth=2),
        Heading(1, "概况", "一、", "sec-1"),
        Heading(2, "区位", "（一）", "sec-1-1"),
        Paragraph((Run("正文"),)),
    )
    data = render_docx(document)
    paragraphs = contents_paragraphs(data)
    assert [_style(p) for p in paragraphs] == ["TOC1", "TOC2"]
    assert [_shown_with_tabs(p) for p in paragraphs] == ["一、概况\t1", "（一）区位\t1"]
    toc2 = xml(data, "word/styles.xml").find('w:style[@w:styleId="TOC2"]', NS)
    assert int(toc2.find("w:pPr/w:ind", NS).get(w("left"))) > 0


def test_contents_without_headings_show_the_hint_in_one_paragraph() -> None:
    data = render_docx(small_document(Contents("目录"), Paragraph((Run("正文"),))))
    paragraphs = contents_paragraphs(data)
    assert len(paragraphs) == 1
    assert shown(paragraphs[0]) == CONTENTS_HINTS["zh"]
    assert _instructions(paragraphs[0]) == ['TOC \\o "1-1" \\h \\z \\u']


def test_english_heading_numbers_take_one_space_in_heading_and_contents() -> None:
    document = small_document(
        Contents("Contents"), Heading(1, "Opening", "1  ", "sec-1"), lang="en"
    )
    data = render_docx(document)
    texts = [p.text for p in read_back(data).paragraphs]
    assert "1 Opening" in texts  # the heading: the number's spaces make one, as in the PDF
    assert [_shown_with_tabs(p) for p in contents_paragraphs(data)] == ["1 Opening\t1"]


@needs_libreoffice
def test_libreoffice_shows_the_contents_with_dot_leaders_and_pages(
    sample: Document, output: bytes, tmp_path: Path
) -> None:
    pages = pdf_pages(sample).heading_pages
    with libreoffice_pages(output, tmp_path) as converted:
        contents = converted[1][1]
        for number, title, anchor in (("一、", "核心数据", "sec-1"), ("三、", "资料来源", "sec-3")):
            assert re.search(f"{number}{title}(\\.|…){{10,}}{pages[anchor]}", contents), contents
            # and the heading is on that page in LibreOffice too
            assert f"{number}{title}" in converted[pages[anchor] - 1][1]


def test_the_word_file_of_a_document_just_drawn_as_pdf_needs_no_second_layout(
    sample: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app previews a briefing as PDF, then exports it as Word: the Word renderer takes
    the preview's page numbers (the document is built again, equal, not the same object)."""
    import copy

    from desktop_app.render.pdf import render_pdf, writer

    render_pdf(sample)
    expected = pdf_pages(sample)

    def no_layout(document: Document) -> None:
        raise AssertionError("laid out again")

    monkeypatch.setattr(writer, "_fitted", no_layout)
    again = copy.deepcopy(sample)
    assert again is not sample and again == sample
    assert pdf_pages(again) == expected
    render_docx(again)  # without a second layout
