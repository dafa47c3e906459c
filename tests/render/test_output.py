"""Faults while writing an export: a clear message, and nothing is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.errors import ExportError
from desktop_app.render import output
from desktop_app.render.output import write_atomic
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
    file is removed by the next export."""
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
    leftovers = [p.name for p in earlier.parent.iterdir() if p.name.endswith(".part")]
    assert len(leftovers) == 1 and leftovers[0].startswith(".briefing.pdf.")
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
