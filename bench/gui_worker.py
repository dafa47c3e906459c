"""Run in its own process by bench.gui: times the desktop app, offscreen, as a user drives it.

Prints one JSON object: seconds from process start to the first preview, and the seconds
from each selection change until the preview shows the new choice.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThreadPool

from desktop_app.ui.app import make_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from desktop_app.ui.studio import Studio


def _wait(app: object, done: object, limit: float = 120.0) -> None:
    deadline = time.perf_counter() + limit
    while not done():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        if time.perf_counter() > deadline:
            raise TimeoutError("the preview did not appear")
        time.sleep(0.001)


def main() -> None:
    spawned = float(os.environ["BENCH_SPAWNED"])  # time.time() when the process was started
    changes = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    app = make_application([])
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Studio(), Settings(store))
        window.show()
        _wait(app, lambda: window.preview_pages > 0)
        first = time.time() - spawned

        def settled() -> bool:
            return not (window.timer.isActive() or window._drawing) and window.preview.count > 0

        refreshes = []
        for index in range(changes):
            before = window.preview.pages
            start = time.perf_counter()
            window.choices.check_region("snd", checked=index % 2 == 0)
            _wait(app, lambda before=before: window.preview.pages is not before and settled())
            app.processEvents()  # the new page is painted
            refreshes.append(time.perf_counter() - start)
        window.close()
        QThreadPool.globalInstance().waitForDone(60_000)
    print(json.dumps({"first_preview_s": first, "refresh_s": refreshes,
                      "pages": window.preview_pages}))  # fmt: skip


if __name__ == "__main__":
    main()
