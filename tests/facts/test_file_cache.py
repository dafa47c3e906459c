"""Fact files read before come from the cache: the same facts, the same messages, and an edit
or a damaged entry means the file is read again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app import disk_cache
from desktop_app.facts import load_fact_base
from desktop_app.facts import loader as loader_module
from tests.conftest import MINIMAL, SEEDS


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(disk_cache, "user_cache_dir", lambda: tmp_path / "cache")
    return tmp_path / "cache" / "facts"


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The fact files actually parsed as YAML."""
    seen: list[Path] = []
    real = loader_module._records

    def spy(path: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if path.parent.name == "facts":
            seen.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader_module, "_records", spy)
    return seen


def test_a_second_load_gives_the_same_facts_without_parsing(
    cache: Path, parsed: list[Path]
) -> None:
    first, problems = load_fact_base(SEEDS)
    assert not problems and parsed
    parsed.clear()
    second, problems = load_fact_base(SEEDS)
    assert not problems and parsed == []  # every fact file came from the cache
    assert second.facts == first.facts
    assert [f.uncertain for f in second.facts] == [f.uncertain for f in first.facts]
    assert len(list(cache.iterdir())) == len(list((SEEDS / "facts").glob("*.yaml")))


def test_an_edited_file_is_read_again(cache: Path, parsed: list[Path], tmp_path: Path) -> None:
    base = tmp_path / "base"
    shutil.copytree(MINIMAL, base)
    load_fact_base(base)
    path = base / "facts" / "a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("1800多家", "1800多家 "), "utf-8")
    parsed.clear()
    load_fact_base(base)
    assert parsed == [path]


def test_a_file_with_problems_is_never_kept(cache: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    shutil.copytree(MINIMAL, base)
    path = base / "facts" / "a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 1800", "value: lots"))
    first = load_fact_base(base)[1]
    again = load_fact_base(base)[1]
    assert [str(p) for p in again] == [str(p) for p in first]
    assert [p.line for p in again] == [20]
    assert not cache.exists() or list(cache.iterdir()) == []


def test_a_damaged_entry_is_read_again(cache: Path, parsed: list[Path], tmp_path: Path) -> None:
    base = tmp_path / "base"
    shutil.copytree(MINIMAL, base)
    expected = load_fact_base(base)[0].facts
    for entry in cache.iterdir():
        entry.write_text("[[half", encoding="utf-8")
    parsed.clear()
    assert load_fact_base(base)[0].facts == expected
    assert len(parsed) == 1


def test_cross_file_checks_still_run_on_cached_files(cache: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    shutil.copytree(MINIMAL, base)
    assert load_fact_base(base)[1] == []
    shutil.copy(base / "facts" / "a.yaml", base / "facts" / "b.yaml")  # same ids again
    problems = load_fact_base(base)[1]
    assert problems and all("duplicate id" in p.message for p in problems)
