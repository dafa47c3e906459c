"""Warnings about facts that disagree, or that put different things under one measure.

Two facts conflict when they give one metric for one region, subject and date with different
values (a second article printing 超380万人 where the base holds 407万人). Two facts that give
one metric for one region and date but for different subjects (two funds' sizes) are not a
conflict, but the measure then counts different things side by side, which a chart or a
table would set against each other; that is worth a look too. Both are warnings: the fact
base still loads, and nothing is chosen silently here.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from desktop_app.errors import Problem
from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact
from desktop_app.facts.yaml_source import LocatedDict, load_yaml


def fact_lines(root: Path) -> dict[str, tuple[str, int | None]]:
    """Each fact id's file and line, as the fact files give them."""
    found: dict[str, tuple[str, int | None]] = {}
    for path in sorted((root / "facts").glob("*.yaml")):
        data, problem = load_yaml(path)
        if problem is not None or not isinstance(data, LocatedDict):
            continue
        items = data.get("facts")
        for item in items if isinstance(items, list) else []:
            if isinstance(item, LocatedDict) and isinstance(item.get("id"), str):
                found.setdefault(item["id"], (f"facts/{path.name}", item.line))
    return found


def _place(where: dict[str, tuple[str, int | None]], fact: Fact) -> str:
    file, line = where.get(fact.id, ("facts", None))
    return f"{file}:{line}" if line is not None else file


def conflict_warnings(base: FactBase) -> list[Problem]:
    """Every pair of facts that gives one measure of one region at one date two values, or
    for two different subjects, as warnings naming both facts with file:line and values."""
    groups: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for fact in base.facts:
        date = fact.period or fact.as_of
        if fact.metric and fact.value is not None and date:
            groups[(fact.metric, fact.region, date)].append(fact)
    where = fact_lines(base.root)
    warnings: list[Problem] = []
    for (metric, region, date), facts in groups.items():
        for index, first in enumerate(facts):
            for second in facts[index + 1 :]:
                message = _disagreement(first, second, metric, region, date, where)
                if message:
                    file, line = where.get(first.id, ("facts", None))
                    warnings.append(Problem(file, line, f"fact '{first.id}'", message))
    return sorted(warnings, key=lambda p: (p.file, p.line or 0))


def _disagreement(
    first: Fact,
    second: Fact,
    metric: str,
    region: str,
    date: str,
    where: dict[str, tuple[str, int | None]],
) -> str:
    subjects = (
        first.subject.zh if first.subject else "",
        second.subject.zh if second.subject else "",
    )
    other = f"fact '{second.id}' ({_place(where, second)})"
    if subjects[0] != subjects[1]:
        return (
            f"{metric} for {region} at {date} counts different things: {first.figure} "
            f"({subjects[0] or region}) here and {second.figure} ({subjects[1] or region}) in "
            f"{other}; give them different metrics if a table should not set them side by side"
        )
    if first.value != second.value or first.qualifier != second.qualifier:
        return (
            f"conflict: {metric} for {region} at {date} is {first.figure} here but "
            f"{second.figure} in {other}; keep the better-sourced one, or date them apart"
        )
    return ""
