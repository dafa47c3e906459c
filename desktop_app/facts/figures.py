"""Reading a printed figure such as 超2万人, 近2000亿元, 3.5万多个, 第四, 2/5, 三分之一 or 7成.

Grammar: ``[qualifier word] number [magnitude] [多|余|以上|左右] [measure word]``, where the
number is Arabic (1.4, 3,600) or Chinese (千, 两千三百, 五), the magnitude is any run of
十/百/千/万/亿, a rank is 第 + number, and a fraction (a/b, b分之a, or n成 for n tenths) is a
share in percent.
Values are exact :class:`~decimal.Decimal` numbers in base units (yuan, persons, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_PREFIXES = (
    ("不超过", "up_to"),
    ("不超過", "up_to"),
    ("不少于", "at_least"),
    ("不少於", "at_least"),
    ("超过", "more_than"),
    ("超過", "more_than"),
    ("将近", "nearly"),
    ("將近", "nearly"),
    ("突破", "more_than"),
    ("至少", "at_least"),
    ("不足", "less_than"),
    ("不到", "less_than"),
    ("最多", "up_to"),
    ("高达", "exact"),
    ("高達", "exact"),
    ("超", "more_than"),
    ("逾", "more_than"),
    ("过", "more_than"),
    ("過", "more_than"),
    ("近", "nearly"),
    ("约", "about"),
    ("約", "about"),
    ("达", "exact"),
    ("達", "exact"),
)
_SUFFIXES = (
    ("以上", "at_least"),
    ("左右", "about"),
    ("多", "more_than"),
    ("余", "more_than"),
    ("餘", "more_than"),
    ("+", "more_than"),
)
_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_FRACTION = re.compile(r"^(\d+)/(\d+)")


@dataclass(frozen=True)
class ParsedFigure:
    value: Decimal
    qualifier: str
    kind: str  # "number", "percent", "rank" or "fraction"
    measure: str  # what follows the number: 人, 家, 亿元 -> 元, %, ...


class FigureError(ValueError):
    """The text is not a figure this grammar understands."""


def _numeral(text: str) -> tuple[Decimal, int]:
    """Read a mixed Arabic/Chinese numeral at the start of ``text``; return (value, length)."""
    total = wan = section = Decimal(0)
    current: Decimal | None = None
    pos = 0
    while pos < len(text):
        ch = text[pos]
        arabic = _ARABIC.match(text, pos)
        if arabic and current is None:
            current = Decimal(arabic.group().replace(",", ""))
            pos = arabic.end()
            continue
        if ch in _DIGITS and current is None:
            current = Decimal(_DIGITS[ch])
        elif ch in _SMALL:
            section += (current if current is not None else 1) * _SMALL[ch]
            current = None
        elif ch in _LARGE:
            amount = (
                total + wan + section + (current or 0)
                if _LARGE[ch] > 10**4
                else (wan + section + (current or 0))
            )
            amount = amount or Decimal(1)
            if _LARGE[ch] > 10**4:
                total, wan = amount * _LARGE[ch], Decimal(0)
            else:
                wan = amount * _LARGE[ch]
            section, current = Decimal(0), None
        else:
            break
        pos += 1
    if pos == 0:
        raise FigureError("no number")
    return total + wan + section + (current or 0), pos


def parse_figure(figure: str) -> ParsedFigure:
    """Parse ``figure`` into its exact value and qualifier; raise FigureError if it is not one."""
    text = figure.strip()
    qualifier = "exact"
    for word, meaning in _PREFIXES:
        if text.startswith(word):
            qualifier, text = meaning, text[len(word) :]
            break
    if text.startswith("第"):
        value, length = _numeral(text[1:])
        return ParsedFigure(value, qualifier, "rank", text[1 + length :])
    if "分之" in text:  # 三分之一: the denominator first
        denominator_text, numerator_text = text.split("分之", 1)
        denominator, length = _numeral(denominator_text)
        if length != len(denominator_text) or denominator == 0:
            raise FigureError(f"no denominator before 分之 in {figure!r}")
        numerator, length = _numeral(numerator_text)
        share = numerator / denominator * 100
        return ParsedFigure(share, qualifier, "fraction", numerator_text[length:])
    fraction = _FRACTION.match(text)
    if fraction:
        numerator, denominator = (Decimal(g) for g in fraction.groups())
        if denominator == 0:
            raise FigureError("a fraction with denominator 0")
        share = numerator / denominator * 100
        return ParsedFigure(share, qualifier, "fraction", text[fraction.end() :])
    value, length = _numeral(text)
    rest = text[length:]
    if rest.startswith("成"):  # 7成, 近五成: tenths
        return ParsedFigure(value * 10, qualifier, "fraction", rest[1:])
    for word, meaning in _SUFFIXES:
        if rest.startswith(word):
            if qualifier != "exact" and qualifier != meaning:
                raise FigureError(f"two qualifiers that disagree in {figure!r}")
            qualifier, rest = meaning, rest[len(word) :]
            break
    for word, meaning in _SUFFIXES[:2]:  # 以上 and 左右 may follow the measure word: 1000万元以上
        if qualifier == "exact" and rest.endswith(word):
            qualifier, rest = meaning, rest[: -len(word)]
    if any(ch.isdigit() for ch in rest):
        raise FigureError(f"more than one number in {figure!r}")
    kind = "percent" if rest.startswith(("%", "％")) else "number"
    return ParsedFigure(
        value.normalize() if value == value.to_integral() else value, qualifier, kind, rest
    )
