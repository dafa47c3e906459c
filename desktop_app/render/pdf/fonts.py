"""Registering the bundled fonts with reportlab, once per process, before any drawing."""

from __future__ import annotations

import threading

from desktop_app.errors import FontError
from desktop_app.fonts import CJK, FALLBACK

_LOCK = threading.Lock()
_DONE = False

BODY = CJK.name
SYMBOLS = FALLBACK.name


def register_fonts() -> None:
    """Register the CJK face and the symbol fallback. Safe to call from any thread, any time."""
    global _DONE
    with _LOCK:
        if _DONE:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        for face in (CJK, FALLBACK):
            try:
                font = TTFont(face.name, str(face.path), subfontIndex=face.subfont_index)
            except (TTFError, OSError, ValueError) as exc:
                raise FontError(
                    f"{face.path}: bundled font cannot be read ({exc}); reinstall"
                ) from exc
            pdfmetrics.registerFont(font)
            # One face serves all four styles; bold is drawn by stroking (see flowables).
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(face.name, bold, italic, face.name)
        _DONE = True
