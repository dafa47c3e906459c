"""Files the app keeps in the user's cache folder between runs (drawn charts, parsed fact
files), written atomically. The cache only ever saves time: a folder that cannot be written,
or an entry that cannot be read, is simply a miss."""

from __future__ import annotations

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


def read_entry(kind: str, name: str) -> bytes | None:
    try:
        return cache_path(kind, name).read_bytes()
    except OSError:
        return None


def write_entry(kind: str, name: str, data: bytes) -> None:
    path = cache_path(kind, name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        Path(temporary).replace(path)
    except OSError:
        pass  # a read-only or full cache folder: the work is simply done again next time


def code_fingerprint(sources: Iterable[Path]) -> bytes:
    """What identifies the code behind a cache entry: its source files; in a frozen bundle,
    which holds bytecode only, the bundle itself (the app's version and its executable)."""
    try:
        return hashlib.sha256(b"\0".join(path.read_bytes() for path in sources)).digest()
    except OSError:
        stamp = f"{__version__}:{Path(sys.executable).stat().st_mtime_ns}"
        return hashlib.sha256(stamp.encode()).digest()
