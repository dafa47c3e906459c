"""The choice panel (regions, themes, template, language) and the facts panel."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api import EDITIONS, Fact, FactRow, Lang
from desktop_app.ui.strings import tr
from desktop_app.ui.studio import Studio

ID = Qt.ItemDataRole.UserRole


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    return label


class ChoicePanel(QWidget):
    """Regions (a tree with a filter), themes, template and language."""

    changed = Signal()

    def __init__(self, studio: Studio, lang: Lang) -> None:
        super().__init__()
        self.studio, self.lang = studio, lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(6)
        self.regions_label = _heading("")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.no_match = QLabel()
        self.no_match.setObjectName("hint")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self.compare_note = QLabel()  # several regions with nothing to compare say so
        self.compare_note.setObjectName("hint")
        self.compare_note.setWordWrap(True)
        self.compare_note.hide()
        self.regions = QTreeWidget()
        self.regions.setHeaderHidden(True)
        self.regions.itemChanged.connect(self._region_toggled)
        self.themes_label = _heading("")
        self.all_themes = QLabel()  # with no theme ticked, every theme is in: say so
        self.all_themes.setObjectName("hint")
        self.all_themes.setWordWrap(True)
        self.themes = QListWidget()
        self.themes.itemChanged.connect(self._theme_toggled)
        self.template = QComboBox()
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.language = QComboBox()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.edition = QComboBox()
        self.edition.currentIndexChanged.connect(self._edition_chosen)
        self.form = QFormLayout()
        self.template_label, self.language_label = QLabel(), QLabel()
        self.edition_label = QLabel()
        self.form.addRow(self.template_label, self.template)
        self.form.addRow(self.edition_label, self.edition)
        self.form.addRow(self.language_label, self.language)
        for widget in (self.regions_label, self.filter, self.no_match):
            layout.addWidget(widget)
        layout.addWidget(self.regions, 3)
        layout.addWidget(self.compare_note)
        layout.addWidget(self.themes_label)
        layout.addWidget(self.all_themes)
        layout.addWidget(self.themes, 2)
        layout.addLayout(self.form)
        self._filling = False
        self.fill()
        self.retranslate(lang)

    # -- filling from the studio ---------------------------------------------------------
    def fill(self) -> None:
        self._filling = True
        workspace, choice, lang = self.studio.workspace, self.studio.choice, self.lang
        self.all_themes.setVisible(not choice.themes)
        self.regions.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for region in workspace.regions():
            region_id = region.id
            parent = items.get(region.parent) if region.parent else None
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.regions)
            item.setText(0, region.name.get(lang))
            item.setToolTip(0, f"{region.name.zh} · {region.name.en}")
            item.setData(0, ID, region_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = region_id in choice.regions
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            items[region_id] = item
        self.regions.expandAll()
        self.themes.clear()
        for theme in workspace.themes():
            theme_id = theme.id
            indent = "    " if theme.parent else ""
            item = QListWidgetItem(indent + theme.label.get(lang))
            item.setData(ID, theme_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = theme_id in choice.themes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.themes.addItem(item)
        self.template.clear()
        for template in workspace.templates.values():
            self.template.addItem(template.name.get(lang), template.id)
            self.template.setItemData(
                self.template.count() - 1,
                template.description.get(lang),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.template.setCurrentIndex(max(0, self.template.findData(choice.template)))
        self.language.setCurrentIndex(0 if choice.lang == "zh" else 1)
        self.edition.setCurrentIndex(max(0, self.edition.findData(self.studio.edition())))
        self._apply_filter(self.filter.text())
        self._filling = False

    def retranslate(self, lang: Lang) -> None:
        self.lang = lang
        self.regions_label.setText(tr("regions", lang))
        self.regions.setToolTip(tr("all_regions_hint", lang))
        self.filter.setPlaceholderText(tr("filter", lang))
        self.themes_label.setText(tr("themes", lang))
        self.themes.setToolTip(tr("themes_hint", lang))
        self.all_themes.setText(tr("themes_all", lang))
        self.template_label.setText(tr("template", lang))
        self.language_label.setText(tr("language", lang))
        self.edition_label.setText(tr("edition", lang))
        self.edition.setToolTip(tr("edition_tip", lang))
        self._filling = True
        self.edition.clear()
        for edition in EDITIONS:
            self.edition.addItem(tr(f"edition_{edition}", lang), edition)
        index = self.language.currentIndex()
        self.language.clear()
        self.language.addItems([tr("lang_zh", lang), tr("lang_en", lang)])
        self.language.setCurrentIndex(max(index, 0))
        self._filling = False
        self.fill()

    # -- reacting to the user ------------------------------------------------------------
    def _apply_filter(self, text: str) -> None:
        matches = self.studio.workspace.region_matches(text)
        # a filter that matches nothing says so, rather than leaving an empty tree
        self.no_match.setText(tr("no_region_match", self.lang, text=text.strip()))
        self.no_match.setVisible(bool(text.strip()) and not matches)
        iterator = [self.regions.topLevelItem(i) for i in range(self.regions.topLevelItemCount())]
        while iterator:
            item = iterator.pop()
            children = [item.child(i) for i in range(item.childCount())]
            iterator.extend(children)
            hidden = item.data(0, ID) not in matches and not self._has_match(item, matches)
            item.setHidden(hidden)

    def _has_match(self, item: QTreeWidgetItem, matches: set[str]) -> bool:
        return any(
            item.child(i).data(0, ID) in matches or self._has_match(item.child(i), matches)
            for i in range(item.childCount())
        )

    def _checked(self, items: Iterable[tuple[str, bool]]) -> list[str]:
        return [ident for ident, checked in items if checked]

    def _region_toggled(self, item: QTreeWidgetItem) -> None:
        if self._filling:
            return
        found: list[tuple[str, bool]] = []
        stack = [self.regions.topLevelItem(i) for i in range(self.regions.topLevelItemCount())]
        while stack:
            node = stack.pop(0)
            found.append((node.data(0, ID), node.checkState(0) == Qt.CheckState.Checked))
            stack[0:0] = [node.child(i) for i in range(node.childCount())]
        self.studio.choice.regions = self._checked(found)
        self.changed.emit()

    def _theme_toggled(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        items = (self.themes.item(i) for i in range(self.themes.count()))
        self.studio.choice.themes = self._checked(
            (i.data(ID), i.checkState() == Qt.CheckState.Checked) for i in items
        )
        self.all_themes.setVisible(not self.studio.choice.themes)
        self.changed.emit()

    def _template_chosen(self) -> None:
        if not self._filling and self.template.currentData():
            self.studio.choose_template(self.template.currentData())
            self._filling = True  # the edition follows the template's audience
            self.edition.setCurrentIndex(max(0, self.edition.findData(self.studio.edition())))
            self._filling = False
            self.changed.emit()

    def _edition_chosen(self) -> None:
        if not self._filling and self.edition.currentData():
            self.studio.choice.edition = self.edition.currentData()
            self.changed.emit()

    def _language_chosen(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.studio.choice.lang = "zh" if index == 0 else "en"
            self.changed.emit()

    def check_region(self, region_id: str, checked: bool = True) -> None:
        """Tick or untick a region, as the user would."""
        stack = [self.regions.topLevelItem(i) for i in range(self.regions.topLevelItemCount())]
        while stack:
            node = stack.pop()
            if node.data(0, ID) == region_id:
                node.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
            stack.extend(node.child(i) for i in range(node.childCount()))

    def check_theme(self, theme_id: str, checked: bool = True) -> None:
        for i in range(self.themes.count()):
            item = self.themes.item(i)
            if item.data(ID) == theme_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class FactsPanel(QWidget):
    """The facts in scope, in two views: those the briefing states, and those it leaves out
    (with why, where that is known). Untick one to leave it out; search in either language or
    script; double-click for its source, paragraph, figure, dates and uncertainties."""

    changed = Signal()
    USED, LEFT_OUT = 0, 1

    def __init__(self, studio: Studio, lang: Lang) -> None:
        super().__init__()
        self.studio, self.lang = studio, lang
        self.used: set[str] = set()
        self.known = False  # whether a briefing has been drawn to tell used from left out
        self._filling = False  # the panel is being filled: item changes are not the user's
        self.rows: dict[str, FactRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 12, 12, 12)
        self.title = _heading("")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.views = QTabBar()
        self.views.addTab("")
        self.views.addTab("")
        self.views.currentChanged.connect(lambda _i: self.fill())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.fill())
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda index, *_: self._fit_rows() if index == 0 else None)
        self.tree.itemChanged.connect(self._toggled)
        self.tree.itemDoubleClicked.connect(self._details)
        for widget in (self.title, self.hint, self.views, self.search):
            layout.addWidget(widget)
        layout.addWidget(self.tree)
        self.retranslate(lang)

    def retranslate(self, lang: Lang) -> None:
        self.lang = lang
        self.title.setText(tr("facts", lang))
        self.hint.setText(tr("facts_hint", lang))
        self.search.setPlaceholderText(tr("facts_search", lang))
        self.fill()

    def show_used(self, used: set[str]) -> None:
        """The facts the briefing just drawn uses (the rest in scope are left out)."""
        self.used, self.known = used, True
        self.fill()

    def _reason(self, fact_id: str) -> str:
        if fact_id in self.studio.choice.excluded:
            return tr("left_out_unticked", self.lang)
        return tr("left_out_template", self.lang)

    def fill(self) -> None:
        self._filling = True
        lang = self.lang
        self.tree.clear()
        rows = self.studio.fact_rows()
        self.rows = {row.id: row for row in rows}
        used = [r for r in rows if not self.known or r.id in self.used]
        left = [r for r in rows if self.known and r.id not in self.used]
        self.views.setTabText(self.USED, tr("facts_used", lang, count=len(used)))
        self.views.setTabText(self.LEFT_OUT, tr("facts_left_out", lang, count=len(left)))
        view = self.views.currentIndex()
        # Two columns, so that nothing is off-screen in a narrow panel: the statement, wrapped,
        # with its date and source (and, when left out, why) below it; and the figure.
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("col_statement", lang), tr("col_value", lang)])
        wanted = match_text(self.studio, self.search.text())
        for row in used if view == self.USED else left:
            if wanted and wanted not in row.key:
                continue
            text = f"{row.statement}\n{row.date} · {row.source}"
            if view == self.LEFT_OUT:
                text += "\n" + tr("left_out_why", lang, reason=self._reason(row.id))
            item = QTreeWidgetItem([text, row.value])
            item.setData(0, ID, row.id)
            item.setToolTip(0, f"{row.statement}\n{row.source_detail}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            excluded = row.id in self.studio.choice.excluded
            item.setCheckState(0, Qt.CheckState.Unchecked if excluded else Qt.CheckState.Checked)
            self.tree.addTopLevelItem(item)
        self.tree.setColumnWidth(1, 96)
        self._fit_rows()
        self._filling = False

    def _fit_rows(self) -> None:
        """Each row as tall as its statement, date and source take, wrapped to the column."""
        width = max(self.tree.columnWidth(0) - 44, 80)  # the check box and margins
        metrics = self.tree.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap
        filling, self._filling = self._filling, True  # a size is no tick: not a change
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            box = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, item.text(0))
            item.setSizeHint(0, QSize(width, box.height() + 8))
        self._filling = filling
        self.tree.doItemsLayout()

    def _toggled(self, item: QTreeWidgetItem) -> None:
        if self._filling:
            return
        fact_id = item.data(0, ID)
        excluded = self.studio.choice.excluded
        before = fact_id in excluded
        if item.checkState(0) == Qt.CheckState.Checked:
            excluded.discard(fact_id)
        else:
            excluded.add(fact_id)
        if (fact_id in excluded) != before:  # an item's other data changing is no tick
            self.changed.emit()

    def _details(self, item: QTreeWidgetItem) -> QMessageBox | None:
        row = self.rows.get(item.data(0, ID))
        if row is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Information, tr("fact_details", self.lang),
                          row.details, QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.open()
        return box

    def exclude(self, fact_id: str) -> None:
        """Untick a fact, as the user would."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID) == fact_id:
                item.setCheckState(0, Qt.CheckState.Unchecked)

    def facts_shown(self) -> list[Fact]:
        ids = {self.tree.topLevelItem(i).data(0, ID) for i in range(self.tree.topLevelItemCount())}
        return [f for f in self.studio.workspace.base.facts if f.id in ids]


def match_text(studio: Studio, text: str) -> str:
    """A search's text folded as fact rows are (case, width, either script)."""
    return studio.workspace.text_key(text) if text.strip() else ""
