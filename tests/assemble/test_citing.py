"""How a briefing cites and names: one note for consecutive statements from one passage, one
source line under the key figures, a region named in full once a section, no old plans
taking a page, and nothing a reader from abroad has no use for in English."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from types import SimpleNamespace

import pytest

from desktop_app.api import BriefingRequest, Document
from desktop_app.assemble.theme_plan import OLD_STATEMENTS, few_old
from desktop_app.model import (
    BulletList,
    Figure,
    Heading,
    KeyFigures,
    NoteRef,
    Paragraph,
    Run,
    SourceList,
    Table,
    dump,
    inline_text,
)
from tests.assemble.test_composition import WORKSPACE, build
from tests.render.pdf_reading import read_pdf
from tests.typesetting.check import check_pdf


def _notes(document: Document) -> dict[int, str]:
    return {note.number: note.text for note in document.footnotes}


NOTES_HEADINGS = ("数据说明", "Notes on the data")


def notes_tables(document: Document) -> list[tuple[str, list[tuple[str, ...]]]]:
    """The notes on the data's tables: each caption, and its rows as text."""
    at = next(i for i, b in enumerate(document.blocks)
              if isinstance(b, Heading) and b.text in NOTES_HEADINGS)  # fmt: skip
    return [(b.caption, [tuple(inline_text(cell) for cell in row) for row in b.rows])
            for b in document.blocks[at:] if isinstance(b, Table)]  # fmt: skip


def outside_notes(document: Document) -> list[object]:
    """The blocks before the notes on the data, if any."""
    at = next((i for i, b in enumerate(document.blocks)
               if isinstance(b, Heading) and b.text in NOTES_HEADINGS), len(document.blocks))  # fmt: skip
    return list(document.blocks[:at])


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("edition", ["external", "internal"])
def test_a_passage_is_cited_once_where_its_statements_run_together(lang: str, edition: str) -> None:  # fmt: skip
    document = build("full-briefing", lang, ("sip",), edition)
    notes = _notes(document)
    shared = 0
    for block in document.blocks:
        if not isinstance(block, Paragraph) or block.style in ("title",):
            continue
        refs = [i.number for i in block.inlines if isinstance(i, NoteRef)]
        # two markers in a row never cite the same passage (same note text)
        assert all(notes[a] != notes[b] for a, b in itertools.pairwise(refs))
        text = "".join(i.text for i in block.inlines if isinstance(i, Run))
        ends = text.count("。") if lang == "zh" else text.count(". ") + text.endswith(".")
        shared += max(0, ends - len(refs))
        if refs:  # a paragraph's last statement is cited: nothing follows its marker but 。
            last = max(i for i, part in enumerate(block.inlines) if isinstance(part, NoteRef))
            tail = "".join(p.text for p in block.inlines[last + 1 :] if isinstance(p, Run))
            # …but our own word that counts from different lists are not to be compared
            ours = re.fullmatch(r"。?\s?(以上|These ).*(不宜相加。|added together\.)", tail)
            assert tail in ("", "。") or ours, tail
    assert shared > 0  # some statements share their passage's note


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("edition", ["external", "internal"])
def test_a_briefing_with_footnotes_has_one_numbering(lang: str, edition: str) -> None:
    """The footnotes' numbers are the only numbers: tiles and table rows cite notes, and a
    passage cited again keeps its number; source lines and the sources list carry none."""
    document = build("full-briefing", lang, ("sip",), edition)
    tiles = next(b for b in document.blocks if isinstance(b, KeyFigures)).tiles
    assert all(t.note for t in tiles)
    if edition == "external":  # a note names the source alone: one number per source
        assert len({t.note for t in tiles}) < len(tiles)
    bracketed = re.compile(r"\[\d+\]")
    for block in outside_notes(document):  # the notes on the data cite by note number, 注3
        if isinstance(block, (Table, Figure)):
            assert not bracketed.search(block.source_line), block.source_line
        if isinstance(block, SourceList):
            # numbered where note n names source n alone (external), else not at all
            numbers = [m.group() for e in block.entries if (m := bracketed.match(e))]
            if edition == "internal":
                assert block.entries and not numbers
            else:
                assert numbers == [f"[{n}]" for n in range(1, len(block.entries) + 1)]
                for note in document.footnotes:
                    publisher = re.split(r"[，,：]", note.text)[0]
                    assert publisher in block.entries[note.number - 1], (note, block.entries)
        if isinstance(block, Table) and block.rows:
            # each row cites its note, except where a table is drawn from the one passage its
            # source line names (internally with its paragraph: …，第21段。)
            cites = [isinstance(row[-1][0], NoteRef) for row in block.rows]
            one_source = len(re.split(r"[；;] ?", block.source_line.rstrip("。."))) == 1
            paragraph = re.search(r"第\d+段|para\. \d+", block.source_line)
            if one_source and (edition == "external" or paragraph):
                assert not any(cites), block.source_line
            else:
                assert all(cites), block.source_line
    sheet = build("fact-sheet", lang, ("sip",), edition)  # cites its sources list, [1]
    assert not sheet.footnotes
    sheet_tiles = next(b for b in sheet.blocks if isinstance(b, KeyFigures)).tiles
    assert all(t.sources and t.note is None for t in sheet_tiles)  # raised [1], as in the text
    assert not any(bracketed.search(t.label + t.detail) for t in sheet_tiles)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_page_prints_a_note_twice_and_every_page_prints_its_notes(lang: str) -> None:
    document = build("full-briefing", lang, ("sip",), "external")
    data = WORKSPACE.render(document, "pdf")
    facts = read_pdf(data)
    assert len(facts.links) > len(facts.notes)  # notes cited again
    assert all(link.note_page == link.marker_page for link in facts.links)
    page = document.page
    findings = check_pdf(data, lang, page.margins_mm, page.base_size_pt)
    repeats = [f for f in findings if f.rule == "R9"]
    assert not repeats, repeats


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_region_is_named_in_full_once_a_section(lang: str) -> None:
    document = build("full-briefing", lang, ("sip",), "external")
    full = WORKSPACE.base.regions["sip"].name.get(lang)
    section: list[str] = []
    checked = 0
    for block in (*document.blocks, Heading(1, "", "")):
        if isinstance(block, Heading) and block.level == 1:
            checked += bool(section)
            assert sum(text.count(full) for text in section) <= 1, section
            section = []
        items = [block.inlines] if isinstance(block, Paragraph) else []
        items += list(block.items) if isinstance(block, BulletList) else []
        section += ["".join(i.text for i in item if isinstance(i, Run)) for item in items]
    assert checked >= 5


def test_english_editions_for_visitors_leave_out_what_only_a_domestic_reader_uses() -> None:
    domestic = [f for f in WORKSPACE.base.facts if f.audience == "domestic"]
    assert domestic
    for regions in (("sip",), ("snd",)):
        zh = {f.id for f in WORKSPACE.facts_in_scope(regions, (), "external", "zh")}
        en = {f.id for f in WORKSPACE.facts_in_scope(regions, (), "external", "en")}
        internal = {f.id for f in WORKSPACE.facts_in_scope(regions, (), "internal", "en")}
        here = {f.id for f in domestic} & zh
        assert here and not here & en and here <= internal
    text = "".join(
        i.text
        for b in build("full-briefing", "en", ("sip",), "external").blocks
        if isinstance(b, Paragraph)
        for i in b.inlines
        if isinstance(i, Run)
    )
    for fact in domestic:
        assert fact.statement.en[:40] not in text


def test_old_plans_get_a_line_or_two_not_a_page() -> None:
    fact = next(f for f in WORKSPACE.base.facts if f.value is None)
    figure = next(f for f in WORKSPACE.base.facts if f.value is not None)
    old = [replace(fact, id=f"old-{i}") for i in range(OLD_STATEMENTS + 3)]
    ctx = SimpleNamespace(stale=lambda f: f.id.startswith("old"), internal=True)
    kept = few_old(ctx, [old[0], figure, *old[1:]])  # type: ignore[arg-type]
    assert kept == [old[0], figure, *old[1:OLD_STATEMENTS]]
    # a figure, however old, is not cut; current statements are not cut
    assert few_old(SimpleNamespace(stale=lambda f: False, internal=True), old) == old  # type: ignore[arg-type]


def test_the_full_briefing_for_sip_gives_an_old_platform_a_paragraph() -> None:
    document = WORKSPACE.build(
        BriefingRequest(regions=("sip",), lang="zh", date="2026-12-01", edition="external")
    )
    blocks = list(document.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and "网易" in b.text)
    end = next(i for i, b in enumerate(blocks) if i > start and isinstance(b, Heading))
    paragraphs = [b for b in blocks[start + 1 : end] if isinstance(b, Paragraph)]
    assert 1 <= len(paragraphs) <= 2


def test_word_prints_each_note_once_and_refers_back_to_it() -> None:
    """The Word file is edited, so its notes do not follow the PDF's pages: each note is one
    real footnote, with its full text, and every later citation of it is a NOTEREF showing its
    number (no note printed again under a typed mark, which LibreOffice shows doubled, ¹¹)."""
    import io
    import zipfile

    from lxml import etree

    document = build("full-briefing", "zh", ("sip",), "external")
    data = WORKSPACE.render(document, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        notes = etree.fromstring(archive.read("word/footnotes.xml"))
        body = etree.fromstring(archive.read("word/document.xml"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    real = [n for n in notes.findall("w:footnote", ns) if int(n.get(f"{{{ns['w']}}}id")) > 0]
    assert len(real) == len(document.footnotes)
    for note, footnote in zip(real, document.footnotes, strict=True):
        assert "".join(t.text for t in note.findall(".//w:t", ns)).strip() == footnote.text
    references = body.findall(".//w:footnoteReference", ns)
    assert len(references) == len(document.footnotes)
    assert not any(r.get(f"{{{ns['w']}}}customMarkFollows") for r in references)
    cross = [t.text for t in body.iter(f"{{{ns['w']}}}instrText") if "NOTEREF" in t.text]
    assert cross  # the sources are cited again, on later pages too


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_region_of_two_has_its_messages_in_the_overview(lang: str) -> None:
    document = build("full-briefing", lang, ("sip", "snd"), "external")
    blocks = list(document.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1)
    end = next(i for i, b in enumerate(blocks) if i > start and isinstance(b, Heading))
    # a lead paragraph a region, in the regions' order
    leads = [b for b in blocks[start + 1 : end] if isinstance(b, Paragraph) and b.style == "lead"]
    text = ["".join(i.text for i in b.inlines if isinstance(i, Run)) for b in leads]
    assert len(text) == 2
    for region, lead in zip(("sip", "snd"), text, strict=True):
        place = WORKSPACE.base.regions[region]
        names = {place.short_name(lang), place.name.get(lang), *place.aliases}
        names |= {"Suzhou New District"} if region == "snd" else set()
        assert any(name in lead for name in names), (region, lead)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_citys_overview_speaks_of_the_city_not_its_districts(lang: str) -> None:
    """The city has facts of its own: its overview gives them, not its best-known district's
    (SIP's new projects and biomedicine rank were the lead of Suzhou's briefing)."""
    document = build("full-briefing", lang, ("suzhou",), "external")
    blocks = list(document.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1)
    end = next(i for i, b in enumerate(blocks) if i > start and isinstance(b, Heading))
    leads = [b for b in blocks[start + 1 : end] if isinstance(b, Paragraph) and b.style == "lead"]
    text = "".join(i.text for b in leads for i in b.inlines if isinstance(i, Run))
    assert ("苏州" if lang == "zh" else "Suzhou") in text
    districts = [WORKSPACE.base.regions[r] for r in ("sip", "snd")]
    names = {n for d in districts for n in (d.short_name(lang), d.name.get(lang), *d.aliases)}
    assert not [name for name in names if name and name in text], text


def test_an_events_facts_make_one_paragraph_in_the_order_its_article_tells_them() -> None:
    document = build("full-briefing", "zh", ("snd",), "external")
    event = [
        f
        for f in WORKSPACE.base.facts
        if f.subject is not None and "推介会" in f.subject.zh and f.region == "snd"
    ]
    assert len(event) >= 3
    paragraphs = [
        "".join(i.text for i in b.inlines if isinstance(i, Run))
        for b in document.blocks
        if isinstance(b, Paragraph)
    ]
    bullets = [
        "".join(i.text for i in item if isinstance(i, Run))
        for b in document.blocks
        if isinstance(b, BulletList)
        for item in b.items
    ]
    holding = [p for p in paragraphs + bullets if "68个重点项目" in p or "522亿元" in p]
    assert len(holding) == 1  # signings and their value said together, once
    assert (
        holding[0].index("推介会") < holding[0].index("68个重点项目") < holding[0].index("522亿元")
    )


def test_a_parks_figure_on_a_districts_tile_names_the_park() -> None:
    document = build("full-briefing", "en", ("snd",), "external")
    blocks = list(document.blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, KeyFigures))
    tiles, heading = blocks[at].tiles, blocks[at - 1]  # type: ignore[union-attr]
    assert isinstance(heading, Heading)
    # all of one park: the heading names it once, not each tile
    assert ": China Suzhou Pioneer Park for Overseas Returnees" in heading.text
    assert tiles and not any("Pioneer Park" in t.label for t in tiles)


def test_a_briefing_for_visitors_gives_one_plan_a_group_an_internal_one_all() -> None:
    plans = {f.id for f in WORKSPACE.base.facts if f.plan and f.region == "sip"}
    assert len(plans) >= 10
    external = build("full-briefing", "zh", ("sip",), "external")
    internal = build("full-briefing", "zh", ("sip",), "internal")
    told, all_told = set(external.facts) & plans, set(internal.facts) & plans
    headings = [b for b in external.blocks if isinstance(b, Heading)]
    assert 0 < len(told) < len(all_told) and len(told) <= len(headings)
    talking = build("talking-points", "zh", ("sip",), "external")
    assert not set(talking.facts) & plans  # never a point said as a strength


def test_notes_on_the_data_are_tables_that_say_where_to_look() -> None:
    """The notes on the data: a table a group (慎用, 可用, 较旧), its caption saying how to quote
    the group's figures, each row the note to look up, the figures and what is unclear; a note
    on several sets of figures gives a row for each, under its one number."""
    tables = notes_tables(build("full-briefing", "zh", ("sip",), "internal"))
    captions = [re.sub(r"^表\d+ ", "", caption)[:3] for caption, _ in tables]
    assert captions == ["慎用：", "可用：", "较旧："]
    assert "对外版已略去" in tables[0][0] and all(rows for _, rows in tables)
    aged = tables[-1][1]  # a row a year, each naming the notes to look up
    # counted as the age it prints: 2023 is about 3 years before December 2026
    assert [figures for figures, _, _ in aged] == [
        "2020年的数据",
        "2021年的数据",
        "2022年的数据",
        "2023年的数据",
    ]
    assert all(
        re.fullmatch(r"注\d+(、注\d+)*(和(注\d+|图表))?", where)
        and re.fullmatch(r"\d{4}年的数据", figures)
        and re.fullmatch(r"约\d+年", age)
        for figures, age, where in aged
    )
    for _, rows in tables[:-1]:
        for where, figures, note in rows:  # every row says where to look, what and why
            assert re.fullmatch(r"注\d+|资料来源", where) and figures and note
            assert len(note) < 300
        assert len(rows) == len(set(rows))
    numbers = [where for where, _, _ in tables[1][1] if where.startswith("注")]
    assert len(numbers) > len(set(numbers))  # a note on two sets of figures: two rows


def test_notes_on_the_data_put_doubts_on_a_value_first() -> None:
    """慎用 (the +4% of capital-backed projects: points, percent or count?), which the external
    edition leaves out, before 可用 (a year read from 去年; the Hydron rank filed under SIP, a
    place the briefing chose); five figures on one list are named by the list."""
    doubts, readings, *_ = notes_tables(build("full-briefing", "zh", ("sip",), "internal"))
    assert "对外版已略去" in doubts[0]
    assert any("同比增长4%，但" in note for _, _, note in doubts[1])
    assert any(figures == "海昌眼镜的2项数据" for _, figures, _ in readings[1])  # by its name
    assert any("故按2020年计" in note for _, _, note in readings[1])
    assert any(figures == "中国潜在独角兽名单的5项数据" for _, figures, _ in readings[1])


@pytest.mark.parametrize(("edition", "marked"), [("internal", True), ("external", False)])
def test_a_value_its_source_leaves_unclear_is_noted_not_said_in_the_sentence(
    edition: str, marked: bool
) -> None:
    """带资落户项目占比同比增长4%: whether points, percent or a count grew is unclear. The
    sentence, which a colleague may lift as it is, says no 口径不明; an internal edition's
    notes on the data say why under the sentence's note number; the agency's own figures
    are told apart, under 内部掌握, not in a table among the sections."""
    document = build("full-briefing", "zh", ("sip",), edition)
    sentence = next((inline_text(b.inlines) for b in document.blocks
                     if isinstance(b, Paragraph) and "同比增长4%" in inline_text(b.inlines)), "")  # fmt: skip
    assert "不明" not in sentence and "距今" not in sentence
    note = re.search(r"同比增长4%.*?\[(\d+)\]", sentence)  # its paragraph's note
    assert bool(note) == marked  # an internal fact: the agency's own figure
    rows = [row for _, rows in notes_tables(document) for row in rows] if marked else []
    said = [r for r in rows if note and r[0] == f"注{note.group(1)}" and "增长4%" in r[2]]
    assert bool(said) == marked
    captions = [b.caption for b in document.blocks if isinstance(b, Table)]
    assert not any(c.endswith("：苏州工业园区科技招商中心") for c in captions)


@pytest.mark.parametrize("regions", [("sip",), ("snd",), ("suzhou",), ("sip", "snd")])
def test_no_sentence_carries_a_colleagues_caveat(regions: tuple[str, ...]) -> None:
    """The returnee park's 900多家 financial institutions are filed under it though the article
    leaves unclear whether they are the park's or the district's; a 2021 figure is five years
    old. An internal edition's sentences, which a colleague may lift as they are, say neither
    归属不明 nor 距今约5年: the notes on the data do, by note number."""
    document = build("full-briefing", "zh", regions, "internal")
    said = [inline_text(b.inlines) for b in document.blocks
            if isinstance(b, Paragraph) and b.style != "small"]  # fmt: skip
    said += [inline_text(i) for b in document.blocks if isinstance(b, BulletList)
             for i in b.items]  # fmt: skip
    said = [s for s in said if not s.startswith(("慎用：", "可用：", "较旧：", "以下数据"))]
    assert said and not any(re.search("归属不明|口径不明|距今", s) for s in said)
    aged = notes_tables(document)[-1][1]  # the older figures, by the notes citing them
    assert any(re.match(r"\d{4}年的数据", figures) and re.match(r"约\d+年", age)
               for figures, age, _ in aged)  # fmt: skip


def test_points_read_aloud_carry_no_caveat_markers() -> None:
    """归属不明 and 口径不明 warn a colleague reading a table; a point read out in a meeting is
    not read with them."""
    document = build("talking-points", "zh", ("sip", "snd"), "internal")
    assert not re.search("归属不明|口径不明", dump(document))


def test_a_table_from_one_passage_names_it_under_the_table_not_on_every_row() -> None:
    """Jiangsu's 2024 assessment figures all come from one paragraph of the centre's report:
    the internal edition's table says so in its source line (…, para. 15.), with no note
    column repeating one number on every row."""
    document = build("full-briefing", "en", ("sip",), "internal")
    table = next(b for b in document.blocks
                 if isinstance(b, Table) and "Enterprise growth" in b.caption)  # fmt: skip
    assert re.search(r", para\. \d+\.$", table.source_line), table.source_line
    assert "注" not in [c.title for c in table.columns]
    assert not any(isinstance(i, NoteRef) for row in table.rows for cell in row for i in cell)


def test_older_figures_and_statements_are_all_listed_and_a_note_names_whose_figure() -> None:
    """SND's notes on the data: every note citing something from 2021 is in the 2021 line,
    statements too (the Shenzhen event's, the 2021 laboratory's), not only the figures; and
    the fund whose district is unclear is named (大健康产业基金 · 基金规模), not 基金规模 alone
    beside the institute's own fund."""
    document = build("full-briefing", "zh", ("snd",), "internal")
    rows = [row for _, rows in notes_tables(document) for row in rows]
    where = next(w for figures, age, w in rows if figures == "2021年的数据" and age == "约5年")
    listed = set(re.findall(r"注(\d+)", where))
    cited_2021 = {str(n.number) for n in document.footnotes if "2021年" in n.text}
    assert cited_2021 and cited_2021 <= listed
    assert any(figures == "大健康产业基金 · 基金规模" for _, figures, _ in rows)


@pytest.mark.parametrize("regions", [("sip",), ("snd",), ("sip", "snd"), ("suzhou",)])
@pytest.mark.parametrize("edition", ["external", "internal"])
def test_points_read_aloud_say_no_figure_whose_value_or_place_is_in_doubt(
    regions: tuple[str, ...], edition: str
) -> None:
    """A figure the notes on the data say to check first (Hydron's ranks are the company's, the
    900 institutions' owner is unclear) cannot be said aloud with its caveat: it is left out of
    the points (the internal section for our side alone may still give it)."""
    facts = {f.id: f for f in WORKSPACE.base.facts}
    document = build("talking-points", "zh", regions, edition)
    said = [facts[i] for i in document.facts if facts[i].audience != "internal"]
    assert said
    doubted = [f.id for f in said if {"value", "region", "statement"} & set(f.uncertain)]
    assert doubted == []  # (nor a statement whose source's wording is garbled: Medpark's alliance)


def test_a_title_we_supplied_is_never_set_in_book_title_marks() -> None:
    """GB/T 15834: 《》 are for titles as published; a title we wrote for an untitled article is a
    description in brackets, 〔…〕 (GB/T 7714), which the internal edition also calls ours."""
    supplied = [s for s in WORKSPACE.base.sources.values() if not s.title_printed]
    assert supplied
    for edition in ("external", "internal"):
        text = dump(build("full-briefing", "zh", ("sip",), edition))
        for source in supplied:
            title = source.title.zh
            if title in text:
                assert f"《{title}》" not in text and f"〔{title}〕" in text
                assert ("（标题为编者所拟）" in text) == (edition == "internal")


def test_english_notes_name_a_company_without_an_article() -> None:
    """ "The 2 figures on Hydron", as one names a company; "the China potential unicorn
    list", as one names a list."""
    text = dump(build("full-briefing", "en", ("sip",), "internal"))
    assert "figures on Hydron" in text and "on the Hydron" not in text
    assert "figures on the China potential unicorn list" in text
