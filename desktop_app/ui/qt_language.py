"""Qt's own words (file dialogs' "Look in", "Save As", "OK", the question before replacing a
file) in the interface language: Qt's Chinese catalogue, shipped with PySide6 and kept in
the offline bundle, is installed while the interface is Chinese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop_app.api import Lang

CATALOGUE = "qtbase_zh_CN"  # the one file of Qt's translations the app needs
_installed: list[QTranslator] = []


def use_qt_language(lang: Lang) -> bool:
    """Install Qt's Chinese words for ``zh``, remove them for ``en``; False if the catalogue
    is missing (Qt then speaks English, and nothing else changes)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    if lang != "zh":
        return True
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(CATALOGUE, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
