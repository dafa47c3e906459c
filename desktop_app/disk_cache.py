"""Files the app keeps in the user's cache folder between runs (drawn charts, parsed fact
files), written atomically. The cache only ever saves time: a folder that cannot be written,
or an entry that cannot be read, is simply a miss.

Each kind of entry has a size limit. Reading an entry marks it as used; when a write takes a
kind over its limit, the entries used longest ago go first (edited fact files and earlier
versions of the app leave entries nobody will ask for again).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from desktop_app import __version__
from desktop_app.resources import user_cache_dir


def cache_path(kind: str, name: str) -> Path:
    return user_cache_dir() / kind / name


LIMIT_BYTES = 256 * 1024 * 1024  # for each kind of entry


def read_entry(kind: str, name: str) -> bytes | None:
    path = cache_path(kind, name)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    with contextlib.suppress(OSError):  # a read-only cache is still read
        os.utime(path)  # used now: kept longest
    return data


def write_entry(kind: str, name: str, data: bytes, limit: int = LIMIT_BYTES) -> None:
    path = cache_path(kind, name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        Path(temporary).replace(path)
        _trim(path.parent, limit)
    except OSError:
        pass  # a read-only or full cache folder: the work is simply done again next time


def _trim(folder: Path, limit: int) -> None:
    """Remove the entries used longest ago until the folder is within ``limit`` bytes."""
    entries = []
    for entry in folder.iterdir():
        stat = entry.stat()
        entries.append((stat.st_mtime_ns, stat.st_size, entry))
    total = sum(size for _, size, _ in entries)
    for _, size, entry in sorted(entries):
        if total <= limit:
            break
        entry.unlink(missing_ok=True)
        total -= size


def code_fingerprint(sources: Iterable[Path]) -> bytes:
    """What identifies the code behind a cache entry: its source files; in a frozen bundle,
    which holds bytecode only, the bundle itself (the app's version and its executable)."""
    try:
        return hashlib.sha256(b"\0".join(path.read_bytes() for path in sources)).digest()
    except OSError:
        stamp = f"{__version__}:{Path(sys.executable).stat().st_mtime_ns}"
        return hashlib.sha256(stamp.encode()).digest()
