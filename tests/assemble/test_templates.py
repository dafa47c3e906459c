"""Report templates: the bundled ones load, broken ones say exactly what is wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.errors import SelectionError, TemplateError
from desktop_app.facts import load_strict
from desktop_app.templates import check_against, fill, load_template, load_templates
from tests.conftest import ROOT, SEEDS

BUNDLED = ROOT / "report_templates"
BASE = load_strict(SEEDS)


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
        ("layout: fact_sheet", "layout: poster",
         "fact-sheet.yaml:7: template 'fact-sheet': layout must be one of briefing, fact_sheet, talking_points; got 'poster'"),
        ('title: {zh: "{regions}数据卡"', 'title: {zh: "{region.__init__}数据卡"',
         "fact-sheet.yaml:16: template 'fact-sheet': unknown placeholder {region.__init__} in title; use one of {region}, {regions}, {themes}, {date}, {data_as_of}, {fact_count}, {source_count}, {facts}, {sources}, {title}, {template}"),
        ("  - kind: highlights", "  - kind: gossip",
         "fact-sheet.yaml:32: section #4: kind must be one of cover, contents, masthead, key_figures, overview, comparison, themes, highlights, charts, notes, sources; got 'gossip'"),
        ("charts: [enterprise-ladder, new-project-mix", "charts: [pie-in-the-sky, new-project-mix",
         "fact-sheet.yaml:29: template 'fact-sheet': section 'charts' names chart 'pie-in-the-sky', which the template does not define under charts"),
        ("  accent: \"#1F4E79\"", "  accent: blue",
         "fact-sheet.yaml:11: template 'fact-sheet': page.accent must be a colour like #9E1B1B, got 'blue'"),
        ("    max: 3", "    max: 300",
         "fact-sheet.yaml:34: section #4: max must be a whole number from 1 to 40, got 300"),
    ],
)  # fmt: skip
def test_broken_template_messages(user_folder: Path, old: str, new: str, message: str) -> None:
    _copy(user_folder, "fact-sheet.yaml", old, new)
    _, problems = load_templates(user_folder)
    assert [str(p) for p in problems] == [message]


def test_template_naming_a_missing_metric_or_theme(user_folder: Path) -> None:
    _copy(user_folder, "fact-sheet.yaml", "theme: talent", "theme: astrology")
    with pytest.raises(TemplateError) as caught:
        load_template("fact-sheet", BASE, user_folder)
    assert [str(p) for p in caught.value.problems] == [
        "fact-sheet.yaml:51: chart 'talent-pool': unknown theme 'astrology'; use an id from themes.yaml"
    ]


def test_chart_mixing_units_is_refused(user_folder: Path) -> None:
    _copy(user_folder, "fact-sheet.yaml", "metrics: [mass-innovation-spaces,",
          "metrics: [talent-pool-total,")  # fmt: skip
    with pytest.raises(TemplateError, match="mixes units"):
        load_template("fact-sheet", BASE, user_folder)


def test_unknown_template_is_a_selection_error() -> None:
    with pytest.raises(SelectionError, match="unknown template 'nope'; known templates:"):
        load_template("nope", BASE)


def test_templates_are_documented() -> None:
    readme = (BUNDLED / "README.md").read_text(encoding="utf-8")
    for word in ("sections", "charts", "placeholders", "{region}", "key_figures", "layout"):
        assert word in readme


def test_yaml_tags_are_refused(user_folder: Path) -> None:
    path = _copy(user_folder, "fact-sheet.yaml")
    path.write_text(path.read_text(encoding="utf-8") + "x: !!python/object/apply:os.system [ls]\n")
    _, problems = load_templates(user_folder)
    assert len(problems) == 1 and "YAML tags" in str(problems[0])
    assert shutil.which  # the loader never runs anything: safe loading only
