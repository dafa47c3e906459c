"""The corpus of broken inputs in tests/bad_inputs/: each gives its exact one-line messages."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.conftest import MINIMAL

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
CASES = sorted(p for p in CORPUS.iterdir() if p.is_dir())


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str, float]:
    start = time.perf_counter()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err, time.perf_counter() - start


def fact_base(case: Path, tmp_path: Path) -> Path:
    base = tmp_path / "base"
    shutil.copytree(MINIMAL, base)
    for path in case.rglob("*"):
        if path.is_file() and path.name != "expected.txt":
            relative = path.relative_to(case)
            if path.suffix == ".delete":
                (base / relative.with_suffix("")).unlink()
            else:
                (base / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, base / relative)
    return base


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    if (case / "templates").is_dir():
        folder = tmp_path / "templates"
        shutil.copytree(case / "templates", folder)
        monkeypatch.chdir(folder)
        code, out, err, seconds = run(capsys, "export", "--templates", ".", "--template",
                                      "fact-sheet", "-o", "out.pdf")  # fmt: skip
        assert err.splitlines() == expected
    else:
        monkeypatch.chdir(fact_base(case, tmp_path))
        code, out, err, seconds = run(capsys, "validate", "--facts", ".")
        assert out.splitlines() == expected
        export_code, _, export_err, _ = run(capsys, "export", "--facts", ".", "-o", "out.pdf")
        assert export_code == 2 and export_err.splitlines() == expected
    assert code == 2
    assert seconds < 2.0
    assert "Traceback" not in out + err
    assert not Path("out.pdf").exists()


def _statement(base: Path, statement: str) -> None:
    """Replace the first fact's Chinese statement in the minimal base."""
    path = base / "facts" / "a.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("园区人才超过2万人。", statement), encoding="utf-8")


def test_ten_megabyte_string(minimal_base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _statement(minimal_base, "长" * (4 * 1024 * 1024))
    code, out, _, seconds = run(capsys, "validate", "--facts", ".")
    assert code == 2 and seconds < 2.0
    assert out.splitlines() == [
        "facts/a.yaml: the file is 12.0 MB, over 5 MB; split it up; "
        "none of the 3 facts in this file is used until it is fixed"
    ]


def test_long_statement_within_size(minimal_base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _statement(minimal_base, "长" * 5000)
    code, out, _, _ = run(capsys, "validate", "--facts", ".")
    assert code == 2
    assert out.splitlines() == [
        "facts/a.yaml:13: fact 'zone-talents': statement.zh must be at most 1000 characters, "
        "got 5000; shorten it"
    ]


def test_template_id_cannot_escape_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    code, _, err, _ = run(capsys, "export", "--template", "../../etc/passwd", "-o", "out.pdf")
    assert code == 2 and err.startswith("briefing export: unknown template '../../etc/passwd'")


def test_template_linking_outside_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    outside = tmp_path / "outside.yaml"
    outside.write_text("id: sneaky\n", encoding="utf-8")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "sneaky.yaml").symlink_to(outside)
    monkeypatch.chdir(folder)
    code, _, err, _ = run(capsys, "templates", "--templates", ".")
    assert code == 2
    assert err.splitlines() == [
        "sneaky.yaml: the file links outside the templates folder; copy the template in instead"
    ]
