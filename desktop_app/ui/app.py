"""Starting the desktop app: ``briefing-studio`` or ``python -m desktop_app``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.errors import BriefingError
from desktop_app.fonts import CJK
from desktop_app.resources import resource_path
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from desktop_app.ui.studio import Studio


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the bundled font and the app's style (idempotent)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Briefing Studio")
    app.setOrganizationName("BriefingStudio")
    # The bundled CJK face: Chinese reads the same on every laptop, fonts installed or not.
    family_id = QFontDatabase.addApplicationFont(str(CJK.path))
    families = QFontDatabase.applicationFontFamilies(family_id) if family_id >= 0 else []
    if families:
        app.setFont(QFont(families[0], 10))
    style = resource_path("assets") / "styles" / "studio.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def make_window(settings: Settings | None = None) -> MainWindow:
    """The main window over the fact base and templates the settings remember."""
    settings = settings or Settings()
    facts: Path | None = settings.facts_folder
    try:
        studio = Studio(facts, settings.templates_folder)
    except BriefingError:
        studio = Studio(None, settings.templates_folder)  # the remembered folder is gone
    return MainWindow(studio, settings)


def main() -> int:
    app = make_application()
    window = make_window()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
