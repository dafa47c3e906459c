"""The facts panel: what the briefing uses and what it leaves out (and why), a search in
either language or script, and a fact's details on a double-click."""

from __future__ import annotations

from desktop_app.api import BriefingRequest
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import wait_for_preview


def _ids(window: MainWindow) -> list[str]:
    tree = window.facts.tree
    return [tree.topLevelItem(i).data(0, 256) for i in range(tree.topLevelItemCount())]


def test_two_views_used_and_left_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.choices.template.setCurrentIndex(window.choices.template.findData("fact-sheet"))
    wait_for_preview(qtbot, window)
    document = window.studio.build(window.studio.request("2026-12-01"))
    facts = window.facts
    in_scope = {f.id for f in window.studio.facts_in_scope()}
    used = set(document.facts) & in_scope
    assert facts.views.tabText(0) == f"本简报使用（{len(used)}）"
    assert facts.views.tabText(1) == f"未使用（{len(in_scope - used)}）"
    assert set(_ids(window)) == used and len(used) < len(in_scope)
    facts.views.setCurrentIndex(1)
    assert set(_ids(window)) == in_scope - used
    first = facts.tree.topLevelItem(0).text(0).splitlines()
    assert first[-1] == "未用：模板篇幅所限或与已用事实重复"
    assert " · 20" in first[-2]  # the date, the source and the article's date


def test_an_unticked_fact_is_left_out_and_says_why(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    fact = "sip-listed-companies-2023"
    window.facts.exclude(fact)
    wait_for_preview(qtbot, window)
    window.facts.views.setCurrentIndex(1)
    row = _ids(window).index(fact)
    assert window.facts.tree.topLevelItem(row).text(0).endswith("未用：已取消勾选")


def test_search_in_either_language_or_script(window: MainWindow) -> None:
    facts = window.facts
    facts.search.setText("独角兽")
    simplified = _ids(window)
    assert simplified and all("独角兽" in facts.rows[i].key for i in simplified)
    assert len(simplified) < len(facts.rows)
    facts.search.setText("獨角獸")  # traditional script finds the same facts
    assert _ids(window) == simplified
    facts.search.setText("UNICORN")  # so does English, in any case
    assert set(_ids(window)) and set(_ids(window)) <= set(facts.rows)
    facts.search.setText("xyz-nothing")
    assert _ids(window) == []


def test_double_click_shows_source_paragraph_figure_and_dates(window: MainWindow) -> None:
    facts = window.facts
    row = _ids(window).index("sip-listed-companies-2023")
    box = facts._details(facts.tree.topLevelItem(row))
    assert box is not None
    text = box.text()
    assert "原文数字：" in text or "原文数字: " in text
    for part in ("61家", "段落", "¶", "苏州工业园区", "sip-listed-companies-2023"):
        assert part in text, part
    box.close()
    _ = BriefingRequest  # the panel's rows come from the same facts a request would use
