"""Exports, without widgets: one at a time, in the order asked, none lost.

An export takes the choice as it stands when the user asks (Ctrl+E, a button, a menu); if
another export is running, it waits its turn, however fast the user presses. A quick export
goes into the briefing folder under a new name the engine reserves atomically, so it never
replaces a file; an export to a path the user chose in a dialog replaces that file, as the
dialog has asked.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop_app.api import BriefingError, BriefingRequest, Workspace
from desktop_app.ui.studio import Studio
from desktop_app.ui.tasks import Runner, run_task


class ExportView(Protocol):
    """What the controller asks of the window."""

    def export_running(self, waiting: int) -> None: ...
    def export_done(self, path: Path, waiting: int) -> None: ...
    def export_failed(self, message: str, waiting: int) -> None: ...


@dataclass(frozen=True)
class ExportJob:
    request: BriefingRequest
    format_id: str
    folder: Path  # a quick export: a new file in this folder
    path: Path | None = None  # or this file, replaced

    def run(self, workspace: Workspace) -> Path:
        if self.path is not None:
            return workspace.export(self.request, self.format_id, self.path).path
        self.folder.mkdir(parents=True, exist_ok=True)
        return workspace.export_new(self.request, self.format_id, self.folder).path


class ExportController:
    def __init__(
        self,
        studio: Studio,
        view: ExportView,
        folder: Callable[[], Path],
        runner: Runner = run_task,
        describe: Callable[[BaseException], str] | None = None,
    ) -> None:
        """``describe`` words an error for the user (the window's, in its language)."""
        self.studio, self.view, self.folder, self.runner = studio, view, folder, runner
        self.describe = describe
        self.waiting: deque[ExportJob] = deque()
        self.running: ExportJob | None = None
        self.finished: list[Path] = []  # every file written, in order

    @property
    def busy(self) -> bool:
        return self.running is not None or bool(self.waiting)

    def export(self, format_id: str, path: Path | None = None) -> None:
        """Export the current choice: to ``path`` if given (replacing it), else as a new file
        in the briefing folder. Starts now, or when the exports asked for before are done."""
        try:
            job = ExportJob(self.studio.request(), format_id, self.folder(), path)
        except BriefingError as exc:
            self.view.export_failed(str(exc), len(self.waiting))
            return
        self.waiting.append(job)
        if self.running is not None:
            self.view.export_running(len(self.waiting))  # "1 more waiting"
        self._next()

    def _next(self) -> None:
        if self.running is not None or not self.waiting:
            return
        job = self.running = self.waiting.popleft()
        self.view.export_running(len(self.waiting))
        workspace = self.studio.workspace
        self.runner(lambda: job.run(workspace), self._done, self._failed)

    def _done(self, path: Path) -> None:
        self.running = None
        self.finished.append(path)
        self.view.export_done(path, len(self.waiting))
        self._next()

    def _failed(self, error: BaseException) -> None:
        self.running = None
        if self.describe is not None:
            message = self.describe(error)
        else:
            message = str(error) if isinstance(error, BriefingError | OSError) else repr(error)
        self.view.export_failed(message, len(self.waiting))
        self._next()
