"""The performance budget of issue 7, checked against measured figures, and the report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.exports import ExportResult
from bench.gui import GuiResult
from bench.libreoffice import LibreOfficeResult
from bench.pack import PackResult
from bench.scale import ScaleResult


@dataclass(frozen=True)
class BudgetRow:
    what: str
    limit: str
    measured: str
    met: bool | None  # None: not measured in this run


def _export(exports: list[ExportResult], template: str, fmt: str) -> ExportResult:
    return next(e for e in exports if e.template == template and e.fmt == fmt)


def budget_rows(
    exports: list[ExportResult],
    gui: GuiResult | None,
    scale: list[ScaleResult],
    libre: LibreOfficeResult | None,
    packs: list[PackResult] | None = None,
) -> list[BudgetRow]:
    pdf, docx = _export(exports, "full-briefing", "pdf"), _export(exports, "full-briefing", "docx")
    cold = max(e.cold_s for e in exports)
    largest = max(scale, key=lambda s: s.facts) if scale else None
    memory = [e.peak_rss_mb for e in exports] + ([gui.peak_rss_mb] if gui else [])
    rows = [
        BudgetRow("warm full-briefing PDF", "≤ 0.5 s", f"{pdf.warm_s:.3f} s", pdf.warm_s <= 0.5),
        BudgetRow("warm full-briefing DOCX", "≤ 0.3 s", f"{docx.warm_s:.3f} s", docx.warm_s <= 0.3),
        BudgetRow("cold CLI export (slowest template)", "≤ 2.5 s", f"{cold:.3f} s", cold <= 2.5),
        BudgetRow(
            "preview refresh after the last change",
            "≤ 0.3 s",
            f"{gui.refresh_s:.3f} s" if gui else "not run",
            gui.refresh_s <= 0.3 if gui else None,
        ),
        BudgetRow(
            f"load of {largest.facts:,} facts (files read before)" if largest else "load",
            "≤ 2 s",
            f"{largest.load_s:.2f} s" if largest else "not run",
            largest.load_s <= 2 if largest else None,
        ),
        BudgetRow(
            f"load of {largest.facts:,} facts (every file read)" if largest else "load",
            "≤ 2 s",
            f"{largest.first_load_s:.2f} s" if largest else "not run",
            largest.first_load_s <= 2 if largest else None,
        ),
        BudgetRow(
            "full-briefing PDF size",
            "≤ 1.5 MB",
            f"{pdf.size_bytes / 1024 / 1024:.2f} MB",
            pdf.size_bytes <= 1.5 * 1024 * 1024,
        ),
        BudgetRow(
            "peak RSS (CLI exports, desktop app)",
            "≤ 400 MB",
            f"{max(memory):.0f} MB",
            max(memory) <= 400,
        ),
    ]
    if largest:
        rows.append(
            BudgetRow(
                f"peak RSS, {largest.facts:,} facts loaded and exported",
                "≤ 400 MB",
                f"{largest.peak_rss_mb:.0f} MB",
                largest.peak_rss_mb <= 400,
            )
        )
    pack = next((p for p in packs or [] if p.items == 3 and p.workers == 1), None)
    rows.append(
        BudgetRow(
            "delegation pack of 3 briefings, index and zip (warm)",
            "≤ 3 s",
            f"{pack.seconds:.2f} s" if pack else "not run",
            pack.seconds <= 3 if pack else None,
        )
    )
    if libre is None:
        rows.append(BudgetRow("against the LibreOffice path", "≥ 10×", "not run", None))
    else:
        warm = libre.convert_s / pdf.warm_s
        rows.append(
            BudgetRow(
                "against LibreOffice, both as new processes",
                "≥ 10×",
                f"{libre.ratio:.1f}×",
                libre.ratio >= 10,
            )
        )
        rows.append(
            BudgetRow(
                "against LibreOffice, our export in the open app",
                "≥ 10×",
                f"{warm:.1f}×",
                warm >= 10,
            )
        )
    return rows


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
             for row in [header, *rows]]  # fmt: skip
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


Column = tuple[str, Callable[[dict[str, Any]], str]]
_EXPORT_COLUMNS: list[Column] = [
    ("template", lambda e: e["template"]),
    ("format", lambda e: e["fmt"]),
    ("warm", lambda e: f"{e['warm_s']:.3f}"),
    ("cold CLI", lambda e: f"{e['cold_s']:.3f}"),
    ("first run", lambda e: f"{e['first_cold_s']:.3f}"),
    ("size", lambda e: f"{e['size_bytes'] / 1024:.0f} KB"),
    ("pages", lambda e: str(e["pages"] or "—")),
    ("peak RSS", lambda e: f"{e['peak_rss_mb']:.0f} MB"),
]
_SCALE_COLUMNS: list[Column] = [
    ("facts", lambda s: f"{s['facts']:,}"),
    ("YAML", lambda s: f"{s['base_mb']} MB"),
    ("first load", lambda s: f"{s['first_load_s']:.2f}"),
    ("load again", lambda s: f"{s['load_s']:.3f}"),
    ("filter", lambda s: f"{s['filter_s'] * 1000:.2f} ms"),
    ("export 500-fact region", lambda s: f"{s['export_s']:.3f}"),
    ("peak RSS", lambda s: f"{s['peak_rss_mb']:.0f} MB"),
]


def _columns(columns: list[Column], items: list[dict[str, Any]]) -> str:
    return _table(
        [title for title, _ in columns], [[show(i) for _, show in columns] for i in items]
    )


def format_report(results: dict[str, Any]) -> str:
    machine = results["machine"]
    parts = [
        f"Briefing Studio benchmark, {results['when']} — {machine['cpu']}, "
        f"{machine['cores']} cores, Python {machine['python']}, commit {machine['commit']}"
    ]
    status = {True: "met", False: "NOT MET", None: "—"}
    parts.append(
        _table(
            ["budget", "limit", "measured", ""],
            [[r["what"], r["limit"], r["measured"], status[r["met"]]] for r in results["budget"]],
        )
    )
    region = results["exports"][0]["region"]
    parts.append(f"Exports (region '{region}', every theme; medians in seconds)")
    parts.append(_columns(_EXPORT_COLUMNS, results["exports"]))
    if results["gui"]:
        gui = results["gui"]
        parts.append(
            f"Desktop app: first preview {gui['first_preview_s']:.3f} s after start; "
            f"preview refresh {gui['refresh_s']:.3f} s after a change "
            f"(median of {len(gui['refresh_runs'])}); peak RSS {gui['peak_rss_mb']:.0f} MB"
        )
    parts.append("Scale (synthetic fact bases; seconds)")
    parts.append(_columns(_SCALE_COLUMNS, results["scale"]))
    if results["libreoffice"]:
        lo = results["libreoffice"]
        parts.append(
            f"LibreOffice ({lo['version']}): DOCX→PDF {lo['convert_s']:.3f} s; "
            f"our PDF export as a new process {lo['ours_s']:.3f} s; "
            f"ratio {lo['ratio']:.1f}×"
        )
    return "\n\n".join(parts)
