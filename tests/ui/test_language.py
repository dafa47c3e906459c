"""Every word the interface shows is in the interface's language: widgets, menus, tooltips,
the status bar, and Qt's own dialogs. Names and figures (a region's name, PDF, Word) aside."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from desktop_app.ui.main_window import MainWindow

CJK = re.compile(r"[\u4e00-\u9fff]")
# English words a Chinese interface may show: names of formats and of the other language
ALLOWED_IN_ZH = {"PDF", "Word", "English"}
ALLOWED_IN_EN = {"中文"}  # the language the interface can switch to, in its own script


def _texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) of every word the window shows the user, but the briefing's own content
    (the facts panel's statements, the preview) and the fact base's names."""
    found: list[tuple[str, str]] = []
    content = (window.facts.tree, window.preview, window.choices.regions, window.choices.themes)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or any(
            widget is c or c.isAncestorOf(widget) for c in content
        ):
            continue
        name = type(widget).__name__
        if widget.toolTip():
            found.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        if isinstance(widget, QComboBox) and widget is not window.choices.template:
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget | QTableWidget):
            header = widget.headerItem() if isinstance(widget, QTreeWidget) else None
            if header is not None:
                found += [(name, header.text(i)) for i in range(header.columnCount())]
    for menu in window.menus.menus.values():
        found.append(("menu", menu.title()))
        found += [("menu action", a.text()) for a in menu.actions() if a.text()]
    return found


def _foreign(text: str, lang: str) -> bool:
    text = re.sub(r"\S*[/\\]\S*", "", text)  # a file's path is a name, not a word
    text = re.sub(r"Ctrl\+\w+", "", text)  # a shortcut is a key, not a word
    if lang == "en":
        return bool(CJK.search(text)) and not any(word in text for word in ALLOWED_IN_EN)
    words = re.findall(r"[A-Za-z]{3,}", text.replace("(&F)", "").replace("(&V)", ""))
    return any(word not in ALLOWED_IN_ZH for word in words)


def test_no_word_of_the_other_language(window: MainWindow) -> None:
    for lang in ("zh", "en", "zh"):
        if window.ui_lang != lang:
            window.toggle_ui_language()
        stray = [(where, text) for where, text in _texts(window) if _foreign(text, lang)]
        assert stray == [], lang
        assert not _foreign(window.status_text.text(), lang), window.status_text.text()


def test_qt_dialogs_speak_the_interface_language(window: MainWindow) -> None:
    if window.ui_lang != "zh":
        window.toggle_ui_language()
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QFileDialog", "Save As") == "另存为"
    window.toggle_ui_language()
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_the_window_fits_a_1024_by_640_screen_in_both_languages(window: MainWindow) -> None:
    for lang in ("zh", "en"):
        if window.ui_lang != lang:
            window.toggle_ui_language()
        window.resize(1024, 640)
        QCoreApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024, lang
        assert (window.width(), window.height()) == (1024, 640), lang
        assert window.preview.viewport().height() > 300  # the page is still there to read
