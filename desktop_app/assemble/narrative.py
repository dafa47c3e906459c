"""Turning facts into running text: each statement in the document's language, with its note."""

from __future__ import annotations

from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import date_key
from desktop_app.assemble.numbers import COUNT_UNITS
from desktop_app.facts.model import Fact
from desktop_app.model import BulletList, Inline, Paragraph, Run


def weight(fact: Fact) -> int:
    """0 for counts and amounts, 1 for other figures (shares, ranks), 2 for statements."""
    if fact.value is None:
        return 2
    return 0 if fact.unit in COUNT_UNITS else 1


def pick(facts: list[Fact], limit: int) -> list[Fact]:
    """Up to ``limit`` facts, kept in their given order. Each source takes its turn, newest
    source first, so that older articles still contribute; within a source, counts and
    amounts come first, then other figures, then statements."""
    if limit <= 0 or len(facts) <= limit:
        return list(facts)
    by_source: dict[str, list[Fact]] = {}
    for fact in sorted(facts, key=lambda f: (_neg(date_key(f)), weight(f))):
        by_source.setdefault(fact.source.id, []).append(fact)
    queues = [sorted(group, key=weight) for group in by_source.values()]
    keep: set[str] = set()
    while len(keep) < limit and any(queues):
        for queue in queues:
            if queue and len(keep) < limit:
                keep.add(queue.pop(0).id)
    return [f for f in facts if f.id in keep]


def _neg(key: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in key)


def reading_order(facts: list[Fact], ctx: Context) -> list[Fact]:
    """Figures before general statements; then newest source first, in paragraph order."""
    published = {s.id: s.published for s in ctx.base.sources.values()}
    return sorted(
        facts, key=lambda f: (f.value is None, _neg(published[f.source.id]), f.source.locator)
    )


def sentence(ctx: Context, fact: Fact) -> list[Inline]:
    ctx.use([fact])
    return [Run(fact.statement.get(ctx.lang)), ctx.citations.note(fact)]


def paragraphs(ctx: Context, facts: list[Fact]) -> list[Paragraph]:
    """Facts from the same source paragraph run together; each keeps its own footnote."""
    result: list[Paragraph] = []
    run: list[Inline] = []
    previous: tuple[str, int] | None = None
    for fact in facts:
        origin = (fact.source.id, fact.source.locator)
        if run and origin != previous:
            result.append(Paragraph(tuple(run)))
            run = []
        if run and ctx.lang == "en":
            run.append(Run(" "))
        run.extend(sentence(ctx, fact))
        previous = origin
    if run:
        result.append(Paragraph(tuple(run)))
    return result


def bullets(ctx: Context, facts: list[Fact]) -> BulletList:
    return BulletList(tuple(tuple(sentence(ctx, fact)) for fact in facts))
