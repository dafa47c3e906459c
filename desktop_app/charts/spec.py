"""What a chart shows, decided by the assembler; :mod:`.draw` only draws it."""

from __future__ import annotations

import hashlib
from dataclasses import astuple, dataclass
from typing import Literal


@dataclass(frozen=True)
class Series:
    name: str  # legend entry (a region, for a comparison); "" for a single series
    values: tuple[float, ...]
    value_labels: tuple[str, ...]  # printed at the end of each bar: 超2400, 76%


@dataclass(frozen=True)
class ChartSpec:
    """A bar chart.

    - ``bar``: horizontal bars, one series, in the order given (a ranking or a ladder).
    - ``share``: horizontal bars of percentages on a 0-100 axis.
    - ``grouped``: vertical columns, one group per category, one column per series.
    """

    kind: Literal["bar", "share", "grouped"]
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    axis_label: str
    width_mm: float = 160.0
    height_mm: float = 70.0
    accent: str = "#9E1B1B"
    dpi: int = 220
    # grouped: the first series in grey and the last in the accent colour (an earlier date
    # beside the newest), instead of the accent first (a comparison of regions)
    first_grey: bool = False

    def key(self) -> str:
        """A content hash: equal specs draw identical images."""
        return hashlib.sha256(repr(astuple(self)).encode("utf-8")).hexdigest()
