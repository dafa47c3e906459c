"""The engine's public surface: what the CLI and the desktop app call. Nothing else is needed.

request = BriefingRequest(regions=("sip",), themes=("talent",), lang="en", date="2025-07-15")
document = build_briefing(request)           # -> Document (format-neutral)
render(document, "pdf", Path("out.pdf"))     # atomic write; a failure keeps any older file
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop_app.assemble import BriefingRequest, build_briefing
from desktop_app.facts import FactBase, load_strict
from desktop_app.facts.names import resolve_region
from desktop_app.model import Document
from desktop_app.render import FORMATS, Format, check_target, render, render_bytes, write_atomic
from desktop_app.resources import bundled_facts
from desktop_app.templates import load_templates


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int  # bytes written
    document: Document


def export(request: BriefingRequest, fmt: Format, path: Path) -> ExportResult:
    """Build the briefing and write it to ``path`` (atomically)."""
    check_target(Path(path))
    document = build_briefing(request)
    data = render_bytes(document, fmt)
    write_atomic(Path(path), data)
    return ExportResult(Path(path), len(data), document)


def default_file_name(request: BriefingRequest, fmt: Format, base: FactBase | None = None) -> str:
    """A descriptive name of region, template and date: 苏州工业园区_投资环境简报_2025-07-15.pdf

    ``base`` is a fact base already loaded (the desktop app keeps one); else it is read."""
    base = base or load_strict(request.facts_dir or bundled_facts())
    regions = [resolve_region(base, r) or r for r in request.regions]
    names = [base.regions[r].name.get(request.lang) if r in base.regions else r for r in regions]
    templates, _ = load_templates(request.templates_dir)
    template = templates.get(request.template)
    label = template.name.get(request.lang) if template else request.template
    stem = "_".join(["+".join(names), label, request.briefing_date()])
    stem = re.sub(r'[\\/:*?"<>|\s]+', "-", stem).strip("-.")
    return f"{stem}.{fmt}"


__all__ = [
    "FORMATS",
    "BriefingRequest",
    "Document",
    "ExportResult",
    "Format",
    "build_briefing",
    "default_file_name",
    "export",
    "render",
    "render_bytes",
]
