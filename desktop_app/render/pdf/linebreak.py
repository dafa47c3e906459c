"""Where a paragraph's lines break: Chinese after W3C clreq and GB/T 15834, English at spaces
and hyphens.

reportlab's CJK breaker ends a line after any character that fills it (hanging one closing
mark at most), so "。" or a footnote marker could start a line, "（" end one, and numbers be cut
from their units, words from their letters. This breaker replaces it, building the same
reportlab lines from the same fragments:

- A break may fall between two CJK characters, after a space, after a hyphen between letters,
  after closing punctuation or a dash, and before opening punctuation; never inside a run of
  Latin letters and digits, never before closing punctuation (，。、；：？！）》」』”’ % …) nor
  after opening punctuation (（《「『“‘), never around a no-break space or next to a
  superscript (a footnote marker stays with the text before it).
- Glued, so never broken: a number with its unit, measure word or 年/月/日 and with 第/约/超/近
  before it (第13段, 约2023年, 149亿元, 超2400家, 1 个), a month with its day (2月14日; a
  Chinese date may break after its year), an English date (18 October 2021), a short
  bracketed name （虎丘区） and the word before it (unless keeping them together would leave
  the line too short to justify: the gloss then starts the next line, as clreq allows an
  opening bracket to), a source number with the text before it (…家[1]).
- A paragraph's last line holds at least two characters (letters, digits or ideographs, not
  punctuation): the line before gives it what it needs.
- A word too long for the space left is hyphenated where the British English patterns allow
  (pyphen), with a hyphen drawn, when the line would otherwise be left much too short or the
  word does not fit on a line at all; a run that cannot break anywhere is cut as a last resort
  (a Latin word with a hyphen).
- Two wide punctuation marks side by side (”）, 。”, ）（, ：“) are set in one and a half ems,
  as clreq asks: the blank half of one of them is taken out (a closing mark's right half, else
  an opening mark's left half; not at the start of a line, where an opening mark stays whole),
  or less where the font's glyphs would touch (:func:`desktop_app.fonts.ink`).
- Headlines (styles with ``headline=True``: titles, headings, captions, contents entries)
  balance their lines and break, by preference, at spaces and punctuation, never inside a short
  bracketed group or leaving a line of one character.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.platypus.paragraph import FragLine, ParaLines

from desktop_app.fonts import ink

# Break classes of a character.
SP, GL, CLW, CLN, DA, OPW, OPN, ID, AL, HY, SUP = range(11)

_CLOSE_WIDE = "，。、；：？！）》」』”’〉】〕〗〙〛｝］｠｡､〞·・‧〟"
_CLOSE_NARROW = ".,;:!?)]}%‰℃°′″/"
_DASHES = "—…‥–～〜⸺"  # never start a line, never split, a break may follow
_OPEN_WIDE = "（《「『“‘〈【〔〖〘〚｛［｟〝"
_OPEN_NARROW = "([{"
_HYPHENS = "-‐"
_GLUE = "\u00a0\u202f\u2007\u2060\ufeff\u200d\ufffc"
_SPACES = " \u3000\u2002\u2003\u2009\u200a\u200b"
OBJECT = "\ufffc"  # stands for a superscript or a zero-width object in the text searched
# Wide marks whose glyph stands in one half of its em (simplified Chinese fonts centre ：；？！,
# which are not squeezed): a closing mark's ink is on the left, an opening mark's on the right.
_HALF_CLOSE = "，。、）》」』”’〉】〕〗〙〛｝］"
_HALF_OPEN = "（《「『“‘〈【〔〖〘〚｛［"

NO_LINE_START = _CLOSE_WIDE + _CLOSE_NARROW + _DASHES
NO_LINE_END = _OPEN_WIDE + _OPEN_NARROW

_CLASS: dict[str, int] = {}
for _chars, _cls in (
    (_CLOSE_WIDE, CLW),
    (_CLOSE_NARROW, CLN),
    (_DASHES, DA),
    (_OPEN_WIDE, OPW),
    (_OPEN_NARROW, OPN),
    (_HYPHENS, HY),
    (_GLUE, GL),
    (_SPACES, SP),
):
    for _ch in _chars:
        _CLASS[_ch] = _cls


def char_class(ch: str) -> int:
    cls = _CLASS.get(ch)
    if cls is None:
        cls = _CLASS[ch] = ID if ord(ch) >= 0x2E80 else AL
    return cls


def _pair(a: int, b: int) -> int:
    """May a line break between a character of class ``a`` and one of class ``b``? 1: yes,
    0: no, 2: only between letters (after a hyphen)."""
    if b in (CLW, CLN, DA, SUP, GL, SP):
        return 0
    if a in (OPW, OPN, GL):
        return 0
    if a in (SP, CLW, DA, SUP):
        return 1
    if a == ID or b in (ID, OPW):
        return 1
    if a == HY:
        return 2
    return 0


_PAIRS = [[_pair(a, b) for b in range(11)] for a in range(11)]

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ZH_UNITS = (
    "平方公里|平方千米|平方米|公顷|公里|千米|小时|分钟|美元|欧元|港元|日元|个百分点|百分点|人次"
)
_S = "[ \u00a0]"
# Runs that never break inside. The second group of each tuple: also never break before it.
_GLUED: list[tuple[re.Pattern[str], bool]] = [
    # a number with its unit or measure word, and 第/约/超/近… before it: 第13段, 超2400家,
    # 149亿元, 1—8月, 7%, 1 个
    (
        re.compile(
            r"(?:[第约超近逾])?[+\-−]?\d[\d,.]*(?:[—–~～\-]\d[\d,.]*)?"
            rf"(?:[%‰]|{_S}?[万亿千百]*[余多]?(?:{_ZH_UNITS}|[\u3400-\u9fff]))?"
        ),
        False,
    ),
    # a day with its month: 2月14日 (a date may break after its year, 2025年|2月14日, as a line
    # of Chinese would otherwise be left short before a long date)
    (re.compile(r"\d{1,2}月\d{1,2}日"), False),
    # English dates: 18 October 2021, October 2021, January–August 2021, October 18, 2021
    (re.compile(rf"\d{{1,2}}{_S}(?:{_MONTHS})(?:{_S}\d{{4}})?"), False),
    (re.compile(rf"(?:{_MONTHS})(?:[–\-](?:{_MONTHS}))?{_S}(?:\d{{1,2}},{_S})?\d{{4}}"), False),
    # English counts and amounts with the word they count: 2,400 enterprises, 1 tn+ yuan (not
    # a year: "2021 promotion event" may break)
    (
        re.compile(
            r"(?<![\d,.])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.]*\+?%?"
            rf"(?:{_S}(?:bn|tn|m|million|billion|trillion|thousand)\+?)?{_S}[a-z][a-z\-]*"
        ),
        False,
    ),
    # c. 2023, No. 3, paragraph 13, Figure 2; c. July (2025: the date is glued above)
    (re.compile(rf"\b(?:c|No|no|p|pp|para|paragraph|Figure|Table|Issue|page)\.?{_S}\d+"), False),
    (re.compile(rf"\bc\.{_S}(?:{_MONTHS})"), False),
    # a short bracketed name, which glosses the word before it and so never starts a line:
    # 苏州高新区（虎丘区）, 独角兽（含潜在）, Park (SIP); a short note with a number (（2021年）,
    # （距今约4年）) is kept whole but may start one, as a narrow cell needs
    (_GLOSS := re.compile(r"（[^（）\s\d]{1,6}）|\([^()\s\d]{1,6}\)"), True),
    (re.compile(r"（[^（）\s]{1,6}）|\([^()\s]{1,6}\)"), False),
    # a point's date, said at its end, is one unit too: （截至2023年8月）
    (re.compile(r"（截至\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?）"), False),
    # a source number stays with the text before it: …2400家[1]。 …programmes [1].
    (re.compile(rf"{_S}?(?:\[\d+(?:[,–\-]\d+)*\])+"), True),
]
_HAS_DIGIT = re.compile(r"\d")
_HAS_GLUE = re.compile(r"[\[（(]")

FUZZ = 1e-6
HYPHENATE_SLACK = 0.2  # hyphenate a word when the line would otherwise leave this much empty
HEADLINE_MAX_UNITS = 300  # longer headlines are filled greedily
SHORT_GROUP = 20  # a bracketed group this short is not broken in a headline
INSIDE_WORD = 60.0  # a headline's break between two ideographs: perhaps inside a word
NAME_SPLIT = INSIDE_WORD  # a headline's break between two capitalised words: inside a name
CONJUNCTIONS = "和与及"  # a word ends after these in a title: 苏州工业园区和|苏州高新区
MAX_CHAR_SPACE = 0.15  # ems between characters at most, to justify a line (more reads loose:
# a line that would need more is left ragged)
INK_GAP = 0.12  # ems left at least between two squeezed marks' glyphs
LONGEST_WORD = 40  # a longer run of letters is no word (a code, a web address): cut, no hyphen


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    try:
        import pyphen

        return pyphen.Pyphen(lang="en_GB", left=2, right=3)
    except (ImportError, OSError, KeyError):  # pragma: no cover - a broken install: no hyphens
        return None


@lru_cache(maxsize=8192)
def hyphenation_points(word: str) -> tuple[int, ...]:
    """Where ``word`` may be hyphenated: the number of letters before each hyphen."""
    if len(word) < 5 or word.isupper():
        return ()
    dictionary = _hyphenator()
    if dictionary is None:
        return ()
    return tuple(int(p) for p in dictionary.positions(word))


@lru_cache(maxsize=256)
def _font_widths(font_name: str) -> tuple[dict[str, float], Callable[[str], float]]:
    font = getFont(font_name)
    cache: dict[str, float] = {}

    def width(ch: str) -> float:
        w = cache.get(ch)
        if w is None:
            w = cache[ch] = font.stringWidth(ch, 1000)
        return w

    return cache, width


@lru_cache(maxsize=256)
def _ascent_descent(font_name: str, size: float) -> tuple[float, float]:
    return getAscentDescent(font_name, size)


_CITATION = re.compile(r"\[\d{1,3}\]")


def _is_letter(ch: str) -> bool:
    return ch.isalpha() and ord(ch) < 0x2E80


class Units:
    """A paragraph's fragments cut into characters: each one's text, fragment, width and break
    class, and the breaks allowed between them."""

    __slots__ = (
        "allow",
        "chars",
        "classes",
        "forced",
        "frags",
        "glued",
        "n",
        "quiet",
        "soft",
        "squeezed",
        "widths",
    )

    def __init__(self, frags: Sequence[Any]) -> None:
        chars: list[str] = []
        owners: list[Any] = []
        widths: list[float] = []
        classes: list[int] = []
        forced: set[int] = set()  # units a line must end after (<br/>)
        texts: list[str] = []  # the text searched for runs not to break, superscripts hidden
        get = _CLASS.get
        for frag in frags:
            cb = getattr(frag, "cbDefn", None)
            text = frag.text
            if cb is not None or not text:
                text = OBJECT
                owners.append(frag)
                widths.append(getattr(cb, "width", 0) or 0)
                classes.append(GL)
                texts.append(OBJECT)
            else:
                cache, width = _font_widths(frag.fontName)
                scale = frag.fontSize / 1000
                owners += [frag] * len(text)
                widths += [(w if (w := cache.get(ch)) is not None else width(ch)) * scale
                           for ch in text]  # fmt: skip
                if (frag.rise or 0) > 0:  # a superscript: a footnote marker
                    classes += [SUP] * len(text)
                    texts.append(OBJECT * len(text))
                else:
                    classes += [c if (c := get(ch)) is not None else char_class(ch) for ch in text]
                    texts.append(text)
            chars += text
            if hasattr(frag, "lineBreak"):
                forced.add(len(chars) - 1)
        self.chars, self.frags, self.widths, self.classes = chars, owners, widths, classes
        self.forced = forced
        self.n = len(chars)
        self.glued = bytearray(self.n)  # 1: in a run that is not to be broken (a date…)
        self.soft: list[int] = []  # breaks a gloss's glue took away: （虎丘区） may start a line
        joined = "".join(texts)
        self.allow = self._breaks(joined)
        self.squeezed = self._squeeze()
        # A citation of the sources list, [2], is not text a line can stand on: 《…榜》[2]。
        self.quiet = bytearray(self.n)
        if "[" in joined:
            for match in _CITATION.finditer(joined):
                self.quiet[match.start() : match.end()] = b"\x01" * (match.end() - match.start())

    def _squeeze(self) -> dict[int, float]:
        """Units set narrower, as two wide marks side by side ask: unit → the width taken out
        (positive: after the mark, a closing one; negative: before it, an opening one). Half
        the mark's width is taken out, or less where the two glyphs would come closer than
        INK_GAP (a font's ） can reach past the middle of its em)."""
        squeezed: dict[int, float] = {}
        chars, widths, classes, frags = self.chars, self.widths, self.classes, self.frags
        for i in range(self.n - 1):
            if classes[i] not in (CLW, OPW) or classes[i + 1] not in (CLW, OPW):
                continue
            a, b = chars[i], chars[i + 1]
            if a in _HALF_CLOSE and i not in squeezed:
                mark = i
            elif b in _HALF_OPEN:
                mark = i + 1
            else:
                continue
            left, right = ink(frags[i].fontName, a), ink(frags[i + 1].fontName, b)
            if left is None or right is None:
                continue
            size_a, size_b = frags[i].fontSize, frags[i + 1].fontSize
            blank = (left[2] - left[1]) * size_a + right[0] * size_b
            take = min(widths[mark] / 2, blank - INK_GAP * min(size_a, size_b))
            if take > 0.05 * frags[mark].fontSize:
                squeezed[mark] = take if mark == i else -take
                widths[mark] -= take
        return squeezed

    def _breaks(self, text: str) -> bytearray:
        """allow[i]: may a line break before unit i (1 ≤ i < n)?"""
        chars, classes, n = self.chars, self.classes, self.n
        allow = bytearray(1)
        allow += bytes([_PAIRS[a][b] for a, b in pairwise(classes)])
        allow.append(0)
        i = allow.find(2)
        while i >= 0:  # after a hyphen: only between letters (high-|tech)
            allow[i] = 1 if i >= 2 and _is_letter(chars[i - 2]) and _is_letter(chars[i]) else 0
            i = allow.find(2, i + 1)
        if "’" in text:  # an apostrophe between letters: park’s
            for i in range(2, n):
                if chars[i - 1] == "’" and _is_letter(chars[i - 2]) and _is_letter(chars[i]):
                    allow[i] = 0
        for i in self.forced:
            if i + 1 < n:
                allow[i + 1] = 1
        if _HAS_DIGIT.search(text) or _HAS_GLUE.search(text):
            for pattern, attach in _GLUED:
                for match in pattern.finditer(text):
                    start, end = match.span()
                    first = start if attach else start + 1
                    if pattern is _GLOSS and allow[start]:
                        self.soft.append(start)
                    allow[first:end] = bytes(end - first)
                    self.glued[start:end] = b"\x01" * (end - start)
        return allow

    def content(self, start: int, end: int) -> int:
        """How many letters, digits and ideographs units [start, end) hold (not punctuation,
        spaces, superscripts or citations such as [2])."""
        classes, chars, quiet = self.classes, self.chars, self.quiet
        return sum(
            1
            for k in range(start, end)
            if classes[k] in (ID, AL) and chars[k].isalnum() and not quiet[k]
        )

    def is_space(self, i: int) -> bool:
        return self.classes[i] == SP


class _Line:
    __slots__ = ("end", "forced", "hyphen", "start")

    def __init__(self, start: int, end: int, hyphen: bool = False, forced: bool = False) -> None:
        self.start, self.end, self.hyphen, self.forced = start, end, hyphen, forced


def _hyphen_width(units: Units, i: int) -> float:
    frag = units.frags[i]
    return _font_widths(frag.fontName)[1]("-") * frag.fontSize / 1000


def _word_at(units: Units, i: int) -> tuple[int, int]:
    """The run of Latin letters around unit i (empty when unit i is not a letter)."""
    chars = units.chars
    if not _is_letter(chars[i]):
        return i, i
    start = i
    while start > 0 and _is_letter(chars[start - 1]) and units.classes[start - 1] == AL:
        start -= 1
    end = i
    while end < units.n and _is_letter(chars[end]) and units.classes[end] == AL:
        end += 1
    return start, end


class Breaker:
    """Lines for one paragraph at the given widths (the first line's, then the others')."""

    def __init__(self, units: Units, widths: Sequence[float], headline: bool = False) -> None:
        self.units = units
        self.widths = widths
        self.headline = headline
        cum = [0.0]
        total = 0.0
        for w in units.widths:
            total += w
            cum.append(total)
        self.cum = cum

    def width_at(self, line: int) -> float:
        widths = self.widths
        return widths[line] if line < len(widths) else widths[-1]

    def span(self, start: int, end: int) -> float:
        """The width of units [start, end), without spaces at its end."""
        units = self.units
        while end > start and units.is_space(end - 1):
            end -= 1
        return self.cum[end] - self.cum[start]

    def _skip_spaces(self, i: int) -> int:
        units = self.units
        while i < units.n and units.is_space(i):
            i += 1
        return i

    # -- greedy filling ---------------------------------------------------------------------
    def greedy(self, start: int = 0, first_line: int = 0) -> list[_Line]:
        units = self.units
        n, allow, widths, classes = units.n, units.allow, units.widths, units.classes
        forced_after = units.forced
        lines: list[_Line] = []
        start = self._skip_spaces(start)
        while start < n:
            limit = self.width_at(first_line + len(lines)) + FUZZ
            x = 0.0
            last = -1
            i = start
            forced = False
            while i < n:
                if i > start and allow[i]:
                    last = i
                x += widths[i]
                if x > limit and classes[i] != SP:
                    break
                if forced_after and i in forced_after:
                    i += 1
                    forced = True
                    break
                i += 1
            if forced or i >= n:
                lines.append(_Line(start, i, forced=forced))
                start = self._skip_spaces(i)
                continue
            line = self._choose(start, i, last, limit, bool(lines) and lines[-1].hyphen)
            lines.append(line)
            start = self._skip_spaces(line.end)
        return lines

    def _choose(
        self, start: int, over: int, last: int, limit: float, after_hyphen: bool = False
    ) -> _Line:
        """The line from ``start`` when unit ``over`` does not fit; ``last`` is the latest
        allowed break before it (-1: none). A line is hyphenated to fill it out only when the
        line before is not."""
        if last > start:
            line = _Line(start, last)
            if not self.headline:
                line = self._loosened(line, over, limit)
            if not self.headline and not after_hyphen:
                slack = limit - self.span(start, last)
                if slack > HYPHENATE_SLACK * limit:
                    better = self._hyphenate(start, self._skip_spaces(last), limit)
                    if better is not None:
                        return better
            return line
        better = self._hyphenate(start, start, limit, over)
        if better is not None:
            return better
        return self._cut(start, over, limit)

    def _loosened(self, line: _Line, over: int, limit: float) -> _Line:
        """``line``, or, where justifying it would space its characters more than
        :data:`MAX_CHAR_SPACE`, a longer one ending before a gloss that is then left to start
        the next line: 苏州高新区|（虎丘区）, not a line a bracket's width short."""
        units = self.units
        size = units.frags[line.start].fontSize

        def justifiable(end: int) -> bool:
            room = limit - self.span(line.start, end)
            return 0 <= room <= MAX_CHAR_SPACE * size * max(0, end - line.start - 1)

        if justifiable(line.end):
            return line
        soft = [p for p in units.soft if line.end < p <= over and justifiable(p)]
        return _Line(line.start, soft[-1]) if soft else line

    def _hyphenate(
        self, start: int, word_from: int, limit: float, over: int | None = None
    ) -> _Line | None:
        """A line from ``start`` ending in a hyphenated part of the Latin word at or after
        ``word_from`` (the word holding unit ``over`` when given), if one fits."""
        units = self.units
        at = word_from if over is None else over
        if at >= units.n:
            return None
        word_start, word_end = _word_at(units, at)
        if word_end - word_start < 5:
            return None
        if over is None and (word_start != word_from or any(units.glued[word_start:word_end])):
            return None  # (a word of a date or a count is hyphenated only as a last resort)
        word = "".join(units.chars[word_start:word_end])
        hyphen = _hyphen_width(units, word_end - 1)
        for point in reversed(hyphenation_points(word)):
            end = word_start + point
            if end > start and self.cum[end] - self.cum[start] + hyphen <= limit:
                return _Line(start, end, hyphen=True)
        return None

    def _cut(self, start: int, over: int, limit: float) -> _Line:
        """A last resort for a run that cannot break anywhere on the line: after a slash, a
        dot or similar in a web address, else at the last character that fits (not before
        closing punctuation), with a hyphen inside a Latin word (not inside a longer run of
        letters, which is no word)."""
        units = self.units
        chars = units.chars
        for j in range(over, start + 1, -1):
            if chars[j - 1] in "/.-_?&=#" and units.classes[j] not in (CLW, CLN, DA, SUP):
                return _Line(start, j)
        end = over
        while end > start + 1 and units.classes[end] in (CLW, CLN, DA, SUP, GL):
            end -= 1
        word_start, word_end = _word_at(units, end)
        if end > start + 1 and word_start < end and word_end - word_start <= LONGEST_WORD:
            hyphen = _hyphen_width(units, end - 1)
            while end > start + 1 and self.cum[end] - self.cum[start] + hyphen > limit:
                end -= 1
            end = max(end, start + 1)
            return _Line(start, end, hyphen=word_start < end)
        return _Line(start, max(end, start + 1))

    # -- the last line ------------------------------------------------------------------------
    def mend_last_line(self, lines: list[_Line]) -> None:
        """Give a last line of fewer than two characters company from the line before."""
        if len(lines) < 2:
            return
        units = self.units
        last, before = lines[-1], lines[-2]
        if units.content(last.start, last.end) >= 2 or before.forced:
            return
        limit = self.width_at(len(lines) - 1) + FUZZ
        allow = units.allow
        for p in range(before.end - (0 if before.hyphen else 1), before.start, -1):
            if not allow[p]:
                continue
            if units.content(p, last.end) < 2 or units.content(before.start, p) < 2:
                continue
            if self.span(p, last.end) > limit:
                break
            lines[-2] = _Line(before.start, p)
            lines[-1] = _Line(self._skip_spaces(p), last.end)
            return

    # -- headlines ----------------------------------------------------------------------------
    def balanced(self, greedy: list[_Line]) -> list[_Line]:
        """As many lines as filling them would take, broken where a reader would break a
        title: at spaces and punctuation, with lines of even length, no bracketed group split
        and no line of one character; one line more where that many could only be had by
        breaking between two ideographs that may be one word (苏州高新|区), and one more
        breaks only where words end (苏州工业园区和|苏州高新区（虎丘区）|投资环境简报)."""
        units = self.units
        n = units.n
        count = len(greedy)
        if count < 2 or n > HEADLINE_MAX_UNITS or any(line.hyphen for line in greedy):
            return greedy
        allow = units.allow
        candidates = [i for i in range(1, n) if allow[i]]
        penalty = self._headline_penalties(candidates)
        lines = self._balanced(count, candidates, penalty) or greedy
        if max(penalty.get(line.end, 0.0) for line in lines[:-1]) >= INSIDE_WORD:
            more = self._balanced(count + 1, candidates, penalty)
            if more and max(penalty[line.end] for line in more[:-1]) < INSIDE_WORD:
                return more
        return lines

    def _balanced(
        self, count: int, candidates: list[int], penalty: dict[int, float]
    ) -> list[_Line] | None:
        """The cheapest setting in ``count`` lines (None if there is none)."""
        units = self.units
        n = units.n
        ends = [*candidates, n]
        starts = [0, *candidates]
        content = [0]  # letters, digits and ideographs before each unit
        for ch, c in zip(units.chars, units.classes, strict=True):
            content.append(content[-1] + (c in (ID, AL) and ch.isalnum()))
        # best[k][e]: the cost of setting units [0, e) in k+1 lines, and where the last began
        inf = float("inf")
        best: list[dict[int, tuple[float, int]]] = [{} for _ in range(count)]
        for k in range(count):
            limit = self.width_at(k) + FUZZ
            previous = best[k - 1] if k else {0: (0.0, -1)}
            for e in ends if k < count - 1 else (n,):
                choice = (inf, -1)
                # the line's possible starts, nearest first, while the line fits
                for index in range(bisect_left(starts, e) - 1, -1, -1):
                    s = starts[index]
                    first = self._skip_spaces(s)
                    if first >= e:
                        continue
                    used = self.span(first, e)
                    if used > limit:
                        break
                    if s not in previous:
                        continue
                    cost = previous[s][0] + self._line_cost(
                        content[e] - content[first], used, limit
                    )
                    if e != n:
                        cost += penalty[e]
                    if cost < choice[0]:
                        choice = (cost, s)
                if choice[0] < inf:
                    best[k][e] = choice
        if n not in best[count - 1]:
            return None
        breaks = []
        e, k = n, count - 1
        while k >= 0:
            _, s = best[k][e]
            breaks.append((s, e))
            e, k = s, k - 1
        breaks.reverse()
        return [_Line(self._skip_spaces(s), e) for s, e in breaks]

    @staticmethod
    def _line_cost(content: int, used: float, limit: float) -> float:
        """A headline's line: the emptier, the dearer; one with fewer than two characters
        (letters, digits, ideographs) is all but ruled out."""
        slack = (limit - used) / limit
        cost = 100 * slack * slack
        if content < 2:
            cost += 10000
        elif content < 4:
            cost += 100
        return cost

    def _headline_penalties(self, candidates: list[int]) -> dict[int, float]:
        units = self.units
        chars, classes = units.chars, units.classes
        inside = bytearray(units.n + 1)
        stack: list[tuple[str, int]] = []
        pairs = {
            "）": "（",
            ")": "(",
            "》": "《",
            "」": "「",
            "』": "『",
            "”": "“",
            "】": "【",
            "]": "[",
        }
        for i, ch in enumerate(chars):
            if ch in pairs.values():
                stack.append((ch, i))
            elif ch in pairs and stack and stack[-1][0] == pairs[ch]:
                _, opened = stack.pop()
                if i - opened <= SHORT_GROUP:
                    for j in range(opened + 1, i + 1):
                        inside[j] = 1
        penalty: dict[int, float] = {}
        for i in candidates:
            j = i - 1
            while j > 0 and classes[j] == SP:
                j -= 1
            a, b = classes[j], classes[i]
            if a in (CLW, CLN, DA) or b in (OPW, OPN) or chars[j] in ",:;":
                cost = 0.0  # after a comma or colon, before a bracket
            elif a == ID and b == ID:
                # perhaps inside a word (数|据卡); after 和 a word has ended, but a title breaks
                # at its punctuation rather than there
                cost = INSIDE_WORD if chars[j] not in CONJUNCTIONS else INSIDE_WORD - 20
            elif chars[i].isupper() and _word_before(chars, j)[:1].isupper():
                cost = NAME_SPLIT  # inside a name: Suzhou New|District
            else:
                cost = 10.0  # between words, or scripts: 园区|R&D
            if inside[i]:
                cost += 1000.0
            penalty[i] = cost
        return penalty

    def lines(self) -> list[_Line]:
        lines = self.greedy()
        if self.headline:
            lines = self.balanced(lines)
        self.mend_last_line(lines)
        return lines


def _word_before(chars: list[str], end: int) -> str:
    """The word that ends at ``chars[end]``."""
    start = end
    while start > 0 and chars[start - 1].isalpha():
        start -= 1
    return "".join(chars[start : end + 1])


# -- reportlab's lines ----------------------------------------------------------------------
OPEN_CB, CLOSE_CB = "briefing-super-open", "briefing-super-close"
SQUEEZE_CB = "briefing-squeeze"


def _drawn_object(name: str, frag: Any, label: Any) -> Any:
    """A zero-width object in ``frag``'s place that calls the canvas's callback ``name`` with
    ``label`` where it is drawn (see :func:`paragraphs.register_callbacks`)."""
    from reportlab.lib.abag import ABag

    return frag.clone(text="", cbDefn=ABag(kind="onDraw", name=name, label=label))


def _superscript_object(name: str, frag: Any, text: str) -> Any:
    """A zero-width callback around a superscript, so that its text extracts bracketed."""
    return _drawn_object(name, frag, (text, frag.fontName, frag.fontSize, frag.rise))


def _squeezed_words(units: Units, frag: Any, first: int, text: str, line_start: int) -> list[Any]:
    """``text`` (units from ``first`` on, one fragment's) cut where a squeezed mark takes out half
    its width: a zero-width object that moves the pen back, after a closing mark, before an
    opening one (not before a line's first unit)."""
    words: list[Any] = []
    piece = 0
    for offset in range(len(text)):
        back = units.squeezed.get(first + offset)
        if back is None or (back < 0 and first + offset == line_start):
            continue
        cut = offset + 1 if back > 0 else offset
        if cut > piece:
            words.append(frag.clone(text=text[piece:cut]))
        words.append(_drawn_object(SQUEEZE_CB, frag, abs(back)))
        piece = cut
    if piece < len(text):
        words.append(frag.clone(text=text[piece:]))
    return words


def make_line(units: Units, line: _Line, max_width: float, used: float) -> FragLine:
    words: list[Any] = []
    chars, frags, squeezed = units.chars, units.frags, units.squeezed
    max_size = ascent = descent = 0.0
    i, end = line.start, line.end
    while end > i and units.is_space(end - 1):
        end -= 1
    while i < end:
        frag = frags[i]
        j = i + 1
        while j < end and frags[j] is frag:
            j += 1
        size = frag.fontSize
        a, d = _ascent_descent(frag.fontName, size)
        max_size, ascent, descent = max(max_size, size), max(ascent, a), min(descent, d)
        if getattr(frag, "cbDefn", None) is not None or not frag.text:
            words.append(frag)
        else:
            text = "".join(chars[i:j])
            if j == end and line.hyphen:
                text += "-"
            if units.classes[i] == SUP and not text.startswith("["):  # a source's [1] has its own
                words.append(_superscript_object(OPEN_CB, frag, text))
                words.append(frag.clone(text=text))
                words.append(_superscript_object(CLOSE_CB, frag, text))
            elif squeezed and any(k in squeezed for k in range(i, j)):
                words += _squeezed_words(units, frag, i, text, line.start)
            else:
                words.append(frag.clone(text=text))
        i = j
    if line.hyphen:
        used += _hyphen_width(units, end - 1)
    if squeezed.get(line.start, 0) < 0:  # an opening mark starts the line: it stays whole
        used -= squeezed[line.start]
    return FragLine(
        kind=1,
        extraSpace=max_width - used,
        wordCount=1,
        words=words,
        fontSize=max_size,
        ascent=ascent,
        descent=descent,
        maxWidth=max_width,
        currentWidth=used,
        lineBreak=line.forced,
    )


def _char_space(line: Any) -> float:
    """The space to add after each character of a justified line so that it ends flush with
    the margin (clreq's inter-character justification); 0 where that would space the line
    out too far (a long run that could not break was pushed to the next line)."""
    glyphs = sum(len(word.text) for word in line.words if getattr(word, "cbDefn", None) is None)
    if glyphs < 2 or line.extraSpace <= FUZZ:
        return 0.0
    space = line.extraSpace / (glyphs - 1)
    return space if space <= MAX_CHAR_SPACE * line.fontSize else 0.0


def break_lines(
    frags: Sequence[Any], widths: Sequence[float], headline: bool = False, justify: bool = False
) -> Any:
    """reportlab's lines (``ParaLines`` of kind 1) for ``frags`` at ``widths``; the lines
    remember their units, so that a paragraph split over pages is rebuilt from its text
    (:func:`frags_between`). With ``justify``, every line but the last says how far apart to
    set its characters to end flush (``char_space``, drawn by :mod:`paragraphs`)."""
    units = Units(frags)
    breaker = Breaker(units, widths, headline)
    chosen = breaker.lines() if units.n else []
    lines = []
    for index, line in enumerate(chosen):
        width = breaker.width_at(index)
        fragline = make_line(units, line, width, breaker.span(line.start, line.end))
        fragline.span = (line.start, line.end)
        if justify and index < len(chosen) - 1 and not line.forced:
            fragline.char_space = _char_space(fragline)
        lines.append(fragline)
    return ParaLines(kind=1, lines=lines, units=units)


def frags_between(units: Units, start: int, end: int) -> list[Any]:
    """The paragraph's fragments for units [start, end), as the text has them (no hyphen added
    at a break, the spaces at either end left out)."""
    result: list[Any] = []
    chars, frags = units.chars, units.frags
    i = start
    while i < end:
        frag = frags[i]
        j = i + 1
        while j < end and frags[j] is frag:
            j += 1
        if getattr(frag, "cbDefn", None) is not None or not frag.text:
            result.append(frag)
        else:
            result.append(frag.clone(text="".join(chars[i:j])))
        i = j
    return result
