"""Number and date formatting in both languages."""

from __future__ import annotations

import pytest

from desktop_app.assemble.dates import format_date, format_period
from desktop_app.assemble.numbers import format_value


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "zh", "en"),
    [
        (20000, "person", "more_than", "超过2万人", "more than 20,000 people"),
        (2400, "enterprise", "more_than", "超过2400家", "more than 2,400 enterprises"),
        (14000, "enterprise", "exact", "1.4万家", "14,000 enterprises"),
        (200000000000, "yuan", "nearly", "近2000亿元", "nearly 200 bn yuan"),
        (12000000000, "yuan", "about", "约120亿元", "about 12 bn yuan"),
        (480000000, "yuan", "exact", "4.8亿元", "480 million yuan"),
        (1000000000000, "yuan", "more_than", "超过1万亿元", "more than 1 tn yuan"),
        (4070000, "person", "exact", "407万人", "4.07 million people"),
        (76, "percent", "exact", "76%", "76%"),
        (84, "percent", "more_than", "超过84%", "more than 84%"),
        (4, "rank", "exact", "第四", "4th"),
        (1, "rank", "exact", "第一", "1st"),
        (1998, "calendar_year", "exact", "1998年", "1998"),
        (29, "year", "exact", "29年", "29 years"),
        (10000000, "yuan", "at_least", "1000万元以上", "at least 10 million yuan"),
        (1, "event", "at_least", "1场以上", "at least 1 event"),
        (0, "enterprise", "exact", "0家", "0 enterprises"),
        (0, "yuan", "exact", "0元", "0 yuan"),
        (10**15, "yuan", "exact", "1000万亿元", "1,000 tn yuan"),
        (10**15, "person", "more_than", "超过1000万亿人", "more than 1,000 trillion people"),
        (2500000000, "enterprise", "exact", "25亿家", "2.5 billion enterprises"),
        # Shortened only where nothing is rounded away: figures stay exact.
        (4066600, "person", "exact", "406.66万人", "4,066,600 people"),
        (123456789, "yuan", "exact", "123456789元", "123,456,789 yuan"),
        (123450000, "yuan", "exact", "1.2345亿元", "123.45 million yuan"),
        (12.345, "percent", "exact", "12.345%", "12.345%"),
    ],
)
def test_format_value(value: float, unit: str, qualifier: str, zh: str, en: str) -> None:
    assert format_value(value, unit, qualifier, "zh").text == zh
    # English keeps number and unit together on a line with no-break spaces.
    assert format_value(value, unit, qualifier, "en").text.replace("\u00a0", " ") == en


def test_english_number_and_unit_do_not_part() -> None:
    assert format_value(12000000000, "yuan", "about", "en").text == "about 12\u00a0bn\u00a0yuan"


def test_tile_numbers_are_compact() -> None:
    assert format_value(2400, "enterprise", "more_than", "zh").number == "超2400"
    assert format_value(2400, "enterprise", "more_than", "en").number == "2,400+"
    assert format_value(84, "percent", "more_than", "en").number == ">84"


@pytest.mark.parametrize(
    ("date", "zh", "en"),
    [("2023-08-07", "2023年8月7日", "7 August 2023"), ("2025-07", "2025年7月", "July 2025"),
     ("2024", "2024年", "2024")],
)  # fmt: skip
def test_format_date(date: str, zh: str, en: str) -> None:
    assert format_date(date, "zh") == zh
    assert format_date(date, "en") == en


def test_format_period() -> None:
    assert format_period("2021-01/2021-08", "zh") == "2021年1—8月"
    assert format_period("2021-01/2021-08", "en") == "January–August 2021"
    assert format_period("2020-01/2024-12", "zh") == "2020年1月—2024年12月"
