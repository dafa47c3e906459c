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

from PySide6.QtCore import QEventLoop, QSettings, QThreadPool, QTimer

from desktop_app.ui.app import make_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from desktop_app.ui.studio import Studio


def _wait(done: object, limit: float = 120.0) -> None:
    """Run the event loop until ``done()``. The loop sleeps between events, as the app's own
    does, and looks at ``done`` every 10 ms (timings come from the moment the preview was
    set, recorded in the app, not from this check)."""
    loop, timer = QEventLoop(), QTimer()
    deadline = time.perf_counter() + limit

    def check() -> None:
        if done() or time.perf_counter() > deadline:  # type: ignore[operator]
            loop.quit()

    timer.timeout.connect(check)
    timer.start(10)
    loop.exec()
    timer.stop()
    if not done():  # type: ignore[operator]
        raise TimeoutError("the preview did not appear")


def main() -> None:
    spawned = float(os.environ["BENCH_SPAWNED"])  # time.time() when the process was started
    changes = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    make_application([])
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        shown: list[tuple[float, float]] = []  # (perf_counter, time) when pages were set
        window = MainWindow(Studio(), Settings(store))
        set_pages = window.preview.set_pages

        def record(pages: object) -> None:
            set_pages(pages)  # type: ignore[arg-type]
            shown.append((time.perf_counter(), time.time()))

        window.preview.set_pages = record  # type: ignore[method-assign]
        window.show()
        _wait(lambda: window.preview_pages > 0)
        first = shown[-1][1] - spawned

        def settled() -> bool:
            busy = window.timer.isActive() or window.previews.drawing
            return not busy and window.preview.count > 0

        refreshes = []
        for index in range(changes):
            before = window.preview.pages
            start = time.perf_counter()
            window.choices.check_region("snd", checked=index % 2 == 0)
            _wait(lambda before=before: window.preview.pages is not before and settled())
            refreshes.append(shown[-1][0] - start)
        window.close()
        QThreadPool.globalInstance().waitForDone(60_000)
    print(json.dumps({"first_preview_s": first, "refresh_s": refreshes,
                      "pages": window.preview_pages}))  # fmt: skip


if __name__ == "__main__":
    main()
