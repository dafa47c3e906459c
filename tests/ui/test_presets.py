"""Presets, the delegation pack, recent exports, and what the window remembers: facts left out
for a template and regions, and the panels' sizes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QListWidgetItem

from desktop_app.api import Preset
from desktop_app.ui.app import make_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.packs import RecentDialog
from desktop_app.ui.settings import Settings
from desktop_app.ui.studio import Studio
from tests.render.pdf_reading import read_pdf
from tests.ui.conftest import wait_for_preview


def test_a_preset_round_trips(qtbot, window: MainWindow, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window.choices.check_region("snd")
    wait_for_preview(qtbot, window)
    window.facts.exclude("sip-listed-companies-2023")
    path = window.save_preset("德国医疗器械代表团")
    assert path is not None and path.parent == settings.presets_folder
    assert "name: 德国医疗器械代表团" in path.read_text(encoding="utf-8")
    window.choices.check_region("snd", False)
    window.studio.choice.excluded.clear()
    wait_for_preview(qtbot, window)
    window.apply_preset(path)
    assert sorted(window.studio.choice.regions) == ["sip", "snd"]
    assert "sip-listed-companies-2023" in window.studio.choice.excluded
    assert window.status_text.text() == "已应用预设：德国医疗器械代表团"


def test_a_pack_of_three_from_the_app(qtbot, window: MainWindow, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    space = window.studio.workspace
    for preset in (
        Preset("园区完整版英文", regions=("sip",), template="full-briefing", lang="en"),
        Preset("园区数据卡英文", regions=("sip",), template="fact-sheet", lang="en"),
        Preset("坏的预设", regions=("sip",), template="no-such-template"),
    ):
        space.save_preset(preset, settings.presets_folder)
    dialog = window.make_pack()
    assert dialog.list.count() == 3
    with qtbot.waitSignal(dialog.finished_pack, timeout=60_000) as made:
        dialog.make()
    pack = made.args[0]
    assert len(pack.failed) == 1 and pack.archive.is_file()
    assert sorted(p.suffix for p in pack.folder.iterdir()) == [".pdf", ".pdf", ".txt"]
    assert "1 份未能生成" in window.status_text.text()
    assert settings.recent_exports[0] == pack.archive


def test_recent_exports_grey_what_is_gone(qtbot, settings: Settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    here, gone = tmp_path / "a.pdf", tmp_path / "b.pdf"
    here.write_bytes(b"%PDF")
    settings.remember_export(gone)
    settings.remember_export(here)
    assert settings.recent_exports == [here, gone]
    make_application([])
    dialog = RecentDialog(settings.recent_exports, "zh")
    qtbot.addWidget(dialog)
    items: list[QListWidgetItem] = [dialog.list.item(i) for i in range(dialog.list.count())]
    enabled = [bool(item.flags() & Qt.ItemFlag.ItemIsEnabled) for item in items]
    assert enabled == [True, False]
    dialog.list.setCurrentRow(1)
    assert dialog.selected() is None  # a file that is gone cannot be opened
    dialog.list.setCurrentRow(0)
    assert dialog.selected() == here


def test_facts_left_out_are_remembered_per_template_and_regions(
    qtbot,
    window: MainWindow,
    settings: Settings,  # type: ignore[no-untyped-def]
) -> None:
    window.facts.exclude("sip-listed-companies-2023")
    assert settings.excluded("full-briefing", ["sip"]) == {"sip-listed-companies-2023"}
    window.choices.template.setCurrentIndex(window.choices.template.findData("fact-sheet"))
    wait_for_preview(qtbot, window)
    assert window.studio.choice.excluded == set()
    window.choices.template.setCurrentIndex(window.choices.template.findData("full-briefing"))
    wait_for_preview(qtbot, window)
    assert window.studio.choice.excluded == {"sip-listed-companies-2023"}
    window.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    again = MainWindow(Studio(), settings)  # a restart
    qtbot.addWidget(again)
    assert again.studio.choice.excluded == {"sip-listed-companies-2023"}
    again.close()


def test_the_panels_keep_their_sizes(qtbot, window: MainWindow, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window.splitter.setSizes([240, 700, 300])
    sizes = window.splitter.sizes()
    window.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    again = MainWindow(Studio(), settings)
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    assert again.splitter.sizes() == sizes
    again.close()


def test_the_issuer_and_issue_number_are_set_once_and_remembered(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, settings: Settings
) -> None:
    unit = "苏州市招商引资工作专班"  # named nowhere in the fact base
    window.choices.template.setCurrentIndex(window.choices.template.findData("talking-points"))
    wait_for_preview(qtbot, window)
    dialog = window.edit_issue()
    assert dialog.issuer.placeholderText() == "招商服务部门"  # the template's words
    assert dialog.number.text() == "不标期号" and "印在版头" in dialog.number_note.text()
    dialog.issuer.setText(f" {unit} ")
    dialog.number.setValue(5)
    dialog.accept()
    assert (settings.issuer, settings.issue_number) == (unit, 5)
    assert window.status_text.text() == f"编制单位：{unit}"
    wait_for_preview(qtbot, window)
    window.export_quick()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=60_000)
    first = read_pdf(window.exports.finished[0].read_bytes()).pages[0]
    assert unit in first and "第5期" in first and "招商服务部门" not in first
    window.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    again = MainWindow(Studio(), settings)  # a new session starts from what was set
    qtbot.addWidget(again)
    assert (again.studio.choice.issuer, again.studio.choice.issue_number) == (unit, 5)
    cancelled = again.edit_issue()
    cancelled.issuer.setText("")
    cancelled.reject()
    assert again.studio.choice.issuer == unit  # cancelling changes nothing
    cleared = again.edit_issue()
    cleared.issuer.setText("")
    cleared.number.setValue(0)
    cleared.accept()
    assert (settings.issuer, settings.issue_number) == ("", None)
    assert again.studio.request().issuer is None
    again.close()
    QThreadPool.globalInstance().waitForDone(60_000)
