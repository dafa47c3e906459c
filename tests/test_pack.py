"""Presets (readable files a colleague can be sent) and the delegation pack made of them."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.api import BriefingError, Preset, Workspace
from desktop_app.cli import main
from tests.render.pdf_reading import read_pdf

DATE = "2026-12-01"
THREE = [
    Preset("SIP full briefing EN", regions=("sip",), template="full-briefing", lang="en"),
    Preset("SIP fact sheet EN", regions=("sip",), template="fact-sheet", lang="en"),
    Preset("谈话要点", regions=("sip",), template="talking-points", format="docx"),
]


@pytest.fixture(scope="module")
def space() -> Workspace:
    return Workspace()


def test_a_preset_round_trips_through_its_file(space: Workspace, tmp_path: Path) -> None:
    preset = Preset("德国医疗器械代表团", regions=("sip", "snd-medpark"), themes=("medical-devices",),
                    template="fact-sheet", edition="internal", lang="en", format="docx",
                    exclude=frozenset({"sip-listed-companies-2023"}))  # fmt: skip
    path = space.save_preset(preset, tmp_path)
    assert path.name == "德国医疗器械代表团.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Briefing Studio preset\nname: 德国医疗器械代表团\n")
    assert space.read_preset(path) == preset
    assert [(p.name, q) for p, q, _ in space.presets(tmp_path)] == [(path.name, preset)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: x\nlang: fr\n", "x.yaml:2: lang must be one of zh, en, got 'fr'"),
        ("name: x\ncolour: red\n", "x.yaml:2: unknown field 'colour'; the fields are name,"),
        ("name: x\nregions: 3\n", "x.yaml:2: regions must be a list of ids, like [sip, snd]"),
        ("regions: [sip]\n", "x.yaml:1: name must be the preset's name"),
        ("name: [x\n", "x.yaml:"),
    ],
)
def test_a_bad_preset_gets_one_line_naming_file_and_line(
    space: Workspace, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        space.read_preset(path)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_a_pack_of_three_writes_three_files_an_index_and_a_zip(
    space: Workspace, tmp_path: Path
) -> None:
    seen: list[tuple[int, int, str]] = []
    pack = space.make_pack(THREE, tmp_path, DATE, progress=lambda *a: seen.append(a))
    assert pack.folder.name == f"{DATE}_briefing-pack" and not pack.failed
    files = sorted(p.name for p in pack.folder.iterdir())
    assert len(files) == 4 and "index.txt" in files
    assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
    index = pack.index.read_text(encoding="utf-8")
    assert all(item.path is not None and item.path.name in index for item in pack.items)
    assert read_pdf(pack.items[1].path.read_bytes()).pages  # type: ignore[union-attr]
    with zipfile.ZipFile(pack.archive) as archive:  # type: ignore[arg-type]
        names = sorted(Path(n).name for n in archive.namelist())
        assert names == files
        assert archive.read(f"{pack.folder.name}/index.txt").decode("utf-8") == index
    again = space.make_pack(THREE, tmp_path, DATE)  # a second pack never replaces the first
    assert again.folder.name == f"{DATE}_briefing-pack (2)"


def test_a_failed_item_leaves_the_others_and_no_partial_file(
    space: Workspace, tmp_path: Path
) -> None:
    broken = replace(THREE[1], name="broken", template="no-such-template")
    pack = space.make_pack([THREE[0], broken, THREE[2]], tmp_path, DATE)
    assert [item.preset.name for item in pack.failed] == ["broken"]
    assert "unknown template 'no-such-template'" in (pack.failed[0].error or "")
    assert sorted(p.suffix for p in pack.folder.iterdir()) == [".docx", ".pdf", ".txt"]
    assert "未生成 NOT MADE  broken" in pack.index.read_text(encoding="utf-8")
    assert pack.archive is not None and pack.archive.is_file()


def test_a_cancelled_pack_keeps_what_it_made_and_makes_no_zip(
    space: Workspace, tmp_path: Path
) -> None:
    done: list[int] = []
    pack = space.make_pack(THREE, tmp_path, DATE, progress=lambda n, *_: done.append(n),
                           cancelled=lambda: len(done) >= 1)  # fmt: skip
    assert pack.archive is None and len(pack.failed) == 2
    assert "已取消" in pack.index.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.zip"))


def test_worker_processes_make_the_same_pack(space: Workspace, tmp_path: Path) -> None:
    pack = space.make_pack(THREE[:2], tmp_path, DATE, workers=2)
    assert not pack.failed and pack.archive is not None
    names = sorted(item.path.name for item in pack.items)  # type: ignore[union-attr]
    assert names == sorted(p.name for p in pack.folder.iterdir() if p.suffix == ".pdf")


def test_the_pack_command_takes_the_files_the_app_saves(
    space: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(space.save_preset(p, tmp_path / "presets")) for p in THREE]
    code = main(["pack", *files, "-o", str(tmp_path / "out"), "--date", DATE])
    out, err = capsys.readouterr()
    assert code == 0 and len(out.splitlines()) == 3 and "[3/3]" in err
    assert (tmp_path / "out" / f"{DATE}_briefing-pack.zip").is_file()
    (tmp_path / "bad.yaml").write_text("name: x\nlang: fr\n", encoding="utf-8")
    code = main(["pack", str(tmp_path / "bad.yaml"), "-o", str(tmp_path / "out")])
    assert code == 2 and "bad.yaml:2: lang must be one of zh, en" in capsys.readouterr().err


def test_a_pack_uses_the_fact_base_as_the_workspace_has_it_now(tmp_path: Path) -> None:
    """In the app, facts imported or edited since the last pack are in the next one."""
    import shutil

    from tests.conftest import SEEDS
    from tests.render.docx_reading import docx_text

    folder = tmp_path / "facts"
    shutil.copytree(SEEDS, folder)
    space = Workspace(folder)
    sheet = [Preset("sheet", regions=("sip",), template="fact-sheet", format="docx")]
    first = space.make_pack(sheet, tmp_path / "a", DATE).items[0].path
    assert "超1万家" in docx_text(first.read_bytes())  # type: ignore[union-attr]
    facts = folder / "facts" / "sip-tech-innovation-2023.yaml"
    text = facts.read_text(encoding="utf-8")
    text = text.replace("value: 10000\n", "value: 11000\n", 1).replace(
        "figure: 超万家", "figure: 超1.1万家"
    )
    facts.write_text(text, encoding="utf-8")
    space.load_facts(folder)
    second = space.make_pack(sheet, tmp_path / "b", DATE).items[0].path
    assert "超1.1万家" in docx_text(second.read_bytes())  # type: ignore[union-attr]
