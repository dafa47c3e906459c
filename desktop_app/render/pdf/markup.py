"""Turning model text into reportlab paragraph markup, safely.

Every piece of text is escaped, so "R&D" or "</para>" stays text. Characters the text's own
face lacks (the paragraph style's font, the CJK face unless said otherwise) are drawn with the
next bundled face that has them; a character no bundled face has becomes a visible
replacement mark (never silently dropped). Control characters are removed.
"""

from __future__ import annotations

from contextvars import ContextVar
from xml.sax.saxutils import escape

from desktop_app.fonts import BY_NAME, CJK, FALLBACK, FontFace, face_for
from desktop_app.model import Inlines, NoteRef, Run, SourceRef
from desktop_app.render.characters import printable
from desktop_app.render.pdf.styles import MUTED

REPLACEMENT = "\ufffd"
CURLY_QUOTES = "“”‘’"
# In an English document, curly quotes take the Latin face: the CJK face draws them full-width.
latin_quotes: ContextVar[bool] = ContextVar("latin_quotes", default=False)


def _clean(text: str) -> str:
    """Tabs and line breaks become spaces; what cannot be shown goes (see ``printable``)."""
    return printable(text).replace("\t", " ").replace("\n", " ")


def text_markup(text: str, font: str = CJK.name) -> str:
    """``text`` as escaped markup for a paragraph set in ``font`` (a bundled face's registered
    name), with font switches for the characters that face lacks."""
    primary = BY_NAME[font]
    out: list[str] = []
    run: list[str] = []
    run_face = primary
    latin = latin_quotes.get()
    for ch in _clean(text):
        face = FALLBACK if latin and ch in CURLY_QUOTES else face_for(ch, primary)
        if face is None:
            ch, face = REPLACEMENT, FALLBACK
        if face is not run_face and run:
            out.append(_wrap("".join(run), run_face, primary))
            run = []
        run_face = face
        run.append(ch)
    if run:
        out.append(_wrap("".join(run), run_face, primary))
    return "".join(out)


def _wrap(text: str, face: FontFace, primary: FontFace) -> str:
    escaped = escape(text)
    if face is primary:
        return escaped
    return f'<font name="{face.name}">{escaped}</font>'


def note_markup(number: int, colour: str) -> str:
    """A superscript footnote marker linked to its note (the link tells the layout its page)."""
    return f'<super><a href="#fn-{number}" color="{colour}">{number}</a></super>'


def source_markup(number: int) -> str:
    """A source's number, as a small grey superscript [1] (GB/T 7714's 顺序编码制): seen, and
    read aloud without."""
    return f'<super><font color="#{MUTED.hexval()[2:]}">[{number}]</font></super>'


def inline_markup(inlines: Inlines, colour: str, font: str = CJK.name) -> str:
    parts: list[str] = []
    for item in inlines:
        if isinstance(item, NoteRef):
            parts.append(note_markup(item.number, colour))
        elif isinstance(item, SourceRef):
            parts.append(source_markup(item.number))
        elif isinstance(item, Run):
            body = text_markup(item.text, font)
            # Our faces have no bold: a strong run is set in the accent colour, as in Word.
            parts.append(f'<font color="{colour}">{body}</font>' if item.strong else body)
        else:
            raise TypeError(f"unknown inline {type(item).__name__}")
    return "".join(parts)
