"""The menu bar: its actions, their shortcuts and their words in both languages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop_app.api import Lang
from desktop_app.ui.strings import tr

Shortcut = QKeySequence | QKeySequence.StandardKey | None

# (menu, string key, shortcut) of each action, in menu order; None starts a new group.
LAYOUT: dict[str, list[tuple[str, Shortcut] | None]] = {
    "menu_file": [
        ("export_quick", QKeySequence("Ctrl+E")),
        ("import_article", QKeySequence("Ctrl+I")),
        ("import_clipboard", None),
        ("recent_exports", None),
        None,
        ("open_facts", QKeySequence.StandardKey.Open),
        ("bundled_facts", None),
        ("templates_folder", None),
        ("output_folder", None),
        ("issue_settings", None),
        None,
        ("quit", QKeySequence.StandardKey.Quit),
    ],
    "menu_view": [
        ("zoom_in", QKeySequence.StandardKey.ZoomIn),
        ("zoom_out", QKeySequence.StandardKey.ZoomOut),
        ("fit_page", QKeySequence("Ctrl+0")),
        ("fit_width", QKeySequence("Ctrl+9")),
        ("prev_page", QKeySequence(Qt.Key.Key_PageUp)),
        ("next_page", QKeySequence(Qt.Key.Key_PageDown)),
        ("ui_language", None),
    ],
    "menu_presets": [
        ("save_preset", QKeySequence("Ctrl+S")),
        ("apply_preset", None),
        ("make_pack", QKeySequence("Ctrl+P")),
        None,
        ("presets_folder", None),
    ],
    "menu_help": [("about", None)],
}


class Menus:
    """The window's menus. ``actions[key]`` is the action of string key ``key``; triggering it
    calls ``slots[key]``."""

    def __init__(
        self, window: QMainWindow, slots: dict[str, Callable[[], None]], quick_format: str
    ) -> None:
        self.quick_format = quick_format  # the label of the format Ctrl+E exports
        self.actions: dict[str, QAction] = {}
        self.menus = {}
        for menu_key, entries in LAYOUT.items():
            menu = window.menuBar().addMenu("")
            self.menus[menu_key] = menu
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                    continue
                key, shortcut = entry
                action = QAction(window)
                action.triggered.connect(lambda _checked=False, key=key: slots[key]())
                if shortcut is not None:
                    action.setShortcut(shortcut)
                menu.addAction(action)
                self.actions[key] = action

    def retranslate(self, lang: Lang) -> None:
        for key, menu in self.menus.items():
            menu.setTitle(tr(key, lang))
        for key, action in self.actions.items():
            action.setText(tr(key, lang, format=self.quick_format))
