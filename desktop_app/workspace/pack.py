"""A delegation pack: several briefings (each a preset) in one dated folder, with an index and
a zip of the folder.

Each briefing is written whole or not at all (``Workspace.export_new``), so an item that fails
leaves no partial file and does not stop the others; the index says which failed and why.
Items run one after the other in this process, or in a pool of worker processes (``workers``
above 1), each worker reading the fact base once. A cancelled pack keeps the files already
written, lists them in its index and makes no zip.
"""

from __future__ import annotations

import multiprocessing
import zipfile
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.errors import BriefingError
from desktop_app.render.output import write_atomic
from desktop_app.workspace.presets import Preset

if TYPE_CHECKING:
    from desktop_app.workspace.workspace import Workspace

Progress = Callable[[int, int, str], None]  # (done, total, the item just finished)


@dataclass(frozen=True)
class PackItem:
    preset: Preset
    path: Path | None  # the file written, or None
    error: str | None  # why it was not, or None


@dataclass(frozen=True)
class Pack:
    folder: Path
    index: Path
    archive: Path | None  # None when the pack was cancelled
    items: tuple[PackItem, ...]

    @property
    def failed(self) -> list[PackItem]:
        return [item for item in self.items if item.path is None]


def _export(
    workspace: Workspace, preset: Preset, folder: Path, date: str
) -> tuple[Path | None, str | None]:
    """Write one briefing; its path, or the one-line reason it could not be written."""
    try:
        result = workspace.export_new(preset.request(date), preset.format, folder)
    except BriefingError as exc:
        return None, str(exc)
    except OSError as exc:
        return None, f"{folder}: {exc.strerror or exc}"
    return result.path, None


_WORKER_SPACES: dict[tuple[Path | None, Path | None], Workspace] = {}  # in a worker process


def _export_in_worker(
    facts_dir: Path | None, templates_dir: Path | None, preset: Preset, folder: Path, date: str
) -> tuple[Path | None, str | None]:
    """:func:`_export` in a worker process, which reads the fact base once for its items."""
    from desktop_app.workspace.workspace import Workspace

    key = (facts_dir, templates_dir)
    if key not in _WORKER_SPACES:
        _WORKER_SPACES[key] = Workspace(facts_dir, templates_dir, strict=True)
    return _export(_WORKER_SPACES[key], preset, folder, date)


def pack_folder(out_dir: Path, date: str) -> Path:
    """A new folder for the pack in ``out_dir``: DATE_briefing-pack, or (2), (3)..."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for number in range(1, 1000):
        name = f"{date}_briefing-pack" + (f" ({number})" if number > 1 else "")
        folder = out_dir / name
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        return folder
    raise BriefingError(f"{out_dir}: too many packs for {date}; choose another folder")


def make_pack(
    workspace: Workspace,
    presets: list[Preset],
    out_dir: Path,
    date: str,
    workers: int = 1,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    issuer: str | None = None,
) -> Pack:
    """Export every preset into a new dated folder in ``out_dir``; write its index, then zip
    the folder beside it. Items run in ``workspace`` (its fact base as loaded), or in worker
    processes that read the same folders. ``progress`` is told of each finished item;
    ``cancelled`` is asked before each is started; ``issuer`` prepares every briefing (None:
    each template says)."""
    if not presets:
        raise BriefingError("a pack needs at least one preset")
    if issuer:
        presets = [replace(preset, issuer=issuer) for preset in presets]
    folder = pack_folder(Path(out_dir), date)
    results: dict[int, tuple[Path | None, str | None]] = {}
    stop = cancelled or (lambda: False)

    def finished(index: int, result: tuple[Path | None, str | None]) -> None:
        results[index] = result
        if progress:
            progress(len(results), len(presets), presets[index].name)

    if workers <= 1 or len(presets) < 2:
        for index, preset in enumerate(presets):
            if stop():
                break
            finished(index, _export(workspace, preset, folder, date))
    else:
        facts_dir = None if workspace.uses_bundled_facts else workspace.facts_dir
        folders = (facts_dir, workspace.templates_dir)
        _pooled(folders, presets, folder, date, workers, finished, stop)
    items = tuple(
        PackItem(p, *results.get(i, (None, "cancelled before it was made")))
        for i, p in enumerate(presets)
    )
    was_cancelled = len(results) < len(presets)
    index = write_index(folder, items, date, was_cancelled)
    archive = None if was_cancelled else zip_folder(folder, date)
    return Pack(folder, index, archive, items)


def _pooled(
    folders: tuple[Path | None, Path | None],
    presets: list[Preset],
    folder: Path,
    date: str,
    workers: int,
    finished: Callable[[int, tuple[Path | None, str | None]], None],
    stop: Callable[[], bool],
) -> None:
    """Run the items in worker processes (spawned: safe beside the app's threads)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(workers, len(presets)), mp_context=context) as pool:
        pending: dict[Future[tuple[Path | None, str | None]], int] = {}
        queue = list(enumerate(presets))
        while queue or pending:
            while queue and len(pending) < workers and not stop():
                index, preset = queue.pop(0)
                args = (*folders, preset, folder, date)
                pending[pool.submit(_export_in_worker, *args)] = index
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                try:
                    finished(index, future.result())
                except Exception as exc:  # a worker that died: that item failed, not the pack
                    finished(index, (None, f"the worker stopped ({type(exc).__name__})"))
            if stop():
                queue.clear()


def write_index(folder: Path, items: tuple[PackItem, ...], date: str, cancelled: bool) -> Path:
    """index.txt: each briefing of the pack, or why it is missing."""
    lines = [f"简报资料包 Briefing pack · {date}", ""]
    for number, item in enumerate(items, 1):
        preset = item.preset
        what = f"{preset.template}, {preset.lang}, {preset.edition or 'template edition'}"
        if item.path is not None:
            lines.append(f"{number}. {item.path.name}  ({preset.name}: {what})")
        else:
            lines.append(f"{number}. 未生成 NOT MADE  {preset.name} ({what}): {item.error}")
    if cancelled:
        lines += ["", "已取消：其余简报未生成。Cancelled: the others were not made."]
    path = folder / "index.txt"
    write_atomic(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return path


def zip_folder(folder: Path, date: str) -> Path:
    """FOLDER.zip beside the folder, with every file in it; the same files give the same bytes
    (entries in name order, dated the pack's date)."""
    stamp = (*(int(p) for p in date.split("-")), 0, 0, 0)
    target = folder.with_name(folder.name + ".zip")
    part = target.with_name(target.name + ".part")
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                info = zipfile.ZipInfo(f"{folder.name}/{path.name}", date_time=stamp)  # type: ignore[arg-type]
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, path.read_bytes())
    part.replace(target)
    return target
