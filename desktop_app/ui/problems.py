"""A readable list of problems (file:line: message) in a fact base or templates."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop_app.api import Lang, Problem
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
        self.setWindowTitle(tr(f"problems_title_{kind}", lang))
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        text = f"problems_text_{kind}" if loaded else "problems_text_not_loaded"
        intro = QLabel(tr(text, lang, count=len(problems)))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems([str(p) for p in problems])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
