"""Loading a fact-base folder: every file, every record, then the checks across records.

``load_fact_base`` never raises on bad content: it returns the valid part of the fact base and
every problem found, so the desktop app can keep working with what it has. ``load_strict``
raises :class:`~desktop_app.errors.FactBaseError` when there is any problem at all.

A problem is reported once, where it is: a fact that refers to a broken record, or to a
registry file that could not be read, is left out quietly rather than reported again.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeVar

from desktop_app.errors import FactBaseError, Problem, display_path
from desktop_app.facts.base import FactBase
from desktop_app.facts.fields import RecordReader
from desktop_app.facts.file_cache import cached_records, keep_records
from desktop_app.facts.model import Fact, Metric, Region, Source, Theme
from desktop_app.facts.names import resolve_region
from desktop_app.facts.records import read_fact, read_metric, read_region, read_source, read_theme
from desktop_app.facts.yaml_source import MAX_FILE_BYTES, LocatedDict, load_yaml
from desktop_app.memory import cycle_collection_paused

T = TypeVar("T", Source, Region, Theme, Metric, Fact)

REGISTRIES = ("sources", "regions", "themes", "metrics")
LAYOUT = "sources.yaml, regions.yaml, themes.yaml, metrics.yaml and a facts/ folder"


# The keys that the checks across records may point at (a large base keeps one Located per
# record until they have run, so only these lines are kept).
_CHECKED = ("id", "parent", "region", "themes", "source", "metric", "unit", "period", "run_on")


@dataclass(frozen=True, slots=True)
class Located:
    """Where a record was defined, for messages about it."""

    file: str
    line: int
    subject: str
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)

    def __str__(self) -> str:
        return f"{display_path(self.file)}:{self.line}"


@dataclass
class _Findings:
    """What loading has found wrong so far."""

    problems: list[Problem] = field(default_factory=list)
    broken_ids: set[str] = field(default_factory=set)  # records present but invalid
    unreadable: set[str] = field(default_factory=set)  # registries whose file failed

    def add(self, file: str, line: int | None, subject: str | None, message: str) -> None:
        self.problems.append(Problem(file, line, subject, message))


def _left_out(path: Path, raw: bytes | None) -> str:
    """What a facts file that cannot be read costs: its facts, counted by their ids."""
    try:
        text = raw if raw is not None else path.read_bytes()
    except OSError:
        text = b""
    count = len(re.findall(rb"(?m)^[ \t]*-[ \t]*id[ \t]*:", text))
    if count == 1:
        return "; the one fact in this file is not used until it is fixed"
    if count:
        return f"; none of the {count} facts in this file is used until it is fixed"
    return "; no fact in this file is used until it is fixed"


def _records(
    path: Path,
    top_key: str,
    kind: str,
    read: Callable[[RecordReader], T | None],
    found: _Findings,
    raw: bytes | None = None,
    hints: Mapping[str, Callable[[str], str]] | None = None,
) -> Iterator[tuple[T | None, str | None, Located]]:
    """Each record in ``path``: the model object (None if invalid), its raw id, its place
    (``hints``: see RecordReader)."""
    data, problem = load_yaml(path, raw)
    file = str(path)
    if problem or data is None or not isinstance(data, LocatedDict) or top_key not in data:
        found.unreadable.add(top_key)
        if problem and top_key == "facts":
            problem = replace(problem, message=problem.message + _left_out(path, raw))
        if problem:
            found.problems.append(problem)
        elif data is None:
            found.add(file, None, None, f"the file is empty; it needs a '{top_key}:' list")
        else:
            line = data.line if isinstance(data, LocatedDict) else 1
            found.add(file, line, None, f"the file must start with '{top_key}:' and a list")
        return
    items = data[top_key]
    if items is None:
        return
    if not isinstance(items, list):
        found.unreadable.add(top_key)
        found.add(file, data.line_of(top_key), None, f"'{top_key}' must be a list")
        return
    for extra in (k for k in data if k != top_key):
        found.add(file, data.line_of(extra), None, f"unknown top-level key '{extra}'")
    for index, item in enumerate(items, 1):
        if not isinstance(item, LocatedDict):
            line = items.item_lines[index - 1] if hasattr(items, "item_lines") else None
            found.add(file, line, f"{kind} #{index}", "each entry must be a mapping")
            continue
        reader = RecordReader(file, item, kind, index, found.problems, hints)
        record = read(reader)
        raw_id = item.get("id")
        lines = item.key_lines
        where = Located(
            file, item.line, reader.subject, {k: lines[k] for k in _CHECKED if k in lines}
        )
        yield record, raw_id if isinstance(raw_id, str) else None, where


def _fact_records(
    path: Path, found: _Findings, hints: Mapping[str, Callable[[str], str]] | None = None
) -> Iterator[tuple[Fact | None, str | None, Located]]:
    """The records of a fact file, from the cache when the same file was read before."""
    try:
        raw: bytes | None = path.read_bytes() if path.stat().st_size <= MAX_FILE_BYTES else None
    except OSError:
        raw = None  # load_yaml reports it
    if raw is not None and (hit := cached_records(raw)) is not None:
        for fact, ident, line, subject, keys in hit:
            yield fact, ident, Located(str(path), line, subject, keys)
        return
    before = len(found.problems)
    items = list(_records(path, "facts", "fact", read_fact, found, raw, hints))
    valid = all(record is not None and ident is not None for record, ident, _ in items)
    if raw is not None and valid and len(found.problems) == before:
        keep_records(raw, [(r, i, w.line, w.subject, w.key_lines) for r, i, w in items])  # type: ignore[misc]
    yield from items


Records = Callable[[Path], Iterator[tuple[T | None, str | None, Located]]]


def _collect(
    paths: list[Path], records_in: Records[T], found: _Findings
) -> dict[str, tuple[T, Located]]:
    """Valid records by id (each file read by ``records_in``); the ids of invalid ones go to
    ``found.broken_ids``."""
    records: dict[str, tuple[T, Located]] = {}
    first_seen: dict[str, Located] = {}
    for path in paths:
        for record, ident, where in records_in(path):
            if ident is None:
                continue
            if ident in first_seen:
                message = f"duplicate id; first defined at {first_seen[ident]}"
                found.add(where.file, where.line_of("id"), where.subject, message)
                continue
            first_seen[ident] = where
            if record is None:
                found.broken_ids.add(ident)
            else:
                records[ident] = (record, where)
    return records


def _check_tree(records: dict[str, tuple[Any, Located]], kind: str, found: _Findings) -> set[str]:
    """Parents must exist and the tree must not loop. Returns the ids that are unusable."""
    bad: set[str] = set()
    for ident, (record, where) in records.items():
        line = where.line_of("parent")
        if record.parent is not None and record.parent not in records:
            message = f"unknown parent {kind} '{record.parent}'; use an id defined in this file"
            found.add(where.file, line, where.subject, message)
            bad.add(ident)
            continue
        chain, current = [ident], record.parent
        while current is not None and current in records and current not in chain:
            chain.append(current)
            current = records[current][0].parent
        if current is not None and current in chain:
            bad.add(ident)  # in a loop, or below one
            if current == ident:
                loop = " > ".join([*chain, ident])
                message = f"parent chain loops ({loop}); give one {kind} another parent, or null"
                found.add(where.file, line, where.subject, message)
    return bad


def _check_fact(
    fact: Fact, where: Located, registries: dict[str, dict[str, Any]], found: _Findings
) -> bool:
    """Check the fact's references; True when it can be used."""
    refs = [fact.region, *fact.themes, fact.source.id, fact.metric]
    if found.unreadable & set(REGISTRIES) or found.broken_ids.intersection(refs):
        return False  # what it refers to is already reported

    problems_before = len(found.problems)

    def report(key: str, message: str) -> None:
        found.add(where.file, where.line_of(key), where.subject, message)

    def unknown(key: str, kind: str, ident: str, registry: str) -> None:
        close = closest(ident, registries[registry])
        where = f"use an id from {registry}.yaml"
        hint = f"did you mean '{close}'? ({where})" if close else where
        report(key, f"unknown {kind} '{ident}'; {hint}")

    if fact.region not in registries["regions"]:
        unknown("region", "region", fact.region, "regions")
    for theme in fact.themes:
        if theme not in registries["themes"]:
            unknown("themes", "theme", theme, "themes")
    source = registries["sources"].get(fact.source.id)
    if source is None:
        unknown("source", "source", fact.source.id, "sources")
    elif fact.period and _after(fact.period.split("/")[0], source[0].published):
        report(
            "period",
            f"period {fact.period} begins after the article's date {source[0].published}; "
            "a figure cannot be counted before it happens (a target is a statement of plans)",
        )
    if fact.run_on is not None and fact.run_on.after not in registries["facts"]:
        close = closest(fact.run_on.after, registries["facts"])
        hint = f"did you mean '{close}'?" if close else "use the id of the fact it follows"
        report("run_on", f"run_on.after names an unknown fact '{fact.run_on.after}'; {hint}")
    if fact.metric is not None:
        metric = registries["metrics"].get(fact.metric)
        if metric is None:
            unknown("metric", "metric", fact.metric, "metrics")
        elif metric[0].unit != fact.unit:
            unit = metric[0].unit
            report(
                "unit",
                f"unit '{fact.unit}' does not match metric '{fact.metric}', which is in '{unit}'",
            )
    return len(found.problems) == problems_before


def closest(unknown: str, known: Iterable[str]) -> str | None:
    """The known id closest to ``unknown`` (new-tech-projects for new-tech-project), if any
    is close."""
    close = difflib.get_close_matches(unknown, list(known), n=1, cutoff=0.75)
    return close[0] if close else None


def _after(start: str, published: str) -> bool:
    """Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) lies after another, at the precision both
    give: 2027 is after 2026-03; 2026-05 is not after 2026."""
    precision = min(len(start), len(published))
    return start[:precision] > published[:precision]


def _region_hint(regions: dict[str, tuple[Any, Located]]) -> Callable[[str], str]:
    """For a region written by its name (园区), the id it stands for: write sip."""
    gazetteer = SimpleNamespace(regions={k: v[0] for k, v in regions.items()})

    def hint(name: str) -> str:
        region = resolve_region(gazetteer, name)  # type: ignore[arg-type]
        return f"; '{name}' is region '{region}': write {region}" if region else ""

    return hint


def _layout_problems(root: Path, found: _Findings) -> None:
    if not root.is_dir():
        found.add(str(root), None, None, f"not a folder; a fact base holds {LAYOUT}")
        found.unreadable.update(REGISTRIES)
        return
    for name in REGISTRIES:
        path = root / f"{name}.yaml"
        if not path.is_file():
            found.add(str(path), None, None, f"file not found; a fact base holds {LAYOUT}")
            found.unreadable.add(name)
    if not (root / "facts").is_dir():
        found.add(str(root / "facts"), None, None, f"folder not found; a fact base holds {LAYOUT}")


def load_fact_base(root: Path) -> tuple[FactBase, list[Problem]]:
    """Load the fact base in ``root``. Returns its valid part and every problem found."""
    with cycle_collection_paused():
        return _load(Path(root))


def _load(root: Path) -> tuple[FactBase, list[Problem]]:
    found = _Findings()
    _layout_problems(root, found)
    readers = {
        "sources": ("source", read_source),
        "regions": ("region", read_region),
        "themes": ("theme", read_theme),
        "metrics": ("metric", read_metric),
    }
    registries: dict[str, dict[str, Any]] = {}
    for name, (kind, read) in readers.items():
        path = root / f"{name}.yaml"
        paths = [path] if path.is_file() else []
        registries[name] = _collect(
            paths, partial(_records, top_key=name, kind=kind, read=read, found=found), found
        )
    bad_regions = _check_tree(registries["regions"], "region", found)
    bad_themes = _check_tree(registries["themes"], "theme", found)
    fact_files = sorted((root / "facts").glob("*.yaml")) if (root / "facts").is_dir() else []
    hints = {"region": _region_hint(registries["regions"])}
    fact_records = _collect(fact_files, partial(_fact_records, found=found, hints=hints), found)
    registries["facts"] = fact_records
    facts = tuple(
        fact for fact, where in fact_records.values() if _check_fact(fact, where, registries, found)
    )
    del registries["facts"]
    base = FactBase(
        root=root,
        sources={k: v[0] for k, v in registries["sources"].items()},
        regions={k: v[0] for k, v in registries["regions"].items() if k not in bad_regions},
        themes={k: v[0] for k, v in registries["themes"].items() if k not in bad_themes},
        metrics={k: v[0] for k, v in registries["metrics"].items()},
        facts=facts,
    )
    return base, sorted(found.problems, key=lambda p: (p.file, p.line or 0))


def load_strict(root: Path) -> FactBase:
    """Load the fact base in ``root``; raise FactBaseError listing every problem, if any."""
    base, problems = load_fact_base(root)
    if problems:
        raise FactBaseError(problems)
    return base
