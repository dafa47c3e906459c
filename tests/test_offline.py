"""The app never opens a network connection: CLI and desktop exports work with sockets refused."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.render.pdf_reading import read_pdf


class NetworkRefusedError(OSError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkRefusedError("network access attempted")

    monkeypatch.setattr(socket.socket, "__init__", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_cli_export_without_network(
    no_network: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(NetworkRefusedError):
        socket.create_connection(("127.0.0.1", 9))  # the guard is in place
    target = tmp_path / "b.pdf"
    assert main(["export", "--region", "sip", "--date", "2025-07-15", "-o", str(target)]) == 0
    assert "苏州工业园区" in "".join(read_pdf(target.read_bytes()).pages)
    assert (
        main(["export", "--region", "sip", "--date", "2025-07-15", "-o", str(tmp_path / "b.docx")])
        == 0
    )


def test_gui_export_without_network(no_network: None, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings, QThreadPool

    from desktop_app.ui.app import make_application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings
    from desktop_app.ui.studio import Studio

    make_application([])
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.output_folder = tmp_path / "out"
    window = MainWindow(Studio(), settings)
    qtbot.addWidget(window)
    window.export_quick()
    qtbot.waitUntil(lambda: window.last_export is not None, timeout=60_000)
    assert window.last_export is not None
    assert "苏州工业园区" in "".join(read_pdf(window.last_export.read_bytes()).pages)
    window.close()
    QThreadPool.globalInstance().waitForDone(60_000)
