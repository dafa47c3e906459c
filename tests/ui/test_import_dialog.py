"""The app's import review, driven as a staff member would: open an article, look at each
candidate's sentence, correct one, keep the rest, save; the preview then uses the new facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.model import dump
from desktop_app.ui.app import make_application
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from desktop_app.ui.studio import Studio
from tests.conftest import SEEDS
from tests.importer.corpus import ARTICLES
from tests.ui.conftest import wait_for_preview

ARTICLE = ARTICLES / "sip-tech-investment-2026.txt"


@pytest.fixture
def own(tmp_path: Path) -> Path:
    folder = tmp_path / "my-facts"
    shutil.copytree(SEEDS, folder)
    return folder


def _window(qtbot, settings: Settings, studio: Studio) -> MainWindow:  # type: ignore[no-untyped-def]
    make_application([])
    window = MainWindow(studio, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.preview_pages > 0, timeout=60_000)
    return window


def _row(dialog: ImportDialog, figure: str) -> int:
    return next(i for i, c in enumerate(dialog.candidates) if c.figure == figure)


def test_review_correct_and_save_an_article(qtbot, settings: Settings, own: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, settings, Studio(Workspace(own)))
    dialog = window.review_import(path=ARTICLE)
    assert dialog is not None and dialog.table.rowCount() == 13
    # selecting a row marks its sentence in the article
    projects = _row(dialog, "超1100個")
    dialog.table.selectRow(projects)
    assert dialog.marked_text() == dialog.candidates[projects].sentence
    # an update says what the base holds, as a figure and a date, not as an id
    assert dialog.hint.text() == "将作为较新的数据，与事实库中的 超千個（2024） 并列（时间序列）。"
    # ticked: what adds something and can be written; not the figure without a metric
    points = _row(dialog, "2個百分點")
    assert dialog.kept[projects] and not dialog.kept[points]
    assert dialog.table.item(points, 0).checkState() == Qt.CheckState.Unchecked
    # a person rewrites a statement: no longer a draft
    dialog.statement_zh.setText("2025年，苏州工业园区新增科技项目超过1100个。")
    dialog.statement_zh.editingFinished.emit()
    assert dialog.candidates[projects].draft is False
    # another region, judged again at once: the base holds nothing for it
    dialog.region_box.setCurrentIndex(dialog.region_box.findData("snd"))
    dialog.region_box.activated.emit(dialog.region_box.currentIndex())
    assert dialog.candidates[projects].region == "snd"
    assert dialog.table.item(projects, 1).text() == "新增"
    dialog.region_box.setCurrentIndex(dialog.region_box.findData("sip"))
    dialog.region_box.activated.emit(dialog.region_box.currentIndex())
    assert dialog.table.item(projects, 1).text() == "更新"
    dialog.title_en.setText("SIP Technology Investment Promotion Center holds its annual meeting")
    kept = sum(dialog.kept)
    assert dialog.save_button.text() == f"保存 {kept} 条到我的事实库"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    written = (own / "facts" / "sip-2026-02-11.yaml").read_text(encoding="utf-8")
    assert written.count("  region: ") == kept
    assert "2025年，苏州工业园区新增科技项目超过1100个。" in written
    sources = (own / "sources.yaml").read_text(encoding="utf-8")
    assert "en: SIP Technology Investment Promotion Center holds its annual meeting" in sources
    assert "en: SIP Technology Investment Promotion Center\n" in sources  # the known publisher
    assert "已将" in window.status_text.text()
    wait_for_preview(qtbot, window)
    document = window.studio.build(BriefingRequest(regions=("sip",), date="2026-12-01"))
    assert "（2024年：76%" in dump(document)
    # the drafts kept are listed before export, each naming its fact
    assert any(f.kind == "draft" for f in window.findings)
    assert window.check_button.isEnabled() and window.check_button.text().startswith("导出前检查（")
    listing = window.show_findings_list()
    drafts = [line for line in listing.lines if line.startswith("【草稿】")]
    assert drafts and all("draft: true" in line for line in drafts)
    assert any("占新增科技项目比例（2025年，78%）" in line for line in drafts)
    listing.copy()
    assert QApplication.clipboard().text().count("\n") == len(listing.lines) - 1
    listing.reject()
    window.close()


def test_a_list_page_says_so_and_offers_nothing(qtbot, settings: Settings, own: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, settings, Studio(Workspace(own)))
    dialog = window.review_import(path=ARTICLES / "news-list.html")
    assert dialog is not None and dialog.table.rowCount() == 0
    assert "列表页" in dialog.message.text() and not dialog.save_button.isEnabled()
    dialog.reject()
    window.close()


def test_importing_with_the_bundled_base_starts_a_folder_of_ones_own(
    qtbot,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, settings, Studio())
    target = tmp_path / "new-folder"
    target.mkdir()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    assert window._own_fact_folder()
    assert (target / "sources.yaml").is_file() and (target / "facts").is_dir()
    assert window.studio.workspace.facts_dir == target
    assert settings.facts_folder == target
    window.close()
