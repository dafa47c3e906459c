"""The main window: choices on the left, the live preview in the middle, the facts on the
right, and one prominent Export PDF button. All behaviour lives in Studio and the engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.errors import BriefingError, FactBaseError
from desktop_app.facts.model import Lang
from desktop_app.render import render_bytes, write_atomic
from desktop_app.ui.panels import ChoicePanel, FactsPanel
from desktop_app.ui.preview import PreviewPages, PreviewView, prepare
from desktop_app.ui.problems import ProblemsDialog
from desktop_app.ui.settings import Settings
from desktop_app.ui.strings import tr
from desktop_app.ui.studio import Studio
from desktop_app.ui.tasks import run_task

# Signals from one user action (ticking a region ticks its districts) arrive together; the
# preview starts once they have. A change made while a preview is being drawn is drawn next.
PREVIEW_DELAY_MS = 30


class MainWindow(QMainWindow):
    def __init__(self, studio: Studio, settings: Settings) -> None:
        super().__init__()
        self.studio, self.settings = studio, settings
        self.ui_lang: Lang = "en" if settings.ui_lang == "en" else "zh"
        self._restore_choice()
        self._drawing = False  # a preview is being drawn in the background
        self._redraw = False  # ... and the choice changed meanwhile: its result is not shown
        self.closed = False  # results arriving after the window closed are dropped
        self.preview_pages = 0
        self.last_export: Path | None = None
        self._build()
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

        self.export_button = QPushButton()
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(lambda: self.export("pdf"))
        self.export_action = QAction(self, triggered=lambda: self.export("pdf"))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.word_button = QPushButton()
        self.word_button.clicked.connect(lambda: self.export_as("docx"))
        self.save_as_button = QPushButton()
        self.save_as_button.clicked.connect(lambda: self.export_as("pdf"))

        self.prev_button, self.next_button = QToolButton(), QToolButton()
        self.zoom_out_button, self.zoom_in_button = QToolButton(), QToolButton()
        for button, text, slot in (
            (self.prev_button, "‹", lambda: self._page(-1)),
            (self.next_button, "›", lambda: self._page(1)),
            (self.zoom_out_button, "−", lambda: self._zoom(-1)),
            (self.zoom_in_button, "+", lambda: self._zoom(1)),
        ):
            button.setText(text)
            button.clicked.connect(slot)
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        bar = QHBoxLayout()
        bar.addWidget(self.export_button)
        bar.addWidget(self.word_button)
        bar.addWidget(self.save_as_button)
        bar.addStretch(1)
        for widget in (
            self.prev_button,
            self.page_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
        ):
            bar.addWidget(widget)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(6, 12, 6, 6)
        column.addLayout(bar)
        column.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.choices)
        splitter.addWidget(centre)
        splitter.addWidget(self.facts)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 620, 470])
        self.setCentralWidget(splitter)

        self.status_text = QLabel()
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
        self._menus()

    def _menus(self) -> None:
        self.open_facts_action = QAction(self, triggered=self.choose_fact_folder)
        self.open_facts_action.setShortcut(QKeySequence.StandardKey.Open)
        self.bundled_action = QAction(self, triggered=self.use_bundled_facts)
        self.templates_action = QAction(self, triggered=self.choose_templates_folder)
        self.output_action = QAction(self, triggered=self.choose_output_folder)
        self.quit_action = QAction(self, triggered=self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.ui_lang_action = QAction(self, triggered=self.toggle_ui_language)
        self.about_action = QAction(self, triggered=self.show_about)
        self.zoom_in_action = QAction(self, triggered=lambda: self._zoom(1))
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = QAction(self, triggered=lambda: self._zoom(-1))
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.next_action = QAction(self, triggered=lambda: self._page(1))
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.prev_action = QAction(self, triggered=lambda: self._page(-1))
        self.prev_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.export_action)
        self.file_menu.addActions(
            [self.open_facts_action, self.bundled_action, self.templates_action, self.output_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addActions(
            [
                self.zoom_in_action,
                self.zoom_out_action,
                self.prev_action,
                self.next_action,
                self.ui_lang_action,
            ]
        )
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        lang = self.ui_lang
        self.setWindowTitle(tr("app_title", lang))
        self.export_button.setText(tr("export_pdf", lang))
        self.export_action.setText(tr("export_pdf", lang))
        self.export_button.setToolTip(tr("export_tip", lang))
        self.word_button.setText(tr("export_word", lang))
        self.save_as_button.setText(tr("save_pdf_as", lang))
        for button, key in (
            (self.prev_button, "prev_page"),
            (self.next_button, "next_page"),
            (self.zoom_in_button, "zoom_in"),
            (self.zoom_out_button, "zoom_out"),
        ):
            button.setToolTip(tr(key, lang))
        self.open_button.setText(tr("open", lang))
        self.folder_button.setText(tr("show_in_folder", lang))
        self.file_menu.setTitle(tr("menu_file", lang))
        self.view_menu.setTitle(tr("menu_view", lang))
        self.help_menu.setTitle(tr("menu_help", lang))
        for action, key in (
            (self.open_facts_action, "open_facts"),
            (self.bundled_action, "bundled_facts"),
            (self.templates_action, "templates_folder"),
            (self.output_action, "output_folder"),
            (self.quit_action, "quit"),
            (self.ui_lang_action, "ui_language"),
            (self.about_action, "about"),
            (self.zoom_in_action, "zoom_in"),
            (self.zoom_out_action, "zoom_out"),
            (self.next_action, "next_page"),
            (self.prev_action, "prev_page"),
        ):
            action.setText(tr(key, lang))
        self.choices.retranslate(lang)
        self.facts.retranslate(lang)
        self._update_page_label()

    # -- choices ---------------------------------------------------------------------------
    def _restore_choice(self) -> None:
        choice, settings, base = self.studio.choice, self.settings, self.studio.base
        choice.regions = [r for r in settings.regions if r in base.regions] or choice.regions
        choice.themes = [t for t in settings.themes if t in base.themes]
        if settings.template in self.studio.templates:
            choice.template = settings.template
        choice.lang = "en" if settings.lang == "en" else "zh"

    def _remember_choice(self) -> None:
        choice = self.studio.choice
        self.settings.regions, self.settings.themes = choice.regions, choice.themes
        self.settings.template, self.settings.lang = choice.template, choice.lang

    def _choice_changed(self) -> None:
        self._remember_choice()
        self.facts.fill()
        self.schedule_preview()

    def _facts_changed(self) -> None:
        self.schedule_preview()

    # -- preview ---------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        """Refresh the preview shortly after the last change (changes in a burst refresh once)."""
        self._hide_export_links()
        self.timer.start()

    def refresh_preview(self) -> None:
        if self._drawing:  # one preview at a time; the newest choice is drawn when it is done
            self._redraw = True
            return
        try:
            request = self.studio.request()
        except BriefingError as exc:
            self._status(str(exc))
            self.preview.set_pages(None)
            return
        studio, page = self.studio, self.preview.page
        self._drawing = True
        self._busy(True, tr("refreshing", self.ui_lang))

        def work() -> PreviewPages:
            return prepare(render_bytes(studio.build(request), "pdf"), page)

        run_task(work, self._preview_ready, self._preview_failed)

    def _drawn(self) -> bool:
        """A preview finished: draw again if the choice changed meanwhile. True if it did."""
        self._drawing = False
        if self._redraw and not self.closed:
            self._redraw = False
            self.refresh_preview()
            return True
        return False

    def _preview_ready(self, pages: PreviewPages) -> None:
        if self.closed or self._drawn():
            pages.close()  # the window is gone, or a newer choice is being drawn
            return
        self._busy(False)
        self.preview.set_pages(pages)
        self.preview_pages = pages.count
        self._update_page_label()
        self._status(
            tr(
                "preview_ready",
                self.ui_lang,
                pages=pages.count,
                facts=len(self.facts.facts_shown()) - len(self.studio.choice.excluded),
            )
        )

    def _preview_failed(self, error: BaseException) -> None:
        if self.closed or self._drawn():
            return
        self._busy(False)
        self._status(str(error))

    def _page(self, step: int) -> None:
        self.preview.go(step)
        self._update_page_label()

    def _zoom(self, step: int) -> None:
        self.preview.zoom_by(step)

    def _update_page_label(self) -> None:
        pages = max(self.preview_pages, 0)
        page = self.preview.page + 1 if pages else 0
        self.page_label.setText(tr("page_of", self.ui_lang, page=page, pages=pages))

    # -- export ----------------------------------------------------------------------------
    def export(self, fmt: str, path: Path | None = None) -> None:
        """Export without asking: to the briefing folder under a descriptive name."""
        try:
            request = self.studio.request()
            if path is None:
                folder = self.settings.output_folder
                folder.mkdir(parents=True, exist_ok=True)
                path = self.studio.export_path(folder, fmt, request)
        except (BriefingError, OSError) as exc:
            self._failed(exc)
            return
        studio, target = self.studio, path
        self._busy(True, tr("exporting", self.ui_lang))
        self.export_button.setEnabled(False)

        def work() -> Path:
            write_atomic(target, render_bytes(studio.build(request), fmt))  # type: ignore[arg-type]
            return target

        run_task(work, self._exported, self._failed)

    def export_as(self, fmt: str) -> None:
        request_name = ""
        try:
            request_name = self.studio.export_path(
                self.settings.output_folder, fmt, self.studio.request()
            ).name
        except (BriefingError, OSError):
            request_name = f"briefing.{fmt}"
        start = str(self.settings.output_folder / request_name)
        filter_key = "word_filter" if fmt == "docx" else "pdf_filter"
        chosen, _ = QFileDialog.getSaveFileName(self, "", start, tr(filter_key, self.ui_lang))
        if chosen:
            path = Path(chosen)
            self.export(fmt, path if path.suffix else path.with_suffix(f".{fmt}"))

    def _exported(self, path: Path) -> None:
        if self.closed:
            return
        self._busy(False)
        self.export_button.setEnabled(True)
        self.last_export = path
        self._status(tr("exported", self.ui_lang, path=path))
        self.open_button.show()
        self.folder_button.show()

    def _failed(self, error: BaseException) -> None:
        if self.closed:
            return
        self._busy(False)
        self.export_button.setEnabled(True)
        message = str(error) if isinstance(error, BriefingError | OSError) else repr(error)
        self._status(message)
        QMessageBox.warning(self, tr("export_failed", self.ui_lang), message)

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

    def load_fact_folder(self, folder: Path) -> None:
        """Load a fact base; show its problems as a list and keep working with the rest."""
        try:
            problems = self.studio.load_facts(folder)
        except FactBaseError as exc:  # nothing usable: list why, keep the current fact base
            ProblemsDialog(exc.problems, self.ui_lang, self, loaded=False).open()
            return
        except BriefingError as exc:
            QMessageBox.warning(self, tr("folder_not_loaded", self.ui_lang), str(exc))
            return
        self.settings.facts_folder = folder
        if problems:
            ProblemsDialog(problems, self.ui_lang, self).open()
        self.choices.fill()
        self._choice_changed()

    def use_bundled_facts(self) -> None:
        from desktop_app.resources import bundled_facts

        self.studio.load_facts(bundled_facts())
        self.settings.facts_folder = None
        self.choices.fill()
        self._choice_changed()

    def choose_templates_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("choose_folder", self.ui_lang))
        if folder:
            self.load_templates_folder(Path(folder))

    def load_templates_folder(self, folder: Path) -> None:
        """Use a folder of the user's own templates; list the problems of any that cannot be."""
        problems = self.studio.reload_templates(folder)
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
        self.retranslate()

    def show_about(self) -> None:
        base = self.studio.base
        text = tr(
            "about_text",
            self.ui_lang,
            version=__version__,
            base_version=self.studio.fact_base_version(),
            facts=len(base.facts),
            sources=len(base.sources),
            folder=self.studio.facts_dir,
        )
        QMessageBox.about(self, tr("about", self.ui_lang), text)

    # -- helpers ---------------------------------------------------------------------------
    def _busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        if message:
            self._status(message)

    def _status(self, message: str) -> None:
        self.status_text.setText(message)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt hook
        self.closed = True
        self.timer.stop()
        self.preview.set_pages(None)  # closes the previewed PDF
        self.settings.geometry = self.saveGeometry()
        self._remember_choice()
        self.settings.sync()
        super().closeEvent(event)
