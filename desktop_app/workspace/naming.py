"""The default name of an exported briefing: region, template and date."""

from __future__ import annotations

import re

from desktop_app.assemble.selection import Selection
from desktop_app.language import Lang, Text
from desktop_app.render.formats import OutputFormat
from desktop_app.templates import Template

INTERNAL_MARK = Text("内部版", "internal")
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')  # not allowed, or awkward, in a file name anywhere


def file_name(
    selection: Selection, template: Template, lang: Lang, date: str, output: OutputFormat
) -> str:
    """苏州工业园区_投资环境简报（完整版）_2025-07-15.pdf; an internal edition says so in its
    name (…_内部版.pdf), so that it is not sent out by mistake."""
    names = "+".join(selection.region_name(r, lang) for r in selection.regions)
    parts = [names, template.name.get(lang), date]
    if selection.edition == "internal":
        parts.append(INTERNAL_MARK.get(lang))
    return safe_stem("_".join(parts)) + output.suffix


def safe_stem(text: str) -> str:
    """``text`` as a file name's stem on any system: no separators, reserved characters or
    spaces (苏州工业园区_投资环境简报（完整版）_2025-07-15, 德国医疗器械代表团)."""
    return _UNSAFE.sub("-", text).strip("-.")
