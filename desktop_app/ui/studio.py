"""The desktop app's state and behaviour, without widgets: what is chosen, what it makes.

The window shows this object and forwards the user's actions to it; tests drive it directly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.api import BriefingRequest, build_briefing, default_file_name
from desktop_app.assemble.selection import region_order, select, theme_order
from desktop_app.errors import BriefingError, FactBaseError, Problem
from desktop_app.facts import Fact, FactBase, load_fact_base
from desktop_app.facts.model import Lang
from desktop_app.facts.names import match_key
from desktop_app.model import Document
from desktop_app.resources import bundled_facts
from desktop_app.templates import Template, check_against, load_templates


@dataclass
class Choice:
    """What the user has chosen."""

    regions: list[str] = field(default_factory=lambda: ["sip"])
    themes: list[str] = field(default_factory=list)
    template: str = "full-briefing"
    lang: Lang = "zh"
    excluded: set[str] = field(default_factory=set)


class Studio:
    def __init__(self, facts_dir: Path | None = None, templates_dir: Path | None = None) -> None:
        self.choice = Choice()
        self.templates_dir = templates_dir
        self.facts_dir: Path = bundled_facts()
        self.base: FactBase
        self.problems: list[Problem] = []
        self.templates: dict[str, Template] = {}
        self.template_problems: list[Problem] = []
        self._read: tuple[dict[str, Template], list[Problem]] | None = None  # from the folders
        self.load_facts(facts_dir or bundled_facts())
        self.reload_templates()

    # -- loading ---------------------------------------------------------------------------
    def load_facts(self, folder: Path) -> list[Problem]:
        """Load a fact base; keep working with its valid part. Returns its problems."""
        base, problems = load_fact_base(Path(folder))
        regions = region_order(base)
        if not regions:  # nothing to brief on: say why, and keep the fact base in use
            if problems:
                raise FactBaseError(problems)
            raise BriefingError(f"{folder}: no regions found; add a regions.yaml")
        self.base, self.problems, self.facts_dir = base, problems, Path(folder)
        self.choice.regions = [r for r in self.choice.regions if r in base.regions] or [
            next(iter(regions))
        ]
        self.choice.themes = [t for t in self.choice.themes if t in base.themes]
        self.choice.excluded &= {f.id for f in base.facts}
        if self._read is not None:
            self._offer_templates()  # the user's templates are checked against this base
        return problems

    def reload_templates(self, folder: Path | None = None) -> list[Problem]:
        if folder is not None:
            self.templates_dir = folder
        self._read = load_templates(self.templates_dir)
        return self._offer_templates()

    def _offer_templates(self) -> list[Problem]:
        """The templates read, less the user's ones that name what the fact base lacks."""
        assert self._read is not None
        read, problems = self._read
        self.templates, self.template_problems = dict(read), list(problems)
        for template in [t for t in read.values() if t.origin == "user"]:
            mismatches = check_against(template, self.base)
            if mismatches:
                self.template_problems += mismatches
                del self.templates[template.id]
        if self.choice.template not in self.templates and self.templates:
            self.choice.template = next(iter(self.templates))
        return self.template_problems

    def fact_base_version(self) -> str:
        """A short fingerprint of the fact base's files, and the date of its newest source."""
        digest = hashlib.sha256()
        for path in sorted(self.facts_dir.rglob("*.yaml")):
            digest.update(path.relative_to(self.facts_dir).as_posix().encode())
            digest.update(path.read_bytes())
        newest = max((s.published for s in self.base.sources.values()), default="")
        return f"{digest.hexdigest()[:8]} ({newest})" if newest else digest.hexdigest()[:8]

    # -- what the window lists -------------------------------------------------------------
    def regions_in_order(self) -> list[str]:
        order = region_order(self.base)
        return sorted(self.base.regions, key=lambda r: order.get(r, len(order)))

    def themes_in_order(self) -> list[str]:
        order = theme_order(self.base)
        return sorted(self.base.themes, key=lambda t: order.get(t, len(order)))

    def region_matches(self, text: str) -> set[str]:
        """Regions whose id, name or alias contains ``text`` (either script, any case)."""
        key = match_key(text)
        if not key:
            return set(self.base.regions)
        found = set()
        for region in self.base.regions.values():
            names = (region.id, region.name.zh, region.name.en, *region.aliases)
            if any(key in match_key(name) for name in names):
                found.add(region.id)
        return found

    def facts_in_scope(self) -> list[Fact]:
        """Every fact the current choice could use, excluded ones included."""
        if not self.choice.regions:
            return []
        try:
            chosen = select(
                self.base, tuple(self.choice.regions), tuple(self.choice.themes), frozenset()
            )
        except BriefingError:
            return []
        return list(chosen.facts)

    # -- making briefings ------------------------------------------------------------------
    def request(self, date: str | None = None) -> BriefingRequest:
        if not self.choice.regions:
            raise BriefingError("no region chosen; choose at least one region")
        return BriefingRequest(
            regions=tuple(self.choice.regions),
            themes=tuple(self.choice.themes),
            template=self.choice.template,
            lang=self.choice.lang,
            date=date or dt.date.today().isoformat(),
            facts_dir=self.facts_dir,
            templates_dir=self.templates_dir,
            exclude=frozenset(self.choice.excluded),
        )

    def build(self, request: BriefingRequest) -> Document:
        return build_briefing(request, self.base)

    def export_path(self, folder: Path, fmt: str, request: BriefingRequest) -> Path:
        """A descriptive file name in ``folder``; never overwrites: adds (2), (3)... if taken."""
        name = Path(default_file_name(request, fmt, self.base))  # type: ignore[arg-type]
        path = folder / name
        counter = 2
        while path.exists():
            path = folder / f"{name.stem} ({counter}){name.suffix}"
            counter += 1
        return path
