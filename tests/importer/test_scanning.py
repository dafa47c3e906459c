"""Finding figures in a sentence: what is a numeric claim, and what only looks like one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.importer.scanning import scan


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit", "qualifier"),
    [
        ("全年新增项目超1000个。", "超1000个", "1000", "project", "more_than"),
        ("签约总额达52.2亿元。", "达52.2亿元", "5220000000", "yuan", "exact"),
        ("同比增长16.8%。", "16.8%", "16.8", "percent", "exact"),
        ("占比较上年提高3.5个百分点。", "3.5个百分点", "3.5", "percentage_point", "exact"),
        ("其中约三分之一来自海外。", "约三分之一", "33.333", "percent", "about"),
        ("近七成由基金推荐。", "近七成", "70", "percent", "nearly"),
        ("独角兽企业数量位居全省第一。", "第一", "1", "rank", "exact"),
        ("吸引1.2万人次参与。", "1.2万人次", "12000", "person_time", "exact"),
        ("集聚两千三百家企业。", "两千三百家", "2300", "enterprise", "exact"),
        ("在园企业300多家。", "300多家", "300", "enterprise", "more_than"),
        ("投资额1000万元以上的项目。", "1000万元以上", "10000000", "yuan", "at_least"),
        ("来自12个国家和地区。", "12个国家和地区", "12", "country_region", "exact"),
        ("蘇州人才總量突破407萬人。", "突破407萬人", "4070000", "person", "more_than"),
        ("已连续5年举办。", "5年", "5", "year", "exact"),
    ],
)
def test_a_figure_is_read_exactly(
    text: str, figure: str, value: str, unit: str, qualifier: str
) -> None:
    found, _ = scan(text)
    assert [(f.figure, f.value, f.unit, f.qualifier) for f in found] == [
        (figure, Decimal(value), unit, qualifier)
    ]


def test_a_range_keeps_both_ends_with_the_magnitude_of_the_high_one() -> None:
    (found,), _ = scan("给予100—200万元资助。")
    assert (found.figure, found.value, found.range_to) == (
        "100—200万元",
        Decimal(1000000),
        Decimal(2000000),
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("该基金于2019年设立。", "a year"),
        ("1—8月实现增长。", "a date"),
        ("第3届大会开幕。", "an ordinal"),
        ("咨询电话：0512-66661234，邮编215000。", "without a measure word"),
        ("地址：星湖街88号。", "house number"),
        ("近5年来持续增长。", "a span of time"),
    ],
)
def test_what_only_looks_like_a_figure_is_passed_over_with_its_reason(
    text: str, reason: str
) -> None:
    found, passed = scan(text)
    assert found == []
    assert any(reason in p.reason for p in passed)


@pytest.mark.parametrize(
    "text", ["打造一区两中心。", "迈上千亿元台阶。", "稳居全国第一梯队。", "一家企业落户。"]
)
def test_numerals_in_names_and_round_magnitudes_are_not_figures(text: str) -> None:
    assert scan(text)[0] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("到2027年，力争新增项目1500个以上。", "target"),
        ("园区计划新设子基金8支以上。", "target"),
        ("截至2025年底，累计集聚企业680余家。", "fact"),
    ],
)
def test_a_plan_is_marked_as_a_target(text: str, kind: str) -> None:
    (found,), _ = scan(text)
    assert found.kind == kind
