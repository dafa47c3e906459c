"""What a document says follows its language's rules: Chinese documents use full-width
punctuation next to Chinese characters and simplified characters (source titles excepted, as
published); English documents use no full-width punctuation."""

from __future__ import annotations

import re

import pytest

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.facts.names import to_simplified
from desktop_app.model import SourceList, dump
from tests.conftest import SEEDS

WORKSPACE = Workspace(SEEDS, strict=True)
CJK = r"[\u3400-\u9fff]"
HALF_WIDTH = re.compile(rf"{CJK}[,:;?!()]|[,:;?!()]{CJK}")
FULL_WIDTH = re.compile(r"[\u3001-\u3003\u3008-\u3011\uff01-\uff0f\uff1a-\uff20]")


def _text(template: str, lang: str, regions: tuple[str, ...], edition: str) -> str:
    request = BriefingRequest(regions=regions, template=template, lang=lang,  # type: ignore[arg-type]
                              edition=edition, date="2026-12-01")  # type: ignore[arg-type]  # fmt: skip
    document = WORKSPACE.build(request)
    titles = [t.title.zh for t in WORKSPACE.base.sources.values()]
    text = dump(document)
    for block in document.blocks:  # source titles are cited as published
        if isinstance(block, SourceList):
            for entry in block.entries:
                text = text.replace(entry, "")
    for title in titles:
        text = text.replace(title, "")
    # The dump's own markup: tags, and the brackets it puts round a tile's detail.
    text = re.sub(r"(?m)^(\s*<tile>.*) \((.*)\)$", r"\1 \2", text)
    return re.sub(r"<[^>]*>", "", text)


@pytest.mark.parametrize("template", ["full-briefing", "fact-sheet", "talking-points"])
@pytest.mark.parametrize("edition", ["external", "internal"])
@pytest.mark.parametrize("regions", [("sip",), ("snd",), ("suzhou",)])
def test_chinese_documents_use_full_width_and_simplified(
    template: str, edition: str, regions: tuple[str, ...]
) -> None:
    text = _text(template, "zh", regions, edition)
    assert HALF_WIDTH.findall(text) == []
    assert to_simplified(text) == text


@pytest.mark.parametrize("template", ["full-briefing", "fact-sheet", "talking-points"])
@pytest.mark.parametrize("edition", ["external", "internal"])
@pytest.mark.parametrize("regions", [("sip",), ("snd",), ("suzhou",)])
def test_english_documents_use_no_full_width_punctuation(
    template: str, edition: str, regions: tuple[str, ...]
) -> None:
    assert FULL_WIDTH.findall(_text(template, "en", regions, edition)) == []


@pytest.mark.parametrize(
    ("themes", "lang", "subtitle"),
    [
        (
            ("talent", "biomedicine", "finance"),
            "en",
            "Biomedicine and health; talent; finance and funds",
        ),
        (("talent", "ai-digital"), "en", "AI and the digital economy; talent"),
        (("talent", "policy"), "en", "Talent; policies and plans"),
        (("talent", "enterprises"), "en", "Enterprise growth and talent"),
        (("talent", "finance"), "zh", "人才和金融与基金"),
    ],
)
def test_the_themes_on_the_cover_read_as_a_list(
    themes: tuple[str, ...], lang: str, subtitle: str
) -> None:
    """An English list of labels that hold an "and" of their own is set apart by semicolons,
    later labels lower-cased: never "Biomedicine and health, Talent and Finance and funds"."""
    from desktop_app.model import Cover

    request = BriefingRequest(regions=("sip",), themes=themes, lang=lang, date="2026-12-01")  # type: ignore[arg-type]
    cover = next(b for b in WORKSPACE.build(request).blocks if isinstance(b, Cover))
    assert cover.subtitle == subtitle
