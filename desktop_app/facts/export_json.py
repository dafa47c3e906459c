"""The JSON shapes of the ``briefing facts/regions/themes/sources/metrics --json`` contract."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact, Metric, Region, Source, Text, Theme


def _text(text: Text | None) -> dict[str, str] | None:
    return None if text is None else {"zh": text.zh, "en": text.en}


def source_json(source: Source) -> dict[str, Any]:
    data = asdict(source)
    data["title"] = _text(source.title)
    data["publisher"] = _text(source.publisher)
    return data


def fact_json(base: FactBase, fact: Fact) -> dict[str, Any]:
    source = base.sources[fact.source.id]
    return {
        "id": fact.id,
        "region": fact.region,
        "themes": list(fact.themes),
        "metric": fact.metric,
        "value": fact.value,
        "unit": fact.unit,
        "qualifier": fact.qualifier,
        "figure": fact.figure,
        "period": fact.period,
        "as_of": fact.as_of,
        "statement": _text(fact.statement),
        "source": {
            "id": source.id,
            "title": _text(source.title),
            "publisher": _text(source.publisher),
            "published": source.published,
            "published_inferred": source.published_inferred,
            "url": source.url,
            "locator": fact.source.locator,
        },
        "uncertain": {k: _text(v) for k, v in fact.uncertain.items()},
        "subject": _text(fact.subject),
        "audience": fact.audience,
        "draft": fact.draft,
        "plan": fact.plan,
        "lasting": fact.lasting,
        "run_on": (
            {"after": fact.run_on.after, **_text(fact.run_on.text)} if fact.run_on else None
        ),
    }


def region_json(region: Region) -> dict[str, Any]:
    return {
        "id": region.id,
        "parent": region.parent,
        "kind": region.kind,
        "name": _text(region.name),
        "aliases": list(region.aliases),
        "short": _text(region.short),
    }


def theme_json(theme: Theme) -> dict[str, Any]:
    return {"id": theme.id, "parent": theme.parent, "label": _text(theme.label)}


def metric_json(metric: Metric) -> dict[str, Any]:
    return {
        "id": metric.id,
        "label": _text(metric.label),
        "short": _text(metric.short),
        "unit": metric.unit,
    }
