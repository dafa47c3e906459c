"""``briefing import``: the --json contract, and --into DIR --accept writing a fact base safely."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from desktop_app.api import BriefingError, Workspace
from desktop_app.cli import main
from desktop_app.errors import Problem
from tests.conftest import SEEDS
from tests.importer.corpus import ARTICLES

ARTICLE = ARTICLES / "sip-tech-2026.html"
CANDIDATE_KEYS = {"figure", "value", "unit", "qualifier", "kind", "region", "metric", "period",
                  "as_of", "locator", "sentence", "confidence", "status", "matches"}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "mine"
    shutil.copytree(SEEDS, copy)
    return copy


def test_json_meets_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import", str(ARTICLE), "--json")
    assert code == 0
    data = json.loads(out)
    assert {"title", "publisher", "published", "paragraphs"} <= set(data["source"])
    assert data["source"]["published"] == "2026-02-11"
    assert all(set(c) >= CANDIDATE_KEYS for c in data["candidates"])
    assert all({"locator", "reason"} <= set(s) for s in data["skipped"])
    by_figure = {c["figure"]: c for c in data["candidates"]}
    # values in base units, a percentage as its number, as `briefing facts --json` gives them
    assert by_figure["达426.3亿元"]["value"] == 42630000000
    assert by_figure["16.8%"]["value"] == 16.8
    assert by_figure["超1100个"]["metric"] == "new-tech-projects"
    assert by_figure["超1100个"]["status"] == "update"  # the base holds 2024's figure
    assert by_figure["超1100个"]["matches"] == ["sip-new-tech-projects-2024"]
    assert {c["status"] for c in data["candidates"]} <= {"new", "duplicate", "update", "conflict"}
    paragraph = data["source"]["paragraphs"][by_figure["超1100个"]["locator"] - 1]
    assert by_figure["超1100个"]["sentence"] in paragraph


def test_accepting_writes_a_new_facts_file_and_a_source_and_rewrites_nothing(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    before = {p.name: p.read_bytes() for p in (folder / "facts").glob("*.yaml")}
    sources = (folder / "sources.yaml").read_bytes()
    code, _, err = run(capsys, "import", str(ARTICLE), "--into", str(folder), "--accept", "1,2")
    assert code == 0, err
    assert {
        p.name: p.read_bytes() for p in (folder / "facts").glob("*.yaml") if p.name in before
    } == before
    (backup,) = folder.glob("sources.yaml.*.bak")
    assert backup.read_bytes() == sources
    assert (folder / "sources.yaml").read_bytes().startswith(sources)
    code, out, _ = run(capsys, "facts", "--facts", str(folder), "--json", "--region", "sip")
    imported = [f for f in json.loads(out) if f["source"]["id"] == "sip-2026-02-11"]
    assert [(f["figure"], f["draft"]) for f in imported] == [("超1100个", True), ("16.8%", True)]
    assert imported[0]["statement"]["zh"].startswith("2025年，苏州工业园区")
    assert run(capsys, "validate", "--facts", str(folder))[0] == 0
    archive = (folder / "archives" / "sip-2026-02-11.txt").read_text(encoding="utf-8")
    assert archive.splitlines()[imported[0]["source"]["locator"] - 1].find("超1100个") >= 0


def test_a_candidate_without_a_metric_is_refused_in_one_line_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    data = json.loads(run(capsys, "import", str(ARTICLE), "--json")[1])
    loose = next(
        c["number"] for c in data["candidates"] if c["metric"] is None and c["kind"] == "fact"
    )
    sources = (folder / "sources.yaml").read_bytes()
    code, _, err = run(
        capsys, "import", str(ARTICLE), "--into", str(folder), "--accept", str(loose)
    )
    assert code == 2
    assert err.strip().count("\n") == 1  # the summary line, then the one-line refusal
    assert "--metric" in err.splitlines()[-1]
    assert (folder / "sources.yaml").read_bytes() == sources
    assert not (folder / "facts" / "sip-2026-02-11.yaml").exists()


def test_an_import_that_would_break_the_base_is_undone(
    capsys: pytest.CaptureFixture[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop_app.importer.accepting as accepting

    real = accepting.load_fact_base
    calls = []

    def breaks_after_writing(root: Path):  # type: ignore[no-untyped-def]
        calls.append(root)
        base, problems = real(root)
        if len(calls) == 2:  # the check after writing
            problems = [*problems, Problem("facts/x.yaml", 3, "fact 'x'", "made up")]
        return base, problems

    monkeypatch.setattr(accepting, "load_fact_base", breaks_after_writing)
    sources = (folder / "sources.yaml").read_bytes()
    code, _, err = run(capsys, "import", str(ARTICLE), "--into", str(folder), "--accept", "1")
    assert code == 2 and "nothing was kept" in err
    assert (folder / "sources.yaml").read_bytes() == sources
    assert not (folder / "facts" / "sip-2026-02-11.yaml").exists()
    assert not (folder / "archives" / "sip-2026-02-11.txt").exists()


def test_the_bundled_fact_base_is_never_written() -> None:
    space = Workspace()
    proposal = space.propose_import(ARTICLE)
    with pytest.raises(BriefingError, match="read-only"):
        space.accept_import(proposal, "all")


def test_pasted_text_is_read_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "苏州工业园区发布数据\n发布时间：2026-01-05\n截至2025年底，苏州工业园区累计拥有瞪羚企业436家。\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code, out, _ = run(capsys, "import", "-", "--json")
    data = json.loads(out)
    assert code == 0 and data["source"]["published"] == "2026-01-05"
    (candidate,) = data["candidates"]
    assert (candidate["value"], candidate["region"], candidate["as_of"]) == (436, "sip", "2025")


@pytest.mark.parametrize(
    ("name", "message"),
    [("article.pdf", "give a .txt, .html or .docx file"), ("missing.txt", "cannot be read")],
)
def test_a_file_that_cannot_be_imported_gets_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, message: str
) -> None:
    path = tmp_path / name
    if name.endswith(".pdf"):
        path.write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "import", str(path))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err and name in err
