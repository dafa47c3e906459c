"""An article's raw lines from pasted text, a .txt, an .html or a .docx file.

HTML is read with the standard library's parser: every block element starts a new line,
scripts and styles are dropped, and each line remembers whether it was a heading, a link
(a line that is all anchor text) or a list item, which the cleaning step uses to tell page
chrome from the article. A .docx gives one line per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from desktop_app.errors import BriefingError

SUFFIXES = (".txt", ".html", ".htm", ".docx")
MAX_BYTES = 5 * 1024 * 1024

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "form",
        "hr",
        "title",
        "figcaption",
    ]
)
_DROPPED = frozenset(("script", "style", "noscript", "template", "svg", "iframe"))
_CHROME = frozenset(("nav", "header", "footer", "aside", "form"))
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


class ArticleError(BriefingError):
    """The article cannot be read (one line: the file and what to do)."""


@dataclass(frozen=True)
class Line:
    text: str
    number: int  # 1-based, in the order the reader meets it
    tag: str = "text"  # "title" (<title>), "h1", "heading", "link", "li", "chrome" or "text"


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, str]] = []
        self._parts: list[str] = []
        self._link_chars = 0
        self._stack: list[str] = []
        self._dropped = 0
        self._tag = "text"

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self._parts).replace("\n", " ")).strip()
        if text:
            tag = self._tag
            if tag == "text" and self._link_chars >= len(text.replace(" ", "")) * 0.8:
                tag = "link"
            if any(t in _CHROME for t in self._stack) and tag in ("text", "link", "li"):
                tag = "chrome"
            self.lines.append((text, tag))
        self._parts, self._link_chars, self._tag = [], 0, "text"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._dropped += 1
        if tag in _BLOCKS:
            self._flush()
        if tag not in ("br", "hr", "img", "meta", "link", "input"):
            self._stack.append(tag)
        if tag == "title":
            self._tag = "title"
        elif tag == "h1":
            self._tag = "h1"
        elif tag in ("h2", "h3", "h4", "h5", "h6"):
            self._tag = "heading"
        elif tag == "li" and self._tag == "text":
            self._tag = "li"

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropped = max(0, self._dropped - 1)
        if tag in _BLOCKS:
            self._flush()
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._dropped:
            return
        self._parts.append(data)
        if "a" in self._stack:
            self._link_chars += len(data.strip().replace(" ", ""))


def html_lines(markup: str) -> list[Line]:
    parser = _Html()
    parser.feed(markup)
    parser.close()
    parser._flush()
    return [Line(text, n, tag) for n, (text, tag) in enumerate(parser.lines, 1)]


def text_lines(text: str) -> list[Line]:
    cleaned = (_SPACE.sub(" ", raw).strip() for raw in text.splitlines())
    return [Line(t, n) for n, t in enumerate((t for t in cleaned if t), 1)]


def docx_lines(path: Path) -> list[Line]:
    import docx  # python-docx, already a dependency for the Word renderer

    try:
        document = docx.Document(str(path))
    except Exception as error:  # a zip or XML error: not a Word document
        raise ArticleError(
            f"{path}: not a readable Word (.docx) file ({type(error).__name__})"
        ) from None
    texts = [_SPACE.sub(" ", p.text).strip() for p in document.paragraphs]
    return [Line(t, n) for n, t in enumerate((t for t in texts if t), 1)]


def _decode(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "gb18030", "big5"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ArticleError(f"{path}: not text in UTF-8, GB18030 or Big5; save it as UTF-8")


def read_lines(path: Path) -> list[Line]:
    """The article's lines from ``path`` (.txt, .html, .htm or .docx)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleError(
            f"{path}: cannot import a '{suffix or 'file without an extension'}'; "
            "give a .txt, .html or .docx file, or paste the text"
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None
    if size > MAX_BYTES:
        raise ArticleError(f"{path}: {size} bytes is too large for an article (limit 5 MB)")
    if suffix == ".docx":
        return docx_lines(path)
    text = _decode(path.read_bytes(), path)
    if suffix in (".html", ".htm") or text.lstrip()[:1] == "<":
        return html_lines(text)
    return text_lines(text)


def pasted_lines(text: str) -> list[Line]:
    """Lines of pasted text; HTML pasted as markup is read as HTML."""
    return html_lines(text) if text.lstrip()[:1] == "<" else text_lines(text)
