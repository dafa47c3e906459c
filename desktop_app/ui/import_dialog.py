"""Reviewing an imported article: the article beside its candidate facts.

The article is on the left, paragraphs numbered as the facts will cite them; the candidates
are on the right, one row each, ticked when they are worth keeping (not a duplicate, with a
metric). Selecting a row marks its sentence in the article. Below the table the selected
candidate can be corrected: its region, metric, value and statements; the engine judges it
again against the fact base at once. Saving writes the ticked ones into the user's own fact
folder (the engine checks them there and undoes everything if the base would break).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import Candidate, Lang, Proposal, Text
from desktop_app.ui.strings import tr
from desktop_app.ui.studio import Studio

COLUMNS = ("import_col_use", "import_col_status", "import_col_figure", "import_col_region",
           "import_col_metric", "import_col_date", "import_col_sure")  # fmt: skip
MARK = QColor("#FFE69A")  # the selected candidate's sentence in the article


def keep_by_default(candidate: Candidate) -> bool:
    """Ticked at first: a candidate that adds something and can be written as it stands."""
    return (
        candidate.status != "duplicate"
        and candidate.metric is not None
        and (candidate.region is not None)
    )


class ImportDialog(QDialog):
    """The review of one article's candidates. ``saved`` carries how many facts were written."""

    saved = Signal(int)

    def __init__(
        self, studio: Studio, proposal: Proposal, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.studio, self.proposal, self.lang = studio, proposal, lang
        self.candidates: list[Candidate] = list(proposal.candidates)
        self.kept = [keep_by_default(c) for c in self.candidates]
        self.setWindowTitle(tr("import_title", lang))
        self.resize(1180, 720)
        self._build()
        self._fill()
        if self.candidates:
            self.table.selectRow(0)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        lang, source = self.lang, self.proposal.to_json()["source"]
        heading = QLabel(
            tr(
                "import_source",
                lang,
                title=source["title"] or tr("import_no_title", lang),
                publisher=source["publisher"] or tr("import_no_publisher", lang),
                date=source["published"] or tr("import_no_date", lang),
                count=len(self.candidates),
            )
        )
        heading.setWordWrap(True)
        heading.setObjectName("importSource")
        # English editions cite the article by an English title; the printed one until given
        self.title_en = QLineEdit()
        self.title_en.setPlaceholderText(tr("import_title_en_hint", lang))
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(tr("import_title_en", lang)))
        title_row.addWidget(self.title_en, 1)
        self.article = QTextEdit(readOnly=True)
        self.article.setPlainText(
            "\n\n".join(f"¶{n}  {p}" for n, p in enumerate(self.proposal.article.paragraphs, 1))
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c, lang) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemChanged.connect(self._ticked)

        self.region_box = QComboBox()
        base = self.studio.workspace.base
        self.region_box.addItem("—", None)
        for region in self.studio.workspace.regions():
            self.region_box.addItem(f"{region.name.get(lang)} ({region.id})", region.id)
        self.metric_box = QComboBox()
        self.value_box = QLineEdit()
        self.statement_zh, self.statement_en = QLineEdit(), QLineEdit()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("importHint")
        form = QFormLayout()
        form.addRow(tr("import_region", lang), self.region_box)
        form.addRow(tr("import_metric", lang), self.metric_box)
        form.addRow(tr("import_value", lang), self.value_box)
        form.addRow(tr("import_statement_zh", lang), self.statement_zh)
        form.addRow(tr("import_statement_en", lang), self.statement_en)
        form.addRow("", self.hint)
        self.region_box.activated.connect(
            lambda _i: self._edit(region=self.region_box.currentData())
        )
        self.metric_box.activated.connect(
            lambda _i: self._edit(metric=self.metric_box.currentData())
        )
        self.value_box.editingFinished.connect(self._value_edited)
        for box in (self.statement_zh, self.statement_en):
            box.editingFinished.connect(self._statement_edited)
        self._base = base

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.article)
        splitter.addWidget(right)
        splitter.setSizes([430, 750])

        self.all_button = QPushButton(tr("import_keep_all", lang))
        self.none_button = QPushButton(tr("import_keep_none", lang))
        self.all_button.clicked.connect(lambda: self._keep_all(True))
        self.none_button.clicked.connect(lambda: self._keep_all(False))
        self.cancel_button = QPushButton(tr("cancel", lang))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.all_button, self.none_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(title_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        if self.proposal.article.list_page or not self.candidates:
            key = "import_list_page" if self.proposal.article.list_page else "import_nothing"
            self.message.setText(tr(key, lang))

    # -- the table -------------------------------------------------------------------------
    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.candidates))
        for row, candidate in enumerate(self.candidates):
            self._fill_row(row, candidate)
        self.table.blockSignals(False)
        self._count()

    def _fill_row(self, row: int, c: Candidate) -> None:
        lang = self.lang
        use = QTableWidgetItem()
        use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                     | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
        use.setCheckState(Qt.CheckState.Checked if self.kept[row] else Qt.CheckState.Unchecked)
        status = tr(f"import_status_{c.status}", lang)
        if c.kind == "target":
            status += tr("import_target", lang)
        metric = self._base.metrics[c.metric].label.get(lang) if c.metric else "—"
        region = self._base.regions[c.region].short_name(lang) if c.region else "—"
        cells = (use, status, c.figure, region, metric, c.period or c.as_of or "—",
                 f"{c.confidence:.0%}")  # fmt: skip
        for column, cell in enumerate(cells):
            item = cell if isinstance(cell, QTableWidgetItem) else QTableWidgetItem(cell)
            if column == 4:
                item.setToolTip(metric)
            self.table.setItem(row, column, item)

    def _count(self) -> None:
        kept = sum(self.kept)
        self.save_button.setText(tr("import_save", self.lang, count=kept))
        self.save_button.setEnabled(kept > 0)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        self.kept[item.row()] = item.checkState() == Qt.CheckState.Checked
        self._count()

    def _keep_all(self, keep: bool) -> None:
        self.kept = [keep and c.status != "duplicate" for c in self.candidates]
        self._fill()

    def current(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selected(self) -> None:
        row = self.current()
        if row < 0:
            return
        c = self.candidates[row]
        self._mark(c)
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(c.region)))
        self.metric_box.clear()
        self.metric_box.addItem("—", None)
        for metric in self._base.metrics.values():
            if metric.unit == c.unit:
                self.metric_box.addItem(metric.label.get(self.lang), metric.id)
        self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(c.metric)))
        self.value_box.setText(format(c.value, "f"))
        self.statement_zh.setText(c.statement.zh if c.statement else "")
        self.statement_en.setText(c.statement.en if c.statement else "")
        self._explain(c)

    def _explain(self, c: Candidate) -> None:
        lang = self.lang
        if c.metric is None:
            key = "import_hint_metric" if c.kind == "fact" else "import_hint_plan"
        elif c.status == "duplicate":
            key = "import_hint_duplicate"
        elif c.status == "conflict":
            key = "import_hint_conflict"
        elif c.status == "update":
            key = "import_hint_update"
        elif c.statement is not None and c.draft:
            key = "import_hint_draft"
        else:
            key = "import_hint_ok"
        # what the base already holds, as figures and dates, not ids (the figure to check)
        held = [f for f in self._base.facts if f.id in c.matches]
        figures = "、".join(f"{f.figure}（{f.period or f.as_of}）" for f in held if f.figure)
        matches = figures or ", ".join(c.matches)
        self.hint.setText(tr(key, lang, matches=matches, earlier=matches))

    def _mark(self, c: Candidate) -> None:
        """Mark the candidate's sentence in the article and bring it into view."""
        document = self.article.document()
        start = document.find(c.sentence)
        if start.isNull():
            start = document.find(c.figure)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = start if not start.isNull() else QTextCursor(document)
        fmt = QTextCharFormat()
        fmt.setBackground(MARK)
        selection.format = fmt
        self.article.setExtraSelections([selection] if not start.isNull() else [])
        if not start.isNull():
            view = QTextCursor(start)
            view.clearSelection()
            self.article.setTextCursor(view)
            self.article.ensureCursorVisible()

    def marked_text(self) -> str:
        """The text marked in the article (for tests and for reading it aloud)."""
        marks = self.article.extraSelections()
        return marks[0].cursor.selectedText() if marks else ""

    # -- corrections -----------------------------------------------------------------------
    def _edit(self, **changes: object) -> None:
        row = self.current()
        if row < 0:
            return
        revised = self.studio.workspace.revise_candidate(self.candidates[row], **changes)
        self.candidates[row] = revised
        if "metric" in changes or "region" in changes:
            self.kept[row] = keep_by_default(revised)
        self.table.blockSignals(True)
        self._fill_row(row, revised)
        self.table.blockSignals(False)
        self._count()
        self._selected()

    def _value_edited(self) -> None:
        row = self.current()
        if row < 0:
            return
        try:
            value = Decimal(self.value_box.text().strip().replace(",", ""))
        except InvalidOperation:
            self.hint.setText(tr("import_bad_value", self.lang, text=self.value_box.text()))
            return
        if value != self.candidates[row].value:
            self._edit(value=value)

    def _statement_edited(self) -> None:
        row = self.current()
        if row < 0:
            return
        zh, en = self.statement_zh.text().strip(), self.statement_en.text().strip()
        old = self.candidates[row].statement
        if zh and en and (old is None or (zh, en) != (old.zh, old.en)):
            self._edit(statement=Text(zh, en))

    # -- saving ----------------------------------------------------------------------------
    def chosen(self) -> list[Candidate]:
        return [c for c, keep in zip(self.candidates, self.kept, strict=True) if keep]

    def save(self) -> None:
        """Write the ticked candidates into the user's fact folder; say what is missing first."""
        lang = self.lang
        for c in self.chosen():
            if c.region is None or c.statement is None or (c.kind == "fact" and not c.metric):
                self.message.setText(tr("import_incomplete", lang, figure=c.figure))
                self.table.selectRow(self.candidates.index(c))
                return
        self.proposal.candidates = self.candidates
        numbers = ",".join(str(c.number) for c in self.chosen())
        error = self.studio.save_import(
            self.proposal, numbers, self.title_en.text().strip() or None
        )
        if error:
            self.message.setText(tr("import_failed", lang, reason=error))
            return
        self.saved.emit(len(self.chosen()))
        self.accept()
