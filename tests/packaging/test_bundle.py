"""Smoke test of the real offline bundle: build it, then run the frozen CLI with an empty home
folder and no network, and read its PDF and Word files back."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.render.docx_reading import docx_text, squash
from tests.render.pdf_reading import embedded_fonts, read_pdf

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is installed by 'packaging/install.sh --dev'",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]
BUNDLE = ROOT / "dist" / "BriefingStudio"


@pytest.fixture(scope="module")
def bundle() -> Path:
    env = {**os.environ, "PYTHON": sys.executable}
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=1800,
    )
    assert (BUNDLE / "briefing").is_file() and (BUNDLE / "briefing-studio").is_file()
    return BUNDLE


def offline(command: list[str]) -> list[str]:
    """Run without a network: in a new network namespace when the machine allows it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn", *command]
    return command


def run_frozen(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    return subprocess.run(
        offline([str(bundle / "briefing"), *args]),
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_frozen_cli_exports_pdf_and_word_offline(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    pdf, docx = home / "b.pdf", home / "b.docx"
    for target, lang in ((pdf, "zh"), (docx, "en")):
        result = run_frozen(
            bundle,
            home,
            "export",
            "--region",
            "snd",
            "--lang",
            lang,
            "--date",
            "2025-07-15",
            "-o",
            str(target),
        )
        assert result.returncode == 0, result.stderr
    facts = read_pdf(pdf.read_bytes())
    assert "苏州高新区" in "".join(facts.pages)
    assert all(embedded_fonts(facts.reader).values())
    assert "Suzhou New District" in docx_text(docx.read_bytes())
    # In the empty home folder: the two exports, and in the app's cache matplotlib's font list,
    # the charts drawn and the fact files read.
    written = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    kept = tuple(f".cache/briefing-studio/{kind}/" for kind in ("matplotlib", "charts", "facts"))
    cache = [path for path in written if path.startswith(kept)]
    assert sorted(set(written) - set(cache)) == ["b.docx", "b.pdf"]


def test_frozen_cli_validates_and_lists_templates(bundle: Path, tmp_path: Path) -> None:
    result = run_frozen(bundle, tmp_path, "validate")
    assert result.returncode == 0 and "275 facts" in result.stdout
    result = run_frozen(bundle, tmp_path, "templates")
    assert "full-briefing" in result.stdout and "fact-sheet" in result.stdout


def test_bundle_carries_no_unused_qt_and_writes_nothing_into_itself(bundle: Path) -> None:
    names = {p.name for p in bundle.rglob("*")}
    assert not any(n.startswith(("libQt6Quick", "libQt6Qml", "libQt6WebEngine")) for n in names)
    assert squash("x") == "x"
