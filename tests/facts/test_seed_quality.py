"""The bundled fact base reads well to both audiences: English without stray Chinese, notes on
the data in both languages, figures named by their subject, and what is internal marked."""

from __future__ import annotations

import re

import pytest

from desktop_app.api import Workspace
from tests.conftest import SEEDS

BASE = Workspace(SEEDS, strict=True).base
CJK = re.compile(r"[\u3400-\u9fff]")
PARENTHESES = re.compile(r"\([^()]*\)")


def english_texts() -> list[tuple[str, str]]:
    found = []
    for fact in BASE.facts:
        found.append((fact.id, fact.statement.en))
        found += [(fact.id, note.en) for note in fact.uncertain.values()]
        if fact.subject:
            found.append((fact.id, fact.subject.en))
    return found


def test_english_has_chinese_only_as_a_name_in_parentheses() -> None:
    offenders = [(i, t) for i, t in english_texts() if CJK.search(PARENTHESES.sub("", t))]
    assert offenders == []


def test_english_reads_naturally() -> None:
    """Calques a native reader stumbles on."""
    words = ("person-time", "person times", "incl.", "talents.", " talents ")
    offenders = [(i, t) for i, t in english_texts() if any(w in t.lower() for w in words)]
    assert offenders == []


def test_notes_on_the_data_are_written_in_both_languages() -> None:
    for fact in BASE.facts:
        for note in fact.uncertain.values():
            assert CJK.search(note.zh), (fact.id, note.zh)
            assert note.zh != note.en
            assert not re.search(r"\b(as_of|value|locator|period)\b", note.en), (fact.id, note.en)
            # Written for a colleague reading the briefing, not about our tooling.
            assert "本库" not in note.zh and "fact base" not in note.en, fact.id


def test_regions_are_places() -> None:
    assert {r.kind for r in BASE.regions.values()} <= {"city", "district", "park", "platform",
                                                       "institute", "cluster"}  # fmt: skip
    assert "sip-tech-investment-center" not in BASE.regions


@pytest.mark.parametrize(
    ("fact_id", "subject"),
    [
        ("sip-hydron-rank-china-contact-lens-makers-2025", "海昌眼镜"),
        ("suzhou-everbright-photonics-settled-2012", "苏州长光华芯光电技术有限公司"),
        ("snd-bay-area-event-signed-investment-2021", "2021苏州高新区对接大湾区创新发展推介会"),
        ("sip-hurun-global-unicorns-2024", "胡润研究院《2024全球独角兽榜》"),
    ],
)
def test_figures_about_a_company_fund_or_event_name_it(fact_id: str, subject: str) -> None:
    fact = next(f for f in BASE.facts if f.id == fact_id)
    assert fact.subject is not None and fact.subject.zh == subject


def test_internal_facts_are_marked() -> None:
    internal = {f.id for f in BASE.facts if f.audience == "internal"}
    for fact_id in (
        "sip-co-built-research-platforms-2023",  # platforms uneven, integration still weak
        "sip-30th-anniversary-opportunity-2025",  # the equity market fell
        "sip-tech-investment-center-business-trips-2024",  # staff trips
        "sip-tech-innovation-task-map-2023",  # leaders and deadlines
        "sip-institute-funding-performance-link-2023",  # public funding to be phased down
        "sip-new-industrialisation-action-plan-2025",  # a meeting briefing its staff
    ):
        assert fact_id in internal
    assert 10 <= len(internal) <= len(BASE.facts) // 4


NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def _figures(text: str) -> set[str]:
    """The numbers a text gives, leaving out years (a run-on wording may leave the date to the
    sentence it follows)."""
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    text = re.sub(rf"\d{{1,2}}(?:—\d{{1,2}})?[月日]|\d{{1,2}} (?={months})", "", text)
    return {n for n in NUMBER.findall(text) if not re.fullmatch(r"(19|20)\d\d", n)}


def test_a_run_on_wording_says_the_figures_its_statement_says() -> None:
    run_ons = [f for f in BASE.facts if f.run_on is not None]
    assert len(run_ons) >= 40
    ids = {f.id for f in BASE.facts}
    for fact in run_ons:
        assert fact.run_on is not None and fact.run_on.after in ids
        for lang in ("zh", "en"):
            said, run_on = fact.statement.get(lang), fact.run_on.text.get(lang)
            assert _figures(run_on) == _figures(said), (fact.id, lang, run_on)
        if fact.figure and fact.figure in fact.statement.zh:
            assert fact.figure in fact.run_on.text.zh, fact.id
