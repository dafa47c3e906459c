"""What an internal briefing keeps apart from what may be shown.

An internal briefing (对内) carries the facts marked ``audience: internal``: what a district
says of itself (its weaknesses, the headwinds it names), its plans and targets, and its
agencies' own work (trips made, shares of the projects they brought in). Scattered through
the sections, they sat beside what may be shown, and a colleague copying a paragraph into a
letter could not tell which was which. Where the template has a ``background`` section (内部
掌握), the sections tell only what may be shown, and that section tells the rest, grouped:
the district's position and the problems it names, its plans, then its agencies' work. A
brief's background (talking points) stays a short list to take in before a meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from desktop_app.assemble.context import Context
from desktop_app.assemble.narrative import paragraphs, reading_order
from desktop_app.assemble.selection import Selection
from desktop_app.assemble.wording import w
from desktop_app.facts.model import Fact
from desktop_app.model import Block

# the groups, in the order told: what the district says of itself, what it plans, what its
# agencies did (the wording keys of their headings)
GROUPS = ("apart_position", "apart_plans", "apart_work")


def keeps_apart(ctx: Context) -> bool:
    """Whether the sections leave the facts marked internal to the background section."""
    return (
        ctx.internal
        and not ctx.brief
        and any(s.kind == "background" for s in ctx.template.sections)
    )


def shown(selection: Selection) -> Selection:
    """``selection`` without the facts marked internal: what the sections may tell. A fact
    written to run on from one they tell stays with it, part of its sentence (带资落户项目占
    12%，同比增长4%（慎用）, the change marked for checking)."""
    public = {f.id for f in selection.facts if f.audience != "internal"}
    return replace(
        selection,
        facts=tuple(
            f
            for f in selection.facts
            if f.id in public or (f.run_on is not None and f.run_on.after in public)
        ),
    )


def _group(fact: Fact) -> int:
    """Which group ``fact`` is told in: a plan or a rule (a work plan, its 39 tasks) with the
    plans; an agency's own work (its trips, its share of the projects) with the work; what
    the district says of its position (a weakness, a headwind, a figure of its own) first."""
    if fact.plan or fact.themes[0] == "policy":
        return 1
    return 2 if fact.subject is not None else 0


def reference(
    ctx: Context, wanted: set[str] | None, heading: Callable[[], list[Block]]
) -> list[Block]:
    """The background section of an internal briefing: every fact marked internal on the
    ``wanted`` themes (None: any), under the section's ``heading`` (made only if there is
    something to tell), in its groups, each group's facts told as the sections tell theirs (a
    passage's facts in one paragraph, its date said once)."""
    facts = [
        f
        for f in ctx.selection.facts
        if f.audience == "internal"
        and f.id not in ctx.stated
        and f.id not in ctx.shown
        and (wanted is None or f.themes[0] in wanted)
    ]
    if not facts:
        return []
    blocks = heading()
    for index, key in enumerate(GROUPS):
        group = [f for f in facts if _group(f) == index]
        if group:
            ctx.mentioned = set()  # each group names its regions in full again
            blocks.append(ctx.heading(2, w(key, ctx.lang)))
            blocks += paragraphs(ctx, reading_order(group, ctx))
    return blocks
