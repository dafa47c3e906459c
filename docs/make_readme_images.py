"""Regenerate the README's images from the real app and real exports:

    PYTHONPATH=. python docs/make_readme_images.py [IMAGE.png ...]

(all of them, or only those named). Needs pdftoppm (Debian: poppler-utils), and LibreOffice
(soffice) for the Word pages. Each page image is one page of a real briefing: a PDF page as
exported, a Word page as LibreOffice shows the exported .docx (converted without updating
any field, so it shows what a reader sees before Word updates the contents); the app
screenshot is the real main window, drawn offscreen with QWidget.grab().
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.api import BriefingRequest, Workspace

IMAGES = Path(__file__).resolve().parent / "images"
PAGES = [
    # (format, template, region, language, page, image name)
    ("pdf", "full-briefing", "sip", "zh", 2, "full-briefing-zh-p2.png"),
    ("pdf", "fact-sheet", "sip", "en", 1, "fact-sheet-en.png"),
    ("pdf", "talking-points", "snd", "zh", 1, "talking-points-zh.png"),
    ("docx", "full-briefing", "suzhou", "zh", 2, "word-contents-zh.png"),
]
APP_SCREENSHOT = "app-zh.png"


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


def as_pdf(exported: Path, temp: Path) -> Path:
    """The exported file as a PDF: itself, or the Word file as LibreOffice lays it out."""
    if exported.suffix == ".pdf":
        return exported
    if shutil.which("soffice") is None:
        raise SystemExit("soffice not found; install LibreOffice for the Word pages")
    profile = f"-env:UserInstallation={(temp / 'lo-profile').as_uri()}"
    command = ["soffice", "--headless", profile, "--convert-to", "pdf", "--outdir", str(temp)]
    subprocess.run([*command, str(exported)], check=True, capture_output=True, timeout=300)
    return temp / exported.with_suffix(".pdf").name


def main(names: list[str]) -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found; install poppler-utils")
    known = {page[-1] for page in PAGES} | {APP_SCREENSHOT}
    unknown = sorted(set(names) - known)
    if unknown:
        raise SystemExit(f"unknown images {unknown}; known: {sorted(known)}")
    wanted = set(names) or known
    IMAGES.mkdir(exist_ok=True)
    workspace = Workspace(strict=True)
    with tempfile.TemporaryDirectory() as folder:
        temp = Path(folder)
        for fmt, template, region, lang, page, name in PAGES:
            if name not in wanted:
                continue
            exported = temp / f"{template}-{lang}.{fmt}"
            request = BriefingRequest(regions=(region,), template=template, lang=lang,  # type: ignore[arg-type]
                                      date="2026-12-01")  # fmt: skip
            workspace.export(request, fmt, exported)
            stem = temp / name.removesuffix(".png")
            pdf = as_pdf(exported, temp)
            subprocess.run(["pdftoppm", "-r", "70", "-f", str(page), "-l", str(page), "-png",
                            "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
            shutil.copy(stem.with_suffix(".png"), IMAGES / name)
            print(f"wrote docs/images/{name}")
    if APP_SCREENSHOT in wanted:
        app_screenshot(IMAGES / APP_SCREENSHOT)


if __name__ == "__main__":
    main(sys.argv[1:])
