"""The loaded fact base: registries by id, the facts, and the region and theme trees."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.facts.model import Fact, Metric, Region, Source, Theme


def _subtree(parents: Mapping[str, str | None], root: str) -> frozenset[str]:
    children: dict[str | None, list[str]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    found, stack = {root}, [root]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return frozenset(found)


@dataclass(frozen=True)
class FactBase:
    root: Path
    sources: Mapping[str, Source]
    regions: Mapping[str, Region]
    themes: Mapping[str, Theme]
    metrics: Mapping[str, Metric]
    facts: tuple[Fact, ...]
    _cache: dict[tuple[str, str], frozenset[str]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def region_subtree(self, region_id: str) -> frozenset[str]:
        """The region and every region below it."""
        key = ("region", region_id)
        if key not in self._cache:
            parents = {r.id: r.parent for r in self.regions.values()}
            self._cache[key] = _subtree(parents, region_id)
        return self._cache[key]

    def theme_subtree(self, theme_id: str) -> frozenset[str]:
        """The theme and every sub-theme below it."""
        key = ("theme", theme_id)
        if key not in self._cache:
            parents = {t.id: t.parent for t in self.themes.values()}
            self._cache[key] = _subtree(parents, theme_id)
        return self._cache[key]

    def region_path(self, region_id: str) -> tuple[Region, ...]:
        """The chain from the top region down to ``region_id``."""
        chain: list[Region] = []
        current: str | None = region_id
        while current is not None and current in self.regions and len(chain) <= len(self.regions):
            chain.append(self.regions[current])
            current = self.regions[current].parent
        return tuple(reversed(chain))
