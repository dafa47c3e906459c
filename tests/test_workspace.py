"""The workspace: what front ends hold. It reads each input file once, keeps what it read, and
answers every list, build and export from that."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.api import (
    FORMATS,
    BriefingError,
    BriefingRequest,
    ExportError,
    FactBaseError,
    SelectionError,
    TemplateError,
    Workspace,
    format_of,
    output_format,
)
from desktop_app.cli import main
from tests.conftest import MINIMAL, ROOT, SEEDS
from tests.render.pdf_reading import read_pdf

DATE = "2025-07-15"
TEMPLATE_FILES = sorted((ROOT / "report_templates").glob("*.yaml"))
FACT_FILES = sorted(SEEDS.rglob("*.yaml"))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[Path]:
    """How often each YAML file is read from disk (every input is read with read_bytes)."""
    counter: Counter[Path] = Counter()
    real = Path.read_bytes

    def counting(self: Path) -> bytes:
        if self.suffix == ".yaml":
            counter[self.resolve()] += 1
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    return counter


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_one_cli_export_reads_each_file_once(
    reads: Counter[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "b.pdf"
    assert main(["export", "--region", "苏州工业园区", "--date", DATE, "-o", str(target)]) == 0
    assert read_pdf(target.read_bytes()).pages  # it did export
    wanted = {p.resolve() for p in FACT_FILES + TEMPLATE_FILES}
    assert set(reads) == wanted  # every input was read: the count sees the reads...
    assert max(reads.values()) == 1  # ... and none was read twice


def test_a_cli_export_with_its_default_name_reads_each_file_once(
    reads: Counter[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--template", "fact-sheet", "--date", DATE]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["苏州工业园区_一页纸数据卡_2025-07-15.pdf"]
    assert max(reads.values()) == 1


def test_builds_and_exports_read_nothing_again(reads: Counter[Path], tmp_path: Path) -> None:
    workspace = Workspace()
    workspace.build(BriefingRequest(date=DATE))
    reads.clear()
    for template in workspace.templates:
        request = BriefingRequest(regions=("snd",), template=template, date=DATE)
        workspace.render(workspace.build(request), "pdf")
        workspace.default_file_name(request, "docx")
        workspace.export_new(request, "docx", tmp_path)
    workspace.listing("regions")
    workspace.fact_rows(workspace.facts_in_scope(("sip",), ()), "en")
    assert reads == Counter()


def test_reloading_is_explicit(reads: Counter[Path], tmp_path: Path) -> None:
    workspace = Workspace()
    assert workspace.base and workspace.templates  # reads the fact base and the templates
    reads.clear()
    shutil.copy(ROOT / "report_templates" / "fact-sheet.yaml", tmp_path / "mine.yaml")
    workspace.load_templates(tmp_path)
    assert {p.name for p in reads} == {p.name for p in TEMPLATE_FILES} | {"mine.yaml"}
    reads.clear()
    assert workspace.templates["fact-sheet"].origin == "user"  # mine.yaml replaces it
    workspace.load_facts(MINIMAL)  # the templates are checked against it, not read again
    assert {p.parent.name for p in reads} == {"minimal", "facts"}
    assert "fact-sheet" not in workspace.templates  # it names metrics MINIMAL lacks
    assert "talking-points" in workspace.templates


def test_strict_workspace_refuses_a_fact_base_with_problems(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    shutil.copytree(MINIMAL, folder)
    path = folder / "facts" / "a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 1800", "value: lots"))
    with pytest.raises(FactBaseError, match="value must be a number, got 'lots'"):
        Workspace(folder, strict=True).find_facts()
    tolerant = Workspace(folder)
    assert [p.line for p in tolerant.fact_problems] == [20]
    assert {f.id for f in tolerant.base.facts} == {"zone-talents", "other-note"}


def test_an_unusable_folder_keeps_the_fact_base_in_use(tmp_path: Path) -> None:
    workspace = Workspace()
    with pytest.raises(FactBaseError, match="folder not found; a fact base holds"):
        workspace.load_facts(tmp_path)  # an empty folder
    assert workspace.uses_bundled_facts and len(workspace.base.facts) == 275
    empty = tmp_path / "empty"
    shutil.copytree(MINIMAL, empty)
    (empty / "regions.yaml").write_text("regions: []\n", encoding="utf-8")
    (empty / "facts" / "a.yaml").write_text("facts: []\n", encoding="utf-8")
    with pytest.raises(BriefingError, match="no regions found; add a regions"):
        workspace.load_facts(empty)  # valid, but nothing to brief on
    assert workspace.uses_bundled_facts and len(workspace.base.facts) == 275


def test_templates_lookup_says_why() -> None:
    workspace = Workspace()
    assert workspace.template("fact-sheet").page.max_pages == 1
    with pytest.raises(SelectionError, match="unknown template 'poster'; known templates: fact"):
        workspace.template("poster")


def test_a_broken_user_template_is_never_replaced_by_the_bundled_one(tmp_path: Path) -> None:
    (tmp_path / "fact-sheet.yaml").write_text("id: fact-sheet\nname: [\n", encoding="utf-8")
    workspace = Workspace(templates_dir=tmp_path)
    with pytest.raises(TemplateError, match=r"fact-sheet\.yaml:2: invalid YAML"):
        workspace.template("fact-sheet")
    assert workspace.template("full-briefing").origin == "bundled"


def test_a_user_template_must_fit_the_fact_base(tmp_path: Path) -> None:
    text = (ROOT / "report_templates" / "fact-sheet.yaml").read_text(encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text(text.replace("id: fact-sheet", "id: mine"), encoding="utf-8")
    assert Workspace(templates_dir=tmp_path).template("mine").origin == "user"
    workspace = Workspace(MINIMAL, tmp_path)  # names metrics the minimal base lacks
    assert "mine" not in workspace.templates
    assert any("unknown metric" in str(p) for p in workspace.template_problems)
    with pytest.raises(TemplateError, match=r"mine\.yaml:"):
        workspace.template("mine")


def test_lists_in_tree_order() -> None:
    workspace = Workspace(MINIMAL)
    assert [r.id for r in workspace.regions()] == ["city", "zone", "zone-park", "other"]
    assert workspace.region_matches("園區") == {"zone"}
    assert workspace.region_matches("") == {"city", "zone", "zone-park", "other"}
    assert workspace.facts_in_scope(("zone",), ()) != []
    assert workspace.facts_in_scope(("other",), ("biomedicine",)) == []


def test_fact_rows_are_what_the_briefing_prints() -> None:
    workspace = Workspace(MINIMAL)
    rows = {r.id: r for r in workspace.fact_rows(list(workspace.base.facts), "zh")}
    assert rows["zone-talents"].value == "超过2万人"
    assert rows["zone-talents"].statement == "园区人才超过2万人。"
    assert rows["other-note"].value == "—"
    assert "¶3" in rows["zone-talents"].source_detail


def test_listing_records() -> None:
    workspace = Workspace()
    assert workspace.listing("regions")[0]["id"] == "suzhou"
    templates = {t["id"]: t for t in workspace.listing("templates")}
    assert templates["fact-sheet"]["footnotes"] == "sources"


def test_default_file_name_from_names_in_either_script() -> None:
    workspace = Workspace()
    request = BriefingRequest(regions=("蘇州工業園區", "snd"), template="talking-points", date=DATE)
    assert workspace.default_file_name(request, "docx") == (
        "苏州工业园区+苏州高新区（虎丘区）_对接会谈话要点_2025-07-15_内部版.docx"
    )  # talking points are internal by default, and the name says so
    external = BriefingRequest(regions=("sip",), template="talking-points", date=DATE,
                               edition="external", lang="en")  # fmt: skip
    assert workspace.default_file_name(external, "pdf") == (
        "Suzhou-Industrial-Park_Delegation-talking-points_2025-07-15.pdf"
    )


def test_formats_registry() -> None:
    assert [(f.id, f.suffix) for f in FORMATS] == [("pdf", ".pdf"), ("docx", ".docx")]
    assert len({f.id for f in FORMATS}) == len({f.suffix for f in FORMATS}) == len(FORMATS)
    assert format_of(Path("A.DOCX")) is output_format("docx")
    assert format_of(Path("a.txt")) is None
    with pytest.raises(ExportError, match="unknown format 'odt'; use pdf or docx"):
        output_format("odt")
    document = Workspace().build(BriefingRequest(template="fact-sheet", date=DATE))
    assert output_format("pdf").render(document).startswith(b"%PDF-")
    assert output_format("docx").render(document).startswith(b"PK")


@pytest.mark.usefixtures("umask")
def test_export_replaces_and_export_new_never_does(tmp_path: Path) -> None:
    workspace = Workspace()
    request = BriefingRequest(template="fact-sheet", date=DATE)
    target = tmp_path / "b.pdf"
    target.write_bytes(b"earlier")
    assert workspace.export(request, "pdf", target).path == target
    assert target.read_bytes().startswith(b"%PDF-")
    first = workspace.export_new(request, "pdf", tmp_path)
    second = workspace.export_new(request, "pdf", tmp_path)
    assert first.path.name == "苏州工业园区_一页纸数据卡_2025-07-15.pdf"
    assert second.path.name == "苏州工业园区_一页纸数据卡_2025-07-15 (2).pdf"
    assert first.path.read_bytes() == second.path.read_bytes()
    for path in (target, first.path, second.path):
        assert path.stat().st_mode & 0o777 == 0o644


def test_requests_are_checked() -> None:
    workspace = Workspace()
    with pytest.raises(SelectionError, match="unknown language 'fr'; use zh or en"):
        workspace.build(BriefingRequest(lang="fr"))  # type: ignore[arg-type]
    with pytest.raises(SelectionError, match="no region chosen"):
        workspace.build(BriefingRequest(regions=()))


@pytest.mark.usefixtures("umask")
def test_cli_export_gets_the_users_umask(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("b.pdf", "b.docx"):
        assert main(["export", "--template", "fact-sheet", "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644
    assert main(["export", "--template", "fact-sheet", "-o", str(tmp_path / "b.pdf")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.docx", "b.pdf"]  # replaced


def test_cli_format_choices_come_from_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--format", "odt"])
    choices = ", ".join(f"'{f.id}'" for f in FORMATS)
    assert f"invalid choice: 'odt' (choose from {choices})" in capsys.readouterr().err
