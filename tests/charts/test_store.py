"""Charts kept on disk between runs: reused when unchanged, drawn afresh when the stored file
is damaged, and never a failure when the cache folder cannot be written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app import disk_cache
from desktop_app.charts import store
from desktop_app.charts.store import stored_png

PNG = b"\x89PNG\r\n\x1a\n" + b"pixels"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(disk_cache, "user_cache_dir", lambda: tmp_path / "cache")
    return tmp_path / "cache" / "charts"


def test_a_stored_chart_is_not_drawn_again(cache: Path) -> None:
    drawn: list[int] = []

    def draw() -> bytes:
        drawn.append(1)
        return PNG

    assert stored_png("a" * 64, draw) == PNG
    assert stored_png("a" * 64, draw) == PNG
    assert len(drawn) == 1
    assert [p.suffix for p in cache.iterdir()] == [".png"]  # no part file left behind


def test_a_damaged_entry_is_drawn_afresh(cache: Path) -> None:
    stored_png("b" * 64, lambda: PNG)
    [entry] = cache.iterdir()
    entry.write_bytes(b"half a fi")
    assert stored_png("b" * 64, lambda: PNG) == PNG
    assert entry.read_bytes() == PNG


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write in read-only folders")
def test_a_read_only_cache_only_costs_speed(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    cache.parent.chmod(0o500)
    try:
        assert stored_png("c" * 64, lambda: PNG) == PNG
    finally:
        cache.parent.chmod(0o700)


def test_a_cache_path_that_is_a_file_only_costs_speed(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_text("not a folder")  # writing below it fails, as on a read-only disk
    assert stored_png("d" * 64, lambda: PNG) == PNG


def test_the_key_changes_with_the_drawing_code(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    before = store._fingerprint()
    changed = tmp_path / "draw.py"
    changed.write_bytes(store._DRAWING_CODE.read_bytes() + b"\n# a new colour\n")
    monkeypatch.setattr(store, "_DRAWING_CODE", changed)
    store._fingerprint.cache_clear()
    try:
        assert store._fingerprint() != before
    finally:
        monkeypatch.undo()
        store._fingerprint.cache_clear()


def test_without_source_files_the_bundle_identifies_the_code(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A frozen bundle holds bytecode only: the key falls back to the bundle's identity."""
    monkeypatch.setattr(store, "_DRAWING_CODE", tmp_path / "draw.py")  # not there
    store._fingerprint.cache_clear()
    try:
        assert len(store._fingerprint()) == 16
    finally:
        monkeypatch.undo()
        store._fingerprint.cache_clear()
