"""Who prepares the briefings, and the next issue number of an internal brief: the unit's name
printed on the cover (…编制) and a brief's masthead and imprint, in place of the template's
words; the number (第N期) under a brief's masthead. Both are remembered between runs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import MAX_ISSUE, MAX_ISSUER, BriefingRequest, Lang
from desktop_app.ui.strings import tr
from desktop_app.ui.studio import Studio


class IssueDialog(QDialog):
    """Edits ``studio.choice.issuer`` and ``issue_number``; accepted, the choice holds them."""

    def __init__(self, studio: Studio, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        choice = studio.choice
        self.setWindowTitle(tr("issue_title", lang))
        intro = QLabel(tr("issue_intro", lang))
        intro.setWordWrap(True)
        self.issuer = QLineEdit(choice.issuer)
        self.issuer.setMaxLength(MAX_ISSUER)
        self.issuer.setPlaceholderText(studio.template_issuer())
        self.issuer.setClearButtonEnabled(True)
        self.number = QSpinBox()
        self.number.setRange(0, MAX_ISSUE)
        self.number.setSpecialValueText(tr("issue_none", lang))  # shown for 0
        self.number.setValue(choice.issue_number or 0)
        where = "issue_printed" if studio.prints_issue_number() else "issue_not_printed"
        self.number_note = QLabel(tr(where, lang))
        self.number_note.setObjectName("hint")
        self.number_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("issuer", lang), self.issuer)
        form.addRow(tr("issue_number", lang), self.number)
        form.addRow("", self.number_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        choice = self.studio.choice
        # tidied as the engine tidies it (the field holds at most MAX_ISSUER characters)
        choice.issuer = BriefingRequest(issuer=self.issuer.text()).issued_by() or ""
        choice.issue_number = self.number.value() or None
        super().accept()
