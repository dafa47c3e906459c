"""Audience editions: an external briefing (对外) carries no classification mark, no fact
marked internal, no figure whose value its source leaves unclear and no notes on the data; an internal one (对内) carries all three, the notes
in the briefing's language. Checked by reading the PDF and the Word file back."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desktop_app.api import BriefingRequest, SelectionError, Workspace
from desktop_app.cli import main
from desktop_app.model import Heading, Paragraph, Run, dump
from tests.conftest import MINIMAL
from tests.render.docx_reading import docx_text, squash
from tests.render.pdf_reading import read_pdf

TEMPLATES = ("full-briefing", "fact-sheet", "talking-points")
INTERNAL = {"zh": "高新区人才工作仍需加强。", "en": "Talent work in the district still needs work."}
NOTE = {
    "zh": "文章未说明统计口径。",
    "en": "The article does not say how the talents were counted.",
}
MARK = {"zh": "内部资料注意保存", "en": "Internaluseonly"}
UNCLEAR = {"zh": "2万", "en": "20,000"}  # the figure NOTE doubts, as a tile or in a sentence


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The minimal fact base with one internal self-assessment and one unclear figure."""
    folder = tmp_path_factory.mktemp("editions") / "base"
    shutil.copytree(MINIMAL, folder)
    facts = folder / "facts" / "a.yaml"
    text = facts.read_text(encoding="utf-8")
    text = text.replace(
        "    source: {id: src-a, locator: 3}\n",
        "    source: {id: src-a, locator: 3}\n"
        f"    uncertain:\n      value: {{zh: {NOTE['zh']}, en: '{NOTE['en']}'}}\n",
        1,
    )
    text += (
        "  - id: other-self-assessment\n    region: other\n    themes: [talent]\n"
        "    metric: null\n    value: null\n    unit: null\n    qualifier: null\n"
        "    figure: null\n    period: 2024\n    as_of: null\n    statement:\n"
        f"      zh: {INTERNAL['zh']}\n      en: {INTERNAL['en']}\n"
        "    source: {id: src-a, locator: 6}\n    audience: internal\n"
    )
    facts.write_text(text, encoding="utf-8")
    return folder


def texts(workspace: Workspace, request: BriefingRequest) -> tuple[str, str]:
    document = workspace.build(request)
    pdf = squash("".join(read_pdf(workspace.render(document, "pdf")).pages))
    word = squash(docx_text(workspace.render(document, "docx")))
    return uncited(pdf), uncited(word)


def uncited(text: str) -> str:
    """Text without source numbers ([1]), which talking points put inside sentences."""
    return re.sub(r"\[\d+\]", "", text)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_external_edition(base: Path, template: str, lang: str) -> None:
    workspace = Workspace(base, strict=True)
    request = BriefingRequest(regions=("city",), template=template, lang=lang,  # type: ignore[arg-type]
                              date="2025-07-15", edition="external")  # fmt: skip
    for text in texts(workspace, request):
        assert MARK[lang] not in text
        assert squash(INTERNAL[lang]) not in text
        assert squash(NOTE[lang]) not in text and squash(NOTE["zh"]) not in text
        # with no notes to say its value is unclear, the figure is left out
        assert UNCLEAR[lang] not in text
    headings = [getattr(b, "text", "") for b in workspace.build(request).blocks]
    assert not {"数据说明", "Notes on the data"} & set(headings)


@pytest.mark.parametrize("template", ["full-briefing", "talking-points"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_internal_edition(base: Path, template: str, lang: str) -> None:
    workspace = Workspace(base, strict=True)
    request = BriefingRequest(regions=("city",), template=template, lang=lang,  # type: ignore[arg-type]
                              date="2025-07-15", edition="internal")  # fmt: skip
    other = "en" if lang == "zh" else "zh"
    for text in texts(workspace, request):
        assert MARK[lang] in text
        assert squash(INTERNAL[lang]) in text
        if template == "full-briefing":  # the one with a notes section
            assert UNCLEAR[lang] in text
            assert squash(NOTE[lang]) in text  # in the briefing's language...
            assert squash(NOTE[other]) not in text  # ... and only in it


def test_each_template_has_its_own_audience() -> None:
    workspace = Workspace()
    audiences = {t.id: t.audience for t in workspace.templates.values()}
    assert audiences == {
        "fact-sheet": "external",
        "full-briefing": "external",
        "talking-points": "internal",
    }
    request = BriefingRequest(template="talking-points", date="2025-07-15")
    assert workspace.edition(request) == "internal"
    assert workspace.build(request).blocks[0].classification == "内部资料 注意保存"  # type: ignore[union-attr]


def test_an_unknown_edition_is_one_line() -> None:
    with pytest.raises(SelectionError, match="unknown edition 'secret'; use external or internal"):
        Workspace().build(BriefingRequest(edition="secret"))  # type: ignore[arg-type]


def test_cli_edition(base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    external, internal = tmp_path / "e.pdf", tmp_path / "i.pdf"
    common = ["export", "--facts", str(base), "--region", "city", "--template", "talking-points"]
    assert main([*common, "--edition", "external", "-o", str(external)]) == 0
    assert main([*common, "-o", str(internal)]) == 0  # the template's own: internal
    for path, internal_too in ((external, False), (internal, True)):
        text = uncited(squash("".join(read_pdf(path.read_bytes()).pages)))
        assert (squash(INTERNAL["zh"]) in text) is internal_too


@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "同比增长4%（慎用）"), ("en", "up 4% year on year (check before quoting)")],
)
def test_an_internal_edition_marks_an_unclear_figure_where_it_says_it(lang: str, said: str) -> None:
    """SIP's 12% of capital-backed projects grew 4%: of what, its source does not say. The
    internal edition says it, and its notes say why to check it; readers found the sentence
    itself stating it flatly, to be lifted by a colleague who never reads the notes. It is
    marked where it is said; the external edition leaves the figure out, mark and all."""
    workspace = Workspace()
    for edition in ("internal", "external"):
        request = BriefingRequest(regions=("sip",), lang=lang, date="2026-12-02",  # type: ignore[arg-type]
                                  edition=edition)  # fmt: skip
        pdf = squash("".join(read_pdf(workspace.render(workspace.build(request), "pdf")).pages))
        assert (squash(said) in uncited(pdf)) == (edition == "internal")
        assert (squash(said.split("4%")[1]) in pdf) == (edition == "internal")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_ranking_whose_list_is_not_named_is_no_headline(lang: str) -> None:
    """SIP ranked first in China for biomedicine competitiveness in 2020, says a 2021 round-up
    that does not say whose ranking it was. Readers found it in the overview as firm fact. The
    external edition, with no notes to say so, leaves it out; the internal one tells it in the
    body, where its notes say so, and not in the overview or the fact sheet's points."""
    ranked = {"zh": "生物医药产业竞争力排名全国第一", "en": "first in China for biomedicine"}[lang]
    workspace = Workspace()
    for template in ("full-briefing", "fact-sheet"):
        for edition in ("external", "internal"):
            request = BriefingRequest(regions=("sip",), template=template, lang=lang,  # type: ignore[arg-type]
                                      date="2026-12-02", edition=edition)  # fmt: skip
            document = workspace.build(request)
            paragraphs = [b for b in document.blocks if isinstance(b, Paragraph)]
            lead = [_text(b) for b in paragraphs if b.style == "lead"]
            said = " ".join(_text(b) for b in paragraphs)
            assert ranked not in " ".join(lead)
            if template == "fact-sheet" or edition == "external":
                assert ranked not in dump(document)
            else:
                assert ranked in said


def _text(block: Paragraph) -> str:
    return "".join(i.text for i in block.inlines if isinstance(i, Run))


@pytest.mark.parametrize("template", ["fact-sheet", "talking-points"])
def test_an_internal_one_pager_says_what_to_check_before_quoting(template: str) -> None:
    """SND's internal fact sheet and brief have no room for the notes' tables; readers asked
    for one line on what to check before quoting them outside. It counts the figures older
    than the template's three years and names their years, names the sources that are reposts
    or print no publisher by their numbers, and is left out of the external edition. Read
    back from the PDF."""
    workspace = Workspace()
    for edition in ("internal", "external"):
        request = BriefingRequest(regions=("snd",), template=template, lang="zh",
                                  date="2026-12-02", edition=edition)  # fmt: skip
        document = workspace.build(request)
        pdf = squash("".join(read_pdf(workspace.render(document, "pdf")).pages))
        if edition == "external":
            assert "引用提示" not in pdf
            continue
        paragraphs = [_text(b) for b in document.blocks if isinstance(b, Paragraph)]
        caveat = next(p for p in paragraphs if "引用前请核实有无更新" in p)
        assert "2021" in aged_years(caveat) and "2023" in aged_years(caveat)
        # a brief's is a section under a numbered heading; a sheet's, a line of fine print
        headings = [b for b in document.blocks if isinstance(b, Heading) and b.text == "引用提示"]
        if template == "talking-points":
            assert len(headings) == 1 and headings[0].number
        else:
            assert not headings and caveat.startswith("引用提示：")
        assert "引用提示" in pdf and squash(caveat) in pdf
        aged = re.search(r"(\d+)项内容来自(.+?)年，距今约3年及以上", caveat)
        assert aged is not None and int(aged.group(1)) >= 1, caveat
        # each weak source said as it is: no publisher printed, or a portal's repost
        weak = re.search(r"来源((?:\[\d\])+)(未注明发布者|为门户网站转载)", caveat)
        assert weak is not None, caveat
        # the sources it names are those the sources list prints with no publisher or as a
        # repost site's
        listed = {
            int(n): s for n, s in re.findall(r"\[(\d)\]\s*([^\[]+)", pdf.split("资料来源")[-1])
        }
        for number in map(int, re.findall(r"\d", weak.group(1))):
            said = "发布者未注明" if weak.group(2) == "未注明发布者" else "转载"
            assert said in listed[number], listed


def aged_years(caveat: str) -> str:
    found = re.search(r"来自(.+?)年，", caveat)
    return found.group(1) if found else ""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_what_our_side_is_told_stands_apart_at_the_end(lang: str) -> None:
    """An internal briefing's 内部掌握 (self-assessments, work plans) stood on page 3, before
    the key figures: shown on a screen or photocopied, it went out with them. It stands at
    the end, after the notes on the data, which still cover its figures (it is built first);
    the sections are numbered in the order they stand."""
    titles = {"zh": ("数据说明", "内部掌握"), "en": ("Notes on the data", "For internal reference")}
    document = Workspace().build(
        BriefingRequest(regions=("sip",), lang=lang, date="2026-12-02", edition="internal")  # type: ignore[arg-type]
    )
    headings = [b for b in document.blocks if isinstance(b, Heading) and b.level == 1]
    said = [h.text for h in headings]
    assert said.index(titles[lang][0]) < said.index(titles[lang][1]) == len(said) - 2
    numbers = [h.number.strip() for h in headings if h.number]
    expected = [str(n) for n in range(1, len(numbers) + 1)]
    if lang == "zh":
        expected = [f"{w}、" for w in "一二三四五六七八九十"] + [
            "十一、",
            "十二、",
            "十三、",
            "十四、",
        ]
    assert numbers == expected[: len(numbers)]


@pytest.mark.parametrize(
    ("template", "lang", "said"),
    [
        ("fact-sheet", "zh", "高新区的企业、人才等数量均为中国苏州留学人员创业园"),
        ("fact-sheet", "en", "the counts of firms and people for SND are those of China Suzhou"),
        ("full-briefing", "zh", "高新区的企业、人才等数量均为中国苏州留学人员创业园"),
    ],
)
def test_an_internal_edition_says_a_districts_counts_are_its_parks(
    template: str, lang: str, said: str
) -> None:
    """SND's counts all come from its parks (282 high-tech firms, 7 listed companies are the
    returnee park's), and its tiles show them under the park's name once: an internal edition
    says so where it says what to check before quoting, so that no colleague quotes them as
    the district's; it says which counts (of firms and people), as the district's fund and
    the projects signed at its event are its own (an officer reader took it for all of them). SIP, which has counts of its own, gets no such line; nor does an external
    edition. Read back from the PDF."""
    workspace = Workspace()
    for regions, edition in (
        (("snd",), "internal"),
        (("snd",), "external"),
        (("sip",), "internal"),
    ):
        request = BriefingRequest(regions=regions, template=template, lang=lang,  # type: ignore[arg-type]
                                  date="2026-12-02", edition=edition)  # type: ignore[arg-type]  # fmt: skip
        pdf = squash(" ".join(read_pdf(workspace.render(workspace.build(request), "pdf")).pages))
        found = squash(said).lower() in pdf.lower()
        assert found == (regions == ("snd",) and edition == "internal"), (regions, edition)


def test_the_caveats_give_each_year_as_a_year() -> None:
    """来自2022年和2023年, not 来自2022和2023年."""
    request = BriefingRequest(regions=("snd",), template="fact-sheet", lang="zh",
                              date="2026-12-02", edition="internal")  # fmt: skip
    document = Workspace().build(request)
    caveat = next(_text(b) for b in document.blocks
                  if isinstance(b, Paragraph) and "引用前请核实有无更新" in _text(b))  # fmt: skip
    assert re.search(r"来自(\d{4}年、)*\d{4}年和\d{4}年，", caveat), caveat
