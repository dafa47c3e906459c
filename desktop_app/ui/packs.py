"""Presets, delegation packs and recent exports in the window: saving the current choice under a
name, applying a saved one, exporting several presets as one pack (with progress and a cancel
button), and the list of recent exports to open or show in their folder."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import Lang, Pack, Preset
from desktop_app.ui.strings import tr
from desktop_app.ui.studio import Studio
from desktop_app.ui.tasks import run_task


class _Progress(QObject):
    """Carries a pack's progress from its worker thread to the dialog (queued signal)."""

    step = Signal(int, int, str)


class PackDialog(QDialog):
    """Tick presets, make them into one pack; progress with a cancel button while it runs."""

    finished_pack = Signal(object)  # the Pack, or the error's text

    def __init__(
        self,
        studio: Studio,
        presets: list[tuple[Path, Preset | None, str]],
        out_dir: Path,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.studio, self.out_dir, self.lang = studio, out_dir, lang
        self.setWindowTitle(tr("pack_title", lang))
        self.resize(560, 420)
        self.presets = [(path, preset) for path, preset, _ in presets if preset is not None]
        unreadable = [problem for _, preset, problem in presets if preset is None]
        intro = QLabel(tr("pack_intro", lang, folder=out_dir))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for _, preset in self.presets:
            item = QListWidgetItem(preset.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.problems = QLabel("\n".join(unreadable))
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(unreadable))
        self.make_button = QPushButton(tr("pack_make", lang))
        self.make_button.setObjectName("primary")
        self.make_button.clicked.connect(self.make)
        self.make_button.setEnabled(bool(self.presets))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("cancel", lang))
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.problems, buttons):
            layout.addWidget(widget)
        if not self.presets:
            intro.setText(tr("pack_no_presets", lang))
        self.progress: QProgressDialog | None = None
        self.stop = threading.Event()

    def chosen(self) -> list[Preset]:
        return [
            preset
            for index, (_, preset) in enumerate(self.presets)
            if self.list.item(index).checkState() == Qt.CheckState.Checked
        ]

    def make(self) -> None:
        """Make the pack in the background; the progress dialog's Cancel stops after the
        briefing being made."""
        chosen = self.chosen()
        if not chosen:
            return
        lang = self.lang
        self.progress = QProgressDialog(
            tr("pack_running", lang), tr("cancel", lang), 0, len(chosen), self
        )
        self.progress.setWindowTitle(tr("pack_title", lang))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.stop.set)
        self.progress.setValue(0)
        relay = _Progress(self)
        relay.step.connect(self._stepped)
        workspace, out_dir, stop = self.studio.workspace, self.out_dir, self.stop
        issuer = self.studio.choice.issuer or None

        def work() -> Pack:
            return workspace.make_pack(
                chosen,
                out_dir,
                progress=lambda done, total, name: relay.step.emit(done, total, name),
                cancelled=stop.is_set,
                issuer=issuer,
            )

        self.make_button.setEnabled(False)
        run_task(work, self._done, self._failed)

    def _stepped(self, done: int, total: int, name: str) -> None:
        if self.progress is not None:
            self.progress.setLabelText(
                tr("pack_step", self.lang, done=done, total=total, name=name)
            )
            self.progress.setValue(done)

    def _done(self, pack: Pack) -> None:
        if self.progress is not None:
            self.progress.reset()
        self.finished_pack.emit(pack)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if self.progress is not None:
            self.progress.reset()
        self.make_button.setEnabled(True)
        self.problems.setText(tr("pack_failed", self.lang, reason=str(error)))
        self.problems.show()
        self.finished_pack.emit(str(error))


class RecentDialog(QDialog):
    """The last exports: open one or show it in its folder; files since gone are greyed."""

    def __init__(self, paths: list[Path], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("recent_title", lang))
        self.resize(640, 360)
        self.paths = paths
        self.list = QListWidget()
        for path in paths:
            item = QListWidgetItem(f"{path.name}    ({path.parent})")
            if not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(tr("recent_missing", lang))
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.open())
        open_button = QPushButton(tr("open", lang))
        folder_button = QPushButton(tr("show_in_folder", lang))
        open_button.clicked.connect(self.open)
        folder_button.clicked.connect(self.show_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("close", lang))
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        if not paths:
            layout.addWidget(QLabel(tr("recent_none", lang)))
        layout.addWidget(buttons)

    def selected(self) -> Path | None:
        row = self.list.currentRow()
        if row < 0 or not self.paths[row].exists():
            return None
        return self.paths[row]

    def open(self) -> None:
        path = self.selected()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_folder(self) -> None:
        path = self.selected()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
