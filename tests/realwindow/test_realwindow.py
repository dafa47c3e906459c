"""The app in a real X window (Xvfb and openbox), driven with xdotool: it starts, fills the
screen, draws its first page and turns to the next on PgDn. Skipped where the X tools are
not installed (see drive.py); run ``python -m tests.realwindow.drive`` for the screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.realwindow.drive import missing_tools, scenario


@pytest.mark.slow
@pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}")
def test_the_app_in_a_real_window(tmp_path: Path) -> None:
    from PIL import Image

    first, second = scenario("1024x640", "zh", tmp_path, display=":96")
    pages = [Image.open(p).convert("L") for p in (first, second)]
    assert all(image.size == (1024, 640) for image in pages)
    # a window was drawn (not a blank screen), and PgDn showed another page
    assert all(len(set(image.getdata())) > 50 for image in pages)
    assert list(pages[0].getdata()) != list(pages[1].getdata())
