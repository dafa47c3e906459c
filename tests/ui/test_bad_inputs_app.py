"""The corpus of broken inputs (tests/bad_inputs/), opened in the desktop app: its problem
list shows exactly the lines the CLI prints, and the app keeps working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.problems import ProblemsDialog
from desktop_app.ui.settings import Settings
from desktop_app.ui.studio import Studio
from tests.test_bad_inputs import CASES, fact_base


def _shown_problems(window: MainWindow) -> list[str]:
    """The lines of the problem lists on screen; closes them."""
    dialogs = [w for w in window.findChildren(ProblemsDialog) if w.isVisible()]
    lines = [d.list.item(i).text() for d in dialogs for i in range(d.list.count())]
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()
    return lines


def test_every_case_is_listed_in_the_app(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    # One window serves every case: opening one per case would take minutes. In English the
    # app lists the engine's own lines (the Chinese words are tests/ui/test_problem_words.py).
    settings.ui_lang = "en"
    window = MainWindow(Studio(), settings)
    qtbot.addWidget(window)
    window.show()
    wrong: dict[str, list[str]] = {}
    for case in CASES:
        expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
        window.use_bundled_facts()
        folder = tmp_path / case.name
        folder.mkdir()
        if (case / "templates").is_dir():
            shutil.copytree(case / "templates", folder / "templates")
            monkeypatch.chdir(folder / "templates")  # paths show as the CLI shows them
            window.load_templates_folder(folder / "templates")
        else:
            base = fact_base(case, folder)
            monkeypatch.chdir(base)
            window.load_fact_folder(base)
        lines = _shown_problems(window)
        if lines != expected:
            wrong[case.name] = lines
        assert window.studio.workspace.base.regions  # still working: a fact base is loaded
    assert wrong == {}
    window.close()
    QThreadPool.globalInstance().waitForDone(60_000)
