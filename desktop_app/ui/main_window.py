"""The main window: choices on the left, the live preview in the middle, the facts on the
right, and one prominent export button. It lays out the widgets, shows what the controllers
report and opens the dialogs; the behaviour lives in the controllers, Studio and the engine."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import (
    FORMATS,
    BriefingError,
    FactBaseError,
    Finding,
    Lang,
    OutputFormat,
    Pack,
    Problem,
    __version__,
)
from desktop_app.ui.export_controller import ExportController
from desktop_app.ui.findings import FindingsDialog
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.issue_dialog import IssueDialog
from desktop_app.ui.menus import Menus
from desktop_app.ui.packs import PackDialog, RecentDialog
from desktop_app.ui.panels import ChoicePanel, FactsPanel
from desktop_app.ui.preview import PreviewPages, PreviewView, prepare
from desktop_app.ui.preview_controller import PREVIEW_DELAY_MS, PreviewController
from desktop_app.ui.problem_words import say
from desktop_app.ui.problems import ProblemsDialog
from desktop_app.ui.qt_language import use_qt_language
from desktop_app.ui.settings import Settings
from desktop_app.ui.strings import tr
from desktop_app.ui.studio import Studio

QUICK = FORMATS[0]
# What went wrong on the disk, by errno, as the interface says it.
_OS_ERRORS = {
    errno.EEXIST: "os_error_exists",
    errno.EACCES: "os_error_denied",
    errno.EPERM: "os_error_denied",
    errno.ENOSPC: "os_error_full",
    errno.EROFS: "os_error_read_only",
    errno.ENOENT: "os_error_missing",
}  # Ctrl+E and the primary button export this format without asking


class MainWindow(QMainWindow):
    def __init__(self, studio: Studio, settings: Settings, notice: str = "") -> None:
        """``notice``: why the remembered fact folder could not be used, if it could not."""
        super().__init__()
        self.studio, self.settings = studio, settings
        self.notice = notice
        self._said: tuple[str, dict[str, object]] | None = None  # the status message's key
        self.ui_lang: Lang = "en" if settings.ui_lang == "en" else "zh"
        studio.restore(
            settings.regions, settings.themes, settings.template, settings.lang, settings.edition
        )
        known = {f.id for f in studio.workspace.base.facts}  # the facts last left out here
        studio.choice.excluded = settings.excluded(studio.choice.template, studio.choice.regions)
        studio.choice.excluded &= known
        studio.choice.issuer, studio.choice.issue_number = settings.issuer, settings.issue_number
        self.closed = False
        self.preview_pages = 0
        self.last_export: Path | None = None
        self.previews = PreviewController(studio, self, prepare)
        self.exports = ExportController(
            studio, self, lambda: self.settings.output_folder, describe=self.describe_error
        )
        self._build()
        use_qt_language(self.ui_lang)  # Qt's own dialogs speak the interface's language
        self.menus = Menus(self, self._slots(), QUICK.label.get(self.ui_lang))
        self.export_action = self.menus.actions["export_quick"]
        self.retranslate()
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(QSize(1380, 860))
        self.timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.schedule_preview()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.choices = ChoicePanel(self.studio, self.ui_lang)
        self.choices.changed.connect(self._choice_changed)
        self.facts = FactsPanel(self.studio, self.ui_lang)
        self.facts.changed.connect(self._facts_changed)
        self.preview = PreviewView()
        self.preview.page_turned.connect(self._update_page_label)

        self.export_button = QPushButton()
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export_quick)
        self.save_as_buttons: dict[str, QPushButton] = {}
        for output in FORMATS:
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, output=output: self.export_as(output))
            self.save_as_buttons[output.id] = button

        self.findings: list[Finding] = []
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.show_findings_list)

        self.prev_button, self.next_button = QToolButton(), QToolButton()
        self.zoom_out_button, self.zoom_in_button = QToolButton(), QToolButton()
        self.fit_page_button, self.fit_width_button = QToolButton(), QToolButton()
        for button, text, slot in (
            (self.prev_button, "‹", lambda: self._page(-1)),
            (self.next_button, "›", lambda: self._page(1)),
            (self.zoom_out_button, "−", lambda: self.preview.zoom_by(-1)),
            (self.zoom_in_button, "+", lambda: self.preview.zoom_by(1)),
            (self.fit_page_button, "▭", self.preview.fit_page),
            (self.fit_width_button, "↔", self.preview.fit_width),
        ):
            button.setText(text)
            button.clicked.connect(slot)
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Two rows, so that the window stays usable on a 1024-pixel screen: what to do with the
        # briefing, then how to look at it.
        bar = QHBoxLayout()
        for widget in (self.export_button, *self.save_as_buttons.values(), self.check_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        pager = QHBoxLayout()
        pager.addStretch(1)
        for widget in (
            self.prev_button,
            self.page_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_page_button,
            self.fit_width_button,
        ):
            pager.addWidget(widget)
        pager.addStretch(1)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(6, 12, 6, 6)
        column.addLayout(bar)
        column.addLayout(pager)
        column.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.choices)
        splitter.addWidget(centre)
        splitter.addWidget(self.facts)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 620, 470])
        if self.settings.splitter is not None:  # the panels as the user last sized them
            splitter.restoreState(self.settings.splitter)
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.status_text = QLabel()
        # a long message is cut in the bar, not allowed to widen the window
        self.status_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.open_button, self.folder_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(self.open_export)
        self.folder_button.clicked.connect(self.show_export_folder)
        for button in (self.open_button, self.folder_button):
            button.setFlat(True)
            button.hide()
        status = self.statusBar()
        status.addWidget(self.status_text, 1)
        status.addPermanentWidget(self.open_button)
        status.addPermanentWidget(self.folder_button)
        status.addPermanentWidget(self.progress)
        # Which fact base is in use, always; a warning when it has problems.
        self.fact_base_button = QPushButton()
        self.fact_base_button.setFlat(True)
        self.fact_base_button.setObjectName("factBase")  # quiet unless it warns
        self.fact_base_button.clicked.connect(self.show_fact_base)
        status.addPermanentWidget(self.fact_base_button)

    def _slots(self) -> dict[str, Any]:
        return {
            "export_quick": self.export_quick,
            "save_preset": self.save_preset,
            "apply_preset": self.apply_preset,
            "make_pack": self.make_pack,
            "issue_settings": self.edit_issue,
            "presets_folder": self.open_presets_folder,
            "recent_exports": self.show_recent,
            "import_article": self.import_article,
            "import_clipboard": self.import_clipboard,
            "open_facts": self.choose_fact_folder,
            "bundled_facts": self.use_bundled_facts,
            "templates_folder": self.choose_templates_folder,
            "output_folder": self.choose_output_folder,
            "quit": self.close,
            "zoom_in": lambda: self.preview.zoom_by(1),
            "zoom_out": lambda: self.preview.zoom_by(-1),
            "fit_page": self.preview.fit_page,
            "fit_width": self.preview.fit_width,
            "prev_page": lambda: self._page(-1),
            "next_page": lambda: self._page(1),
            "ui_language": self.toggle_ui_language,
            "about": self.show_about,
        }

    def retranslate(self) -> None:
        lang = self.ui_lang
        self.setWindowTitle(tr("app_title", lang))
        quick = QUICK.label.get(lang)
        self.export_button.setText(tr("export_quick", lang, format=quick))
        self.export_button.setToolTip(tr("export_tip", lang))
        for output in FORMATS:
            button, label = self.save_as_buttons[output.id], output.label.get(lang)
            button.setText(tr("export_as", lang, format=label))
            button.setToolTip(tr("export_as_tip", lang, format=label))
        for button, key in (
            (self.prev_button, "prev_page"),
            (self.next_button, "next_page"),
            (self.zoom_in_button, "zoom_in"),
            (self.zoom_out_button, "zoom_out"),
            (self.fit_page_button, "fit_page"),
            (self.fit_width_button, "fit_width"),
        ):
            button.setToolTip(tr(key, lang))
        self._update_check_button()
        self._update_fact_base()
        self._update_comparison()
        if self._said is not None:
            key, values = self._said
            self.status_text.setText(tr(key, lang, **values))
        if not self.preview_pages and self.preview.message:
            placeholder = "preview_coming" if self.studio.choice.regions else "nothing_selected"
            self.preview.set_message(tr(placeholder, lang))
        self.open_button.setText(tr("open", lang))
        self.folder_button.setText(tr("show_in_folder", lang))
        self.menus.quick_format = quick
        self.menus.retranslate(lang)
        self.choices.retranslate(lang)
        self.facts.retranslate(lang)
        self._update_page_label()

    # -- choices ---------------------------------------------------------------------------
    def _remember_choice(self) -> None:
        choice = self.studio.choice
        self.settings.regions, self.settings.themes = choice.regions, choice.themes
        self.settings.template, self.settings.lang = choice.template, choice.lang
        self.settings.edition = choice.edition or ""

    def _choice_changed(self, keep_exclusions: bool = False) -> None:
        """The choice changed: the facts left out are those last left out for this template and
        these regions (unless a preset brings its own), then the facts and preview follow."""
        if not keep_exclusions:
            choice = self.studio.choice
            known = {f.id for f in self.studio.workspace.base.facts}
            choice.excluded = self.settings.excluded(choice.template, choice.regions) & known
        self._remember_choice()
        self._remember_exclusions()
        self.facts.fill()
        self._update_comparison()
        self.schedule_preview()

    def _update_comparison(self) -> None:
        """With several regions ticked, say plainly when they share nothing to compare."""
        note = self.choices.compare_note
        shared = -1
        if len(self.studio.choice.regions) > 1:
            try:
                shared = self.studio.workspace.comparable(self.studio.request())
            except BriefingError:
                shared = -1
        key = "compare_none" if shared == 0 else "compare_some"
        note.setText(tr(key, self.ui_lang, count=max(shared, 0)))
        note.setVisible(shared >= 0)

    def _remember_exclusions(self) -> None:
        choice = self.studio.choice
        self.settings.set_excluded(choice.template, choice.regions, set(choice.excluded))

    def _facts_changed(self) -> None:
        self._remember_exclusions()
        self.schedule_preview()

    # -- preview (the PreviewController's view) --------------------------------------------
    def schedule_preview(self) -> None:
        """Refresh the preview shortly after the last change (changes in a burst refresh once)."""
        self._hide_export_links()
        self.timer.start()

    def refresh_preview(self) -> None:
        self.previews.refresh()

    def current_page(self) -> int:
        return self.preview.page

    def preview_started(self) -> None:
        self._busy(True)
        self._say("refreshing")
        if not self.preview_pages:  # nothing shown yet: say that the first page is coming
            self.preview.set_message(tr("preview_coming", self.ui_lang))

    def _update_fact_base(self) -> None:
        """The status bar names the fact base in use and warns of its problems."""
        lang, workspace = self.ui_lang, self.studio.workspace
        name = (
            tr("fact_base_bundled", lang)
            if workspace.uses_bundled_facts
            else workspace.facts_dir.name
        )
        facts, count = len(workspace.base.facts), len(self.studio.problems)
        key = "fact_base_problems" if count else "fact_base"
        if self.notice:
            count = count or 1
        self.fact_base_button.setText(
            tr(key if not self.notice else "fact_base_problems", lang,
               name=name, facts=facts, count=count)
        )  # fmt: skip
        self.fact_base_button.setToolTip(tr("fact_base_tip", lang, folder=workspace.facts_dir))
        self.fact_base_button.setProperty("warning", bool(count))
        self.fact_base_button.style().unpolish(self.fact_base_button)
        self.fact_base_button.style().polish(self.fact_base_button)

    def show_fact_base(self) -> QWidget | None:
        """The fact base's problems, or why the remembered folder was not used; else the
        folder chooser."""
        if self.notice:
            text = tr("fallback_notice", self.ui_lang, reason=self.notice)
            QMessageBox.warning(self, tr("folder_not_loaded", self.ui_lang), text)
            return None
        if self.studio.problems:
            dialog = ProblemsDialog(self.studio.problems, self.ui_lang, self)
            dialog.open()
            return dialog
        self.choose_fact_folder()
        return None

    def show_findings(self, findings: list[Finding], used: tuple[str, ...] = ()) -> None:
        """What the briefing just drawn uses, and what to look at before exporting it."""
        self.findings = findings
        self._update_check_button()
        self.facts.show_used(set(used))

    def _update_check_button(self) -> None:
        lang, count = self.ui_lang, len(self.findings)
        key = "check_button" if count else "check_none"
        self.check_button.setText(tr(key, lang, count=count))
        self.check_button.setToolTip(tr("check_tip", lang))
        self.check_button.setEnabled(bool(count))

    def show_findings_list(self) -> FindingsDialog:
        dialog = FindingsDialog(self.findings, self.ui_lang, self)
        dialog.open()
        return dialog

    def show_preview(self, pages: PreviewPages) -> None:
        self._busy(self.exports.busy)
        self._exportable(True)
        self.preview.set_pages(pages)
        self.preview_pages = pages.count
        self._update_page_label()
        self._say("preview_ready", pages=pages.count, facts=len(self.facts.used))

    def discard_preview(self, pages: PreviewPages) -> None:
        pages.close()

    def preview_failed(self, message: str) -> None:
        self._busy(self.exports.busy)
        self._status(message)

    def preview_impossible(self, message: str) -> None:
        """Nothing to preview (no region ticked): say what to do, in the preview itself, and
        offer no export of nothing."""
        if not self.studio.choice.regions:
            self._say("nothing_selected")
            message = tr("nothing_selected", self.ui_lang)
        else:
            self._status(message)
        self.preview.set_message(message)
        self.preview.set_pages(None)
        self.preview_pages = 0
        self._update_page_label()
        self._exportable(False)

    def _exportable(self, able: bool) -> None:
        for widget in (self.export_button, *self.save_as_buttons.values(), self.check_button):
            widget.setEnabled(able)
        self.export_action.setEnabled(able)
        if able:
            self._update_check_button()

    def _page(self, step: int) -> None:
        self.preview.go(step)
        self._update_page_label()

    def _update_page_label(self) -> None:
        pages = max(self.preview_pages, 0)
        page = self.preview.page + 1 if pages else 0
        self.page_label.setText(tr("page_of", self.ui_lang, page=page, pages=pages))

    # -- export (the ExportController's view) ----------------------------------------------
    def export_quick(self) -> None:
        """Export without asking: a new file in the briefing folder (Ctrl+E)."""
        self.exports.export(QUICK.id)

    def export_as(self, output: OutputFormat) -> None:
        """Ask where, then export there (the dialog asks before replacing a file)."""
        try:
            name = self.studio.workspace.default_file_name(self.studio.request(), output.id)
        except BriefingError:
            name = f"briefing{output.suffix}"
        start = str(self.settings.output_folder / name)
        label = output.label.get(self.ui_lang)
        file_filter = tr("file_filter", self.ui_lang, format=label, suffix=output.suffix)
        chosen, _ = QFileDialog.getSaveFileName(self, "", start, file_filter)
        if chosen:
            path = Path(chosen)
            self.exports.export(output.id, path if path.suffix else path.with_suffix(output.suffix))

    def export_running(self, waiting: int) -> None:
        key = "exporting_more" if waiting else "exporting"
        self._busy(True)
        self._say(key, waiting=waiting)

    def export_done(self, path: Path, waiting: int) -> None:
        self.last_export = path
        self.settings.remember_export(path)
        if waiting:
            return  # the next export's progress is shown
        self._busy(self.previews.drawing)
        self._say("exported", path=path)
        self.open_button.show()
        self.folder_button.show()
        self._close_when_idle()

    def export_failed(self, message: str, waiting: int) -> None:
        self._hide_export_links()  # the links were for an earlier file; this one failed
        self._busy(self.previews.drawing or self.exports.busy)
        self._status(message)
        if not self.closed:
            QMessageBox.warning(self, tr("export_failed", self.ui_lang), message)
        self._close_when_idle()

    def open_export(self) -> None:
        if self.last_export:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    def show_export_folder(self) -> None:
        if self.last_export:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))

    def _hide_export_links(self) -> None:
        self.open_button.hide()
        self.folder_button.hide()

    # -- folders, language, about ----------------------------------------------------------
    def choose_fact_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("choose_folder", self.ui_lang))
        if folder:
            self.load_fact_folder(Path(folder))

    def load_fact_folder(self, folder: Path | None) -> None:
        """Load a fact base (None: the bundled one); list its problems and keep working with
        the rest. A folder with nothing usable is not loaded, and says why."""
        try:
            problems = self.studio.load_facts(folder)
        except FactBaseError as exc:  # nothing usable: list why, keep the current fact base
            ProblemsDialog(exc.problems, self.ui_lang, self, loaded=False).open()
            return
        except BriefingError as exc:
            QMessageBox.warning(
                self, tr("folder_not_loaded", self.ui_lang), say(str(exc), self.ui_lang)
            )
            return
        self._fact_folder_loaded(folder, problems)

    def _fact_folder_loaded(self, folder: Path | None, problems: list[Problem]) -> None:
        """A fact base was loaded: remember it, list its problems, and show what it holds."""
        self.settings.facts_folder = folder
        self.notice = ""
        if problems:
            ProblemsDialog(problems, self.ui_lang, self).open()
        self._facts_reloaded()

    def _facts_reloaded(self) -> None:
        """The fact base changed: the choices, the facts panel, the preview and the status
        bar follow it."""
        self.choices.fill()
        self._choice_changed()
        self._update_fact_base()

    # -- presets, packs, recent exports ------------------------------------------------------
    def save_preset(self, name: str | None = None) -> Path | None:
        """Save the current choice under a name the user gives (asked for unless given)."""
        if name is None:
            name, ok = QInputDialog.getText(self, tr("save_preset", self.ui_lang),
                                            tr("preset_name", self.ui_lang))  # fmt: skip
            if not ok or not name.strip():
                return None
        try:
            preset = self.studio.preset(name, QUICK.id)
            path = self.studio.workspace.save_preset(preset, self.settings.presets_folder)
        except (BriefingError, OSError) as exc:
            QMessageBox.warning(self, tr("save_preset", self.ui_lang), say(str(exc), self.ui_lang))
            return None
        self._say("preset_saved", path=path)
        return path

    def apply_preset(self, path: Path | None = None) -> None:
        """Choose a saved preset (unless given) and make it the current choice."""
        found = self.studio.workspace.presets(self.settings.presets_folder)
        usable = [(p, preset) for p, preset, _ in found if preset is not None]
        if path is None:
            if not usable:
                self._say("preset_none", folder=self.settings.presets_folder)
                return
            names = [preset.name for _, preset in usable]
            prompt = tr("preset_choose", self.ui_lang)
            name, ok = QInputDialog.getItem(
                self, tr("apply_preset", self.ui_lang), prompt, names, 0, False
            )
            if not ok:
                return
            preset = usable[names.index(name)][1]
        else:
            preset = self.studio.workspace.read_preset(path)
        missing = self.studio.apply_preset(preset)
        self.choices.fill()
        self._choice_changed(keep_exclusions=True)
        if missing:
            self._say("preset_missing", name=preset.name, missing="、".join(missing))
        else:
            self._say("preset_applied", name=preset.name)

    def edit_issue(self) -> IssueDialog:
        """Who prepares the briefings and the next brief's issue number; remembered."""
        dialog = IssueDialog(self.studio, self.ui_lang, self)
        dialog.accepted.connect(self._issue_edited)
        dialog.open()
        return dialog

    def _issue_edited(self) -> None:
        choice = self.studio.choice
        self.settings.issuer, self.settings.issue_number = choice.issuer, choice.issue_number
        self._say("issue_saved", issuer=choice.issuer or self.studio.template_issuer())
        self.schedule_preview()

    def make_pack(self) -> PackDialog:
        found = self.studio.workspace.presets(self.settings.presets_folder)
        dialog = PackDialog(self.studio, found, self.settings.output_folder, self.ui_lang, self)
        dialog.finished_pack.connect(self._pack_made)
        dialog.open()
        return dialog

    def _pack_made(self, pack: object) -> None:
        if isinstance(pack, str):
            self._status(pack)
            return
        assert isinstance(pack, Pack)
        self.last_export = pack.archive or pack.index
        self.settings.remember_export(self.last_export)
        if pack.archive is None:
            self._say("pack_cancelled", folder=pack.folder)
        elif pack.failed:
            self._say("pack_partial", folder=pack.folder, count=len(pack.failed))
        else:
            self._say("pack_done", folder=pack.folder)
        self.open_button.show()
        self.folder_button.show()

    def open_presets_folder(self) -> None:
        folder = self.settings.presets_folder
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_recent(self) -> RecentDialog:
        dialog = RecentDialog(self.settings.recent_exports, self.ui_lang, self)
        dialog.open()
        return dialog

    # -- importing articles ----------------------------------------------------------------
    def import_article(self) -> None:
        """Pick an article file, then review its candidates."""
        if not self._own_fact_folder():
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("import_pick", self.ui_lang), "", tr("import_filter", self.ui_lang)
        )
        if chosen:
            self.review_import(path=Path(chosen))

    def import_clipboard(self) -> None:
        """Review the candidates of article text copied from a browser or a document."""
        text = QApplication.clipboard().text()
        if not text.strip():
            self._say("import_empty_clipboard")
            return
        if self._own_fact_folder():
            self.review_import(text=text)

    def _own_fact_folder(self) -> bool:
        """Make sure imported facts have a folder of the user's own to go to: ask for one
        (empty: a copy of the bundled fact base is started there) when the bundled base is
        in use. False when the user declines."""
        if not self.studio.workspace.uses_bundled_facts:
            return True
        QMessageBox.information(self, tr("import_heading", self.ui_lang),
                                tr("import_need_folder", self.ui_lang))  # fmt: skip
        folder = QFileDialog.getExistingDirectory(self, tr("choose_folder", self.ui_lang))
        if not folder:
            return False
        try:
            problems = self.studio.start_fact_folder(Path(folder))
        except BriefingError as exc:
            QMessageBox.warning(
                self, tr("folder_not_loaded", self.ui_lang), say(str(exc), self.ui_lang)
            )
            return False
        self._fact_folder_loaded(Path(folder), problems)
        return True

    def review_import(
        self, path: Path | None = None, text: str | None = None
    ) -> ImportDialog | None:
        """Open the review of an article's candidates (non-modal); None if it cannot be read."""
        try:
            proposal = self.studio.propose_import(path, text)
        except BriefingError as exc:
            QMessageBox.warning(
                self, tr("import_unreadable", self.ui_lang), say(str(exc), self.ui_lang)
            )
            return None
        dialog = ImportDialog(self.studio, proposal, self.ui_lang, self)
        dialog.saved.connect(self._imported)
        dialog.open()
        return dialog

    def _imported(self, count: int) -> None:
        self._facts_reloaded()
        self._say("import_done", count=count, folder=self.studio.workspace.facts_dir)

    def use_bundled_facts(self) -> None:
        self.load_fact_folder(None)

    def choose_templates_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("choose_folder", self.ui_lang))
        if folder:
            self.load_templates_folder(Path(folder))

    def load_templates_folder(self, folder: Path) -> None:
        """Use a folder of the user's own templates; list the problems of any that cannot be."""
        problems = self.studio.load_templates(folder)
        self.settings.templates_folder = folder
        if problems:
            ProblemsDialog(problems, self.ui_lang, self, kind="templates").open()
        self.choices.fill()
        self._choice_changed()

    def choose_output_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("choose_folder", self.ui_lang), str(self.settings.output_folder)
        )
        if folder:
            self.settings.output_folder = Path(folder)

    def toggle_ui_language(self) -> None:
        self.ui_lang = "en" if self.ui_lang == "zh" else "zh"
        self.settings.ui_lang = self.ui_lang
        use_qt_language(self.ui_lang)
        self.retranslate()

    def show_about(self) -> None:
        workspace = self.studio.workspace
        text = tr(
            "about_text",
            self.ui_lang,
            version=__version__,
            base_version=workspace.fingerprint(),
            facts=len(workspace.base.facts),
            sources=len(workspace.base.sources),
            folder=workspace.facts_dir,
        )
        QMessageBox.about(self, tr("about", self.ui_lang), text)

    def describe_error(self, error: BaseException) -> str:
        """An export's failure in the interface's language: what could not be written and
        what to do, never an errno or an exception's name."""
        cause = error if isinstance(error, OSError) else error.__cause__
        if isinstance(cause, OSError):
            where = cause.filename or tr("the_file", self.ui_lang)
            key = _OS_ERRORS.get(cause.errno or 0, "os_error_other")
            return tr(key, self.ui_lang, path=where)
        if isinstance(error, BriefingError):
            return tr("export_error", self.ui_lang, reason=str(error))
        return tr("export_error", self.ui_lang, reason=type(error).__name__)

    # -- helpers ---------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def _say(self, key: str, **values: object) -> None:
        """A status message of the interface's own, said again when the language changes."""
        self._said = (key, values)
        self.status_text.setText(tr(key, self.ui_lang, **values))

    def _status(self, message: str) -> None:
        """A message from the engine (an error's own words), shown as it is."""
        self._said = None
        self.status_text.setText(message)

    def _close_when_idle(self) -> None:
        if self.closed and not self.exports.busy:
            self.close()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt hook
        self.closed = True
        self.timer.stop()
        self.previews.close()
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter = self.splitter.saveState()
        self._remember_choice()
        self.settings.sync()
        if self.exports.busy:  # the exports asked for are finished first, then the window goes
            self.hide()
            event.ignore()
            return
        self.preview.set_pages(None)  # closes the previewed PDF
        super().closeEvent(event)
