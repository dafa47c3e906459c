"""Regenerate the README's images from the real app and real exports:

    PYTHONPATH=. python docs/make_readme_images.py

Needs pdftoppm (Debian: poppler-utils). Each page image is one page of a real briefing; the
app screenshot is the real main window, drawn offscreen with QWidget.grab().
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from desktop_app.api import BriefingRequest, Workspace

IMAGES = Path(__file__).resolve().parent / "images"
PAGES = [
    # (template, region, language, page, image name)
    ("full-briefing", "sip", "zh", 3, "full-briefing-zh-p3.png"),
    ("fact-sheet", "sip", "en", 1, "fact-sheet-en.png"),
    ("talking-points", "snd", "zh", 1, "talking-points-zh.png"),
]


def app_screenshot(path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from desktop_app.ui.app import make_application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings
    from desktop_app.ui.studio import Studio

    app = make_application([])
    with tempfile.TemporaryDirectory() as temp:
        settings = Settings(QSettings(str(Path(temp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Studio(), settings)
        window.resize(1380, 860)
        window.show()
        deadline = time.monotonic() + 60
        while window.preview_pages == 0 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.05)
        window._page(2)  # the page with the key figures
        window.grab().save(str(path))
        window.close()
    print(f"wrote docs/images/{path.name}")


def main() -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found; install poppler-utils")
    IMAGES.mkdir(exist_ok=True)
    workspace = Workspace(strict=True)
    with tempfile.TemporaryDirectory() as temp:
        for template, region, lang, page, name in PAGES:
            pdf = Path(temp) / f"{template}.pdf"
            request = BriefingRequest(regions=(region,), template=template, lang=lang,  # type: ignore[arg-type]
                                      date="2025-07-15")  # fmt: skip
            workspace.export(request, "pdf", pdf)
            stem = Path(temp) / name.removesuffix(".png")
            subprocess.run(["pdftoppm", "-r", "70", "-f", str(page), "-l", str(page), "-png",
                            "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
            shutil.copy(stem.with_suffix(".png"), IMAGES / name)
            print(f"wrote docs/images/{name}")
    app_screenshot(IMAGES / "app-zh.png")


if __name__ == "__main__":
    main()
