"""A readable list of problems (file:line: message) in a fact base or templates."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop_app.errors import Problem
from desktop_app.facts.model import Lang
from desktop_app.ui.strings import tr


class ProblemsDialog(QDialog):
    def __init__(self, problems: list[Problem], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("problems_title", lang))
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("problems_text", lang, count=len(problems)))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems([str(p) for p in problems])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
