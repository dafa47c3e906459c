"""The importer's test articles (written for the project, in the form of real pages) and
what a careful reader finds in each: tests/importer/articles/NAME.* and NAME.expected.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

ARTICLES = Path(__file__).resolve().parent / "articles"


@dataclass(frozen=True)
class Case:
    name: str
    article: Path
    expected: dict[str, Any]


def cases() -> list[Case]:
    found = []
    for expected in sorted(ARTICLES.glob("*.expected.yaml")):
        name = expected.name.removesuffix(".expected.yaml")
        article = next(
            p for p in sorted(ARTICLES.iterdir())
            if p.name.startswith(name + ".") and not p.name.endswith(".yaml")
        )  # fmt: skip
        found.append(Case(name, article, yaml.safe_load(expected.read_text(encoding="utf-8"))))
    return found


def same_value(found: Decimal, expected: object) -> bool:
    return abs(found - Decimal(str(expected))) < Decimal("0.001")
