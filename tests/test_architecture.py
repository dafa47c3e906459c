"""Architecture rules that keep the engine usable without a screen."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_engine_and_cli_do_not_load_qt() -> None:
    """Only desktop_app.ui imports PySide6: the engine and the CLI run without Qt."""
    code = (
        "import sys, desktop_app.api, desktop_app.cli, desktop_app.assemble, desktop_app.render;"
        "from desktop_app.render.pdf import render_pdf;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)  # fmt: skip
    assert result.stdout.strip() == "[]"


def test_only_the_ui_package_imports_qt() -> None:
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "desktop_app").rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
        and "ui" not in path.relative_to(ROOT).parts
    ]
    assert offenders == []
