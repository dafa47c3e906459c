"""Report templates: the bundled ones load, broken ones say exactly what is wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.api import SelectionError, TemplateError, Workspace
from desktop_app.templates import check_against, fill, load_templates
from tests.conftest import ROOT, SEEDS

BUNDLED = ROOT / "report_templates"
BASE = Workspace(SEEDS, strict=True).base


def test_bundled_templates_load_and_fit_the_fact_base() -> None:
    templates, problems = load_templates()
    assert problems == []
    assert {"full-briefing", "fact-sheet", "talking-points"} <= set(templates)
    for template in templates.values():
        assert check_against(template, BASE) == []


def test_placeholders_are_filled_not_evaluated() -> None:
    assert (
        fill("{region}简报，{__class__}，{1+1}", {"region": "园区"})
        == "园区简报，{__class__}，{1+1}"
    )


@pytest.fixture
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def _copy(folder: Path, name: str, old: str = "", new: str = "") -> Path:
    text = (BUNDLED / name).read_text(encoding="utf-8")
    assert old in text
    path = folder / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_user_template_loads_next_to_bundled(user_folder: Path) -> None:
    _copy(user_folder, "fact-sheet.yaml", "id: fact-sheet", "id: my-sheet")
    templates, problems = load_templates(user_folder)
    assert problems == []
    assert templates["my-sheet"].origin == "user"
    assert templates["fact-sheet"].origin == "bundled"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("footnotes: sources", "footnotes: tiny",
         "fact-sheet.yaml:8: template 'fact-sheet': footnotes must be one of full, short, sources; got 'tiny'"),
        ("footnotes: sources", "layout: fact_sheet",
         "fact-sheet.yaml:8: template 'fact-sheet': layout is no longer used; remove it and say what it meant with page.max_pages, footnotes and chart_height_mm (see report_templates/README.md)"),
        ("  max_pages: 1", "  max_pages: many",
         "fact-sheet.yaml:15: template 'fact-sheet': max_pages must be a number, got 'many'"),
        ("    chart_height_mm: 32", "    chart_height_mm: 500",
         "fact-sheet.yaml:32: section #3: chart_height_mm must be a number from 20 to 120, got 500"),
        ('title: {zh: "{regions}数据卡"', 'title: {zh: "{region.__init__}数据卡"',
         "fact-sheet.yaml:18: template 'fact-sheet': unknown placeholder {region.__init__} in title; use one of {region}, {regions}, {themes}, {date}, {data_as_of}, {data_span}, {fact_count}, {source_count}, {facts}, {sources}, {title}, {template}"),
        ("  - kind: highlights", "  - kind: gossip",
         "fact-sheet.yaml:35: section #4: kind must be one of cover, contents, masthead, key_figures, overview, comparison, themes, highlights, points, background, text, charts, notes, caveats, sources; got 'gossip'"),
        ("charts: [new-project-mix", "charts: [pie-in-the-sky, new-project-mix",
         "fact-sheet.yaml:31: template 'fact-sheet': section 'charts' names chart 'pie-in-the-sky', which the template does not define under charts"),
        ("  accent: \"#1F4E79\"", "  accent: blue",
         "fact-sheet.yaml:12: template 'fact-sheet': page.accent must be a colour like #9E1B1B, got 'blue'"),
        ("    max: 3", "    max: 300",
         "fact-sheet.yaml:37: section #4: max must be a whole number from 1 to 40, got 300"),
        ("    chart_height_mm: 32", "    chart_height_mm: 32\n    places: everywhere",
         "fact-sheet.yaml:33: section #3: places must be one of themes, profiles; got 'everywhere'"),
        ("    chart_height_mm: 32", "    chart_height_mm: 32\n    per_region: true",
         "fact-sheet.yaml:33: section #3: per_region applies to key_figures and themes sections only; remove it from this charts section"),
    ],
)  # fmt: skip
def test_broken_template_messages(user_folder: Path, old: str, new: str, message: str) -> None:
    _copy(user_folder, "fact-sheet.yaml", old, new)
    _, problems = load_templates(user_folder)
    assert [str(p) for p in problems] == [message]


def test_template_naming_a_missing_metric_or_theme(user_folder: Path) -> None:
    _copy(user_folder, "fact-sheet.yaml", "theme: talent", "theme: astrology")
    with pytest.raises(TemplateError) as caught:
        Workspace(SEEDS, user_folder).template("fact-sheet")
    assert [str(p) for p in caught.value.problems] == [
        "fact-sheet.yaml:50: chart 'talent-pool': unknown theme 'astrology'; use an id from themes.yaml"
    ]


def test_chart_mixing_units_is_refused(user_folder: Path) -> None:
    _copy(user_folder, "fact-sheet.yaml", "metrics: [talent-pool-total, high-level-talents,",
          "metrics: [mass-innovation-spaces, high-level-talents,")  # fmt: skip
    with pytest.raises(TemplateError, match="mixes units"):
        Workspace(SEEDS, user_folder).template("fact-sheet")


def test_unknown_template_is_a_selection_error() -> None:
    with pytest.raises(SelectionError, match="unknown template 'nope'; known templates:"):
        Workspace(SEEDS).template("nope")


def test_templates_are_documented() -> None:
    readme = (BUNDLED / "README.md").read_text(encoding="utf-8")
    words = ("sections", "charts", "placeholders", "{region}", "key_figures", "max_pages",
             "footnotes", "chart_height_mm", "cover", "contents")  # fmt: skip
    for word in words:
        assert word in readme


def test_yaml_tags_are_refused(user_folder: Path) -> None:
    path = _copy(user_folder, "fact-sheet.yaml")
    path.write_text(path.read_text(encoding="utf-8") + "x: !!python/object/apply:os.system [ls]\n")
    _, problems = load_templates(user_folder)
    assert len(problems) == 1 and "YAML tags" in str(problems[0])
    assert shutil.which  # the loader never runs anything: safe loading only
