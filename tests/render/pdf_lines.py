"""Reading a PDF back as the lines a reader sees: each line's characters, in order, with their
positions and sizes (pdfplumber), and the rules of line breaking checked on them."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field

import pdfplumber

from desktop_app.render.pdf.linebreak import NO_LINE_END, NO_LINE_START


@dataclass
class Line:
    page: int  # 1-based
    chars: list[dict] = field(default_factory=list)

    @property
    def visible(self) -> list[dict]:
        """The characters drawn (not the zero-width brackets around a superscript)."""
        return [c for c in self.chars if c["x1"] - c["x0"] > 0.01]

    @property
    def text(self) -> str:
        """As it copies out (superscripts in brackets)."""
        return "".join(c["text"] for c in self.chars)

    @property
    def drawn(self) -> str:
        return "".join(c["text"] for c in self.visible).strip()

    @property
    def size(self) -> float:
        """The commonest size on the line."""
        return Counter(round(c["size"], 1) for c in self.visible).most_common(1)[0][0]

    def superscript(self, char: dict) -> bool:
        return char["size"] < self.size * 0.9

    @property
    def top(self) -> float:
        return min(c["top"] for c in self.visible)

    @property
    def x0(self) -> float:
        return min(c["x0"] for c in self.visible)

    @property
    def x1(self) -> float:
        return max(c["x1"] for c in self.visible)

    @property
    def bottom(self) -> float:
        return max(c["bottom"] for c in self.visible if not self.superscript(c))

    def continues(self, line: Line) -> bool:
        """Whether this line may be the one after ``line`` in the same paragraph: on the same
        page, one line below it (a gap between paragraphs, or table rows, is larger) and under
        it."""
        step = self.bottom - line.bottom
        return (
            self.page == line.page
            and 0.5 * line.size < step <= 2.0 * line.size
            and min(self.x1, line.x1) > max(self.x0, line.x0)
        )

    def __repr__(self) -> str:
        return f"<line p{self.page} {self.text!r}>"


def read_lines(data: bytes) -> list[Line]:
    """Every line of text in the PDF, page after page, in drawing order (a table's cells are
    lines of their own)."""
    lines: list[Line] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            line: Line | None = None
            previous: dict | None = None
            for char in page.chars:
                if previous is not None and line is not None:
                    size = max(char["size"], previous["size"])
                    new = (
                        # back to the left: the next line (a wide mark squeezed beside another
                        # starts half an em inside the one before it: ”）)
                        char["x0"] < previous["x0"] - 2
                        or char["x0"] > previous["x1"] + size * 1.5  # the next cell
                        or abs(char["bottom"] - previous["bottom"]) > size * 0.9
                    )
                    if new:
                        line = None
                if line is None:
                    line = Line(number)
                    lines.append(line)
                line.chars.append(char)
                previous = char
    return [line for line in lines if line.visible and line.drawn]


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def breaking_faults(lines: list[Line]) -> list[str]:
    """Lines that break where Chinese or English typography forbids: a line beginning with
    closing punctuation or a footnote marker, or ending with opening punctuation; a number cut
    from its unit (a line ending in a digit before one beginning with a Chinese character, or
    ending in 第/约/超/近 before a digit)."""
    faults = []
    for index, line in enumerate(lines):
        visible = [c for c in line.visible if c["text"].strip()]
        if not visible or PAGE_NUMBER.fullmatch(line.drawn):
            continue
        first, last = visible[0], visible[-1]
        if first["text"] in NO_LINE_START:
            faults.append(f"starts with {first['text']}: {line}")
        if line.superscript(first) and first["text"].isdigit():
            faults.append(f"starts with a marker: {line}")
        if last["text"] in NO_LINE_END:
            faults.append(f"ends with {last['text']}: {line}")
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is None or not following.continues(line):
            continue
        head = following.drawn[:1]
        if last["text"].isdigit() and not line.superscript(last) and is_cjk(head):
            faults.append(f"number cut from its unit: {line} / {following}")
        if last["text"] in "第约超近" and head.isdigit():
            faults.append(f"{last['text']} cut from its number: {line} / {following}")
    return faults


PAGE_NUMBER = re.compile(r"(— )?\d+( —)?")  # — 3 — in Chinese, 3 in English
WORD = re.compile(r"[A-Za-z]+")


def words_cut(lines: list[Line], words: set[str]) -> list[str]:
    """Lines ending inside a word without a hyphen: the last word on the line (or the first
    on the next) is not one of ``words`` (the text's own words)."""
    faults = []
    for index, line in enumerate(lines[:-1]):
        text = line.drawn
        following = lines[index + 1]
        if not following.continues(line):
            continue
        if not text or not text[-1].isalpha() or text.endswith("-"):
            continue
        tail = WORD.findall(text)[-1]
        head = WORD.findall(following.drawn[:40])
        if tail not in words:
            faults.append(f"ends inside a word: {line} / {following}")
        elif head and following.drawn[:1].isalpha() and head[0] not in words:
            faults.append(f"next begins inside a word: {line} / {following}")
    return faults
