"""Writing an export safely: a temporary file beside the target, then an atomic rename.

A failed export never leaves a partial file and never destroys an earlier one. If the process
is killed mid-write, only a hidden ``.NAME.*.part`` file can remain beside the target; the next
export to that target removes it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from desktop_app.errors import ExportError


def check_target(path: Path) -> Path:
    """Fail early, before any work, when ``path`` cannot be written. Returns its folder."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist; choose an existing folder")
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"{path}: the folder {folder} is not writable; choose another folder")
    return folder


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the new one."""
    path = Path(path)
    folder = check_target(path)
    for leftover in folder.glob(f".{path.name}.*.part"):  # from an export that was killed
        with contextlib.suppress(OSError):
            leftover.unlink()
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(
            f"{path}: cannot write in {folder} ({exc.strerror}); choose another folder"
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        reason = exc.strerror or str(exc)
        hint = "close it in the program that has it open" if isinstance(exc, PermissionError) else (
            "free some space" if exc.errno == 28 else "check the folder")  # fmt: skip
        raise ExportError(
            f"{path}: could not be written ({reason}); the previous file is unchanged; {hint}"
        ) from exc
