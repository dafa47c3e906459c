"""Loading report templates from YAML, with one-line problems naming file, line and field.

Templates come from the bundled ``report_templates/`` folder and, optionally, a user folder;
a user template with the same id as a bundled one replaces it. Only plain YAML is read.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, cast, get_args

from desktop_app.errors import Problem
from desktop_app.facts.base import FactBase
from desktop_app.facts.fields import ID_PATTERN, RecordReader
from desktop_app.facts.yaml_source import LocatedDict, load_yaml
from desktop_app.language import Text
from desktop_app.resources import resource_path
from desktop_app.templates.model import (
    EDITIONS,
    FORMS,
    ChartDef,
    FootnoteStyle,
    PageDef,
    SectionDef,
    SectionKind,
    Template,
)
from desktop_app.templates.placeholders import PLACEHOLDERS, unknown_placeholders

TEMPLATE_FIELDS = (
    "id",
    "name",
    "description",
    "audience",
    "form",
    "stale_years",
    "footnotes",
    "page",
    "texts",
    "sections",
    "charts",
)
TEXT_NAMES = (
    "title",
    "subtitle",
    "classification",
    "issuer",
    "header",
    "masthead",
    "issue",
    "report_to",
    "copy_to",
)
SECTION_KINDS = get_args(SectionKind)
SECTION_FIELDS = (
    "kind",
    "title",
    "text",
    "max",
    "metrics",
    "charts",
    "style",
    "table",
    "by_region",
    "chart_height_mm",
    "themes",
    "places",
    "min_sections",
    "labels",
    "per_region",
)
PER_REGION_KINDS = ("key_figures", "themes")  # the sections a region's part may hold
CHART_FIELDS = ("id", "type", "title", "theme", "metrics", "note")
PAGE_FIELDS = ("margins_mm", "accent", "base_size_pt", "footer", "max_pages")
FOOTNOTE_STYLES = get_args(FootnoteStyle)
CHART_HEIGHT_MM = (20, 120)
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _placeholders(reader: RecordReader, field: str, text: Text | None) -> None:
    if text is None:
        return
    for value in (text.zh, text.en):
        for name in unknown_placeholders(value):
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            reader.problem(field, f"unknown placeholder {{{name}}} in {field}; use one of {known}")


def _sub_reader(
    parent: RecordReader, data: Any, field: str, kind: str, index: int
) -> RecordReader | None:
    if not isinstance(data, LocatedDict):
        parent.problem(field, f"{field} entry {index} must be a mapping")
        return None
    reader = RecordReader(parent.file, data, kind, index, parent.problems)
    if kind == "chart" and isinstance(data.get("id"), str):
        reader.subject = f"chart '{data['id']}'"
    return reader


def _int(reader: RecordReader, field: str, low: int, high: int) -> int:
    value = reader.number(field)
    if value is None:
        return 0
    if not isinstance(value, int) or not low <= value <= high:
        reader.problem(field, f"{field} must be a whole number from {low} to {high}, got {value}")
        return 0
    return value


def _page(reader: RecordReader) -> PageDef:
    data = reader.mapping("page")
    if data is None:
        return PageDef()
    sub = RecordReader(reader.file, cast(LocatedDict, data), "page", 0, reader.problems)
    sub.subject = reader.subject
    sub.reject_unknown(PAGE_FIELDS)
    page = PageDef()
    margins = data.get("margins_mm", page.margins_mm)
    if (
        not isinstance(margins, list | tuple)
        or len(margins) != 4
        or not all(isinstance(m, int | float) and 5 <= m <= 60 for m in margins)
    ):
        sub.problem(
            "margins_mm",
            "page.margins_mm must be four numbers from 5 to 60 (top right bottom left)",
        )
        margins = page.margins_mm
    accent = data.get("accent", page.accent)
    if not isinstance(accent, str) or not _COLOUR.match(accent):
        sub.problem("accent", f"page.accent must be a colour like #9E1B1B, got {accent!r}")
        accent = page.accent
    size = data.get("base_size_pt", page.base_size_pt)
    if isinstance(size, bool) or not isinstance(size, int | float) or not 8 <= size <= 16:
        sub.problem(
            "base_size_pt", f"page.base_size_pt must be a number from 8 to 16, got {size!r}"
        )
        size = page.base_size_pt
    footer = sub.choice("footer", ("page_of", "dash"), required=False) or page.footer
    max_pages = _int(sub, "max_pages", 0, 99) if "max_pages" in data else page.max_pages
    margins_mm = tuple(float(m) for m in margins)
    return PageDef(margins_mm, accent, float(size), footer, max_pages)  # type: ignore[arg-type]


def _texts(reader: RecordReader) -> dict[str, Text]:
    data = reader.mapping("texts")
    if data is None:
        return {}
    sub = RecordReader(reader.file, cast(LocatedDict, data), "texts", 0, reader.problems)
    sub.subject = reader.subject
    sub.reject_unknown(TEXT_NAMES)
    texts: dict[str, Text] = {}
    for name in data:
        if name in TEXT_NAMES and (text := sub.bilingual(name)) is not None:
            _placeholders(sub, name, text)
            texts[name] = text
    return texts


def _chart(reader: RecordReader) -> ChartDef | None:
    reader.reject_unknown(CHART_FIELDS)
    ident = reader.ident()
    kind = reader.choice("type", ("bar", "share"))
    title = reader.bilingual("title")
    theme = reader.reference("theme")
    metrics = reader.reference_list("metrics")
    note = reader.bilingual("note", required=False) if "note" in reader.data else None
    if metrics is not None and len(metrics) < 2:
        reader.problem("metrics", "a chart needs at least two metrics to compare")
    if not reader.ok:
        return None
    assert ident and kind and title and theme and metrics
    return ChartDef(ident, kind, title, theme, metrics, reader.data.line, note)  # type: ignore[arg-type]


def _chart_height(reader: RecordReader) -> float:
    low, high = CHART_HEIGHT_MM
    value = reader.data.get("chart_height_mm")
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        reader.problem(
            "chart_height_mm",
            f"chart_height_mm must be a number from {low} to {high}, got {value!r}",
        )
        return 0.0
    return float(value)


def _section(reader: RecordReader) -> SectionDef | None:
    reader.reject_unknown(SECTION_FIELDS)
    kind = reader.choice("kind", SECTION_KINDS)
    title = reader.bilingual("title", required=False) if "title" in reader.data else None
    text = reader.bilingual("text", required=False) if "text" in reader.data else None
    _placeholders(reader, "title", title)
    _placeholders(reader, "text", text)
    max_items = _int(reader, "max", 1, 40) if "max" in reader.data else 0
    metrics = reader.reference_list("metrics") if "metrics" in reader.data else ()
    charts = reader.reference_list("charts") if "charts" in reader.data else ()
    style = reader.choice("style", ("paragraphs", "bullets"), required=False) or "paragraphs"
    table = reader.boolean("table") if "table" in reader.data else False
    by_region = reader.boolean("by_region") if "by_region" in reader.data else True
    height = _chart_height(reader) if "chart_height_mm" in reader.data else 0.0
    themes = reader.reference_list("themes") if "themes" in reader.data else ()
    places = reader.choice("places", ("themes", "profiles"), required=False) or "themes"
    min_sections = _int(reader, "min_sections", 1, 40) if "min_sections" in reader.data else 0
    labels = _labels(reader) if "labels" in reader.data else ()
    per_region = reader.boolean("per_region") if "per_region" in reader.data else False
    if per_region and kind not in PER_REGION_KINDS and reader.ok:
        reader.problem(
            "per_region",
            f"per_region applies to {' and '.join(PER_REGION_KINDS)} sections only; "
            f"remove it from this {kind} section",
        )
    if kind == "text" and text is None and reader.ok:
        reader.problem(None, "a text section needs a text; add text: {zh: ..., en: ...}")
    if not reader.ok:
        return None
    assert kind
    return SectionDef(
        kind,
        title,
        text,
        max_items,
        metrics or (),
        charts or (),
        style,
        bool(table),
        bool(by_region),
        height,
        themes or (),
        reader.data.line,
        places,
        min_sections,
        labels,
        bool(per_region),
    )  # type: ignore[arg-type]


def _labels(reader: RecordReader) -> tuple[tuple[str, Text], ...]:
    """labels: {<theme id>: {zh: ..., en: ...}, ...}, in the order given."""
    data = reader.mapping("labels")
    if not data:
        return ()
    sub = RecordReader(reader.file, cast(LocatedDict, data), "labels", 0, reader.problems)
    sub.subject = reader.subject
    labels = []
    for theme in data:
        if not isinstance(theme, str) or not ID_PATTERN.match(theme):
            sub.problem(theme, f"labels: '{theme}' is not a theme id; use one from themes.yaml")
        elif (text := sub.bilingual(theme, max_len=24)) is not None:
            labels.append((theme, text))
    reader.ok = reader.ok and sub.ok
    return tuple(labels)


def _list(reader: RecordReader, field: str, kind: str, read: Any) -> list[Any]:
    items = reader.data.get(field)
    if items is None:
        return []
    if not isinstance(items, list):
        reader.problem(field, f"{field} must be a list")
        return []
    result = []
    for index, item in enumerate(items, 1):
        sub = _sub_reader(reader, item, field, kind, index)
        if sub is not None and (value := read(sub)) is not None:
            result.append(value)
    return result


def read_template(path: Path, origin: str = "bundled") -> tuple[Template | None, list[Problem]]:
    """Read one template file. Returns the template (None if invalid) and its problems."""
    data, problem = load_yaml(path)
    if problem:
        return None, [problem]
    if not isinstance(data, LocatedDict):
        return None, [
            Problem(str(path), 1, None, "a template must be a mapping with id, name, sections")
        ]
    problems: list[Problem] = []
    reader = RecordReader(str(path), data, "template", 1, problems)
    reader.reject_unknown((*TEMPLATE_FIELDS, "layout"))  # layout: explained below
    ident = reader.ident()
    name = reader.bilingual("name")
    description = reader.bilingual("description")
    if "layout" in data:
        reader.problem(
            "layout",
            "layout is no longer used; remove it and say what it meant with page.max_pages, "
            "footnotes and chart_height_mm (see report_templates/README.md)",
        )
    footnotes = reader.choice("footnotes", FOOTNOTE_STYLES, required=False) or "full"
    audience = reader.choice("audience", EDITIONS, required=False) or "external"
    form = reader.choice("form", FORMS, required=False) or "plain"
    stale_years = _int(reader, "stale_years", 1, 50) if "stale_years" in data else 3
    page = _page(reader)
    texts = _texts(reader)
    charts = _list(reader, "charts", "chart", _chart)
    sections = _list(reader, "sections", "section", _section)
    if "sections" in data and not sections and reader.ok:
        reader.problem("sections", "a template needs at least one section")
    elif "sections" not in data:
        reader.problem(None, "sections is missing; add the list of sections")
    chart_ids = {c.id for c in charts}
    for section in sections:
        for chart in section.charts:
            if chart not in chart_ids:
                reader.problem(
                    "sections",
                    f"section '{section.kind}' names chart '{chart}', "
                    "which the template does not define under charts",
                    section.line,
                )
    if problems:
        return None, problems
    assert ident and name and description
    return Template(
        ident,
        name,
        description,
        page,
        texts,
        tuple(sections),
        tuple(charts),
        str(path),
        origin,  # type: ignore[arg-type]
        footnotes,  # type: ignore[arg-type]
        audience,  # type: ignore[arg-type]
        stale_years,
        form,  # type: ignore[arg-type]
        dict(data.key_lines),
    ), []


def template_folders(user_folder: Path | None = None) -> list[tuple[Path, str]]:
    folders = [(resource_path("report_templates"), "bundled")]
    if user_folder is not None:
        folders.append((Path(user_folder), "user"))
    return folders


def load_templates(user_folder: Path | None = None) -> tuple[dict[str, Template], list[Problem]]:
    """Every valid template by id (user templates replace bundled ones), and every problem."""
    templates: dict[str, Template] = {}
    problems: list[Problem] = []
    for folder, origin in template_folders(user_folder):
        if not folder.is_dir():
            problems.append(Problem(str(folder), None, None, "template folder not found"))
            continue
        for path in sorted(folder.glob("*.yaml")):
            if not path.resolve().is_relative_to(folder.resolve()):
                outside = (
                    "the file links outside the templates folder; copy the template in instead"
                )
                problems.append(Problem(str(path), None, None, outside))
                continue
            template, found = read_template(path, origin)
            problems += found
            if template is not None:
                templates[template.id] = template
    return templates, problems


def check_against(template: Template, base: FactBase) -> list[Problem]:
    """Problems where a template names themes or metrics the fact base does not have."""
    problems: list[Problem] = []

    def add(line: int, subject: str, message: str) -> None:
        problems.append(Problem(template.file, line, subject, message))

    for chart in template.charts:
        name = f"chart '{chart.id}'"
        if chart.theme not in base.themes:
            add(chart.line, name, f"unknown theme '{chart.theme}'; use an id from themes.yaml")
        for metric in chart.metrics:
            if metric not in base.metrics:
                add(chart.line, name, f"unknown metric '{metric}'; use an id from metrics.yaml")
        units = sorted({base.metrics[m].unit for m in chart.metrics if m in base.metrics})
        if len(units) > 1:
            add(
                chart.line,
                name,
                f"mixes units ({', '.join(units)}); a chart compares one unit only",
            )
        if chart.type == "share" and units and units != ["percent"]:
            add(chart.line, name, "a share chart needs metrics in percent")
    subject = f"template '{template.id}'"
    for section in template.sections:
        for theme, _ in section.labels:
            if theme not in base.themes:
                add(
                    section.line,
                    subject,
                    f"section '{section.kind}' has a label for unknown theme '{theme}'; "
                    "use an id from themes.yaml",
                )
        for theme in section.themes:
            if theme not in base.themes:
                add(
                    section.line, subject, f"section '{section.kind}' names unknown theme '{theme}'"
                )
        for metric in section.metrics:
            if metric not in base.metrics:
                add(
                    section.line,
                    subject,
                    f"section '{section.kind}' names unknown metric '{metric}'",
                )
    return problems
