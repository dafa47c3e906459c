"""A measure held for several dates is told together: the newest stated with the earlier
beside it (in the text, on its tile with the change, in a table row, in a chart over time),
never the earlier on its own and never dropped. Shown on the 2026 SIP article imported into
a copy of the bundled fact base, as a staff member would: import, accept, export."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.assemble.series import change, split
from desktop_app.facts import load_strict
from desktop_app.importer import accept_candidates, propose_file
from desktop_app.model import Figure, KeyFigures, dump
from tests.conftest import SEEDS
from tests.importer.corpus import ARTICLES
from tests.render.docx_reading import docx_text
from tests.render.pdf_reading import read_pdf

ARTICLE = ARTICLES / "sip-tech-investment-2026.txt"
DATE = "2026-12-01"


@pytest.fixture(scope="module")
def space(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    folder = tmp_path_factory.mktemp("series") / "facts"
    shutil.copytree(SEEDS, folder)
    base = load_strict(folder)
    proposal = propose_file(base, ARTICLE)
    chosen = [c.number for c in proposal.candidates if c.metric and c.kind == "fact"]
    accept_candidates(proposal, base, folder, ",".join(map(str, chosen)))
    return Workspace(folder, strict=True)


def _fact(space: Workspace, fact_id: str):  # type: ignore[no-untyped-def]
    return next(f for f in space.base.facts if f.id == fact_id)


def test_the_earlier_figure_is_history_of_the_newest_not_a_statement(space: Workspace) -> None:
    facts, history = split(space.base.facts)
    old = _fact(space, "sip-new-tech-projects-2024")
    assert old not in facts
    assert history["sip-new-tech-projects-2025"] == (old,)
    # two funds' sizes under one metric are two series, not one
    funds = [f for f in space.base.facts if f.metric == "fund-size" and f.region == "snd"]
    assert all(f in facts for f in funds)


def test_changes_read_as_a_reader_expects() -> None:
    base = load_strict(SEEDS)
    old = next(f for f in base.facts if f.id == "sip-jiangsu-unicorns-2024")  # 10家
    new = replace(old, id="n", value=12, as_of="2025")
    assert change(new, old, "zh") == "较上年增长20%"
    assert change(new, old, "en") == "+20% on 2024"
    assert change(new, old, "zh", since=False) == "增长20%"
    assert change(replace(new, as_of="2026"), old, "zh") == "较2024年增长20%"
    share = next(f for f in base.facts if f.id == "sip-capital-backed-projects-share-2024")
    assert (
        change(replace(share, id="s", value=14, period="2025"), share, "zh")
        == "较上年提高2个百分点"
    )
    assert change(replace(share, id="s", value=11, period="2025"), share, "en") == (
        "\u22121 percentage point on 2024"
    )
    # 超1100 against 超千: no change the sources give
    bound = next(f for f in base.facts if f.id == "sip-new-tech-projects-2024")
    assert change(replace(bound, id="b", value=1100, period="2025"), bound, "zh") is None


def test_the_briefing_states_both_years_together(space: Workspace) -> None:
    request = BriefingRequest(regions=("sip",), date=DATE)
    document = space.build(request)
    text = dump(document)
    # the 2024 figure is given with 2025's, not on its own
    assert "超过1000个" not in text.replace("2024年：超过1000个", "")
    tiles = next(b for b in document.blocks if isinstance(b, KeyFigures)).tiles
    projects = next(t for t in tiles if t.value == "超1100")
    assert projects.detail.endswith("2025年 · 2024年：超过1000个") and projects.detail_note
    unicorns = next(t for t in tiles if t.label == "江苏省独角兽企业")
    assert unicorns.detail.endswith("截至2024年：10家，增长20%")
    assert "（2024年：76%" in text  # the share of the three sectors, in the overview
    over_time = [
        b for b in document.blocks if isinstance(b, Figure) and "2024年与2025年" in b.caption
    ]
    assert over_time and "76% → 78%" in over_time[0].alt
    # both articles are cited
    assert (
        "2025年2月14日" in over_time[0].source_line and "2026年2月11日" in over_time[0].source_line
    )


def test_pdf_and_word_say_the_same(space: Workspace) -> None:
    request = BriefingRequest(regions=("sip",), date=DATE)
    document = space.build(request)
    pdf = "".join(read_pdf(space.render(document, "pdf")).pages).replace("\n", "")
    word = docx_text(space.render(document, "docx"))
    for text in (
        "2024年：76%",
        "截至2024年：10家，增长20%",
        "新增科技项目的产业构成（2024年与2025年）",
    ):
        assert text in pdf, text
        assert text in word, text


def test_english_too(space: Workspace) -> None:
    text = dump(space.build(BriefingRequest(regions=("sip",), lang="en", date=DATE)))
    text = text.replace("\u00a0", " ")  # the figures keep their units with a no-break space
    assert "(2024: 76%" in text
    assert "as of 2024: 10 enterprises; +20%" in text


def test_a_table_row_gives_the_earlier_figure_and_the_change(space: Workspace) -> None:
    from desktop_app.assemble.citations import Citations
    from desktop_app.assemble.context import Context
    from desktop_app.assemble.selection import select
    from desktop_app.assemble.themes import figures_table
    from desktop_app.model import NoteRef

    base = space.base
    selection = select(base, ("sip",), (), frozenset())
    template = space.template("full-briefing")
    ctx = Context(base, template, selection, "zh", DATE, Citations(base, "zh"))
    rows = [_fact(space, "sip-new-tech-projects-2025"), _fact(space, "sip-listed-companies-2023")]
    table = figures_table(ctx, "表", rows)
    assert [c.title for c in table.columns] == ["指标", "数值", "时间", "此前", "变化", "注"]
    projects, listed = table.rows
    assert projects[3][0].text == "2024年：超过1000个"
    assert projects[4][0].text == "—"  # two bounds give no change
    assert [i.number for i in projects[5] if isinstance(i, NoteRef)] == [1, 2]
    assert listed[3][0].text == "—"
