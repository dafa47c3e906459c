"""The preview's behaviour, without widgets: when to draw, one drawing at a time, and what to
do with a result that a newer choice has overtaken.

Signals from one user action (ticking a region ticks its districts) arrive together; the
window starts a drawing once they have (:data:`PREVIEW_DELAY_MS`). A change made while a
preview is being drawn is drawn right after it; the result it overtook is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from desktop_app.api import BriefingError, Finding
from desktop_app.ui.studio import Studio
from desktop_app.ui.tasks import Runner, run_task

PREVIEW_DELAY_MS = 30
PREVIEW_FORMAT = "pdf"  # the preview shows the real PDF


class PreviewView(Protocol):
    """What the controller asks of the window."""

    def current_page(self) -> int: ...
    def preview_started(self) -> None: ...
    def show_findings(self, findings: list[Finding], used: tuple[str, ...]) -> None: ...
    def show_preview(self, pages: Any) -> None: ...
    def discard_preview(self, pages: Any) -> None: ...
    def preview_failed(self, message: str) -> None: ...
    def preview_impossible(self, message: str) -> None: ...


class PreviewController:
    """Draws the preview of the current choice in the background, one drawing at a time.

    ``prepare(pdf, page)`` turns the PDF into what the view shows (the window rasterises the
    page in view); it runs in the worker, as does building and drawing the briefing."""

    def __init__(
        self,
        studio: Studio,
        view: PreviewView,
        prepare: Callable[[bytes, int], Any],
        runner: Runner = run_task,
    ) -> None:
        self.studio, self.view, self.prepare, self.runner = studio, view, prepare, runner
        self.drawing = False  # a preview is being drawn in the background
        self.redraw = False  # ... and the choice changed meanwhile: its result is not shown
        self.closed = False  # results arriving after the window closed are dropped

    def refresh(self) -> None:
        if self.closed:
            return
        if self.drawing:  # one preview at a time; the newest choice is drawn when it is done
            self.redraw = True
            return
        try:
            request = self.studio.request()
        except BriefingError as exc:
            self.view.preview_impossible(str(exc))
            return
        studio, prepare, page = self.studio, self.prepare, self.view.current_page()
        self.drawing = True
        self.view.preview_started()

        def work() -> Any:
            document = studio.build(request)
            findings = studio.workspace.check(request, document)  # what to look at before export
            pages = prepare(studio.workspace.render(document, PREVIEW_FORMAT), page)
            return pages, findings, document.facts

        self.runner(work, self._ready, self._failed)

    def _drawn(self) -> bool:
        """A drawing finished: start the next if the choice changed meanwhile. True if so."""
        self.drawing = False
        if self.redraw and not self.closed:
            self.redraw = False
            self.refresh()
            return True
        return False

    def _ready(self, result: tuple[Any, list[Finding], tuple[str, ...]]) -> None:
        pages, findings, used = result
        if self.closed or self._drawn():
            self.view.discard_preview(pages)  # the window is gone, or a newer choice is drawn
            return
        self.view.show_findings(findings, used)
        self.view.show_preview(pages)

    def _failed(self, error: BaseException) -> None:
        if self.closed or self._drawn():
            return
        self.view.preview_failed(str(error))

    def close(self) -> None:
        self.closed = True
