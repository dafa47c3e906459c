"""The closed vocabularies facts may use: units and qualifiers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

UnitKind = Literal["count", "money", "percent", "points", "rank", "duration", "calendar_year"]


@dataclass(frozen=True)
class Unit:
    id: str
    kind: UnitKind
    zh: str  # the measure word used after a number in Chinese
    en: str  # the noun used after a number in English (plural)


_UNITS = (
    Unit("person", "count", "人", "people"),
    Unit("person_time", "count", "人次", "person-times"),
    Unit("enterprise", "count", "家", "enterprises"),
    Unit("institution", "count", "家", "institutions"),
    Unit("project", "count", "个", "projects"),
    Unit("item", "count", "项", "items"),
    Unit("yuan", "money", "元", "yuan"),
    Unit("percent", "percent", "%", "%"),
    # a change of a share: 提高3.5个百分点 (3.5 percentage points), not 3.5 %
    Unit("percentage_point", "points", "个百分点", "percentage points"),
    Unit("fund", "count", "支", "funds"),  # 41支子基金: one measure word for funds
    Unit("product", "count", "款", "products"),
    Unit("patent", "count", "件", "patents"),
    Unit("platform", "count", "个", "platforms"),
    Unit("park", "count", "家", "parks"),
    Unit("event", "count", "场", "events"),
    Unit("edition", "count", "届", "editions"),
    Unit("trip", "count", "次", "trips"),
    Unit("country_region", "count", "个", "countries and regions"),
    Unit("service", "count", "项", "services"),
    Unit("award", "count", "项", "awards"),
    Unit("case", "count", "个", "cases"),
    Unit("year", "duration", "年", "years"),
    Unit("calendar_year", "calendar_year", "年", ""),
    Unit("rank", "rank", "第", ""),
)

UNITS: dict[str, Unit] = {u.id: u for u in _UNITS}

QUALIFIERS: tuple[str, ...] = (
    "exact",
    "more_than",
    "at_least",
    "nearly",
    "about",
    "up_to",
    "less_than",
)

REGION_KINDS: tuple[str, ...] = (
    "city",
    "district",
    "park",
    "platform",
    "institute",
    "agency",
    "cluster",
)
