"""The engine's public surface: all that the ``briefing`` command and the desktop app use.

Front ends import this module and nothing else of the engine (a test holds them to it)::

    workspace = Workspace()                          # the bundled fact base and templates
    request = BriefingRequest(regions=("sip",), themes=("talent",), lang="en", date="2025-07-15")
    document = workspace.build(request)              # -> Document (format-neutral)
    data = workspace.render(document, "pdf")         # -> bytes
    workspace.export(request, "docx", Path("b.docx"))       # replaces b.docx, atomically
    workspace.export_new(request, "pdf", Path("Briefings"))  # a new file, never replacing one

The output formats are listed in :data:`FORMATS`. Every error the engine raises on purpose is
a :class:`BriefingError` whose ``str()`` is one line.
"""

from __future__ import annotations

from desktop_app import __version__
from desktop_app.assemble import (
    DEFAULT_REGION,
    DEFAULT_TEMPLATE,
    MAX_ISSUE,
    MAX_ISSUER,
    BriefingRequest,
)
from desktop_app.assemble.checks import Finding
from desktop_app.errors import (
    BriefingError,
    ExportError,
    FactBaseError,
    FontError,
    Problem,
    ProblemsError,
    SelectionError,
    TemplateError,
)
from desktop_app.facts import Fact, Region, Theme
from desktop_app.fonts import interface_font_file
from desktop_app.importer import Accepted, Candidate, Proposal
from desktop_app.language import LANGS, Lang, Text
from desktop_app.model import Document
from desktop_app.render.formats import FORMATS, OutputFormat, format_of, output_format
from desktop_app.resources import style_sheet
from desktop_app.templates import EDITIONS, Edition, Template
from desktop_app.workspace import ExportResult, FactRow, Pack, Preset, Workspace

__all__ = [
    "DEFAULT_REGION",
    "DEFAULT_TEMPLATE",
    "EDITIONS",
    "FORMATS",
    "LANGS",
    "MAX_ISSUE",
    "MAX_ISSUER",
    "Accepted",
    "BriefingError",
    "BriefingRequest",
    "Candidate",
    "Document",
    "Edition",
    "ExportError",
    "ExportResult",
    "Fact",
    "FactBaseError",
    "FactRow",
    "Finding",
    "FontError",
    "Lang",
    "OutputFormat",
    "Pack",
    "Preset",
    "Problem",
    "ProblemsError",
    "Proposal",
    "Region",
    "SelectionError",
    "Template",
    "TemplateError",
    "Text",
    "Theme",
    "Workspace",
    "__version__",
    "format_of",
    "interface_font_file",
    "output_format",
    "style_sheet",
]
