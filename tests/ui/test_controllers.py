"""The desktop app's behaviour without a window: Studio and the preview and export controllers,
driven through narrow view interfaces (as Mu tests its logic), with work run when the test
says so."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.api import BriefingError, FactBaseError, Workspace
from desktop_app.ui.export_controller import ExportController
from desktop_app.ui.preview_controller import PreviewController
from desktop_app.ui.studio import Studio
from tests.conftest import MINIMAL
from tests.render.pdf_reading import read_pdf

DATE = "2025-07-15"


class Deferred:
    """A runner that keeps each piece of work until the test runs it, in the order given."""

    def __init__(self) -> None:
        self.pending: list[tuple[Callable[[], Any], Callable[[Any], None], Callable]] = []

    def __call__(self, func: Callable[[], Any], done: Callable[[Any], None], failed: Callable) -> None:  # fmt: skip
        self.pending.append((func, done, failed))

    def run_next(self) -> None:
        func, done, failed = self.pending.pop(0)
        try:
            result = func()
        except Exception as exc:
            failed(exc)
        else:
            done(result)

    def run_all(self) -> None:
        while self.pending:
            self.run_next()


class Recorder:
    """A view that records what the controllers tell it."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self.page = 0

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args: self.events.append((name, args))

    def current_page(self) -> int:
        return self.page

    def names(self) -> list[str]:
        return [name for name, _ in self.events]


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return Workspace()


@pytest.fixture
def studio(workspace: Workspace) -> Studio:
    return Studio(workspace)


# -- Studio ----------------------------------------------------------------------------------
def test_studio_restores_only_what_exists(studio: Studio) -> None:
    studio.restore(["snd", "atlantis"], ["talent", "astrology"], "fact-sheet", "en")
    assert studio.choice.regions == ["snd"]
    assert studio.choice.themes == ["talent"]
    assert (studio.choice.template, studio.choice.lang) == ("fact-sheet", "en")
    studio.restore(["atlantis"], [], "poster", "fr")
    assert studio.choice.regions == ["snd"] and studio.choice.template == "fact-sheet"
    assert studio.choice.lang == "zh"


def test_studio_request_is_the_choice(studio: Studio) -> None:
    studio.choice.regions, studio.choice.themes = ["snd"], ["finance"]
    studio.choice.excluded = {"x"}
    request = studio.request(DATE)
    assert (request.regions, request.themes, request.exclude) == (("snd",), ("finance",), {"x"})
    studio.choice.regions = []
    with pytest.raises(BriefingError, match="no region chosen"):
        studio.request()


def test_studio_follows_another_fact_base(tmp_path: Path) -> None:
    studio = Studio(Workspace())
    studio.choice.regions, studio.choice.themes = ["snd"], ["talent", "finance"]
    studio.choice.excluded = {"snd-talent-total-2023"}
    problems = studio.load_facts(MINIMAL)
    assert problems == []
    assert studio.choice.regions == ["city"]  # SND is not in it: its first region
    assert studio.choice.themes == ["talent"]
    assert studio.choice.excluded == set()
    assert [row.id for row in studio.fact_rows()] == ["zone-talents", "other-note"]


def test_studio_keeps_its_fact_base_when_a_folder_is_unusable(tmp_path: Path) -> None:
    studio = Studio(Workspace())
    studio.choice.regions = ["snd"]
    with pytest.raises(FactBaseError):
        studio.load_facts(tmp_path)
    assert studio.choice.regions == ["snd"]
    assert len(studio.workspace.base.facts) == 275


def test_studio_drops_a_template_that_no_longer_fits(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    text = (Path(__file__).parents[2] / "report_templates" / "fact-sheet.yaml").read_text()
    (folder / "mine.yaml").write_text(text.replace("id: fact-sheet", "id: mine"))
    studio = Studio(Workspace(templates_dir=folder))
    studio.choice.template = "mine"
    studio.load_facts(MINIMAL)  # the template names metrics this fact base lacks
    assert "mine" not in studio.workspace.templates
    assert studio.choice.template == "fact-sheet"  # the first usable one


# -- the preview -----------------------------------------------------------------------------
def test_preview_draws_the_real_pdf(studio: Studio) -> None:
    view, runner = Recorder(), Deferred()
    controller = PreviewController(studio, view, lambda pdf, page: (pdf, page), runner)
    studio.choice.template = "fact-sheet"
    view.page = 3
    controller.refresh()
    assert view.names() == ["preview_started"] and controller.drawing
    runner.run_all()
    name, (result,) = view.events[-1]
    pdf, page = result
    assert name == "show_preview" and page == 3
    assert len(read_pdf(pdf).pages) == 1 and not controller.drawing


def test_changes_while_drawing_are_drawn_next_and_only_the_last_is_shown(studio: Studio) -> None:
    view, runner = Recorder(), Deferred()
    controller = PreviewController(studio, view, lambda pdf, page: studio.choice.template, runner)
    controller.refresh()
    for template in ("fact-sheet", "talking-points", "fact-sheet"):
        studio.choice.template = template
        controller.refresh()  # while the first is drawn: remembered, not started
    assert len(runner.pending) == 1 and controller.redraw
    runner.run_next()  # the first drawing ends: its result is dropped, the newest is started
    assert view.names()[-1] == "discard_preview" and len(runner.pending) == 1
    runner.run_all()
    assert view.events[-1] == ("show_preview", ("fact-sheet",))
    assert not controller.drawing and not controller.redraw


def test_preview_of_nothing_says_why(studio: Studio) -> None:
    view, runner = Recorder(), Deferred()
    controller = PreviewController(studio, view, lambda pdf, page: pdf, runner)
    studio.choice.regions = []
    controller.refresh()
    assert view.events == [
        ("preview_impossible", ("no region chosen; choose at least one region",))
    ]
    assert runner.pending == []


def test_preview_failure_is_reported(studio: Studio) -> None:
    view, runner = Recorder(), Deferred()

    def broken(pdf: bytes, page: int) -> None:
        raise OSError("pdfium could not open the file")

    controller = PreviewController(studio, view, broken, runner)
    controller.refresh()
    runner.run_all()
    assert view.events[-1] == ("preview_failed", ("pdfium could not open the file",))


def test_results_after_closing_are_dropped(studio: Studio) -> None:
    view, runner = Recorder(), Deferred()
    controller = PreviewController(studio, view, lambda pdf, page: "pages", runner)
    controller.refresh()
    controller.close()
    runner.run_all()
    assert view.events[-1] == ("discard_preview", ("pages",))


# -- exports ---------------------------------------------------------------------------------
def test_two_exports_back_to_back_give_two_files(studio: Studio, tmp_path: Path) -> None:
    """Ctrl+E, change a theme, Ctrl+E again before the first export is done: both are kept,
    each with the choice it was asked with."""
    view, runner = Recorder(), Deferred()
    controller = ExportController(studio, view, lambda: tmp_path, runner)
    studio.choice.template = "talking-points"
    controller.export("pdf")
    studio.choice.themes = ["finance"]
    controller.export("pdf")  # the first is still running: this one waits its turn
    assert len(runner.pending) == 1 and len(controller.waiting) == 1
    assert view.events == [("export_running", (0,)), ("export_running", (1,))]
    runner.run_all()
    first, second = controller.finished
    assert first.name == f"苏州工业园区_对接会谈话要点_{dt.date.today().isoformat()}_内部版.pdf"
    assert second.name == first.name.replace(".pdf", " (2).pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])
    all_themes = "".join(read_pdf(first.read_bytes()).pages)
    finance_only = "".join(read_pdf(second.read_bytes()).pages)
    assert len(finance_only) < len(all_themes)
    assert view.names()[2:] == ["export_done", "export_running", "export_done"]
    assert not controller.busy


def test_an_export_to_a_chosen_path_replaces_it(studio: Studio, tmp_path: Path) -> None:
    view, runner = Recorder(), Deferred()
    target = tmp_path / "mine.docx"
    target.write_bytes(b"earlier")
    controller = ExportController(studio, view, lambda: tmp_path / "unused", runner)
    studio.choice.template = "fact-sheet"
    controller.export("docx", target)
    runner.run_all()
    assert controller.finished == [target] and target.read_bytes().startswith(b"PK")
    assert not (tmp_path / "unused").exists()


def test_a_failed_export_is_reported_and_the_next_still_runs(
    studio: Studio, tmp_path: Path
) -> None:
    view, runner = Recorder(), Deferred()
    controller = ExportController(studio, view, lambda: tmp_path, runner)
    studio.choice.template = "fact-sheet"
    controller.export("pdf", tmp_path / "missing-folder" / "b.pdf")
    controller.export("pdf")
    runner.run_all()
    failed = [args for name, args in view.events if name == "export_failed"]
    assert len(failed) == 1 and "does not exist; choose an existing folder" in failed[0][0]
    assert len(controller.finished) == 1 and controller.finished[0].parent == tmp_path


def test_an_export_of_nothing_says_why(studio: Studio, tmp_path: Path) -> None:
    view, runner = Recorder(), Deferred()
    controller = ExportController(studio, view, lambda: tmp_path, runner)
    studio.choice.regions = []
    controller.export("pdf")
    assert view.events == [("export_failed", ("no region chosen; choose at least one region", 0))]
    assert runner.pending == [] and not controller.busy


def test_a_missing_briefing_folder_is_made(studio: Studio, tmp_path: Path) -> None:
    view, runner = Recorder(), Deferred()
    folder = tmp_path / "Documents" / "Briefings"
    controller = ExportController(studio, view, lambda: folder, runner)
    studio.choice.template = "fact-sheet"
    controller.export("docx")
    runner.run_all()
    assert controller.finished[0].parent == folder


def test_fact_folder_with_problems_is_used_in_part(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    shutil.copytree(MINIMAL, folder)
    path = folder / "facts" / "a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 1800", "value: lots"))
    studio = Studio(Workspace())
    problems = studio.load_facts(folder)
    assert [str(p).split(": ", 1)[1] for p in problems] == [
        "fact 'park-firms': value must be a number, got 'lots'"
    ]
    assert {row.id for row in studio.fact_rows()} == {"zone-talents", "other-note"}
