"""Where bundled resources live: the one place that knows, for a checkout, a wheel or a bundle.

- In a source checkout (or an editable install) they sit at the repository's root.
- In a wheel they are packed under ``desktop_app/_bundled/``.
- In a PyInstaller bundle they are unpacked under ``sys._MEIPASS/desktop_app/_bundled/``.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    roots = [_PACKAGE / "_bundled"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.insert(0, Path(frozen) / "desktop_app" / "_bundled")
    roots.append(_PACKAGE.parent)  # the repository root of a source checkout
    return tuple(roots)


def resource_path(name: str) -> Path:
    """The bundled folder ``name`` (``seeds``, ``report_templates`` or ``assets``)."""
    for root in _roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder '{name}' not found; reinstall Briefing Studio")


def bundled_facts() -> Path:
    """The fact base that ships with the app."""
    return resource_path("seeds")


def user_cache_dir() -> Path:
    """The user's own cache folder for the app (never the install folder)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "BriefingStudio" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "BriefingStudio"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing-studio"


def style_sheet() -> str:
    """The desktop app's style sheet (Qt style sheet syntax), or nothing if it is missing."""
    path = resource_path("assets") / "styles" / "studio.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""
