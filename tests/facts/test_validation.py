"""Broken fact bases, each paired with the exact message it must produce."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.errors import FactBaseError
from desktop_app.facts import load_fact_base, load_strict

UNITS = (
    "person, person_time, enterprise, institution, project, item, yuan, percent, percentage_point, fund, product, "
    "patent, platform, park, event, edition, trip, country_region, service, award, case, year, "
    "calendar_year, rank"
)
FIELDS = (
    "as_of, audience, draft, figure, id, lasting, metric, period, plan, qualifier, region, run_on, source, statement, subject, "
    "themes, uncertain, unit, value"
)
A = "facts/a.yaml"
# What a facts file that cannot be read costs (the minimal base's a.yaml holds three facts).
LEFT_OUT = "; none of the 3 facts in this file is used until it is fixed"
T = "fact 'zone-talents'"
P = "fact 'park-firms'"

# (file to edit, text to replace, replacement, the exact problems expected)
CASES = [
    (
        "value-not-number",
        A,
        "value: 20000",
        "value: abc",
        [f"{A}:6: {T}: value must be a number, got 'abc'"],
    ),
    (
        "value-boolean",
        A,
        "value: 1800",
        "value: yes",
        [f"{A}:20: {P}: value must be a number, got 'True'"],
    ),
    (
        "value-in-exponent-form",
        A,
        "value: 20000",
        "value: 6e9",
        [f"{A}:6: {T}: value must be a number, got '6e9'; write 6000000000, in digits"],
    ),
    (
        "region-by-name",
        A,
        "region: zone\n",
        "region: 苏州工业园区\n",
        [
            f"{A}:3: {T}: region must be an id, got '苏州工业园区'; '苏州工业园区' is region "
            "'zone': write zone"
        ],
    ),
    (
        "metric-misspelt",
        A,
        "metric: talents",
        "metric: talent",
        [
            f"{A}:5: {T}: unknown metric 'talent'; did you mean 'talents'? (use an id from "
            "metrics.yaml)"
        ],
    ),
    (
        "period-and-as-of",
        A,
        "period: null\n    as_of: 2024-05",
        "period: 2024\n    as_of: 2024-05",
        [
            f"{A}:11: {T}: give period (the span a figure covers) or as_of (the date it stands "
            "at), not both"
        ],
    ),
    (
        "neither-period-nor-as-of",
        A,
        "period: null\n    as_of: 2024-05",
        "period: null\n    as_of: null",
        [
            f"{A}:2: {T}: give period (the span a figure covers) or as_of (the date it stands "
            "at); one of them is needed"
        ],
    ),
    (
        "period-after-publication",
        A,
        "period: null\n    as_of: 2024-05",
        "period: 2027\n    as_of: null",
        [
            f"{A}:10: {T}: period 2027 begins after the article's date 2024-05-01; a figure "
            "cannot be counted before it happens (a target is a statement of plans)"
        ],
    ),
    (
        "fraction-value-not-the-figure",
        A,
        "value: 20000\n    unit: person\n    qualifier: more_than\n    figure: 超2万人",
        "value: 3\n    unit: percent\n    qualifier: exact\n    figure: 三分之一",
        [
            f"{A}:6: {T}: figure '三分之一' stands for 33.33333333333333333333333333, but value "
            "is 3; give value in base units (yuan, persons, ...)",
        ],
    ),
    (
        "duplicate-id",
        A,
        "id: park-firms",
        "id: zone-talents",
        [f"{A}:16: {T}: duplicate id; first defined at {A}:2"],
    ),
    (
        "unknown-region",
        A,
        "region: zone-park",
        "region: atlantis",
        [f"{A}:17: {P}: unknown region 'atlantis'; use an id from regions.yaml"],
    ),
    (
        "region-not-an-id",
        A,
        "region: other",
        "region: Other District",
        [f"{A}:31: fact 'other-note': region must be an id, got 'Other District'"],
    ),
    (
        "unknown-theme",
        A,
        "themes: [biomedicine]",
        "themes: [biomedicine, sports]",
        [f"{A}:18: {P}: unknown theme 'sports'; use an id from themes.yaml"],
    ),
    (
        "unknown-source",
        A,
        "{id: src-a, locator: 4}",
        "{id: src-z, locator: 4}",
        [
            f"{A}:29: {P}: unknown source 'src-z'; did you mean 'src-a'? (use an id from sources.yaml)"
        ],
    ),
    (
        "unknown-metric",
        A,
        "metric: firms",
        "metric: revenue",
        [f"{A}:19: {P}: unknown metric 'revenue'; use an id from metrics.yaml"],
    ),
    (
        "bad-unit",
        A,
        "unit: enterprise",
        "unit: companies",
        [f"{A}:21: {P}: unit must be one of {UNITS}; got 'companies'"],
    ),
    (
        "unit-against-metric",
        A,
        "unit: person",
        "unit: enterprise",
        [f"{A}:7: {T}: unit 'enterprise' does not match metric 'talents', which is in 'person'"],
    ),
    (
        "bad-qualifier",
        A,
        "qualifier: more_than\n    figure: 1800",
        "qualifier: roughly\n    figure: 1800",
        [
            f"{A}:22: {P}: qualifier must be one of exact, more_than, at_least, nearly, about, up_to, "
            "less_than; got 'roughly'"
        ],
    ),
    (
        "qualifier-against-figure",
        A,
        "qualifier: more_than\n    figure: 超2万人",
        "qualifier: exact\n    figure: 超2万人",
        [f"{A}:8: {T}: figure '超2万人' reads as more_than, but qualifier is exact"],
    ),
    (
        "value-against-figure",
        A,
        "value: 20000",
        "value: 2",
        [
            f"{A}:6: {T}: figure '超2万人' stands for 20000, but value is 2; "
            "give value in base units (yuan, persons, ...)"
        ],
    ),
    (
        "negative-count",
        A,
        "value: 1800",
        "value: -5",
        [
            f"{A}:20: {P}: value must not be negative for a count of enterprise, got -5",
            f"{A}:20: {P}: figure '1800多家' stands for 1800, but value is -5; "
            "give value in base units (yuan, persons, ...)",
        ],
    ),
    (
        "bad-month",
        A,
        "as_of: 2024\n",
        "as_of: 2024-13\n",
        [f"{A}:25: {P}: as_of must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got '2024-13'"],
    ),
    (
        "impossible-day",
        A,
        "as_of: 2024-05",
        "as_of: 2024-02-30",
        [f"{A}:11: {T}: as_of must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got '2024-02-30'"],
    ),
    (
        "backwards-period",
        A,
        "period: 2023\n",
        "period: 2024/2023\n",
        [
            f"{A}:38: fact 'other-note': period must be a date (YYYY, YYYY-MM or YYYY-MM-DD "
            "or a range START/END), got '2024/2023'"
        ],
    ),
    (
        "missing-field",
        A,
        "    figure: 超2万人\n",
        "",
        [f"{A}:2: {T}: figure is missing; add it (null for a qualitative statement)"],
    ),
    (
        "misspelt-field",
        A,
        "period: null\n    as_of: 2024-05",
        "perod: null\n    as_of: 2024-05",
        [f"{A}:10: {T}: unknown field 'perod'; the fields are: {FIELDS}"],
    ),
    (
        "missing-translation",
        A,
        "      en: The zone has more than 20,000 talents.\n",
        "",
        [f"{A}:12: {T}: statement.en must be non-empty text"],
    ),
    (
        "unit-without-value",
        A,
        "value: null\n    unit: null",
        "value: null\n    unit: person",
        [
            f"{A}:35: fact 'other-note': unit is set but value is null; "
            "give the value or set unit to null"
        ],
    ),
    (
        "bad-locator",
        A,
        "locator: 3",
        "locator: 0",
        [f"{A}:15: {T}: source.locator must be a paragraph number (1 or more), got '0'"],
    ),
    (
        "unknown-parent",
        "regions.yaml",
        "parent: zone\n",
        "parent: nowhere\n",
        [
            "regions.yaml:13: region 'zone-park': unknown parent region 'nowhere'; "
            "use an id defined in this file"
        ],
    ),
    (
        "parent-loop",
        "regions.yaml",
        "parent: null",
        "parent: other",
        [
            "regions.yaml:3: region 'city': parent chain loops (city > other > city); "
            "give one region another parent, or null",
            "regions.yaml:17: region 'other': parent chain loops (other > city > other); "
            "give one region another parent, or null",
        ],
    ),
    (
        "bad-url",
        "sources.yaml",
        "url: https://example.org/a",
        "url: example.org",
        [
            "sources.yaml:9: source 'src-a': url must start with http:// or https://, got 'example.org'"
        ],
    ),
    (
        "inferred-date-unexplained",
        "sources.yaml",
        "published_inferred: false",
        "published_inferred: true",
        [
            "sources.yaml:8: source 'src-a': published_note must say how the inferred date was inferred"
        ],
    ),
    (
        "run-on-after-unknown-fact",
        A,
        "    source: {id: src-a, locator: 4}\n",
        "    source: {id: src-a, locator: 4}\n"
        "    run_on: {after: zone-talent, zh: ，其中生物医药企业1800多家, en: ', 1,800 of them'}\n",
        [
            f"{A}:30: {P}: run_on.after names an unknown fact 'zone-talent'; did you mean "
            "'zone-talents'?"
        ],
    ),
    (
        "run-on-after-itself",
        A,
        "    source: {id: src-a, locator: 4}\n",
        "    source: {id: src-a, locator: 4}\n"
        "    run_on: {after: park-firms, zh: ，其中1800多家, en: ', 1,800 of them'}\n",
        [f"{A}:30: {P}: run_on.after names this fact itself; name the fact it follows"],
    ),
    (
        "run-on-without-english",
        A,
        "    source: {id: src-a, locator: 4}\n",
        "    source: {id: src-a, locator: 4}\n"
        "    run_on: {after: zone-talents, zh: ，其中1800多家, note: x}\n",
        [
            f"{A}:30: {P}: run_on takes only after, zh and en, not note",
            f"{A}:30: {P}: run_on.en must be non-empty text",
        ],
    ),
    (
        "bad-indentation",
        A,
        "    region: zone\n",
        "   region: zone\n",
        [
            f"{A}:3: invalid YAML: did not find expected '-' indicator; "
            "check indentation and quoting" + LEFT_OUT
        ],
    ),
    (
        "python-tag",
        A,
        "value: 20000",
        "value: !!python/object/apply:os.system ['echo hi']",
        [f"{A}:6: YAML tags (such as !!python/object) are not allowed; remove the tag{LEFT_OUT}"],
    ),
    (
        "alias",
        A,
        "themes: [biomedicine]",
        "themes: *t",
        [f"{A}:18: YAML aliases (*name) are not allowed; write the value out in full{LEFT_OUT}"],
    ),
    (
        "duplicate-key",
        A,
        "value: 20000",
        "value: 20000\n    value: 3",
        [f"{A}:7: duplicate key 'value' (first on line 6); keep one{LEFT_OUT}"],
    ),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_broken_input_gives_exact_message(
    minimal_base: Path, file: str, old: str, new: str, expected: list[str]
) -> None:
    path = minimal_base / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")

    _, problems = load_fact_base(minimal_base)

    assert [str(p) for p in problems] == expected


def test_a_third_may_be_given_to_the_places_its_value_has(minimal_base: Path) -> None:
    path = minimal_base / "facts" / "a.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "metric: talents\n    value: 20000\n    unit: person\n    qualifier: more_than\n"
        "    figure: 超2万人",
        "metric: null\n    value: 33.3\n    unit: percent\n    qualifier: exact\n"
        "    figure: 三分之一",
    )
    path.write_text(text, encoding="utf-8")
    _, problems = load_fact_base(minimal_base)
    assert problems == []


def test_minimal_fixture_is_valid(minimal_base: Path) -> None:
    base, problems = load_fact_base(minimal_base)
    assert problems == []
    assert [f.id for f in base.facts] == ["zone-talents", "park-firms", "other-note"]


def test_file_not_utf8(minimal_base: Path) -> None:
    (minimal_base / "facts" / "b.yaml").write_bytes("facts:\n  - id: 园区\n".encode("gbk"))
    _, problems = load_fact_base(minimal_base)
    assert [str(p) for p in problems] == [
        "facts/b.yaml:2: the file is not UTF-8 text (it looks like GBK); save it as UTF-8; "
        "the one fact in this file is not used until it is fixed"
    ]


def test_empty_file(minimal_base: Path) -> None:
    (minimal_base / "facts" / "b.yaml").write_text("", encoding="utf-8")
    _, problems = load_fact_base(minimal_base)
    assert [str(p) for p in problems] == [
        "facts/b.yaml: the file is empty; it needs a 'facts:' list"
    ]


def test_top_level_not_a_list(minimal_base: Path) -> None:
    (minimal_base / "facts" / "b.yaml").write_text("facts: 5\n", encoding="utf-8")
    _, problems = load_fact_base(minimal_base)
    assert [str(p) for p in problems] == ["facts/b.yaml:1: 'facts' must be a list"]


def test_missing_registry_file(minimal_base: Path) -> None:
    (minimal_base / "themes.yaml").unlink()
    _, problems = load_fact_base(minimal_base)
    assert (
        "themes.yaml: file not found; a fact base holds sources.yaml, regions.yaml, themes.yaml, "
        "metrics.yaml and a facts/ folder"
    ) in [str(p) for p in problems]


def test_broken_source_is_reported_once(minimal_base: Path) -> None:
    """Facts citing a broken source are not each reported again as citing an unknown one."""
    path = minimal_base / "sources.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("script: simplified", "script: x"))
    base, problems = load_fact_base(minimal_base)
    assert len(problems) == 1
    assert base.facts == ()


def test_valid_part_is_kept(minimal_base: Path) -> None:
    """One bad fact does not take the rest of the fact base down with it."""
    path = minimal_base / A
    path.write_text(path.read_text(encoding="utf-8").replace("value: 1800", "value: many"))
    base, problems = load_fact_base(minimal_base)
    assert len(problems) == 1
    assert [f.id for f in base.facts] == ["zone-talents", "other-note"]


def test_load_strict_raises_with_every_problem(minimal_base: Path) -> None:
    path = minimal_base / A
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("value: 1800", "value: many").replace("region: zone\n", "region: x\n")
    )
    with pytest.raises(FactBaseError) as caught:
        load_strict(minimal_base)
    assert len(caught.value.problems) == 2
    assert str(caught.value).endswith("(and 1 more problems)")
