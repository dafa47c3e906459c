"""How a figure is named in tables and lists: what it measures, and whose it is."""

from __future__ import annotations

from desktop_app.assemble.context import Context
from desktop_app.assemble.wording import w
from desktop_app.facts.model import Fact


def figure_label(ctx: Context, fact: Fact) -> str:
    """What a figure measures, naming its subject when it has one: 首期规模（XX基金）, so that a
    company's, a fund's or an event's figure is never read as the region's."""
    assert fact.metric
    label = ctx.base.metrics[fact.metric].label.get(ctx.lang)
    if fact.subject is None:
        return label
    return w("subject_label", ctx.lang, label=label, subject=fact.subject.get(ctx.lang))
