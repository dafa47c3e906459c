"""A fact base that keeps its articles in archives/ is checked against them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.facts import load_strict
from desktop_app.facts.archives import archive_warnings
from desktop_app.facts.conflicts import fact_lines
from tests.conftest import SEEDS


def _archive(root: Path, paragraphs: int) -> None:
    sources = root / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8").replace("archive: null", "archive: a.txt"),
        encoding="utf-8",
    )
    (root / "archives").mkdir()
    # blank lines and indentation do not count: paragraph n is the n-th non-blank line
    text = "\n\n".join(f"  第{n}段：示例文字。" for n in range(1, paragraphs + 1))
    (root / "archives" / "a.txt").write_text(text + "\n\n\n", encoding="utf-8")


def test_a_locator_past_the_last_paragraph_is_reported(minimal_base: Path) -> None:
    _archive(minimal_base, 4)  # the fixture's facts cite paragraphs 3, 4 and 5
    base = load_strict(minimal_base)
    warnings = [str(w) for w in archive_warnings(base, fact_lines(minimal_base))]
    assert warnings == [
        "facts/a.yaml:30: fact 'other-note': locator 5 is past the last paragraph of a.txt "
        "(4 paragraphs)"
    ]


def test_a_missing_archive_is_reported(
    minimal_base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _archive(minimal_base, 9)
    (minimal_base / "archives" / "a.txt").unlink()
    assert main(["validate", "--facts", str(minimal_base)]) == 0
    out = capsys.readouterr().out
    assert "warning: sources.yaml: source 'src-a': archive 'a.txt' is not in archives/" in out


def test_without_an_archives_folder_nothing_is_checked() -> None:
    base = load_strict(SEEDS)
    assert not (SEEDS / "archives").exists()
    assert archive_warnings(base, fact_lines(SEEDS)) == []
