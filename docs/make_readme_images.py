"""Regenerate the README's page images from real exports: python docs/make_readme_images.py

Needs pdftoppm (Debian: poppler-utils). Each image is one page of a real briefing.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from desktop_app.api import BriefingRequest, export

IMAGES = Path(__file__).resolve().parent / "images"
PAGES = [
    # (template, region, language, page, image name)
    ("full-briefing", "sip", "zh", 3, "full-briefing-zh-p3.png"),
    ("fact-sheet", "sip", "en", 1, "fact-sheet-en.png"),
    ("talking-points", "snd", "zh", 1, "talking-points-zh.png"),
]


def main() -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found; install poppler-utils")
    IMAGES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        for template, region, lang, page, name in PAGES:
            pdf = Path(temp) / f"{template}.pdf"
            request = BriefingRequest(regions=(region,), template=template, lang=lang,  # type: ignore[arg-type]
                                      date="2025-07-15")  # fmt: skip
            export(request, "pdf", pdf)
            stem = Path(temp) / name.removesuffix(".png")
            subprocess.run(["pdftoppm", "-r", "70", "-f", str(page), "-l", str(page), "-png",
                            "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
            shutil.copy(stem.with_suffix(".png"), IMAGES / name)
            print(f"wrote docs/images/{name}")


if __name__ == "__main__":
    main()
