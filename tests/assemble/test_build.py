"""Assembling briefings: every template, language and region gives a sound document."""

from __future__ import annotations

import dataclasses
import re
import shutil
from functools import cache
from pathlib import Path

import pytest

from desktop_app.api import BriefingRequest, SelectionError, Workspace
from desktop_app.model import (
    Document,
    Figure,
    KeyFigures,
    Table,
    cited_notes,
    dump,
)
from tests.conftest import MINIMAL, SEEDS

WORKSPACE = Workspace(SEEDS, strict=True)
BASE = WORKSPACE.base
TEMPLATES = ("full-briefing", "fact-sheet", "talking-points")
DATE = "2025-07-15"


@cache
def build(
    template: str,
    lang: str,
    regions: tuple[str, ...] = ("sip",),
    themes: tuple[str, ...] = (),
    exclude: frozenset[str] = frozenset(),
) -> Document:
    request = BriefingRequest(
        regions=regions,
        themes=themes,
        template=template,
        lang=lang,  # type: ignore[arg-type]
        date=DATE,
        exclude=exclude,
    )
    return WORKSPACE.build(request)


def note_refs(document: Document) -> list[int]:
    return cited_notes(document)


def statements(document: Document) -> str:
    return dump(document)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("region", sorted(BASE.regions))
def test_every_region_template_and_language(template: str, lang: str, region: str) -> None:
    document = build(template, lang, (region,))
    assert document.blocks
    refs = note_refs(document)
    # Notes are first cited in order (Word numbers them so); a passage cited again keeps its
    # number, and a note is never cited twice in a row (one marker serves the run).
    assert list(dict.fromkeys(refs)) == list(range(1, len(document.footnotes) + 1))
    texts = {note.number: note.text for note in document.footnotes}
    assert len(set(texts.values())) == len(texts)  # no two notes cite the same passage
    assert all(note.text for note in document.footnotes)
    text = dump(document)
    assert not re.search(r"\{[a-z_]+\}", text), "a placeholder was left unfilled"
    for block in document.blocks:
        if isinstance(block, Figure):
            assert block.png.startswith(b"\x89PNG") and block.caption and block.source_line
    if template == "fact-sheet":
        assert sum(isinstance(b, Figure) for b in document.blocks) <= 2


def unmarked(text: str) -> str:
    """Dumped text without its footnote markers ([n]): a Chinese statement's marker stands
    before its closing 。 (GB/T 7714), so the statement reads whole only without it."""
    return re.sub(r"\[\d+\]", "", text)


def said(fact_id: str, lang: str) -> tuple[str, str]:
    """A statement as written, and as running text says it once SIP has been named."""
    statement = next(f for f in BASE.facts if f.id == fact_id).statement.get(lang)  # type: ignore[arg-type]
    statement = statement.rstrip("。.")  # an old figure's year may stand before the full stop
    full, short = ("苏州工业园区", "园区") if lang == "zh" else ("Suzhou Industrial Park", "SIP")
    return statement, statement.replace(full, short, 1)


def test_statements_are_the_facts_own_words() -> None:
    document = build("full-briefing", "en")
    text = dump(document)
    # (the park's 2,400 high-tech firms are a key-figure tile, and not said again in words)
    assert any(s in text for s in said("sip-biomedicine-enterprises-2021", "en"))
    assert build("full-briefing", "zh") != document
    zh = unmarked(dump(build("full-briefing", "zh")))
    assert any(s in zh for s in said("sip-biomedicine-enterprises-2021", "zh"))


def test_a_marker_stands_before_the_chinese_full_stop_and_after_the_english_one() -> None:
    """GB/T 7714 puts a note's number before the closing 。; English puts it after the stop."""
    for template in ("full-briefing", "talking-points"):
        for edition in ("internal", "external"):
            request = BriefingRequest(("sip", "snd"), template=template, date=DATE, edition=edition)
            zh = dump(WORKSPACE.build(request))
            assert not re.search(r"[。！？]\[\d+\]", zh), (template, edition)
            en = dump(WORKSPACE.build(dataclasses.replace(request, lang="en")))
            assert not re.search(r"\w\[\d+\]\.", en), (template, edition)
    zh, en = dump(build("full-briefing", "zh")), dump(build("full-briefing", "en"))
    assert re.search(r"[\u4e00-\u9fff%]\[\d+\]。", zh) and re.search(r"\.\[\d+\]", en)


def test_themes_restrict_the_content() -> None:
    text = unmarked(dump(build("full-briefing", "zh", themes=("talent",))))
    talent = BASE.theme_subtree("talent")
    for fact in BASE.facts:
        if fact.region == "sip" and fact.statement.zh in text:
            assert talent.intersection(fact.themes), fact.id
    assert "<h1>" in text and "人才" in text


def test_excluded_fact_is_left_out() -> None:
    fact = "sip-biomedicine-enterprises-2021"
    kept = unmarked(dump(build("full-briefing", "zh")))
    dropped = unmarked(dump(build("full-briefing", "zh", exclude=frozenset({fact}))))
    assert any(s in kept for s in said(fact, "zh"))
    assert not any(s in dropped for s in said(fact, "zh"))


def test_regions_at_different_levels_are_not_compared() -> None:
    """SIP (a district) and the Pioneer Park (a park in another district) both count national
    high-tech firms, but setting a district's total beside a park's invites a false reading."""
    for lang in ("zh", "en"):
        document = build("full-briefing", lang, ("sip", "snd-returnee-park"))
        assert not [b for b in document.blocks if isinstance(b, Table) and "可比" in b.caption]
        assert "Regions compared" not in dump(document) and "区域对比" not in dump(document)


def test_regions_without_shared_measures_are_not_paired() -> None:
    """Nothing to compare: the section is left out, not filled with an apology."""
    text = dump(build("full-briefing", "en", ("sip", "snd")))
    assert "Regions compared" not in text
    assert "Measures the chosen regions share" not in text


def test_regions_sharing_a_metric_are_compared(tmp_path: Path) -> None:
    folder = tmp_path / "base"
    shutil.copytree(MINIMAL, folder)
    facts = folder / "facts" / "a.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8")
        + "  - id: other-talents\n    region: other\n    themes: [talent]\n"
        "    metric: talents\n    value: 15000\n    unit: person\n    qualifier: exact\n"
        "    figure: 1.5万人\n    period: null\n    as_of: 2023\n    statement:\n"
        "      zh: 高新区人才1.5万人。\n      en: The district has 15,000 talents.\n"
        "    source: {id: src-a, locator: 5}\n",
        encoding="utf-8",
    )
    request = BriefingRequest(regions=("zone", "other"), date=DATE)
    document = Workspace(folder, strict=True).build(request)
    tables = [b for b in document.blocks if isinstance(b, Table) and "可比指标" in b.caption]
    assert len(tables) == 1
    (row,) = tables[0].rows
    assert [cell[0].text for cell in row] == [  # type: ignore[union-attr]
        "人才数",
        "超过2万人（截至2024年5月）",
        "1.5万人（截至2023年）",
    ]


def test_charts_leave_the_key_figures_to_the_tiles() -> None:
    document = build("full-briefing", "zh")  # SIP: its tiles give its enterprise tiers
    tiles = {t.value for b in document.blocks if isinstance(b, KeyFigures) for t in b.tiles}
    assert {"超2400", "61", "17"} <= tiles
    for figure in (b for b in document.blocks if isinstance(b, Figure)):
        assert "科技企业梯队" not in figure.caption
        assert not any(value in figure.alt for value in ("超10000", "超2400", "：61"))


def test_charts_compare_one_unit_at_one_date() -> None:
    # SIP and SND: each region's tiles are its own, so SIP's enterprise ladder could be charted.
    document = build("full-briefing", "zh", ("sip", "snd"))
    figures = [b for b in document.blocks if isinstance(b, Figure)]
    assert figures
    for figure in figures:  # each chart's bars in one unit, at one date
        assert re.search(
            r"（(截至)?\d{4}年(\d{1,2}月(\d{1,2}日)?)?(与\d{4}年)?）$", figure.caption
        ), figure.caption
    # 超10000 and 超2400 would flatten 17 to nothing on one linear axis: no chart leaves out
    # its largest bars, so SIP's enterprise ladder is not drawn; its figures are in words or
    # in a table or its tile instead.
    assert not any("苏州工业园区：科技企业梯队" in f.caption for f in figures)
    told = dump(document)
    assert all(figure in told for figure in ("742家", "17家", "1万"))


def test_same_request_same_document() -> None:
    request = BriefingRequest(regions=("snd",), template="talking-points", date=DATE)
    assert dump(WORKSPACE.build(request)) == dump(Workspace(SEEDS).build(request))


@pytest.mark.parametrize(
    ("request_args", "message"),
    [
        ({"regions": ("atlantis",)}, "unknown region 'atlantis'"),
        ({"themes": ("astrology",)}, "unknown theme 'astrology'"),
        ({"template": "poster"}, "unknown template 'poster'"),
        ({"regions": ()}, "no region chosen"),
        (
            {"regions": ("sibet",), "themes": ("digital-culture",)},
            "no facts for sibet on digital-culture",
        ),
        ({"date": "2025-13-01"}, "invalid date '2025-13-01'; use YYYY-MM-DD"),
    ],
)
def test_bad_requests(request_args: dict, message: str) -> None:
    with pytest.raises(SelectionError, match=re.escape(message)):
        WORKSPACE.build(BriefingRequest(**request_args))


@pytest.mark.parametrize("template", TEMPLATES)
def test_bundled_templates_work_with_another_fact_base(template: str) -> None:
    """Staff keep their own fact bases: the bundled templates must still make a briefing."""
    from tests.conftest import MINIMAL

    request = BriefingRequest(regions=("city",), template=template, date=DATE)
    text = dump(Workspace(MINIMAL, strict=True).build(request))
    # The talent figure is said in words, or shown as a tile (and then not said again).
    assert "园区人才超过2万人" in text or "<tile>超2万人" in text
    assert "[1]" in text


@pytest.mark.parametrize("template", ["fact-sheet", "talking-points"])
def test_a_place_known_only_by_its_aims_gets_a_clear_error_not_an_empty_page(
    template: str, tmp_path: Path
) -> None:
    """A sheet's highlights and the points are achievements, never aims: where a place has
    nothing else, the export stops with a one-line reason rather than a page of headings."""
    shutil.copytree(MINIMAL, tmp_path / "base")
    facts = tmp_path / "base" / "facts" / "a.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace(
        "  - id: zone-talents\n", "  - id: zone-talents\n    plan: true\n"), encoding="utf-8")  # fmt: skip
    workspace = Workspace(tmp_path / "base", strict=True)
    request = BriefingRequest(regions=("zone",), template=template, date=DATE, themes=("talent",))
    with pytest.raises(SelectionError, match=f"the {template} template .+ has nothing to state"):
        workspace.build(request)
    internal = dataclasses.replace(request, template="full-briefing", edition="internal")
    assert "zone-talents" in workspace.build(internal).facts  # a colleague hears the aims
