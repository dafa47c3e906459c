"""Writing accepted candidates into a fact base: one new facts file, one source entry.

Nothing already in the fact base is rewritten. The source entry is appended to
``sources.yaml`` (a copy of the file as it was is kept beside it first), the facts go into a
new ``facts/<source>.yaml``, and the article's cleaned text into ``archives/<source>.txt``
(one paragraph per line, so each locator can be checked). Every file is written whole or not
at all; and if the fact base would then have a problem it did not have before, every change
is undone and the problem is reported.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from desktop_app.errors import BriefingError
from desktop_app.facts.base import FactBase
from desktop_app.facts.loader import load_fact_base
from desktop_app.facts.names import to_simplified
from desktop_app.importer.candidates import Candidate, Proposal, revise
from desktop_app.importer.scanning import as_number
from desktop_app.render.output import write_atomic


class AcceptError(BriefingError):
    """The chosen candidates cannot be written (one line: what to do)."""


@dataclass(frozen=True)
class Accepted:
    facts_file: Path
    archive: Path
    backup: Path
    fact_ids: tuple[str, ...]
    source_id: str


def choose(proposal: Proposal, spec: str) -> list[Candidate]:
    """The candidates ``spec`` names: ``all`` (every one that is not a duplicate) or N,N,..."""
    if spec.strip().lower() == "all":
        return [c for c in proposal.candidates if c.status != "duplicate"]
    chosen: list[Candidate] = []
    by_number = {c.number: c for c in proposal.candidates}
    for part in spec.split(","):
        part = part.strip()
        if not part.isdigit() or int(part) not in by_number:
            raise AcceptError(
                f"--accept: '{part}' is not a candidate number; give 'all' or numbers from 1 to "
                f"{len(proposal.candidates)}, separated by commas"
            )
        chosen.append(by_number[int(part)])
    return chosen


def override(
    base: FactBase, candidates: list[Candidate], field: str, pairs: list[str]
) -> list[Candidate]:
    """Apply ``--metric N=ID`` or ``--region N=ID`` to the chosen candidates."""
    registry = base.metrics if field == "metric" else base.regions
    by_number = {c.number: c for c in candidates}
    for pair in pairs:
        number, _, ident = pair.partition("=")
        if not number.strip().isdigit() or int(number) not in by_number:
            raise AcceptError(f"--{field} {pair}: give N=ID for an accepted candidate N")
        if ident not in registry:
            raise AcceptError(f"--{field} {pair}: no {field} '{ident}' in the fact base")
        by_number[int(number)] = revise(base, by_number[int(number)], **{field: ident})
    return [by_number[c.number] for c in candidates]


def _fact_id(c: Candidate, taken: set[str]) -> str:
    date = (c.period or c.as_of or "").replace("/", "-")
    stem = f"{c.region}-{c.metric or 'plan'}-{date}".strip("-")
    ident, n = stem, 2
    while ident in taken:
        ident, n = f"{stem}-{n}", n + 1
    taken.add(ident)
    return ident


def _record(base: FactBase, c: Candidate, ident: str, source_id: str) -> dict[str, Any]:
    problems = []
    if c.region is None:
        problems.append("no region (give --region N=ID)")
    if c.statement is None:
        problems.append("no metric to draft its statement from (give --metric N=ID)")
    if c.kind == "fact" and c.metric is None:
        problems.append("no metric (give --metric N=ID; add the metric to metrics.yaml first)")
    if c.kind == "fact" and c.metric and base.metrics[c.metric].unit != c.unit:
        problems.append(f"unit {c.unit} differs from metric {c.metric}'s")
    if problems:
        raise AcceptError(f"candidate {c.number} ({c.figure}): " + "; ".join(problems))
    assert c.statement is not None
    fact = c.kind == "fact"
    record: dict[str, Any] = {
        "id": ident,
        "region": c.region,
        "themes": c.themes or ["policy"],
        "metric": c.metric if fact else None,
        "value": as_number(c.value) if fact else None,
        "unit": c.unit if fact else None,
        "qualifier": c.qualifier if fact else None,
        "figure": c.figure if fact else None,
        "period": c.period,
        "as_of": c.as_of,
        "statement": {"zh": c.statement.zh, "en": c.statement.en},
        "source": {"id": source_id, "locator": c.locator},
    }
    if c.subject:
        record["subject"] = {"zh": c.subject, "en": c.subject}
    if c.range_to is not None and fact:
        record["uncertain"] = {
            "value": {
                "zh": f"原文给出一个范围（{c.figure}），此处记其下限。",
                "en": f"The article gives a range ({c.figure}); the lower bound is recorded.",
            }
        }
    if c.draft:
        record["draft"] = True
    if not fact:  # a target (到2027年…力争) is what a place sets out to do
        record["plan"] = True
    return record


def _publisher_en(base: FactBase, publisher: str) -> str:
    """The English name the fact base already gives this publisher, else the printed one."""
    simple = to_simplified(publisher)
    for source in base.sources.values():
        if source.publisher and to_simplified(source.publisher.zh) == simple:
            return source.publisher.en
    return publisher


def _source(base: FactBase, proposal: Proposal, title_en: str | None) -> dict[str, Any]:
    article = proposal.article
    title = article.title or "（无标题）"
    return {
        "id": proposal.source_id,
        "title": {"zh": title, "en": title_en or title},
        "title_printed": article.title is not None,
        # a publisher is named in simplified characters (a title is cited as printed)
        "publisher": {
            "zh": to_simplified(article.publisher),
            "en": _publisher_en(base, article.publisher),
        }
        if article.publisher
        else None,
        "published": article.published,
        "published_inferred": False,
        "published_note": None,
        "url": None,
        "script": article.script,
        "archive": f"{proposal.source_id}.txt",
        "tier": proposal.tier,
    }


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def accept(
    proposal: Proposal,
    base: FactBase,
    into: Path,
    chosen: list[Candidate],
    title_en: str | None = None,
) -> Accepted:
    """Write ``chosen`` into the fact base at ``into``; undo everything if it would break it."""
    if not chosen:
        raise AcceptError("no candidate accepted; nothing was written")
    if proposal.article.published is None:
        raise AcceptError(
            "the article prints no date; add a line '发布时间：YYYY-MM-DD' at its top and "
            "import it again"
        )
    sources_file = into / "sources.yaml"
    if not sources_file.is_file() or not (into / "facts").is_dir():
        raise AcceptError(f"{into}: not a fact base (no sources.yaml or facts/ folder)")
    taken = {f.id for f in base.facts}
    records = [_record(base, c, _fact_id(c, taken), proposal.source_id) for c in chosen]
    facts_file = into / "facts" / f"{proposal.source_id}.yaml"
    archive = into / "archives" / f"{proposal.source_id}.txt"
    if facts_file.exists() or archive.exists():
        raise AcceptError(f"{facts_file}: exists already; nothing was written")
    old = sources_file.read_bytes()
    appended = _appended(old.decode("utf-8"), _source(base, proposal, title_en))
    before = {str(p) for p in load_fact_base(into)[1]}
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = sources_file.with_name(f"sources.yaml.{stamp}.bak")
    shutil.copy2(sources_file, backup)
    archive.parent.mkdir(exist_ok=True)
    written: list[Path] = []
    try:
        write_atomic(archive, ("\n".join(proposal.article.paragraphs) + "\n").encode("utf-8"))
        written.append(archive)
        header = f"# Imported from {proposal.source_id}: statements are drafts until rewritten.\n"
        write_atomic(facts_file, (header + _dump({"facts": records})).encode("utf-8"))
        written.append(facts_file)
        write_atomic(sources_file, appended.encode("utf-8"))
        after = [p for p in load_fact_base(into)[1] if str(p) not in before]
        if after:
            raise AcceptError(f"the import would add a problem, so nothing was kept: {after[0]}")
    except BaseException:
        write_atomic(sources_file, old)
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return Accepted(
        facts_file, archive, backup, tuple(r["id"] for r in records), proposal.source_id
    )


def _appended(text: str, entry: dict[str, Any]) -> str:
    """``sources.yaml``'s text with ``entry`` added at the end of its list, as YAML text (the
    file's comments and layout stay as they are)."""
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise AcceptError("sources.yaml: has no 'sources:' list to add the article to")
    if not re.search(r"^sources:\s*(#.*)?$", text, re.MULTILINE) or list(data) != ["sources"]:
        raise AcceptError("sources.yaml: holds more than a 'sources:' list; add the source by hand")
    item = _dump([entry])
    indented = "".join("  " + line if line.strip() else line for line in item.splitlines(True))
    if re.search(r"^sources:\s*\[\]\s*$", text, re.MULTILINE):
        text = re.sub(r"^sources:\s*\[\]\s*$", "sources:", text, flags=re.MULTILINE)
    joined = text if text.endswith("\n") else text + "\n"
    result = joined + indented
    check = yaml.safe_load(result)
    if check.get("sources", [])[-1:] != [entry]:
        raise AcceptError("sources.yaml: could not add the source safely; add it by hand")
    return result
