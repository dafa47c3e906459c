"""Draft statements for a candidate, in Chinese and English, from its metric's label.

A draft follows the fact base's rules for statements (the date first, the region's full
name at the head of the clause, a stock as 截至…, a plan as …提出…) but is only a draft:
an accepted candidate keeps ``draft: true`` until a person has read and rewritten its text,
and ``briefing check`` lists the drafts a briefing would print.
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.assemble.numbers import format_value, singular
from desktop_app.facts.model import Metric, Region, Text
from desktop_app.facts.names import to_simplified
from desktop_app.facts.units import UNITS
from desktop_app.importer.scanning import as_number


def _zh_date(period: str | None, as_of: str | None) -> str:
    date = period or as_of or ""
    if "/" in date:
        first, last = date.split("/")
        return f"{first[:4]}年{int(first[5:7])}—{int(last[5:7])}月"
    if len(date) >= 7:
        return f"{date[:4]}年{int(date[5:7])}月"
    return f"{date}年" if date else ""


def _en_date(period: str | None, as_of: str | None) -> str:
    date = period or as_of or ""
    months = "January February March April May June July August September October November December"
    names = months.split()
    if "/" in date:
        first, last = date.split("/")
        return f"{names[int(first[5:7]) - 1]}–{names[int(last[5:7]) - 1]} {first[:4]}"
    if len(date) >= 7:
        return f"{names[int(date[5:7]) - 1]} {date[:4]}"
    return date


def draft(
    *,
    region: Region,
    metric: Metric,
    figure: str,
    value: Decimal,
    unit: str,
    qualifier: str,
    period: str | None,
    as_of: str | None,
    target: bool,
    target_year: str | None,
) -> Text:
    """A statement of the candidate in both languages, following the fact base's rules."""
    label_zh, label_en = metric.label.zh, metric.label.en
    printed = to_simplified(figure)
    formatted = format_value(as_number(value), unit, qualifier, "en")
    en_value = formatted.text.replace("\u00a0", " ")
    if UNITS[unit].kind == "count":  # the label names what is counted: "more than 1,100"
        en_value = en_value.removesuffix(" " + UNITS[unit].en).removesuffix(
            " " + singular(UNITS[unit].en)
        )
    lead_en = label_en[0].lower() + label_en[1:] if not label_en[:2].isupper() else label_en
    verb = _verb(printed, label_zh)
    if target:
        same_year = target_year is not None and target_year == (period or "")[:4]
        aim_zh = "全年" if same_year else f"到{target_year}年" if target_year else ""
        aim_en = " for the year" if same_year else f" for {target_year}" if target_year else ""
        zh = (
            f"{_zh_date(period, None)}，{region.name.zh}提出目标：{aim_zh}{label_zh}达到{printed}。"
        )
        en = (
            f"In {_en_date(period, None)}, {region.name.en} set a goal{aim_en}: "
            f"{lead_en}, {en_value}."
        )
    elif as_of and not period:
        zh = f"截至{_zh_date(None, as_of)}，{region.name.zh}{label_zh}{verb}{printed}。"
        en = f"As of {_en_date(None, as_of)}, {lead_en} in {region.name.en} stood at {en_value}."
    else:
        zh = f"{_zh_date(period, None)}，{region.name.zh}{label_zh}{verb}{printed}。"
        en = f"In {_en_date(period, None)}, {lead_en} in {region.name.en} came to {en_value}."
    return Text(zh=zh.lstrip("，"), en=en)


def _verb(printed: str, label: str) -> str:
    """为 before a plain number (…为52.2亿元); nothing before 超, 近, 约 or a rank, or after
    a label that is itself a verb (同比增长12%)."""
    if printed[:1] in "超近约逾突不第将最高达" or label.endswith(("增长", "变化", "提高", "下降")):
        return ""
    return "为"
