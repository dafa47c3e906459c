"""Drive the desktop app in a real X window and save screenshots.

``python -m tests.realwindow.drive [--out DIR] [--sizes 1024x640,1920x1080] [--langs zh,en]``

For each screen size and interface language: start Xvfb and the openbox window manager,
start ``briefing-studio`` with settings of its own (a fresh HOME), wait for the window,
maximise it, and take screenshots of what a staff member sees: the main window with its first
page; after PgDn, the next page; the region filter typed with a name that matches nothing;
the check-before-export list. Keys go through xdotool, as a person's would; screenshots are
of the whole X screen (ImageMagick's ``import``). Needs Debian's xvfb, openbox, xdotool and
imagemagick (``apt-get install xvfb openbox xdotool imagemagick libxcb-cursor0``).
Exits 1 with a line naming what is missing, or what did not appear in time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "openbox", "xdotool", "import")
TITLES = {"zh": "招商简报工坊", "en": "Briefing Studio"}


class DriveError(Exception):
    pass


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@contextmanager
def x_server(size: str, display: str) -> Iterator[dict[str, str]]:
    """Xvfb at ``size`` with openbox, for the life of the block."""
    env = {**os.environ, "DISPLAY": display}
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(1.0)
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(0.8)
    try:
        yield env
    finally:
        for process in (wm, xvfb):
            process.terminate()
            process.wait(timeout=10)


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True)
    return done.stdout.strip()


def wait_window(env: dict[str, str], title: str, seconds: float = 60) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        found = xdotool(env, "search", "--onlyvisible", "--name", f"^{title}$")
        if found:
            return found.splitlines()[0]
        time.sleep(0.5)
    raise DriveError(f"no window titled {title!r} appeared within {seconds:.0f} s")


def shot(env: dict[str, str], path: Path) -> Path:
    subprocess.run(["import", "-window", "root", str(path)], env=env, check=True)
    return path


def settings_file(home: Path, lang: str) -> None:
    """Settings of the app's own, as QSettings reads them on Linux: the interface language."""
    folder = home / ".config" / "BriefingStudio"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Briefing Studio.conf").write_text(f"[ui]\nlang={lang}\n", encoding="utf-8")


def scenario(size: str, lang: str, out: Path, display: str = ":97") -> list[Path]:
    """One run: start the app in a real window at ``size`` in ``lang``; return screenshots."""
    app = shutil.which("briefing-studio", path=str(ROOT / ".venv" / "bin")) or "briefing-studio"
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="realwindow-") as home, x_server(size, display) as env:
        settings_file(Path(home), lang)
        app_env = {**env, "HOME": home, "QT_QPA_PLATFORM": "xcb", "XDG_CACHE_HOME": home}
        process = subprocess.Popen([app], env=app_env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)  # fmt: skip
        try:
            window = wait_window(env, TITLES[lang])
            xdotool(env, "windowactivate", "--sync", window)
            # the whole screen, as a staff member would have it
            width, height = size.split("x")
            xdotool(env, "windowmove", window, "0", "0")
            xdotool(env, "windowsize", window, width, str(int(height) - 28))
            time.sleep(6)  # the first preview is drawn
            stem = f"app-{lang}-{size}"
            shots.append(shot(env, out / f"{stem}.png"))
            xdotool(env, "key", "--window", window, "Next")
            time.sleep(1.5)
            shots.append(shot(env, out / f"{stem}-page2.png"))
            xdotool(env, "key", "--window", window, "ctrl+0")
            time.sleep(1)
            if process.poll() is not None:
                error = process.stderr.read()[-400:] if process.stderr else ""
                raise DriveError(f"the app stopped: {error}")
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.realwindow.drive", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--sizes", default="1024x640,1920x1080")
    parser.add_argument("--langs", default="zh,en")
    args = parser.parse_args(argv)
    missing = missing_tools()
    if missing:
        print(f"realwindow: missing {', '.join(missing)}; install xvfb openbox xdotool "
              "imagemagick", file=sys.stderr)  # fmt: skip
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        for size in args.sizes.split(","):
            for lang in args.langs.split(","):
                for path in scenario(size, lang, args.out):
                    print(path)
    except DriveError as exc:
        print(f"realwindow: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
