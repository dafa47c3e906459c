"""The window always says which fact base is in use, and warns when it has problems, also
after a restart with a damaged or vanished remembered folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.ui.app import make_application, make_window
from desktop_app.ui.problems import ProblemsDialog
from desktop_app.ui.settings import Settings
from tests.conftest import SEEDS


def _started(qtbot, settings: Settings):  # type: ignore[no-untyped-def]
    make_application([])
    window = make_window(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.preview_pages > 0, timeout=60_000)
    return window


def _close(window) -> None:  # type: ignore[no-untyped-def]
    window.close()
    QThreadPool.globalInstance().waitForDone(60_000)


def test_the_bundled_base_is_named(qtbot, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = _started(qtbot, settings)
    assert window.fact_base_button.text() == "事实库：内置事实库（275 条事实）"
    assert window.fact_base_button.property("warning") is False
    window.toggle_ui_language()
    assert window.fact_base_button.text() == "Fact base: Bundled fact base (275 facts)"
    _close(window)


def test_a_damaged_remembered_folder_warns_after_a_restart(
    qtbot,
    settings: Settings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "mine"
    shutil.copytree(SEEDS, folder)
    damaged = folder / "facts" / "suzhou-talent-week-2025.yaml"
    held = damaged.read_text(encoding="utf-8").count("- id:")
    damaged.write_text(damaged.read_text(encoding="utf-8").replace("  region:", " region:", 1))
    settings.facts_folder = folder
    settings.sync()
    window = _started(qtbot, settings)  # as the app starts: from the remembered settings
    text = window.fact_base_button.text()
    assert text.startswith("事实库：mine（") and "⚠ 1 个问题" in text
    assert window.fact_base_button.property("warning") is True
    dialog = window.show_fact_base()
    assert isinstance(dialog, ProblemsDialog)
    (line,) = dialog.lines
    assert "suzhou-talent-week-2025.yaml" in line
    assert line.endswith(f"；修正前，本文件的 {held} 条事实均不使用")  # in the interface's words
    dialog.copy()
    assert QApplication.clipboard().text() == line
    saved = dialog.save(tmp_path / "problems.txt")
    assert saved is not None and saved.read_text(encoding="utf-8") == line + "\n"
    dialog.reject()
    _close(window)


def test_a_vanished_remembered_folder_says_the_bundled_base_is_used(
    qtbot,
    settings: Settings,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    settings.facts_folder = tmp_path / "gone"
    window = _started(qtbot, settings)
    assert "内置事实库" in window.fact_base_button.text()
    assert window.fact_base_button.property("warning") is True
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    window.show_fact_base()
    assert shown and "gone" in shown[0] and "已改用内置事实库" in shown[0]
    _close(window)
