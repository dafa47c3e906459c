"""The desktop app's state, without widgets: what the user has chosen, over one workspace.

The window shows this object and forwards the user's actions to it; tests drive it directly.
It holds no business logic of its own: the workspace lists, builds and exports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.api import (
    DEFAULT_REGION,
    DEFAULT_TEMPLATE,
    EDITIONS,
    BriefingError,
    BriefingRequest,
    Document,
    Edition,
    Fact,
    FactRow,
    Lang,
    Preset,
    Problem,
    Proposal,
    Workspace,
)


@dataclass
class Choice:
    """What the user has chosen."""

    regions: list[str] = field(default_factory=lambda: [DEFAULT_REGION])
    themes: list[str] = field(default_factory=list)
    template: str = DEFAULT_TEMPLATE
    lang: Lang = "zh"
    excluded: set[str] = field(default_factory=set)
    edition: Edition | None = None  # None: the template's own audience
    issuer: str = ""  # the unit that prepares the briefing; empty: the template's words
    issue_number: int | None = None  # the number an internal brief prints (第N期), if any


class Studio:
    def __init__(self, workspace: Workspace | None = None) -> None:
        self.workspace = workspace or Workspace()
        self.choice = Choice()
        self._fit_choice()

    # -- what is loaded --------------------------------------------------------------------
    @property
    def problems(self) -> list[Problem]:
        return self.workspace.fact_problems

    @property
    def template_problems(self) -> list[Problem]:
        return self.workspace.template_problems

    def load_facts(self, folder: Path | None) -> list[Problem]:
        """Use the fact base in ``folder`` (None: the bundled one); keep working with its
        valid part. Returns its problems; raises, keeping the current one, if it is unusable."""
        problems = self.workspace.load_facts(folder)
        self._fit_choice()
        return problems

    def load_templates(self, folder: Path | None) -> list[Problem]:
        problems = self.workspace.load_templates(folder)
        self._fit_choice()
        return problems

    def restore(
        self, regions: list[str], themes: list[str], template: str, lang: str, edition: str = ""
    ) -> None:
        """Choices remembered from an earlier session, where they still exist."""
        base = self.workspace.base
        self.choice.regions = [r for r in regions if r in base.regions] or self.choice.regions
        self.choice.themes = [t for t in themes if t in base.themes]
        if template in self.workspace.templates:
            self.choice.template = template
        self.choice.lang = "en" if lang == "en" else "zh"
        self.choice.edition = edition if edition in EDITIONS else None  # type: ignore[assignment]

    def choose_template(self, template: str) -> None:
        """A template comes with its own audience: the edition follows it until changed."""
        self.choice.template, self.choice.edition = template, None

    def edition(self) -> Edition:
        """The edition the current choice makes."""
        return self.workspace.edition_for(self.choice.template, self.choice.edition)

    def _fit_choice(self) -> None:
        """Drop choices the loaded fact base and templates do not have."""
        workspace, choice = self.workspace, self.choice
        base = workspace.base
        first = [r.id for r in workspace.regions()[:1]]
        choice.regions = [r for r in choice.regions if r in base.regions] or first
        choice.themes = [t for t in choice.themes if t in base.themes]
        choice.excluded &= {f.id for f in base.facts}
        templates = workspace.templates
        if choice.template not in templates and templates:
            choice.template = next(iter(templates))

    # -- what the window lists -------------------------------------------------------------
    def facts_in_scope(self) -> list[Fact]:
        """Every fact the current choice could use, excluded ones included."""
        choice = self.choice
        return self.workspace.facts_in_scope(
            tuple(choice.regions), tuple(choice.themes), self.edition(), choice.lang
        )

    def fact_rows(self) -> list[FactRow]:
        return self.workspace.fact_rows(self.facts_in_scope(), self.choice.lang)

    # -- presets ---------------------------------------------------------------------------
    def preset(self, name: str, format_id: str) -> Preset:
        """The current choice as a preset called ``name``."""
        choice = self.choice
        return Preset(
            name=name.strip(),
            regions=tuple(choice.regions),
            themes=tuple(choice.themes),
            template=choice.template,
            edition=choice.edition,
            lang=choice.lang,
            format=format_id,
            exclude=frozenset(choice.excluded),
        )

    def apply_preset(self, preset: Preset) -> list[str]:
        """Make ``preset`` the current choice, as far as this fact base and these templates
        allow; returns what could not be applied (regions or a template not found)."""
        missing: list[str] = []
        regions = []
        for name in preset.regions:
            region = self.workspace.region_id(name)
            if region is None:
                missing.append(name)
            else:
                regions.append(region)
        choice = self.choice
        choice.regions = regions or choice.regions
        choice.themes = [t for t in preset.themes if t in self.workspace.base.themes]
        if preset.template in self.workspace.templates:
            choice.template = preset.template
        else:
            missing.append(preset.template)
        choice.lang = "en" if preset.lang == "en" else "zh"
        choice.edition = preset.edition if preset.edition in EDITIONS else None  # type: ignore[assignment]
        choice.excluded = set(preset.exclude)
        self._fit_choice()
        return missing

    # -- importing articles ----------------------------------------------------------------
    def propose_import(self, path: Path | None = None, text: str | None = None) -> Proposal:
        return self.workspace.propose_import(path, text)

    def save_import(
        self, proposal: Proposal, numbers: str, title_en: str | None = None
    ) -> str | None:
        """Write candidates ``numbers`` (N,N,...) into the user's fact folder and use the fact
        base as it then is; the reason, when nothing was written."""
        try:
            self.workspace.accept_import(proposal, numbers, title_en=title_en)
        except BriefingError as exc:
            return str(exc)
        self._fit_choice()
        return None

    def start_fact_folder(self, folder: Path) -> list[Problem]:
        """Use ``folder`` as the user's own fact base: an existing one, or, if empty, a new
        copy of the bundled one."""
        if not (folder / "sources.yaml").is_file():
            self.workspace.create_fact_folder(folder)
        return self.load_facts(folder)

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
            exclude=frozenset(self.choice.excluded),
            edition=self.choice.edition,
            issue_number=self.choice.issue_number,
            issuer=self.choice.issuer or None,
        )

    def template_issuer(self) -> str:
        """Who the chosen template says prepares the briefing, in the briefing's language."""
        template = self.workspace.templates.get(self.choice.template)
        text = template.texts.get("issuer") if template else None
        return text.get(self.choice.lang) if text else ""

    def prints_issue_number(self) -> bool:
        """Whether the briefing chosen prints an issue number: a brief's internal edition."""
        template = self.workspace.templates.get(self.choice.template)
        return bool(template) and template.form == "brief" and self.edition() == "internal"

    def build(self, request: BriefingRequest) -> Document:
        return self.workspace.build(request)
