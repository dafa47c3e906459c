"""Qt tests run offscreen, with settings in a temporary file and exports in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from desktop_app.ui.app import make_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from desktop_app.ui.studio import Studio


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.output_folder = tmp_path / "briefings"
    return settings


@pytest.fixture
def window(qtbot, settings: Settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    make_application([])
    window = MainWindow(Studio(), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.preview_pages > 0, timeout=60_000)
    yield window
    window.close()
    QThreadPool.globalInstance().waitForDone(60_000)  # no work may outlive its test


def wait_for_preview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until the preview has caught up with the last change."""
    qtbot.waitUntil(lambda: not window.timer.isActive() and not window.progress.isVisible(),
                    timeout=60_000)  # fmt: skip
