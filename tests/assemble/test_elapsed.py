"""A count of years since a start (已开发建设29年, printed in 2023) is restated at the briefing's
date, in the PDF and the Word file alike, and leaves "data as of" alone."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from docx import Document as WordDocument

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.assemble.elapsed import restate
from tests.conftest import SEEDS
from tests.render.pdf_reading import read_pdf

WORKSPACE = Workspace(SEEDS, strict=True)
FACT = "sip-development-years-2023"  # 29 years, standing at 2023


def _export(date: str, lang: str, fmt: str) -> str:
    request = BriefingRequest(regions=("sip",), lang=lang, date=date)  # type: ignore[arg-type]
    data = WORKSPACE.render(WORKSPACE.build(request), fmt)  # type: ignore[arg-type]
    if fmt == "pdf":
        text = " ".join(read_pdf(data).pages)
    else:
        text = " ".join(p.text for p in WordDocument(io.BytesIO(data)).paragraphs)
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize(("date", "years"), [("2026-12-01", 32), ("2031-03-15", 37)])
def test_the_years_since_development_began_follow_the_briefing_date(
    fmt: str, date: str, years: int
) -> None:
    zh = _export(date, "zh", fmt).replace(" ", "")
    assert f"自1994年开始开发建设，至今已{years}年" in zh
    assert "开发建设29年" not in zh
    en = _export(date, "en", fmt)
    assert f"began development in 1994, {years} years ago" in en


def test_restating_counts_from_the_printed_year() -> None:
    base = WORKSPACE.base
    fact = next(f for f in base.facts if f.id == FACT)
    assert (fact.value, fact.as_of) == (29, "2023")
    later = restate(fact, base, "2026-12-01")
    assert (later.value, later.as_of, later.id, later.source) == (32, "2026", FACT, fact.source)
    assert "1994" in later.statement.zh and "32" in later.statement.en
    assert "29" in later.uncertain["elapsed"].zh  # the note keeps what was printed
    assert restate(fact, base, "2023-06-30") is fact  # not later than the printed figure
    other = next(f for f in base.facts if f.metric == "national-high-tech-enterprises")
    assert restate(other, base, "2030-01-01") is other


def test_a_restated_count_does_not_move_data_as_of() -> None:
    request = BriefingRequest(regions=("sip",), date="2040-01-01")
    cover = WORKSPACE.build(request).blocks[0]
    assert "2040" not in cover.data_as_of  # type: ignore[attr-defined]
    assert "2025" in cover.data_as_of  # type: ignore[attr-defined]


def test_an_elapsed_statement_is_checked(tmp_path: Path) -> None:
    base = tmp_path / "base"
    shutil.copytree(SEEDS, base)
    metrics = base / "metrics.yaml"
    text = metrics.read_text(encoding="utf-8")
    broken = text.replace("至今已{n}年。", "至今。", 1)
    assert broken != text
    metrics.write_text(broken, encoding="utf-8")
    problems = Workspace(base).fact_problems
    assert any("elapsed.zh must contain {n}" in p.message for p in problems), problems
    metrics.write_text(text.replace("unit: year\n    elapsed:", "unit: person\n    elapsed:"))
    problems = Workspace(base).fact_problems
    assert any("elapsed is for a count of years" in p.message for p in problems), problems
