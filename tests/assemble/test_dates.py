"""Time on the page: which figure is newest, what "data as of" says, and the span of years."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.assemble.dates import date_key, end_of, newest
from desktop_app.facts.model import Fact, SourceRef, Text
from tests.conftest import MINIMAL

FACT = Fact("f", "city", ("talent",), None, None, None, None, None, None, None,
            Text("事。", "A fact."), SourceRef("src-a", 1))  # fmt: skip


def dated(period: str | None = None, as_of: str | None = None) -> Fact:
    return replace(FACT, period=period, as_of=as_of)


@pytest.mark.parametrize(
    ("written", "end"),
    [("2025", "2025-12-31"), ("2024-02", "2024-02-29"), ("2025-02", "2025-02-28"),
     ("2025-02-14", "2025-02-14")],
)  # fmt: skip
def test_a_date_covers_to_its_last_day(written: str, end: str) -> None:
    assert end_of(written) == end


def test_a_bare_year_is_newer_than_a_day_within_it() -> None:
    year, day = dated(as_of="2025"), dated(as_of="2025-02-14")
    assert date_key(year) > date_key(day)
    assert newest([day, year]) is year
    assert newest([dated(period="2021-01/2021-08"), dated(as_of="2021-05")]).period  # type: ignore[union-attr]
    assert newest([FACT]) is None


def test_data_as_of_is_the_newest_fact_used_and_the_span_is_given() -> None:
    workspace = Workspace(MINIMAL, strict=True)
    zh = workspace.build(BriefingRequest(regions=("city",), date="2026-12-01"))
    en = workspace.build(BriefingRequest(regions=("city",), date="2026-12-01", lang="en"))
    # Figures stand at 2024-05 and 2024; the year 2024, told by an article of May 2024, stands
    # at May 2024, as far as the article could know it; a statement (an event in 2023) is
    # data too, and the span takes it in.
    assert zh.blocks[0].data_as_of == "数据截至2024年5月（涵盖2023—2024年）"  # type: ignore[union-attr]
    assert en.blocks[0].data_as_of == "Data as of May 2024 (covering 2023 to 2024)"  # type: ignore[union-attr]
    one_year = workspace.build(
        BriefingRequest(regions=("zone",), date="2026-12-01", themes=("talent",))
    )
    assert one_year.blocks[0].data_as_of == "数据截至2024年5月"  # type: ignore[union-attr]


def test_a_lasting_fact_does_not_date_the_data() -> None:
    """SND's briefing cites a July 2025 article only for a lasting fact (SIBET is one of the CAS
    institutions in Suzhou), which does not age: its data are as of its newest figure, August
    2023, with the span back to 2021. Readers took "as of July 2025" over 2023 figures for a
    freshness the figures do not have; and, later, "as of August 2023" over a July 2025
    source for a contradiction: the date line says how recent the sources are too."""
    workspace = Workspace()
    document = workspace.build(BriefingRequest(regions=("snd",), date="2026-12-01"))
    assert (
        document.blocks[0].data_as_of  # type: ignore[union-attr]
        == "数据截至2023年8月（涵盖2021—2023年；所引资料发布至约2025年7月）"
    )
    english = workspace.build(BriefingRequest(regions=("snd",), date="2026-12-01", lang="en"))
    assert english.blocks[0].data_as_of == (  # type: ignore[union-attr]
        "Data as of August 2023 (covering 2021 to 2023; sources published up to c. July 2025)"
    )
    # a source no newer than the data says nothing more
    sip = workspace.build(BriefingRequest(regions=("sip",), date="2026-12-01"))
    assert sip.blocks[0].data_as_of == "数据截至2025年2月（涵盖2020—2025年）"  # type: ignore[union-attr]
    cited = {f.id: f for f in workspace.base.facts if f.id in document.facts}
    assert cited["sibet-cas-institution-2025"].lasting  # cited, and as of July 2025


def test_the_span_counts_figures_not_years_things_happened() -> None:
    """SIP's figures stand at dates from 2020 to 14 February 2025; the year a programme was
    launched (2007) is a date, not a figure."""
    document = Workspace().build(BriefingRequest(regions=("sip",), date="2026-12-01"))
    assert document.blocks[0].data_as_of == "数据截至2025年2月（涵盖2020—2025年）"  # type: ignore[union-attr]


def test_a_plans_year_does_not_date_the_data() -> None:
    """The internal edition also states SIP's 2025 action plan (announced in February 2025):
    its year is what the plan is for, not a date the data stand at, so both editions say
    their data are as of February 2025 (the internal one had said 截至2025年)."""
    for edition in ("external", "internal"):
        request = BriefingRequest(regions=("sip",), date="2026-12-01", edition=edition)  # type: ignore[arg-type]
        document = Workspace().build(request)
        assert document.blocks[0].data_as_of == "数据截至2025年2月（涵盖2020—2025年）"  # type: ignore[union-attr]


def test_a_period_past_its_articles_date_stands_at_the_article() -> None:
    """ "In 2025, Suzhou was building…", printed in July 2025, tells nothing of December 2025:
    the city briefing's data are as of July 2025 (its cover had said 2025, its key figures
    July 2025)."""
    document = Workspace().build(BriefingRequest(regions=("suzhou",), date="2026-12-01"))
    assert document.blocks[0].data_as_of.startswith("数据截至2025年7月")  # type: ignore[union-attr]


def test_two_regions_whose_data_end_apart_each_give_their_date() -> None:
    """SIP's figures run to February 2025 and SND's end in August 2023: the two-district
    cover said 数据截至2025年2月 for both, and the leader reader could not tell SND's were
    older. Each region gives its own date, by its name without its bracketed other name; one
    region's cover is as it was."""
    workspace = Workspace()
    request = BriefingRequest(regions=("sip", "snd"), date="2026-12-02", edition="external")
    both = workspace.build(request).blocks[0].data_as_of  # type: ignore[union-attr]
    assert both.startswith("数据截至苏州工业园区2025年2月、苏州高新区2023年8月（")
    english = workspace.build(replace(request, lang="en")).blocks[0].data_as_of  # type: ignore[union-attr]
    assert english.startswith(
        "Data as of February 2025 for Suzhou Industrial Park and August 2023 for Suzhou New District ("
    )
    one = workspace.build(replace(request, regions=("snd",))).blocks[0].data_as_of  # type: ignore[union-attr]
    assert one.startswith("数据截至2023年8月")
