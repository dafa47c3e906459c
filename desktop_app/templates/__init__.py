"""Report templates: YAML files that choose a briefing's sections, charts and page setup."""

from desktop_app.templates.loader import check_against, load_templates, read_template
from desktop_app.templates.model import EDITIONS, ChartDef, Edition, PageDef, SectionDef, Template
from desktop_app.templates.placeholders import PLACEHOLDERS, fill

__all__ = [
    "EDITIONS",
    "PLACEHOLDERS",
    "ChartDef",
    "Edition",
    "PageDef",
    "SectionDef",
    "Template",
    "check_against",
    "fill",
    "load_templates",
    "read_template",
]
