"""Who prepares a briefing: the user's unit, where given, in place of the template's words, on
the cover (…编制; in English the name alone), a brief's masthead and imprint, and the files'
author; read back from the PDF and the Word file, through the engine, the command and a pack."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.api import BriefingRequest, Preset, SelectionError, Workspace
from desktop_app.cli import main
from desktop_app.model import Cover, Imprint, Masthead
from tests.conftest import SEEDS
from tests.render.pdf_reading import read_pdf

WORKSPACE = Workspace(SEEDS, strict=True)
DATE = "2026-12-01"
UNIT = "苏州市招商引资工作专班"  # named nowhere in the fact base


def build(**request: object):  # type: ignore[no-untyped-def]
    return WORKSPACE.build(BriefingRequest(date=DATE, **request))  # type: ignore[arg-type]


def cover(**request: object) -> Cover:
    return next(b for b in build(**request).blocks if isinstance(b, Cover))


def test_the_cover_names_the_users_unit_else_the_templates() -> None:
    assert cover(issuer=UNIT).issuer == f"{UNIT}编制"
    assert cover(issuer=f"  {UNIT} \n").issuer == f"{UNIT}编制"  # one line, spaces tidied
    assert cover().issuer == "招商服务部门编制"
    assert cover(issuer="   ").issuer == "招商服务部门编制"  # blank: as if not given
    assert cover(issuer="SIP Investment Promotion Bureau", lang="en").issuer == (
        "SIP Investment Promotion Bureau"
    )
    assert cover(lang="en").issuer == "Investment Promotion Office"


def test_a_brief_prints_the_unit_in_its_masthead_and_imprint_and_both_files_say_so() -> None:
    document = build(template="talking-points", issuer=UNIT, issue_number=4)
    masthead = next(b for b in document.blocks if isinstance(b, Masthead))
    imprint = next(b for b in document.blocks if isinstance(b, Imprint))
    assert masthead.issuer == imprint.issuer == UNIT
    assert document.metadata.author == UNIT
    pdf = WORKSPACE.render(document, "pdf")
    first, *_, last = read_pdf(pdf).pages
    assert UNIT in first and "招商服务部门" not in "".join(read_pdf(pdf).pages)
    imprint_lines = last.split("印发")[0].splitlines()[-2:]  # issuer, then the date
    assert UNIT in "".join(imprint_lines), imprint_lines
    assert PdfReader(io.BytesIO(pdf)).metadata.author == UNIT
    docx = WORKSPACE.render(document, "docx")
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert body.count(UNIT) == 2 and "招商服务部门" not in body
    assert f"<dc:creator>{UNIT}</dc:creator>" in core


def test_an_issuer_too_long_for_a_line_is_refused() -> None:
    with pytest.raises(SelectionError, match=r"issuer '.*…' is too long; use at most 40"):
        build(issuer="苏" * 41)
    assert cover(issuer="苏" * 40).issuer == "苏" * 40 + "编制"


def test_the_command_takes_an_issuer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "briefing.pdf"
    args = ["export", "--date", DATE, "-o", str(target)]
    assert main([*args, "--issuer", UNIT]) == 0
    assert f"{UNIT}编制" in read_pdf(target.read_bytes()).pages[0]
    capsys.readouterr()
    assert main([*args, "--issuer", "x" * 41]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "too long; use at most 40 characters" in err[0]


def test_a_pack_is_prepared_by_the_issuer_given(tmp_path: Path) -> None:
    presets = [Preset("园区", ("sip",)), Preset("谈话要点", ("sip",), template="talking-points")]
    pack = WORKSPACE.make_pack(presets, tmp_path, DATE, issuer=UNIT)
    assert not pack.failed
    texts = [read_pdf(item.path.read_bytes()).pages[0] for item in pack.items if item.path]
    assert len(texts) == 2 and all(UNIT in text for text in texts)
    with pytest.raises(SelectionError, match="too long"):
        WORKSPACE.make_pack(presets, tmp_path / "other", DATE, issuer="x" * 41)
