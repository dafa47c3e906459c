"""Safe placeholders in template text: a closed set of names, substituted, never evaluated."""

from __future__ import annotations

import re
from collections.abc import Mapping

PLACEHOLDERS: dict[str, str] = {
    "region": "the name of the (first) region",
    "regions": "the names of all chosen regions",
    "themes": "the chosen themes",
    "date": "the briefing's date",
    "data_as_of": "the date of the newest fact used (figures and statements)",
    "data_span": "the years the facts span, when several: （涵盖2021—2025年）",
    "fact_count": "how many facts the briefing uses",
    "source_count": "how many sources they come from",
    "facts": "the number of facts with its noun: 1 fact, 12 facts, 12条事实",
    "sources": "the number of sources with its noun: 1 source, 5 sources, 5个来源",
    "title": "the briefing's title",
    "template": "the template's name",
}
_PATTERN = re.compile(r"\{([^{}]*)\}")


def unknown_placeholders(text: str) -> list[str]:
    """The placeholder names in ``text`` that are not in the closed set."""
    return [name for name in _PATTERN.findall(text) if name not in PLACEHOLDERS]


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace each {name} by its value. Only names from the closed set are recognised."""
    return _PATTERN.sub(lambda m: values.get(m.group(1), m.group(0)), text)
