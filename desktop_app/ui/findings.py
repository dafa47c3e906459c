"""The list of what to look at before export (``Workspace.check``), readable and copyable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import Finding, Lang
from desktop_app.ui.strings import tr


def finding_lines(findings: list[Finding], lang: Lang) -> list[str]:
    return [f"{tr(f'check_{f.kind}', lang)}　{f.text.get(lang)}" for f in findings]


class FindingsDialog(QDialog):
    def __init__(self, findings: list[Finding], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("check_title", lang))
        self.resize(820, 420)
        self.lines = finding_lines(findings, lang)
        intro = QLabel(tr("check_intro", lang, count=len(findings)))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.addItems(self.lines)
        copy = QPushButton(tr("copy", lang))
        copy.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("close", lang))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText("\n".join(self.lines))
