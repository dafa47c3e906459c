"""Writing an export safely: a temporary file beside the target, then an atomic rename or link.

- :func:`write_atomic` replaces the target (what a script asks for with ``-o``).
- :func:`write_new` never replaces anything: it takes the first free name of ``NAME``,
  ``NAME (2)``, ``NAME (3)``... and reserves it atomically, so two exports can never share a
  name however fast they follow each other.

A failed export never leaves a partial file and never destroys an earlier one. Files get the
permissions any other program would give them: the operating system applies the user's umask.
If the process is killed mid-write, only a hidden ``.NAME.*.part`` file can remain beside the
target; a later export to that name removes it. A part file is removed only when it is stale:
over a minute old and not locked (on Windows: not open) by the export writing it, so exports
running side by side never remove each other's.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from desktop_app.errors import ExportError

try:  # POSIX: a part file is locked while it is written; Windows refuses to delete it anyway
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

FILE_MODE = 0o666  # before the umask, as open() and every other program create files
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
MAX_COPIES = 9999
STALE_SECONDS = 60  # a part file this old, and not locked, was left by an export that died


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


def _locked(handle: int) -> None:
    if fcntl is not None:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _remove_leftovers(folder: Path, name: str) -> None:
    """Remove part files of ``name`` left by exports that were killed."""
    stale = time.time() - STALE_SECONDS
    for leftover in folder.glob(f".{name}.*.part"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime > stale:
                continue  # being written, or finished a moment ago and about to be named
            handle = os.open(leftover, os.O_RDONLY)
            try:
                _locked(handle)  # raises while a live export holds it
                leftover.unlink()
            finally:
                os.close(handle)


def _failure(path: Path, exc: OSError, earlier: bool = True) -> ExportError:
    reason = exc.strerror or str(exc)
    if isinstance(exc, PermissionError):
        hint = "close it in the program that has it open"
    elif exc.errno == errno.ENOSPC:
        hint = "free some space"
    else:
        hint = "check the folder"
    kept = "; the previous file is unchanged" if earlier else ""
    return ExportError(f"{path}: could not be written ({reason}){kept}; {hint}")


@contextlib.contextmanager
def _part_file(path: Path, data: bytes) -> Iterator[Path]:
    """``data`` written and flushed to disk in a new hidden part file beside ``path``, locked
    while in use; the part file is gone afterwards, whatever happens."""
    folder = check_target(path)
    _remove_leftovers(folder, path.name)
    try:
        while True:
            temp = folder / f".{path.name}.{secrets.token_hex(4)}.part"
            try:
                handle = os.open(temp, _OPEN_FLAGS, FILE_MODE)
                break
            except FileExistsError:
                continue
    except OSError as exc:
        raise ExportError(
            f"{path}: cannot write in {folder} ({exc.strerror}); choose another folder"
        ) from exc
    try:
        with contextlib.suppress(OSError):
            _locked(handle)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
            os.fsync(handle)
        finally:
            os.close(handle)
        yield temp
    except OSError as exc:
        raise _failure(path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the new one."""
    path = Path(path)
    with _part_file(path, data) as temp:
        temp.replace(path)


def numbered(path: Path, number: int) -> Path:
    """``NAME.pdf`` for 1, ``NAME (2).pdf`` for 2, and so on."""
    return path if number == 1 else path.with_name(f"{path.stem} ({number}){path.suffix}")


def _claim(temp: Path, target: Path) -> bool:
    """Give the finished part file the name ``target`` unless that name exists. Atomic: a hard
    link fails if the name is taken. Where links fail (FAT and exFAT sticks, some network
    drives) the name is instead created exclusively, then the part file renamed over it; an
    error there is the real one, and is raised."""
    try:
        os.link(temp, target)
        return True
    except FileExistsError:
        return False
    except OSError:
        pass  # no hard links here: reserve the name by creating it
    try:
        os.close(os.open(target, _OPEN_FLAGS, FILE_MODE))
    except FileExistsError:
        return False
    try:
        temp.replace(target)
    except OSError:
        with contextlib.suppress(OSError):
            target.unlink()  # the empty file this export reserved, never anyone else's
        raise
    return True


def write_new(path: Path, data: bytes) -> Path:
    """Write ``data`` under the first free name of ``path``, ``path (2)``... and return it.
    Never replaces a file, even one made a moment ago by another export."""
    path = Path(path)
    with _part_file(path, data) as temp:
        for number in range(1, MAX_COPIES + 1):
            target = numbered(path, number)
            try:
                if _claim(temp, target):
                    return target
            except OSError as exc:
                raise _failure(target, exc, earlier=False) from exc
    raise ExportError(f"{path}: {MAX_COPIES} files of this name exist; choose another folder")
