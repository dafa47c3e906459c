"""Hostile but valid content, generated: facts whose statements carry markup characters,
control characters, emoji, mixed scripts and long unbroken strings, and values from zero to
10^15. Each generated fact base is written as YAML, loaded like a user's own, and exported as
PDF and Word; both files must open and say every generated fact.

What the reader should see is worked out here, independently of the renderers: control
characters and bidirectional overrides vanish, tabs and line breaks are spaces, and a
character no bundled font can draw shows as U+FFFD. Whitespace is ignored when comparing,
because lines break anywhere. Right-to-left scripts are left out: a PDF stores the order in
which glyphs are drawn, so their extracted text reads reversed (see the closing note of issue 6).
"""

from __future__ import annotations

import io
import shutil
import string
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from docx import Document as WordDocument
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.assemble.numbers import format_value
from desktop_app.fonts import face_for
from desktop_app.model import KeyFigures
from tests.conftest import MINIMAL
from tests.render.docx_reading import docx_text, squash
from tests.render.pdf_reading import page_text

MARKUP = ["<", ">", "&", "</para>", "]]>", "<b>", "<font name='x'>", "&amp;", "&#x41;", "<br/>",
          "<![CDATA[", "{regions}", "{__class__}", "%s", "\\n", '"', "'", "<w:t>", "</w:p>"]  # fmt: skip
BIDI = ["\u202e", "\u202d", "\u2066", "\u2069"]


def _chars(low: int, high: int) -> st.SearchStrategy[str]:
    return st.characters(min_codepoint=low, max_codepoint=high)


_RTL = ("R", "AL", "AN", "RLE", "RLO", "RLI")
CHARACTERS = st.one_of(
    st.sampled_from(string.ascii_letters + string.digits + " .,;:!?()-"),
    _chars(0x4E00, 0x9FFF),  # Han
    st.sampled_from("，。、；：？！“”‘’（）《》【】…—·"),  # full-width punctuation
    _chars(0x00, 0x1F),  # C0 controls, tab and line breaks among them
    _chars(0x7F, 0x9F),  # DEL and C1 controls
    _chars(0x1F300, 0x1FAFF),  # emoji and pictographs
    _chars(0x0370, 0x03FF),  # Greek
    _chars(0x0400, 0x04FF),  # Cyrillic
    _chars(0x3040, 0x30FF),  # kana
    _chars(0xAC00, 0xD7A3),  # Hangul
    _chars(0x0E00, 0x0E7F),  # Thai: no bundled font has it
    _chars(0x20000, 0x2A6DF),  # Han extension B, beyond the basic plane
    st.sampled_from(BIDI),
    st.characters(exclude_categories=("Cs", "Co", "Cn")),  # anything else assigned
).filter(lambda ch: unicodedata.bidirectional(ch) not in _RTL)
LONG = st.builds(lambda ch, n: ch * n, st.sampled_from(["A", "9", "汉", "-", "😀"]),
                 st.integers(120, 400))  # fmt: skip
STATEMENT = (
    st.lists(
        st.one_of(st.sampled_from(MARKUP), st.text(CHARACTERS, max_size=60), LONG),
        min_size=1,
        max_size=6,
    )
    .map("".join)
    .map(str.strip)
    .filter(lambda text: 0 < len(text) <= 1000)
)
VALUE = st.one_of(st.sampled_from([0, 10**15]), st.integers(0, 10**15))


def visible(text: str) -> str:
    """What a reader should see of ``text``, whitespace aside."""
    shown = []
    for ch in text:
        if unicodedata.category(ch) == "Cc" or ch in BIDI or "\u202a" <= ch <= "\u202e":
            continue
        shown.append(ch if face_for(ch) is not None else "\ufffd")
    return squash("".join(shown))


def word_visible(text: str) -> str:
    """What Word shows: the same, except that Word draws every character with some font."""
    kept = (ch for ch in text if unicodedata.category(ch) != "Cc" and ch not in BIDI)
    return squash("".join(kept))


def _fact(index: int, statement: dict[str, str], value: int | None) -> dict[str, Any]:
    valued = value is not None
    return {
        "id": f"f{index}",
        "region": "zone",
        "themes": ["talent"],
        "metric": "talents" if valued else None,
        "value": value,
        "unit": "person" if valued else None,
        "qualifier": "exact" if valued else None,
        "figure": f"{value}人" if valued else None,
        "period": None,
        "as_of": "2024-05",
        "statement": statement,
        "source": {"id": "src-a", "locator": index + 1},
    }


def _write_base(folder: Path, statements: list[dict[str, str]], value: int) -> Path:
    base = folder / "base"
    shutil.rmtree(base, ignore_errors=True)
    shutil.copytree(MINIMAL, base)
    facts = [_fact(0, statements[0], value)]
    facts += [_fact(i, s, None) for i, s in enumerate(statements[1:], start=1)]
    text = yaml.safe_dump({"facts": facts}, allow_unicode=True, width=10**6)
    (base / "facts" / "a.yaml").write_text(text, encoding="utf-8")
    return base


@settings(max_examples=40, deadline=None, derandomize=True, print_blob=True,
          phases=[Phase.explicit, Phase.generate],  # shrinking a 2-second example takes minutes
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(
    statements=st.lists(
        st.fixed_dictionaries({"zh": STATEMENT, "en": STATEMENT}), min_size=2, max_size=4
    ),
    value=VALUE,
    lang=st.sampled_from(["zh", "en"]),
)
def test_generated_facts_render_in_both_formats(
    tmp_path: Path, statements: list[dict[str, str]], value: int, lang: str
) -> None:
    base = _write_base(tmp_path, statements, value)
    request = BriefingRequest(regions=("city",), template="full-briefing", lang=lang,  # type: ignore[arg-type]
                              date="2025-01-01")  # fmt: skip
    workspace = Workspace(base, strict=True)
    document = workspace.build(request)
    pdf, docx = workspace.render(document, "pdf"), workspace.render(document, "docx")

    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1  # the PDF opens
    WordDocument(io.BytesIO(docx))  # the Word file opens
    margins, body_size = document.page.margins_mm, document.page.base_size_pt
    pdf_text = squash(page_text(pdf, margins))
    running_text = squash(page_text(pdf, margins, min_size=body_size * 0.97))
    word_text = squash(docx_text(docx))
    # The first fact, the one with a value, is a key-figure tile and is not said again in words.
    for statement in statements[1:]:
        said = statement[lang].replace("'", "’") if lang == "en" else statement[lang]  # SIP’s
        assert visible(said) in running_text, statement[lang]
        assert word_visible(said) in word_text, statement[lang]

    # The one fact with a value is a key figure; its number reads in both files.
    tiles = [t for b in document.blocks if isinstance(b, KeyFigures) for t in b.tiles]
    shown = format_value(value, "person", "exact", lang)  # type: ignore[arg-type]
    # an English tile's label names what is counted; its number keeps its scale (4.07 million);
    # a Chinese tile's scale is part of its number (超1万 over 家)
    scale = shown.unit.split(" ")[0]
    number = shown.number
    if lang == "zh":
        scaled = len(shown.unit) - len(shown.unit.lstrip("万亿"))
        number, unit = number + shown.unit[:scaled], shown.unit[scaled:]
    else:
        unit = scale if scale in ("million", "billion", "trillion") else ""
    assert [(t.value, t.unit.strip()) for t in tiles] == [(number, unit)]
    assert squash(number + unit) in pdf_text
    assert squash(number + unit) in word_text
