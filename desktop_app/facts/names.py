"""Matching names as people type them: simplified or traditional, full- or half-width, any case."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from desktop_app.facts.base import FactBase


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc  # opencc-python-reimplemented; loads its tables on first use

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (蘇州工業園區 -> 苏州工业园区)."""
    return str(_t2s().convert(text))


def match_key(text: str) -> str:
    """A key under which 蘇州工業園區, 苏州工业园区 and ＳＩＰ/sip compare equal."""
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    return _t2s().convert(folded)


def region_names(base: FactBase, region_id: str) -> tuple[str, ...]:
    """Every name a region answers to: id, names, short names and aliases."""
    region = base.regions[region_id]
    short = (region.short.zh, region.short.en) if region.short else ()
    return (region.id, region.name.zh, region.name.en, *short, *region.aliases)


def resolve_region(base: FactBase, text: str) -> str | None:
    """The id of the region whose id, name or alias is ``text`` (in either script), if any."""
    if text in base.regions:
        return text
    key = match_key(text)
    for region_id in base.regions:
        if any(match_key(name) == key for name in region_names(base, region_id)):
            return region_id
    return None


def resolve_theme(base: FactBase, text: str) -> str | None:
    """The id of the theme whose id or label is ``text`` (in either script), if any."""
    if text in base.themes:
        return text
    key = match_key(text)
    for theme in base.themes.values():
        if key in (match_key(theme.label.zh), match_key(theme.label.en)):
            return theme.id
    return None
