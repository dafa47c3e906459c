"""The default name of an exported briefing: region, template and date."""

from __future__ import annotations

import re

from desktop_app.assemble.selection import Selection
from desktop_app.language import Lang
from desktop_app.render.formats import OutputFormat
from desktop_app.templates import Template

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')  # not allowed, or awkward, in a file name anywhere


def file_name(
    selection: Selection, template: Template, lang: Lang, date: str, output: OutputFormat
) -> str:
    """苏州工业园区_投资环境简报（完整版）_2025-07-15.pdf"""
    names = "+".join(selection.region_name(r, lang) for r in selection.regions)
    stem = "_".join([names, template.name.get(lang), date])
    return _UNSAFE.sub("-", stem).strip("-.") + output.suffix
