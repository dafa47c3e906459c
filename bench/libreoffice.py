"""What users do today: write the briefing in Word and convert it with LibreOffice. Our own
PDF export is timed against LibreOffice converting our DOCX of the same briefing, headless,
both as fresh processes, in one run.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.exports import DATE
from bench.measure import Timing, run_measured


@dataclass(frozen=True)
class LibreOfficeResult:
    soffice: str
    version: str
    convert_s: float  # soffice --convert-to pdf of our DOCX, a fresh process each time
    convert_runs: tuple[float, ...]
    ours_s: float  # `briefing export` to PDF, a fresh process each time
    ours_runs: tuple[float, ...]
    ratio: float  # convert_s / ours_s


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def measure_libreoffice(region: str, runs: int) -> LibreOfficeResult | None:
    soffice = find_soffice()
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        docx, ours = work / "briefing.docx", work / "ours.pdf"
        export = [sys.executable, "-m", "desktop_app.cli", "export", "--region", region,
                  "--date", DATE]  # fmt: skip
        run_measured([*export, "-o", str(docx)])
        profile = (work / "profile").as_uri()  # LibreOffice's own settings, kept apart
        convert = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(work / "lo"), str(docx)]  # fmt: skip
        run_measured(convert)  # the first start sets up the profile; not counted
        theirs = Timing.of([run_measured(convert).seconds for _ in range(runs)])
        mine = Timing.of([run_measured([*export, "-o", str(ours)]).seconds for _ in range(runs)])
        if not (work / "lo" / "briefing.pdf").is_file():
            raise RuntimeError("LibreOffice wrote no PDF")
        version = run_measured([soffice, "--version"]).stdout.strip()
    return LibreOfficeResult(soffice, version, theirs.median, theirs.runs, mine.median,
                             mine.runs, theirs.median / mine.median)  # fmt: skip
