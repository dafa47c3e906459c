"""Rendered charts kept on disk between runs, so an export need not start matplotlib when its
charts are unchanged (starting it takes longer than drawing a whole briefing).

A chart is stored under a hash of its spec and of everything that shapes its pixels: the
drawing code, the matplotlib release and the bundled fonts. Change any of them and the old
files are simply not found again. An entry that cannot be read or is not a PNG is drawn
afresh.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path

from desktop_app.disk_cache import code_fingerprint, read_entry, write_entry
from desktop_app.errors import FontError
from desktop_app.fonts import CJK, FALLBACK

_PNG = b"\x89PNG\r\n\x1a\n"
_DRAWING_CODE = Path(__file__).with_name("draw.py")


@cache
def _fingerprint() -> str:
    """What the pixels depend on besides the spec."""
    parts = [code_fingerprint([_DRAWING_CODE])]
    try:
        parts.append(metadata.version("matplotlib").encode())
    except metadata.PackageNotFoundError:  # a frozen bundle, identified by the code's part
        parts.append(b"bundled")
    for face in (CJK, FALLBACK):
        try:
            parts.append(f"{face.path.name}:{face.path.stat().st_size}".encode())
        except (OSError, FontError):  # drawing will say clearly what is wrong with it
            parts.append(b"missing")
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]


def stored_png(key: str, draw: Callable[[], bytes]) -> bytes:
    """The chart ``key`` from the store, or drawn by ``draw`` and stored."""
    name = f"{_fingerprint()}-{key[:32]}.png"
    data = read_entry("charts", name)
    if data is not None and data.startswith(_PNG):
        return data
    data = draw()
    write_entry("charts", name, data)
    return data
