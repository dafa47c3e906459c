"""The workspace: the one object a front end holds.

It reads the fact base and the templates once, checks the templates against the fact base
once, and keeps them. Everything a front end lists, builds, renders or exports goes through
it; nothing is read from disk again until a front end asks for a reload.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.assemble import BriefingRequest, assemble
from desktop_app.assemble.checks import Finding, check
from desktop_app.assemble.comparison import shared_metrics
from desktop_app.assemble.selection import Selection, region_order, select
from desktop_app.errors import BriefingError, FactBaseError, Problem, SelectionError, TemplateError
from desktop_app.facts import Fact, FactBase, FactQuery, load_fact_base, select_facts
from desktop_app.facts.model import Region, Theme
from desktop_app.facts.names import match_key, resolve_region
from desktop_app.importer import (
    Accepted,
    Candidate,
    Proposal,
    accept_candidates,
    copy_fact_base,
    propose_file,
    propose_text,
    revise,
)
from desktop_app.language import LANGS, Lang
from desktop_app.model import Document
from desktop_app.render import render_bytes
from desktop_app.render.formats import output_format
from desktop_app.render.output import check_target, write_atomic, write_new
from desktop_app.resources import bundled_facts
from desktop_app.templates import EDITIONS, Edition, Template, check_against, load_templates
from desktop_app.workspace import catalogue
from desktop_app.workspace.catalogue import FactRow
from desktop_app.workspace.naming import file_name
from desktop_app.workspace.pack import Pack, Progress, make_pack
from desktop_app.workspace.presets import Preset, list_presets, read_preset, save_preset


@dataclass(frozen=True)
class ExportResult:
    path: Path  # where the file was written (for a new export: the name it was given)
    size: int  # bytes written
    document: Document


@dataclass(frozen=True)
class _Templates:
    usable: dict[str, Template]  # by id: read, and (a user's own) fitting the fact base
    problems: list[Problem]  # of every file read, then of user templates that do not fit
    broken: list[Problem]  # of the files read
    rejected: dict[str, list[Problem]]  # by id: user templates that do not fit the fact base


def _edition(template: Template, asked: Edition | None) -> Edition:
    edition = asked or template.audience
    if edition not in EDITIONS:
        raise SelectionError(f"unknown edition '{edition}'; use external or internal")
    return edition


class Workspace:
    """A fact base and report templates, loaded once, and what front ends do with them.

    ``strict``: a fact base with any problem is refused with every problem listed (the
    ``briefing`` command); otherwise its valid part is used and the problems are kept in
    :attr:`fact_problems` (the desktop app).
    """

    def __init__(
        self,
        facts_dir: Path | None = None,
        templates_dir: Path | None = None,
        strict: bool = False,
    ) -> None:
        self.strict = strict
        self._facts_dir = Path(facts_dir) if facts_dir is not None else None
        self._templates_dir = Path(templates_dir) if templates_dir is not None else None
        self._facts: tuple[FactBase, list[Problem]] | None = None
        self._read: tuple[dict[str, Template], list[Problem]] | None = None
        self._checked: _Templates | None = None
        self._rows_of: FactBase | None = None  # the fact base the panel rows below are of
        self._rows: dict[tuple[str, str], FactRow] = {}

    # -- the fact base ---------------------------------------------------------------------
    @property
    def facts_dir(self) -> Path:
        return self._facts_dir or bundled_facts()

    @property
    def uses_bundled_facts(self) -> bool:
        return self._facts_dir is None

    def _loaded_facts(self) -> tuple[FactBase, list[Problem]]:
        if self._facts is None:
            base, problems = load_fact_base(self.facts_dir)
            if self.strict and problems:
                raise FactBaseError(problems)
            self._facts = base, problems
        return self._facts

    @property
    def base(self) -> FactBase:
        return self._loaded_facts()[0]

    @property
    def fact_problems(self) -> list[Problem]:
        return self._loaded_facts()[1]

    def text_warnings(self) -> list[Problem]:
        """Fact text that breaks the language rules (half-width punctuation in Chinese, full-width
        in English, traditional characters, 只 for funds): warnings, read afresh each time."""
        from desktop_app.facts.text_rules import text_warnings

        return text_warnings(self.facts_dir)

    def conflict_warnings(self) -> list[Problem]:
        """Facts that give one measure of one region at one date two values, or for two
        different subjects, and locators past their archived article's end: warnings."""
        from desktop_app.facts.archives import archive_warnings
        from desktop_app.facts.conflicts import conflict_warnings, fact_lines

        return conflict_warnings(self.base) + archive_warnings(
            self.base, fact_lines(self.base.root)
        )

    def load_facts(self, folder: Path | None) -> list[Problem]:
        """Use the fact base in ``folder`` (None: the bundled one) and return its problems.
        A folder with nothing to brief on is refused and the current fact base kept."""
        target = Path(folder) if folder is not None else bundled_facts()
        base, problems = load_fact_base(target)
        if not region_order(base):
            if problems:
                raise FactBaseError(problems)
            raise BriefingError(f"{target}: no regions found; add a regions.yaml")
        if self.strict and problems:
            raise FactBaseError(problems)
        self._facts_dir = Path(folder) if folder is not None else None
        self._facts = base, problems
        self._checked = None  # the templates already read are checked again, not read again
        return problems

    # -- importing an article --------------------------------------------------------------
    def propose_import(self, path: Path | None = None, text: str | None = None) -> Proposal:
        """The candidate facts of an article file (.txt, .html, .docx) or of pasted text,
        judged against this workspace's fact base."""
        if path is not None:
            return propose_file(self.base, Path(path))
        return propose_text(self.base, text or "")

    def revise_candidate(self, candidate: Candidate, **changes: Any) -> Candidate:
        """``candidate`` as the person reviewing it corrected it (region, metric, value,
        period, as_of, statement...), judged again against the fact base; a statement they
        write is no longer a draft."""
        return revise(self.base, candidate, **changes)

    def create_fact_folder(self, folder: Path) -> None:
        """Start the user's own fact base in ``folder`` (new or empty) as a copy of the
        bundled one, so that imported articles have somewhere to go."""
        folder = Path(folder)
        if folder.exists() and any(folder.iterdir()):
            raise BriefingError(f"{folder}: is not empty; choose an empty folder or a fact base")
        copy_fact_base(bundled_facts(), folder)

    # -- presets and packs ------------------------------------------------------------------
    def read_preset(self, path: Path) -> Preset:
        return read_preset(Path(path))

    def save_preset(self, preset: Preset, folder: Path) -> Path:
        return save_preset(preset, Path(folder))

    def presets(self, folder: Path) -> list[tuple[Path, Preset | None, str]]:
        """The presets saved in ``folder``: (file, preset or None, why it cannot be read)."""
        return list_presets(Path(folder))

    def make_pack(
        self,
        presets: list[Preset],
        out_dir: Path,
        date: str | None = None,
        workers: int = 1,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        issuer: str | None = None,
    ) -> Pack:
        """A delegation pack of ``presets`` in a new dated folder in ``out_dir``, with an index
        and a zip (see :mod:`desktop_app.workspace.pack`); ``issuer`` prepares them all."""
        day = BriefingRequest(date=date).briefing_date()
        issuer = BriefingRequest(issuer=issuer).issued_by()  # checked before anything is made
        return make_pack(self, presets, Path(out_dir), day, workers, progress, cancelled, issuer)

    def accept_import(
        self,
        proposal: Proposal,
        spec: str,
        metrics: list[str] | None = None,
        regions: list[str] | None = None,
        title_en: str | None = None,
    ) -> Accepted:
        """Write the accepted candidates into this workspace's own fact folder (never the
        bundled one), then read the fact base again."""
        if self.uses_bundled_facts:
            raise BriefingError(
                "the bundled fact base is read-only; import into your own fact folder "
                "(--into DIR, or File › Open fact folder in the app)"
            )
        done = accept_candidates(
            proposal, self.base, self.facts_dir, spec, metrics or [], regions or [], title_en
        )
        self._facts = None
        self._checked = None
        return done

    def fingerprint(self) -> str:
        """A short fingerprint of the fact base's files, and the date of its newest source."""
        digest = hashlib.sha256()
        folder = self.facts_dir
        for path in sorted(folder.rglob("*.yaml")):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
        newest = max((s.published for s in self.base.sources.values()), default="")
        return f"{digest.hexdigest()[:8]} ({newest})" if newest else digest.hexdigest()[:8]

    # -- templates -------------------------------------------------------------------------
    @property
    def templates_dir(self) -> Path | None:
        return self._templates_dir

    def load_templates(self, folder: Path | None) -> list[Problem]:
        """Read the bundled templates and those in ``folder`` (None: bundled only) again;
        return every problem, including user templates that do not fit the fact base."""
        self._templates_dir = Path(folder) if folder is not None else None
        self._read, self._checked = None, None
        return self.template_problems

    def _templates(self) -> _Templates:
        if self._read is None:
            self._read = load_templates(self._templates_dir)
        if self._checked is None:
            read, problems = self._read
            usable, rejected = dict(read), {}
            for template in read.values():
                # The bundled templates name the bundled fact base's themes and metrics as
                # preferences; a user's own must fit the fact base it is used with.
                misfits = check_against(template, self.base) if template.origin == "user" else []
                if misfits:
                    rejected[template.id] = misfits
                    del usable[template.id]
            problems = list(problems) + [p for found in rejected.values() for p in found]
            self._checked = _Templates(usable, problems, list(self._read[1]), rejected)
        return self._checked

    @property
    def templates(self) -> dict[str, Template]:
        """The templates that can be used, by id, bundled first."""
        return self._templates().usable

    @property
    def template_problems(self) -> list[Problem]:
        return self._templates().problems

    def template(self, template_id: str) -> Template:
        """The usable template ``template_id``; TemplateError or SelectionError saying why not."""
        checked = self._templates()
        # A broken file of that name is reported, never silently replaced by a bundled one.
        broken = [p for p in checked.broken if Path(p.file).stem == template_id]
        if template_id in checked.rejected or broken:
            raise TemplateError(checked.rejected.get(template_id) or broken)
        if template_id not in checked.usable:
            known = ", ".join(sorted(checked.usable)) or "none"
            raise SelectionError(f"unknown template '{template_id}'; known templates: {known}")
        return checked.usable[template_id]

    # -- names and lists -------------------------------------------------------------------
    def regions(self) -> list[Region]:
        return catalogue.regions_in_order(self.base)

    def themes(self) -> list[Theme]:
        return catalogue.themes_in_order(self.base)

    def comparable(self, request: BriefingRequest) -> int:
        """How many measures the chosen regions share (what a briefing on several compares);
        0 when it can only present each region in turn."""
        _template, selection, _date = self._resolve(request)
        return len(shared_metrics(selection))

    def text_key(self, text: str) -> str:
        """``text`` folded for searching: any case or width, simplified or traditional."""
        return match_key(text)

    def region_id(self, name: str) -> str | None:
        """The id of the region ``name`` names (an id, a name or an alias, either script)."""
        return resolve_region(self.base, name)

    def region_matches(self, text: str) -> set[str]:
        return catalogue.region_matches(self.base, text)

    def find_facts(
        self,
        regions: tuple[str, ...] = (),
        themes: tuple[str, ...] = (),
        metrics: tuple[str, ...] = (),
    ) -> list[Fact]:
        """The facts about ``regions`` (names or ids, with the regions below them), on
        ``themes`` (with sub-themes) and ``metrics``; empty means any."""
        return select_facts(self.base, FactQuery(regions, themes, metrics))

    def facts_in_scope(
        self,
        regions: tuple[str, ...],
        themes: tuple[str, ...],
        edition: Edition = "internal",
        lang: Lang | None = None,
    ) -> list[Fact]:
        """Every fact a briefing on ``regions`` and ``themes`` could use in ``edition`` (and
        ``lang``); none if it has none."""
        try:
            return list(select(self.base, regions, themes, frozenset(), edition, lang).facts)
        except SelectionError:
            return []

    def fact_rows(self, facts: list[Fact], lang: Lang) -> list[FactRow]:
        """The facts panel's rows; each made once per fact base and language (a row's search
        key folds both scripts, which is slow to do on every preview)."""
        base = self.base
        if self._rows_of is not base:
            self._rows_of, self._rows = base, {}
        rows = self._rows
        for fact in facts:
            if (fact.id, lang) not in rows:
                rows[(fact.id, lang)] = catalogue.fact_row(base, fact, lang)
        return [rows[(fact.id, lang)] for fact in facts]

    def listing(self, kind: str) -> list[dict[str, Any]]:
        """JSON records of ``regions``, ``themes``, ``sources``, ``metrics`` or ``templates``."""
        if kind == "templates":
            return [catalogue.template_record(t) for t in self.templates.values()]
        return catalogue.listing(self.base, kind)

    def fact_record(self, fact: Fact) -> dict[str, Any]:
        return catalogue.fact_record(self.base, fact)

    # -- making briefings ------------------------------------------------------------------
    def _resolve(self, request: BriefingRequest) -> tuple[Template, Selection, str]:
        if request.lang not in LANGS:
            raise SelectionError(f"unknown language '{request.lang}'; use zh or en")
        date = request.briefing_date()
        request.issue()  # checked here, so that a bad number fails before anything is built
        request.issued_by()
        template = self.template(request.template)
        edition = _edition(template, request.edition)
        selection = select(
            self.base, request.regions, request.themes, request.exclude, edition, request.lang
        )
        return template, selection, date

    def edition(self, request: BriefingRequest) -> Edition:
        """The edition ``request`` makes: the one it asks for, else its template's audience."""
        return self.edition_for(request.template, request.edition)

    def edition_for(self, template_id: str, asked: Edition | None = None) -> Edition:
        """The edition template ``template_id`` makes when ``asked`` (None: its audience)."""
        return _edition(self.template(template_id), asked)

    def _assemble(
        self, request: BriefingRequest, template: Template, selection: Selection, date: str
    ) -> Document:
        """The document for ``request``, resolved to ``template``, ``selection`` and ``date``."""
        return assemble(
            self.base,
            template,
            selection,
            request.lang,
            date,
            request.issue(),
            request.issued_by(),
        )

    def build(self, request: BriefingRequest) -> Document:
        """The briefing ``request`` asks for, as a format-neutral Document."""
        template, selection, date = self._resolve(request)
        return self._assemble(request, template, selection, date)

    def check(self, request: BriefingRequest, document: Document | None = None) -> list[Finding]:
        """What to look at before ``request``'s briefing is exported: drafts, conflicts the
        rule settled, the weakest sources, stale figures, characters no font has. Pass the
        document already built for ``request`` to save building it again."""
        template, selection, date = self._resolve(request)
        if document is None:
            document = self._assemble(request, template, selection, date)
        return check(self.base, template, selection, document, date)

    def render(self, document: Document, format_id: str) -> bytes:
        """``document`` drawn in the format ``format_id`` (see :data:`FORMATS`)."""
        return render_bytes(document, format_id)

    def default_file_name(self, request: BriefingRequest, format_id: str) -> str:
        """A descriptive name of region, template and date (see :func:`naming.file_name`)."""
        template, selection, date = self._resolve(request)
        output = output_format(format_id)
        return file_name(selection, template, request.lang, date, output)

    def export(self, request: BriefingRequest, format_id: str, path: Path) -> ExportResult:
        """Build, draw and write the briefing to ``path``, replacing any file there (atomically:
        a failure keeps the earlier file)."""
        path = Path(path)
        output_format(format_id)
        check_target(path)
        document = self.build(request)
        data = self.render(document, format_id)
        write_atomic(path, data)
        return ExportResult(path, len(data), document)

    def export_new(self, request: BriefingRequest, format_id: str, folder: Path) -> ExportResult:
        """Build, draw and write the briefing into ``folder`` under its default name, or that
        name with (2), (3)... added: never replaces a file, however fast exports follow."""
        output = output_format(format_id)
        template, selection, date = self._resolve(request)
        name = file_name(selection, template, request.lang, date, output)
        check_target(Path(folder) / name)
        document = self._assemble(request, template, selection, date)
        data = self.render(document, format_id)
        path = write_new(Path(folder) / name, data)
        return ExportResult(path, len(data), document)
