"""Number formatting: Chinese style in Chinese text (2.4万家, 120亿元), international style in
English text (24,000 enterprises, 12 bn yuan), with qualifiers that read naturally."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.facts.model import Fact, Lang
from desktop_app.facts.units import UNITS
from desktop_app.language import zh_numeral

_ZH_PREFIX = {
    "more_than": "超",
    "nearly": "近",
    "about": "约",
    "up_to": "最多",
    "less_than": "不足",
}
_EN_PREFIX = {
    "more_than": "more than",
    "nearly": "nearly",
    "about": "about",
    "at_least": "at least",
    "up_to": "up to",
    "less_than": "less than",
}
NBSP = "\u00a0"
# Counts and amounts: the figures that tell most (not shares, ranks, or counts of tasks).
COUNT_UNITS = ("enterprise", "person", "project", "yuan", "institution", "fund", "platform", "park",
               "patent")  # fmt: skip


@dataclass(frozen=True)
class Formatted:
    number: str  # 超2400 / 2,400+ (for a tile)
    unit: str  # 家 / enterprises
    text: str  # 超过2400家 / more than 2,400 enterprises (for running text and tables)


def _trim(value: Decimal, places: int = 2) -> str:
    """``value`` rounded to ``places`` decimals, without trailing zeros (for chart labels)."""
    text = f"{value.quantize(Decimal(1).scaleb(-places)):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def plain(value: Decimal) -> str:
    """``value`` exactly, without exponent or trailing zeros: 4.07, 1000."""
    return f"{value.normalize():f}"


def _scaled(value: Decimal, power: int, places: int) -> Decimal | None:
    """``value`` in units of 10**power, when that needs at most ``places`` decimals: a figure
    is shortened (4.07 million) only where nothing is rounded away."""
    if value < Decimal(10) ** power:
        return None
    scaled = value.scaleb(-power).normalize()
    return scaled if int(scaled.as_tuple().exponent) >= -places else None


def _zh_scaled(value: Decimal) -> tuple[str, str]:
    for power, name, places in ((12, "万亿", 2), (8, "亿", 4), (4, "万", 2)):
        scaled = _scaled(value, power, places)
        if scaled is not None:
            return plain(scaled), name
    return plain(value), ""


def _en_grouped(value: Decimal) -> str:
    if value == value.to_integral():
        return f"{int(value):,}"
    whole, _, decimals = plain(value).partition(".")
    return f"{int(whole):,}.{decimals}"


def _en_scaled(value: Decimal, scales: tuple[tuple[int, str], ...]) -> tuple[str, str]:
    """The largest scale word that keeps ``value`` exact: 12 bn, 4.07 million, else 4,066,600."""
    for power, word in scales:
        scaled = _scaled(value, power, 2)
        if scaled is not None:
            return _en_grouped(scaled), word
    return _en_grouped(value), ""


_MONEY_SCALES = ((12, "tn"), (9, "bn"), (6, "million"))
COUNT_SCALES = ((12, "trillion"), (9, "billion"), (6, "million"))


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_value(value: float, unit: str, qualifier: str, lang: Lang) -> Formatted:
    """A value in base units as a reader expects it, in ``lang``."""
    amount = Decimal(str(value))
    kind = UNITS[unit].kind
    measure = UNITS[unit]
    if kind == "rank":
        n = int(amount)
        return Formatted(
            *(
                ("第" + zh_numeral(n), "", "第" + zh_numeral(n))
                if lang == "zh"
                else (ordinal(n), "", ordinal(n))
            )
        )
    if kind == "calendar_year":
        text = f"{int(amount)}年" if lang == "zh" else str(int(amount))
        return Formatted(text, "", text)
    if lang == "zh":
        return _format_zh(amount, measure.zh, kind, qualifier)
    return _format_en(amount, measure.en, kind, qualifier)


def _format_zh(amount: Decimal, measure: str, kind: str, qualifier: str) -> Formatted:
    if kind == "percent":
        digits, unit = plain(amount), "%"
    elif kind in ("duration", "points"):
        digits, unit = plain(amount), measure
    else:
        digits, scale = _zh_scaled(amount)
        unit = scale + measure
    prefix = _ZH_PREFIX.get(qualifier, "")
    suffix = "以上" if qualifier == "at_least" else ""
    number = prefix + digits
    text_prefix = {"more_than": "超过"}.get(qualifier, prefix)
    return Formatted(number, unit + suffix, f"{text_prefix}{digits}{unit}{suffix}")


def _format_en(amount: Decimal, noun: str, kind: str, qualifier: str) -> Formatted:
    word = ""
    if kind == "percent":
        digits, unit, joiner = plain(amount), "%", ""
    elif kind == "duration":
        digits, unit, joiner = plain(amount), "year" if amount == 1 else "years", " "
    elif kind == "points":
        digits, unit, joiner = plain(amount), singular(noun) if amount == 1 else noun, " "
    else:
        scales = _MONEY_SCALES if kind == "money" else COUNT_SCALES
        digits, word = _en_scaled(amount, scales)
        if kind != "money" and not word and amount == 1:
            noun = singular(noun)
        unit, joiner = f"{word} {noun}".strip(), " "
    words = _EN_PREFIX.get(qualifier, "")
    joiner, unit = joiner.replace(" ", NBSP), unit.replace(" ", NBSP)  # keep "12 bn yuan" on a line
    if kind == "percent" and qualifier in ("more_than", "at_least", "less_than"):
        number = {"more_than": ">", "at_least": "≥", "less_than": "<"}[qualifier] + digits
    elif qualifier in ("more_than", "at_least"):
        number = f"{digits}+"
    else:
        number = f"{words} {digits}".strip()
    text = f"{words} {digits}{joiner}{unit}".strip()
    if qualifier in ("more_than", "at_least") and kind != "percent" and word:
        # The plus belongs to the whole amount: "1 tn+ yuan", not "1+ tn yuan".
        return Formatted(f"{digits}{NBSP}{word}+", noun, text)
    return Formatted(number, unit.replace(NBSP, " "), text)


def singular(noun: str) -> str:
    return {"people": "person", "countries and regions": "country or region"}.get(
        noun, noun[:-1] if noun.endswith("s") else noun
    )


def format_fact(fact: Fact, lang: Lang) -> Formatted:
    assert fact.value is not None and fact.unit and fact.qualifier
    return format_value(fact.value, fact.unit, fact.qualifier, lang)


def chart_scale(values: list[float], unit: str, lang: Lang) -> tuple[float, str]:
    """A divisor and the axis unit, so chart values read like the text (亿元, bn yuan)."""
    top = max(values) if values else 0
    kind = UNITS[unit].kind
    measure = UNITS[unit].zh if lang == "zh" else UNITS[unit].en
    if kind == "percent":
        return 1, "%"
    if lang == "zh":
        if top >= 1e8:
            return 1e8, "亿" + measure
        if top >= 1e5:
            return 1e4, "万" + measure
        return 1, measure
    if kind == "money":
        return (
            (1e9, "bn yuan")
            if top >= 1e9
            else ((1e6, "million yuan") if top >= 1e6 else (1, "yuan"))
        )
    if top >= 1e6:
        return 1e6, f"million {measure}"
    return 1, measure


def chart_label(fact: Fact, divisor: float, lang: Lang) -> str:
    """A bar's label in the axis unit (value / ``divisor``), with its qualifier: 超2400, 2,400+."""
    assert fact.value is not None and fact.unit and fact.qualifier
    amount = Decimal(str(fact.value)) / Decimal(str(divisor))
    if UNITS[fact.unit].kind == "percent":
        digits = _trim(amount) + "%"
    elif lang == "en":
        digits = _en_grouped(amount) if amount == amount.to_integral() else _trim(amount)
    else:
        digits = _trim(amount)
    if lang == "zh":
        return (
            _ZH_PREFIX.get(fact.qualifier, "")
            + digits
            + ("以上" if fact.qualifier == "at_least" else "")
        )
    if fact.qualifier in ("more_than", "at_least"):
        return digits + "+"
    words = _EN_PREFIX.get(fact.qualifier, "")
    return f"{words} {digits}".strip()
