"""Registering the bundled fonts with reportlab, once per process, before any drawing."""

from __future__ import annotations

import threading

from desktop_app.fonts import CJK, FALLBACK, FontFace, load_face

_LOCK = threading.Lock()
_DONE = False
_REGISTERED: set[FontFace] = set()

BODY = CJK.name


def _utf16_hex(code: int) -> str:
    """A code point as UTF-16BE hex, as a PDF ToUnicode CMap wants it (pairs above U+FFFF)."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _fix_to_unicode_maps() -> None:
    """reportlab writes characters above U+FFFF (emoji, rare ideographs) into a font's
    ToUnicode map as five hex digits, which PDF readers reject, so such characters could not be
    copied out of the PDF. Write them as UTF-16 surrogate pairs instead."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "briefing_fixed", False):
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        text: str = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                text = text.replace(
                    f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16_hex(code)}>"
                )
        return text

    make_cmap.briefing_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap


def register_fonts(*faces: FontFace) -> None:
    """Register the CJK face and the symbol fallback, and ``faces`` (a face only some
    documents use, such as the brief's 仿宋 and 楷体, is read only when one asks for it).
    Safe to call from any thread, any time."""
    global _DONE
    with _LOCK:
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        for face in (CJK, FALLBACK, *faces):
            if face in _REGISTERED:
                continue
            font = load_face(face)  # parsed once, shared with the glyph-coverage check
            pdfmetrics.registerFont(font)
            # One face serves all four styles; bold is drawn by stroking (see flowables).
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(face.name, bold, italic, face.name)
            _REGISTERED.add(face)
        if not _DONE:
            _fix_to_unicode_maps()
            from desktop_app.render.pdf.paragraphs import install

            install()  # Chinese lines justified between their characters
            _DONE = True
