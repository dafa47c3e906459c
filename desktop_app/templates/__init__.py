"""Report templates: YAML files that choose a briefing's sections, charts and page setup."""

from desktop_app.templates.loader import check_against, load_templates, read_template
from desktop_app.templates.model import ChartDef, PageDef, SectionDef, Template
from desktop_app.templates.placeholders import PLACEHOLDERS, fill

__all__ = [
    "PLACEHOLDERS",
    "ChartDef",
    "PageDef",
    "SectionDef",
    "Template",
    "check_against",
    "fill",
    "load_templates",
    "read_template",
]
