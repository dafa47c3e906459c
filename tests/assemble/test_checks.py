"""``briefing check``: what to look at before export, each finding naming its fact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.cli import main
from tests.conftest import SEEDS
from tests.facts.test_conflicts import PROMOTION_FACT, PROMOTION_SOURCE

DATE = "2026-12-01"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "facts"
    shutil.copytree(SEEDS, copy)
    return copy


def _kinds(space: Workspace, **request: object) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for finding in space.check(BriefingRequest(date=DATE, **request)):  # type: ignore[arg-type]
        found.setdefault(finding.kind, set()).add(finding.fact)
    return found


def test_the_bundled_briefing_lists_its_stale_figures_and_nothing_else() -> None:
    kinds = _kinds(Workspace(SEEDS), regions=("sip",))
    assert set(kinds) == {"stale"}
    assert "sip-biomedicine-output-2020" in kinds["stale"]
    assert "sip-new-tech-projects-2024" not in kinds["stale"]  # two years old: within the limit


def test_a_draft_is_listed_until_it_is_rewritten(folder: Path) -> None:
    facts = folder / "facts" / "sip-tech-investment-2025.yaml"
    text = facts.read_text(encoding="utf-8")
    marked = text.replace(
        "  - id: sip-new-tech-projects-2024\n",
        "  - id: sip-new-tech-projects-2024\n    draft: true\n",
    )
    assert marked != text
    facts.write_text(marked, encoding="utf-8")
    assert "sip-new-tech-projects-2024" in _kinds(Workspace(folder), regions=("sip",))["draft"]
    facts.write_text(text, encoding="utf-8")
    assert "draft" not in _kinds(Workspace(folder), regions=("sip",))


def test_a_settled_conflict_and_a_promotional_source_are_listed(folder: Path) -> None:
    with (folder / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(PROMOTION_SOURCE)
    (folder / "facts" / "promo.yaml").write_text(PROMOTION_FACT, encoding="utf-8")
    findings = Workspace(folder).check(BriefingRequest(regions=("suzhou",), date=DATE))
    conflict = next(f for f in findings if f.kind == "conflict")
    assert conflict.fact == "suzhou-talent-pool-2025"
    assert "超过380万人" in conflict.text.zh and "suzhou-talent-pool-promo-2025" in conflict.text.zh
    # the promotional figure is not in the briefing, so it is not listed as used
    assert all(f.fact != "suzhou-talent-pool-promo-2025" for f in findings)


def test_a_character_no_font_has_is_listed_with_its_fact(folder: Path) -> None:
    facts = folder / "facts" / "suzhou-major-projects-2021.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(
        text.replace("已集聚生物医药类企业", "已集聚𠀀生物医药类企业"), encoding="utf-8"
    )
    findings = Workspace(folder).check(BriefingRequest(regions=("sip",), date=DATE))
    glyph = next(f for f in findings if f.kind == "glyph")
    assert glyph.fact == "sip-biomedicine-enterprises-2021" and "U+20000" in glyph.text.en


def test_the_command_prints_a_line_per_finding(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--region", "sip", "--date", DATE, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0
    lines = out.splitlines()
    assert lines and all(line.split("\t")[0] == "stale" for line in lines)
    assert any(line.split("\t")[1] == "sip-biomedicine-output-2020" for line in lines)
    assert "years old" in lines[0] and f"{len(lines)} thing(s)" in err
