"""Turning one YAML record into a model object, checking everything that one record can show.

Cross-record checks (duplicate ids, references, the region tree) live in :mod:`.loader`.
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.facts.fields import RecordReader, describe
from desktop_app.facts.figures import FigureError, parse_figure
from desktop_app.facts.model import (
    AUDIENCES,
    TIERS,
    Fact,
    Metric,
    Region,
    RunOn,
    Source,
    SourceRef,
    Text,
    Theme,
)
from desktop_app.facts.units import QUALIFIERS, REGION_KINDS, UNITS

SOURCE_FIELDS = [
    "id",
    "title",
    "title_printed",
    "publisher",
    "published",
    "published_inferred",
    "published_note",
    "url",
    "script",
    "archive",
    "note",
    "tier",
]
REGION_FIELDS = ["id", "parent", "kind", "name", "aliases", "short"]
THEME_FIELDS = ["id", "parent", "label"]
ELAPSED_PLACES = ("{start}", "{n}")  # in a metric's elapsed statement
METRIC_FIELDS = ["id", "label", "unit", "short", "elapsed", "family"]
FACT_FIELDS = [
    "id",
    "region",
    "themes",
    "metric",
    "value",
    "unit",
    "qualifier",
    "figure",
    "period",
    "as_of",
    "statement",
    "source",
    "uncertain",
    "subject",
    "audience",
    "draft",
    "run_on",
    "plan",
    "lasting",
]
FIGURE_MAX_LEN = 24
SUBJECT_MAX_LEN = 120


def read_source(r: RecordReader) -> Source | None:
    r.reject_unknown(SOURCE_FIELDS)
    ident = r.ident()
    title = r.bilingual("title")
    title_printed = r.boolean("title_printed")
    publisher = r.bilingual("publisher", required=False) if r.data.get("publisher") else None
    if "publisher" not in r.data:
        r.problem(None, "publisher is missing; add it (null when the page names none)")
    published = r.date("published")
    inferred = r.boolean("published_inferred")
    note = r.text("published_note", required=False)
    if inferred and not note:
        r.problem("published_note", "published_note must say how the inferred date was inferred")
    url = r.url("url")
    script = r.choice("script", ("simplified", "traditional"))
    archive = r.text("archive", required=False)
    extra = r.text("note", required=False)
    tier = r.choice("tier", TIERS, required=False) if r.data.get("tier") is not None else None
    if not r.ok:
        return None
    assert ident and title and published and script and title_printed is not None
    assert inferred is not None
    return Source(
        ident,
        title,
        title_printed,
        publisher,
        published,
        inferred,
        note,
        url,
        script,
        archive,
        extra,
        tier,  # type: ignore[arg-type]
    )  # type: ignore[arg-type]


def read_region(r: RecordReader) -> Region | None:
    r.reject_unknown(REGION_FIELDS)
    ident = r.ident()
    parent = r.reference("parent", required=False)
    if "parent" not in r.data:
        r.problem(None, "parent is missing; add it (null for the top region)")
    kind = r.choice("kind", REGION_KINDS)
    name = r.bilingual("name")
    aliases = r.text_list("aliases")
    short = r.bilingual("short", required=False, max_len=40) if "short" in r.data else None
    if not r.ok:
        return None
    assert ident and kind and name and aliases is not None
    return Region(ident, parent, kind, name, aliases, short)


def read_theme(r: RecordReader) -> Theme | None:
    r.reject_unknown(THEME_FIELDS)
    ident = r.ident()
    parent = r.reference("parent", required=False)
    if "parent" not in r.data:
        r.problem(None, "parent is missing; add it (null for a top-level theme)")
    label = r.bilingual("label")
    if not r.ok:
        return None
    assert ident and label
    return Theme(ident, parent, label)


def read_metric(r: RecordReader) -> Metric | None:
    r.reject_unknown(METRIC_FIELDS)
    ident = r.ident()
    label = r.bilingual("label")
    unit = r.choice("unit", UNITS)
    short = r.bilingual("short", required=False) if "short" in r.data else None
    elapsed = r.bilingual("elapsed", required=False) if "elapsed" in r.data else None
    family = r.bilingual("family", required=False) if "family" in r.data else None
    if elapsed is not None:
        if unit != "year":
            r.problem("elapsed", "elapsed is for a count of years; set unit: year or remove it")
        for lang in ("zh", "en"):
            missing = [p for p in ELAPSED_PLACES if p not in elapsed.get(lang)]
            if missing:
                r.problem("elapsed", f"elapsed.{lang} must contain {', '.join(missing)}")
    if not r.ok:
        return None
    assert ident and label and unit
    return Metric(ident, label, unit, short, elapsed, family)


def read_fact(r: RecordReader) -> Fact | None:
    r.reject_unknown(FACT_FIELDS)
    for required in ("metric", "value", "unit", "qualifier", "figure"):
        if required not in r.data:
            r.problem(None, f"{required} is missing; add it (null for a qualitative statement)")
    ident = r.ident()
    region = r.reference("region")
    themes = r.reference_list("themes")
    metric = r.reference("metric", required=False)
    value = r.number("value")
    unit = r.choice("unit", UNITS, required=False) if r.data.get("unit") is not None else None
    qualifier = (
        r.choice("qualifier", QUALIFIERS, required=False)
        if r.data.get("qualifier") is not None
        else None
    )
    figure = r.text("figure", required=False, max_len=FIGURE_MAX_LEN)
    period = r.date("period", required=False, allow_range=True)
    as_of = r.date("as_of", required=False)
    if period is not None and as_of is not None:
        r.problem("as_of", "give period (the span a figure covers) or as_of (the date it "
                  "stands at), not both")  # fmt: skip
    elif period is None and as_of is None and r.ok:
        r.problem(None, "give period (the span a figure covers) or as_of (the date it stands "
                  "at); one of them is needed")  # fmt: skip
    statement = r.bilingual("statement")
    source = _read_source_ref(r)
    uncertain = _read_uncertain(r)
    subject = (
        r.bilingual("subject", required=False, max_len=SUBJECT_MAX_LEN)
        if r.data.get("subject") is not None
        else None
    )
    audience = r.choice("audience", AUDIENCES, required=False) or "public"
    draft = r.boolean("draft") if "draft" in r.data else False
    run_on = _read_run_on(r, ident) if r.data.get("run_on") is not None else None
    plan = r.boolean("plan") if "plan" in r.data else False
    lasting = r.boolean("lasting") if "lasting" in r.data else False
    _check_value_fields(r, metric, value, unit, qualifier, figure)
    if not r.ok:
        return None
    assert ident and region and themes and statement and source and uncertain is not None
    return Fact(
        ident,
        region,
        themes,
        metric,
        value,
        unit,
        qualifier,
        figure,
        period,
        as_of,
        statement,
        source,
        uncertain,
        subject,
        audience,  # type: ignore[arg-type]
        bool(draft),
        run_on,
        bool(plan),
        bool(lasting),
    )


def _read_run_on(r: RecordReader, ident: str | None) -> RunOn | None:
    """run_on: {after: <fact id>, zh: ..., en: ...}; which fact exists is the loader's check."""
    value = r.mapping("run_on")
    if value is None:
        return None
    after = value.get("after")
    extra = sorted(str(k) for k in value if k not in ("after", "zh", "en"))
    if extra:
        r.problem("run_on", f"run_on takes only after, zh and en, not {', '.join(extra)}")
    if not isinstance(after, str) or not after.strip():
        r.problem("run_on", "run_on.after must be the id of the fact this wording follows")
        return None
    if after == ident:
        r.problem("run_on", "run_on.after names this fact itself; name the fact it follows")
        return None
    texts = {lang: value.get(lang) for lang in ("zh", "en")}
    bad = [lang for lang, text in texts.items() if not isinstance(text, str) or not text.strip()]
    if bad:
        r.problem("run_on", f"run_on.{bad[0]} must be non-empty text")
        return None
    return RunOn(after.strip(), Text(texts["zh"].strip(), texts["en"].strip()))  # type: ignore[union-attr]


def _read_source_ref(r: RecordReader) -> SourceRef | None:
    ref = r.data.get("source")
    if ref is None:
        r.problem(
            None if "source" not in r.data else "source", "source is missing; add {id, locator}"
        )
        return None
    if not isinstance(ref, dict):
        r.problem("source", f"source must be a mapping {{id, locator}}, got {describe(ref)}")
        return None
    ident, locator = ref.get("id"), ref.get("locator")
    if not isinstance(ident, str) or not ident:
        r.problem("source", f"source.id must be a source id, got {describe(ident)}")
        return None
    if isinstance(locator, bool) or not isinstance(locator, int) or locator < 1:
        r.problem(
            "source",
            f"source.locator must be a paragraph number (1 or more), got {describe(locator)}",
        )
        return None
    extra = sorted(str(k) for k in ref if k not in ("id", "locator"))
    if extra:
        r.problem("source", f"source takes only id and locator, not {', '.join(extra)}")
        return None
    return SourceRef(ident, locator)


def _note(note: object) -> Text | None:
    """An uncertainty note: {zh, en}, or one text for both languages."""
    if isinstance(note, str) and note.strip():
        return Text(note.strip(), note.strip())
    if isinstance(note, dict) and set(note) == {"zh", "en"}:
        zh, en = note["zh"], note["en"]
        if isinstance(zh, str) and zh.strip() and isinstance(en, str) and en.strip():
            return Text(zh.strip(), en.strip())
    return None


def _read_uncertain(r: RecordReader) -> dict[str, Text] | None:
    notes = r.mapping("uncertain")
    if notes is None:
        return {} if r.data.get("uncertain") is None else None
    result: dict[str, Text] = {}
    for key, note in notes.items():
        text = _note(note)
        if key not in FACT_FIELDS:
            r.problem("uncertain", f"uncertain names an unknown field '{key}'")
        elif text is None:
            r.problem(
                "uncertain",
                f"uncertain.{key} must explain what is unclear, as {{zh: ..., en: ...}}",
            )
        else:
            result[key] = text
    return result


def _check_value_fields(
    r: RecordReader,
    metric: str | None,
    value: int | float | None,
    unit: str | None,
    qualifier: str | None,
    figure: str | None,
) -> None:
    """The numeric fields go together: all set for a figure, all null for a statement."""
    if value is None:
        if "value" in r.data and r.data["value"] is not None:
            return  # already reported as not a number
        for name, present in (("metric", metric), ("unit", unit), ("qualifier", qualifier)):
            if present is not None:
                r.problem(
                    name, f"{name} is set but value is null; give the value or set {name} to null"
                )
        if figure is not None:
            r.problem("figure", "figure is set but value is null; give the number it stands for")
        return
    for name, present in (("unit", unit), ("qualifier", qualifier), ("figure", figure)):
        if present is None and name in r.data and r.data[name] is None:
            r.problem(name, f"{name} must be set when value is given")
    if unit is None:
        return
    kind = UNITS[unit].kind
    if kind in ("count", "money", "duration") and value < 0:
        r.problem("value", f"value must not be negative for a count of {unit}, got {value}")
    if kind == "rank" and (value < 1 or not isinstance(value, int)):
        r.problem("value", f"a rank must be a whole number of 1 or more, got {value}")
    if kind == "calendar_year" and not (isinstance(value, int) and 1000 <= value <= 2999):
        r.problem("value", f"a calendar year must be a four-digit year, got {value}")
    if figure is not None and qualifier is not None:
        _check_figure(r, figure, value, unit, qualifier)


def _same_value(printed: Decimal, value: Decimal, kind: str) -> bool:
    """Whether ``value`` is the printed figure: exactly, or for a fraction that does not end
    (三分之一 is 33.33…%) rounded to the places ``value`` gives (33.3, 33.33)."""
    if printed == value:
        return True
    if kind != "fraction":
        return False
    places = -value.as_tuple().exponent if value.as_tuple().exponent < 0 else 0  # type: ignore[operator]
    return printed.quantize(Decimal(1).scaleb(-places)) == value


def _check_figure(r: RecordReader, figure: str, value: float, unit: str, qualifier: str) -> None:
    """A printed figure we can read must agree with value, qualifier and unit."""
    try:
        parsed = parse_figure(figure)
    except FigureError:
        return  # a form the grammar does not know (an English figure, say): nothing to compare
    if not _same_value(parsed.value, Decimal(str(value)), parsed.kind):
        r.problem(
            "value",
            f"figure '{figure}' stands for {parsed.value:f}, but value is {value}; "
            "give value in base units (yuan, persons, ...)",
        )
    if parsed.qualifier != qualifier:
        r.problem(
            "qualifier",
            f"figure '{figure}' reads as {parsed.qualifier}, but qualifier is {qualifier}",
        )
    wanted = {"percent": "percent", "fraction": "percent", "rank": "rank"}.get(parsed.kind)
    if wanted and unit != wanted:
        r.problem(
            "unit",
            f"figure '{figure}' is a {parsed.kind}, so unit must be '{wanted}', got '{unit}'",
        )
