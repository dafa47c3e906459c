"""The bundled fact base checked against the archived articles it cites.

The articles live beside the project in ``../shared/seeds/``; these tests skip where that folder
is missing. The articles themselves are never copied into the project.
"""

from __future__ import annotations

from decimal import Decimal
from difflib import SequenceMatcher
from functools import cache

import pytest

from desktop_app.facts import Fact, FactBase, load_strict
from desktop_app.facts.figures import parse_figure
from desktop_app.facts.names import match_key
from tests.conftest import ARTICLES, SEEDS

pytestmark = pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/seeds/ is not here")

BASE: FactBase = load_strict(SEEDS)
NUMERIC = [f for f in BASE.facts if f.value is not None]


@cache
def paragraphs(archive: str) -> tuple[str, ...]:
    """Paragraph n is the n-th non-blank line of the archived text."""
    text = (ARTICLES / archive).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def cited_paragraph(fact: Fact) -> str:
    source = BASE.sources[fact.source.id]
    assert source.archive, f"source {source.id} names no archived article"
    paras = paragraphs(source.archive)
    assert 1 <= fact.source.locator <= len(paras), f"{fact.id}: no paragraph {fact.source.locator}"
    return paras[fact.source.locator - 1]


def test_every_source_has_its_article() -> None:
    for source in BASE.sources.values():
        assert source.archive and (ARTICLES / source.archive).is_file(), source.id


@pytest.mark.parametrize("fact", NUMERIC, ids=lambda f: f.id)
def test_figure_is_printed_in_the_cited_paragraph(fact: Fact) -> None:
    assert fact.figure is not None
    assert fact.figure in cited_paragraph(fact)


@pytest.mark.parametrize("fact", NUMERIC, ids=lambda f: f.id)
def test_figure_parses_to_value_and_qualifier(fact: Fact) -> None:
    assert fact.figure is not None
    parsed = parse_figure(fact.figure)
    assert parsed.value == Decimal(str(fact.value))
    assert parsed.qualifier == fact.qualifier


def test_traditional_article_maps_to_the_same_regions() -> None:
    """The article in traditional characters names 蘇州工業園區; its facts sit on the same ids."""
    traditional = [s.id for s in BASE.sources.values() if s.script == "traditional"]
    assert traditional
    regions = {f.region for f in BASE.facts if f.source.id in traditional}
    assert regions <= BASE.region_subtree("sip")
    assert "sip" in regions


def copied_share(statement: str, paragraph: str, run: int = 6) -> float:
    """The share of ``statement`` made of runs of ``run`` or more characters copied from
    ``paragraph``, compared in simplified script and half-width form."""
    a, b = match_key(statement), match_key(paragraph)
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks if block.size >= run) / max(len(a), 1)


def test_copied_share_measures_copying() -> None:
    paragraph = "苏州留学人员创业园成立于1998年,是全国首批国家级留学人员创业园。"
    assert (
        copied_share("苏州留学人员创业园成立于1998年,是全国首批国家级留学人员创业园。", paragraph)
        == 1
    )
    assert copied_share("该园创建于1998年，属于首批国家级留创园。", paragraph) < 0.75


def test_statements_are_in_our_own_words() -> None:
    """Statements restate facts; most of each must not be the article's sentence copied.
    Names of platforms and programmes are kept exactly, so some overlap is expected."""
    most_allowed = 0.75
    offenders = [
        (fact.id, round(share, 2))
        for fact in BASE.facts
        if (share := copied_share(fact.statement.zh, cited_paragraph(fact))) > most_allowed
    ]
    assert offenders == []


def test_no_fact_cites_page_noise() -> None:
    """Navigation, footers, contact blocks and related-article lists are never cited."""
    noise_markers = (
        "版权所有",
        "Copyright",
        "联系电话",
        "上一条",
        "下一条",
        "相关文章",
        "ICP",
        "微信",
    )
    for fact in BASE.facts:
        paragraph = cited_paragraph(fact)
        assert not any(marker in paragraph for marker in noise_markers), fact.id


def test_fact_base_is_thorough() -> None:
    assert len(BASE.facts) > 100
    assert {f.source.id for f in BASE.facts} == set(BASE.sources)
