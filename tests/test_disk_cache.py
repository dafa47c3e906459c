"""The app's cache files: written atomically, read back, and keyed by the code behind them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app import disk_cache


def test_entries_round_trip_and_leave_no_part_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(disk_cache, "user_cache_dir", lambda: tmp_path)
    assert disk_cache.read_entry("kind", "a") is None
    disk_cache.write_entry("kind", "a", b"data")
    assert disk_cache.read_entry("kind", "a") == b"data"
    assert [p.name for p in (tmp_path / "kind").iterdir()] == ["a"]


def test_code_fingerprint_follows_the_sources(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text("x = 1\n")
    first = disk_cache.code_fingerprint([source])
    assert disk_cache.code_fingerprint([source]) == first
    source.write_text("x = 2\n")
    assert disk_cache.code_fingerprint([source]) != first


def test_without_sources_the_bundle_is_the_fingerprint(tmp_path: Path) -> None:
    missing = [tmp_path / "gone.py"]
    assert disk_cache.code_fingerprint(missing) == disk_cache.code_fingerprint(missing)
    assert len(disk_cache.code_fingerprint(missing)) == 32


def test_entries_used_longest_ago_go_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(disk_cache, "user_cache_dir", lambda: tmp_path)
    for index, name in enumerate(("old", "used", "new")):
        disk_cache.write_entry("kind", name, b"x" * 100)
        stamp = 1_000_000 + index * 10
        os.utime(tmp_path / "kind" / name, (stamp, stamp))
    assert disk_cache.read_entry("kind", "used") == b"x" * 100  # marks it as used now
    disk_cache.write_entry("kind", "newest", b"y" * 100, limit=200)
    assert sorted(p.name for p in (tmp_path / "kind").iterdir()) == ["newest", "used"]
