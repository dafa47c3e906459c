"""Every bundled output typesets cleanly: no finding of the typesetting check in any template,
language, edition or region (48 PDFs); ``python -m tests.typesetting.sweep`` lists every
finding.

Rendering and reading back the 48 PDFs (some 300 pages) takes about 25 s on an idle machine
(each PDF once per session; more on a busy one)."""

from __future__ import annotations

from tests.typesetting.sweep import CASES, findings, report


def test_every_bundled_pdf_typesets_cleanly() -> None:
    results = {case: findings(case) for case in CASES}
    assert not any(results.values()), "\n" + report(results, limit=5)
