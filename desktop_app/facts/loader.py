"""Loading a fact-base folder: every file, every record, then the checks across records.

``load_fact_base`` never raises on bad content: it returns the valid part of the fact base and
every problem found, so the desktop app can keep working with what it has. ``load_strict``
raises :class:`~desktop_app.errors.FactBaseError` when there is any problem at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.errors import FactBaseError, Problem
from desktop_app.facts.base import FactBase
from desktop_app.facts.fields import RecordReader
from desktop_app.facts.model import Fact, Metric, Region, Source, Theme
from desktop_app.facts.records import read_fact, read_metric, read_region, read_source, read_theme
from desktop_app.facts.yaml_source import LocatedDict, load_yaml

T = TypeVar("T", Source, Region, Theme, Metric, Fact)

LAYOUT = "sources.yaml, regions.yaml, themes.yaml, metrics.yaml and a facts/ folder"


@dataclass(frozen=True)
class Located:
    """Where a record was defined, for messages about it."""

    file: str
    line: int
    subject: str


def _records(
    path: Path, top_key: str, kind: str, read: Callable[[RecordReader], T | None],
    problems: list[Problem],
) -> Iterator[tuple[T, Located]]:  # fmt: skip
    data, problem = load_yaml(path)
    file = str(path)
    if problem:
        problems.append(problem)
        return
    if data is None:
        problems.append(Problem(file, None, None, f"the file is empty; it needs a '{top_key}:' list"))
        return
    if not isinstance(data, LocatedDict) or top_key not in data:
        line = data.line if isinstance(data, LocatedDict) else 1
        problems.append(Problem(file, line, None, f"the file must start with '{top_key}:' and a list"))
        return
    items = data[top_key]
    if items is None:
        return
    if not isinstance(items, list):
        problems.append(Problem(file, data.line_of(top_key), None, f"'{top_key}' must be a list"))
        return
    for extra in (k for k in data if k != top_key):
        problems.append(Problem(file, data.line_of(extra), None, f"unknown top-level key '{extra}'"))
    for index, item in enumerate(items, 1):
        if not isinstance(item, LocatedDict):
            line = items.item_lines[index - 1] if hasattr(items, "item_lines") else None
            problems.append(Problem(file, line, f"{kind} #{index}", "each entry must be a mapping"))
            continue
        reader = RecordReader(file, item, kind, index, problems)
        record = read(reader)
        if record is not None:
            yield record, Located(file, item.line, reader.subject)


def _collect(
    paths: list[Path], top_key: str, kind: str, read: Callable[[RecordReader], T | None],
    problems: list[Problem],
) -> dict[str, tuple[T, Located]]:  # fmt: skip
    found: dict[str, tuple[T, Located]] = {}
    for path in paths:
        for record, where in _records(path, top_key, kind, read, problems):
            if record.id in found:
                first = found[record.id][1]
                problems.append(
                    Problem(where.file, where.line, where.subject,
                            f"duplicate id; first defined at {_where(first)}")
                )  # fmt: skip
                continue
            found[record.id] = (record, where)
    return found


def _where(located: Located) -> str:
    from desktop_app.errors import display_path

    return f"{display_path(located.file)}:{located.line}"


def _check_tree(
    records: dict[str, tuple[Any, Located]], kind: str, problems: list[Problem]
) -> set[str]:
    """Parents must exist and the tree must not loop. Returns the ids that are unusable."""
    bad: set[str] = set()
    for ident, (record, where) in records.items():
        if record.parent is not None and record.parent not in records:
            problems.append(
                Problem(where.file, where.line, where.subject, f"unknown parent {kind} '{record.parent}'")
            )
            bad.add(ident)
            continue
        seen, current = {ident}, record.parent
        while current is not None and current in records:
            if current in seen:
                problems.append(
                    Problem(where.file, where.line, where.subject, f"parent chain loops back to '{current}'")
                )
                bad.add(ident)
                break
            seen.add(current)
            current = records[current][0].parent
    return bad


def _check_fact(
    fact: Fact,
    where: Located,
    base: dict[str, dict[str, Any]],
    problems: list[Problem],
) -> bool:
    ok = True

    def report(message: str) -> None:
        nonlocal ok
        ok = False
        problems.append(Problem(where.file, where.line, where.subject, message))

    if fact.region not in base["regions"]:
        report(f"unknown region '{fact.region}'; use an id from regions.yaml")
    for theme in fact.themes:
        if theme not in base["themes"]:
            report(f"unknown theme '{theme}'; use an id from themes.yaml")
    if fact.source.id not in base["sources"]:
        report(f"unknown source '{fact.source.id}'; use an id from sources.yaml")
    if fact.metric is not None:
        metric = base["metrics"].get(fact.metric)
        if metric is None:
            report(f"unknown metric '{fact.metric}'; use an id from metrics.yaml")
        elif metric[0].unit != fact.unit:
            report(f"unit '{fact.unit}' does not match metric '{fact.metric}', which is in '{metric[0].unit}'")
    return ok


def load_fact_base(root: Path) -> tuple[FactBase, list[Problem]]:
    """Load the fact base in ``root``. Returns its valid part and every problem found."""
    problems: list[Problem] = []
    root = Path(root)
    if not root.is_dir():
        problems.append(Problem(str(root), None, None, f"not a folder; a fact base holds {LAYOUT}"))
    files = {name: root / f"{name}.yaml" for name in ("sources", "regions", "themes", "metrics")}
    for path in files.values():
        if root.is_dir() and not path.is_file():
            problems.append(Problem(str(path), None, None, f"file not found; a fact base holds {LAYOUT}"))
    fact_dir = root / "facts"
    if root.is_dir() and not fact_dir.is_dir():
        problems.append(Problem(str(fact_dir), None, None, f"folder not found; a fact base holds {LAYOUT}"))
    fact_files = sorted(fact_dir.glob("*.yaml")) if fact_dir.is_dir() else []

    def present(name: str) -> list[Path]:
        return [files[name]] if files[name].is_file() else []

    records: dict[str, dict[str, Any]] = {
        "sources": _collect(present("sources"), "sources", "source", read_source, problems),
        "regions": _collect(present("regions"), "regions", "region", read_region, problems),
        "themes": _collect(present("themes"), "themes", "theme", read_theme, problems),
        "metrics": _collect(present("metrics"), "metrics", "metric", read_metric, problems),
    }
    bad_regions = _check_tree(records["regions"], "region", problems)
    bad_themes = _check_tree(records["themes"], "theme", problems)
    fact_records = _collect(fact_files, "facts", "fact", read_fact, problems)
    facts = tuple(
        fact for fact, where in fact_records.values() if _check_fact(fact, where, records, problems)
    )
    base = FactBase(
        root=root,
        sources={k: v[0] for k, v in records["sources"].items()},
        regions={k: v[0] for k, v in records["regions"].items() if k not in bad_regions},
        themes={k: v[0] for k, v in records["themes"].items() if k not in bad_themes},
        metrics={k: v[0] for k, v in records["metrics"].items()},
        facts=facts,
    )
    return base, sorted(problems, key=lambda p: (p.file, p.line or 0))


def load_strict(root: Path) -> FactBase:
    """Load the fact base in ``root``; raise FactBaseError listing every problem, if any."""
    base, problems = load_fact_base(root)
    if problems:
        raise FactBaseError(problems)
    return base
