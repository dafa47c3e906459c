"""A readable list of problems (file:line: message) in a fact base or templates: wrapped, and
copyable or savable to send to a colleague."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import Lang, Problem
from desktop_app.ui.problem_words import problem_text
from desktop_app.ui.strings import tr


class ProblemsDialog(QDialog):
    """The problems of a fact base (``kind="facts"``) or of the user's templates. With
    ``loaded=False`` the fact folder was not used at all, as nothing in it was valid."""

    def __init__(
        self,
        problems: list[Problem],
        lang: Lang,
        parent: QWidget | None = None,
        kind: Literal["facts", "templates"] = "facts",
        loaded: bool = True,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(tr(f"problems_title_{kind}", lang))
        self.resize(760, 380)
        layout = QVBoxLayout(self)
        text = f"problems_text_{kind}" if loaded else "problems_text_not_loaded"
        intro = QLabel(tr(text, lang, count=len(problems)))
        intro.setWordWrap(True)
        self.lines = [problem_text(p, lang) for p in problems]  # in the interface's language
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.addItems(self.lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        copy, save = QPushButton(tr("copy", lang)), QPushButton(tr("save_list", lang))
        copy.clicked.connect(self.copy)
        save.clicked.connect(self.save)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText("\n".join(self.lines))

    def save(self, path: Path | None = None) -> Path | None:
        """Save the list as a text file (asks where unless ``path`` is given)."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("save_list", self.lang), "problems.txt", "*.txt"
            )
            if not chosen:
                return None
            path = Path(chosen)
        path.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        return path
