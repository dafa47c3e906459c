"""The pinned Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 takes one reference from ``None`` on every call of a Qt method
that returns nothing (``setCheckState``, ``setData``…). Filling the facts panel a few times
drove the count to zero and the app aborted with "Fatal Python error: none_dealloc". The
project pins a release without the fault; this test fails on one that has it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def test_void_qt_calls_leave_none_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    item = QTreeWidgetItem(["fact"])
    tree.addTopLevelItem(item)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    tree.itemChanged.connect(lambda changed: None)
    before = sys.getrefcount(None)
    for _ in range(2000):
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setData(0, Qt.ItemDataRole.UserRole, "fact-id")
        tree.setColumnWidth(0, 100)
    assert sys.getrefcount(None) - before > -100  # unchanged, give or take a few
