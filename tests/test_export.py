"""End to end: export every template, in both languages, for every region, as PDF and Word,
and read both files back. They must say the same thing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.api import LANGS, BriefingRequest, ExportError, Workspace
from desktop_app.model import BulletList, Document, Paragraph, Run
from tests.conftest import SEEDS
from tests.render.docx_reading import docx_text, squash
from tests.render.pdf_reading import body_text, embedded_fonts, read_pdf, text_below_note_rules

WORKSPACE = Workspace(SEEDS, strict=True)
BASE = WORKSPACE.base
build_briefing, render_bytes, export = WORKSPACE.build, WORKSPACE.render, WORKSPACE.export
TEMPLATES = ("full-briefing", "fact-sheet", "talking-points")


def statement_runs(document: Document, small: bool = False) -> list[str]:
    """The statements the document makes in running text (paragraphs and bullets), or with
    ``small`` only those in small print."""
    runs: list[str] = []
    for block in document.blocks:
        items: list = []
        if isinstance(block, Paragraph) and (block.style == "small") == small:
            items = [block.inlines]
        elif isinstance(block, BulletList) and not small:
            items = list(block.items)
        runs += [i.text for item in items for i in item if isinstance(i, Run) and len(i.text) > 8]
    return runs


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("region", sorted(BASE.regions))
def test_pdf_and_word_say_the_same_thing(template: str, lang: str, region: str) -> None:
    request = BriefingRequest(regions=(region,), template=template, lang=lang, date="2025-07-15")  # type: ignore[arg-type]
    document = build_briefing(request)
    pdf_bytes = render_bytes(document, "pdf")
    pdf = read_pdf(pdf_bytes)
    setup = document.page
    pdf_text = squash(body_text(pdf_bytes, setup.base_size_pt, setup.margins_mm))
    word_text = squash(docx_text(render_bytes(document, "docx")))
    runs = statement_runs(document)
    assert runs
    for run in runs:
        # Compare without whitespace: lines break anywhere.
        assert squash(run) in word_text, run
        assert squash(run) in pdf_text, run
    page_text = squash(body_text(pdf_bytes, setup.base_size_pt, setup.margins_mm, small=True))
    for run in statement_runs(document, small=True):
        assert squash(run) in word_text and squash(run) in page_text, run
    for note in document.footnotes:
        assert squash(note.text) in word_text
    assert all(embedded_fonts(pdf.reader).values())
    if template == "fact-sheet":
        assert len(pdf.pages) == 1


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; 'packaging/install.sh --dev' installs it",
)
def test_word_files_keep_their_page_limit_as_libreoffice_lays_them_out(tmp_path: Path) -> None:
    """Word lays a .docx out only when it opens it, so the Word file's page limit is checked
    by reading it back: LibreOffice converts it to PDF. Line heights are in points, so it lays
    the file out as Word does, with whatever Chinese font it has. The fact sheet keeps to one
    page; the talking points for two regions (the longest) to two, as a brief with its issue
    number and imprint and as the external handout."""
    requests = {}
    for lang in LANGS:
        for edition in ("external", "internal"):  # the internal one carries its marking too
            sheet = BriefingRequest(("sip",), template="fact-sheet", lang=lang, edition=edition,
                                    date="2026-12-01")  # fmt: skip
            requests[f"sheet-{edition}-{lang}"] = (sheet, 1)
        for edition, issue in (("internal", 12), ("external", None)):
            request = BriefingRequest(("sip", "snd"), template="talking-points", lang=lang,
                                      edition=edition, issue_number=issue, date="2026-12-01")  # fmt: skip
            requests[f"points-{edition}-{lang}"] = (request, 2)
    files = []
    for name, (request, _) in requests.items():
        files.append(tmp_path / f"{name}.docx")
        export(request, "docx", files[-1])
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    out = tmp_path / "pdf"
    command = ["soffice", "--headless", profile, "--convert-to", "pdf", "--outdir", str(out)]
    subprocess.run([*command, *map(str, files)], check=True, capture_output=True, timeout=300)
    for name, (_, limit) in requests.items():
        pages = PdfReader(out / f"{name}.pdf").pages
        assert len(pages) <= limit, f"{name}.docx: {len(pages)} pages in LibreOffice"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_export_is_byte_identical_across_runs(tmp_path: Path, fmt: str) -> None:
    request = BriefingRequest(regions=("snd",), lang="en", date="2025-07-15")
    first = export(request, fmt, tmp_path / f"a.{fmt}")
    export(request, fmt, tmp_path / f"b.{fmt}")
    assert first.size > 10_000
    assert (tmp_path / f"a.{fmt}").read_bytes() == (tmp_path / f"b.{fmt}").read_bytes()


def test_failed_export_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"earlier version")
    with pytest.raises(Exception):  # noqa: B017 - any failure of the build
        export(BriefingRequest(regions=("atlantis",)), "pdf", target)
    assert target.read_bytes() == b"earlier version"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist; choose an existing folder"):
        export(BriefingRequest(), "pdf", tmp_path / "nowhere" / "b.pdf")


@pytest.mark.parametrize("theme", sorted(BASE.themes))
def test_every_theme_exports(theme: str) -> None:
    """Each theme on its own, for the whole city, in both formats and both languages."""
    for lang in ("zh", "en"):
        request = BriefingRequest(regions=("suzhou",), themes=(theme,), template="full-briefing",
                                  lang=lang, date="2025-07-15")  # type: ignore[arg-type]  # fmt: skip
        document = build_briefing(request)
        label = BASE.themes[theme].label.get(lang)
        assert any(getattr(b, "text", None) == label for b in document.blocks), label
        pdf_text = squash("".join(read_pdf(render_bytes(document, "pdf")).pages))
        assert squash(label) in pdf_text
        assert squash(label) in squash(docx_text(render_bytes(document, "docx")))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("region", ["suzhou", "sip", "snd"])
def test_footnotes_never_overlap_the_text(region: str, lang: str) -> None:
    request = BriefingRequest(regions=(region,), lang=lang, date="2025-07-15")  # type: ignore[arg-type]
    document = build_briefing(request)
    data = render_bytes(document, "pdf")
    pages = read_pdf(data)
    # every marker, a passage's second citation on a later page too, jumps to its note on
    # its own page
    assert pages.links and all(n.note_page == n.marker_page for n in pages.links)
    assert len(pages.links) > len(pages.notes)  # some notes are cited again
    assert text_below_note_rules(data, document.page.base_size_pt) == []
