"""An article in, candidate facts out: the importer's whole job, as plain data.

``propose`` reads a cleaned :class:`~desktop_app.importer.cleaning.Article` against a fact
base and returns a :class:`Proposal`: the source as the page describes it, one
:class:`Candidate` per figure found in the body (with its suggestions, its standing against
the base and a drafted statement), and every line or number passed over with the reason.
``proposal_json`` is the ``briefing import --json`` contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Text
from desktop_app.facts.names import to_simplified
from desktop_app.importer.classify import standing
from desktop_app.importer.cleaning import Article
from desktop_app.importer.drafts import draft
from desktop_app.importer.scanning import Found, as_number, scan
from desktop_app.importer.suggest import (
    Gazetteer,
    Metrics,
    date_for,
    main_year,
    region_for,
    subject_for,
    themes_for,
)

_OFFICIAL = re.compile(r"政府|管委会|委员会|办公室|局|中心|办$|厅|部$")
_TARGET_YEAR = re.compile(r"(?<!截)(?:到|至)\s*(20\d\d)\s*年")


@dataclass
class Candidate:
    number: int  # 1-based, as --accept names it
    figure: str
    value: Decimal
    unit: str | None
    qualifier: str
    kind: str  # "fact" or "target"
    region: str | None
    metric: str | None
    period: str | None
    as_of: str | None
    locator: int
    sentence: str
    confidence: float
    status: str
    matches: tuple[str, ...]
    themes: list[str]
    subject: str | None
    statement: Text | None  # a draft, or None when there is no metric to draft from
    range_to: Decimal | None = None
    measure: str = ""
    target_year: str | None = None  # the year a plan aims at (到2027年)
    draft: bool = True  # the statement is the importer's, not yet a person's


@dataclass
class Proposal:
    article: Article
    source_id: str
    tier: str
    candidates: list[Candidate]
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The ``briefing import --json`` contract."""
        return proposal_json(self)


def _source_id(base: FactBase, region: str | None, article: Article) -> str:
    stem = f"{region or 'import'}-{(article.published or 'undated')}".lower()
    stem = re.sub(r"[^a-z0-9-]+", "-", stem).strip("-")
    candidate, n = stem, 2
    while candidate in base.sources:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def _tier(article: Article) -> str:
    if article.repost:
        return "portal"
    return "official" if article.publisher and _OFFICIAL.search(article.publisher) else "media"


def _candidate(
    base: FactBase,
    places: Gazetteer,
    metrics: Metrics,
    article: Article,
    number: int,
    locator: int,
    found: Found,
    main: str | None,
    year: str | None,
) -> Candidate:
    paragraph = article.paragraphs[locator - 1]
    whole = (article.title or "") + "".join(article.paragraphs)
    at = paragraph.find(found.sentence)  # where the figure's sentence starts (-1: not found)
    offset = found.start - at if at >= 0 else 0
    region = region_for(places, found.sentence, paragraph, max(0, offset), whole, main)
    before = paragraph[:at] if at >= 0 else ""
    target = found.kind == "target"
    date = date_for(found.sentence, before, article.published, target, year)
    metric, metric_sure = metrics.best(
        found.unit, _contexts(found.sentence, max(0, offset)), region.value
    )
    if metric is None:  # 同比增长12%: the clause before names what grew
        metric, metric_sure = metrics.best(
            found.unit, (found.sentence[: max(0, offset) + 8],), region.value
        )
        metric_sure *= 0.9
    themes = themes_for(base, metric, found.sentence, found.unit)
    target_year = _aim(found.sentence, article.published) if target else None
    sure = (1.0 + region.sure + metric_sure + date.sure) / 4
    candidate = Candidate(
        number=number,
        figure=found.figure,
        value=found.value,
        unit=found.unit,
        qualifier=found.qualifier,
        kind=found.kind,
        region=region.value,
        metric=metric.id if metric else None,
        period=date.period,
        as_of=date.as_of,
        locator=locator,
        sentence=found.sentence,
        confidence=round(sure, 2),
        status="new",
        matches=(),
        themes=themes,
        subject=subject_for(found.sentence),
        statement=None,
        range_to=found.range_to,
        measure=found.measure,
        target_year=target_year,
    )
    return finish(base, candidate)


def finish(base: FactBase, c: Candidate) -> Candidate:
    """``c`` with its standing against the base and, unless a person wrote it, its drafted
    statement worked out afresh from its region, metric, figure and date."""
    target = c.kind == "target"
    metric = base.metrics.get(c.metric) if c.metric else None
    # A plan is a statement, not a figure of a series: it is new, whatever the base holds.
    status = standing(
        base,
        metric=c.metric if metric and not target else None,
        region=c.region if c.region in base.regions else None,
        value=c.value,
        figure=c.figure if not target else "",
        date=c.period or c.as_of,
    )
    statement = c.statement if not c.draft else None
    if statement is None and metric and c.region in base.regions and c.unit:
        statement = draft(
            region=base.regions[c.region],
            metric=metric,
            figure=c.figure,
            value=c.value,
            unit=c.unit,
            qualifier=c.qualifier,
            period=c.period,
            as_of=c.as_of,
            target=target,
            target_year=c.target_year,
        )
    return replace(c, status=status.status, matches=status.matches, statement=statement)


def revise(base: FactBase, c: Candidate, **changes: Any) -> Candidate:
    """``c`` as a person corrected it (region, metric, value, period, as_of, statement...).
    A statement they write is theirs, no longer a draft."""
    if "statement" in changes:
        changes["draft"] = changes["statement"] is None
    return finish(base, replace(c, **changes))


def _aim(sentence: str, published: str | None) -> str | None:
    """The year a plan aims at: 到2027年, else a year the sentence names that is not before
    the article's (2026年园区力争…)."""
    simple = to_simplified(sentence)
    marked = _TARGET_YEAR.search(simple)
    if marked:
        return marked.group(1)
    years = [y for y in re.findall(r"(20\d\d)\s*年", simple) if not published or y >= published[:4]]
    return years[-1] if years else None


def _contexts(sentence: str, offset: int) -> tuple[str, str]:
    """The words that say what a figure counts: its clause up to the figure and a little
    after; and, in a list (独角兽企业12家、潜在独角兽企业58家), only its own item."""
    head = re.split(r"[，,；;：:]", sentence[:offset])[-1]
    tail = re.split(r"[，,。；;、]", sentence[offset:])[0]
    item = re.split(r"[、]", head)[-1]
    return head + tail, item + tail


def propose(base: FactBase, article: Article) -> Proposal:
    """The candidates of ``article`` against ``base``."""
    body = "".join(article.paragraphs)
    places, metrics = Gazetteer(base), Metrics(base)
    year = main_year(body, article.published)
    main = places.main_region(article.title or "", body)
    candidates: list[Candidate] = []
    skipped: list[dict[str, Any]] = [
        {"locator": None, "line": s.line, "text": s.text[:80], "reason": s.reason}
        for s in article.skipped
    ]
    for locator, paragraph in enumerate(article.paragraphs, 1):
        found, passed = scan(paragraph)
        for item in found:
            candidates.append(
                _candidate(
                    base, places, metrics, article, len(candidates) + 1, locator, item, main, year
                )
            )
        skipped += [
            {"locator": locator, "line": None, "text": p.text, "reason": p.reason} for p in passed
        ]
    _mark_repeats(candidates)
    return Proposal(article, _source_id(base, main, article), _tier(article), candidates, skipped)


def _mark_repeats(candidates: list[Candidate]) -> None:
    """A figure the article states twice (in the lead and again in the body) is one fact:
    the second is a duplicate of the first."""
    seen: dict[tuple[Any, ...], int] = {}
    for c in candidates:
        key = (c.metric, c.region, c.value, c.unit, c.period, c.as_of)
        if c.metric and key in seen and c.status == "new":
            c.status, c.matches = "duplicate", (f"candidate {seen[key]}",)
        seen.setdefault(key, c.number)


def proposal_json(proposal: Proposal) -> dict[str, Any]:
    article = proposal.article
    return {
        "source": {
            "id": proposal.source_id,
            "title": article.title,
            "publisher": article.publisher,
            "published": article.published,
            "script": article.script,
            "tier": proposal.tier,
            "repost": article.repost,
            "list_page": article.list_page,
            "paragraphs": list(article.paragraphs),
        },
        "candidates": [_candidate_json(c) for c in proposal.candidates],
        "skipped": proposal.skipped,
    }


def _candidate_json(c: Candidate) -> dict[str, Any]:
    return {
        "number": c.number,
        "figure": c.figure,
        "value": as_number(c.value),
        "range_to": as_number(c.range_to) if c.range_to is not None else None,
        "unit": c.unit,
        "qualifier": c.qualifier,
        "kind": c.kind,
        "region": c.region,
        "metric": c.metric,
        "period": c.period,
        "as_of": c.as_of,
        "locator": c.locator,
        "sentence": c.sentence,
        "confidence": c.confidence,
        "status": c.status,
        "matches": list(c.matches),
        "themes": c.themes,
        "subject": c.subject,
        "statement": {"zh": c.statement.zh, "en": c.statement.en, "draft": c.draft}
        if c.statement
        else None,
    }
