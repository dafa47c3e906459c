"""Charts: a ChartSpec (what to show) drawn to PNG bytes (how it looks)."""

from desktop_app.charts.draw import render_png
from desktop_app.charts.spec import ChartSpec, Series

__all__ = ["ChartSpec", "Series", "render_png"]
