"""The desktop app, driven as a user would, offscreen; outputs are read back."""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.api import FORMATS
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.problems import ProblemsDialog
from desktop_app.ui.settings import Settings
from desktop_app.ui.studio import Studio
from tests.conftest import MINIMAL
from tests.render.pdf_reading import read_pdf
from tests.ui.conftest import wait_for_preview


def pdf_text(path: Path) -> str:
    return "".join(read_pdf(path.read_bytes()).pages).replace("\n", "").replace(" ", "")


def export_and_wait(qtbot, window: MainWindow) -> Path:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.last_export is not None and window.last_export.exists(),
                    timeout=60_000)  # fmt: skip
    assert window.last_export is not None
    return window.last_export


def test_opens_with_the_bundled_fact_base(window: MainWindow) -> None:
    assert window.windowTitle() == "招商简报工坊"
    assert window.choices.regions.topLevelItemCount() == 1  # Suzhou, with its districts below
    assert window.facts.tree.topLevelItemCount() > 50
    assert window.preview.count > 1 and not window.preview.pages.image(0).isNull()  # the real PDF


def test_choose_region_and_themes_then_export(
    qtbot, window: MainWindow, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    window.choices.check_region("sip", False)
    window.choices.check_region("snd-medpark")
    window.choices.check_theme("finance")
    wait_for_preview(qtbot, window)
    path = export_and_wait(qtbot, window)
    assert path.parent == settings.output_folder
    assert path.name.startswith("江苏医疗器械科技产业园_投资环境简报")
    text = pdf_text(path)
    fund = next(
        f for f in window.studio.workspace.base.facts if f.id == "snd-medpark-own-funds-2023"
    )
    # Running text introduces the park's short name after its full name: compare what follows.
    statement = fund.statement.zh.replace(" ", "").removeprefix("江苏医疗器械科技产业园")
    assert "江苏医疗器械科技产业园" in text and statement[:14] in text
    assert "苏州工业园区拥有" not in text  # SIP is no longer chosen
    assert window.open_button.isVisible() and window.folder_button.isVisible()


def test_preview_updates_after_a_change(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.preview_pages
    assert before > 1
    index = window.choices.template.findData("fact-sheet")
    window.choices.template.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.preview_pages == 1, timeout=60_000)
    assert window.page_label.text() == "第 1 / 1 页"


def test_changes_while_drawing_end_with_the_last_choice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A change made while a preview is being drawn is drawn right after it; intermediate
    choices are not shown, and the preview ends on the last one."""
    drawn: list[str] = []
    controller = window.previews
    original = controller.refresh

    def counting() -> None:
        drawn.append(window.studio.choice.template)
        original()

    controller.refresh = counting  # type: ignore[method-assign]
    for template in ("fact-sheet", "talking-points", "fact-sheet"):
        window.choices.template.setCurrentIndex(window.choices.template.findData(template))
        qtbot.wait(60)  # longer than the coalescing delay, shorter than drawing a preview
    wait_for_preview(qtbot, window)
    assert window.preview_pages == 1  # the fact sheet: the last choice
    assert not controller.drawing and not controller.redraw
    assert len(drawn) >= 2


def test_excluding_a_fact_removes_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    fact = next(
        f
        for f in window.studio.workspace.base.facts
        if f.id == "sip-national-talent-program-experts-2023"
    )
    window.choices.template.setCurrentIndex(window.choices.template.findData("talking-points"))
    wait_for_preview(qtbot, window)
    first = pdf_text(export_and_wait(qtbot, window))
    window.last_export = None
    window.facts.exclude(fact.id)
    assert fact.id in window.studio.choice.excluded
    wait_for_preview(qtbot, window)
    second = pdf_text(export_and_wait(qtbot, window))
    # Talking points cite their source by number (超过2400家[1]。), and name SIP in full once
    # per section (园区 after): compare what follows the region's name, which may come after
    # the date the figure stands at (截至2023年，苏州工业园区…).
    statement = fact.statement.zh.replace(" ", "").rstrip("。").split("苏州工业园区", 1)[-1]
    assert statement in re.sub(r"\[\d+\]", "", first)
    assert statement not in re.sub(r"\[\d+\]", "", second)


def test_bad_fact_folder_shows_the_problem_list(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mine"
    shutil.copytree(MINIMAL, folder)
    path = folder / "facts" / "a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 1800", "value: lots"))
    window.load_fact_folder(folder)
    dialogs = [w for w in window.findChildren(ProblemsDialog) if w.isVisible()]
    assert len(dialogs) == 1
    lines = [dialogs[0].list.item(i).text() for i in range(dialogs[0].list.count())]
    assert lines == [f"{path}:20：事实 park-firms：value 应为数字，现为 'lots'"]
    # The app keeps working with the valid facts.
    assert {f.id for f in window.studio.workspace.base.facts} == {"zone-talents", "other-note"}
    assert window.choices.regions.topLevelItemCount() == 1


def test_settings_persist_across_a_restart(qtbot, window: MainWindow, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window.choices.check_region("snd")
    window.choices.check_theme("talent")
    window.choices.language.setCurrentIndex(1)
    window.toggle_ui_language()
    window.close()
    again = MainWindow(Studio(), settings)
    qtbot.addWidget(again)
    again.closed = True  # this test needs no preview
    assert again.studio.choice.regions == ["sip", "snd"]
    assert again.studio.choice.themes == ["talent"]
    assert again.studio.choice.lang == "en"
    assert again.ui_lang == "en"
    assert again.export_button.text() == "Export PDF"


def test_region_filter_matches_both_scripts(window: MainWindow) -> None:
    window.choices.filter.setText("蘇州工業園區")
    visible = []
    stack = [window.choices.regions.topLevelItem(0)]
    while stack:
        item = stack.pop()
        if not item.isHidden():
            visible.append(item.data(0, Qt.ItemDataRole.UserRole))
        stack.extend(item.child(i) for i in range(item.childCount()))
    assert "sip" in visible and "snd" not in visible


def test_export_shortcut_and_tooltips(window: MainWindow) -> None:
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.export_button.toolTip()
    assert window.choices.regions.toolTip()


def test_about_names_the_fact_base(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr("desktop_app.ui.main_window.QMessageBox.about",
                        lambda parent, title, text: shown.append(text))  # fmt: skip
    window.show_about()
    assert "275 条事实，5 个来源" in shown[0]
    assert window.studio.workspace.fingerprint()[:8] in shown[0]


def test_failed_export_keeps_the_earlier_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"earlier")
    messages: list[str] = []
    monkeypatch.setattr("desktop_app.ui.main_window.QMessageBox.warning",
                        lambda parent, title, text: messages.append(text))  # fmt: skip

    def broken(*args: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.studio.workspace, "render", broken)
    window.exports.export("pdf", target)
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert messages[0] == "无法写入 简报文件：磁盘已满；请清理空间后重试。"  # the user's words
    assert target.read_bytes() == b"earlier"
    assert window.export_button.isEnabled()


def test_two_quick_exports_back_to_back_give_two_files(
    qtbot, window: MainWindow, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+E, change a theme, Ctrl+E again at once: the shortcut queues the second export
    behind the first, and the second gets a name of its own; nothing is replaced."""
    old = os.umask(0o022)
    try:
        window.choices.template.setCurrentIndex(window.choices.template.findData("talking-points"))
        wait_for_preview(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        window.choices.check_theme("finance")
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert window.exports.busy
        qtbot.waitUntil(lambda: len(window.exports.finished) == 2 and not window.exports.busy,
                        timeout=60_000)  # fmt: skip
    finally:
        os.umask(old)
    first, second = window.exports.finished
    assert second.name == first.name.replace(".pdf", " (2).pdf")
    assert sorted(settings.output_folder.iterdir()) == sorted([first, second])
    assert len(pdf_text(second)) < len(pdf_text(first))  # finance only: the choice at the time
    for path in (first, second):
        assert path.stat().st_mode & 0o777 == 0o644  # the umask's, not 0600
    assert window.last_export == second and window.open_button.isVisible()


def test_buttons_come_from_the_formats_registry(window: MainWindow) -> None:
    assert list(window.save_as_buttons) == [f.id for f in FORMATS]
    assert window.save_as_buttons["docx"].text() == "另存为 Word…"
    assert window.export_button.text() == "导出 PDF"
    window.toggle_ui_language()
    assert window.save_as_buttons["pdf"].text() == "Save as PDF…"
    assert window.export_action.text() == "Export PDF"


def test_closing_during_an_export_finishes_it_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.choices.template.setCurrentIndex(window.choices.template.findData("fact-sheet"))
    window.export_quick()
    window.close()
    assert window.exports.busy and not window.isVisible()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=60_000)
    assert window.exports.finished[0].is_file()


def test_the_app_reads_each_file_once_and_previews_read_none(
    qtbot, settings: Settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    reads: Counter[str] = Counter()
    real = Path.read_bytes

    def counting(self: Path) -> bytes:
        if self.suffix == ".yaml":
            reads[self.name] += 1
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    window = MainWindow(Studio(), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.preview_pages > 0, timeout=60_000)
    assert reads["regions.yaml"] == 1 and reads["full-briefing.yaml"] == 1
    assert max(reads.values()) == 1
    reads.clear()
    for template in ("fact-sheet", "talking-points"):
        window.choices.template.setCurrentIndex(window.choices.template.findData(template))
        wait_for_preview(qtbot, window)
    window.choices.check_theme("talent")
    wait_for_preview(qtbot, window)
    window.export_quick()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=60_000)
    assert window.preview_pages >= 1 and window.exports.finished
    assert reads == Counter()  # nothing read again: no preview or export touches the disk
    window.close()
