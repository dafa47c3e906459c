"""The ``briefing`` command's contract: JSON shapes, filters, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.facts import load_strict
from tests.conftest import ROOT, SEEDS

FACT_KEYS = {
    "id",
    "region",
    "themes",
    "metric",
    "value",
    "unit",
    "qualifier",
    "figure",
    "period",
    "statement",
    "source",
}
SOURCE_KEYS = {"id", "title", "publisher", "published"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_facts_json_has_the_contract_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "facts", "--json")
    facts = json.loads(out)
    assert code == 0
    assert len(facts) > 100
    for fact in facts:
        assert fact.keys() >= FACT_KEYS
        assert fact["source"].keys() >= SOURCE_KEYS
        assert set(fact["statement"]) == {"zh", "en"}
        assert set(fact["source"]["title"]) == {"zh", "en"}


def test_a_known_fact_reads_back_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "facts", "--json", "--region", "snd-returnee-park")
    talents = next(f for f in json.loads(out) if f["figure"] == "超2万人")
    assert talents["value"] == 20000
    assert talents["qualifier"] == "more_than"
    assert talents["unit"] == "person"
    assert talents["source"]["id"] == "snd-returnee-cases-2023"
    assert talents["source"]["published"] == "2023-08-07"


def test_region_filter_includes_descendants(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "facts", "--json", "--region", "snd")
    regions = {f["region"] for f in json.loads(out)}
    assert {"snd", "snd-returnee-park", "snd-medpark"} <= regions
    assert not {"sip", "suzhou"} & regions


def test_repeated_filters(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys,
        "facts",
        "--json",
        "--region",
        "sip",
        "--region",
        "snd",
        "--theme",
        "finance",
        "--theme",
        "talent",
    )
    facts = json.loads(out)
    assert facts
    assert all({"finance", "talent"} & set(f["themes"]) for f in facts)
    base = load_strict(SEEDS)
    assert {f["region"] for f in facts} <= base.region_subtree("sip") | base.region_subtree("snd")


@pytest.mark.parametrize("kind", ["regions", "themes", "sources", "metrics"])
def test_listings_json(capsys: pytest.CaptureFixture[str], kind: str) -> None:
    code, out, _ = run(capsys, kind, "--json")
    records = json.loads(out)
    assert code == 0 and records
    assert all("id" in r for r in records)


def test_regions_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "regions", "--json")
    regions = {r["id"]: r for r in json.loads(out)}
    assert regions["sip"]["parent"] == "suzhou"
    assert regions["sip"]["name"] == {"zh": "苏州工业园区", "en": "Suzhou Industrial Park"}
    assert "蘇州工業園區" in regions["sip"]["aliases"]
    assert regions["suzhou"]["parent"] is None


def test_validate_bundled(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate")
    assert code == 0
    *warnings, last = out.splitlines()
    assert last.startswith("fact base is valid:")
    # one warning today: two SND funds' sizes under one metric (issue 14)
    assert len(warnings) == 1
    assert warnings[0].startswith("warning: facts/snd-returnee-cases-2023.yaml:")
    assert "fund-size for snd at 2023-08-07 counts different things" in warnings[0]


def test_validate_other_fact_base(capsys: pytest.CaptureFixture[str], minimal_base: Path) -> None:
    code, out, _ = run(capsys, "validate", "--facts", str(minimal_base))
    assert code == 0 and "3 facts" in out


def test_validate_reports_every_problem_one_line_each(
    capsys: pytest.CaptureFixture[str], minimal_base: Path
) -> None:
    path = minimal_base / "facts" / "a.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("value: 1800", "value: abc").replace("region: zone\n", "region: x\n")
    )
    code, out, err = run(capsys, "validate", "--facts", ".")
    assert code == 2
    assert out.splitlines() == [
        "facts/a.yaml:3: fact 'zone-talents': unknown region 'x'; use an id from regions.yaml",
        "facts/a.yaml:20: fact 'park-firms': value must be a number, got 'abc'",
    ]
    assert "Traceback" not in out + err


def test_facts_on_an_invalid_base_exits_2(
    capsys: pytest.CaptureFixture[str], minimal_base: Path
) -> None:
    (minimal_base / "regions.yaml").write_text("regions: [\n", encoding="utf-8")
    code, _, err = run(capsys, "facts", "--json", "--facts", ".")
    assert code == 2
    assert err.splitlines() == [
        "regions.yaml:1: invalid YAML: did not find expected node content; "
        "check indentation and quoting"
    ]


def test_unknown_region_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "facts", "--region", "atlantis")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("briefing facts: unknown region 'atlantis'; known regions:")


def test_missing_fact_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "validate", "--facts", str(tmp_path / "nowhere"))
    assert code == 2
    assert out.splitlines() == [
        f"{tmp_path / 'nowhere'}: not a folder; a fact base holds sources.yaml, regions.yaml, "
        "themes.yaml, metrics.yaml and a facts/ folder"
    ]


def test_bad_option_is_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "facts", "--bogus"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "briefing: unrecognized arguments: --bogus; see 'briefing --help'"
    ]


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    """The real process, on a broken fact base: exit 2, problems on stdout, no traceback."""
    broken = tmp_path / "base"
    broken.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "validate", "--facts", str(broken)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        encoding="utf-8",
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert "sources.yaml: file not found" in result.stdout


def test_seeds_are_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    _, default, _ = run(capsys, "facts", "--json")
    _, explicit, _ = run(capsys, "facts", "--json", "--facts", str(SEEDS))
    assert default == explicit


def test_export_writes_the_named_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "briefing.docx"
    code, _, err = run(capsys, "export", "--region", "snd-medpark", "--template", "talking-points",
                       "--lang", "en", "--date", "2025-07-15", "-o", str(target))  # fmt: skip
    assert code == 0
    assert err.startswith(f"wrote {target} (")
    assert target.read_bytes()[:2] == b"PK"


def test_export_default_name_in_current_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(
        capsys, "export", "--region", "sibet", "--template", "fact-sheet", "--date", "2025-07-15"
    )
    assert code == 0
    assert [p.name for p in tmp_path.iterdir()] == [
        "中国科学院苏州生物医学工程技术研究所_一页纸数据卡_2025-07-15.pdf"
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--region", "atlantis"], "briefing export: unknown region 'atlantis'; known regions:"),
        (["--theme", "astrology"], "briefing export: unknown theme 'astrology'; known themes:"),
        (["--template", "poster"], "briefing export: unknown template 'poster'; known templates:"),
        (
            ["--region", "sibet", "--theme", "digital-culture"],
            "briefing export: no facts for sibet on digital-culture",
        ),
        (["--date", "15/07/2025"], "briefing export: invalid date '15/07/2025'; use YYYY-MM-DD"),
        (
            ["-o", "/nonexistent-folder/b.pdf"],
            "briefing export: /nonexistent-folder/b.pdf: the folder /nonexistent-folder does not exist",
        ),
        (
            ["-o", "b.txt"],
            "briefing export: cannot write '.txt' files; name the output .pdf or .docx",
        ),
        (
            ["-o", "b.pdf", "--format", "docx"],
            "briefing export: the output name ends in .pdf but --format is docx",
        ),
    ],
)
def test_export_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    args: list[str], message: str,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "export", *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith(message)
    assert list(tmp_path.iterdir()) == []


def test_templates_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates", "--json")
    templates = {t["id"]: t for t in json.loads(out)}
    assert code == 0
    assert set(templates) == {"full-briefing", "fact-sheet", "talking-points"}
    assert (
        templates["fact-sheet"]["max_pages"] == 1
        and templates["fact-sheet"]["footnotes"] == "sources"
    )
    assert templates["full-briefing"]["max_pages"] == 0
    assert templates["full-briefing"]["name"]["zh"] == "投资环境简报（完整版）"


def test_facts_lists_metric_figure_and_date(capsys: pytest.CaptureFixture[str]) -> None:
    """What a new fact reuses: its metric id, and the date to compare with."""
    code, out, _ = run(capsys, "facts", "--region", "sip", "--metric", "new-tech-projects")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows and all(len(row) == 6 for row in rows)
    assert rows[0][:5] == [
        "sip-new-tech-projects-2024",
        "sip",
        "new-tech-projects",
        "超千個",  # the figure as printed (the article is in traditional script)
        "2024",
    ]
