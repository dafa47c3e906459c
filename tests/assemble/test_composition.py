"""Composition: briefings read as prose about the place, not as a list of stand-alone
statements. Checked on the built document for Suzhou, SIP, SND and SIP with SND, in every
template, language and edition."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

import pytest

from desktop_app.api import BriefingRequest, Document, Workspace
from desktop_app.model import (
    BulletList,
    Figure,
    Heading,
    KeyFigures,
    Paragraph,
    Run,
    Table,
    dump,
    inline_text,
)
from tests.conftest import SEEDS

WORKSPACE = Workspace(SEEDS, strict=True)
REGIONS = (("suzhou",), ("sip",), ("snd",), ("sip", "snd"))
TEMPLATES = ("full-briefing", "fact-sheet", "talking-points")
SENTENCE_END = re.compile(r"(?<=[。！？])|(?<=[.!?])\s+(?=[A-Z])")


@cache
def build(template: str, lang: str, regions: tuple[str, ...], edition: str) -> Document:
    request = BriefingRequest(regions=regions, template=template, lang=lang,  # type: ignore[arg-type]
                              date="2026-12-01", edition=edition)  # type: ignore[arg-type]  # fmt: skip
    return WORKSPACE.build(request)


def running_text(document: Document) -> list[str]:
    """The text of each paragraph and bullet, in order."""
    texts = []
    for block in document.blocks:
        items = [block.inlines] if isinstance(block, Paragraph) else []
        items += list(block.items) if isinstance(block, BulletList) else []
        texts += ["".join(i.text for i in item if isinstance(i, Run)) for item in items]
    return texts


def sentences(document: Document) -> list[str]:
    return [s.strip() for t in running_text(document) for s in SENTENCE_END.split(t) if s.strip()]


CASES = [(t, lang, r, e) for t in TEMPLATES for lang in ("zh", "en") for r in REGIONS
         for e in ("external", "internal")]  # fmt: skip


@pytest.mark.parametrize(("template", "lang", "regions", "edition"), CASES)
def test_nothing_is_said_twice(template: str, lang: str, regions: tuple[str, ...], edition: str) -> None:  # fmt: skip
    said = [s for s in sentences(build(template, lang, regions, edition)) if len(s) > 12]
    repeated = {s for s in said if said.count(s) > 1}
    assert repeated == set()


def test_one_opening_clause_is_said_once() -> None:
    """Statements opening with the same clause are joined: the clause is said once. (The
    English edition leads with the Hurun list instead; its table gives Jiangsu's counts.)"""
    text = "".join(running_text(build("full-briefing", "zh", ("sip",), "external")))
    assert text.count("在2024年江苏省独角兽企业和瞪羚企业评估中") == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_section_names_its_region_in_full_once(lang: str) -> None:
    full, short = {"zh": ("苏州工业园区", "园区"), "en": ("Suzhou Industrial Park", "SIP")}[lang]
    document = build("full-briefing", lang, ("sip",), "external")
    opening: dict[str, list[str]] = {}
    section = ""
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            section = block.text
        elif isinstance(block, Paragraph | BulletList):
            for text in running_text(Document(document.metadata, document.page, document.labels,  # type: ignore[arg-type]
                                              (block,), (), document.lang)):  # fmt: skip
                for sentence in SENTENCE_END.split(text):
                    if sentence.strip().startswith((full, short)):
                        opening.setdefault(section, []).append(sentence.strip())
    assert opening
    for section, said in opening.items():
        assert sum(s.startswith(full) for s in said) <= 1, section
    assert any(s.startswith(short) for said in opening.values() for s in said)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("regions", REGIONS)
def test_the_overview_describes_the_place_not_the_document(lang: str, regions: tuple[str, ...]) -> None:  # fmt: skip
    document = build("full-briefing", lang, regions, "external")
    blocks = list(document.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1)
    end = next(i for i, b in enumerate(blocks) if i > start and isinstance(b, Heading))
    body = blocks[start + 1 : end]
    assert body and all(isinstance(b, (Paragraph, BulletList)) for b in body)
    pieces = [p for b in body for p in ([b.inlines] if isinstance(b, Paragraph) else b.items)]
    text = " ".join("".join(i.text for i in p if isinstance(i, Run)) for p in pieces)
    for words in ("本简报", "事实", "This briefing", "facts from"):
        assert words not in text
    assert len(re.split(r"[。；]|[.;] ", text)) >= 3  # several facts about the place, if in clauses
    # a lead paragraph for each region, written as prose: no tags, no bullets
    leads = [b for b in body if isinstance(b, Paragraph) and b.style == "lead"]
    assert len(leads) == len(regions) and not any(isinstance(b, BulletList) for b in body)
    # what the place is known for comes first: its industry (SND: medical devices)
    if regions == ("snd",):
        assert ("医疗器械" if lang == "zh" else "medical device") in text.split("。")[0]


@pytest.mark.parametrize(("lang", "regions"), [("zh", ("suzhou",)), ("en", ("sip",))])
def test_tables_give_figures_the_text_and_charts_of_the_section_have_not(
    lang: str, regions: tuple[str, ...]
) -> None:
    document = build("full-briefing", lang, regions, "internal")
    sections: list[list[object]] = [[]]
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            sections.append([])
        sections[-1].append(block)
    checked = 0
    for blocks in sections:
        text = "".join(running_text(Document(document.metadata, document.page, document.labels,  # type: ignore[arg-type]
                                             tuple(blocks), (), document.lang)))  # type: ignore[arg-type]  # fmt: skip
        charted = " ".join(b.alt for b in blocks if isinstance(b, Figure))
        figures = [b for b in blocks if isinstance(b, Table) and b.rows]
        for table in (t for t in figures if {"数值", "Value"} & {c.title for c in t.columns}):
            at = [c.title for c in table.columns].index({"zh": "数值", "en": "Value"}[lang])
            for row in table.rows:
                value = "".join(i.text for i in row[at] if isinstance(i, Run))
                number = re.sub(r"[^0-9.]", "", value)
                if len(number) >= 2:
                    checked += 1
                    assert value not in text, value
                    assert f": {number}" not in charted and f"超{number}" not in charted, value
    assert checked >= 3


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_tiles_show_the_regions_own_figures(lang: str) -> None:
    """In a full briefing on two districts each district's tiles stand in its own part and
    are its own: SIP's are SIP's; SND, which has no figures of its own, heads its part with
    none, for its returnee park's in tiles like SIP's would be read as the district's (7
    listed companies against 61): the park's profile tells them, in words. Alone, SND's park
    fills in, under a heading naming the park."""
    document = build("full-briefing", lang, ("sip", "snd"), "external")
    blocks = list(document.blocks)
    at = [i for i, b in enumerate(blocks) if isinstance(b, KeyFigures)]
    names = {r: WORKSPACE.base.regions[r].name.get(lang) for r in ("sip", "snd")}
    park = WORKSPACE.base.regions["snd-returnee-park"]

    def part(i: int) -> str:  # the region's part the tiles stand in
        return next(b.text for b in reversed(blocks[:i]) if isinstance(b, Heading) and b.level == 1)

    assert [part(i) for i in at] == [names["sip"]]
    sip_heading, sip_tiles = blocks[at[0] - 1], blocks[at[0]].tiles  # type: ignore[union-attr]
    assert isinstance(sip_heading, Heading) and park.name.get(lang) not in sip_heading.text
    for tile in sip_tiles:
        assert park.short_name(lang) not in tile.label, tile.label  # no park's figure
        assert names["sip"] not in tile.detail, tile.detail  # the part names it once
    told = " ".join(_profile(document, park.name.get(lang)))
    assert ("上市企业7家" if lang == "zh" else "7 listed companies") in told, told
    single = build("full-briefing", lang, ("snd",), "external")  # alone, a park may fill in
    tiled = [b for b in single.blocks if isinstance(b, KeyFigures)]
    named = park.name.get(lang)
    assert tiled and any(named in b.text for b in single.blocks if isinstance(b, Heading))


def _parts(document: Document) -> dict[str, list[object]]:
    """Each level-1 section's blocks, by its heading's text."""
    parts: dict[str, list[object]] = {}
    current: list[object] = []
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            current = parts.setdefault(block.text, [])
        current.append(block)
    return parts


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("edition", ["external", "internal"])
def test_two_districts_are_told_each_in_a_part_of_its_own(lang: str, edition: str) -> None:
    """The full briefing on SIP and SND tells each district in a part of its own (二、苏州工业园区
    （一）核心数据 （二）产业 …), after the overview on both: a reader who wants one district
    reads it through, and no section sets one district's figures beside the other's. Inside a
    part nothing is said of the other district, and its sections' headings do not name their
    own district again (人才：苏州工业园区)."""
    document = build("full-briefing", lang, ("sip", "snd"), edition)
    names = {r: WORKSPACE.base.regions[r].name.get(lang) for r in ("sip", "snd")}
    shorts = {r: WORKSPACE.base.regions[r].short_name(lang) for r in ("sip", "snd")}
    parts = _parts(document)
    titles = list(parts)
    assert titles[titles.index(names["sip"]) + 1] == names["snd"]
    overview = "概况" if lang == "zh" else "Overview"
    assert titles.index(overview) < titles.index(names["sip"])
    for region, other in (("sip", "snd"), ("snd", "sip")):
        blocks = parts[names[region]]
        headings = [b for b in blocks[1:] if isinstance(b, Heading)]
        assert headings and all(h.level >= 2 for h in headings)
        assert not any(names[region] in h.text for h in headings if h.level == 2), headings
        text = " ".join(inline_text(b.inlines) for b in blocks if isinstance(b, Paragraph))
        assert names[other] not in text and not re.search(rf"(?<!\w){shorts[other]}(?!\w)", text)
    assert not any(names["sip"] in t or names["snd"] in t for t in titles
                   if t not in names.values() and ("：" in t or ": " in t))  # fmt: skip


def test_a_city_and_one_of_its_districts_are_told_as_one_place() -> None:
    """Suzhou with SIP: SIP lies in Suzhou, so it has no part of its own beside the city's (the
    city's sections tell it, under its name)."""
    document = build("full-briefing", "en", ("suzhou", "sip"), "external")
    titles = list(_parts(document))
    assert "Suzhou Industrial Park" not in titles and "Suzhou" not in titles
    assert any(b.text.startswith("Suzhou Industrial Park") for b in document.blocks
               if isinstance(b, Heading) and b.level == 2)  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "numbers"), [("zh", ["1.", "2."]), ("en", ["2.9.1  ", "2.9.2  "])]
)
def test_a_parts_places_are_numbered_a_level_down(lang: str, numbers: list[str]) -> None:
    """In SIP's part, its centres stand under （九）重点载体与平台 as 1. and 2. (GB/T 9704's third
    level), in English 2.9.1 and 2.9.2."""
    document = build("full-briefing", lang, ("sip", "snd"), "external")
    name = WORKSPACE.base.regions["sip"].name.get(lang)
    blocks = _parts(document)[name]
    third = [b.number for b in blocks if isinstance(b, Heading) and b.level == 3]
    assert third == numbers


def test_a_short_name_is_introduced_once_in_prose() -> None:
    """苏州工业园区（以下简称“园区”） at the first mention in running text, then 园区; English
    introduces an abbreviation (SIP) but not a description; lists never introduce."""
    zh = dump(build("full-briefing", "zh", ("sip",), "external"))
    assert zh.count("苏州工业园区（以下简称“园区”）") == 1
    assert zh.count("以下简称") == len(set(re.findall(r"（以下简称“([^”]+)”）", zh)))
    en = dump(build("full-briefing", "en", ("sip",), "external"))
    assert en.count("Suzhou Industrial Park (SIP)") == 1
    assert "(the innovation centre)" not in en
    points = dump(build("talking-points", "zh", ("sip",), "external"))
    assert "以下简称" not in points


RUN_ON = {
    "zh": ("68个重点项目", "，总投资522亿元", "签约的重点项目，总投资"),
    "en": ("68 key projects", ", with planned investment totalling 52.2 billion yuan",
           "The key projects"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_facts_about_one_event_run_on_without_repeating_it(lang: str) -> None:
    """The event, the projects signed at it and their investment read as one sentence, each
    with its note; the stand-alone statements' repeated scene is gone."""
    projects, investment, repeated = RUN_ON[lang]
    document = build("full-briefing", lang, ("snd",), "internal")
    texts = running_text(document)
    assert sum(projects in t for t in texts) == 1
    text = next(t for t in texts if projects in t)
    assert text.index(projects) < text.index(investment)
    assert not any(repeated in t for t in texts)
    # each passage cited where its words end: a note after the projects, another after 522
    items = [b.inlines for b in document.blocks if isinstance(b, Paragraph)]
    items += [i for b in document.blocks if isinstance(b, BulletList) for i in b.items]
    inlines = next(i for i in items if projects in "".join(r.text for r in i if isinstance(r, Run)))
    kinds = [("note" if not isinstance(i, Run) else projects in i.text) for i in inlines]
    at = kinds.index(True)
    assert "note" in kinds[at:-1]  # a note after the projects' words, and more text after it


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_run_on_wording_needs_the_fact_it_follows(lang: str) -> None:
    """The investment in joint projects runs on from the count of projects; without that
    count, its own statement is said, whole."""
    run_on, alone = {
        "zh": ("1691项校企联合攻关项目，投入累计达到35.7亿元", "苏州校企联合攻关项目累计获得投入35.7亿元"),
        "en": ("1,691 joint university-enterprise research projects since work began on the "
               "regional technology transfer centre for universities, with a total investment of "
               "3.57 billion yuan", "total of 3.57 billion yuan had been invested in joint"),
    }[lang]  # fmt: skip
    texts = {}
    for leave in (frozenset(), frozenset({"suzhou-university-enterprise-joint-projects-2025"})):
        request = BriefingRequest(regions=("suzhou",), template="full-briefing", lang=lang,  # type: ignore[arg-type]
                                  date="2026-12-01", edition="internal", exclude=leave)  # fmt: skip
        texts[bool(leave)] = " ".join(running_text(WORKSPACE.build(request)))
    assert run_on in texts[False] and alone not in texts[False]
    assert alone in texts[True] and run_on not in texts[True]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_overview_message_tells_one_measure_whole(lang: str) -> None:
    """SIP's standing on Jiangsu's 2024 lists leads its enterprises message: the three counts
    and their one shared rank, run on in one sentence, said nowhere else."""
    said = {
        "zh": ("10家企业入选江苏省独角兽企业，90家", "141家企业入选江苏省瞪羚企业，三项数量均居全省第一"),
        # in English, the international list leads (see test_abroad), told whole the same way
        "en": ("Six SIP enterprises, including Abogen and PatSnap, were named in the Hurun",
               "Global Unicorn Index 2024, 50% of Suzhou’s entries"),
    }[lang]  # fmt: skip
    document = build("full-briefing", lang, ("sip",), "external")
    lead = next(b for b in document.blocks if isinstance(b, Paragraph) and b.style == "lead")
    text = "".join(i.text for i in lead.inlines if isinstance(i, Run))
    assert all(part in text for part in said)
    assert sum(said[1] in t for t in running_text(document)) == 1


CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.mark.parametrize("regions", REGIONS)
def test_an_english_edition_for_visitors_has_no_chinese_in_its_text(regions: tuple[str, ...]) -> None:  # fmt: skip
    """The fact base keeps Chinese names in brackets for colleagues (Weidu Biotech (为度生物));
    a visitor's English edition leaves them out, an internal one keeps them."""
    for template in TEMPLATES:
        external = " ".join(running_text(build(template, "en", regions, "external")))
        assert not CJK.search(external), CJK.findall(external)
    internal = " ".join(running_text(build("full-briefing", "en", ("suzhou",), "internal")))
    assert "(为度生物)" in internal or "(新建元)" in internal


def test_a_dated_chinese_statement_opens_with_its_date() -> None:
    """截至2023年，…承办过…, as Chinese prose dates a statement, not …（2023年）; what stays
    true once true (a first-batch designation, who built a park) is not dated."""
    events = WORKSPACE.build(BriefingRequest(regions=("snd",), themes=("events",), lang="zh",
                                             edition="external", date="2026-12-02"))  # fmt: skip
    said = " ".join(running_text(events))
    assert "截至2023年，中国苏州留学人员创业园承办过" in said
    assert "多项创新创业赛事（2023年）" not in said
    text = " ".join(running_text(build("full-briefing", "zh", ("snd",), "external")))
    assert "苏州创客峰汇是江苏省第一批众创集聚区之一" in text
    assert "江苏医疗器械科技产业园由" in text
    assert not re.search(r"截至2023年，(苏州创客峰汇|江苏医疗器械科技产业园)", text)
    assert "国家级医疗器械科技产业园（2023年）" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_talking_point_carries_the_fact_run_on_from_it(lang: str) -> None:
    """41 sub-funds and their 12 billion yuan are one point, strongest points first."""
    together = {
        "zh": ("41支子基金", "总规模约为120亿元"),
        "en": ("41 sub-funds", "12 billion yuan"),
    }
    document = build("talking-points", lang, ("sip",), "external")
    points = [inline_text(item)
              for b in document.blocks if isinstance(b, BulletList) for item in b.items]  # fmt: skip
    point = next(p for p in points if together[lang][0] in p)
    assert together[lang][1] in point and point.count("[1]") == 1


def test_the_fact_sheet_says_which_years_its_figures_span() -> None:
    sheet = build("fact-sheet", "zh", ("sip",), "external")
    assert re.search(r"数据截至\d{4}年.*（涵盖\d{4}—\d{4}年[；）]", dump(sheet))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_park_is_told_once_in_its_own_profile(lang: str) -> None:
    """SND's Pioneer Park has one profile after the themes, not a paragraph under five."""
    document = build("full-briefing", lang, ("snd",), "external")
    name = WORKSPACE.base.regions["snd-returnee-park"].name.get(lang)
    headings = [b for b in document.blocks if isinstance(b, Heading)]
    profile = {"zh": "重点载体与平台", "en": "Parks, platforms and institutes"}[lang]
    top = [h.text for h in headings if h.level == 1]
    assert any(profile in t for t in top)
    assert [h.text for h in headings if h.level == 2].count(name) == 1
    start = next(i for i, h in enumerate(headings) if h.level == 1 and profile in h.text)
    assert all(h.level == 1 for h in headings[:start])  # no park under a theme
    # a briefing on one theme keeps the park under that theme
    request = BriefingRequest(regions=("snd",), themes=("finance",), template="full-briefing",  # type: ignore[arg-type]
                              lang=lang, date="2026-12-01")  # fmt: skip
    narrow = [b for b in WORKSPACE.build(request).blocks if isinstance(b, Heading)]
    assert not any(profile in h.text for h in narrow)


def test_a_scene_is_not_set_for_a_figure_told_elsewhere() -> None:
    """The conference at which SND's two entries were named is told with them, in the
    overview, not alone in the talent section."""
    text = " ".join(running_text(build("full-briefing", "zh", ("snd",), "external")))
    assert text.count("十大创新案例") >= 1 and "由江苏、安徽两省人力资源和社会保障厅" not in text


def test_an_english_tile_does_not_say_its_noun_twice() -> None:
    """ "61" over "Listed companies", not "61 enterprises"; an amount keeps "billion yuan"."""
    tiles = [t for r in ("sip", "suzhou") for b in build("full-briefing", "en", (r,), "external").blocks
             if isinstance(b, KeyFigures) for t in b.tiles]  # fmt: skip
    listed = next(t for t in tiles if t.label == "Listed companies")
    assert listed.value == "61" and listed.unit == ""
    assert any("yuan" in t.unit for t in tiles)


def _section_text(document: Document, heading: str) -> str:
    """The running text under the heading that reads ``heading``, to the next of its level."""
    blocks = list(document.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    level = blocks[start].level  # type: ignore[union-attr]
    end = next((i for i, b in enumerate(blocks) if i > start and isinstance(b, Heading)
                and b.level <= level), len(blocks))  # fmt: skip
    return " ".join(running_text(dataclasses.replace(document, blocks=tuple(blocks[start:end]))))


@pytest.mark.parametrize(("lang", "date"), [("zh", "截至2023年8月，"), ("en", "By August 2023, ")])
def test_each_paragraph_gives_the_date_its_sentences_share_once(lang: str, date: str) -> None:
    """The returnee park's paragraphs, all of August 2023: each says the date once, at its
    head or where its sentences reach it, so that a reader starting at any paragraph is
    not left with an undated "had" (the date not repeated sentence after sentence)."""
    document = build("full-briefing", lang, ("snd",), "external")
    park = WORKSPACE.base.regions["snd-returnee-park"].name.get(lang)
    blocks = list(document.blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == park)
    end = next(i for i in range(at + 1, len(blocks)) if isinstance(blocks[i], Heading))
    said = [inline_text(b.inlines) for b in blocks[at + 1 : end] if isinstance(b, Paragraph)]
    dated = [p for p in said if date in p]
    assert len(dated) >= 2 and all(p.count(date) == 1 for p in dated), said


def test_a_theme_of_one_sentence_is_told_with_another_theme_of_its_fact() -> None:
    document = build("full-briefing", "zh", ("sip",), "external")
    assert not any(isinstance(b, Heading) and b.text == "活动与赛事" for b in document.blocks)
    assert "苏创杯" in _section_text(document, "人才")


def test_a_places_table_is_titled_once() -> None:
    captions = [b.caption for r in (("suzhou",), ("sip", "snd")) for lang in ("zh", "en")
                for b in build("full-briefing", lang, r, "external").blocks if isinstance(b, Table)]  # fmt: skip
    assert any("Main figures" in c for c in captions) or any("主要数据" in c for c in captions)
    assert not any("in figures in figures" in c.lower() for c in captions)


def test_a_tile_of_a_one_region_document_gives_its_date_alone() -> None:
    one = [t for b in build("fact-sheet", "zh", ("sip",), "external").blocks
           if isinstance(b, KeyFigures) for t in b.tiles]  # fmt: skip
    two = [t for b in build("full-briefing", "zh", ("sip", "snd"), "external").blocks
           if isinstance(b, KeyFigures) for t in b.tiles]  # fmt: skip
    assert one and not any("苏州工业园区" in t.detail for t in one)
    # two regions: each region's tiles stand under its name, so the tiles give the date alone
    assert two and not any("苏州工业园区" in t.detail or "高新区" in t.detail for t in two)


def test_two_figures_are_told_in_words_not_tabled() -> None:
    for regions in REGIONS:
        for lang in ("zh", "en"):
            tables = [b for b in build("full-briefing", lang, regions, "external").blocks
                      if isinstance(b, Table)]  # fmt: skip
            assert all(len(t.rows) >= 3 for t in tables)
    text = " ".join(running_text(build("full-briefing", "zh", ("sip",), "internal")))
    assert "生物医药人才竞争力也排名全国第一" in text


def test_a_brief_does_not_number_a_lone_point() -> None:
    document = build("talking-points", "zh", ("sip",), "internal")
    lists = [b for b in document.blocks if isinstance(b, BulletList)]
    assert lists and all(b.numbered and len(b.items) > 1 for b in lists)


def test_english_sets_typographic_apostrophes() -> None:
    text = " ".join(running_text(build("full-briefing", "en", ("sip",), "external")))
    assert "’s" in text and "'" not in text


def test_a_share_of_an_agency_reads_with_its_subject_first() -> None:
    """引进企业占全区江苏省独角兽企业比例, labelled with the agency's name: what it brought in,
    then the share; not …比例（苏州工业园区科技招商中心）, nor the agency as the share's part."""
    from desktop_app.assemble.citations import Citations
    from desktop_app.assemble.context import Context
    from desktop_app.assemble.labels import figure_label
    from desktop_app.assemble.selection import select

    base = WORKSPACE.base
    selection = select(base, ("sip",), (), frozenset(), "internal", "zh")
    ctx = Context(base, WORKSPACE.template("full-briefing"), selection, "zh", "2026-12-02",
                  Citations(base, "zh"))  # fmt: skip
    share = next(f for f in base.facts if f.id == "sip-tech-investment-center-share-of-jiangsu-unicorns-2024")  # fmt: skip
    assert re.fullmatch(
        r"苏州工业园区科技招商中心(引进|推荐)\w{0,8}占\w+", figure_label(ctx, share)
    )


def test_an_internal_briefing_keeps_what_is_internal_apart() -> None:
    """SIP's internal briefing: its sections tell what may be shown, and 内部掌握 the rest in
    three groups (its position, its plans, its agency's work), the agency's shares told in
    one sentence with what they are shares of; the 4% change written to run on from a
    figure the sections tell stays in its sentence."""
    document = build("full-briefing", "zh", ("sip",), "internal")
    internal = {f.id for f in WORKSPACE.base.facts if f.audience == "internal"}
    blocks = list(document.blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and "内部掌握" in b.text)
    before = " ".join(running_text(dataclasses.replace(document, blocks=tuple(blocks[:at]))))
    after = [b for b in blocks[at + 1 :] if isinstance(b, Heading)]
    assert [h.text for h in after[:3]] == ["形势与问题", "工作部署与目标", "招商工作情况"]
    assert "出差" not in before and "争先进位图" not in before and "股权投资市场走弱" not in before
    assert "同比增长4%" in before  # runs on from the 12% the sections tell
    text = " ".join(running_text(dataclasses.replace(document, blocks=tuple(blocks[at:]))))
    assert "引进项目近300个，占园区科技招商条线引进项目总数的30%" in text
    assert "股权投资市场走弱" in text and "争先进位图" in text
    assert len(internal & set(document.facts)) >= 28


def test_a_count_and_its_growth_are_one_point() -> None:
    document = build("talking-points", "zh", ("sip",), "internal")
    points = ["".join(i.text for i in item if isinstance(i, Run))
              for b in document.blocks if isinstance(b, BulletList) for item in b.items]  # fmt: skip
    assert any("新增科技项目超过1000个，同比增长6%" in p for p in points)


def test_the_places_of_two_districts_are_told_district_by_district() -> None:
    """Each district's parks and centres stand in its own part, after its themes: SIP's in
    SIP's, SND's in SND's; the part names the district, so a place's heading need not."""
    parts = _parts(build("full-briefing", "en", ("sip", "snd"), "external"))
    places = {
        region: [b.text for b in parts[WORKSPACE.base.regions[region].name.en]
                 if isinstance(b, Heading) and b.level == 3]
        for region in ("sip", "snd")
    }  # fmt: skip
    names = {r: WORKSPACE.base.regions[r].name.en for r in WORKSPACE.base.regions}
    for region, headings in places.items():
        assert headings
        for heading in headings:
            place = max((r for r, n in names.items() if heading.startswith(n)),
                        key=lambda r: len(names[r]))  # fmt: skip
            assert place in WORKSPACE.base.region_subtree(region)
            assert not re.search(r"\(in |, in ", heading), heading


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_city_tells_each_district_with_its_parks_after_it(lang: str) -> None:
    """In the city's briefing SIP comes with its centres after it, then SND with its parks,
    each park saying which district it is in."""
    document = build("full-briefing", lang, ("suzhou",), "external")
    headings = [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 2]
    names = {r: WORKSPACE.base.regions[r].name.get(lang) for r in WORKSPACE.base.regions}
    places = [r for h in headings for r, n in names.items() if h.startswith(n)
              and not any(h.startswith(m) and len(m) > len(n) for m in names.values())]  # fmt: skip
    district = {"sip": "sip", "snd": "snd"}
    for place in places:
        region = WORKSPACE.base.regions[place]
        while region.id not in district and region.parent:
            region = WORKSPACE.base.regions[region.parent]
        district[place] = region.id
    order = [district[p] for p in places]
    assert order == sorted(order, key=order.index)  # each district's places together
    assert all(places.index(district[p]) < places.index(p) for p in places
               if district[p] in places and district[p] != p)  # fmt: skip
    inside = [h for h in headings if not any(h == names[d] for d in ("sip", "snd"))]
    assert all("位于" in h or re.search(r"\(in |, in ", h) for h in inside), inside


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_short_name_introduced_is_used(lang: str) -> None:
    """以下简称“创客峰汇” / (SIP) promises a short name: every one introduced is said again
    later, and a name said once only is not given one (创客峰汇 in the SND briefing)."""
    abbreviations = sorted(r.short.en for r in WORKSPACE.base.regions.values() if r.short)
    english = "|".join(re.escape(a) for a in abbreviations if a.isupper())
    intro = re.compile(r"（以下简称“([^”]+)”）" if lang == "zh" else rf" \(({english})\)")
    for regions in REGIONS:
        for edition in ("external", "internal"):
            text = dump(build("full-briefing", lang, regions, edition))
            for match in intro.finditer(text):
                later = text[match.end() :]
                assert re.search(rf"(?<![A-Za-z]){re.escape(match.group(1))}", later), (
                    regions,
                    edition,
                    match.group(),
                )
    snd = dump(build("full-briefing", "zh", ("snd",), "external"))
    assert "苏州创客峰汇" in snd and "以下简称“创客峰汇”" not in snd


def test_a_section_of_aims_alone_is_left_out_for_visitors() -> None:
    """SND's talent section said only what the district means to do (建设海归人才新高地): a
    visitor's edition leaves such a section out, an internal one keeps it. (Its investment
    section, which had said only how it praised its signings, now tells the 2021 signing
    itself, which no longer leads the overview.)"""
    aims = {"snd-returnee-talent-highland-plan-2023"}
    external = build("full-briefing", "zh", ("snd",), "external")
    internal = build("full-briefing", "zh", ("snd",), "internal")
    assert not aims & set(external.facts)
    assert aims <= set(internal.facts)
    headings = [b.text for b in external.blocks if isinstance(b, Heading)]
    assert "人才" not in headings
    assert "snd-bay-area-event-project-quality-2021" not in external.facts


def _profile(document: Document, name: str) -> list[str]:
    """The paragraphs of the place profile headed ``name``."""
    blocks = list(document.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == name)
    texts = []
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading):
            break
        if isinstance(block, Paragraph):
            texts.append("".join(i.text for i in block.inlines if isinstance(i, Run)))
    return texts


def test_a_places_profile_opens_with_what_it_is_in_few_paragraphs() -> None:
    """A park's profile says first when it was founded and what it was designated, and short
    statements from one article on it share a paragraph rather than stand one a line."""
    # (SND's own briefing says when the park was founded in its overview; beside SIP, the
    # overview has no room for it)
    opening = _profile(
        build("full-briefing", "zh", ("snd", "sip"), "external"), "中国苏州留学人员创业园"
    )
    assert "创建于1998年" in opening[0] and "全国第一批" in opening[0]
    document = build("full-briefing", "zh", ("snd",), "external")
    paragraphs = _profile(document, "中国苏州留学人员创业园")
    together = [p for p in paragraphs if "全周期陪伴式成长服务" in p]
    assert together and "荣誉称号超过40项" in together[0]
    assert any("643人次" in p for p in paragraphs[:1])  # a figure fills the opening paragraph


def test_a_short_briefing_has_no_contents_page() -> None:
    """The full briefing's contents page (min_sections: 12) is left out of a briefing with
    fewer main sections: SIP's for a visitor, five pages read straight through; the city's,
    and SIP's internal edition with its notes, have one."""
    from desktop_app.model import Contents

    def sections(document: Document) -> int:
        return sum(isinstance(b, Heading) and b.level == 1 for b in document.blocks)

    sip = build("full-briefing", "zh", ("sip",), "external")
    assert sections(sip) < 12 and not any(isinstance(b, Contents) for b in sip.blocks)
    for longer in (build("full-briefing", "zh", ("suzhou",), "external"),
                   build("full-briefing", "zh", ("sip",), "internal")):  # fmt: skip
        assert sections(longer) >= 12 and any(isinstance(b, Contents) for b in longer.blocks)


@pytest.mark.parametrize("template", TEMPLATES)
def test_an_english_abbreviation_is_explained_before_it_is_used(template: str) -> None:
    """ "10 SIP enterprises" only after "Suzhou Industrial Park (SIP)", in lists as in prose."""
    for regions in (("sip",), ("sip", "snd")):
        text = " ".join(running_text(build(template, "en", regions, "external")))
        uses = [m.start() for m in re.finditer(r"(?<![(A-Za-z])SIP(?![A-Za-z)])", text)]
        if uses:
            assert "Suzhou Industrial Park (SIP)" in text[: uses[0]], (template, regions)


def test_an_english_tile_keeps_its_scale_word() -> None:
    """An English tile of 4.07 million people keeps its "million" (its label names what is
    counted)."""
    suzhou = [t for b in build("fact-sheet", "en", ("suzhou",), "external").blocks
              if isinstance(b, KeyFigures) for t in b.tiles]  # fmt: skip
    assert any(t.value == "4.07" and t.unit == " million" for t in suzhou)


def test_talking_points_name_a_coined_short_name_in_full_and_keep_to_the_district() -> None:
    """留创园 is no name to a listener it was not introduced to (园区 is: it is part of
    苏州工业园区), so points say 中国苏州留学人员创业园; and the points on a district say at most
    two things about any one park inside it, unless a section would otherwise have fewer than
    three points: SND, whose facts are nearly all its returnee park's, had one strength."""
    document = build("talking-points", "zh", ("snd",), "external")
    lists = [["".join(i.text for i in item if isinstance(i, Run)) for item in b.items]
             for b in document.blocks if isinstance(b, BulletList)]  # fmt: skip
    points = [p for items in lists for p in items]
    assert points and not any("留创园" in p for p in points)
    opening, strengths = lists[0], lists[1]
    assert len(strengths) == 3  # the least a section of points has, filled by the park…
    park = sum("中国苏州留学人员创业园" in p for p in opening + strengths)
    assert park == 3  # …past its two points (one in the opening), and no further


@pytest.mark.parametrize("template", ["talking-points", "full-briefing", "fact-sheet"])
def test_an_english_coined_name_is_met_in_full_first(template: str) -> None:
    """A statement may call the park Medpark; where nothing before it in the section has
    named the park, the reader meets "the Jiangsu Medical Device Technology Industrial Park
    (Medpark)" first, with its article, then Medpark."""
    document = build(template, "en", ("snd",), "external")
    full = WORKSPACE.base.regions["snd-medpark"].name.en
    sections: list[str] = [""]
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            sections.append("")
        elif isinstance(block, (Paragraph, BulletList)):
            items = [block.inlines] if isinstance(block, Paragraph) else block.items
            sections[-1] += " ".join(
                "".join(i.text for i in it if isinstance(i, Run)) for it in items
            )
    said = [text for text in sections if "Medpark" in text]
    assert said
    for text in said:
        assert text.find(full) == text.find("Medpark") - len(full) + len("Medpark)"), text
        assert re.search(rf"(?:^|[Tt]he ){re.escape(full)}", text), text


def test_a_points_section_says_its_own_words_before_its_points() -> None:
    """合作机会 opens with the template's words that make the facts below an offer."""
    blocks = list(build("talking-points", "zh", ("sip",), "external").blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "合作机会")
    lead, points = blocks[at + 1], blocks[at + 2]
    assert isinstance(lead, Paragraph) and "可以提供支持" in lead.inlines[0].text  # type: ignore[union-attr]
    assert isinstance(points, BulletList) and points.items


@pytest.mark.parametrize(("lang", "short", "full"), [("zh", r"(?<!工业)园区", "园区"),
                                                    ("en", r"\bSIP\b", "SIP")])  # fmt: skip
def test_points_on_two_places_say_a_place_short_only_after_a_point_on_it(
    lang: str, short: str, full: str
) -> None:
    """Heard one by one, 园区 after a point on 高新区 would be taken for 高新区: a point on
    SIP says 苏州工业园区 unless the point before it spoke of SIP."""
    document = build("talking-points", lang, ("sip", "snd"), "external")
    lists = [b.items for b in document.blocks if isinstance(b, BulletList)]
    for items in lists:
        said = ["".join(i.text for i in item if isinstance(i, Run)) for item in items]
        for before, point in zip(["", *said], said, strict=False):
            bare = re.sub(r"苏州工业园区|Suzhou Industrial Park( \(SIP\))?", "", point)
            if re.search(short, bare):
                assert full in before or "Suzhou Industrial Park" in before, (before, point)
    assert sum(len(items) for items in lists) >= 6


@pytest.mark.parametrize(("lang", "edition"), [("en", "external"), ("zh", "internal")])
def test_each_offer_opens_with_what_it_offers(lang: str, edition: str) -> None:
    """合作机会 points each open with their theme's label (资本对接：/ Capital:), a second offer
    of the same kind right after the first, said on its own breath under the same label; red
    in a brief only on its masthead, so a brief's label is plain."""
    labels = {"zh": ("资本对接：", "科研合作：", "创业孵化：", "成果转化："),
              "en": ("Capital: ", "Research partners: ", "Incubation: ",
                     "Technology transfer: ")}[lang]  # fmt: skip
    for region in ("suzhou", "snd"):
        blocks = list(build("talking-points", lang, (region,), edition).blocks)
        title = {"zh": "合作机会", "en": "Opportunities to work together"}[lang]
        at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title)
        points = blocks[at + 2]
        items = points.items if isinstance(points, BulletList) else (points.inlines,)  # type: ignore[union-attr]
        leads = [item[0] for item in items]
        assert all(isinstance(r, Run) and r.text in labels for r in leads), leads
        assert all(r.strong == (edition == "external") for r in leads)  # type: ignore[union-attr]
        said = [r.text for r in leads]  # type: ignore[union-attr]
        grouped = [label for i, label in enumerate(said) if i == 0 or said[i - 1] != label]
        assert len(grouped) == len(set(grouped)) >= 2  # offers of one kind stand together
        assert not any(r.text in labels for item in items for r in item[1:] if isinstance(r, Run))


def test_a_two_region_sheet_groups_its_tiles_under_unnumbered_region_names() -> None:
    document = build("fact-sheet", "en", ("sip", "suzhou"), "external")  # each has its own
    blocks = list(document.blocks)
    at = [i for i, b in enumerate(blocks) if isinstance(b, KeyFigures)]
    headings = [blocks[i - 1] for i in at]
    assert len(at) == 2 and all(isinstance(h, Heading) and not h.number for h in headings)
    assert headings[0].text.startswith("Suzhou Industrial Park")  # type: ignore[union-attr]


def test_a_charts_notes_end_with_a_stop_and_a_stock_is_dated_to_date() -> None:
    """资料来源：…。 ending as a sentence; shares of a whole that leave 8% of it say how many
    are shown, that they add up to 92% and that the rest is not itemised (a bare "合计92%"
    leaves a reader asking about the rest), with no bar of our own arithmetic for the rest;
    and 重点人才计划入选人数
    （截至2023年）: a count to date, not one year's intake."""
    figures = [b for template, regions in (("full-briefing", ("sip", "snd")),
                                            ("fact-sheet", ("sip",)))
               for b in build(template, "zh", regions, "external").blocks
               if isinstance(b, Figure)]  # fmt: skip
    assert figures
    assert all(f.source_line.endswith("。") or "。" not in f.source_line for f in figures)
    assert any("图中所列3项合计占92%，其余未单列。" in f.source_line for f in figures)
    assert not any("其他" in f.alt for f in figures)
    assert any(f.caption.endswith("（截至2023年）") for f in figures)


def test_a_city_overview_does_not_open_with_a_districts_years() -> None:
    """SIP's 32 years of development are SIP's: the city's lead paragraph does not open with
    them (SIP's own briefing does)."""
    city = build("full-briefing", "zh", ("suzhou",), "external")
    lead = next(b for b in city.blocks if isinstance(b, Paragraph) and b.style == "lead")
    assert "1994年" not in "".join(i.text for i in lead.inlines if isinstance(i, Run))
    sip = build("full-briefing", "zh", ("sip",), "external")
    lead = next(b for b in sip.blocks if isinstance(b, Paragraph) and b.style == "lead")
    assert "自1994年开始开发建设" in "".join(i.text for i in lead.inlines if isinstance(i, Run))


def test_an_abbreviation_said_with_a_vowel_takes_an() -> None:
    """ "Sepax, an SIP company", as the letter is said "ess"; "a Suzhou Industrial Park
    company" in full."""
    from desktop_app.assemble.citations import Citations
    from desktop_app.assemble.context import Context
    from desktop_app.assemble.narrative import shortened
    from desktop_app.assemble.selection import select

    base = WORKSPACE.base
    selection = select(base, ("sip",), (), frozenset(), "external", "en")
    ctx = Context(base, WORKSPACE.template("fact-sheet"), selection, "en", "2026-12-02",
                  Citations(base, "en"))  # fmt: skip
    text = "Sepax, a Suzhou Industrial Park company, listed in 2025."
    assert shortened(ctx, text, introduce=True) == text.replace(
        "Park company", "Park (SIP) company"
    )
    assert shortened(ctx, text) == "Sepax, an SIP company, listed in 2025."


def test_a_limit_on_statements_does_not_cut_a_sentence_short() -> None:
    """SIP's investment section holds eight statements; the 66% written to run on from the 12%
    is said with it, not left to a stray line after another company's ranking."""
    text = " ".join(running_text(build("full-briefing", "zh", ("sip",), "external")))
    assert "带资落户项目占12%，其中获得千万元级融资的企业占66%" in text


def test_a_parks_profile_reads_as_paragraphs() -> None:
    """Medpark's short statements from one article stand in a few paragraphs, not one a line."""
    paragraphs = _profile(
        build("full-briefing", "zh", ("snd",), "external"), "江苏医疗器械科技产业园"
    )
    sentences = sum(p.count("。") for p in paragraphs)
    assert sentences >= 6 and len(paragraphs) <= sentences / 2


def test_tiles_that_share_a_date_give_it_once_in_their_heading() -> None:
    """Six tiles of SND's returnee park, all of 7 August 2023: the date stands in the heading
    once, not under each tile."""
    blocks = list(build("full-briefing", "zh", ("snd",), "external").blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, KeyFigures))
    heading, tiles = blocks[at - 1], blocks[at].tiles  # type: ignore[union-attr]
    assert heading.text.endswith("（截至2023年8月）")  # type: ignore[union-attr]
    assert len(tiles) > 1 and not any(t.detail for t in tiles)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_sheets_tiles_all_of_one_park_name_it_once_above_them(lang: str) -> None:
    """SND's sheet shows its returnee park's figures: the park and their one date once, in a
    plain heading, not '(Pioneer Park)' and the park's name and date on each of six tiles."""
    document = build("fact-sheet", lang, ("snd",), "external")
    blocks = list(document.blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, KeyFigures))
    heading = blocks[at - 1]
    park = WORKSPACE.base.regions["snd-returnee-park"]
    assert isinstance(heading, Heading) and not heading.number
    assert heading.text.startswith(park.name.get(lang)) and "2023" in heading.text
    for tile in blocks[at].tiles:  # type: ignore[union-attr]
        assert tile.detail == "" and tile.sources, tile  # its source after its label
        assert park.short_name(lang).removeprefix("the ") not in tile.label


def test_a_places_table_gives_its_main_figures_only() -> None:
    """In the city's briefing SIP is one place among several: its tables give its eight main
    figures, not every figure the park briefing has (it had 16 rows over three pages); the
    four of its guidance fund stand in a table of their own, captioned with the fund's name
    rather than "(SIP guidance fund)" on every row."""
    from desktop_app.assemble.themes import PLACE_TABLE_ROWS

    document = build("full-briefing", "en", ("suzhou",), "external")
    tables = [b for b in document.blocks if isinstance(b, Table)]
    sip = [
        t for t in tables if t.caption.startswith("Table") and "Suzhou Industrial Park" in t.caption
    ]
    assert sip and all(len(t.rows) <= PLACE_TABLE_ROWS for t in tables)
    assert sum(len(t.rows) for t in sip) == PLACE_TABLE_ROWS  # it has more: the cap chose
    fund = next(t for t in sip if t.caption.endswith(": SIP guidance fund (as of 2023)"))
    labels = [inline_text(row[0]) for row in fund.rows]
    assert len(labels) == 4 and not any("guidance fund)" in label for label in labels)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_table_of_figures_of_one_date_gives_the_date_in_its_caption(lang: str) -> None:
    """A table whose figures are all of one date (the returnee park's, 截至2023年8月) says it
    once, in the caption, not in a column repeating it on every row; a table of several dates
    keeps the column."""
    time = {"zh": "时间", "en": "Date"}[lang]
    tables = [b for regions in (("suzhou",), ("snd",), ("sip", "snd"))
              for b in build("full-briefing", lang, regions, "external").blocks
              if isinstance(b, Table)]  # fmt: skip
    one_date = [t for t in tables if time not in [c.title for c in t.columns]]
    several = [t for t in tables if time in [c.title for c in t.columns]]
    assert tables  # (every table of these has figures of several dates now)
    for table in one_date:
        assert re.search(r"（截至\d{4}年[^）]*）$| \(as of [^)]+\)$", table.caption), table.caption
    for table in several:
        at = [c.title for c in table.columns].index(time)
        cells = {"".join(r.text for r in row[at] if isinstance(r, Run)) for row in table.rows}
        assert len(cells) > 1


def test_an_opening_tells_the_districts_own_before_a_park_inside_it() -> None:
    """SND's opening points: the district's own (its place in Jiangsu's plan, its two places on
    Jiangsu's list) first, then its returnee park's figures, which a listener can place only
    once the district is said."""
    document = build("talking-points", "zh", ("snd",), "external")
    blocks = list(document.blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "开场")
    points = next(b for b in blocks[at:] if isinstance(b, BulletList))
    said = ["".join(i.text for i in item if isinstance(i, Run)) for item in points.items]
    district = [i for i, p in enumerate(said) if "高新区" in p and "创业园" not in p]
    park = [i for i, p in enumerate(said) if "创业园" in p]
    assert district and park and max(district) < min(park), said


@pytest.mark.parametrize(
    ("lang", "shared", "other", "once"),
    [
        ("zh", "（截至2025年）", "（截至2023年8月）", "以下数据除特别说明外，均截至2025年。"),
        (
            "en",
            " (as of 2025)",
            " (as of August 2023)",
            "Figures are as of 2025 unless I say otherwise.",
        ),
    ],
)
def test_the_date_most_points_share_is_said_once_and_others_at_their_end(
    lang: str, shared: str, other: str, once: str
) -> None:
    """A point is heard on its own, and a colleague reads the brief the night before: a point
    without its date sounds like today's figure. But （截至2025年）[1] on every point reads
    stale aloud (round 15): the date most points share is said once, in the opening, for all
    of them; a point of another date says it, at its end, before its marker (…（截至2023年8月）
    ³。): a point that opens 截至2023年 / As of 2023 is a date before it is a message."""
    document = build("talking-points", lang, ("suzhou",), "external")
    lead = next(b for b in document.blocks if isinstance(b, Paragraph) and b.style == "lead")
    assert inline_text(lead.inlines).endswith(once)
    points = [p for b in document.blocks if isinstance(b, BulletList) for p in b.items]
    texts = ["".join(i.text for i in p if isinstance(i, Run)) for p in points]
    assert not any(shared in t for t in texts) and any(other in t for t in texts), texts
    for point, text in zip(points, texts, strict=True):
        assert not re.match(r"(\w+：|[A-Z][a-z ]+: )?(截至\d{4}年|As of \d{4})", text), text
        if other in text:  # the date closes the point's last clause, before its marker
            at = max(i for i, part in enumerate(point) if not isinstance(part, Run))
            assert isinstance(point[at - 1], Run) and point[at - 1].text.rstrip(".").endswith(
                other.strip()
            ), point


def test_a_place_said_as_of_the_date_said_once_is_said_in_the_present_only_while_news() -> None:
    """Said under "Figures are as of …", a point opening with a place (one subject) says where
    it stands in the present, in each clause on it, while its figure is under a year old; a
    plural subject keeps its verb. A figure of August 2023, heard in December 2026, keeps its
    past tense: "has" would be heard as today's (round 16)."""
    from desktop_app.assemble.narrative import as_of_now

    text = " ".join(running_text(build("talking-points", "en", ("snd",), "external")))
    assert "Figures are as of August 2023 unless I say otherwise." in text
    assert "The Pioneer Park had built a talent network" in text and " has built" not in text
    plural = [Run("Five SIP enterprises had been named on the list.")]
    assert as_of_now(plural, ("SIP", "Suzhou")) == plural  # type: ignore[arg-type]
    later = as_of_now([Run("SIP was home to 10 firms, and had 2 more.")], ("SIP",))  # type: ignore[arg-type]
    assert inline_text(tuple(later)) == "SIP is home to 10 firms, and has 2 more."
    longest = as_of_now(
        [Run("Suzhou New District had a fund; it had 2.")], ("Suzhou", "Suzhou New District")
    )  # type: ignore[arg-type]
    assert inline_text(tuple(longest)) == "Suzhou New District has a fund; it has 2."


@pytest.mark.parametrize("template", ["full-briefing", "fact-sheet"])
def test_unicorn_counts_are_told_in_words_not_set_as_tiles(template: str) -> None:
    """180 (recognised at any level, to 2023) as a headline beside 10 and 90 (Jiangsu's 2024
    assessment) reads as a contradiction: counts of companies on lists are told in words, each
    with its list, and the tiles are the park's own figures."""
    document = build(template, "en", ("sip",), "external")
    labels = [t.label for b in document.blocks if isinstance(b, KeyFigures) for t in b.tiles]
    assert labels and not any("unicorn" in label.lower() or "gazelle" in label.lower()
                              for label in labels)  # fmt: skip
    if template == "full-briefing":
        assert "180 companies in SIP had been recognised at various levels" in dump(document)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_opening_on_two_districts_speaks_of_both(lang: str) -> None:
    """Talking points on SIP and SND open with both: each district (or a park inside it) has a
    point, not three of SIP's."""
    request = BriefingRequest(regions=("sip", "snd"), template="talking-points", lang=lang,  # type: ignore[arg-type]
                              edition="external", date="2026-12-02")  # fmt: skip
    document = WORKSPACE.build(request)
    blocks = list(document.blocks)
    title = {"zh": "开场", "en": "Opening"}[lang]
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title)
    points = next(b for b in blocks[at:] if isinstance(b, BulletList))
    said = ["".join(i.text for i in item if isinstance(i, Run)) for item in points.items]
    places = [WORKSPACE.base.regions[r] for r in WORKSPACE.base.region_subtree("snd")]
    snd = {n for p in places for n in (p.name.get(lang), p.short_name(lang), *p.aliases) if n}
    snd.add("Suzhou New District")
    assert any(any(name in point for name in snd) for point in said), said


def test_a_places_short_statements_from_two_sources_fill_one_paragraph() -> None:
    """SIBET's profile in the SND briefing: one of the CAS institutions in Suzhou (a 2025
    article) and its fund's first phase (a 2023 article) are one paragraph, each cited, not
    two one-line paragraphs."""
    blocks = list(build("full-briefing", "zh", ("snd",), "external").blocks)
    at = next(i for i, b in enumerate(blocks)
              if isinstance(b, Heading) and b.text.startswith("中国科学院苏州生物医学工程"))  # fmt: skip
    said = blocks[at + 1]
    assert isinstance(said, Paragraph) and not isinstance(blocks[at + 2], Paragraph)
    text = inline_text(said.inlines)
    assert "中国科学院在苏州的载体机构之一" in text and "首期规模为1亿元" in text
    assert len(re.findall(r"\[\d+\]", text)) == 2


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_strengths_do_not_say_the_other_half_of_an_opening_point(lang: str) -> None:
    """SIP's opening says its 10 Jiangsu unicorns (the province's 2024 assessment) and its
    1,000 new projects; the strengths do not then say the 59 on the potential unicorn list or
    the new projects' shares by field, from the same passages: heard apart, they sound like
    the opening said twice. The Shanghai University centre's address is no strength."""
    text = dump(build("talking-points", lang, ("sip",), "internal"))
    opening = {"zh": ("10家企业入选江苏省独角兽企业", "新增科技项目超过1000个"),
               "en": ("Six SIP enterprises, including Abogen and PatSnap",
                      "more than 1,000 new technology")}[lang]  # fmt: skip
    later = {"zh": ("59家企业登上中国潜在独角兽", "三大新兴领域占76%"),
             "en": ("59 companies", "76%", "Jiangsu unicorns")}[lang]  # fmt: skip
    assert all(said in text for said in opening)
    assert not any(said in text for said in later)
    city = dump(build("talking-points", lang, ("suzhou",), "external"))
    assert ("2.5产业园" if lang == "zh" else "2.5 Industrial Park") not in city


def test_a_citys_briefing_tells_its_districts_and_parks_in_brief() -> None:
    """In the city's briefing SIP and SND are parts of the city: each place in a few
    statements and its main figures, without the district's own charts (they had filled
    half the briefing)."""
    from desktop_app.assemble.themes import CITY_PROFILE_FACTS

    document = build("full-briefing", "zh", ("suzhou",), "external")
    blocks = list(document.blocks)
    at = next(
        i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "重点区域与载体"
    )
    places = blocks[at + 1 :]
    assert not any(isinstance(b, Figure) for b in places)
    statements: list[int] = []
    for block in places:
        if isinstance(block, Heading):
            statements.append(0)
        elif isinstance(block, Paragraph) and statements:
            statements[-1] += len(re.findall("[。；]", inline_text(block.inlines)))
    assert len(statements) >= 4 and max(statements) <= CITY_PROFILE_FACTS + 2


def test_a_chart_sets_a_tiles_figure_beside_its_like() -> None:
    """SIP's 278 national experts are a tile; the talent chart still draws them beside the
    322 and 659 of two other programmes, three bars, rather than two without them."""
    document = build("full-briefing", "zh", ("sip",), "external")
    tiles = [t.value for b in document.blocks if isinstance(b, KeyFigures) for t in b.tiles]
    charts = [b for b in document.blocks if isinstance(b, Figure)]
    talent = next(f for f in charts if "重点人才计划" in f.caption)
    assert "278" in tiles and talent.alt.count(": ") == 3 and "278" in talent.alt


def test_what_our_side_should_know_gives_its_one_date_once() -> None:
    """The brief's 内部掌握: three things SIP said at its February 2025 meeting, newest first,
    the date said by the first only, not 2025年2月，…园区提出 three times running."""
    blocks = list(build("talking-points", "zh", ("sip",), "internal").blocks)
    at = next(i for i, b in enumerate(blocks)
              if isinstance(b, Heading) and b.text.startswith("内部掌握"))  # fmt: skip
    points = blocks[at + 1]
    assert isinstance(points, BulletList) and len(points.items) >= 2
    said = [inline_text(item) for item in points.items]
    assert said[0].startswith("2025年2月，")
    assert not any(re.match(r"\d{4}年", s) for s in said[1:]), said


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "超过3600家；该园拥有国家高新技术企业282家、上市企业7家、独角兽（含培育）企业6家"),
    ("en", "3,600 technology enterprises in total; it had 282 national high-tech enterprises, "
           "7 listed companies, and 6 companies"),
])  # fmt: skip
def test_a_parks_counts_from_one_passage_are_one_sentence(lang: str, said: str) -> None:
    """The returnee park's 3,600 firms, 282 high-tech firms, 7 listed companies and 6
    unicorns are one sentence, not four that each open with the park's name."""
    text = dump(build("full-briefing", lang, ("suzhou",), "external"))
    assert said in text


@pytest.mark.parametrize(
    ("edition", "said"),
    [
        ("internal", "带资落户项目占12%，同比增长4%（慎用），其中获得千万元级融资的企业占66%"),
        ("external", "带资落户项目占12%，其中获得千万元级融资的企业占66%"),
    ],
)
def test_two_run_ons_of_one_figure_both_go_on_from_it(edition: str, said: str) -> None:
    """The 12% of capital-backed projects has two facts written to go on from it: its growth
    (internal only) and the share of them with large financing. Both are said in its
    sentence, the short one first; neither stands apart as a sentence of its own."""
    text = "".join(running_text(build("full-briefing", "zh", ("sip",), edition)))
    assert said in text
    assert "2024年园区带资落户项目在新增科技项目中的占比同比增长4%" not in text


@pytest.mark.parametrize("regions", [("sip",), ("suzhou",)])
def test_points_said_aloud_are_current_while_there_are_enough(regions: tuple[str, ...]) -> None:
    """Heard, a 2020 ranking is taken for today's, and where a centre is located is no
    strength: with three or more current facts to say, the strengths are those alone."""
    document = build("talking-points", "zh", regions, "external")
    blocks = list(document.blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "我方优势")
    points = next(b for b in blocks[at:] if isinstance(b, BulletList))
    said = [inline_text(item) for item in points.items]
    assert len(said) >= 3
    assert not [p for p in said if re.search(r"20(1\d|20|21|22)年", p)], said
    assert not [p for p in said if "设在" in p], said  # no "is located in" point


def test_a_sheets_points_each_say_their_date() -> None:
    """Read one by one on a sheet, each point gives its own date (截至2023年，园区拥有…322人),
    not only the first of those that share it, as points heard together do."""
    document = build("fact-sheet", "zh", ("sip",), "external")
    lists = [b for b in document.blocks if isinstance(b, BulletList)]
    said = [inline_text(item) for b in lists for item in b.items]
    assert said and all(re.search(r"20\d\d", p) for p in said), (
        said
    )  # (“2023中国独角兽” dates its list)


@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "（仅为该园数据，截至2023年8月）"), ("en", " (this park only, as of August 2023)")],
)
def test_a_parks_tiles_beside_a_districts_say_they_are_the_parks_only(lang: str, said: str) -> None:
    """On a fact sheet on two districts, which has no room for a park's profile, SND's returnee
    park's tiles stand beside SIP's, saying they are the park's only."""
    blocks = list(build("fact-sheet", lang, ("sip", "snd"), "external").blocks)
    headings = [b.text for i, b in enumerate(blocks[:-1])
                if isinstance(b, Heading) and isinstance(blocks[i + 1], KeyFigures)]  # fmt: skip
    assert len(headings) == 2 and headings[1].endswith(said) and said not in headings[0]


@pytest.mark.parametrize("regions", [("sip",), ("snd",), ("sip", "snd"), ("suzhou",)])
def test_a_sentence_that_gives_its_year_is_not_tagged_with_it_again(
    regions: tuple[str, ...],
) -> None:
    """…公布了2022年度…十大创新案例，高新区占其中两席（2022年）: the year the sentence has
    given is not added again at its end when the part that goes on from it is old."""
    document = build("full-briefing", "zh", regions, "internal")
    text = "".join(inline_text(b.inlines) for b in document.blocks
                   if isinstance(b, Paragraph) and b.style != "small")  # not the notes  # fmt: skip
    for sentence in re.split(r"(?<=。)", text):
        for year in re.findall(r"（(\d{4})年）", sentence):
            assert sentence.count(year) == 1, sentence


def test_a_citys_brief_profile_of_a_district_tells_its_current_facts_first() -> None:
    """In Suzhou's briefing, SIP's few lines give its 2024 results on Jiangsu's lists (with
    what goes on from them), not only its 2020 output and 2021 digital-culture figures."""
    blocks = list(build("full-briefing", "zh", ("suzhou",), "external").blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 2
              and b.text == "苏州工业园区")  # fmt: skip
    end = next(i for i in range(at + 1, len(blocks)) if isinstance(blocks[i], Heading))
    text = "".join(inline_text(b.inlines) for b in blocks[at + 1 : end] if isinstance(b, Paragraph))
    assert "10家企业入选江苏省独角兽企业，90家企业入选江苏省潜在独角兽企业，141家" in text, text
    assert "2020年园区生物医药产业产值" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_what_our_side_should_know_dates_each_point_when_they_differ(lang: str) -> None:
    """The full briefing's 内部掌握 holds SIP's plans of February 2025 and of 2023: each
    paragraph gives its date, so that a colleague tells a current position from an old one
    (the brief's, all of one meeting, says its date once)."""
    blocks = list(build("full-briefing", lang, ("sip",), "internal").blocks)
    title = {"zh": "工作部署与目标", "en": "Plans and targets"}[lang]
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title)
    end = next(i for i, b in enumerate(blocks) if i > at and isinstance(b, Heading))
    said = [inline_text(b.inlines) for b in blocks[at + 1 : end] if isinstance(b, Paragraph)]
    assert len(said) >= 3 and all(re.search(r"20\d\d", p) for p in said), said
    assert any("2023" in p for p in said) and any("2025" in p for p in said)


def test_an_article_that_belongs_to_a_longer_name_stays() -> None:
    """ "the Suzhou Industrial Park Science and Technology Innovation Committee" shortens to
    "the SIP Science and Technology Innovation Committee", keeping the committee's article."""
    text = dump(build("full-briefing", "en", ("sip",), "internal"))
    assert "of the SIP Science and Technology Innovation Committee" in text


def test_points_for_our_side_on_two_districts_name_each_place_in_full() -> None:
    """In the SIP + SND brief, 园区提出… alone could be either district's park: each point of
    内部掌握 names 苏州工业园区 in full (within a point, 园区 may then refer back)."""
    blocks = list(build("talking-points", "zh", ("sip", "snd"), "internal").blocks)
    at = next(i for i, b in enumerate(blocks)
              if isinstance(b, Heading) and b.text.startswith("内部掌握"))  # fmt: skip
    said = [inline_text(item) for item in blocks[at + 1].items]  # type: ignore[union-attr]
    assert said and all("苏州工业园区" in p or "苏州高新区" in p for p in said), said
    assert not any(p.split("，", 1)[-1].startswith("园区") for p in said), said


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_districts_strengths_range_over_its_parks_and_each_district_is_heard(lang: str) -> None:
    """SND's facts are mostly its parks': its strengths are its parks' (a park is counted once
    with what runs on from it, not once a figure), not what it launched at a 2021 event; on
    SIP with SND, SND has strengths of its own beside SIP's current ones."""
    title = {"zh": "我方优势", "en": "Our strengths"}[lang]
    ours = {"zh": ("高新区", "留学人员创业园", "医疗器械"),
            "en": ("Suzhou New District", "Pioneer Park", "Medpark")}[lang]  # fmt: skip

    def strengths(regions: tuple[str, ...]) -> list[str]:
        blocks = list(build("talking-points", lang, regions, "external").blocks)
        at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title)
        block = blocks[at + 1]
        items = block.items if isinstance(block, BulletList) else (block.inlines,)  # type: ignore[attr-defined]
        return ["".join(i.text for i in item if isinstance(i, Run)) for item in items]

    alone = strengths(("snd",))
    assert alone and not any("2021" in point for point in alone), alone
    assert any(name in point for point in strengths(("sip", "snd")) for name in ours)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_name_with_a_comma_in_it_is_closed_by_one(template: str) -> None:
    """ "the Suzhou Institute of Biomedical Engineering and Technology, CAS, is one of…": the
    name's own comma opens an apposition a second closes; said short, "SIBET is one of…"."""
    for regions in (("snd",), ("sip", "snd")):
        text = " ".join(running_text(build(template, "en", regions, "internal")))
        assert not re.search(r", CAS [a-z]", text), template
        assert not re.search(r"SIBET, [a-z]", text), template


def test_an_official_term_is_explained_once_in_english_prose() -> None:
    """ "enterprises above designated size", "national high-tech enterprises", "STAR Market":
    a foreign reader is told what each means where the briefing first uses it, once, in words
    without a figure; points said aloud and Chinese text are left as they are."""
    from desktop_app.assemble.glossary import GLOSSES

    assert not any(re.search(r"\d", gloss) for gloss in GLOSSES.values())
    for regions in (("sip",), ("suzhou",)):
        text = " ".join(running_text(build("full-briefing", "en", regions, "external")))
        used = [t for t in GLOSSES if t in text]
        assert used, regions
        for term in used:
            explained = f"{term} ({GLOSSES[term].replace(chr(39), '’')})"
            assert text.count(explained) == 1, (term, regions)
            assert text.index(explained) == text.index(term)  # where it is first used
    points = " ".join(running_text(build("talking-points", "en", ("suzhou",), "external")))
    chinese = " ".join(running_text(build("full-briefing", "zh", ("sip",), "external")))
    assert not any(g in points or g in chinese for g in GLOSSES.values())


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_coined_name_takes_no_article_when_said_short(template: str) -> None:
    """ "Medpark is a national-level…", not "The Medpark is…"; "the Suzhou branch of…" keeps
    its article, Suzhou being the city's own name."""
    for regions in (("snd",), ("suzhou",)):
        text = " ".join(running_text(build(template, "en", regions, "external")))
        assert not re.search(r"\b[Tt]he Medpark\b", text), template


def test_a_citys_points_open_with_the_honour_it_has_held_for_years() -> None:
    """连续13年跻身“外籍人才眼中最具吸引力的中国城市”: the city's own standing, held years
    running, is among its strongest lines, said in the opening, not left for a bank's app."""
    points = running_text(build("talking-points", "zh", ("suzhou",), "external"))
    opening = points[1:4]
    assert any("连续13年" in p for p in opening), opening


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_sheets_highlights_on_one_park_stand_together(lang: str) -> None:
    """SND's sheet: the district's own highlights, then each park's together (the returnee
    park's were scattered among Medpark's and the district's)."""
    document = build("fact-sheet", lang, ("snd",), "external")
    items = next(b for b in document.blocks if isinstance(b, BulletList)).items
    said = ["".join(i.text for i in item if isinstance(i, Run)) for item in items]
    park = WORKSPACE.base.regions["snd-returnee-park"]
    names = (park.name.get(lang), park.short_name(lang).removeprefix("the "))
    at = [i for i, text in enumerate(said) if any(n in text for n in names)]
    assert len(at) >= 2 and at == list(range(at[0], at[0] + len(at))), said


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_two_districts_points_tell_one_district_then_the_other(lang: str) -> None:
    """SIP with SND: a section's points on SIP, then those on SND, not the two by turns."""
    title = {"zh": "我方优势", "en": "Our strengths"}[lang]
    blocks = list(build("talking-points", lang, ("sip", "snd"), "external").blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title)
    items = blocks[at + 1].items  # type: ignore[attr-defined]
    said = ["".join(i.text for i in item if isinstance(i, Run)) for item in items]
    sip = ("苏州工业园区", "园区") if lang == "zh" else ("Suzhou Industrial Park", "SIP")
    places = ["sip" if any(n in p for n in sip) and "高新区" not in p else "snd" for p in said]
    assert "sip" in places and "snd" in places
    assert places == sorted(places, key=["sip", "snd"].index), said


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_unicorn_counts_from_different_lists_are_said_once_not_to_compare(lang: str) -> None:
    """Five on one national list, 59 on another, six on Hurun's, 180 by the park's own count:
    a reader asks how many unicorns SIP has. After the paragraph that gives the second kind of
    count, the briefing says once that they come from different lists and are not to be added
    up or compared; points said aloud do not carry it."""
    caveat = {"zh": "不宜相加", "en": "should not be added together"}[lang]
    family = WORKSPACE.base.metrics["gcic-china-unicorns"].family
    assert family is not None
    for regions in (("sip",), ("sip", "snd")):
        document = build("full-briefing", lang, regions, "external")
        said = running_text(document)
        at = [i for i, text in enumerate(said) if caveat in text]
        assert len(at) == 1, regions
        # a note of ours, in fine print after the paragraph: not the sources' words
        blocks = list(document.blocks)
        note = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph)
                    and caveat in "".join(r.text for r in b.inlines if isinstance(r, Run)))  # fmt: skip
        assert blocks[note].style == "small" and isinstance(blocks[note - 1], (Paragraph, Table))
        assert said[at[0]].startswith(("注：", "Note: "))
        # after every list its section gives (Hurun's too, told after the 2025 listings), so
        # that it covers them all
        word = "独角兽" if lang == "zh" else "nicorn"
        for block in blocks[note + 1 :]:
            if isinstance(block, Heading):
                break
            assert not (isinstance(block, Paragraph) and word in inline_text(block.inlines))
        metrics = {WORKSPACE.base.metrics[f.metric].family for f in WORKSPACE.base.facts
                   if f.id in document.facts and f.metric} - {None}  # fmt: skip
        assert family in metrics
    points = " ".join(running_text(build("talking-points", lang, ("sip",), "external")))
    assert caveat not in points


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_old_events_signings_are_history_not_a_strength(lang: str) -> None:
    """68 projects signed at SND's October 2021 promotion event in Shenzhen, said aloud or
    headlined in December 2026, is history: readers asked why a five-year-old signing was a
    strength. The points and the fact sheet leave it out; the full briefing still tells it,
    dated, as what happened."""
    signed = {"zh": "签约68个重点项目", "en": "68 key projects"}[lang]
    for template in ("talking-points", "fact-sheet"):
        for regions in (("snd",), ("sip", "snd")):
            text = "".join(running_text(build(template, lang, regions, "external")))
            assert signed not in text, (template, regions)
    assert signed in "".join(running_text(build("full-briefing", lang, ("snd",), "external")))


def test_english_says_statements_sharing_a_date_as_sentences_of_their_own() -> None:
    """Suzhou's overview gave four 2025 statements as one nine-line sentence held together by
    semicolons, each clause opening "Suzhou has…". In English each is a sentence of its own,
    the date they share said once, by the first."""
    paragraphs = running_text(build("full-briefing", "en", ("suzhou",), "external"))
    assert not re.search(r"; (Suzhou|SIP|the city) (is|has|had|was) ", " ".join(paragraphs))
    overview = paragraphs[0]
    assert overview.count("As of 2025, ") == 1 and overview.count(". Suzhou ") >= 2, overview


@pytest.mark.parametrize("region", ["sip", "suzhou", "snd"])
def test_a_chinese_tiles_scale_is_part_of_its_number(region: str) -> None:
    """超1万 over 家, not 超1 over 万家: a reader took the big 1 and the small 万 for two things."""
    document = build("full-briefing", "zh", (region,), "external")
    tiles = [t for b in document.blocks if isinstance(b, KeyFigures) for t in b.tiles]
    assert tiles and not any(t.unit.startswith(("万", "亿")) for t in tiles), tiles
    if region == "sip":
        assert any(t.value.endswith(("万", "亿")) for t in tiles), tiles


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_sheet_that_gives_two_unicorn_counts_says_they_differ(lang: str) -> None:
    """SIP's fact sheet gives its 10 Jiangsu unicorns (2024) and the 180 the park counts as
    unicorns or potential unicorns (2023), side by side: a reader asked which is right. Under
    the points, in fine print, it says they come from different lists."""
    document = build("fact-sheet", lang, ("sip",), "external")
    notes = [b for b in document.blocks if isinstance(b, Paragraph) and b.style == "small"]
    said = ["".join(r.text for r in b.inlines if isinstance(r, Run)) for b in notes]
    assert any(s.startswith(("注：以上独角兽", "Note: these unicorn counts")) for s in said), said


@pytest.mark.parametrize(
    ("lang", "whole"),
    [
        ("zh", "141家企业入选江苏省瞪羚企业，三项数量均居全省第一"),
        ("en", "Hurun Research Institute’s Global Unicorn Index 2024, 50% of Suzhou’s entries"),
    ],
)
def test_a_sheets_point_tells_its_measure_whole(lang: str, whole: str) -> None:
    """Read, not heard, SIP's sheet point on Jiangsu's 2024 assessment gives all three counts
    and the first place in the province; it had stopped after the 90 potential unicorns, and
    readers found the strongest claim missing. In English, the international list leads,
    with its share of the city's entries."""
    assert whole in " ".join(running_text(build("fact-sheet", lang, ("sip",), "external")))


def test_a_section_tells_what_its_region_plans_after_what_it_has_done() -> None:
    """SIP's 人才 section had its 2025 aim (拓展海外高层次人才项目的引进渠道) between its 2023
    figures and the 2007 programme: a plan follows what the region has done."""
    paragraphs = running_text(build("full-briefing", "zh", ("sip",), "external"))
    plan = next(i for i, p in enumerate(paragraphs) if "拓展海外高层次人才项目的引进渠道" in p)
    done = next(i for i, p in enumerate(paragraphs) if "科技领军人才创新创业工程" in p)
    assert done < plan


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_sections_chart_may_draw_what_the_overview_led_with(lang: str) -> None:
    """SIP's overview says 76% of its 2024 new projects were in three fields; the project-mix
    chart (76%, 8%, 8%) was then left out of the full briefing, since the text had said one of
    its shares, and readers asked why the sheet had a chart the briefing lacked. The overview
    is no reason: the investment section draws it, and does not say its 8% and 8% again."""
    document = build("full-briefing", lang, ("sip",), "external")
    caption = {"zh": "新增科技项目的产业构成", "en": "Share of new technology projects"}[lang]
    figures = [b for b in document.blocks if isinstance(b, Figure) and caption in b.caption]
    assert len(figures) == 1
    paragraphs = running_text(document)
    assert "76%" in paragraphs[0]
    assert not any("8%" in p for p in paragraphs[1:] if "高端装备" in p or "equipment" in p)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_programme_whose_period_is_over_is_history_for_a_visitor(lang: str) -> None:
    """SIP's three-year plan for its cultural industry ran 2021–2023: read in 2026, a visitor's
    edition does not offer it as what the park is doing; our own edition still tells it."""
    plan = "sip-culture-industry-three-year-plan-2021"
    for regions in (("sip",), ("sip", "snd"), ("suzhou",)):
        assert plan not in build("full-briefing", lang, regions, "external").facts
    assert plan in build("full-briefing", lang, ("sip",), "internal").facts
    # while it ran, a visitor heard of it
    request = BriefingRequest(regions=("sip",), template="full-briefing", lang=lang,  # type: ignore[arg-type]
                              date="2023-06-01", edition="external")  # fmt: skip
    assert plan in WORKSPACE.build(request).facts


def _section_of(document: Document, block: object) -> str:
    """The level-1 heading ``block`` stands under."""
    blocks = list(document.blocks)
    at = next(i for i, b in enumerate(blocks) if b is block)
    return next(b.text for b in reversed(blocks[:at]) if isinstance(b, Heading) and b.level == 1)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_visitors_tiles_are_current_figures(lang: str) -> None:
    """SIP has five current headline figures: a visitor's tiles leave its 2020 biomedicine
    output (six years old at the briefing's date) to the text, which still tells it."""
    external = build("full-briefing", lang, ("sip",), "external")
    metrics = {f.id: f.metric for f in WORKSPACE.base.facts}
    tiles = [b for b in external.blocks if isinstance(b, KeyFigures)]
    assert len(tiles) == 1 and len(tiles[0].tiles) >= 3
    shown = " ".join(t.label for t in tiles[0].tiles)
    assert "生物医药产业产值" not in shown and "Biomedicine output" not in shown, shown
    assert "biomedicine-industry-output" in {metrics[f] for f in external.facts}  # in words


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_old_signing_does_not_lead_the_overview(lang: str) -> None:
    """SND's 68 projects signed at a 2021 promotion event are history by 2026: its overview
    leads with what it is (the province's one medical-device district) and current figures;
    the signing is told, dated, in its investment section."""
    for regions in (("snd",), ("sip", "snd")):
        document = build("full-briefing", lang, regions, "external")
        leads = " ".join(inline_text(b.inlines) for b in document.blocks
                         if isinstance(b, Paragraph) and b.style == "lead")  # fmt: skip
        assert ("68个重点项目" if lang == "zh" else "68 key projects") not in leads
        assert ("总投资522亿元" if lang == "zh" else "52.2 billion yuan") in dump(document)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_project_mix_is_drawn_with_the_industries_and_not_said_again(lang: str) -> None:
    """The 2024 project mix by sector (76%, 8%, 8%) is the park's industry mix: its chart
    stands in the industries section, and the investment section does not say the 8% in
    words, though the facts are about the projects brought in."""
    document = build("full-briefing", lang, ("sip",), "external")
    title = (
        "新增科技项目的产业构成" if lang == "zh" else "Share of new technology projects by sector"
    )
    (figure,) = [b for b in document.blocks if isinstance(b, Figure) and title in b.caption]
    assert _section_of(document, figure) == ("产业" if lang == "zh" else "Industries")
    text = " ".join(running_text(document))
    assert "8%" not in text


@pytest.mark.parametrize("lang", ["zh"])  # in English, Hurun's list leads the overview
def test_a_fourth_unicorn_list_waits_behind_the_listings(lang: str) -> None:
    """SIP's enterprises section gives two unicorn counts (its own 180, Great Wall's list, with
    what runs on from it) and then its 2025 listing (Sepax on the STAR Market) before a further
    list (Hurun's), which it tells only with room to spare."""
    document = build("full-briefing", lang, ("sip",), "external")
    assert "sip-sepax-star-market-listing-2025" in document.facts
    text = running_text(document)
    sepax = "赛分科技" if lang == "zh" else "Sepax Technologies"
    hurun = "胡润" if lang == "zh" else "Hurun"
    listed = next(i for i, t in enumerate(text) if sepax in t)
    assert all(i > listed for i, t in enumerate(text) if hurun in t)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_chart_newer_than_the_words_opens_its_section(lang: str) -> None:
    """SIP's industries section: its 2024 project mix comes before its 2020 output and 2021
    figures."""
    document = build("full-briefing", lang, ("sip",), "external")
    blocks = list(document.blocks)
    heading = next(i for i, b in enumerate(blocks) if isinstance(b, Heading)
                   and b.text == ("产业" if lang == "zh" else "Industries"))  # fmt: skip
    assert isinstance(blocks[heading + 1], Figure)


def _section_texts(document: Document) -> dict[str, str]:
    """Each level-1 section's running text, by its heading."""
    texts: dict[str, str] = {}
    section = ""
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            section = block.text
        elif isinstance(block, Paragraph):
            texts[section] = texts.get(section, "") + inline_text(block.inlines)
    return texts


@pytest.mark.parametrize("edition", ["external", "internal"])
def test_what_happened_at_an_old_event_is_told_in_one_place(edition: str) -> None:
    """SND's 2021 Shenzhen promotion event: the signing, the bases launched and the platforms
    unveiled there had been told in three sections (industries, investment, platforms); history
    now, they are told together, where the event is."""
    texts = _section_texts(build("full-briefing", "zh", ("snd",), edition))
    told = [title for title, text in texts.items() if "推介会" in text and title != "数据说明"]
    assert told == ["招商引资与项目"], told


def test_a_theme_of_old_statements_alone_is_left_to_our_side() -> None:
    """SND's innovation platforms section held only a sports laboratory set up in 2021: a
    visitor's edition leaves it out; our own keeps it, and so does a briefing on that theme."""
    lab = "snd-deep-diving-lab-2021"
    external = build("full-briefing", "zh", ("snd",), "external")
    assert lab not in external.facts and "创新平台与科研院所" not in _section_texts(external)
    assert lab in build("full-briefing", "zh", ("snd",), "internal").facts
    request = BriefingRequest(regions=("snd",), themes=("platforms",), template="full-briefing",
                              lang="zh", date="2026-12-01", edition="external")  # fmt: skip
    chosen = _section_texts(WORKSPACE.build(request))
    assert "2021年" in chosen.get("创新平台与科研院所", "")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_old_events_launches_are_no_strength(lang: str) -> None:
    """The medical-device base SND launched at its 2021 Shenzhen promotion event is, like the
    projects signed there, history in 2026: no talking point offers it as a strength."""
    launched = "snd-medical-device-innovation-base-2021"
    for regions in (("snd",), ("sip", "snd")):
        for edition in ("external", "internal"):
            assert launched not in build("talking-points", lang, regions, edition).facts


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_opening_introduces_one_district_then_the_other(lang: str) -> None:
    """On SIP and SND the opening's points, like the strengths, tell SIP's, then SND's, not
    the two by turns."""
    document = build("talking-points", lang, ("sip", "snd"), "external")
    blocks = list(document.blocks)
    opening = next(b for b in blocks if isinstance(b, BulletList))
    snd = "高新区" if lang == "zh" else "New District"
    order = ["snd" if snd in inline_text(item) else "sip" for item in opening.items]
    assert "snd" in order and order == sorted(order, key=("sip", "snd").index), order


def test_a_subsection_is_numbered_under_its_sections_final_number() -> None:
    """The notes on the data are made last and numbered where they stand; the sections after
    them move up a number, and so do their subsections (12.1 under 12, not 11.1)."""
    document = build("full-briefing", "en", ("sip",), "internal")
    section = ""
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            section = block.number.strip()
        elif isinstance(block, Heading) and block.level == 2:
            assert block.number.startswith(f"{section}."), (section, block.number)
    assert any(isinstance(b, Heading) and b.text == "Plans and targets" for b in document.blocks)


def test_a_table_of_one_lists_figures_names_the_list_once() -> None:
    """SIP's English enterprises table: its four rows are all from Jiangsu's 2024 assessment,
    named once in the caption, not in brackets after every row."""
    document = build("full-briefing", "en", ("sip",), "external")
    table = next(b for b in document.blocks if isinstance(b, Table) and "Enterprise" in b.caption)
    assert table.caption.endswith(
        "Jiangsu's 2024 assessment of unicorn and gazelle enterprises (as of 2024)"
    )
    assert len(table.rows) == 4 and not any("(Jiangsu's" in inline_text(r[0]) for r in table.rows)


def test_a_date_said_once_is_true_of_most_points() -> None:
    """ "Unless I say otherwise" only where most points share the date: SIP's points are of
    2021, 2023, 2024 and 2025, so each says its own, and no opening claims one for all."""
    text = " ".join(running_text(build("talking-points", "zh", ("sip",), "external")))
    assert "除特别说明外" not in text and "（截至2023年）" in text


def test_a_parks_place_on_a_list_says_it_is_one_of_the_districts_entries() -> None:
    """SND's overview says it has two of Jiangsu's ten 2022 returnee-service cases; the park
    that is one of them says so (是苏州高新区入选的两个案例之一), so the leader reader no longer
    hears the same list told twice."""
    text = " ".join(running_text(build("full-briefing", "zh", ("snd",), "external")))
    assert "高新区占两席" in text and "是高新区入选的两个案例之一" in text
