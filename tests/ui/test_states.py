"""The window's states: a placeholder while the first page comes, nothing to export when
nothing is chosen, no stale links after a failed export, a message when the region filter
matches nothing, and a preview that fits the page and turns with the wheel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import wait_for_preview


def test_a_placeholder_is_drawn_while_the_first_page_comes(window: MainWindow) -> None:
    window.preview_pages = 0
    window.preview.set_pages(None)
    window.preview_started()
    assert window.preview.label.text() == "正在生成预览…"


def test_nothing_ticked_offers_no_export_and_says_what_to_do(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.choices.check_region("sip", False)
    qtbot.waitUntil(lambda: not window.export_button.isEnabled(), timeout=10_000)
    assert not window.export_action.isEnabled()
    assert not any(b.isEnabled() for b in window.save_as_buttons.values())
    assert window.preview.label.text() == "请至少选择一个区域。"
    assert window.page_label.text() == "第 0 / 0 页"
    assert window.status_text.text() == "请至少选择一个区域。"
    window.choices.check_region("sip")
    wait_for_preview(qtbot, window)
    assert window.export_button.isEnabled() and window.preview_pages > 0


def test_a_failed_export_clears_the_links_of_the_earlier_one(
    window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("desktop_app.ui.main_window.QMessageBox.warning", lambda *a: None)
    window.export_done(Path("earlier.pdf"), 0)
    assert window.open_button.isVisibleTo(window) and window.folder_button.isVisibleTo(window)
    window.export_failed("the disk is full", 0)
    assert not window.open_button.isVisibleTo(window)
    assert not window.folder_button.isVisibleTo(window)


def test_a_filter_that_matches_nothing_says_so(window: MainWindow) -> None:
    window.choices.filter.setText("xyz")
    assert window.choices.no_match.isVisibleTo(window)
    assert window.choices.no_match.text() == "没有与“xyz”相符的区域"
    window.choices.filter.setText("园区")
    assert not window.choices.no_match.isVisibleTo(window)


def _wheel(window: MainWindow, down: bool) -> None:
    view = window.preview
    point = QPointF(view.viewport().rect().center())
    event = QWheelEvent(point, QPointF(view.mapToGlobal(point.toPoint())), QPoint(),
                        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def test_the_whole_page_fits_and_the_wheel_turns_pages(window: MainWindow) -> None:
    view = window.preview
    view.fit_page()
    pixmap = view.label.pixmap()
    ratio = pixmap.devicePixelRatio()
    assert pixmap.height() / ratio <= view.viewport().height()
    assert window.page_label.text().startswith("第 1 /")
    _wheel(window, down=True)
    assert view.page == 1 and window.page_label.text().startswith("第 2 /")
    _wheel(window, down=False)
    assert view.page == 0
    view.fit_width()
    assert abs(view.label.pixmap().width() / ratio - (view.viewport().width() - 24)) <= 2


def test_every_tab_stop_shows_its_focus(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Tab through the window: each control looks different with the focus than without."""
    window.activateWindow()
    first = window.choices.filter
    first.setFocus()
    seen = []
    widget = first
    for _ in range(40):
        if widget.isVisible() and widget.width() > 4:
            widget.clearFocus()
            QApplication.processEvents()
            before = widget.grab().toImage()
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            after = widget.grab().toImage()
            seen.append((type(widget).__name__, before != after))
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        if widget is first:
            break
    assert len(seen) >= 13
    assert [name for name, shows in seen if not shows] == []


def test_a_failed_export_is_said_in_the_interface_language(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop_app.ui.main_window.QMessageBox.warning", lambda _w, _t, text: shown.append(text)
    )
    usb = tmp_path / "usb"
    usb.write_text("a file where the briefing folder should be", encoding="utf-8")
    window.settings.output_folder = usb
    window.export_quick()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0].startswith("无法写入：") and "usb" in shown[0]
    assert "Errno" not in shown[0] and "File exists" not in shown[0]
    window.toggle_ui_language()
    window.export_quick()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30_000)
    assert shown[1].startswith("Cannot write: ") and "Errno" not in shown[1]


def test_regions_with_nothing_to_compare_say_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert not window.choices.compare_note.isVisibleTo(window)  # one region: nothing to say
    window.choices.check_region("snd")
    assert window.choices.compare_note.isVisibleTo(window)
    assert (
        window.choices.compare_note.text() == "所选区域没有共同的指标可比较，简报将依次介绍各区域。"
    )
    window.toggle_ui_language()
    assert window.choices.compare_note.text().startswith("The regions ticked share no measure")


def test_no_theme_ticked_says_every_theme_is_in(window: MainWindow) -> None:
    note = window.choices.all_themes
    assert note.isVisibleTo(window) and note.text() == "未勾选主题：简报包含全部主题"
    window.choices.check_theme("talent")
    assert not note.isVisibleTo(window)
    window.choices.check_theme("talent", False)
    assert note.isVisibleTo(window)
