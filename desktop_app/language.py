"""The two languages of briefings and of the interface, and text in both: one definition for
every package."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


@dataclass(frozen=True, slots=True)
class Text:
    """A piece of text in both languages."""

    zh: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


_ZH_DIGITS = "零一二三四五六七八九十"


def zh_numeral(n: int) -> str:
    """一 to 九十九 in Chinese numerals (headings 一、, points （一）, ranks 第一); else digits."""
    if 0 <= n <= 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + _ZH_DIGITS[n - 10]
    if n < 100:
        return _ZH_DIGITS[n // 10] + "十" + (_ZH_DIGITS[n % 10] if n % 10 else "")
    return str(n)
