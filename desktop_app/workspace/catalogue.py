"""What a front end lists: regions and themes in tree order, name matching, the facts panel's
rows and the JSON records of the ``briefing`` listings. Plain functions over a loaded fact base."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.assemble.dates import when
from desktop_app.assemble.numbers import format_fact
from desktop_app.assemble.selection import region_order, theme_order
from desktop_app.facts import FactBase
from desktop_app.facts import export_json as js
from desktop_app.facts.model import Fact, Region, Theme
from desktop_app.facts.names import match_key, region_names
from desktop_app.language import Lang
from desktop_app.templates import Template


@dataclass(frozen=True)
class FactRow:
    """One fact as the facts panel shows it, in one language."""

    id: str
    statement: str
    value: str  # the figure as the briefing prints it, or — when the fact has none
    date: str  # the period or date it refers to
    source: str  # the publisher and the article's date
    source_detail: str  # title · date · paragraph
    key: str = ""  # what a search matches: statement, figure and source, folded (either script)
    details: str = ""  # everything about the fact, for its details window


def regions_in_order(base: FactBase) -> list[Region]:
    """Every region, each followed by the regions below it (the gazetteer's tree)."""
    order = region_order(base)
    return sorted(base.regions.values(), key=lambda r: order.get(r.id, len(order)))


def themes_in_order(base: FactBase) -> list[Theme]:
    order = theme_order(base)
    return sorted(base.themes.values(), key=lambda t: order.get(t.id, len(order)))


def region_matches(base: FactBase, text: str) -> set[str]:
    """Regions whose id, name or alias contains ``text`` (either script, any case)."""
    key = match_key(text)
    if not key:
        return set(base.regions)
    return {
        region_id
        for region_id in base.regions
        if any(key in match_key(name) for name in region_names(base, region_id))
    }


def fact_row(base: FactBase, fact: Fact, lang: Lang) -> FactRow:
    source = base.sources[fact.source.id]
    publisher = source.publisher.get(lang) if source.publisher else source.id
    detail = f"{source.title.get(lang)} · {source.published} · ¶{fact.source.locator}"
    value = format_fact(fact, lang).text if fact.value is not None else "—"
    statement = fact.statement.get(lang)
    key = match_key(" ".join((fact.statement.zh, fact.statement.en, value, publisher, fact.id)))
    return FactRow(fact.id, statement, value, when(fact, lang), f"{publisher} · {source.published}",
                   detail, key, _details(base, fact, lang, value))  # fmt: skip


_LABELS = {
    "zh": ("表述", "原文数字", "数值", "时间", "来源", "发布", "段落", "不确定之处", "草稿", "是"),
    "en": ("Statement", "Figure as printed", "Value", "Date", "Source", "Published",
           "Paragraph", "Uncertain", "Draft", "yes"),
}  # fmt: skip


def _details(base: FactBase, fact: Fact, lang: Lang, value: str) -> str:
    """The fact as a colleague checking it wants it: statement, figure, dates, source,
    paragraph and what the source leaves unclear."""
    keys = ("statement", "figure", "value", "date", "source", "published", "paragraph",
            "uncertain", "draft", "yes")  # fmt: skip
    label = dict(zip(keys, _LABELS[lang], strict=True))
    source = base.sources[fact.source.id]
    publisher = source.publisher.get(lang) if source.publisher else ""
    lines = [
        f"{label['statement']}: {fact.statement.get(lang)}",
        f"{label['figure']}: {fact.figure or '—'}",
        f"{label['value']}: {value}",
        f"{label['date']}: {when(fact, lang) or '—'}",
        f"{label['source']}: {publisher} — {source.title.get(lang)}",
        f"{label['published']}: {source.published}",
        f"{label['paragraph']}: ¶{fact.source.locator}",
    ]
    lines += [f"{label['uncertain']} ({k}): {v.get(lang)}" for k, v in fact.uncertain.items()]
    if fact.draft:
        lines.append(f"{label['draft']}: {label['yes']}")
    return "\n".join(lines) + f"\n\n{fact.id}"


def listing(base: FactBase, kind: str) -> list[dict[str, Any]]:
    """The JSON records of ``kind``: regions, themes, sources or metrics."""
    to_json = {
        "regions": js.region_json,
        "themes": js.theme_json,
        "sources": js.source_json,
        "metrics": js.metric_json,
    }[kind]
    return [to_json(record) for record in getattr(base, kind).values()]


def fact_record(base: FactBase, fact: Fact) -> dict[str, Any]:
    return js.fact_json(base, fact)


def template_record(template: Template) -> dict[str, Any]:
    return {
        "id": template.id,
        "name": {"zh": template.name.zh, "en": template.name.en},
        "description": {"zh": template.description.zh, "en": template.description.en},
        "audience": template.audience,
        "max_pages": template.page.max_pages,
        "footnotes": template.footnotes,
        "origin": template.origin,
        "file": template.file,
    }
