"""Figures on the page are current: a measure is said once, at its newest date; dated figures
are marked in internal editions and come after current ones in the tiles; a ticked theme that
contributes nothing is not named; one-page sheets and talking points carry their sources."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.assemble.selection import current
from desktop_app.assemble.series import split
from desktop_app.assemble.wording import w
from desktop_app.model import BulletList, Heading, KeyFigures, Run, SourceList, SourceRef, dump
from tests.conftest import SEEDS
from tests.render.pdf_reading import read_pdf

WORKSPACE = Workspace(SEEDS, strict=True)


def build(**request: object) -> str:
    return dump(WORKSPACE.build(BriefingRequest(date="2026-12-01", **request)))  # type: ignore[arg-type]


def test_a_measure_is_said_once_at_its_newest_date() -> None:
    """Of two facts giving one stock measure for one region, the newer is stated and the older
    kept as its history (never dropped); flow figures for different periods likewise."""
    facts = WORKSPACE.base.facts
    old = next(f for f in facts if f.id == "sip-high-tech-enterprises-2023")
    new = replace(old, id="sip-high-tech-enterprises-2025", value=2600, as_of="2025")
    for order in ([old, new], [new, old]):
        assert split(current(order)) == ([new], {new.id: (old,)})
    flow = next(f for f in facts if f.period and f.metric and f.value is not None)
    year = int(flow.period[:4])  # type: ignore[index]
    later = replace(flow, id=f"{flow.id}-next", period=str(year + 1))
    assert current([flow, later]) == [flow, later]


def test_internal_editions_mark_dated_figures() -> None:
    """On 1 December 2026 a 2020 figure is about six years old and a 2021 one about five;
    internal editions say so, external ones give the year only."""
    internal = build(edition="internal")
    # the notes on the data's table of older figures: | 2021年的数据 | 约5年 | 注10、注11
    ages = re.findall(r"\| (20\d\d)年的数据 \| 约(\d)年 \| 注", internal)
    assert ages and all(int(age) == 2026 - int(year) for year, age in ages)
    assert {"5", "6"} & {age for _, age in ages}
    assert not re.search(r"2024年[^。\n]*距今约", internal)
    external = build(edition="external")
    assert "距今约" not in external


def test_tiles_prefer_current_figures() -> None:
    document = WORKSPACE.build(BriefingRequest(date="2026-12-01", regions=("snd",)))
    tiles = next(b for b in document.blocks if isinstance(b, KeyFigures)).tiles
    years = [int(m.group()) for t in tiles if (m := re.search(r"20\d\d", t.detail))]
    assert years == sorted(years, reverse=True) or min(years) >= 2023


@pytest.mark.parametrize("themes", [("talent", "events"), ("talent", "incubation")])
def test_a_ticked_theme_is_named_only_when_it_contributes(themes: tuple[str, str]) -> None:
    sheet = build(template="fact-sheet", themes=themes)
    masthead = next(line for line in sheet.splitlines() if "<masthead" in line)
    assert "人才" in masthead
    second = WORKSPACE.base.themes[themes[1]]
    facts = WORKSPACE.facts_in_scope(("sip",), (themes[1],), "external", "zh")
    # a statement's end survives the short names put into it: …共同主办第一届“苏创杯”创新创业大赛。
    said = any(f.statement.zh.rstrip("。")[-12:] in sheet for f in facts)
    assert (second.label.zh in masthead) == said, (masthead, said)


@pytest.mark.parametrize("regions", [("suzhou",), ("sip",), ("snd",), ("sip", "snd")])
@pytest.mark.parametrize("edition", ["internal", "external"])
def test_the_fact_sheet_is_one_page_with_its_sources(
    regions: tuple[str, ...], edition: str
) -> None:
    """Every region and edition, in both languages (the internal one holds more)."""
    for lang in ("zh", "en"):
        request = BriefingRequest(template="fact-sheet", lang=lang, date="2026-12-01",  # type: ignore[arg-type]
                                  regions=regions, edition=edition)  # type: ignore[arg-type]  # fmt: skip
        document = WORKSPACE.build(request)
        entries = next(b for b in document.blocks if isinstance(b, SourceList)).entries
        pages = read_pdf(WORKSPACE.render(document, "pdf")).pages
        assert len(pages) == 1
        assert all(entry[:12].replace(" ", "") in pages[0].replace(" ", "").replace("\n", "")
                   for entry in entries)  # fmt: skip


def test_talking_points_cite_the_sources_list_not_footnotes() -> None:
    for lang in ("zh", "en"):
        request = BriefingRequest(template="talking-points", lang=lang, date="2026-12-01")  # type: ignore[arg-type]
        document = WORKSPACE.build(request)
        assert document.footnotes == ()
        assert any(isinstance(b, SourceList) for b in document.blocks)
        text = dump(document)
        # a small superscript [1] where a footnote marker would stand: before 。, after "."
        assert re.search(r"\[\d\]。" if lang == "zh" else r"\.\[\d\]", text)
        items = [i for b in document.blocks if isinstance(b, BulletList) for i in b.items]
        assert any(isinstance(inline, SourceRef) for item in items for inline in item)
        assert not any("[" in inline.text for item in items for inline in item
                       if isinstance(inline, Run))  # fmt: skip
        assert any(isinstance(b, Heading) for b in document.blocks)


@pytest.mark.parametrize("regions", [("suzhou",), ("sip",), ("snd",), ("sip", "snd")])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("edition", ["internal", "external"])
def test_talking_points_fit_two_pages_of_short_grouped_points(
    regions: tuple[str, ...], lang: str, edition: str
) -> None:
    # With an issue number: the internal brief's masthead then has its issue line too.
    request = BriefingRequest(regions=regions, template="talking-points", lang=lang,  # type: ignore[arg-type]
                              edition=edition, date="2026-12-01", issue_number=12)  # type: ignore[arg-type]  # fmt: skip
    document = WORKSPACE.build(request)
    assert len(read_pdf(WORKSPACE.render(document, "pdf")).pages) <= 2
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    groups = {"zh": ["开场", "我方优势", "合作机会", "结束语"],
              "en": ["Opening", "Our strengths", "Opportunities to work together", "Closing"]}[lang]  # fmt: skip
    assert [h for h in headings if h in groups] == groups
    # Points said aloud take one breath; what is for our side only is read, in two at most.
    background = {
        "zh": "内部掌握（不对外宣读）",
        "en": "For internal reference (not to be read out)",
    }[lang]
    breaths = 1
    # what is said: not an offer's lead-in (资本对接。) nor the age noted for the speaker's eye
    labels = {w("point_label", lang, label=text.get(lang))
              for section in WORKSPACE.templates["talking-points"].sections
              for _, text in section.labels}  # fmt: skip
    unsaid = (
        r" ?\[\d+\]|（距今约\d+年）| \(about \d+ years ago\)|，距今约\d+年|, about \d+ years ago"
    )
    for block in document.blocks:
        if isinstance(block, Heading):
            breaths = 2 if block.text == background else 1
        for item in getattr(block, "items", ()):
            runs = [i.text for i in item if isinstance(i, Run)]
            said = re.sub(unsaid, "", "".join(runs[1:] if runs[0] in labels else runs))
            # two offers of one kind (资本对接：) are two points, each one breath
            longest = 62 * breaths if lang == "zh" else 32 * breaths
            assert (len(said) if lang == "zh" else len(said.split())) <= longest, said


def test_an_internal_edition_ages_figures_not_the_years_of_events() -> None:
    """The notes' older figures: 2021年的数据, 约5年 old; nothing for "launched in 2007", a date
    that does not age."""
    text = build(regions=("sip",), template="full-briefing", edition="internal")
    assert "| 2021年的数据 | 约5年 |" in text
    assert "2007年的数据" not in text and not re.search(r"2007年[^。]*距今约", text)


def test_the_internal_brief_leads_with_plans_that_say_what_will_be_done() -> None:
    """内部掌握 gives the delegation what it can use (the fair-competition rules that change
    what may be offered, the 5510 list to target) before an aim in general words."""
    text = build(regions=("sip",), template="talking-points", edition="internal")
    inside = text[text.index("内部掌握") :]
    assert "公平竞争审查条例" in inside and "5510" in inside
    assert "更有力的支撑" not in inside
