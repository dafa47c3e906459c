"""Facts that disagree are reported by ``validate`` as warnings naming both facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.facts import load_strict
from desktop_app.facts.conflicts import conflict_warnings
from tests.conftest import SEEDS

SECOND = """\
facts:
  - id: zone-talents-promo
    region: zone
    themes: [talent]
    metric: talents
    value: 18000
    unit: person
    qualifier: more_than
    figure: 超1.8万人
    period: null
    as_of: 2024-05
    statement:
      zh: 园区人才超过1.8万人。
      en: The zone has more than 18,000 talents.
    source: {id: src-a, locator: 6}
"""


def test_a_second_value_for_one_measure_is_a_conflict(minimal_base: Path) -> None:
    (minimal_base / "facts" / "b.yaml").write_text(SECOND, encoding="utf-8")
    warnings = [str(w) for w in conflict_warnings(load_strict(minimal_base))]
    assert warnings == [
        "facts/a.yaml:2: fact 'zone-talents': conflict: talents for zone at 2024-05 is 超2万人 "
        "here but 超1.8万人 in fact 'zone-talents-promo' (facts/b.yaml:2); keep the "
        "better-sourced one, or date them apart"
    ]


def test_the_same_value_twice_is_no_conflict(minimal_base: Path) -> None:
    repost = SECOND.replace("value: 18000", "value: 20000").replace("超1.8万人", "超2万人")
    (minimal_base / "facts" / "b.yaml").write_text(repost, encoding="utf-8")
    assert conflict_warnings(load_strict(minimal_base)) == []


def test_validate_warns_and_still_passes(
    minimal_base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (minimal_base / "facts" / "b.yaml").write_text(SECOND, encoding="utf-8")
    code = main(["validate", "--facts", str(minimal_base)])
    out, err = capsys.readouterr()
    assert code == 0
    assert "warning: facts/a.yaml:2: fact 'zone-talents': conflict:" in out
    assert "1 warning(s) about facts that disagree or cite past their article" in err


def test_the_two_snd_funds_under_one_measure_are_reported() -> None:
    warnings = [str(w) for w in conflict_warnings(load_strict(SEEDS))]
    assert len(warnings) == 1
    assert "fund-size for snd at 2023-08-07 counts different things" in warnings[0]
    assert "医疗器械母基金" in warnings[0] and "大健康产业基金" in warnings[0]


def _two_sources(root: Path, first_tier: str, second_tier: str) -> None:
    """A second source (src-b, published later) beside src-a; each with a tier."""
    path = root / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    entry = text[text.index("  - id: src-a") :]
    second = entry.replace("src-a", "src-b").replace("2024-05-01", "2024-06-01")
    text = text.rstrip("\n") + "\n" + second
    text = text.replace("    url:", f"    tier: {first_tier}\n    url:", 1)
    head, tail = text.rsplit("    url:", 1)
    path.write_text(f"{head}    tier: {second_tier}\n    url:{tail}", encoding="utf-8")


@pytest.mark.parametrize(
    ("tiers", "kept"),
    [
        (("official", "portal"), "超2万人"),  # the more trusted source, though older
        (("portal", "official"), "超1.8万人"),
        (("media", "media"), "超1.8万人"),  # the same tier: the newer publication
    ],
)
def test_a_briefing_uses_the_documented_rule_between_conflicting_facts(
    minimal_base: Path, tiers: tuple[str, str], kept: str
) -> None:
    from desktop_app.api import BriefingRequest, Workspace
    from desktop_app.model import KeyFigures

    _two_sources(minimal_base, *tiers)
    second = SECOND.replace("id: src-a", "id: src-b")
    for name in ("b.yaml", "0.yaml"):  # either file order gives the same choice
        for old in ("b.yaml", "0.yaml"):
            (minimal_base / "facts" / old).unlink(missing_ok=True)
        (minimal_base / "facts" / name).write_text(second, encoding="utf-8")
        workspace = Workspace(minimal_base, strict=True)
        request = BriefingRequest(regions=("zone",), template="fact-sheet", date="2024-12-01")
        document = workspace.build(request)
        tiles = [t for b in document.blocks if isinstance(b, KeyFigures) for t in b.tiles]
        shown = {t.value + t.unit for t in tiles}
        assert kept in shown, (name, shown)


PROMOTION_SOURCE = """\
  - id: suzhou-talent-promo-2025
    title: {zh: 苏州人才政策宣传页, en: Suzhou talent policy promotion page}
    title_printed: false
    publisher: {zh: 某招聘平台, en: A recruitment platform}
    published: 2025-08-01
    published_inferred: false
    published_note: null
    url: null
    script: simplified
    archive: null
    tier: promotional
"""
PROMOTION_FACT = """\
facts:
  - id: suzhou-talent-pool-promo-2025
    region: suzhou
    themes: [talent]
    metric: talent-pool-total
    value: 3800000
    unit: person
    qualifier: more_than
    figure: 超380万人
    period: null
    as_of: 2025-07
    statement:
      zh: 截至2025年，苏州人才总量超过380万人。
      en: As of 2025, Suzhou had more than 3.8 million talents.
    source: {id: suzhou-talent-promo-2025, locator: 2}
"""


@pytest.fixture
def promoted(tmp_path: Path) -> Path:
    """The bundled fact base with a promotional page's 超380万人 beside the official 407万人."""
    folder = tmp_path / "facts"
    shutil.copytree(SEEDS, folder)
    with (folder / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(PROMOTION_SOURCE)
    (folder / "facts" / "promo.yaml").write_text(PROMOTION_FACT, encoding="utf-8")
    return folder


def test_the_suzhou_talent_conflict_is_reported_and_settled(
    promoted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.api import BriefingRequest, Workspace
    from desktop_app.model import KeyFigures, dump

    assert main(["validate", "--facts", str(promoted)]) == 0
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if "suzhou-talent-pool-promo-2025" in x]
    assert "facts/promo.yaml:2" in line and "facts/suzhou-talent-week-2025.yaml:" in line
    assert "超380万人" in line and "407万人" in line
    space = Workspace(promoted, strict=True)
    sheet = space.build(
        BriefingRequest(regions=("suzhou",), template="fact-sheet", date="2026-12-01")
    )
    text = dump(sheet)
    assert "380万" not in text and "407万" in text
    internal = dump(
        space.build(BriefingRequest(regions=("suzhou",), edition="internal", date="2026-12-01"))
    )
    assert "采用407万人" in internal and "未用超过380万人（某招聘平台" in internal
    assert "因前者来源可信度更高" in internal
    external = dump(space.build(BriefingRequest(regions=("suzhou",), date="2026-12-01")))
    assert "380万" not in external
    tiles = [t for b in sheet.blocks if isinstance(b, KeyFigures) for t in b.tiles]
    assert all("380" not in t.value for t in tiles)
