"""Drawing a ChartSpec to PNG bytes with matplotlib's object API (no pyplot, thread-safe).

Matplotlib is imported on first use, and the bundled fonts are registered with it directly
by file, so charts never depend on the system's fonts. Matplotlib still lists the system's fonts
once; that list is kept in the user's cache folder (not a temporary one), so later starts reuse
it. Output is deterministic.
"""

from __future__ import annotations

import io
import os
import threading
from functools import cache
from typing import Any

from desktop_app.charts.spec import ChartSpec
from desktop_app.charts.store import stored_png
from desktop_app.fonts import CJK, FALLBACK, coverage
from desktop_app.resources import user_cache_dir

_LOCK = threading.Lock()
_GREYS = ("#5B6770", "#A7B1B7", "#D4A017", "#2F6F8F")


@cache
def _matplotlib() -> Any:
    cache_dir = user_cache_dir() / "matplotlib"
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        os.environ["MPLCONFIGDIR"] = str(cache_dir)
    except OSError:
        pass  # matplotlib falls back to a temporary folder
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import font_manager

    for face in (CJK, FALLBACK):
        coverage(face)  # a missing or damaged font file is a clear FontError, not a crash
        font_manager.fontManager.addfont(str(face.path))
    matplotlib.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [CJK.family, FALLBACK.family],
            "axes.unicode_minus": False,
            "svg.hashsalt": "briefing-studio",
            "path.simplify": False,
        }
    )
    return matplotlib


def _figure(spec: ChartSpec) -> Any:
    _matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(spec.width_mm / 25.4, spec.height_mm / 25.4), dpi=spec.dpi)
    FigureCanvasAgg(figure)
    return figure


def _grouped(value: float, _position: object = None) -> str:
    """An axis number with its thousands grouped: 100,000 (not 100000)."""
    return format(value, ",g") if abs(value) < 1e15 else format(value, "g")


def _group_thousands(axis: Any) -> None:
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(_grouped))


def _style_axes(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color("#8A8A8A")
    ax.spines["bottom"].set_color("#8A8A8A")
    ax.tick_params(colors="#333333", labelsize=8, length=2)


def _draw_horizontal(ax: Any, spec: ChartSpec) -> None:
    series = spec.series[0]
    positions = list(range(len(spec.categories)))[::-1]  # first category on top
    bars = ax.barh(positions, series.values, color=spec.accent, height=0.58)
    ax.set_yticks(positions, spec.categories)
    top = 100.0 if spec.kind == "share" else max(series.values) * 1.22
    ax.set_xlim(0, top)
    for bar, label in zip(bars, series.value_labels, strict=True):
        ax.text(
            bar.get_width() + top * 0.01,
            bar.get_y() + bar.get_height() / 2,
            label,
            va="center",
            ha="left",
            fontsize=8,
            color="#222222",
        )
    _group_thousands(ax.xaxis)
    ax.set_xlabel(spec.axis_label, fontsize=8, color="#555555")
    ax.grid(axis="x", color="#E3E3E3", linewidth=0.6)
    ax.set_axisbelow(True)


def _draw_grouped(ax: Any, spec: ChartSpec) -> None:
    count = len(spec.series)
    width = 0.8 / count
    colours = (*_GREYS[: count - 1], spec.accent) if spec.first_grey else (spec.accent, *_GREYS)
    peak = max(v for s in spec.series for v in s.values)
    for index, series in enumerate(spec.series):
        xs = [i - 0.4 + width * (index + 0.5) for i in range(len(spec.categories))]
        bars = ax.bar(
            xs,
            series.values,
            width=width * 0.92,
            label=series.name,
            color=colours[index % len(colours)],
        )
        for bar, label in zip(bars, series.value_labels, strict=True):
            ax.text(
                bar.get_x() + bar.get_width() / 2,
                bar.get_height() + peak * 0.015,
                label,
                ha="center",
                va="bottom",
                fontsize=7.5,
                color="#222222",
            )
    ax.set_xticks(range(len(spec.categories)), spec.categories)
    ax.set_ylim(0, peak * 1.2)
    _group_thousands(ax.yaxis)
    ax.set_ylabel(spec.axis_label, fontsize=8, color="#555555")
    ax.grid(axis="y", color="#E3E3E3", linewidth=0.6)
    ax.set_axisbelow(True)
    if count > 1:
        ax.legend(frameon=False, fontsize=8, loc="upper right")


def _render(spec: ChartSpec) -> bytes:
    figure = _figure(spec)
    ax = figure.add_subplot()
    _style_axes(ax)
    if spec.kind == "grouped":
        _draw_grouped(ax, spec)
    else:
        _draw_horizontal(ax, spec)
    figure.tight_layout(pad=0.6)
    return _opaque_png(figure, spec.dpi)


def _opaque_png(figure: Any, dpi: int) -> bytes:
    """The drawn figure as an RGB PNG: charts are opaque, and an RGB PNG goes into a PDF as it
    is (no alpha channel to split off, nothing to decode and compress again)."""
    from PIL import Image

    canvas = figure.canvas
    canvas.draw()
    rgba = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw")
    buffer = io.BytesIO()
    rgba.convert("RGB").save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


_CACHE: dict[str, bytes] = {}


def render_png(spec: ChartSpec) -> bytes:
    """The chart as PNG bytes; the same spec always gives the same bytes (and is cached)."""
    if not spec.series or not spec.categories:
        raise ValueError("a chart needs at least one category and one series")
    key = spec.key()
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = stored_png(key, lambda: _render(spec))
        return _CACHE[key]
