"""Faults while writing an export: a clear message, and nothing is lost."""

from __future__ import annotations

import errno
import fcntl
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop_app.errors import ExportError
from desktop_app.render import output
from desktop_app.render.output import write_atomic, write_new
from tests.conftest import ROOT


@pytest.fixture
def earlier(tmp_path: Path) -> Path:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"earlier version")
    return target


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist; choose an existing folder"):
        write_atomic(tmp_path / "nowhere" / "b.pdf", b"x")


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root can write in read-only folders")  # fmt: skip
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="is not writable; choose another folder"):
            write_atomic(folder / "b.pdf", b"x")
    finally:
        folder.chmod(0o700)


def test_read_only_folder_is_detected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output.os, "access", lambda path, mode: False)
    with pytest.raises(ExportError, match="is not writable; choose another folder"):
        write_atomic(tmp_path / "b.pdf", b"x")


def test_full_disk(earlier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    with pytest.raises(ExportError) as caught:
        write_atomic(earlier, b"new version")
    assert str(caught.value) == (
        f"{earlier}: could not be written (No space left on device); the previous file is "
        "unchanged; free some space"
    )
    assert earlier.read_bytes() == b"earlier version"
    assert sorted(p.name for p in earlier.parent.iterdir()) == ["briefing.pdf"]


def test_locked_target(earlier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows a file open in a PDF viewer cannot be replaced."""

    def locked(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output.Path, "replace", locked)
    with pytest.raises(ExportError, match="close it in the program that has it open"):
        write_atomic(earlier, b"new version")
    assert earlier.read_bytes() == b"earlier version"
    assert sorted(p.name for p in earlier.parent.iterdir()) == ["briefing.pdf"]


def test_process_killed_mid_export(earlier: Path) -> None:
    """Kill an export while it writes: the earlier file survives, and the leftover hidden part
    file is removed by a later export, once it is stale."""
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from desktop_app.render import output\n"
        "real = output.os.fsync\n"
        "def slow(fd):\n"
        "    print('writing', flush=True); time.sleep(30); real(fd)\n"
        "output.os.fsync = slow\n"
        "output.write_atomic(Path(sys.argv[1]), b'new version' * 1000)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(earlier)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "writing"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert earlier.read_bytes() == b"earlier version"
    leftovers = [p for p in earlier.parent.iterdir() if p.name.endswith(".part")]
    assert len(leftovers) == 1 and leftovers[0].name.startswith(".briefing.pdf.")
    write_atomic(earlier, b"next version")  # a moment later: it may still be in use
    assert leftovers[0].exists()
    an_hour_ago = time.time() - 3600
    os.utime(leftovers[0], (an_hour_ago, an_hour_ago))
    write_atomic(earlier, b"next version")
    assert earlier.read_bytes() == b"next version"
    assert sorted(p.name for p in earlier.parent.iterdir()) == ["briefing.pdf"]


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_missing_or_corrupt_font_is_a_clear_message(tmp_path: Path, damage: str) -> None:
    assets = tmp_path / "assets"
    (assets / "fonts").mkdir(parents=True)
    if damage == "corrupt":
        (assets / "fonts" / "wqy-microhei.ttc").write_bytes(b"not a font" * 100)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "import desktop_app.fonts as fonts\n"
        "real = fonts.resource_path\n"
        "fonts.resource_path = lambda name: Path(sys.argv[1]) if name == 'assets' else real(name)\n"
        "from desktop_app.cli import main\n"
        "sys.exit(main(['export', '-o', sys.argv[2]]))\n"
    )
    target = tmp_path / "b.pdf"
    result = subprocess.run([sys.executable, "-c", script, str(assets), str(target)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    expected = "bundled font is missing" if damage == "missing" else "bundled font cannot be read"
    assert expected in lines[0] and "reinstall" in lines[0]
    assert not target.exists()


@pytest.fixture
def set_umask() -> Iterator[Callable[[int], None]]:
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
@pytest.mark.parametrize("write", [write_atomic, write_new])
def test_files_get_the_users_umask(
    tmp_path: Path, set_umask: Callable[[int], None], mask: int, mode: int,
    write: Callable[[Path, bytes], object],
) -> None:  # fmt: skip
    """As any program would create them: readable by the group and others where the umask
    allows (a shared drive, a colleague on the same machine)."""
    set_umask(mask)
    write(tmp_path / "b.pdf", b"new")
    assert (tmp_path / "b.pdf").stat().st_mode & 0o777 == mode


def test_write_new_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    target.write_bytes(b"earlier")
    assert write_new(target, b"two") == tmp_path / "b (2).pdf"
    assert write_new(target, b"three") == tmp_path / "b (3).pdf"
    assert target.read_bytes() == b"earlier"
    assert (tmp_path / "b (2).pdf").read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b (2).pdf", "b (3).pdf", "b.pdf"]


def test_write_new_reserves_names_atomically(tmp_path: Path) -> None:
    """Many exports of one name at once: each gets a file of its own, none is lost."""
    contents = [f"export {i}".encode() * 5000 for i in range(12)]
    with ThreadPoolExecutor(max_workers=12) as pool:
        paths = list(pool.map(lambda data: write_new(tmp_path / "b.pdf", data), contents))
    assert len(set(paths)) == 12
    assert sorted(p.read_bytes() for p in paths) == sorted(contents)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_write_new_where_links_are_not_supported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some USB sticks and network drives have no hard links: the name is then reserved by
    creating it exclusively."""

    def no_links(source: Path, target: Path) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(output.os, "link", no_links)
    (tmp_path / "b.pdf").write_bytes(b"earlier")
    assert write_new(tmp_path / "b.pdf", b"two") == tmp_path / "b (2).pdf"
    assert (tmp_path / "b.pdf").read_bytes() == b"earlier"
    assert (tmp_path / "b (2).pdf").read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b (2).pdf", "b.pdf"]


def test_write_new_failing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    with pytest.raises(ExportError, match=r"No space left on device.*free some space"):
        write_new(tmp_path / "b.pdf", b"new")
    assert list(tmp_path.iterdir()) == []


def test_a_part_file_being_written_is_left_alone(tmp_path: Path) -> None:
    """Only leftovers of killed exports are removed: another export's part file, still being
    written (and locked), is not, however old."""
    live = tmp_path / ".b.pdf.0000.part"
    handle = os.open(live, os.O_WRONLY | os.O_CREAT, 0o666)
    an_hour_ago = time.time() - 3600
    os.utime(live, (an_hour_ago, an_hour_ago))
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        write_atomic(tmp_path / "b.pdf", b"new")
        assert live.exists()
    finally:
        os.close(handle)
    write_atomic(tmp_path / "b.pdf", b"newer")  # now it is a leftover
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.pdf"]
