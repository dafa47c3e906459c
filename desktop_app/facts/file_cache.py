"""Fact files read before, kept as their checked records so that a large fact base loads
fast the next time (parsing YAML is most of a load: about 0.3 ms a fact).

An entry is keyed by a hash of the file's bytes and of the code that reads and checks records,
so an edited file, or a new version of the app, is read afresh. Only files in which every
record was valid are kept; files with problems are always read again, so their messages keep
their exact lines. The checks across files (ids, regions, themes, sources, metrics) run on
every load either way.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from sys import intern

from desktop_app.disk_cache import code_fingerprint, read_entry, write_entry
from desktop_app.facts.model import Fact, RunOn, SourceRef, Text

Entry = tuple[Fact, str, int, str, dict[str, int]]  # fact, id, line, subject, key lines
_READERS = ("yaml_source.py", "fields.py", "records.py", "figures.py", "units.py", "model.py",
            "file_cache.py", "loader.py", "../language.py")  # fmt: skip


@cache
def _code_fingerprint() -> str:
    """The code a fact file's records depend on."""
    folder = Path(__file__).parent
    return code_fingerprint(folder / name for name in _READERS).hex()[:16]


def _name(raw: bytes) -> str:
    return f"{_code_fingerprint()}-{hashlib.sha256(raw).hexdigest()[:40]}.json"


def _encode(fact: Fact) -> list[object]:
    return [fact.id, fact.region, list(fact.themes), fact.metric, fact.value, fact.unit,
            fact.qualifier, fact.figure, fact.period, fact.as_of,
            [fact.statement.zh, fact.statement.en], [fact.source.id, fact.source.locator],
            {k: [v.zh, v.en] for k, v in fact.uncertain.items()},
            [fact.subject.zh, fact.subject.en] if fact.subject else None,
            fact.audience, fact.draft, _run_on(fact.run_on), fact.plan,
            fact.lasting]  # fmt: skip


def _run_on(run_on: RunOn | None) -> list[str] | None:
    return [run_on.after, run_on.text.zh, run_on.text.en] if run_on else None


def _shared(text: str | None) -> str | None:
    """One copy of a name that many facts repeat (a region, theme or unit id)."""
    return None if text is None else intern(text)


def _decode(row: list) -> Fact:  # type: ignore[type-arg]
    ident, region, themes, metric, value, unit, qualifier, figure, period, as_of = row[:10]
    (zh, en), (source, locator), uncertain, subject, audience, draft, run_on, plan, lasting = row[
        10:
    ]
    notes = {k: Text(*v) for k, v in uncertain.items()}
    return Fact(ident, intern(region), tuple(intern(t) for t in themes), _shared(metric), value,
                _shared(unit), _shared(qualifier), figure, _shared(period), _shared(as_of),
                Text(zh, en), SourceRef(intern(source), locator), notes,
                Text(*subject) if subject else None, intern(audience), draft,
                RunOn(run_on[0], Text(*run_on[1:])) if run_on else None, plan,
                lasting)  # fmt: skip


def cached_records(raw: bytes) -> list[Entry] | None:
    """The records of a fact file with these bytes, if it was read before and was valid."""
    data = read_entry("facts", _name(raw))
    if data is None:
        return None
    try:
        rows = json.loads(data)
        return [(_decode(fact), ident, line, subject, keys) for fact, ident, line, subject, keys
                in rows]  # fmt: skip
    except (ValueError, TypeError):  # a damaged entry: read the file again
        return None


def keep_records(raw: bytes, entries: list[Entry]) -> None:
    rows = [[_encode(fact), ident, line, subject, keys] for fact, ident, line, subject, keys
            in entries]  # fmt: skip
    write_entry("facts", _name(raw), json.dumps(rows, ensure_ascii=False).encode("utf-8"))
