"""Checks before export: what in a briefing a careful officer would want to know first.

For the facts a built document uses: figures older than the template's ``stale_years``,
conflicts between sources the briefing settled, figures whose source is of the weakest tier
(promotional, or not classified), statements that are still an importer's draft, and any
character no bundled font can draw. Each finding names its fact, in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.assemble.dates import date_key, older_than, when
from desktop_app.assemble.numbers import format_fact
from desktop_app.assemble.selection import Selection
from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact, Text
from desktop_app.fonts import face_for
from desktop_app.model import Document, dump
from desktop_app.templates import Template

KINDS = ("draft", "conflict", "weak-source", "stale", "glyph")  # the order they are listed in


@dataclass(frozen=True)
class Finding:
    kind: str  # one of KINDS
    fact: str  # the fact concerned ("" for text not from a fact)
    text: Text  # one line saying what is the matter and what to do


def _label(base: FactBase, fact: Fact) -> Text:
    if fact.metric:
        metric = base.metrics[fact.metric].label
        return Text(
            f"{metric.zh}（{when(fact, 'zh')}，{format_fact(fact, 'zh').text}）",
            f"{metric.en} ({when(fact, 'en')}, {format_fact(fact, 'en').text})",
        )
    return Text(fact.statement.zh[:24] + "…", fact.statement.en[:40] + "…")


def check(
    base: FactBase, template: Template, selection: Selection, document: Document, date: str
) -> list[Finding]:
    """What to look at in ``document`` before it leaves the office, drafts first."""
    by_id = {f.id: f for f in base.facts}
    used = [by_id[i] for i in document.facts if i in by_id]
    found: list[Finding] = []
    for fact in used:
        label = _label(base, fact)
        if fact.draft:
            found.append(Finding("draft", fact.id, Text(
                f"{label.zh}：陈述仍是导入时的草稿，请改写后删去 draft: true",
                f"{label.en}: the statement is still the importer's draft; rewrite it and "
                "remove draft: true",
            )))  # fmt: skip
        source = base.sources[fact.source.id]
        if source.tier in (None, "promotional"):
            kind = ("宣传材料（可信度最低）", "promotional material (the least trusted tier)")
            if source.tier is None:
                kind = ("未标明可信度的来源", "a source with no credibility tier")
            found.append(Finding("weak-source", fact.id, Text(
                f"{label.zh}：来自{kind[0]}，请核对或换用更可靠的来源",
                f"{label.en}: comes from {kind[1]}; verify it or use a better source",
            )))  # fmt: skip
        if older_than(fact, template.stale_years, date):
            years = int(date[:4]) - int(date_key(fact)[:4])
            found.append(Finding("stale", fact.id, Text(
                f"{label.zh}：数据距今约{years}年（模板以{template.stale_years}年为限），"
                "请查找更新的数据",
                f"{label.en}: about {years} years old (the template's limit is "
                f"{template.stale_years}); look for a newer figure",
            )))  # fmt: skip
    ids = set(document.facts)
    for kept, other, _reason in selection.resolved:
        if kept.id in ids:
            found.append(Finding("conflict", kept.id, Text(
                f"{_label(base, kept).zh}：另一来源作{format_fact(other, 'zh').text}"
                f"（{other.id}），简报采用前者，请确认",
                f"{_label(base, kept).en}: another source gives "
                f"{format_fact(other, 'en').text} ({other.id}); the briefing uses the first; "
                "confirm it",
            )))  # fmt: skip
    found += _glyphs(document, used)
    return sorted(found, key=lambda f: KINDS.index(f.kind))


def _glyphs(document: Document, used: list[Fact]) -> list[Finding]:
    """Characters no bundled font has, each with the fact whose text holds it, if any."""
    missing = sorted({c for c in dump(document)
                      if not c.isspace() and face_for(c) is None})  # fmt: skip
    found = []
    for char in missing:
        owner = next(
            (f for f in used if char in f.statement.zh + f.statement.en + (f.figure or "")), None
        )
        where = f"U+{ord(char):04X}"
        found.append(Finding("glyph", owner.id if owner else "", Text(
            f"字符“{char}”（{where}）没有内置字体可显示，将印成空框；请改写"
            + (f"事实 {owner.id} 的文字" if owner else "模板或名称中的文字"),
            f"the character '{char}' ({where}) is in no bundled font and would print as a box; "
            + (f"reword fact {owner.id}" if owner else "reword the template or name using it"),
        )))  # fmt: skip
    return found
