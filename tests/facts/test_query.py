"""Loading the bundled fact base, and selecting facts by region, theme and metric."""

from __future__ import annotations

import pytest

from desktop_app.errors import SelectionError
from desktop_app.facts import FactQuery, load_strict, select_facts
from desktop_app.facts.names import match_key, resolve_region
from tests.conftest import SEEDS

BASE = load_strict(SEEDS)


def test_bundled_fact_base_loads_with_its_registries() -> None:
    assert len(BASE.facts) > 100
    assert {"suzhou", "sip", "snd"} <= set(BASE.regions)
    assert {
        "talent",
        "platforms",
        "enterprises",
        "finance",
        "industries",
        "tech-transfer",
        "investment",
        "events",
    } <= set(BASE.themes)
    assert {"biomedicine", "medical-devices", "digital-culture", "ai-digital", "nanotech"} <= {
        t.id for t in BASE.themes.values() if t.parent == "industries"
    }


def test_region_filter_includes_descendants() -> None:
    facts = select_facts(BASE, FactQuery(regions=("snd",)))
    regions = {f.region for f in facts}
    assert "snd" in regions
    assert {"snd-returnee-park", "snd-medpark"} <= regions
    assert regions <= BASE.region_subtree("snd")
    assert not any(f.region.startswith("sip") for f in facts)


def test_city_filter_covers_everything() -> None:
    assert len(select_facts(BASE, FactQuery(regions=("suzhou",)))) == len(BASE.facts)


def test_theme_filter_includes_sub_themes() -> None:
    industries = select_facts(BASE, FactQuery(themes=("industries",)))
    themes = {t for f in industries for t in f.themes}
    assert "biomedicine" in themes and "medical-devices" in themes
    biomed = select_facts(BASE, FactQuery(themes=("biomedicine",)))
    assert all("biomedicine" in f.themes for f in biomed)
    assert set(map(id, biomed)) <= set(map(id, industries))


def test_filters_combine() -> None:
    facts = select_facts(BASE, FactQuery(regions=("sip",), themes=("finance",)))
    assert facts
    assert all(f.region in BASE.region_subtree("sip") and "finance" in f.themes for f in facts)


def test_metric_filter() -> None:
    facts = select_facts(BASE, FactQuery(metrics=("national-high-tech-enterprises",)))
    assert {f.region for f in facts} == {"sip", "snd-returnee-park"}


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("蘇州工業園區", "sip"),
        ("苏州工业园区", "sip"),
        ("园区", "sip"),
        ("ＳＩＰ", "sip"),
        ("虎丘區", "snd"),
        ("Suzhou New District (Huqiu District)", "snd"),
        ("medpark", "snd-medpark"),
        ("留创园", "snd-returnee-park"),
    ],
)
def test_regions_resolve_by_name_and_alias_in_either_script(name: str, region: str) -> None:
    assert resolve_region(BASE, name) == region


def test_match_key_folds_script_width_and_case() -> None:
    assert match_key("蘇州工業園區") == match_key("苏州工业园区")
    assert match_key("ＳＩＰ") == match_key("sip")


def test_unknown_region_is_a_selection_error() -> None:
    with pytest.raises(SelectionError, match="unknown region 'atlantis'"):
        select_facts(BASE, FactQuery(regions=("atlantis",)))


def test_unknown_theme_is_a_selection_error() -> None:
    with pytest.raises(SelectionError, match="unknown theme 'sports'"):
        select_facts(BASE, FactQuery(themes=("sports",)))


def test_region_path() -> None:
    assert [r.id for r in BASE.region_path("shu-innovation-center")] == [
        "suzhou",
        "sip",
        "sip-25-park",
        "shu-innovation-center",
    ]


def test_every_fact_is_sourced_and_bilingual() -> None:
    for fact in BASE.facts:
        assert fact.source.id in BASE.sources
        assert fact.statement.zh and fact.statement.en
        if fact.value is not None:
            assert fact.figure and fact.unit and fact.qualifier


def test_every_bundled_metric_is_used() -> None:
    used = {f.metric for f in BASE.facts}
    assert [m for m in BASE.metrics if m not in used] == []


def test_shared_metrics_compare_like_with_like() -> None:
    """A metric used by several facts has one unit, so tables never mix measures."""
    for metric in BASE.metrics.values():
        units = {f.unit for f in BASE.facts if f.metric == metric.id}
        assert units <= {metric.unit}, metric.id


def test_chinese_statements_use_chinese_punctuation() -> None:
    """A comma, colon or semicolon next to a Chinese character is the full-width one."""
    import re

    half_width = re.compile(r"[\u4e00-\u9fff][,;:]|[,;:][\u4e00-\u9fff]")
    offenders = [f.id for f in BASE.facts if half_width.search(f.statement.zh)]
    assert offenders == []
