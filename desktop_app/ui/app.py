"""Starting the desktop app: ``briefing-studio`` or ``python -m desktop_app``."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.api import BriefingError, Workspace, interface_font_file, style_sheet
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
    family_id = QFontDatabase.addApplicationFont(str(interface_font_file()))
    families = QFontDatabase.applicationFontFamilies(family_id) if family_id >= 0 else []
    if families:
        app.setFont(QFont(families[0], 10))
    app.setStyleSheet(style_sheet())
    return app


def make_window(settings: Settings | None = None) -> MainWindow:
    """The main window over the fact base and templates the settings remember."""
    settings = settings or Settings()
    workspace = Workspace(templates_dir=settings.templates_folder)
    notice = ""
    if settings.facts_folder is not None:
        # A remembered folder that is gone or unusable leaves the bundled fact base in use,
        # and the window says so; one with problems is used, and the window warns of them.
        try:
            workspace.load_facts(settings.facts_folder)
        except BriefingError as exc:
            notice = f"{settings.facts_folder}: {exc}"
        except OSError as exc:
            notice = f"{settings.facts_folder}: {exc.strerror or exc}"
    return MainWindow(Studio(workspace), settings, notice)


def main() -> int:
    app = make_application()
    window = make_window()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
