"""Fact text that breaks the document's language rules is reported as a warning with its file
and line: half-width punctuation or traditional characters in Chinese, full-width punctuation
in English, 只 for funds. The fact base still loads and nothing on the page changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.facts.text_rules import text_warnings
from tests.conftest import SEEDS

FACTS = """\
facts:
  - id: zone-talents
    region: zone
    themes: [talent]
    metric: talents
    value: 20000
    unit: person
    qualifier: more_than
    figure: 超2万人
    period: null
    as_of: 2024-05
    statement:
      zh: 园区人才超过2万人(含引进)，園區人才充足。
      en: The zone has more than 20,000 talents，more each year.
    source: {id: src-a, locator: 3}
  - id: zone-funds
    region: zone
    themes: [talent]
    metric: null
    value: 41
    unit: fund
    qualifier: exact
    figure: 41支
    period: null
    as_of: 2024
    statement:
      zh: 园区已投资41只子基金:成效明显。
      en: The zone has invested in 41 sub-funds.
    source: {id: src-a, locator: 4}
  - id: zone-centre
    region: zone
    themes: [talent]
    metric: null
    value: null
    unit: null
    qualifier: null
    figure: null
    period: null
    as_of: 2024
    statement:
      zh: 园区设有星河•领创中心。
      en: The zone hosts the Xinghe Lingchuang centre.
    source: {id: src-a, locator: 5}
"""


def test_each_rule_is_reported_with_its_line(minimal_base: Path) -> None:
    (minimal_base / "facts" / "a.yaml").write_text(FACTS, encoding="utf-8")
    found = {(p.line, p.subject, p.message) for p in text_warnings(minimal_base)}
    assert (13, "zone-talents", "statement.zh: half-width '(' in Chinese text; write '（'") in found
    assert (13, "zone-talents", "statement.zh: half-width ')' in Chinese text; write '）'") in found
    assert any(line == 13 and "traditional characters (園區)" in m for line, _, m in found)
    assert (14, "zone-talents", "statement.en: full-width '，' in English text; use English "
            "punctuation") in found  # fmt: skip
    assert (27, "zone-funds", "statement.zh: half-width ':' in Chinese text; write '：'") in found
    assert any(s == "zone-funds" and "支" in m for _, s, m in found)
    assert (41, "zone-centre", "statement.zh: '•' between names in Chinese text; write the "
            "separator '·' (GB/T 15834)") in found  # fmt: skip


def test_validate_prints_warnings_and_still_passes(
    minimal_base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (minimal_base / "facts" / "a.yaml").write_text(FACTS, encoding="utf-8")
    assert main(["validate", "--facts", str(minimal_base)]) == 0
    out, err = capsys.readouterr()
    assert "warning: facts/a.yaml:13: zone-talents: statement.zh: half-width '('" in out
    assert "warning(s)" in err and "fact base is valid" in out


def test_the_bundled_fact_base_has_no_warnings() -> None:
    assert text_warnings(SEEDS) == []
