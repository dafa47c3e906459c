"""Reading printed figures into exact values and qualifiers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.facts.figures import FigureError, parse_figure

CASES = [
    ("超2万人", "20000", "more_than", "number"),
    ("3600多家", "3600", "more_than", "number"),
    ("643人次", "643", "exact", "number"),
    ("近2000亿元", "200000000000", "nearly", "number"),
    ("约120亿元", "12000000000", "about", "number"),
    ("4.8亿元", "480000000", "exact", "number"),
    ("1.4万家", "14000", "exact", "number"),
    ("3.5万多个", "35000", "more_than", "number"),
    ("4万余名", "40000", "more_than", "number"),
    ("超1万亿元", "1000000000000", "more_than", "number"),
    ("突破千亿元", "100000000000", "more_than", "number"),
    ("超过149亿元", "14900000000", "more_than", "number"),
    ("達522億元", "52200000000", "exact", "number"),
    ("超千個", "1000", "more_than", "number"),
    ("近300個", "300", "nearly", "number"),
    ("超百次", "100", "more_than", "number"),
    ("1000萬元以上", "10000000", "at_least", "number"),
    ("两千三百亿", "230000000000", "exact", "number"),
    ("五年", "5", "exact", "number"),
    ("十二", "12", "exact", "number"),
    ("76%", "76", "exact", "percent"),
    ("超84%", "84", "more_than", "percent"),
    ("第四", "4", "exact", "rank"),
    ("第一", "1", "exact", "rank"),
    ("2/5", "40", "exact", "fraction"),
    ("五分之二", "40", "exact", "fraction"),  # the denominator first
    ("四分之一", "25", "exact", "fraction"),
    ("7成", "70", "exact", "fraction"),  # tenths
    ("近五成", "50", "nearly", "fraction"),
    ("超六成", "60", "more_than", "fraction"),
    ("1998年", "1998", "exact", "number"),
    ("3,600家", "3600", "exact", "number"),
]


@pytest.mark.parametrize(("figure", "value", "qualifier", "kind"), CASES)
def test_parse_figure(figure: str, value: str, qualifier: str, kind: str) -> None:
    parsed = parse_figure(figure)
    assert parsed.value == Decimal(value)
    assert parsed.qualifier == qualifier
    assert parsed.kind == kind


def test_one_third_is_a_third_not_three() -> None:
    parsed = parse_figure("三分之一")
    assert parsed.kind == "fraction" and round(parsed.value, 2) == Decimal("33.33")


@pytest.mark.parametrize("text", ["", "很多", "超过", "12与13", "1/0", "零分之一", "分之一"])
def test_not_a_figure(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text)
